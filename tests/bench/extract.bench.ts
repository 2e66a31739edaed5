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
import { readFileSync } from "node:fs";
import { extractDocument } from "../../src/extract/index.ts";
import { getNlp } from "../../src/extract/nlp.ts";
import { createRandom } from "../../src/graph/prng.ts";
import { FIRST_ARTICLE } from "../_fixtures.ts";

const quick = process.argv.includes("--quick");
const TARGET_BYTES = quick ? 250_000 : 1_100_000;
const DOC_BYTES = 6_000;
const article = readFileSync(FIRST_ARTICLE, "utf8");

const SLOTS: Record<string, string[]> = {
  C: [
    "Iran",
    "Russia",
    "North Korea",
    "Ukraine",
    "China",
    "Taiwan",
    "Israel",
    "the United States",
    "Japan",
    "South Korea",
    "Turkey",
    "Germany",
    "France",
    "Poland",
    "Belarus",
    "India",
    "Pakistan",
    "Syria",
    "Lebanon",
    "Egypt",
  ],
  D: [
    "Iranian",
    "Russian",
    "North Korean",
    "Ukrainian",
    "Chinese",
    "Israeli",
    "US",
    "Japanese",
    "South Korean",
    "Turkish",
    "German",
    "French",
    "Polish",
  ],
  P: [
    "Vladimir Putin",
    "Kim Jong Un",
    "Volodymyr Zelensky",
    "Xi Jinping",
    "Benjamin Netanyahu",
    "Antony Blinken",
    "Sergei Lavrov",
    "Recep Tayyip Erdogan",
    "Emmanuel Macron",
    "Anna Petrova",
    "John Miller",
    "Lee Min-ho",
    "Ali Rahimi",
  ],
  O: [
    "NATO",
    "the Pentagon",
    "the IAEA",
    "KCNA",
    "TASS",
    "Hamas",
    "Hezbollah",
    "the Joint Chiefs of Staff",
    "the National Intelligence Service",
    "the Kremlin",
    "the CIA",
    "the Ministry of Defence",
  ],
  W: [
    "Shahed-136 drones",
    "short-range ballistic missiles",
    "170mm self-propelled howitzers",
    "KN-23 missiles",
    "HIMARS launchers",
    "Patriot systems",
    "artillery shells",
    "attack drones",
    "anti-tank missiles",
    "F-16 fighter jets",
    "cruise missiles",
    "air defence systems",
  ],
  T: [
    "President",
    "Foreign Minister",
    "Defence Minister",
    "spokesperson",
    "leader",
    "security official",
    "Deputy Foreign Minister",
  ],
  L: ["Moscow", "Kyiv", "Pyongyang", "Tehran", "Beijing", "Kursk", "Gaza", "Crimea", "Seoul", "Geneva"],
};

const TEMPLATES = [
  "{C} has supplied {C} with {W} and {W}, according to {O}.",
  "{D} officials believe that {C} is preparing to send more {W} to {C}.",
  "{D} {T} {P} met {D} {T} {P} in {L} on Tuesday.",
  "The {W} were delivered by {C} to {C} last month, {O} said.",
  "{O} reported that {C} had transferred {W} to {C}.",
  "{C} denied sending {W} to {C}, calling the reports baseless.",
  "{P}, {C}'s foreign minister, said the talks with {C} were productive.",
  "A meeting between {P} and {P} is expected to take place in {L} next month.",
  "“We will continue to support our partners,” {P} told reporters in {L}.",
  "{C} may deliver additional {W} to {C} before the end of the year.",
  "Satellite images published by {O} showed {W} near {L}.",
  "The military aid that {C} has sent to {C} includes {W}, {W} and ammunition.",
  "{C}'s {O} said the strikes near {L} had destroyed several {W}.",
  "In {L}, analysts noted that the economy had slowed sharply over the summer.",
  "Talks on a ceasefire resumed on Monday after a pause of several weeks.",
];

function generate(seed: number): string[] {
  const random = createRandom(seed);
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)] as string;
  const docs: string[] = [article];
  let bytes = article.length;
  while (bytes < TARGET_BYTES) {
    let text = `${pick(SLOTS.P as string[])} says ${pick(SLOTS.C as string[])} talks are stalled\n`;
    while (text.length < DOC_BYTES) {
      const sentences: string[] = [];
      for (let i = 0; i < 4; i++)
        sentences.push(
          pick(TEMPLATES).replace(/\{([A-Z])\}/gu, (_, k: string) => pick(SLOTS[k] as string[])),
        );
      text += `${sentences.join(" ")}\n\n`;
    }
    docs.push(text);
    bytes += text.length;
  }
  return docs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const docs = generate(7);
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

const rounds = quick ? 3 : 5;
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
}
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
  `cold first pass  ${k(pipelineColdRate)} tokens/s (${((pipelineColdRate / winkColdRate) * 100).toFixed(0)}% of wink's ${k(winkColdRate)})`,
);
