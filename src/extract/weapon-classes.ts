/**
 * Weapon classes named by common words, for the entity stage: a run of weapon modifiers and a
 * weapon head, with a calibre before them ("anti-tank missiles", "155mm howitzers", "guided-missile
 * stealth frigates", "rocket launchers, anti-tank missiles": one mention per class of a list), as a
 * WeaponSystem named by its words (lexicon/weapons.json synonyms), or a generic weapon ("drones")
 * that only the genericWeapons option keeps. Moved from 3-entities.ts, which calls
 * matchWeaponClass at every token no listed name covers.
 */
import { makeMention } from "./make-mention.ts";
import { CAPITALISED_START } from "./letters.ts";
import { WEAPON_PART_NOUNS, WEAPON_PERSON_PHRASES } from "./lexicon/weapons.ts";
import type { Mention, Sentence, Token } from "./types.ts";
import { FINAL_S, WORDS, acronymInBrackets, compoundAt, isCapitalised, singular } from "./words.ts";

const PART_NOUNS = new Set(WEAPON_PART_NOUNS);
const PERSON_PHRASES = new Set(WEAPON_PERSON_PHRASES);

/** The answer of a token that opens no weapon class (most tokens): one shared empty list. */
const NO_MENTIONS: readonly Mention[] = [];

/** A calibre opening a weapon's class ("155", "155mm"). */
const CALIBRE_START = /^\d{2,3}(?:mm)?$/u;

/** A calibre's number before "mm". */
const CALIBRE_NUMBER = /^\d{2,3}$/u;

/** A calibre written with its unit ("155mm"). */
const CALIBRE_MM = /^\d{2,3}mm$/u;

/**
 * The weapon classes whose phrase starts at token `i` (none when the token opens none, or when the
 * words are inside a capitalised name, name a part or a person, or lack a head), one per class of a
 * list that shares the head ("anti-ship and anti-aircraft missiles").
 */
export function matchWeaponClass(sentence: Sentence, i: number, covered: Uint8Array): readonly Mention[] {
  const tokens = sentence.tokens;
  const lower = (tokens[i] as Token).lower;
  const c = lower.charCodeAt(0);
  // The tokenizer may keep a hyphenated modifier whole ("anti-tank"): its first part opens the phrase.
  const hyphen = lower.indexOf("-");
  const start = hyphen > 0 ? lower.slice(0, hyphen) : lower;
  if (!WORDS.weaponStarts.has(start) && !(c >= 48 && c <= 57 && CALIBRE_START.test(lower)))
    return NO_MENTIONS;
  let k = i;
  let calibre = "";
  const t0 = tokens[i] as Token;
  if (CALIBRE_NUMBER.test(t0.text) && tokens[i + 1]?.lower === "mm") {
    calibre = `${t0.text}mm`;
    k = i + 2;
  } else if (CALIBRE_MM.test(t0.lower)) {
    calibre = t0.lower;
    k = i + 1;
  }
  const words: { word: string; group: number }[] = [];
  let group = 0;
  let head = "";
  let headEnd = -1;
  let headIndex = -1;
  let headWords = 0;
  while (k < tokens.length && !covered[k]) {
    const c = compoundAt(tokens, k);
    const word = c.text;
    const sing = singular(word);
    const isHead = WORDS.weaponHeads.has(sing) && (tokens[k] as Token).pos !== "VERB";
    // "guided-missile stealth frigates": a compound of weapon words modifies the head.
    const isMod =
      WORDS.weaponModifiers.has(word) ||
      (c.end > k + 1 &&
        !isHead &&
        word.split("-").every((p) => WORDS.weaponModifiers.has(p) || WORDS.weaponHeads.has(p)));
    if (isMod || isHead) {
      words.push({ word, group });
      if (isHead) {
        head = sing;
        headEnd = c.end;
        headIndex = k;
        headWords = words.length;
      }
      k = c.end;
      continue;
    }
    // "rocket launchers, anti-tank missiles": a phrase that already has its head is complete.
    if (
      (word === "and" || word === "or" || word === ",") &&
      words.length > 0 &&
      tokens[k + 1] &&
      !(headWords > 0 && (words[headWords - 1] as { group: number }).group === group)
    ) {
      const next = compoundAt(tokens, k + 1).text;
      if (WORDS.weaponModifiers.has(next) && !WORDS.weaponHeads.has(singular(next))) {
        group++;
        k++;
        continue;
      }
    }
    break;
  }
  if (headEnd < 0) return NO_MENTIONS;
  // "12th Unmanned Aerial Vehicles Base", "Air Defense Missile Brigade": capitalised class words
  // before a place's or a body's head are inside that name.
  const after = tokens[headEnd];
  if (
    isCapitalised(t0.text) &&
    after &&
    isCapitalised(after.text) &&
    (WORDS.placeHeads.has(after.lower) || WORDS.orgHeads.has(after.lower))
  )
    return NO_MENTIONS;
  // "rocket components", "drone engines": a part or an industry, not the weapon itself.
  if (PART_NOUNS.has(tokens[headEnd]?.lower ?? "")) return NO_MENTIONS;
  // "a suicide bomber on a motorcycle": a person, not a weapon (lexicon/weapons.json personPhrases).
  if (
    PERSON_PHRASES.has(
      words
        .map((w) => w.word)
        .join(" ")
        .replace(FINAL_S, ""),
    )
  )
    return NO_MENTIONS;
  const headToken = tokens[headIndex] as Token;
  if (isCapitalised(headToken.text) && !calibre && headIndex === i && i > 0) return NO_MENTIONS;
  // "the Littoral Combat Ship": capitalised class words after a capitalised word are inside a name.
  const before = tokens[i - 1];
  if (
    isCapitalised(t0.text) &&
    isCapitalised(headToken.text) &&
    before &&
    !covered[i - 1] &&
    CAPITALISED_START.test(before.text)
  )
    return NO_MENTIONS;
  // "National Advanced Surface-to-Air Missile System (NASAMS)": so are they after a hyphen, in a
  // long form before its acronym.
  if (
    isCapitalised(t0.text) &&
    isCapitalised(headToken.text) &&
    before?.text === "-" &&
    !t0.space &&
    acronymInBrackets(tokens, headIndex + 1)
  )
    return NO_MENTIONS;
  const used = words.slice(0, headWords - 1);
  const lastGroup = words[headWords - 1]?.group ?? 0;
  const classes: string[][] = [];
  for (let g = 0; g <= lastGroup; g++) classes.push(used.filter((w) => w.group === g).map((w) => w.word));
  const out: Mention[] = [];
  for (const mods of classes) {
    const name = weaponName(calibre, mods, head);
    if (!name) continue;
    out.push(
      makeMention(
        sentence,
        i,
        headEnd,
        name.name,
        "WeaponSystem",
        name.generic ? "generic-weapon" : "weapon",
        name.generic ? "weapon-generic" : "weapon-class",
      ),
    );
  }
  return out;
}

/** The name of a class of `mods` and `head` after `calibre`, and whether it is generic ("drones"), or null when it names none. */
function weaponName(
  calibre: string,
  mods: string[],
  head: string,
): { name: string; generic: boolean } | null {
  const strong = mods.filter((m) => !WORDS.weakModifiers.has(m)).length;
  const specific = calibre !== "" || strong > 0 || mods.length >= 2;
  if (!specific) {
    if (mods.length === 1 && !WORDS.genericWeapons.has(head)) {
      const two = `${mods[0]} ${head}`;
      if (WORDS.genericWeapons.has(two)) return { name: WORDS.weaponSynonyms.get(two) ?? two, generic: true };
    }
    if (!WORDS.genericWeapons.has(head)) return null;
    return { name: WORDS.weaponSynonyms.get(head) ?? head, generic: true };
  }
  const raw = [calibre, ...mods, head].filter(Boolean).join(" ");
  return { name: WORDS.weaponSynonyms.get(raw) ?? raw, generic: false };
}
