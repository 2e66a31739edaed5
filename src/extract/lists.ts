/**
 * List helpers for the stages' hot paths: the per-sentence mention lists concatenated in order
 * (the same result as `lists.flat()`, which V8 runs several times slower).
 */

/** The items of `lists`, list after list, in order. */
export function concatLists<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}
