/**
 * Body mentions for the affiliation rules: the country or organization a phrase names from a token
 * (past an article, lower-case adjectives, a body prefix), the body a seat ("on the X Committee"),
 * a unit ("head of the Asia programme at X"), a staff title ("of staff of X") or a part-of chain
 * ("part of X") names after a title, and a title's bracketed acronym.
 */
import { type SentenceIndex, actorOf } from "../chunks.ts";
import type { Mention, Token } from "../types.ts";
import { STAFF_TITLE_TAILS, UNIT_NOUNS, FIELD_NOUNS } from "../lexicon/titles.ts";
import { isTitleWord, isVerbOrAux } from "../words.ts";

const STAFF_TAILS = new Set(STAFF_TITLE_TAILS);

/** The organization or country mention starting at token `k` (past "the"), else null. */
export function bodyAt(ix: SentenceIndex, k: number): Mention | null {
  if (ix.sentence.tokens[k]?.lower === "the" && !ix.cover[k]) k++;
  const m = bodyMentionAt(ix, k);
  if (!m) return null;
  const type = actorOf(m).type;
  return type === "Organization" || type === "Country" ? m : null;
}

/** Most lower-case adjectives read past before a body's name ("the paramilitary Rapid Support Forces"). */
const BODY_MODIFIER_REACH = 2;

/** A lower-case word of two letters or more, maybe hyphenated ("paramilitary", "so-called"). */
const LOWER_MODIFIER = /^\p{Ll}[\p{Ll}-]+$/u;

/**
 * The mention a phrase names from token `k`: one that starts there; past up to two lower-case
 * adjectives ("the paramilitary Rapid Support Forces"); and, for
 * a demonym that opens an organization's own name ("the Peruvian Army", "the Royal Thai Navy",
 * which stage 3 keeps as a demonym and a body of that country), the organization. Else null.
 */
export function bodyMentionAt(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  let j = k;
  while (
    j < k + BODY_MODIFIER_REACH &&
    !ix.cover[j] &&
    tokens[j]?.pos === "ADJ" &&
    LOWER_MODIFIER.test(tokens[j]?.text ?? "") &&
    !isTitleWord(tokens[j]?.lower ?? "")
  )
    j++;
  if (j > k && !ix.cover[j]) j = k;
  // "the Royal Thai Navy": a body prefix before the demonym belongs to the body's name.
  const prefixed = !ix.cover[j] && ix.words.bodyPrefixes.has(tokens[j]?.text ?? "") ? j + 1 : j;
  const m = ix.cover[prefixed];
  if (!m || m.first !== prefixed) return null;
  const body = m.type === "Country" && m.kind === "demonym" ? ix.cover[m.last] : null;
  if (body && body.first === m.last && body.type === "Organization" && body.country === m.name) return body;
  return prefixed === j ? m : null;
}

const UNIT_NOUN_SET = new Set(UNIT_NOUNS);
const FIELD_NOUN_SET = new Set(FIELD_NOUNS);

/** Most words of a unit's name before "at" its body ("the China and Global Security Project"). */
const UNIT_REACH = 8;

/**
 * "head of the China and Global Security Project at the SIPRI", "director of the Asia programme at
 * the Lowy Institute", "the head of Europe at RUSI": after a title's "of", words ending in a unit's
 * noun (lexicon/titles.json unitNouns) or a staff function's (fieldNouns: "Head of Protocol at X",
 * not after a minister's `title`), or a region alone, then "at" a body: that body, whom the
 * holder serves (the country or region in the unit's name is its field, not the holder's); null when
 * no body's mention follows "at"; undefined when the words are no unit at a body.
 */
export function unitAtBody(ix: SentenceIndex, k: number, title: string): Mention | null | undefined {
  const tokens = ix.sentence.tokens;
  // "Head of Protocol at X": a staff function names the unit too, not after a minister's title.
  // (Not after a title with a word of the lexicon's portfolioHolders, "Minister of Foreign Relations at
  // the UN": a portfolio's holder is of his portfolio, and the "at" is a venue.)
  const lowerTitle = title.toLowerCase();
  let fields = true;
  for (const w of ix.words.portfolioHolders)
    if (lowerTitle.includes(w)) {
      fields = false;
      break;
    }
  let j = k;
  let unit = false;
  for (; j < k + UNIT_REACH && j < tokens.length && tokens[j]?.lower !== "at"; j++) {
    const m = ix.cover[j];
    if (m) {
      if (m.type === "Person" || m.type === "Organization" || m.type === "WeaponSystem") return undefined;
      // "head of Europe at RUSI": a region alone is the unit.
      unit = m.type === "Location" && m.first === k && tokens[m.last]?.lower === "at";
      j = m.last - 1;
      continue;
    }
    const t = tokens[j] as Token;
    if (/^[,.;:(]$/u.test(t.text) || isVerbOrAux(t)) return undefined;
    unit = UNIT_NOUN_SET.has(t.lower) || (fields && FIELD_NOUN_SET.has(t.lower));
  }
  if (!unit || tokens[j]?.lower !== "at") return undefined;
  const at = tokens[j + 1]?.lower === "the" && !ix.cover[j + 1] ? j + 2 : j + 1;
  const body = bodyMentionAt(ix, at);
  return body?.type === "Organization" ? body : null;
}

/**
 * "on the National Assembly Intelligence Committee" at `k`, closed by punctuation: the
 * organization a seat is held on, else null.
 */
export function seatBody(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  if (tokens[k]?.lower !== "on") return null;
  const body = bodyAt(ix, k + 1);
  if (!body || body.type !== "Organization" || !/^[,.;]$/u.test(tokens[body.last]?.text ?? ".")) return null;
  return body;
}

/** True when an acronym of two to six capitals in brackets, no entity's, opens at `k` ("(COAS)"). */
export function titleAcronym(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  return (
    tokens[k]?.text === "(" &&
    /^[A-Z]{2,6}$/u.test(tokens[k + 1]?.text ?? "") &&
    tokens[k + 2]?.text === ")" &&
    !ix.cover[k + 1]
  );
}

/** True when an organization's name ends with a staff's word ("General Staff", lexicon staffTitleTails). */
export function isStaff(m: Mention): boolean {
  return (
    m.type === "Organization" && STAFF_TAILS.has(m.name.slice(m.name.lastIndexOf(" ") + 1).toLowerCase())
  );
}

/** "the Kyrgyz Armed Forces General Staff": a staff named right after an organization, else null. */
export function staffAfter(ix: SentenceIndex, m: Mention): Mention | null {
  const staff = ix.cover[m.last];
  return m.type === "Organization" && staff?.first === m.last && isStaff(staff) ? staff : null;
}

/** The organization or country named by "of (the)" at `j`, else null. */
export function parentAfterOf(ix: SentenceIndex, j: number): Mention | null {
  const tokens = ix.sentence.tokens;
  if (tokens[j]?.lower !== "of") return null;
  let w = j + 1;
  if (tokens[w]?.lower === "the" && !ix.cover[w]) w++;
  const m = bodyMentionAt(ix, w);
  // "of the Chinese People's Liberation Army": a demonym before a body's name is the body's.
  const body = m?.kind === "demonym" ? ix.cover[m.last] : null;
  if (body && body.first === m?.last && body.type === "Organization") return body;
  return m && (m.type === "Organization" || m.type === "Country") ? m : null;
}
