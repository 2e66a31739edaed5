/**
 * The `--data <dir>` option, defined once for every command that reads or writes a data folder:
 * the graph-data folder of a build, a query or an export, or the folder whose lexicon/*.json
 * extends the built-in lexicon (extract, eval).
 */
import { DEFAULT_DATA_DIR } from "../graph/data-dir.ts";

/** `--data <dir>` of a command that reads or writes graph-data (its store, sources, lexicon). */
export const DATA_OPTION = {
  flags: "--data <dir>",
  description: `graph-data folder (env KG_DATA; default ${DEFAULT_DATA_DIR})`,
} as const;

/** `--data <dir>` of a command that only reads the folder's lexicon (kg extract, kg eval). */
export const LEXICON_DATA_OPTION = {
  flags: "--data <dir>",
  description: `data folder whose lexicon/*.json extends the built-in lexicon (default ${DEFAULT_DATA_DIR}, env KG_DATA)`,
} as const;
