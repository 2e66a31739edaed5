/** Re-exports the query engine: its factory, settings and result shapes. */
export { createQueryEngine, type EngineEvidence } from "./engine.ts";
export {
  DEFAULT_QUERY_SETTINGS,
  evidenceCost,
  resolveQuerySettings,
  type QuerySettings,
} from "./settings.ts";
export { normalizeName } from "./normalize.ts";
export type * from "./types.ts";
