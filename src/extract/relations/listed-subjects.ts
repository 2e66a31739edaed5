/**
 * Comma-listed subjects of a meeting: "Field Marshal A, General B, the late Chief of Defense Forces of
 * Kenya, met in Nairobi", "Defence Minister A, her Chilean counterpart B, and Foreign Minister C met":
 * named people listed before a reciprocal verb, items set off by commas (a title appositive between
 * them), are the meeting's participants, as "A and B met" are.
 */
import type { ChunkHead, SentenceIndex } from "../chunks.ts";
import { POSSESSIVE_MARK } from "../letters.ts";
import { isCapitalised, isTitleWord } from "../words.ts";
import type { Mention, Token } from "../types.ts";

/** Tags of the words a list of titled people may hold besides names and title words. */
const LIST_TAGS = /^(?:PROPN|DET|ADJ|ADP|CCONJ|PART|NUM)$/u;
/** Tags of a verb group's words before the verb ("have also met"). */
const VERB_GROUP_TAGS = /^(?:AUX|ADV|PART)$/u;
/** The most tokens a listed subject may span before its verb. */
const LIST_REACH = 48;

/** True when token `k` may stand inside a list of titled people. */
function listToken(ix: SentenceIndex, k: number): boolean {
  const t = ix.sentence.tokens[k] as Token;
  if (ix.cover[k]) return true;
  if (t.text === "," || t.text === "." || t.text === "-" || POSSESSIVE_MARK.test(t.text)) return true;
  if (isTitleWord(t.lower)) return true;
  if (t.pos === "NOUN") return isCapitalised(t.text);
  return LIST_TAGS.test(t.pos) && t.lower !== "who" && t.lower !== "which";
}

/**
 * The named people of a comma list that is the subject of the verb at `t`, when the list holds two
 * or more of them and at least two are set off by a comma alone (the joins "A and B" already read):
 * the span from the clause's first word to the verb holds only names, titles, determiners,
 * adjectives, prepositions, commas and "and". Else empty.
 */
export function commaListedPeople(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let end = t;
  while (end > 0 && VERB_GROUP_TAGS.test(tokens[end - 1]?.pos ?? "") && !ix.cover[end - 1]) end--;
  let start = end;
  while (start > 0 && end - start < LIST_REACH && listToken(ix, start - 1)) start--;
  // An opening phrase before the list ends with a comma ("On 29 February this year, A, B … met"):
  // the list starts after the first comma when the scan stopped on a word no list holds.
  if (start > 0) {
    while (start < end && tokens[start]?.text !== ",") start++;
    start++;
  }
  if (start >= end) return [];
  const people: Mention[] = [];
  let commaJoin = false;
  let sinceLast = "";
  for (let k = start; k < end; k++) {
    const m = ix.cover[k];
    const w = tokens[k] as Token;
    // ("Putin's guest": a possessor names no item of the list.)
    const possessor = m !== null && m !== undefined && POSSESSIVE_MARK.test(tokens[m.last]?.text ?? "");
    if (m && m.first === k && m.type === "Person" && m.kind !== "pronoun" && !possessor) {
      if (people.length > 0 && sinceLast === ",") commaJoin = true;
      if (people.length > 0 && sinceLast === "") return [];
      if (!people.some((p) => p.name === m.name)) people.push(m);
      sinceLast = "";
      k = m.last - 1;
      continue;
    }
    // What joins the next name to the last: "and" wins over commas ("A, and B").
    if (people.length > 0 && w.lower === "and") sinceLast = "and";
    else if (people.length > 0 && w.text === "," && sinceLast !== "and") sinceLast = ",";
    else if (people.length > 0 && sinceLast === "") sinceLast = "word";
  }
  if (people.length < 2 || !commaJoin) return [];
  return people.map((m) => ({ mention: m, name: m.name, unnamed: false }));
}
