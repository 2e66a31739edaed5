/**
 * A batched text sink for `kg serve`'s log: the lines written during one turn of the event loop
 * (a busy server answers several requests in one) go out in one write at its end, instead of one
 * write each (a system call per request into a file or pipe: about 2% of the server's CPU time
 * per /api/health answer). Nothing waits longer than that turn; `flush` writes what is pending at
 * once, and so does the exit hook, on a normal exit or after an uncaught error. Only a process
 * killed outright (SIGKILL, or a signal without a handler) loses the lines of its last turn.
 */
import type { TextSink } from "./context.ts";

/** A sink that gathers lines and writes them to another once per turn of the event loop. */
export interface BatchedSink {
  write(line: string): void;
  /** Writes what is pending now; then calls `done` (pino's logger.flush passes one). */
  flush(done?: () => void): void;
  /** Writes what is pending and stops listening for the exit. */
  close(): void;
}

/**
 * Lines written to `out` in one write per turn. `atExit` registers a function to run
 * synchronously when the process exits (and returns how to unregister it); `defer` schedules the
 * end-of-turn write (default setImmediate).
 */
export function createBatchedSink(
  out: TextSink,
  atExit?: (fn: () => void) => () => void,
  defer: (fn: () => void) => unknown = setImmediate,
): BatchedSink {
  let pending: string[] = [];
  let scheduled = false;
  const flush = (done?: () => void): void => {
    scheduled = false;
    if (pending.length > 0) {
      const text = pending.length === 1 ? pending[0]! : pending.join("");
      pending = [];
      out.write(text);
    }
    done?.();
  };
  const stopWatching = atExit?.(() => flush()) ?? (() => {});
  return {
    write(line) {
      pending.push(line);
      if (scheduled) return;
      scheduled = true;
      defer(() => {
        if (scheduled) flush();
      });
    },
    flush,
    close() {
      flush();
      stopWatching();
    },
  };
}
