/**
 * A lexicon's tables as look-ups: compiled once per tables value (a WeakMap, as stage-words.ts
 * keeps a lexicon's word sets), so each stage reads the tables of the lexicon it was given and no
 * look-up is built at module level from the built-in data (a user lexicon's rows reach them all).
 */
import type { LexiconTable, LexiconTables, TableKey } from "./lexicon-schema.ts";
import { foldPersonName } from "./lexicon/people.ts";
import type { DocState } from "./types.ts";

/** A lexicon's tables as maps from each name to its group. */
export interface TableMaps {
  /** A well-known official's home country by folded name (foldPersonName): "joe-biden" → "United States". */
  readonly homeCountries: ReadonlyMap<string, string>;
  /** A body of one country's government, by name as written, to its country ("Pentagon" → "United States"). */
  readonly governmentBodies: ReadonlyMap<string, string>;
  /** A ministry's acronym, as written, to the ministry's name ("MFA" → "Foreign Ministry"). */
  readonly ministryAcronyms: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<LexiconTables, TableMaps>();

/**
 * The key a table's names are looked up by: homeCountries folds a personal name (foldPersonName:
 * "Joe Biden", "joe biden" and "JOE  BIDEN" are one official), the other tables take names as
 * written. Two names of one key are one row: a user's row moves it (lexicon-schema.ts
 * parseLexiconTables).
 */
export function tableNameKey(key: TableKey): (name: string) => string {
  return key === "homeCountries" ? foldPersonName : asWritten;
}

function asWritten(name: string): string {
  return name;
}

/** Each name of `table` (folded by `fold`) to its group; of two groups listing a name, the later. */
function byName(table: LexiconTable, fold: (name: string) => string): Map<string, string> {
  return new Map(
    Object.entries(table).flatMap(([group, names]) => names.map((n) => [fold(n), group] as const)),
  );
}

/** The look-ups of `tables`, built on their first use and kept beside them. */
export function tableMapsOf(tables: LexiconTables): TableMaps {
  let maps = compiled.get(tables);
  if (maps === undefined) {
    maps = Object.freeze({
      homeCountries: byName(tables.homeCountries, tableNameKey("homeCountries")),
      governmentBodies: byName(tables.governmentBodies, tableNameKey("governmentBodies")),
      ministryAcronyms: byName(tables.ministryAcronyms, tableNameKey("ministryAcronyms")),
    });
    compiled.set(tables, maps);
  }
  return maps;
}

/** The home country `homeCountries` gives the official `name`, looked up by the table's name key. */
export function homeCountryOf(homeCountries: ReadonlyMap<string, string>, name: string): string | undefined {
  return homeCountries.get(tableNameKey("homeCountries")(name));
}

/** The table look-ups of the lexicon a document is extracted with. */
export function tablesOf(state: DocState): TableMaps {
  return tableMapsOf(state.options.lexicon.tables);
}
