// The extract bench's in-thread run: a worker thread (started with the extraction threads' resource
// limits, see extract.bench.ts) registers the tsx loader, as the product's thread does without its
// precompiled bundle, loads the extraction module the product's thread would load (workerData.module:
// the precompiled bundle while it matches the sources, else src/extract), measures the same rates as
// the main thread (_extract-rates.ts) with it, and posts them.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { measureExtractRates } = await import("./_extract-rates.ts");
const { extractDocument } = await import(workerData.module);
parentPort.postMessage(measureExtractRates(workerData.input, extractDocument));
