// Bootstrap of an extraction worker thread: a worker starts as plain Node, so it registers the tsx
// loader first (as bin/kg.js does for the CLI), then runs the TypeScript worker, extract-thread.ts.
import { register } from "tsx/esm/api";

register();
await import("./extract-thread.ts");
