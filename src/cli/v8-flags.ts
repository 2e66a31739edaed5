/**
 * The V8 settings of `kg build`, in a module of their own so that the CLI entry can set them before
 * it starts a build's extraction threads, without loading the build command.
 */
import { setFlagsFromString } from "node:v8";

/**
 * V8 settings of a build. Every extraction thread is its own V8 isolate and compiles its own
 * copy of the extractor with the optimising compiler (on V8's helper threads), so each thread
 * added to a build adds that compilation again:
 * - half V8's default budget (920 bytes of bytecode) for inlining into one optimised function:
 *   with the full budget that compilation took about 2 s of CPU per thread on 2,400 articles; with
 *   half, 0.3-0.6 s less, and extraction once compiled no slower (extract bench 143k against 147k
 *   tokens/s, within noise);
 * - about 6x V8's default interrupt budget (67,584) before a function is optimised: only the
 *   functions that stay hot are compiled, not every one that is warm in the first articles. At 3x
 *   (200,000), on 2,400 articles, extraction alone (no store), V8's helper threads used 3.3 s of
 *   CPU beside two threads instead of 4.9-5.1 s at 1x, the two threads' whole extraction
 *   12.2-12.8 s instead of 15.2-15.9 s, and one thread's 10.1-10.5 s against 9.7-11.4 s (CPU
 *   accounting, load 9-10). From 3x to 6x (400,000), each run beside a 3x run at the same moment
 *   (load 8-11): a fresh thread's CPU on 1,200 articles (its share of a 2-thread build, start-up
 *   and V8's helper threads included) 0.84-0.94x of 3x's in 3 pairs (helpers -1.0 to -1.3 s,
 *   fewer optimising compilations; the thread itself +0.1 to +0.5 s), on 2,400 articles (a 1-thread
 *   build's) 0.89 and 0.99x; the whole kg build command's CPU 0.97-0.98x on one core and on two.
 * V8's flags hold for the whole process: set by the build command only, not by the server, and
 * before its threads start (the CLI starts a build's threads before it loads its commands).
 */
export const BUILD_V8_FLAGS = ["--max-inlined-bytecode-size-cumulative=460", "--interrupt-budget=400000"];

/** Sets the build's V8 settings for the whole process (idempotent). */
export function setBuildV8Flags(): void {
  for (const flag of BUILD_V8_FLAGS) setFlagsFromString(flag);
}
