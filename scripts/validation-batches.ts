/**
 * The gold files that are read in aggregate only, shared by the diagnostics so that they cannot
 * disagree: the validation batches of dev (26: 258-277, 28: 278-289, 32: 332-345, 37: 402-415, 38: 416-429, 39: 430-443, 40: 444-457;
 * batches 29, 30, 31, 33, 34, 35 and 36, 290-331 and 346-401, are tuning), the held-out test split and a
 * probe folder named *-hold. A new blind batch joins VALIDATION_DEV when it lands.
 */
import { basename, dirname } from "node:path";

/** The dev article ranges (inclusive) that are validation batches. */
export const VALIDATION_DEV: readonly (readonly [number, number])[] = [
  [258, 289],
  [332, 345],
  // Batches 37 (402-415), 38 (416-429) and 39 (430-443) stay validation in session 40; batch 40
  // (444-457) lands blind in it.
  [402, 457],
];

/** True when dev article number `n` is in a validation batch. */
export function isValidationDev(n: number): boolean {
  return VALIDATION_DEV.some(([a, b]) => a <= n && n <= b);
}

/** A dev article's number, from its file name ("258-…"). */
const DEV_NUMBER = /^(\d+)-/u;

/**
 * True when a gold file may be scored in aggregate only (no sentence, name or document printed):
 * a dev article of a validation batch, a file of the test split, or one in a *-hold folder.
 */
export function isAggregateOnlyGold(path: string): boolean {
  const p = path.replaceAll("\\", "/");
  if (/(^|\/)corpus\/test\//u.test(p)) return true;
  if (p.split("/").some((part) => part.endsWith("-hold"))) return true;
  if (!/(^|\/)corpus\/dev$/u.test(dirname(p))) return false;
  const n = DEV_NUMBER.exec(basename(p))?.[1];
  return n !== undefined && isValidationDev(Number(n));
}
