/**
 * An allocation-heavy baseline for the multi-core build bench, beside the pure CPU loop: threads
 * that tokenise a text over and over into short-lived strings, objects, arrays and maps, and keep
 * the last results alive (a few MB that survive scavenges), as extraction does, but with no kg
 * code and nothing shared between threads. A CPU loop touches little memory and leaves the garbage
 * collector idle, so its 2-thread speed-up says nothing of what two vCPUs that may share a
 * physical core (and its caches) give such work. Like `kg build` in the bench, it runs as its own
 * Node process pinned with taskset: 1 thread on one core against 2 threads on two, so that V8's
 * helper threads (concurrent marking, the optimising compiler) count against the one core too.
 */
import { spawnSync } from "node:child_process";

const CHURN = `
const { Worker } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const [textFile, rounds, threads] = process.argv.slice(1);
const text = readFileSync(textFile, "utf8");
const BODY = ${JSON.stringify(`
const { parentPort, workerData } = require("node:worker_threads");
const { text, rounds } = workerData;
const kept = [];
let check = 0;
for (let r = 0; r < rounds; r++) {
  const tokens = [];
  const re = /[A-Za-z]+|\\d+|[^\\sA-Za-z\\d]/g;
  for (let m; (m = re.exec(text)); ) {
    const word = m[0];
    tokens.push({ text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length, cap: word[0] !== word[0].toLowerCase() });
  }
  const counts = new Map();
  for (const t of tokens) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  const pairs = [];
  for (let i = 1; i < tokens.length; i++)
    if (tokens[i].cap && tokens[i - 1].cap) pairs.push({ key: tokens[i - 1].lower + "|" + tokens[i].lower, at: [tokens[i - 1].start, tokens[i].end] });
  const out = JSON.stringify({ n: tokens.length, words: counts.size, pairs });
  kept[r % 64] = { tokens, counts, out };
  check = (check + out.length) | 0;
}
parentPort.postMessage(check);
`)};
const t = performance.now();
Promise.all(Array.from({ length: Number(threads) }, () => new Promise((done, fail) => {
  const w = new Worker(BODY, { eval: true, workerData: { text, rounds: Math.floor(Number(rounds) / Number(threads)) } });
  w.once("message", done);
  w.once("error", fail);
}))).then(() => {
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ ms: performance.now() - t, cpuMs: (cpu.user + cpu.system) / 1000 }));
});
`;

/** What one pinned run of the churn took: wall ms of the threads' work, CPU ms of the whole process. */
export interface ChurnTimes {
  ms: number;
  cpuMs: number;
}

/**
 * `threads` threads sharing `rounds` tokenisations of the text in `textFile`, in a Node process
 * pinned to `cpus` (taskset's list, "0" or "0,1"); null when taskset is not there or it fails.
 */
export function churn(textFile: string, rounds: number, threads: number, cpus: string): ChurnTimes | null {
  const run = spawnSync(
    "taskset",
    ["-c", cpus, process.execPath, "-e", CHURN, textFile, String(rounds), String(threads)],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) return null;
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as ChurnTimes;
}
