/**
 * Weapon families: a bare family name ("Shahed drones") in a document that names exactly one
 * model of that family ("Shahed-136") is that model, so the two mentions make one WeaponSystem.
 *
 * Generic weapon words ("drones", "missiles", "weapons") are left out of the graph by default
 * (the stage below runs after relations). Kept, one "drone" node would join every supplier of
 * any drone, so that `kg path Turkey Iran` answered Turkey —supplies→ drone ←supplies— Iran: a
 * path no text supports. Qualifying them by supplier ("drone (Iran)") was the other choice; it
 * was not taken because such a node adds nothing the supplier→recipient edge and its evidence
 * sentence do not already say, and it would be a name no text prints (no alias to search or to
 * score). A named model or a specific class ("Shahed-136", "attack drone") is kept.
 * ExtractOptions.genericWeapons = true keeps the generic words, unqualified.
 */
import { COUNTRY_CODES } from "./lexicon/countries.ts";
import { MARK_WORDS } from "./lexicon/weapons.ts";
import { concatLists, mapPacked } from "./lists.ts";
import type { DocState, Mention, Stage } from "./types.ts";
import { WORDS } from "./words.ts";
import { memoOfWords } from "./word-memo.ts";

/** True when `model` is a numbered model of `family` ("Shahed-136", "Leopard 2A6" of "Leopard"). */
function isModelOf(model: string, family: string): boolean {
  return (
    model.length > family.length && model.startsWith(family) && /^[- ]?\d/u.test(model.slice(family.length))
  );
}

/**
 * The spelling key of a model's name: without a maker in front ("Embraer A-29" is "A-29"),
 * hyphens, case, a class word after the name ("Hamilton-class", "Hamilton class" are "Hamilton") and
 * a plural "s" ("F-16s", "M-777s", "Gripens").
 */
function spellingKey(name: string): string {
  const words = name.split(" ");
  if (words.length > 1 && WORDS.makers.has(words[0] as string)) words.shift();
  return words
    .join(" ")
    .replace(/-/gu, "")
    .toUpperCase()
    .replace(MARK_AFTER_SPACE, "$1")
    .replace(CLASS_AFTER_NAME, "")
    .replace(/(?<=\d|[A-Z]{3})S$/u, "");
}

/** "Hamilton-class", "Peacock class": the class word after a class's name, as in spelling keys. */
const CLASS_AFTER_NAME = /(?<=\S) ?CLASS$/u;

/** A plural "s" after a model's number ("F-35s", "T-80s", "Leopard 2s"). */
const PLURAL_AFTER_NUMBER = /(\d)s$/u;

/** A hyphen after a digit in a model's name as written ("Mi-17-1B", "Mi-8-2"). */
const HYPHEN_AFTER_DIGIT = /\d-/u;

/** Variant letters in mixed case glued after a model's number ("Sh" of "Mi-171Sh"). */
const MIXED_CASE_VARIANT = /\d[A-Z]*[a-z]+$/u;

/** Mark words in upper case, as in spelling keys ("MK", "MARK"). */
const MARK_KEYS: readonly string[] = [...new Set(MARK_WORDS.map((w) => w.toUpperCase()))];

/** A space before a mark after a model's number: "SU30 MKA" is spelt as "SU30MKA". */
const MARK_AFTER_SPACE = new RegExp(`(?<=\\d) (${MARK_KEYS.join("|")})`, "u");

/**
 * The code of a country named in the document that a variant's letters are ("PL" of "K2PL"), its
 * plural "s" aside ("PLS" of "K2PLs"), else null.
 */
function nationalVariant(variant: string, countries: ReadonlySet<string>): string | null {
  for (const code of [variant, variant.replace(/S$/u, "")]) {
    const country = code.length === 2 ? COUNTRY_CODES[code] : undefined;
    if (country !== undefined && countries.has(country)) return code;
  }
  return null;
}

/** True when a variant's part of a spelling key opens with a mark ("MKA" of "SU30MKA", " MKIIIC"). */
function markedVariant(variant: string): boolean {
  const trimmed = variant.trimStart();
  return MARK_KEYS.some((mark) => trimmed.startsWith(mark));
}

/** A designator's key with a variant after it: "F16C", "SU30SME", "JF17 THUNDER". */
const VARIANT_OF = /^([A-Z]{1,5}\d{1,4})(?:[A-Z]{1,3}|(?: [A-Z][A-Z]+)+)$/u;

/**
 * One WeaponSystem per model however the document spells it: "F-16s" and "F-16", "M-777" and
 * "M777", "Embraer A-29 Super Tucano" and "A-29 Super Tucano" share a name (the most often
 * written, the shorter on a tie); a variant or a designator with its popular name ("F-16C",
 * "Su-30SME", "JF-17 Thunder") is the model when the document also names the bare model.
 */
export function mergeWeaponSpellings(state: DocState): void {
  const all = concatLists(state.mentions);
  const weapons = all.filter((m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon");
  const countries = new Set(all.filter((m) => m.type === "Country").map((m) => m.name));
  // The spelling key of each name of the document, made once (names repeat across its mentions).
  const keyOf = memoOfWords(spellingKey);
  const counts = new Map<string, Map<string, number>>();
  for (const m of weapons) {
    const key = keyOf(m.name);
    const names = counts.get(key) ?? new Map<string, number>();
    names.set(m.name, (names.get(m.name) ?? 0) + 1);
    counts.set(key, names);
  }
  const canonical = new Map<string, string>();
  for (const [key, names] of counts) {
    const best = [...names].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0] as [string, number];
    // A model written only in the plural is named in the singular: "F-35s" is the F-35.
    canonical.set(key, best[0].replace(PLURAL_AFTER_NUMBER, "$1"));
  }
  for (const [key, written] of [...canonical]) {
    // "Mi-17-1B" is no variant of "Mi-171": a number after a second hyphen is the model's own.
    if (HYPHEN_AFTER_DIGIT.test(written)) continue;
    // "Mi-171Sh" beside "Mi-171": a variant written with lower-case letters is a model of its own.
    if (MIXED_CASE_VARIANT.test(written)) continue;
    const base = VARIANT_OF.exec(key)?.[1];
    if (base === undefined) continue;
    const variant = key.slice(base.length);
    // "CV90 MkIIIC", "Su-30MKA", "PC-7 MkII": a mark is a model of its own, not the bare model.
    if (markedVariant(variant)) continue;
    // "K2PL" beside "K2" in a document that names Poland: a national variant is a model of its own;
    // its plural ("K2PLs") is the same variant.
    const national = nationalVariant(variant, countries);
    if (national !== null) {
      if (national !== variant) canonical.set(key, canonical.get(base + national) ?? written);
      continue;
    }
    const model = canonical.get(base);
    if (model !== undefined) canonical.set(key, model);
  }
  joinPopularNames(canonical);
  for (const m of weapons) m.name = canonical.get(keyOf(m.name)) ?? m.name;
}

/** A designator's key with a variant letter and a popular name after it: "AH64E APACHE GUARDIAN". */
const NAMED_DESIGNATOR = /^([A-Z]{1,5}\d{1,4}[A-Z]{1,3}) ([A-Z]+(?: [A-Z]+)*)$/u;

/**
 * "AH-64E Apache Guardian", "AH-64E Apaches" and "Apache" in a document that names the "AH-64E"
 * alone: a designator with its popular name is that model, and the bare popular name is the one
 * model the document gives it (two models with the same popular name: neither).
 */
function joinPopularNames(canonical: Map<string, string>): void {
  const popular = new Map<string, string | null>();
  for (const key of [...canonical.keys()]) {
    const named = NAMED_DESIGNATOR.exec(key);
    if (!named) continue;
    const model = canonical.get(named[1] as string);
    if (model === undefined) continue;
    canonical.set(key, model);
    const word = (named[2] as string).split(" ")[0] as string;
    const seen = popular.get(word);
    popular.set(word, seen === undefined || seen === model ? model : null);
  }
  for (const [word, model] of popular) if (model && canonical.has(word)) canonical.set(word, model);
}

/**
 * The family's name in a name made of one word and capitalised class words after it ("Dornier"
 * of "Dornier Reconnaissance Aircraft"); null for any other name.
 */
function classedFamily(name: string): string | null {
  const words = name.split(" ");
  if (words.length < 2) return null;
  const rest = words.slice(1).map((w) => w.toLowerCase());
  const head = rest[rest.length - 1] as string;
  if (!WORDS.weaponHeads.has(head.replace(/s$/u, "")) && !WORDS.weaponHeads.has(head)) return null;
  return rest.every((w) => WORDS.weaponModifiers.has(w) || WORDS.weaponHeads.has(w.replace(/s$/u, "")))
    ? (words[0] as string)
    : null;
}

/** Renames bare family mentions to the family's only model named in the document. */
export function resolveWeaponFamilies(state: DocState): void {
  const weapons = concatLists(state.mentions).filter(
    (m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon",
  );
  const names = new Set(weapons.map((m) => m.name));
  const target = new Map<string, string>();
  for (const family of names) {
    const models = [...names].filter((n) => isModelOf(n, family));
    if (models.length === 1) target.set(family, models[0] as string);
    // "Dornier Reconnaissance Aircraft" beside "Dornier 228": a family's name and class words only.
    const classed = classedFamily(family);
    if (classed === null) continue;
    const named = [...names].filter(
      (n) =>
        n !== family && (isModelOf(n, classed) || (n.startsWith(`${classed} `) && classedFamily(n) === null)),
    );
    if (named.length === 1) target.set(family, named[0] as string);
  }
  if (target.size === 0) return;
  const rename = (m: Mention): void => {
    const model = target.get(m.name);
    if (model !== undefined) m.name = model;
  };
  weapons.forEach(rename);
}

/** Runs after relations: drops generic weapon mentions (and so their facts) unless asked to keep them. */
export const genericWeaponsStage: Stage = {
  name: "5-generic-weapons",
  run(state: DocState): void {
    if (state.options.genericWeapons) return;
    state.mentions = mapPacked(state.mentions, (list) => list.filter((m) => m.kind !== "generic-weapon"));
  },
};
