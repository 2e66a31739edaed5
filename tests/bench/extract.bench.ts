/**
 * Extraction benchmark: assembles at least 1 MB of varied news-like text (seeded sentence
 * templates over many actors, plus the sample article), then measures the full pipeline's
 * tokens per second on one core beside wink-nlp's own tokenisation and tagging of the same text.
 * Times are process CPU time (user + system), so other load on a shared machine does not skew
 * them. The first pass over the corpus (model load, compilation) is printed on its own; both paths
 * then warm up on at least 1.1 MB of text, so that the quick and the full run measure the same
 * steady state, and the figures are medians of the rounds after it.
 * Run: node --import tsx tests/bench/extract.bench.ts [--quick]
 */
import { BUILT_IN_SCORER, type ScorerModel } from "../../src/extract/5b-learned.ts";
import { extractDocument } from "../../src/extract/index.ts";
import { getNlp } from "../../src/extract/nlp.ts";
import { generateNewsCorpus } from "./_news-corpus.ts";

const quick = process.argv.includes("--quick");
const TARGET_BYTES = quick ? 250_000 : 1_100_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const docs = generateNewsCorpus(TARGET_BYTES, 7);
const totalChars = docs.reduce((n, d) => n + d.length, 0);
const nlp = getNlp();
const countTokens = (): number => docs.reduce((n, d) => n + nlp.readDoc(d).tokens().length(), 0);
/** CPU milliseconds (user + system) spent by this process: robust to other load on a shared machine. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let start = cpuMs();
const tokens = countTokens();
const winkCold = cpuMs() - start;
start = cpuMs();
for (const d of docs) extractDocument({ id: "warm", text: d, meta: {} });
const pipelineCold = cpuMs() - start;
// Warm up both paths (compilation) on at least 1.1 MB of text in all, the first pass included.
for (let pass = 1; pass * totalChars < 1_100_000; pass++) {
  countTokens();
  for (const d of docs) extractDocument({ id: "warm", text: d, meta: {} });
}

/** The built-in scorer with every relation on (threshold 0.5): what scoring every candidate costs. */
const scorerOn: ScorerModel = {
  relations: Object.fromEntries(
    Object.entries(BUILT_IN_SCORER.relations).map(([r, m]) => [r, { ...m, threshold: 0.5 }]),
  ),
};
for (const d of docs) extractDocument({ id: "warm", text: d, meta: {} }, { learnedScorer: scorerOn });

const rounds = quick ? 3 : 5;
const scorerTimes: number[] = [];
const winkTimes: number[] = [];
const pipelineTimes: number[] = [];
let relations = 0;
for (let r = 0; r < rounds; r++) {
  let t = cpuMs();
  countTokens();
  winkTimes.push(cpuMs() - t);
  t = cpuMs();
  relations = 0;
  docs.forEach((text, i) => {
    relations += extractDocument({ id: `doc-${i}.txt`, text, meta: {} }).relations.length;
  });
  pipelineTimes.push(cpuMs() - t);
  t = cpuMs();
  docs.forEach((text, i) =>
    extractDocument({ id: `doc-${i}.txt`, text, meta: {} }, { learnedScorer: scorerOn }),
  );
  scorerTimes.push(cpuMs() - t);
}
const scorerRate = tokens / (median(scorerTimes) / 1000);
const winkRate = tokens / (median(winkTimes) / 1000);
const pipelineRate = tokens / (median(pipelineTimes) / 1000);
const k = (x: number): string => `${Math.round(x / 1000)}k`;
const winkColdRate = tokens / (winkCold / 1000);
const pipelineColdRate = tokens / (pipelineCold / 1000);
console.log(
  `corpus: ${docs.length} documents, ${(totalChars / 1e6).toFixed(2)} MB, ${tokens} tokens, ${relations} relations found`,
);
console.log(`wink-nlp readDoc (baseline): ${k(winkRate)} tokens/s (median of ${rounds}, CPU time)`);
console.log(`full extraction pipeline:    ${k(pipelineRate)} tokens/s (median of ${rounds}, CPU time)`);
console.log(
  `first pass, cold:            wink ${k(winkColdRate)} tokens/s, pipeline ${k(pipelineColdRate)} tokens/s`,
);
console.log("");
console.log("== extract bench summary ==");
console.log(
  `corpus           ${(totalChars / 1e6).toFixed(2)} MB, ${tokens} tokens${quick ? " (quick)" : ""}`,
);
console.log(`wink tokenise    ${k(winkRate)} tokens/s (readDoc with its tagger)`);
console.log(
  `full pipeline    ${k(pipelineRate)} tokens/s (${((pipelineRate / winkRate) * 100).toFixed(0)}% of wink; target >= 100k)`,
);
console.log(
  `scorer on        ${k(scorerRate)} tokens/s (${((scorerRate / pipelineRate) * 100).toFixed(0)}% of the default pipeline; learned scorer with every relation at 0.5)`,
);
console.log(
  `cold first pass  ${k(pipelineColdRate)} tokens/s (${((pipelineColdRate / winkColdRate) * 100).toFixed(0)}% of wink's ${k(winkColdRate)})`,
);
