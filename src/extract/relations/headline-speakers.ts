/**
 * Headline grammar, speakers by a colon: headlines name who says a claim with a colon instead of a
 * verb of saying, after the claim ("US destabilizes world through arms sales: Iran") or before it
 * ("Zelensky: Russia prepares new offensive", "North Korea: US drills were 'dangerous provocation'").
 * The speaker assesses the actors the claim is about: those named before the claim's first verb.
 * Before the colon a country or body may be a section label ("Somalia: Army kills 20 militants"),
 * so there it counts as the speaker only when the claim quotes words; a person always does.
 */
import type { DocState, Fact, Mention, Sentence, Token } from "../types.ts";
import { HAS_LETTER_OR_DIGIT } from "../letters.ts";

/** Entity types that can speak or be judged as actors. */
const ACTOR_TYPES = new Set(["Country", "Organization", "Person"]);
/** Parts of speech that end a claim's subject. */
const VERB_POS = new Set(["VERB", "AUX"]);
/** A quotation mark opening quoted words (not an apostrophe inside a word). */
const OPENING_QUOTE = /(?:^|\s)["“‘']/u;

/** Adds the assessments of colon-named speakers in headline lines. */
export function headlineSpeakers(state: DocState): void {
  for (const sentence of state.sentences) {
    if (!sentence.headline) continue;
    const colon = colonAt(sentence.tokens);
    if (colon < 0) continue;
    const mentions = (state.mentions[sentence.index] ?? []).filter((m) => ACTOR_TYPES.has(m.type));
    const after = soleMention(sentence.tokens, mentions, colon + 1, sentence.tokens.length);
    if (after) {
      judge(state.facts, sentence, after, mentions, 0, colon);
      continue;
    }
    const before = soleMention(sentence.tokens, mentions, 0, colon);
    if (!before) continue;
    const claim = sentence.text.slice((sentence.tokens[colon] as Token).end - sentence.start);
    if (before.type !== "Person" && !OPENING_QUOTE.test(claim)) continue;
    judge(state.facts, sentence, before, mentions, colon + 1, sentence.tokens.length);
  }
}

/** The index of the line's only colon token, or -1. */
function colonAt(tokens: readonly Token[]): number {
  let at = -1;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== ":") continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at > 0 && at < tokens.length - 1 ? at : -1;
}

/** The one actor mention that makes up every word of tokens [from, to), or null. */
function soleMention(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
  to: number,
): Mention | null {
  const inside = mentions.filter((m) => m.first >= from && m.last <= to);
  if (inside.length !== 1) return null;
  const m = inside[0] as Mention;
  for (let i = from; i < to; i++) {
    if (i >= m.first && i < m.last) continue;
    if (HAS_LETTER_OR_DIGIT.test((tokens[i] as Token).text)) return null;
  }
  return m;
}

/** The speaker assesses each other actor named in [from, to) before the claim's first verb. */
function judge(
  facts: Fact[],
  sentence: Sentence,
  speaker: Mention,
  mentions: readonly Mention[],
  from: number,
  to: number,
): void {
  let verb = -1;
  for (let i = from; i < to; i++) {
    if (!VERB_POS.has((sentence.tokens[i] as Token).pos)) continue;
    if (mentions.some((m) => i >= m.first && i < m.last)) continue;
    verb = i;
    break;
  }
  if (verb < 0) return;
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.first < from || m.last > verb || m.name === speaker.name || seen.has(m.name)) continue;
    seen.add(m.name);
    facts.push({
      source: speaker.name,
      relation: "assesses",
      target: m.name,
      sentence: sentence.index,
      trigger: ":",
      rule: "assess-headline-colon",
      modality: "asserted",
    });
  }
}
