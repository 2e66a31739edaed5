/**
 * Gazetteer index: compiles a lexicon (src/extract/lexicons.ts: the built-in entity lists plus
 * any user entries) into a map from first token to entries, matched longest-first over tokens.
 * Keys ignore case, hyphens and apostrophe style. Compiling is pure; each lexicon value is
 * compiled once and the result kept beside it (a WeakMap, not shared mutable state).
 */
import type { EntityType } from "../model/ontology.ts";
import { SHARED_FORMS } from "./lexicon/countries.ts";
import { FAMILY_FIRST_NAMES } from "./lexicon/people.ts";
import { NAME_WORDS } from "./lexicon/text.ts";
import type { Lexicon, LexiconEntry } from "./lexicon-schema.ts";
import { BUILT_IN_LEXICON } from "./lexicons.ts";
import { wordSetsOf } from "./stage-words.ts";
import { tokenizeEach } from "./nlp.ts";
import { otherSpelling, spellingPairsOf } from "./spelling-variants.ts";
import type { MentionKind, Token } from "./types.ts";
import { WORD_BREAK, foldKey } from "./words.ts";
import { HAS_LETTER_OR_DIGIT, HAS_LOWER, LETTER_FIRST, UPPER_FIRST } from "./letters.ts";
/**
 * How strictly an entry's case must match the text ("words": each capitalised word as written;
 * "literal": the one token exactly as written, "HARMs").
 */
export type CaseRule = "exact" | "capital" | "any" | "words" | "literal";

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
  /** For context aliases: names one of which the document must also mention. */
  when?: string[];
}

export type { LexiconEntry };

/** The compiled gazetteer. */
export interface Gazetteer {
  byFirst: Map<string, GazetteerEntry[]>;
  /** Canonical person names by surname ("putin" → "Vladimir Putin"). */
  surnames: Map<string, string>;
  /** Country name → its capital's name. */
  capitals: Map<string, string>;
  /** Country name → its main demonym ("Russia" → "Russian"). */
  demonyms: Map<string, string>;
  /** Organizations every country has under one name (Joint Chiefs of Staff). */
  perCountry: Set<string>;
  /** An organization's listed aliases by its name (of several entries with one name, the last). */
  organizationAliases: Map<string, readonly string[]>;
  /** Every country's name, aliases and demonyms as written, but forms several countries share ("Korean"). */
  countryForms: ReadonlySet<string>;
  /**
   * Every country's name, aliases and demonyms as written, shared forms too, and the last word of
   * each ("South Korea", "Swiss", "Korea"): the words that tell a country in name parsing.
   */
  countryNames: ReadonlySet<string>;
  /** Each country's name and capitals, lower-cased, to the country (the earlier entry wins: a user's). */
  placeCountries: ReadonlyMap<string, string>;
}

/** Normalised key of one token: lower case, curly apostrophes straightened, diacritics dropped. */
export function tokenKey(token: string): string {
  return foldKey(token.toLowerCase());
}

const FAMILY_FIRST = new Set(FAMILY_FIRST_NAMES);
/**
 * A weapon model's name whose plural adds "s": its last word is capitalised and ends in a
 * lower-case letter other than "s" ("Harpoon", not "Abrams tank", whose plural is a class phrase).
 */
const PLURABLE = /(?:^|[\s-])\p{Lu}\p{L}*[a-rt-z]$/u;
/** A weapon model's name that is an acronym of capitals ("HARM", "JDAM"); its plural adds "s". */
const ACRONYM = /^[A-Z]{3,6}$/u;

/** A possessive inside a name, before another word ("People's Republic"). */
const INNER_POSSESSIVE = /(\p{L})['\u2019]s (?=\p{Lu})/gu;

const compiled = new WeakMap<Lexicon, Gazetteer>();

/** British and American spellings of a word in a body's name (lexicon/text.json spellingVariants). */
const SPELLING_PAIRS = spellingPairsOf(NAME_WORDS.spellingVariants);

/** The compiled gazetteer of `lexicon` (default the built-in lexicon), compiled on first use. */
export function gazetteerOf(lexicon: Lexicon = BUILT_IN_LEXICON): Gazetteer {
  let g = compiled.get(lexicon);
  if (!g) {
    g = compileLexicon(lexicon);
    compiled.set(lexicon, g);
  }
  return g;
}

/** Demonyms and short names that several countries share ("Korean"): they name none for certain. */
const SHARED_WORDS = new Set(SHARED_FORMS.map((f) => f.form));

/**
 * Every country's name, aliases and demonyms, with the country each names; a form several
 * countries share is left out ("Korean People's Army" is not South Korea's).
 */
function countryWords(lexicon: Lexicon): Map<string, string> {
  const words = new Map<string, string>();
  for (const e of lexicon.entries)
    if (e.type === "Country")
      for (const w of [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])])
        if (!words.has(w) && !SHARED_WORDS.has(w)) words.set(w, e.name);
  return words;
}

/** Every country's name, aliases and demonyms as written, and the last word of each (Gazetteer.countryNames). */
function countryNamesOf(lexicon: Lexicon): Set<string> {
  const names = new Set<string>();
  for (const e of lexicon.entries)
    if (e.type === "Country")
      for (const n of [e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])])
        names.add(n).add(n.split(" ").pop() ?? n);
  return names;
}

/** The country whose name or demonym opens a name, before a space ("Israel Defense Forces"), else undefined. */
function leadingCountry(name: string, countryOf: ReadonlyMap<string, string>): string | undefined {
  let best: string | undefined;
  let length = 0;
  for (let at = name.indexOf(" "); at > 0; at = name.indexOf(" ", at + 1)) {
    const country = countryOf.get(name.slice(0, at));
    if (country !== undefined && at > length) {
      best = country;
      length = at;
    }
  }
  return best;
}

/** Compiles a lexicon's entries into a gazetteer (earlier entries win ties). */
export function compileLexicon(lexicon: Lexicon): Gazetteer {
  const particles = wordSetsOf(lexicon.words).patronymicParticles;
  const byFirst = new Map<string, GazetteerEntry[]>();
  const surnames = new Map<string, string>();
  const capitals = new Map<string, string>();
  const familyFirst = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const perCountry = new Set<string>();
  const organizationAliases = new Map<string, readonly string[]>();
  const placeCountries = new Map<string, string>();
  // Every surface is listed first, then all are tokenized at once (tokenizeEach).
  const surfaces: {
    trimmed: string;
    name: string;
    type: EntityType;
    kind: MentionKind;
    extra?: Partial<GazetteerEntry>;
  }[] = [];
  const add = (
    surface: string,
    name: string,
    type: EntityType,
    kind: MentionKind,
    extra?: Partial<GazetteerEntry>,
  ): void => {
    const trimmed = surface.trim();
    if (trimmed) surfaces.push({ trimmed, name, type, kind, ...(extra && { extra }) });
  };
  const enter = ({ trimmed, name, type, kind, extra }: (typeof surfaces)[number], values: string[]): void => {
    const keys = values.filter((v) => v !== "-").map(tokenKey);
    const first = keys[0];
    if (first === undefined) return;
    const caseRule: CaseRule =
      kind === "context-alias"
        ? "words"
        : HAS_LOWER.test(trimmed)
          ? UPPER_FIRST.test(trimmed)
            ? "capital"
            : "any"
          : "exact";
    const entry: GazetteerEntry = { keys, surface: trimmed, name, type, kind, caseRule, ...extra };
    const list = byFirst.get(first);
    if (list) list.push(entry);
    else byFirst.set(first, [entry]);
  };
  const countryOf = countryWords(lexicon);
  // "Diehl Defense" for the listed "Diehl Defence": a body's name in the other spelling, listed
  // after every entry so that a name listed as written wins over another's respelling.
  const respelled: (typeof surfaces)[number][] = [];
  for (const e of lexicon.entries) {
    const kind: MentionKind = e.type === "WeaponSystem" ? "weapon" : "name";
    // "Israel Defense Forces", "Pakistan Aeronautical Complex": a body whose listed name opens with
    // a country's name or demonym belongs to that country, as "Kenya Navy" in the text does.
    // "US State Department", an alias of "State Department": the spelling with its country names it.
    const ownOf = (surface: string): Partial<GazetteerEntry> | undefined => {
      const own = e.type === "Organization" ? leadingCountry(surface, countryOf) : undefined;
      return own === undefined ? undefined : { country: own };
    };
    const extra = ownOf(e.name);
    add(e.name, e.name, e.type, kind, extra);
    for (const a of e.aliases ?? []) add(a, e.name, e.type, kind, extra ?? ownOf(a));
    // "Larsen and Toubro" for "Larsen & Toubro": a body's name is written with "&" or "and" alike.
    if (e.type === "Organization")
      for (const surface of [e.name, ...(e.aliases ?? [])]) {
        const other = otherConjunction(surface);
        if (other) add(other, e.name, e.type, kind, extra ?? ownOf(surface));
      }
    if (e.type === "Organization")
      for (const surface of [e.name, ...(e.aliases ?? [])]) {
        const other = otherSpelling(surface, SPELLING_PAIRS);
        const own = extra ?? ownOf(surface);
        if (other)
          respelled.push({ trimmed: other, name: e.name, type: e.type, kind, ...(own && { extra: own }) });
      }
    // "Peoples Republic of China", "Peoples Liberation Army": a country's or body's name with a
    // possessive inside is also printed without its apostrophe; the longer name then wins over
    // its tail ("Republic of China").
    if (e.type === "Country" || e.type === "Organization")
      for (const surface of [e.name, ...(e.aliases ?? [])]) {
        const bare = surface.replace(INNER_POSSESSIVE, "$1s ");
        if (bare !== surface) add(bare, e.name, e.type, kind, extra ?? ownOf(surface));
      }
    // "Harpoons", "Javelins": a weapon model's plural names the model.
    if (kind === "weapon")
      for (const surface of [e.name, ...(e.aliases ?? [])])
        if (PLURABLE.test(surface)) add(`${surface}s`, e.name, e.type, kind);
        // "HARMs", "JDAMs": an acronym's plural, written exactly so ("Harms" is a word).
        else if (ACRONYM.test(surface)) add(`${surface}s`, e.name, e.type, kind, { caseRule: "literal" });
    for (const d of e.demonyms ?? []) add(d, e.name, "Country", "demonym", { country: e.name });
    const mainDemonym = e.demonyms?.[0];
    if (mainDemonym && !demonymOf.has(e.name)) demonymOf.set(e.name, mainDemonym);
    const caps = e.capitals ?? [];
    for (const c of caps) add(c, caps[0] as string, "Location", "capital", { country: e.name });
    if (caps[0] && !capitals.has(e.name)) capitals.set(e.name, caps[0]);
    if (e.type === "Country")
      for (const place of [e.name, ...caps])
        if (!placeCountries.has(place.toLowerCase())) placeCountries.set(place.toLowerCase(), e.name);
    if (e.perCountry) perCountry.add(e.name);
    if (e.type === "Organization" && e.aliases) organizationAliases.set(e.name, e.aliases);
    if (e.contextAliases)
      for (const a of e.contextAliases.aliases)
        add(a, e.name, e.type, "context-alias", { when: e.contextAliases.when });
    if (e.type !== "Person") continue;
    const words = e.name.split(" ");
    const last = words[words.length - 1];
    // "Mohammed bin Salman": a father's name after a patronymic particle is no surname ("King Salman").
    const patronymic = words.length > 2 && particles.has(words[words.length - 2] as string);
    if (words.length > 1 && last && !patronymic) surnames.set(tokenKey(last), e.name);
    const first = words[0] as string;
    if (words.length > 1 && FAMILY_FIRST.has(first)) {
      const key = tokenKey(first);
      if (familyFirst.has(key)) familyFirst.set(key, "");
      else familyFirst.set(key, e.name);
    }
  }
  const listed = new Set(surfaces.map((s) => s.trimmed.toLowerCase()));
  for (const r of respelled) if (!listed.has(r.trimmed.toLowerCase())) surfaces.push(r);
  const tokenized = tokenizeEach(surfaces.map((s) => s.trimmed));
  surfaces.forEach((s, i) => enter(s, tokenized[i]!));
  for (const [key, name] of familyFirst) if (name && !surnames.has(key)) surnames.set(key, name);
  // Stable sort: among equally long keys, the earlier entry (a user's) stays first and wins.
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return {
    byFirst,
    surnames,
    capitals,
    demonyms: demonymOf,
    perCountry,
    organizationAliases,
    countryForms: new Set(countryOf.keys()),
    countryNames: countryNamesOf(lexicon),
    placeCountries,
  };
}

/** A name's spelling with "and" for "&" or "&" for "and", or null when it has neither. */
function otherConjunction(surface: string): string | null {
  if (surface.includes(" & ")) return surface.replaceAll(" & ", " and ");
  if (surface.includes(" and ")) return surface.replaceAll(" and ", " & ");
  return null;
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
  const second = tokens[i + 1];
  for (const entry of list) {
    // The list runs longest first: no entry after a match is longer.
    if (best && best.entry.keys.length >= entry.keys.length) break;
    // A longer entry whose second key the next token (not a hyphen) does not hold cannot match.
    if (entry.keys.length > 1 && (!second || (second.text !== "-" && second.key !== entry.keys[1]))) continue;
    const end = matchKeys(tokens, i, entry);
    if (end > 0) best = { entry, end };
  }
  return best;
}

/** Opens with a capital or a digit. */
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u;

function matchKeys(tokens: Token[], i: number, entry: GazetteerEntry): number {
  let t = i;
  for (let k = 0; k < entry.keys.length; k++) {
    while (k > 0 && tokens[t]?.text === "-" && !tokens[t]?.space) t++;
    const token = tokens[t];
    if (!token || token.key !== entry.keys[k]) return 0;
    t++;
  }
  const firstToken = tokens[i] as Token;
  if (entry.caseRule === "capital" && !CAPITAL_OR_DIGIT_FIRST.test(firstToken.text)) return 0;
  if (entry.caseRule === "words") {
    const surfaceWords = entry.surface.split(WORD_BREAK);
    for (let x = i, w = 0; x < t; x++) {
      // A hyphen or an apostrophe is its own token but no word of the surface ("Workers' Party").
      if (!HAS_LETTER_OR_DIGIT.test((tokens[x] as Token).text)) continue;
      if (isUpper(surfaceWords[w++] ?? "") && !isUpper((tokens[x] as Token).text)) return 0;
    }
  }
  if (entry.caseRule === "literal" && (t !== i + 1 || (tokens[i] as Token).text !== entry.surface)) return 0;
  if (entry.caseRule === "exact") {
    for (let x = i; x < t; x++)
      if ((tokens[x] as Token).text !== (tokens[x] as Token).text.toUpperCase()) return 0;
  }
  // Do not match the start of a longer glued word ("US" in "USS").
  const next = tokens[t];
  if (next && !next.space && LETTER_FIRST.test(next.text)) return 0;
  return t;
}

function isUpper(word: string): boolean {
  return UPPER_FIRST.test(word);
}
