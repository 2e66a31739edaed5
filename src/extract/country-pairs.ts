/**
 * Pairs of countries: the two countries a sentence names together around an assessment's target,
 * either as a pair with ties ("Pakistan and Nigeria are enjoying historical ties", "the Vietnam-India
 * defence cooperation") or as one subject joined by "and" ("the United States and Australia are …").
 * Used by stage 5c to tell a report on two sides' own relations from a judgement of a third party.
 */
import type { DocState, Fact, Mention } from "./types.ts";

/** Joins of two countries' names before a word of ties ("Pakistan and Nigeria", "Vietnam-India", "Vietnam's and Ukraine's"). */
const PAIR_JOINS = new Set([" and ", "-", "–", "'s and ", "’s and "]);
/** Words of relations between two parties. */
const TIE = "(?:ties|relations|relationship|cooperation|partnership|friendship)";
const TIE_WORDS = new RegExp(String.raw`\b${TIE}\b`, "u");
/** A word of ties and "between" right before a pair ("the cooperation between Vietnam's and …"). */
const TIES_BETWEEN = new RegExp(String.raw`\b${TIE}(?:\s+\w+){0,2}\s+between\s+(?:the\s+)?$`, "u");
/** Characters between a pair of countries and the word of their ties, or "between" before them. */
const TIE_REACH = 60;
/** A country's own ties with another between the two ("Hungary attaches great importance to its relations with Serbia"). */
const OWN_TIES_WITH = new RegExp(
  String.raw`^[^.;:"“”]{0,50}\bits\s+(?:[\w-]+\s+){0,3}${TIE}\s+with\s+(?:the\s+)?$`,
  "u",
);

/**
 * The two countries of a pair that holds the fact's target and that the sentence says has ties
 * ("Pakistan and Nigeria are enjoying historical ties", "the cooperation between Vietnam's and
 * Ukraine's Armies"), the target named nowhere else in the sentence, or one country's own ties
 * with the other ("Hungary attaches great importance to its relations with Serbia"); empty when
 * there is none.
 */
export function tiedPair(state: DocState, f: Fact): string[] {
  const sentence = state.sentences[f.sentence];
  if (!sentence) return [];
  const text = state.view.text;
  const countries = (state.mentions[f.sentence] ?? []).filter((m) => m.type === "Country");
  for (let i = 0; i + 1 < countries.length; i++) {
    const a = countries[i] as Mention;
    const b = countries[i + 1] as Mention;
    if (a.name !== f.target && b.name !== f.target) continue;
    if (OWN_TIES_WITH.test(text.slice(a.end, b.start))) return [a.name, b.name];
    if (!PAIR_JOINS.has(text.slice(a.end, b.start))) continue;
    // "Israel agrees … the Israeli-Russian relationship": a target named outside the pair is another claim's,
    // but not in the phrase of the speaker after it ("…, the head of the Russian Defense Ministry's
    // department, X said": the speaker's own side).
    const speaker = (state.mentions[f.sentence] ?? []).find((m) => m.name === f.source && m.first > b.last);
    const inSpeaker = (m: Mention): boolean =>
      speaker !== undefined && m.first > b.last && m.last <= speaker.first;
    if (countries.filter((m) => m.name === f.target && !inSpeaker(m)).length > 1) continue;
    const after = text.slice(b.end, Math.min(sentence.end, b.end + TIE_REACH));
    const before = text.slice(Math.max(sentence.start, a.start - TIE_REACH), a.start);
    if (TIE_WORDS.test(after) || TIES_BETWEEN.test(before)) return [a.name, b.name];
  }
  return [];
}

/** The two countries joined by "and" as one subject that holds the fact's target ("the United States and Australia are …"). */
export function joinedPair(state: DocState, f: Fact): string[] {
  const text = state.view.text;
  const countries = (state.mentions[f.sentence] ?? []).filter(
    (m) => m.type === "Country" && m.kind !== "demonym",
  );
  for (let i = 0; i + 1 < countries.length; i++) {
    const a = countries[i] as Mention;
    const b = countries[i + 1] as Mention;
    if (
      (a.name === f.target || b.name === f.target) &&
      a.name !== b.name &&
      text.slice(a.end, b.start) === " and "
    )
      return [a.name, b.name];
  }
  return [];
}
