/**
 * Commander argument parsers for number flags: a flag declared with one of these is parsed and
 * checked by commander, which answers a bad value as a usage error (exit code 2) naming the flag.
 */
import { InvalidArgumentError } from "commander";

/** Parses a whole number from `min` to `max` (inclusive); anything else is InvalidArgumentError. */
export function wholeNumber(min = 0, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError("must be a whole number.");
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`must be from ${min} to ${max}.`);
    return n;
  };
}

/**
 * Parses a number of seconds above 0 and at most `max` (a fraction allowed: "0.5") into whole
 * milliseconds (at least 1); anything else is InvalidArgumentError.
 */
export function secondsToMs(max = 86_400): (value: string) => number {
  return (value) => {
    if (!/^\d+(\.\d+)?$/.test(value.trim())) throw new InvalidArgumentError("must be a number of seconds.");
    const s = Number(value);
    if (s <= 0 || s > max) throw new InvalidArgumentError(`must be above 0 and at most ${max} seconds.`);
    return Math.max(1, Math.round(s * 1000));
  };
}
