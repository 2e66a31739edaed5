/**
 * The extract bench's measurement: tokens per second of the full pipeline over the bench corpus,
 * beside wink-nlp's own tokenisation and tagging of the same text (the baseline), in CPU time of
 * the process (user + system, every thread: the garbage collector's helper threads included), so
 * other load on a shared machine does not skew it. The first pass (model load, compilation) is
 * measured on its own; both paths then warm up on at least 1.1 MB of text and the rates are
 * medians of the rounds after it. The bench runs it on its main thread and again in an extraction
 * thread (_extract-thread.mjs), with the extraction function each is given.
 */
import type { ScorerModel } from "../../src/extract/5b-learned.ts";
import { getNlp } from "../../src/extract/nlp.ts";
import type { ExtractOptions } from "../../src/extract/options.ts";
import type { Extraction, SourceDocument } from "../../src/model/types.ts";
import { generateNewsCorpus } from "./_news-corpus.ts";

/** What to measure: the corpus size, the rounds, and the learned scorer to time beside the default (none: not timed). */
export interface ExtractRatesInput {
  targetBytes: number;
  rounds: number;
  scorer: ScorerModel | null;
}

/** The pipeline measured: src/extract's extractDocument, or the same function of the precompiled bundle. */
export type ExtractDocumentFn = (doc: SourceDocument, options?: ExtractOptions) => Extraction;

/** Rates in tokens per second (CPU time), with the corpus they were measured on. */
export interface ExtractRates {
  documents: number;
  chars: number;
  tokens: number;
  relations: number;
  wink: number;
  pipeline: number;
  /** With the built-in scorer's every relation at 0.5; null when not asked for. */
  scorer: number | null;
  winkCold: number;
  pipelineCold: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** CPU milliseconds (user + system) spent by this process: robust to other load on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Measures `extractDocument` and wink on the bench corpus of `targetBytes`, in this thread. */
export function measureExtractRates(
  input: ExtractRatesInput,
  extractDocument: ExtractDocumentFn,
): ExtractRates {
  const scorer = input.scorer;
  const docs = generateNewsCorpus(input.targetBytes, 7);
  const chars = docs.reduce((n, d) => n + d.length, 0);
  const nlp = getNlp();
  const countTokens = (): number => docs.reduce((n, d) => n + nlp.readDoc(d).tokens().length(), 0);
  let start = cpuMs();
  const tokens = countTokens();
  const winkCold = cpuMs() - start;
  start = cpuMs();
  for (const d of docs) extractDocument({ id: "warm", text: d, meta: {} });
  const pipelineCold = cpuMs() - start;
  // Warm up both paths (compilation) on at least 1.1 MB of text in all, the first pass included.
  for (let pass = 1; pass * chars < 1_100_000; pass++) {
    countTokens();
    for (const d of docs) extractDocument({ id: "warm", text: d, meta: {} });
  }
  if (scorer)
    for (const d of docs) extractDocument({ id: "warm", text: d, meta: {} }, { learnedScorer: scorer });

  const scorerTimes: number[] = [];
  const winkTimes: number[] = [];
  const pipelineTimes: number[] = [];
  let relations = 0;
  for (let r = 0; r < input.rounds; r++) {
    let t = cpuMs();
    countTokens();
    winkTimes.push(cpuMs() - t);
    t = cpuMs();
    relations = 0;
    docs.forEach((text, i) => {
      relations += extractDocument({ id: `doc-${i}.txt`, text, meta: {} }).relations.length;
    });
    pipelineTimes.push(cpuMs() - t);
    if (!scorer) continue;
    t = cpuMs();
    docs.forEach((text, i) =>
      extractDocument({ id: `doc-${i}.txt`, text, meta: {} }, { learnedScorer: scorer }),
    );
    scorerTimes.push(cpuMs() - t);
  }
  const rate = (ms: number): number => tokens / (ms / 1000);
  return {
    documents: docs.length,
    chars,
    tokens,
    relations,
    wink: rate(median(winkTimes)),
    pipeline: rate(median(pipelineTimes)),
    scorer: scorer ? rate(median(scorerTimes)) : null,
    winkCold: rate(winkCold),
    pipelineCold: rate(pipelineCold),
  };
}
