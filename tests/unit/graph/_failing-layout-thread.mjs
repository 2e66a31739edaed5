// A layout thread that fails as it starts, as layout-thread.mjs does when its module does not
// load: it says so, with its error's message, through the shared control, then throws.
import { TextEncoder } from "node:util";
import { workerData } from "node:worker_threads";

const state = new Int32Array(workerData.control);
const written = new TextEncoder().encodeInto(
  "the layout thread failed to start",
  new Uint8Array(workerData.message),
);
Atomics.store(state, 2, written.written);
Atomics.store(state, 0, 2);
Atomics.notify(state, 0);
throw new Error("the layout thread failed to start");
