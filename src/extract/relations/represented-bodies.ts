/**
 * Bodies a person acts for or leads, told by a preposition rather than a title: "On behalf of the
 * Government of India, General X presented …" and "X, on behalf of the Kenyan government, handed
 * over …" (the person speaks or acts for the country or body), and "the Libya National Army (LNA)
 * of Gen Khalifa Haftar" (a body "of" a person is the person's: led by them).
 */
import { type SentenceIndex, actorOf } from "../chunks.ts";
import { UPPER_FIRST } from "../letters.ts";
import type { Mention, Token } from "../types.ts";
import { isRankAt, isTitleWord, isVerbOrAux } from "../words.ts";
import type { Emit } from "./shared.ts";

/** Most title words, ranks and names between the comma after "on behalf of X" and the person. */
const SUBJECT_REACH = 6;

/** Applies both rules to one sentence. */
export function representedBodyRules(ix: SentenceIndex, emit: Emit): void {
  onBehalfRule(ix, emit);
  bodyOfPersonRule(ix, emit);
}

/**
 * The country or organization named right after "on behalf of (the)" at `k` ("the Government of
 * India", "the Kenyan government": a country's government is the country), with the index after
 * the phrase, else null.
 */
function behalfOf(ix: SentenceIndex, k: number): { body: Mention; end: number } | null {
  const tokens = ix.sentence.tokens;
  if (tokens[k]?.lower !== "on" || tokens[k + 1]?.lower !== "behalf" || tokens[k + 2]?.lower !== "of")
    return null;
  let j = k + 3;
  if (tokens[j]?.lower === "the") j++;
  if (!ix.cover[j] && ix.words.governmentNouns.has(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "of")
    j += 2;
  const m = ix.cover[j];
  if (!m || m.first !== j || m.kind === "pronoun" || m.kind === "role") return null;
  const actor = actorOf(m);
  if (actor.type !== "Country" && actor.type !== "Organization") return null;
  const end =
    actor.type === "Country" && ix.words.governmentNouns.has(tokens[m.last]?.lower ?? "")
      ? m.last + 1
      : m.last;
  return { body: m, end };
}

/**
 * "On behalf of X, General Y presented …": the phrase opens the sentence and its comma is followed,
 * past title words, ranks and capitalised words, by a person, the subject; "Y, on behalf of X,":
 * the phrase set off by commas right after a person's name.
 */
function onBehalfRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.lower !== "on") continue;
    const behalf = behalfOf(ix, k);
    if (!behalf) continue;
    const body = behalf.body;
    const close = tokens[behalf.end]?.text === "," ? behalf.end : -1;
    let person: Mention | null = null;
    if (k === 0 && close > 0) person = subjectAfter(ix, close + 1);
    else if (tokens[k - 1]?.text === "," && (close > 0 || behalf.end === tokens.length - 1)) {
      const before = ix.cover[k - 2];
      if (before?.type === "Person" && before.last === k - 1 && before.kind !== "role") person = before;
    }
    if (person && person.name !== actorOf(body).name)
      emit(person.name, "affiliated_with", actorOf(body).name, "on behalf of", "on-behalf-of", "asserted");
  }
}

/** The person that opens the clause at `k`, past title words, ranks and capitalised words, else null. */
function subjectAfter(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  for (let j = k; j < k + SUBJECT_REACH && j < tokens.length; j++) {
    const m = ix.cover[j];
    if (m?.type === "Person" && m.first === j) return m.kind === "pronoun" ? null : m;
    const t = tokens[j] as Token;
    if (m) {
      j = m.last - 1;
      continue;
    }
    if (isVerbOrAux(t) || !(isRankAt(tokens, j) || isTitleWord(t.lower) || UPPER_FIRST.test(t.text)))
      return null;
  }
  return null;
}

/**
 * "the Libya National Army (LNA) of Gen Khalifa Haftar": an organization, its acronym in brackets
 * if any, "of", ranks, and a person: the body is the person's.
 */
function bodyOfPersonRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    let k = p.first - 1;
    while (k > 0 && !ix.cover[k] && isRankAt(tokens, k) && UPPER_FIRST.test(tokens[k]?.text ?? ".")) k--;
    if (tokens[k]?.lower !== "of") continue;
    k--;
    // "(LNA)": the body's acronym in brackets before "of".
    if (tokens[k]?.text === ")" && tokens[k - 2]?.text === "(") k -= 3;
    const body = ix.cover[k];
    if (!body || body.last !== k + 1 || body.type !== "Organization" || body.kind === "pronoun") continue;
    emit(p.name, "affiliated_with", body.name, "of", "body-of-person", "asserted");
  }
}
