/**
 * Plural subjects that stand for two people named before ("A and B arrived in Tbilisi, where they
 * held meetings with C"; "The two ministers were received by C"): stage 4b records each such
 * group on its sentence with the people it was resolved to, a meeting rule reads the group as each
 * of its members beside the partner its clause names (A met C, B met C), and the pair is not made
 * to meet each other by a clause that names a partner of theirs. The facts keep the group's words
 * and each member's introducing mention as provenance.
 */
import type { ChunkHead, SentenceIndex } from "./chunks.ts";
import type { Subject } from "./clause.ts";
import { VERB_GROUP_FILLER, isCapitalised, isTitleWord } from "./words.ts";
import type { Antecedent, Fact, GroupReference, Mention, Resolution, Sentence, Token } from "./types.ts";

/** Records on `sentence` that its tokens [first, last) stand for `members` (stage 4b). */
export function recordGroup(
  sentence: Sentence,
  first: number,
  last: number,
  members: readonly Mention[],
  antecedentOf: (m: Mention) => Antecedent,
): void {
  const text = sentence.tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(" ");
  const group: GroupReference = {
    first,
    last,
    text,
    members: members.map((m) => ({ name: m.name, mention: m, antecedent: antecedentOf(m) })),
  };
  (sentence.groups ??= []).push(group);
}

/**
 * True when the meeting phrase ending at `from` has a partner in its clause: a person, country or
 * body as its object ("they met C") or after "with" or "by" ("held talks with C", "were received
 * by C"), past the title words and modifiers of its phrase. Its members then met that partner,
 * not each other. A name elsewhere in the clause is none ("met in Brasilia after President C's
 * inauguration"). The clause runs to the next comma, semicolon or full stop.
 */
export function partnerInClause(tokens: Token[], mentions: readonly Mention[], from: number): boolean {
  let stop = tokens.length;
  for (let k = from; k < tokens.length; k++)
    if (/^[,;.]$/u.test((tokens[k] as Token).text)) {
      stop = k;
      break;
    }
  return mentions.some((m) => {
    if (m.first < from || m.first >= stop || m.kind === "pronoun" || m.kind === "demonym") return false;
    if (m.type !== "Person" && m.type !== "Country" && m.type !== "Organization") return false;
    if (/^['’]s?$/u.test(tokens[m.last]?.text ?? "")) return false;
    let k = m.first - 1;
    while (k >= from && phraseWord(tokens[k] as Token)) k--;
    return k < from || /^(?:with|by)$/u.test(tokens[k]?.lower ?? "");
  });
}

/** A word of a partner's phrase before its name: an article, a modifier, a title or a capitalised word ("the Georgian Prime Minister"). */
function phraseWord(w: Token): boolean {
  return /^(?:DET|ADJ|PROPN)$/u.test(w.pos) || isTitleWord(w.lower) || isCapitalised(w.text);
}

/**
 * The group a verb's subject is ("they" in "where they were received by C"), or null: the
 * recorded group whose last word the subject's chunk holds, or that ends right before the verb
 * group when no chunk stands there; a description ("the two ministers") only with a noun of the
 * lexicon's pairNouns, as the same sentence's pair anaphor (clause.ts).
 */
export function subjectGroup(ix: SentenceIndex, subject: Subject, t: number): GroupReference | null {
  const groups = ix.sentence.groups;
  if (!groups || subject.heads.length > 0) return null;
  const tokens = ix.sentence.tokens;
  const chunk = subject.chunk;
  for (const g of groups) {
    if (g.last > t) continue;
    // "the two ministers": a description's noun must be one of the lexicon's pairNouns ("they" stands alone).
    if (g.last - g.first > 1 && !ix.words.pairNouns.has((tokens[g.last - 1] as Token).lower)) continue;
    if (chunk) {
      if (chunk.first <= g.last - 1 && chunk.last >= g.last - 1) return g;
      continue;
    }
    // "They were later received by C": only the verb group's auxiliaries and adverbs between.
    let k = g.last;
    while (k < t && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k++;
    if (k === t) return g;
  }
  return null;
}

/** The heads a group subject gives a meeting verb: one per member. */
export function groupHeads(group: GroupReference): ChunkHead[] {
  return group.members.map((m) => ({ mention: m.mention, name: m.name, unnamed: false }));
}

/**
 * The group resolutions of a sentence that stand for one of a fact's ends the sentence does not
 * name: "they" → each member, with the mention that introduced it.
 */
export function groupResolutions(fact: Fact, sentence: Sentence, named: ReadonlySet<string>): Resolution[] {
  const out: Resolution[] = [];
  for (const g of sentence.groups ?? [])
    for (const m of g.members)
      if ((m.name === fact.source || m.name === fact.target) && !named.has(m.name))
        out.push({ text: g.text, name: m.name, antecedent: m.antecedent });
  return out;
}
