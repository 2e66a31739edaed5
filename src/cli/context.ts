/**
 * The CLI context: the streams, working directory and environment a command may use.
 * Commands get it injected and never touch `process` themselves, so tests can run them in-process.
 */
import type { StartedThreads } from "../graph/extract-pool.ts";

/** A stream to write text to (process.stdout, or a buffer in tests). */
export interface TextSink {
  write(chunk: string): unknown;
  /** True when the sink is a terminal (progress bars show only then). */
  isTTY?: boolean;
}

/** What every command receives. */
export interface CliContext {
  out: TextSink;
  err: TextSink;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Set by a command that finished but failed in part (for example a build where a source was unreadable). */
  exitCode?: number;
  /** Set by long-running commands (`kg serve`): resolves when the command is done. */
  keepAlive?: Promise<void>;
  /**
   * Registers `fn` to run synchronously when the process exits, normally or after an uncaught
   * error (bin/kg.js: the process's `exit` event); returns how to unregister it. Absent in tests.
   */
  atExit?: (fn: () => void) => () => void;
  /**
   * Extraction threads started by runCli before it loads the commands, when the command is
   * `kg build`, `kg extract` or `kg eval` (see startExtractThreads): the build's store, or the
   * command's extraction pool, takes them.
   */
  extractThreads?: StartedThreads;
}
