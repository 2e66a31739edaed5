/**
 * Extraction benchmark: assembles at least 1 MB of varied news-like text (seeded sentence
 * templates over many actors, plus the sample article), then measures the full pipeline's
 * tokens per second on one core beside wink-nlp's own tokenisation and tagging of the same text
 * (_extract-rates.ts: process CPU time, medians of the rounds after a warm-up, the cold first pass
 * on its own). It measures twice: on the main thread with Node's defaults, and in one worker
 * thread started with the resource limits of kg's extraction threads (extract-pool.ts: a larger
 * young generation) running the module those threads load (the precompiled bundle while it
 * matches the sources), the way `kg serve`, `kg extract` and a one-thread `kg build` extract (a
 * build of several threads also runs without V8's garbage-collector helper threads:
 * --single-threaded-gc, src/cli/build-relaunch.mjs); each figure has its own wink baseline from
 * the same thread. In the thread the baseline is src/extract's wink instance and the bundle loads
 * its own, so the thread's cold pipeline pass includes one more model load when it runs the bundle.
 * Run: node --import tsx tests/bench/extract.bench.ts [--quick]
 */
import { Worker } from "node:worker_threads";
import { BUILT_IN_SCORER, type ScorerModel, extractDocument } from "../../src/extract/index.ts";
import { EXTRACT_THREAD_RESOURCE_LIMITS } from "../../src/graph/extract-pool.ts";
import { SOURCE_EXTRACT_MODULE_URL, precompiledThread } from "../../src/graph/thread-bundle.ts";
import { type ExtractRates, type ExtractRatesInput, measureExtractRates } from "./_extract-rates.ts";

const quick = process.argv.includes("--quick");
/** The built-in scorer with every relation on (threshold 0.5): what scoring every candidate costs. */
const scorerOn: ScorerModel = {
  relations: Object.fromEntries(
    Object.entries(BUILT_IN_SCORER.relations).map(([r, m]) => [r, { ...m, threshold: 0.5 }]),
  ),
};
const input: ExtractRatesInput = {
  targetBytes: quick ? 250_000 : 1_100_000,
  rounds: quick ? 3 : 5,
  scorer: scorerOn,
};
/** The module kg's extraction threads load: the precompiled bundle while it matches the sources. */
const precompiled = precompiledThread();
const threadModule = precompiled?.module ?? SOURCE_EXTRACT_MODULE_URL;
const threadCode = precompiled ? "precompiled bundle" : "TypeScript sources";
/** The bundle's pipeline loads its own copy of the wink model in its cold pass; src/extract shares the baseline's. */
const threadColdNote = precompiled ? " (the pipeline's with the bundle's own wink model load)" : "";

/**
 * The same measurement in a worker thread with the extraction threads' resource limits (no
 * scorer). It resolves once the thread has exited, not when its figures arrive: a thread's heap is
 * torn down on its own OS thread after terminate(), and that CPU, charged to the process, would
 * otherwise fall in the main thread's first (cold) measurement.
 */
function measureInThread(): Promise<ExtractRates> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./_extract-thread.mjs", import.meta.url), {
      workerData: { input: { ...input, scorer: null }, module: threadModule },
      resourceLimits: { ...EXTRACT_THREAD_RESOURCE_LIMITS },
      execArgv: [],
    });
    let rates: ExtractRates | null = null;
    worker.once("message", (posted: ExtractRates) => {
      rates = posted;
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) =>
      rates ? resolve(rates) : reject(new Error(`extract bench thread exited with ${code}`)),
    );
  });
}

// The thread first: it has exited (its heap gone) before the main thread measures, whereas the
// main thread's heap, left after its own rounds, could be collected while the thread measured.
const thread = await measureInThread();
const main = measureExtractRates(input, extractDocument);
const k = (x: number): string => `${Math.round(x / 1000)}k`;
const pct = (x: number, of: number): string => `${((x / of) * 100).toFixed(0)}%`;
const limits = Object.entries(EXTRACT_THREAD_RESOURCE_LIMITS)
  .map(([name, mb]) => `${name} ${mb}`)
  .join(", ");
const rounds = `median of ${input.rounds}, CPU time`;
console.log(
  `corpus: ${main.documents} documents, ${(main.chars / 1e6).toFixed(2)} MB, ${main.tokens} tokens, ${main.relations} relations found`,
);
console.log(`main thread, Node's defaults:`);
console.log(`  wink-nlp readDoc (baseline): ${k(main.wink)} tokens/s (${rounds})`);
console.log(`  full extraction pipeline:    ${k(main.pipeline)} tokens/s (${rounds})`);
console.log(
  `  first pass, cold:            wink ${k(main.winkCold)} tokens/s, pipeline ${k(main.pipelineCold)} tokens/s`,
);
console.log(`one extraction thread (${limits}; ${threadCode}):`);
console.log(`  wink-nlp readDoc (baseline): ${k(thread.wink)} tokens/s (${rounds})`);
console.log(
  `  full extraction pipeline:    ${k(thread.pipeline)} tokens/s (${rounds}; ${thread.relations} relations)`,
);
console.log(
  `  first pass, cold:            wink ${k(thread.winkCold)} tokens/s, pipeline ${k(thread.pipelineCold)} tokens/s${threadColdNote}`,
);
console.log("");
console.log("== extract bench summary ==");
console.log(
  `corpus           ${(main.chars / 1e6).toFixed(2)} MB, ${main.tokens} tokens${quick ? " (quick)" : ""}`,
);
console.log(`wink tokenise    ${k(main.wink)} tokens/s (readDoc with its tagger; main thread)`);
console.log(
  `full pipeline    ${k(main.pipeline)} tokens/s (${pct(main.pipeline, main.wink)} of wink; target >= 100k; main thread, Node's defaults)`,
);
console.log(
  `in a thread      ${k(thread.pipeline)} tokens/s (${pct(thread.pipeline, thread.wink)} of wink's ${k(thread.wink)} in the same thread; one extraction thread as kg serve, kg extract and a one-thread kg build run it: ${limits}, ${threadCode})`,
);
if (main.scorer !== null)
  console.log(
    `scorer on        ${k(main.scorer)} tokens/s (${pct(main.scorer, main.pipeline)} of the default pipeline; learned scorer with every relation at 0.5)`,
  );
console.log(
  `cold first pass  ${k(main.pipelineCold)} tokens/s (${pct(main.pipelineCold, main.winkCold)} of wink's ${k(main.winkCold)}; main thread)`,
);
