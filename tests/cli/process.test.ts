/**
 * kg as a real process (bin/kg.js): how it ends when its reader goes away early, and what it
 * does when given no command.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "bin", "kg.js");

/** Runs bin/kg.js; with `closeStdout`, the reader closes the pipe before kg writes anything. */
function run(
  args: string[],
  closeStdout = false,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    if (closeStdout) child.stdout.destroy();
    else child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("kg as a process", () => {
  it("ends quietly with exit 0 when its reader closes the pipe, as `kg … | head` does", async () => {
    const r = await run(["--help"], true);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  it("prints its help and exits 1 when given no command", async () => {
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Usage: kg");
    expect(r.err).toContain("path");
  });

  it("exits 0 on --help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: kg");
  });
});
