/**
 * Runs `node bin/kg.js serve` as a child process for the process-level tests, and reads the
 * bound URL from the first line it prints on stdout.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./_harness.ts";

/** A served child process. */
export interface ServedChild {
  child: ChildProcess;
  url: string;
  /** Everything the child wrote to stderr so far (logs), for failure messages. */
  stderr(): string;
  /** Resolves with the exit code or signal once the child is gone. */
  exited: Promise<number | string>;
}

/** Starts `kg serve --port 0 --data <dataDir>` and waits for its URL. */
export function serveChild(dataDir: string, env: Record<string, string> = {}): Promise<ServedChild> {
  const child = spawn(
    process.execPath,
    [join(REPO, "bin/kg.js"), "serve", "--port", "0", "--host", "127.0.0.1", "--data", dataDir],
    {
      cwd: REPO,
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | string>((done) =>
    child.once("exit", (code, signal) => done(code ?? signal ?? "unknown")),
  );
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`kg serve printed no URL in time; stderr: ${err}`));
    }, 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], stderr: () => err, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`kg serve exited (${code}) before printing a URL; stderr: ${err}`));
    });
  });
}
