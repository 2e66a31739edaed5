/**
 * A statement speaks for its author (coreference, stage 4b).
 *
 * "The Russian Foreign Ministry said in a Thursday statement. … “…,” the statement said." and
 * "Moscow's statement …. The statement added that …": a bare "the statement" (lexicon
 * statementNouns) that speaks (the subject of a verb of saying or judging, or after "according
 * to") stands for the author of the statement the document told last, within a few sentences.
 * A statement is told with its author when the author's name stands before its noun ("the
 * ministry's statement", "a Defence Ministry statement"), after it ("a statement by/from X"), or
 * as the subject of the verb that carries it ("X said in a statement", "In a statement, X said",
 * "X issued a statement"). The description becomes a role mention of the author, its antecedent
 * the author's mention, so the relation rules read the author as the speaker. Precision first: a
 * statement told last without one author ("a joint statement", no actor found) leaves a later
 * "the statement" unresolved.
 */
import { makeMention } from "./make-mention.ts";
import { SAY_VERBS, STATEMENT_ISSUE_VERBS, STATEMENT_NOUNS } from "./lexicon/coreference.ts";
import { SPEAKER_VERBS } from "./lexicon/triggers.ts";
import type { Antecedent, DocState, Mention, Token } from "./types.ts";
import { VERB_GROUP_FILLER } from "./words.ts";

const NOUNS = new Set(STATEMENT_NOUNS);
/** Verbs that carry a statement in their clause: the say verbs and "issue", "release" (lexicon). */
const CARRIERS = new Set([...SAY_VERBS, ...STATEMENT_ISSUE_VERBS]);
/** Verbs by which a statement speaks: the say verbs, the judging verbs of the frames and "read". */
const SPEAKS = new Set([...SAY_VERBS, ...SPEAKER_VERBS, "read"]);
/** How many sentences after its statement a bare "the statement" may stand. */
const STATEMENT_REACH = 5;
/** Most words between a carrying verb and the statement's noun ("said in its Thursday statement"). */
const CARRIER_REACH = 5;
/** Words of a statement's noun phrase that make it have more than one author. */
const SHARED = new Set(["joint", "common", "same"]);

/** A named person, body or country (no demonym): who may author a statement or a remark. */
export function authorActor(m: Mention): boolean {
  return m.kind !== "demonym" && (m.type === "Person" || m.type === "Organization" || m.type === "Country");
}

/**
 * The actor whose mention ends right before token `v`, past auxiliaries and adverbs; none when it
 * is the last of a coordination ("Egypt and Jordan said in a statement").
 */
function subjectBefore(tokens: readonly Token[], list: readonly Mention[], v: number): Mention | undefined {
  let k = v - 1;
  while (k >= 0 && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k--;
  const m = list.find((x) => x.last === k + 1 && authorActor(x));
  return m && /^(?:and|or|&)$/u.test(tokens[m.first - 1]?.lower ?? "") ? undefined : m;
}

/** The verb of saying or issuing whose clause carries the statement noun at `k`, or -1. */
function carrierOf(tokens: readonly Token[], k: number): number {
  // "X said in a statement", "X issued a statement": the verb a few words before.
  for (let v = k - 1; v >= Math.max(0, k - CARRIER_REACH); v--) {
    const w = tokens[v] as Token;
    if (w.pos === "VERB") return CARRIERS.has(w.lemma) ? v : -1;
    if (w.text === "," || w.pos === "PUNCT") break;
  }
  // "In a statement (on Sunday), X said": a sentence-opening phrase, then the clause's verb.
  if (tokens[0]?.lower !== "in") return -1;
  let c = k + 1;
  while (c < tokens.length && (tokens[c] as Token).text !== ",") {
    if ((tokens[c] as Token).pos === "VERB") return -1;
    c++;
  }
  for (let v = c + 1; v < tokens.length; v++) {
    const w = tokens[v] as Token;
    if (w.pos === "VERB") return CARRIERS.has(w.lemma) ? v : -1;
  }
  return -1;
}

/** The author a statement noun at `k` is told with, or null (none, or more than one). */
function authorAt(tokens: readonly Token[], list: readonly Mention[], k: number): Mention | null {
  for (let j = Math.max(0, k - 3); j < k; j++) if (SHARED.has((tokens[j] as Token).lower)) return null;
  // "the ministry's statement", "a Defence Ministry statement".
  const p = tokens[k - 1]?.key === "'s" ? k - 1 : k;
  const before = list.find((m) => m.last === p && authorActor(m));
  if (before) return before;
  // "a statement by the ministry", "a statement from Beijing".
  if (/^(?:by|from)$/u.test(tokens[k + 1]?.lower ?? "")) {
    const at = tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
    const after = list.find((m) => m.first === at && authorActor(m));
    if (after) return after;
  }
  const v = carrierOf(tokens, k);
  return v >= 0 ? (subjectBefore(tokens, list, v) ?? null) : null;
}

/** True when the bare statement noun at `k` speaks: subject of a verb of saying or judging, or after "according to". */
function speaks(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 2]?.lower === "according" && tokens[k - 1]?.lower === "to") return true;
  let v = k + 1;
  while (v < tokens.length && VERB_GROUP_FILLER.test((tokens[v] as Token).pos)) v++;
  const w = tokens[v];
  return w !== undefined && w.pos === "VERB" && SPEAKS.has(w.lemma);
}

/**
 * Resolves each bare "the statement" that speaks to the author of the statement told last (see the
 * header): adds a role mention of the author over the noun, with the author's mention as antecedent.
 */
export function resolveStatementAuthors(state: DocState, antecedentOf: (m: Mention) => Antecedent): void {
  /** The statement told last: its sentence and author (null: told without one author). */
  let last: { sentence: number; author: Mention | null } | null = null;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (!NOUNS.has(w.lower) || list.some((m) => m.first <= k && m.last > k)) continue;
      const bare =
        (tokens[k - 1] as Token).lower === "the" && !/^(?:by|from|of)$/u.test(tokens[k + 1]?.lower ?? "");
      if (!bare) {
        last = { sentence: sentence.index, author: authorAt(tokens, list, k) };
        continue;
      }
      if (!last || sentence.index - last.sentence > STATEMENT_REACH || !speaks(tokens, k)) continue;
      const author = last.author;
      if (!author) continue;
      const m = makeMention(sentence, k, k + 1, author.name, author.type, "role", "statement-author");
      if (author.country !== undefined) m.country = author.country;
      m.antecedent = antecedentOf(author);
      list.push(m);
    }
  }
}
