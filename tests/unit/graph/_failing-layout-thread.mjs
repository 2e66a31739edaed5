// A layout thread that fails as it starts, as layout-thread.mjs does when its module does not
// load: it says so through the shared control, then throws.
import { workerData } from "node:worker_threads";

const state = new Int32Array(workerData.control);
Atomics.store(state, 0, 2);
Atomics.notify(state, 0);
throw new Error("the layout thread failed to start");
