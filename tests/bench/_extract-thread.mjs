// The extract bench's in-thread run: a worker thread (started with the extraction threads' resource
// limits, see extract.bench.ts) registers the tsx loader, as the product's thread does without its
// precompiled bundle, measures the same rates as the main thread (_extract-rates.ts) and posts them.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { measureExtractRates } = await import("./_extract-rates.ts");
parentPort.postMessage(measureExtractRates(workerData));
