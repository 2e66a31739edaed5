/**
 * Acronyms told before their name: "the FACA [Central African Armed Forces]", "PCG (Philippine
 * Coast Guard)". Writers use this order for a body whose acronym spells its name in another
 * language; stage 4 reads "Name (ACR)" itself (resolveAcronyms) and this the other way round.
 */
import type { Mention, Sentence, Token } from "./types.ts";

/** An acronym told before its name in brackets: two to seven capitals ("ELN", "FARDC"). */
const LEADING_ACRONYM = /^\p{Lu}{2,7}$/u;
/** Any capital letter. */
const CAPITAL = /\p{Lu}/gu;
/** Least share of an acronym's letters that initials of its bracketed name spell, in any order. */
const MIN_SPELLED_SHARE = 2 / 3;
/** Most capitalised words inside the bracket before a body's mention ("Central African" Armed Forces). */
const MAX_WORDS_BEFORE = 2;
/** A capitalised word. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** Closing bracket of each opening one. */
const CLOSING: Readonly<Record<string, string>> = { "(": ")", "[": "]" };

/**
 * True when the initials of the capitalised words of `name` spell at least two thirds of the
 * letters of `acronym` in any order: a name in translation reorders its words ("ELN [National
 * Liberation Army]", "FARC [Revolutionary Armed Forces of Colombia]"), while a dateline's agency
 * after a city spells little of it ("TAIPEI (Taiwan News)").
 */
export function spellsMostLetters(name: string, acronym: string): boolean {
  const initials = name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] as string);
  let spelled = 0;
  for (const c of acronym.match(CAPITAL) ?? []) {
    const at = initials.indexOf(c);
    if (at < 0) continue;
    initials.splice(at, 1);
    spelled++;
  }
  return spelled >= acronym.length * MIN_SPELLED_SHARE;
}

/**
 * The acronym that a body's mention `m` spells out by standing alone in brackets right after it
 * ("FACA [Central African Armed Forces]", "PCG (the Philippine Coast Guard)"): the index of the
 * acronym's token, else -1. The body's name has two words or more and initials for most of the
 * acronym's letters (spellsMostLetters).
 */
export function leadingAcronymOf(sentence: Sentence, m: Mention): number {
  if (m.type !== "Organization" || m.last - m.first < 2) return -1;
  const tokens = sentence.tokens;
  // "(Philippine Coast Guard)": a demonym that qualifies a generic body's name stands before its
  // mention; capitalised words before the mention inside the bracket belong to the name.
  let open = m.first - 1;
  while (open >= m.first - MAX_WORDS_BEFORE && CAPITALISED.test(tokens[open]?.text ?? "")) open--;
  if (tokens[open]?.lower === "the") open--;
  const close = CLOSING[tokens[open]?.text ?? ""];
  if (close === undefined || tokens[m.last]?.text !== close) return -1;
  const acronym = tokens[open - 1];
  if (!acronym || !LEADING_ACRONYM.test(acronym.text)) return -1;
  const printed = tokens
    .slice(open + 1, m.last)
    .map((t) => t.text)
    .join(" ");
  return spellsMostLetters(m.name, acronym.text) || spellsMostLetters(printed, acronym.text) ? open - 1 : -1;
}

/** Most words before an acronym's bracket read for its spelled-out name ("Tube-Launched, …"). */
const MAX_SPELLED_WORDS = 6;

/**
 * "Tube-Launched, Optically-Tracked, Wire-Guided (TOW) missiles": true when the acronym at `i`
 * stands alone in round brackets after words whose initials spell most of its letters, and no
 * word of the name, from the last one with the acronym's first initial, is a body's head
 * (`bodyHeads`: "Bangladesh Air Force (BAF) aircraft", "the Armed Forces of Ukraine (AFU) tanks"
 * are bodies' acronyms). The caller reads the weapon's head noun after the closing bracket.
 */
export function acronymAfterItsName(
  tokens: readonly Token[],
  i: number,
  bodyHeads: ReadonlySet<string>,
): boolean {
  if (tokens[i - 1]?.text !== "(" || tokens[i + 1]?.text !== ")") return false;
  const before = tokens[i - 2];
  if (!before || !CAPITALISED.test(before.text) || bodyHeads.has(before.lower)) return false;
  const acronym = (tokens[i] as Token).text;
  const spelled = tokens.slice(Math.max(0, i - 1 - MAX_SPELLED_WORDS), i - 1);
  if (!spellsMostLetters(spelled.map((t) => t.text).join(" "), acronym)) return false;
  // The name from its first word ("Armed" of "Armed Forces of Ukraine (AFU)") holds no body's head.
  const initial = acronym[0];
  const first = spelled.findLastIndex((t) => CAPITALISED.test(t.text) && t.text[0] === initial);
  return !spelled.slice(Math.max(0, first)).some((t) => bodyHeads.has(t.lower));
}
