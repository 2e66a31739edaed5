/**
 * Extraction profile: extracts the extract bench's corpus `rounds` times (default 3) and prints the
 * CPU time of each pass and of each pipeline stage, summed over the last pass. Run it under
 * `node --cpu-prof` or `--heap-prof` to see where the time and the allocations go.
 * Run: node --import tsx scripts/extract-profile.ts [rounds]
 */
import { STAGES, extractDocument } from "../src/extract/index.ts";
import { generateNewsCorpus } from "../tests/bench/_news-corpus.ts";

const rounds = Number(process.argv[2] ?? 3);
const docs = generateNewsCorpus(1_100_000, 7);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const perStage = new Map<string, number>();
const timed = STAGES.map((s) => ({ s, run: s.run }));
for (const { s, run } of timed)
  (s as { run: typeof run }).run = (state) => {
    const t = performance.now();
    run(state);
    perStage.set(s.name, (perStage.get(s.name) ?? 0) + performance.now() - t);
  };
for (let r = 0; r < rounds; r++) {
  perStage.clear();
  const t = cpuMs();
  for (const text of docs) extractDocument({ id: "p", text, meta: {} });
  console.log(`pass ${r + 1}: ${Math.round(cpuMs() - t)} ms CPU`);
}
for (const [name, ms] of perStage) console.log(`  ${name.padEnd(16)} ${Math.round(ms)} ms`);
