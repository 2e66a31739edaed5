/**
 * Gazetteer index: compiles the lexicon data (countries, organizations, places, people, weapon
 * models and synonyms, plus any user lexicon) into a map from first token to entries, matched
 * longest-first over tokens. Keys ignore case, hyphens and apostrophe style.
 */
import type { EntityType } from "../model/ontology.ts";
import { COUNTRY_ROWS } from "./lexicon/countries.ts";
import { ORGANIZATION_ROWS } from "./lexicon/organizations.ts";
import { FAMILY_FIRST_NAMES, PERSON_ROWS } from "./lexicon/people.ts";
import { PLACE_ROWS } from "./lexicon/places.ts";
import { WEAPON_MODELS } from "./lexicon/weapons.ts";
import { tagText } from "./nlp.ts";
import type { MentionKind, Token } from "./types.ts";

/** How strictly an entry's case must match the text. */
export type CaseRule = "exact" | "capital" | "any";

/** One surface form of a gazetteer entity. */
export interface GazetteerEntry {
  keys: string[];
  surface: string;
  name: string;
  type: EntityType;
  kind: MentionKind;
  caseRule: CaseRule;
  /** For demonyms and capitals: the country. */
  country?: string;
}

/** A user-supplied lexicon entry (see loadUserLexicon). */
export interface LexiconEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
}

/** The compiled gazetteer. */
export interface Gazetteer {
  byFirst: Map<string, GazetteerEntry[]>;
  /** Canonical person names by surname ("putin" → "Vladimir Putin"). */
  surnames: Map<string, string>;
  /** Country name → its capital's name. */
  capitals: Map<string, string>;
  /** Country name → its main demonym ("Russia" → "Russian"). */
  demonyms: Map<string, string>;
}

/** Normalised key of one token: lower case, curly apostrophes straightened. */
export function tokenKey(token: string): string {
  return token.toLowerCase().replace(/’/gu, "'");
}

const FAMILY_FIRST = new Set(FAMILY_FIRST_NAMES);
let builtIn: Gazetteer | null = null;
let extra: LexiconEntry[] = [];

/** The gazetteer of the built-in lexicon plus the user entries set with setUserLexicon. */
export function getGazetteer(): Gazetteer {
  if (builtIn === null) builtIn = compile(extra);
  return builtIn;
}

/** Replaces the user lexicon merged over the built-in one (entries win over built-in names). */
export function setUserLexicon(entries: LexiconEntry[]): void {
  extra = entries;
  builtIn = null;
}

function compile(user: LexiconEntry[]): Gazetteer {
  const byFirst = new Map<string, GazetteerEntry[]>();
  const surnames = new Map<string, string>();
  const capitals = new Map<string, string>();
  const familyFirst = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const add = (
    surface: string,
    name: string,
    type: EntityType,
    kind: MentionKind,
    country?: string,
  ): void => {
    const trimmed = surface.trim();
    if (!trimmed) return;
    const keys = tagText(trimmed)
      .values.filter((v) => v !== "-")
      .map(tokenKey);
    const first = keys[0];
    if (first === undefined) return;
    const caseRule: CaseRule = /\p{Ll}/u.test(trimmed)
      ? /^\p{Lu}/u.test(trimmed)
        ? "capital"
        : "any"
      : "exact";
    const entry: GazetteerEntry = { keys, surface: trimmed, name, type, kind, caseRule };
    if (country !== undefined) entry.country = country;
    const list = byFirst.get(first);
    if (list) list.push(entry);
    else byFirst.set(first, [entry]);
  };
  for (const row of COUNTRY_ROWS) {
    const [name = "", aliases = "", demonyms = "", capital = ""] = row.split("|");
    add(name, name, "Country", "name");
    for (const a of split(aliases)) add(a, name, "Country", "name");
    for (const d of split(demonyms)) add(d, name, "Country", "demonym", name);
    const mainDemonym = split(demonyms)[0];
    if (mainDemonym) demonymOf.set(name, mainDemonym);
    const caps = split(capital);
    for (const c of caps) add(c, caps[0] as string, "Location", "capital", name);
    if (caps[0]) capitals.set(name, caps[0]);
  }
  for (const row of ORGANIZATION_ROWS) addRow(row, "Organization", "name", add);
  for (const row of PLACE_ROWS) addRow(row, "Location", "name", add);
  for (const row of WEAPON_MODELS) addRow(row, "WeaponSystem", "weapon", add);
  for (const row of PERSON_ROWS) {
    const name = addRow(row, "Person", "name", add);
    const words = name.split(" ");
    const last = words[words.length - 1];
    if (words.length > 1 && last) surnames.set(tokenKey(last), name);
    const first = words[0] as string;
    if (words.length > 1 && FAMILY_FIRST.has(first)) {
      const key = tokenKey(first);
      if (familyFirst.has(key)) familyFirst.set(key, "");
      else familyFirst.set(key, name);
    }
  }
  for (const [key, name] of familyFirst) if (name && !surnames.has(key)) surnames.set(key, name);
  for (const entry of user) {
    add(entry.name, entry.name, entry.type, entry.type === "WeaponSystem" ? "weapon" : "name");
    for (const a of entry.aliases ?? [])
      add(a, entry.name, entry.type, entry.type === "WeaponSystem" ? "weapon" : "name");
  }
  // User entries were added last: put them first so they win ties.
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst, surnames, capitals, demonyms: demonymOf };
}

function addRow(
  row: string,
  type: EntityType,
  kind: MentionKind,
  add: (surface: string, name: string, type: EntityType, kind: MentionKind) => void,
): string {
  const [name = "", aliases = ""] = row.split("|");
  add(name, name, type, kind);
  for (const a of split(aliases)) add(a, name, type, kind);
  return name;
}

function split(field: string): string[] {
  return field
    ? field
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/**
 * The longest gazetteer entry that matches the tokens at `i` (hyphen tokens skipped), with the
 * index one past its last token, or null.
 */
export function matchAt(
  tokens: Token[],
  i: number,
  gazetteer: Gazetteer,
): { entry: GazetteerEntry; end: number } | null {
  const first = tokens[i];
  if (!first) return null;
  const list = gazetteer.byFirst.get(first.key);
  if (!list) return null;
  let best: { entry: GazetteerEntry; end: number } | null = null;
  for (const entry of list) {
    if (best && best.entry.keys.length >= entry.keys.length) continue;
    const end = matchKeys(tokens, i, entry);
    if (end > 0) best = { entry, end };
  }
  return best;
}

function matchKeys(tokens: Token[], i: number, entry: GazetteerEntry): number {
  let t = i;
  for (let k = 0; k < entry.keys.length; k++) {
    while (k > 0 && tokens[t]?.text === "-" && !tokens[t]?.space) t++;
    const token = tokens[t];
    if (!token || token.key !== entry.keys[k]) return 0;
    t++;
  }
  const firstToken = tokens[i] as Token;
  if (entry.caseRule === "capital" && !/^[\p{Lu}\p{N}]/u.test(firstToken.text)) return 0;
  if (entry.caseRule === "exact") {
    for (let x = i; x < t; x++)
      if ((tokens[x] as Token).text !== (tokens[x] as Token).text.toUpperCase()) return 0;
  }
  // Do not match the start of a longer glued word ("US" in "USS").
  const next = tokens[t];
  if (next && !next.space && /^\p{L}/u.test(next.text)) return 0;
  return t;
}
