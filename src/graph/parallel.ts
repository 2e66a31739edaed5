/**
 * Bounded parallelism: runs an async function over a list with at most `limit` calls in flight,
 * and gives the results back in the list's order whatever order they finish in.
 */

/**
 * Maps `items` through `fn` with at most `limit` calls running at once; `onDone` hears each
 * finished item (in finishing order). Results keep the order of `items`. The first rejection
 * rejects the whole map once the calls in flight have settled; no new call starts after it.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  onDone?: (result: R, index: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  async function lane(): Promise<void> {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (err) {
        failed = true;
        throw err;
      }
      onDone?.(results[index]!, index);
    }
  }
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane);
  const settled = await Promise.allSettled(lanes);
  const rejected = settled.find((s) => s.status === "rejected");
  if (rejected) throw (rejected as PromiseRejectedResult).reason;
  return results;
}
