/**
 * List helpers for the stages' hot paths: the per-sentence mention lists concatenated in order
 * (the same result as `lists.flat()`, which V8 runs several times slower), and sorts that skip a
 * list already in order (most mention lists are: Array.prototype.sort still allocates its work
 * arrays for them).
 */

/** The items of `lists`, list after list, in order. */
export function concatLists<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}

/**
 * `list.map(fn)`, always as a packed array. V8's optimised code makes the result of an inlined
 * `map` holey while the builtin makes it packed, so code that reads the result is thrown away and
 * optimised again once its caller is optimised; lists that hot stages read (the mention lists) are
 * built with this instead.
 */
export function mapPacked<T, U>(list: readonly T[], fn: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of list) out.push(fn(item));
  return out;
}

/**
 * The last item of `list`, or undefined when it is empty. Reading `list[list.length - 1]` of an
 * empty list asks for the property "-1", a slow lookup along the prototype chain.
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined;
}

/** Spans by first token. */
export const byFirst = (a: { first: number }, b: { first: number }): number => a.first - b.first;

/** Spans by first token, the longer first among equals. */
export const byFirstLongest = (
  a: { first: number; last: number },
  b: { first: number; last: number },
): number => a.first - b.first || b.last - a.last;

/** True when `list` is in the order of `compare` already (a stable sort would leave it as it is). */
export function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1] as T, list[i] as T) > 0) return false;
  return true;
}

/** Sorts `list` in place, as the (stable) `list.sort(compare)` does, and returns it. */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  return inOrder(list, compare) ? list : list.sort(compare);
}

/** A sorted copy of `list`, as `[...list].sort(compare)` gives. */
export function sortedCopy<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  return inOrder(list, compare) ? list.slice() : [...list].sort(compare);
}
