/**
 * `kg build` runs itself again under `node --single-threaded-gc` (src/cli/build-relaunch.mjs):
 * which commands and settings relaunch, and, as real processes (bin/kg.js), that the build runs under
 * the flag with the same output and exit codes as in one process, that KG_BUILD_SINGLE_THREADED_GC=0
 * builds in the process started, that a signal reaches the build, and that kill -9 of the process
 * started ends the build too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILD_GC_ENV, BUILD_NODE_FLAG, relaunchFlags } from "../../src/cli/build-relaunch.mjs";
import { openStore } from "../../src/graph/store.ts";
import { generateArticles } from "../server/_articles.ts";

const BIN = join(import.meta.dirname, "..", "..", "bin", "kg.js");
const RELAUNCH = join(import.meta.dirname, "..", "..", "src", "cli", "build-relaunch.mjs");
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

describe("which runs relaunch under --single-threaded-gc", () => {
  const cases: [string, string[], string[], Record<string, string>, string[] | null][] = [
    ["a build", ["build"], [], {}, [BUILD_NODE_FLAG]],
    [
      "a build of given sources, node's own flags kept",
      ["build", "a.txt", "--json"],
      ["--max-old-space-size=4096"],
      {},
      ["--max-old-space-size=4096", BUILD_NODE_FLAG],
    ],
    ["a build with the switch on", ["build"], [], { [BUILD_GC_ENV]: "1" }, [BUILD_NODE_FLAG]],
    ["not another command", ["extract", "a.txt"], [], {}, null],
    ["not serve", ["serve"], [], {}, null],
    ["not no command", [], [], {}, null],
    ["not the build's help", ["build", "--help"], [], {}, null],
    ["not a build already under the flag", ["build"], [BUILD_NODE_FLAG], {}, null],
    ["not a build under a debugger", ["build"], ["--inspect-brk"], {}, null],
    ["not with the switch at 0", ["build"], [], { [BUILD_GC_ENV]: "0" }, null],
    ["not with the switch at false", ["build"], [], { [BUILD_GC_ENV]: "False" }, null],
    ["not with the switch at off", ["build"], [], { [BUILD_GC_ENV]: "off" }, null],
  ];
  for (const [label, argv, execArgv, env, flags] of cases)
    it(label, () => expect(relaunchFlags(argv, execArgv, env)).toEqual(flags));
  // NODE_OPTIONS=--inspect opens the inspector without a flag in execArgv; SIGHUP cannot be passed on
  // on Windows.
  it("not a build with an inspector open", () =>
    expect(relaunchFlags(["build"], [], {}, { inspecting: true, platform: "linux" })).toBeNull());
  it("not a build on Windows", () =>
    expect(relaunchFlags(["build"], [], {}, { inspecting: false, platform: "win32" })).toBeNull());
  it("a build on Linux with no inspector", () =>
    expect(relaunchFlags(["build"], [], {}, { inspecting: false, platform: "linux" })).toEqual([
      BUILD_NODE_FLAG,
    ]));
  // With one core there is one extraction thread and no GC helper thread competes with it.
  it("not a build with one core to run on", () =>
    expect(relaunchFlags(["build"], [], {}, { platform: "linux", cores: 1 })).toBeNull());
  it("a build with two cores to run on", () =>
    expect(relaunchFlags(["build"], [], {}, { platform: "linux", cores: 2 })).toEqual([BUILD_NODE_FLAG]));
  // What counts is the extraction threads the build runs (build-args.mjs buildThreads), not the cores.
  it("not a build of one extraction thread on two cores (--workers 1)", () =>
    expect(relaunchFlags(["build", "--workers", "1"], [], {}, { platform: "linux", cores: 2 })).toBeNull());
  it("not a build of one extraction thread (--workers=1)", () =>
    expect(relaunchFlags(["build", "--workers=1", "a.txt"], [], {})).toBeNull());
  it("a build of two extraction threads on one core (--workers 2)", () =>
    expect(relaunchFlags(["build", "--workers", "2"], [], {}, { platform: "linux", cores: 1 })).toEqual([
      BUILD_NODE_FLAG,
    ]));
  it("not a build whose --workers the command refuses (it fails the same in this process)", () =>
    expect(relaunchFlags(["build", "--workers", "0"], [], {}, { platform: "linux", cores: 2 })).toBeNull());
  // The last --workers given is the one the build runs with (commander's reading).
  it("a build whose last --workers runs two threads (--workers 1 --workers 2)", () =>
    expect(
      relaunchFlags(["build", "--workers", "1", "--workers", "2"], [], {}, { platform: "linux", cores: 2 }),
    ).toEqual([BUILD_NODE_FLAG]));
  it("not a build whose last --workers runs one thread (--workers 2 --workers=1)", () =>
    expect(
      relaunchFlags(["build", "--workers", "2", "--workers=1"], [], {}, { platform: "linux", cores: 2 }),
    ).toBeNull());
});

/** A data folder with `count` generated articles in its sources. */
async function corpus(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-cli-relaunch-"));
  made.push(dir);
  await mkdir(join(dir, "sources"), { recursive: true });
  for (const [i, a] of generateArticles(count, 7).entries())
    await writeFile(
      join(dir, "sources", `article-${String(i).padStart(3, "0")}.txt`),
      `${a.title}\n\n${a.text}\n`,
    );
  return dir;
}

/** A run of bin/kg.js: how it ended, its output, and the command line of every child process seen. */
interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  children: Map<number, string[]>;
}

/** The ids of a process's child processes (Linux), or [] once it is gone. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** A process's command line (node, its flags, the script, the arguments), or null once it has ended. */
function commandLine(pid: number): string[] | null {
  try {
    const line = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return line.length > 0 ? line : null;
  } catch {
    return null;
  }
}

/** Whether a process has ended (gone, or a zombie no one has reaped yet). */
function ended(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/**
 * Runs bin/kg.js with `args`, watching its child processes; `act` is called with the started process,
 * the first child's id and command line at every look (every 5 ms) until it returns true. With `act`,
 * resolves once the process started has exited (its pipes stay open while the build holds them), so
 * that the build's ending can be timed from there; without, once its output has been read to the end.
 */
function run(
  args: string[],
  env: Record<string, string> = {},
  act?: (kg: ChildProcess, child: number, line: string[]) => boolean,
): Promise<Run> {
  const kg = spawn(process.execPath, [BIN, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  const result: Run = { code: null, signal: null, out: "", err: "", children: new Map() };
  kg.stdout.on("data", (d: Buffer) => (result.out += d.toString()));
  kg.stderr.on("data", (d: Buffer) => (result.err += d.toString()));
  let acting = act;
  const watch = setInterval(() => {
    // Read again while the child lives: until it has started node, it shows its parent's line.
    for (const pid of childrenOf(kg.pid!)) {
      const line = commandLine(pid);
      if (!line) continue;
      result.children.set(pid, line);
      if (acting && pid === result.children.keys().next().value && acting(kg, pid, line)) acting = undefined;
    }
  }, 5);
  return new Promise((resolve, reject) => {
    kg.on("error", reject);
    kg.on(act ? "exit" : "close", (code, signal) => {
      clearInterval(watch);
      resolve({ ...result, code, signal });
    });
  });
}

/** Resolves once the process has ended, or rejects after `ms`. */
async function endsWithin(pid: number, ms: number): Promise<number> {
  const start = Date.now();
  while (!ended(pid)) {
    if (Date.now() - start > ms) throw new Error(`process ${pid} still running after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

/** A build report with the data folder's name taken out. */
function report(out: string, dir: string): string {
  return out.split(dir).join("DATA");
}

const OFF = { [BUILD_GC_ENV]: "0" };

// As processes: they read /proc/PID/task/PID/children, which only Linux has (and not every kernel),
// and run where kg build relaunches (two cores or more); elsewhere they are skipped, as the name says.
describe.runIf(
  existsSync(`/proc/${process.pid}/task/${process.pid}/children`) && availableParallelism() >= 2,
)("kg build as processes (Linux with /proc children and two cores only; skipped elsewhere)", () => {
  it("builds in a child under --single-threaded-gc, with the output of a build in one process", async () => {
    const [on, off] = [await corpus(6), await corpus(6)];
    const relaunched = await run(["build", "--data", on, "--json"]);
    const here = await run(["build", "--data", off, "--json"], OFF);
    expect(relaunched.code).toBe(0);
    expect(relaunched.err).toBe(here.err);
    expect(report(relaunched.out, on)).toBe(report(here.out, off));
    expect(JSON.parse(relaunched.out).built).toHaveLength(6);
    const lines = [...relaunched.children.values()];
    expect(lines).toHaveLength(1);
    expect(lines[0]!.slice(1)).toEqual([BUILD_NODE_FLAG, BIN, "build", "--data", on, "--json"]);
    // KG_BUILD_SINGLE_THREADED_GC=0: the build ran in the process started.
    expect(here.children.size).toBe(0);
  }, 120_000);

  it("exits as a build in one process does: 1 for an unreadable source, 2 for a bad option", async () => {
    const dir = await corpus(1);
    const cases: [string[], number][] = [
      [["build", "--data", dir, join(dir, "no-such-file.txt")], 1],
      [["build", "--data", dir, "--layout-ms", "soon"], 2],
    ];
    for (const [args, code] of cases) {
      const [relaunched, here] = [await run(args), await run(args, OFF)];
      expect(relaunched.children.size).toBe(1);
      expect(here.code).toBe(code);
      expect([relaunched.code, relaunched.signal, relaunched.out, relaunched.err]).toEqual([
        here.code,
        here.signal,
        here.out,
        here.err,
      ]);
    }
  }, 120_000);

  it("builds in the process started with one extraction thread (--workers 1)", async () => {
    const dir = await corpus(2);
    const r = await run(["build", "--data", dir, "--workers", "1", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).built).toHaveLength(2);
    expect(r.children.size).toBe(0);
  }, 120_000);

  it("passes SIGTERM on to the build and ends by it", async () => {
    const dir = await corpus(12);
    let child = 0;
    // Sent once the build runs under the flag; the process started catches SIGTERM and passes it on,
    // so it ends by SIGTERM only as the build did.
    const r = await run(["build", "--data", dir], {}, (kg, pid, line) => {
      if (!line.includes(BUILD_NODE_FLAG)) return false;
      child = pid;
      return kg.kill("SIGTERM");
    });
    expect(r.signal).toBe("SIGTERM");
    expect(await endsWithin(child, 5_000)).toBeLessThan(5_000);
  }, 120_000);

  it("passes SIGTERM on to the process it runs, which tells it was reached", async () => {
    // A stub in place of bin/kg.js, relaunched by relaunchBuild itself: it answers SIGTERM by
    // printing "forwarded" and exiting 0, which it can only do if the signal was passed on (a
    // process started that let SIGTERM end it would leave the stub to end on its closed channel).
    const dir = await mkdtemp(join(tmpdir(), "kg-cli-relaunch-"));
    made.push(dir);
    const [stub, driver] = [join(dir, "stub.mjs"), join(dir, "driver.mjs")];
    await writeFile(
      stub,
      [
        'process.on("SIGTERM", () => { process.stdout.write("forwarded\\n"); process.exit(0); });',
        'process.on("disconnect", () => process.exit(3));',
        'process.stdout.write("ready\\n");',
        "setInterval(() => {}, 1_000);",
      ].join("\n"),
    );
    await writeFile(
      driver,
      `import { relaunchBuild } from ${JSON.stringify(RELAUNCH)};\n` +
        `if (!(await relaunchBuild(${JSON.stringify(stub)}, ["build"]))) process.exitCode = 4;\n`,
    );
    const env = { ...process.env };
    delete env[BUILD_GC_ENV];
    const kg = spawn(process.execPath, [driver], { stdio: ["ignore", "pipe", "pipe"], env });
    let out = "";
    kg.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.startsWith("ready\n") && !kg.killed) kg.kill("SIGTERM");
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      kg.on("close", (c, s) => resolve([c, s])),
    );
    expect([out, code, signal]).toEqual(["ready\nforwarded\n", 0, null]);
  }, 60_000);

  // Enough articles that the build outlives the kill on a fast machine (the next build must still
  // find work) and lets the store appear while it runs.
  const COUNT = 60;
  const killings: [string, (dir: string, line: string[]) => boolean][] = [
    ["as it starts", () => true],
    // node runs under the flag but has not yet listened on its channel (a closed one is dropped).
    ["as node loads it", (_dir, line) => line.includes(BUILD_NODE_FLAG)],
    ["as it builds", (dir, line) => line.includes(BUILD_NODE_FLAG) && existsSync(join(dir, "kg.db"))],
  ];
  for (const [when, ready] of killings)
    it(`ends the build when the process started is killed with SIGKILL ${when}; the next build completes it`, async () => {
      const dir = await corpus(COUNT);
      let child = 0;
      const r = await run(["build", "--data", dir], {}, (kg, pid, line) => {
        if (!ready(dir, line)) return false;
        child = pid;
        return kg.kill("SIGKILL");
      });
      expect(r.signal).toBe("SIGKILL");
      expect(child).toBeGreaterThan(0);
      // The orphaned build ends soon after (10 s leaves room for a loaded machine); that it stopped
      // early, rather than finishing the corpus, is what the next build's work below shows.
      expect(await endsWithin(child, 10_000)).toBeLessThan(10_000);
      const next = await run(["build", "--data", dir, "--json"]);
      expect(next.code).toBe(0);
      // The killed build did not run to its end: the next one still had articles to build.
      expect((JSON.parse(next.out) as { built: unknown[] }).built.length).toBeGreaterThan(0);
      const store = await openStore({ dataDir: dir });
      try {
        expect(store.sources.size).toBe(COUNT);
      } finally {
        await store.close();
      }
    }, 120_000);
});
