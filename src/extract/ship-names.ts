/**
 * Named ships, one entity per ship: news of a delivered or commissioned ship names it once after
 * its prefix or its class ("the US Navy's Virginia-class submarine Delaware (SSN 791)", "the future
 * USS Delaware") and then by its bare name ("Delaware has received some of the highest quality
 * scores"), a name a gazetteer may hold as a place. Run in stage 4: a bare name that a ship rule
 * of the entity stage read in the document is that ship wherever it stands as a sentence's actor,
 * not after a place's preposition ("arrived in Sydney"); a prefixed and a bare spelling are one
 * ship; a hull number in brackets after a ship's name ("(SSN 791)", "(FFG 05)") is no weapon.
 */
import { SHIP_NOUNS, SHIP_PREFIXES, SHIP_RENAMING_WORDS, VESSEL_NOUNS } from "./lexicon/weapons.ts";
import { makeMention } from "./make-mention.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";

/** Rules of the entity stage that read a ship's name: after a ship noun, a naming word or a prefix. */
export const SHIP_RULES: ReadonlySet<string> = new Set(["ship-noun-name", "ship-naming", "ship-prefix"]);

/** The rule given to a bare place-like name taken as the ship the document named. */
const SHIP_AGAIN_RULE = "ship-name-again";

/** The rule given to a place-like name before a vessel's noun taken as the class the document named. */
const CLASS_AGAIN_RULE = "class-name-again";

/** Words before a place's name that keep it a place ("in Sydney", "off Darwin", "from Delaware"). */
const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "from",
  "to",
  "into",
  "near",
  "off",
  "of",
  "across",
  "around",
  "outside",
  "inside",
  "towards",
  "toward",
  "via",
  "through",
  "for",
  "between",
  "and",
]);

const PREFIXES = new Set(SHIP_PREFIXES);

/** Nouns of vessels ("submarine", "boat", "frigates"). */
const VESSELS = new Set([...SHIP_NOUNS, ...VESSEL_NOUNS]);

/** A class's name and its "-class" ("Virginia-class submarine", "Los Angeles-class"). */
const CLASS_NAME = /^(.+?)[- ][Cc]lass\b/u;

/**
 * "the two ex-US Coast Guard Marine Protectors" after "Marine Protector-class patrol vessels": a
 * class's name in the plural, that no mention took, is the class.
 */
function addPluralClasses(sentence: Sentence, list: Mention[], classes: Map<string, string>): void {
  const tokens = sentence.tokens;
  for (const [base, name] of classes) {
    const words = base.split(" ");
    const n = words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      if (!words.every((w, j) => plainOrPlural(tokens[i + j], w, j === n - 1))) continue;
      if ((tokens[i + n - 1] as Token).text === words[n - 1]) continue;
      if (list.some((m) => m.first < i + n && m.last > i)) continue;
      const m = makeMention(sentence, i, i + n, name, "WeaponSystem", "weapon", CLASS_AGAIN_RULE);
      list.push(m);
    }
  }
}

/** True when the token is the word, or (the last word only) the word with a plural "s". */
function plainOrPlural(t: Token | undefined, word: string, last: boolean): boolean {
  return t !== undefined && (t.text === word || (last && t.text === `${word}s`));
}

/**
 * "the ninth Virginia boat" after "Virginia-class submarine": a place's name that is the name of a
 * class the document names, right before a vessel's noun, is that class.
 */
function joinClassNames(state: DocState): void {
  const classes = new Map<string, string>();
  for (const list of state.mentions)
    for (const m of list) {
      const base = m.type === "WeaponSystem" ? CLASS_NAME.exec(m.name)?.[1] : undefined;
      if (base !== undefined && !classes.has(base)) classes.set(base, m.name);
    }
  if (classes.size === 0) return;
  state.mentions.forEach((list, s) => {
    const sentence = state.sentences[s];
    const tokens = sentence?.tokens ?? [];
    if (sentence) addPluralClasses(sentence, list, classes);
    for (const m of list) {
      const name = m.type === "Location" && m.kind === "name" ? classes.get(m.name) : undefined;
      if (name === undefined || !VESSELS.has(tokens[m.last]?.lower ?? "")) continue;
      m.type = "WeaponSystem";
      m.kind = "weapon";
      m.rule = CLASS_AGAIN_RULE;
      m.name = name;
    }
  });
}

/** A ship's name without its prefix ("Delaware" of "USS Delaware", "Monsoon" of "ex-USS Monsoon"). */
function bareName(name: string): string {
  const space = name.indexOf(" ");
  if (space < 0) return name;
  const first = name.slice(0, space).replace(/^[Ee]x-/u, "");
  return PREFIXES.has(first) ? name.slice(space + 1) : name;
}

/** Each bare ship name of the document and the name its entity takes (the prefixed one, if only one). */
function shipNames(state: DocState): Map<string, string> {
  const spellings = new Map<string, Set<string>>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "WeaponSystem" || !SHIP_RULES.has(m.rule)) continue;
      const bare = bareName(m.name);
      const set = spellings.get(bare) ?? new Set<string>();
      set.add(m.name);
      spellings.set(bare, set);
    }
  const out = new Map<string, string>();
  for (const [bare, set] of spellings) {
    const prefixed = [...set].filter((n) => n !== bare);
    out.set(bare, prefixed.length === 1 ? (prefixed[0] as string) : bare);
  }
  return out;
}

/**
 * True when the mention stands after a place's preposition ("in Sydney", "off Darwin") or after a
 * comma that closes another place ("Wilmington, Delaware").
 */
function placeContext(sentence: Sentence | undefined, list: Mention[], m: Mention): boolean {
  const before = sentence?.tokens[m.first - 1];
  if (before === undefined) return false;
  if (before.text === ",")
    return list.some((x) => x.last === m.first - 1 && (x.type === "Location" || x.type === "Country"));
  return PLACE_PREPOSITIONS.has(before.lower);
}

/** Drops a weapon mention that is only a hull number in brackets right after a ship's name. */
function dropHullNumbers(state: DocState): void {
  state.mentions.forEach((list, s) => {
    const tokens = state.sentences[s]?.tokens ?? [];
    const ships = list.filter((m) => m.type === "WeaponSystem" && SHIP_RULES.has(m.rule));
    if (ships.length === 0) return;
    const hulls = new Set(
      list.filter(
        (m) =>
          m.type === "WeaponSystem" &&
          !SHIP_RULES.has(m.rule) &&
          tokens[m.first - 1]?.text === "(" &&
          tokens[m.last]?.text === ")" &&
          ships.some((ship) => ship.last === m.first - 1),
      ),
    );
    if (hulls.size > 0) state.mentions[s] = list.filter((m) => !hulls.has(m));
  });
}

const RENAMING = new Set(SHIP_RENAMING_WORDS);

/** Most words from a renaming word to the new name ("renamed as the UMS Minye Theinkhathu"). */
const RENAME_REACH = 3;

/**
 * "The INS Sindhuvir, a Kilo-class submarine of the Indian Navy, has been renamed as the UMS Minye
 * Theinkhathu", "ex-USS Cyclone, which was renamed BRP General Mariano Alvarez": the new name and
 * the ship named before the renaming word in the sentence are one ship (its first name kept).
 */
function joinRenamedShips(state: DocState): void {
  state.mentions.forEach((list, s) => {
    const tokens = state.sentences[s]?.tokens ?? [];
    const r = tokens.findIndex((t) => RENAMING.has(t.lower));
    if (r < 0) return;
    const ships = list.filter((m) => m.type === "WeaponSystem" && SHIP_RULES.has(m.rule));
    const before = ships.filter((m) => m.last <= r).at(-1);
    const after = ships.find((m) => m.first > r && m.first - r <= RENAME_REACH + 1);
    if (before && after) after.name = before.name;
  });
}

/** Stage 4's pass over named ships (see the header). */
export function joinShipNames(state: DocState): void {
  dropHullNumbers(state);
  joinRenamedShips(state);
  joinClassNames(state);
  const names = shipNames(state);
  if (names.size === 0) return;
  state.mentions.forEach((list, s) => {
    for (const m of list) {
      if (m.type === "WeaponSystem") {
        if (SHIP_RULES.has(m.rule)) m.name = names.get(bareName(m.name)) ?? m.name;
        continue;
      }
      const ship = m.type === "Location" && m.kind === "name" ? names.get(m.name) : undefined;
      if (ship === undefined || placeContext(state.sentences[s], list, m)) continue;
      m.type = "WeaponSystem";
      m.kind = "weapon";
      m.rule = SHIP_AGAIN_RULE;
      m.name = ship;
    }
  });
}
