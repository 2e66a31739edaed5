/**
 * A person's name glued to a body's name in one run of capitalised words: "the Ministry of Defense
 * Lt. Gen. Bakhyt Nurlanov", "the Foreign Ministry Olusegun Adeyemi said", "the Office of His
 * Majesty Tariq Haddad". Finds where the person starts, so that the body and the person are two
 * mentions, for names no list knows: the cue is the shape of the run's tail and what follows it.
 */
import { DATE_WORDS } from "./lexicon/dates.ts";
import { SERVICE_HEADS } from "./lexicon/organizations.ts";
import { NAME_WORDS as TEXT_WORDS } from "./lexicon/text.ts";
import { MILITARY_RANKS, RANK_OPENING_MODIFIERS } from "./lexicon/titles.ts";
import type { Token } from "./types.ts";
import {
  FINAL_STOP,
  TITLE_HEAD,
  WORDS,
  isCapitalised,
  isRankAt,
  isTitleOrHonorific,
  isTitleWord,
  titleClass,
} from "./words.ts";

/** Most words of a personal name read after a body's name (particles not counted). */
const MAX_NAME_WORDS = 4;
/** Fewest name words that a name shape alone (no rank, no known given name) must have. */
const MIN_SHAPE_WORDS = 2;
/** Most name words that a name shape alone may have. */
const MAX_SHAPE_WORDS = 3;

/** A personal name's word: a capital, then lower-case letters, apostrophes or inner hyphens ("Al-Mutairi"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'\u2019]+(?:-\p{Lu}?[\p{Ll}'\u2019]+)*$/u;
/** "al-Ansari" as one token: a lower-case particle hyphenated to a capitalised name. */
const PARTICLE_GLUED = /^(?:al|el|ad|ar|as|at|ash|az|bin|ibn)-\p{Lu}\p{Ll}+$/u;
/** Endings of abstract common nouns, never of a personal name ("Relations", "Procurement"). */
const COMMON_NOUN_ENDING = /(?:tions?|sions?|ments?|ness|ity|ities|ances?|ences?|ships?|ing)$/u;

const CALENDAR = new Set([...DATE_WORDS.weekdays, ...DATE_WORDS.months.flat()].map((w) => w.toLowerCase()));
const PARTICLES = new Set(TEXT_WORDS.nameParticles);
/** Head words of armed and police services ("Army", "Forces"; lexicon organizations.json serviceHeads). */
const SERVICE_WORDS = new Set(SERVICE_HEADS);
/** Military ranks and the modifiers that open them ("Senior Colonel", "Rear Admiral"; lexicon/titles.json). */
const RANK_WORDS = new Set([...MILITARY_RANKS, ...RANK_OPENING_MODIFIERS]);

/**
 * True when a token is a rank or honorific worn before a name ("Lt.", "Gen.", "Senior", "Colonel",
 * "Dr", "Sir") or a rank's stray stop; not an office's head ("Secretary", "Minister"), which with
 * the body before it makes a title ("National Intelligence Secretary X", read elsewhere), nor a
 * portfolio's word ("Defence", "National"), which ends the body's name.
 */
function rankAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.text === "." || (t.text === "-" && isRankAt(tokens, k))) return true;
  const w = t.lower.replace(FINAL_STOP, "");
  return RANK_WORDS.has(w) || (WORDS.honorifics.has(w) && (titleClass(w) & TITLE_HEAD) === 0);
}

/**
 * A verb that follows persons ("said", "met", "told"; lexicon personVerbsAfter). (Not a comma: "the
 * Naval Center San Borja, in Lima" ends a place's name there.)
 */
function personCueAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && WORDS.personVerbsAfter.has(t.lower);
}

/** True when a token may be a word of a personal name: a name's shape, and no word a list gives another role. */
function nameWord(t: Token): boolean {
  if (PARTICLE_GLUED.test(t.text)) return true;
  if (!NAME_WORD.test(t.text)) return false;
  const w = t.lower;
  if (WORDS.orgHeads.has(w) || isTitleOrHonorific(w) || WORDS.placeHeads.has(w)) return false;
  if (WORDS.nonName.has(w) || CALENDAR.has(w) || WORDS.events.has(w) || WORDS.regionModifiers.has(w))
    return false;
  if (WORDS.demonymWords.has(t.text) || WORDS.weaponHeads.has(w)) return false;
  return !COMMON_NOUN_ENDING.test(w);
}

/** True for a known given name (the project's lists or the international one). */
function givenName(t: Token): boolean {
  return WORDS.givenNames.has(t.text) || WORDS.worldGivenNames.has(t.text);
}

/** How a run's tail reads: no person's name, a name after ranks, or a name cued by its own words. */
const enum Tail {
  None,
  Ranked,
  Named,
}

/**
 * How [at, last) reads as a person's name: ranks or titles (with their stops), then one to
 * four name words (particles between them), and a cue that it is a person: a rank or title before
 * it, a known given name opening it (two words at least), or two or three name words before a
 * verb of persons.
 */
function personTail(tokens: readonly Token[], at: number, last: number): Tail {
  let j = at;
  let ranks = 0;
  while (j < last && rankAt(tokens, j)) {
    if ((tokens[j] as Token).text !== ".") ranks++;
    j++;
  }
  if (j >= last) return Tail.None;
  let words = 0;
  for (let k = j; k < last; k++) {
    const t = tokens[k] as Token;
    if (k > j && (PARTICLES.has(t.lower) || t.text === "-")) continue;
    if (!nameWord(t)) return Tail.None;
    words++;
  }
  if (words === 0 || words > MAX_NAME_WORDS) return Tail.None;
  if (ranks > 0) return Tail.Ranked;
  if (words >= MIN_SHAPE_WORDS && givenName(tokens[j] as Token)) return Tail.Named;
  const cued = words >= MIN_SHAPE_WORDS && words <= MAX_SHAPE_WORDS && personCueAt(tokens, last);
  return cued ? Tail.Named : Tail.None;
}

/**
 * True when the words [first, k) are all service or title words ("Army", "Air Force", "Naval"):
 * before a rank they are part of it ("Army General Kemal Aydin", "Air Force Gen. X"), no body's name.
 */
function serviceWordsOnly(tokens: readonly Token[], first: number, k: number): boolean {
  for (let j = first; j < k; j++) {
    const w = (tokens[j] as Token).lower;
    if (!SERVICE_WORDS.has(w) && !isTitleWord(w)) return false;
  }
  return true;
}

/**
 * Where a person's name starts after a body's name in the run [first, last), else `last`. The
 * words before it must hold the body's head (`bodyBefore(k)`) and end with a capitalised word that
 * is no title's head (after "the Office of the Prime Minister" a name is the minister's, read elsewhere).
 * Service words alone before ranks are part of the rank ("Army General X"), no body.
 */
export function personAfterBodyName(
  tokens: readonly Token[],
  first: number,
  last: number,
  bodyBefore: (k: number) => boolean,
): number {
  for (let k = first + 1; k < last; k++) {
    const end = tokens[k - 1] as Token;
    if (!isCapitalised(end.text) || (titleClass(end.lower.replace(FINAL_STOP, "")) & TITLE_HEAD) !== 0)
      continue;
    if (WORDS.honorifics.has(end.lower.replace(FINAL_STOP, ""))) continue;
    if (!isCapitalised((tokens[k] as Token).text)) continue;
    const tail = personTail(tokens, k, last);
    if (tail === Tail.None || !bodyBefore(k)) continue;
    if (tail === Tail.Ranked && serviceWordsOnly(tokens, first, k)) continue;
    return k;
  }
  return last;
}
