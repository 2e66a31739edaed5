/**
 * Speakers named by a noun of what they said before a colon: "His words: “Somalia has failed …”",
 * "Her message was clear: Russia is responsible …", "The minister's verdict: …". The possessor of
 * the noun (a resolved pronoun, or a name or body before "'s") opening the sentence says the claim
 * after the colon, and assesses what the claim is about, as after "said".
 */
import type { SentenceIndex } from "../chunks.ts";
import { COLON_SPEECH_NOUNS } from "../lexicon/triggers.ts";
import type { Mention, Token } from "../types.ts";
import { claimTarget } from "./assess.ts";
import type { Emit } from "./shared.ts";
import { WORDS } from "../words.ts";
import { POSSESSIVE_ENDING, OPENING_QUOTE_MARK } from "../letters.ts";

const NOUNS = new Set(COLON_SPEECH_NOUNS);
const SPEAKER_TYPES = new Set(["Person", "Organization", "Country"]);
/** Most tokens before the colon: possessor, "'s", noun, "was", adjective. */
const HEAD_REACH = 8;
/** "was" or "is" before the adjective that tells the words ("Her message was clear:"). */
const WAS_OR_IS = /^(?:was|is)$/u;

/** The speaker whose noun of saying ends at `j`, when it opens the sentence ("His words", "X's message"). */
function possessorOf(ix: SentenceIndex, j: number): Mention | null {
  const tokens = ix.sentence.tokens;
  const opening = OPENING_QUOTE_MARK.test(tokens[0]?.text ?? "") ? 1 : 0;
  const actor = (m: Mention): boolean => SPEAKER_TYPES.has(m.type);
  // "His words": a possessive pronoun the coreference resolved.
  if (j - 1 === opening && WORDS.possessivePronouns.has(tokens[j - 1]?.lower ?? ""))
    return ix.mentions.find((m) => m.first === j - 1 && m.last === j && actor(m)) ?? null;
  // "Duale's message", "The ministry's verdict" (a role mention of the body).
  if (!POSSESSIVE_ENDING.test(tokens[j - 1]?.lower ?? "")) return null;
  const m = ix.mentions.find((x) => x.last === j - 1 && actor(x));
  if (!m) return null;
  const first = tokens[m.first - 1]?.lower === "the" ? m.first - 1 : m.first;
  return first === opening ? m : null;
}

/** Adds the assessment of a colon-named speaker's claim in the sentence of `ix`. */
export function colonSpeakers(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const colon = tokens.findIndex((t, i) => t.text === ":" && i < HEAD_REACH);
  if (colon < 2) return;
  let j = colon - 1;
  // "Her message was clear:".
  if ((tokens[j] as Token).pos === "ADJ" && WAS_OR_IS.test(tokens[j - 1]?.lower ?? "")) j -= 2;
  if (!NOUNS.has(tokens[j]?.lower ?? "")) return;
  const speaker = possessorOf(ix, j);
  if (!speaker) return;
  let from = colon + 1;
  while (OPENING_QUOTE_MARK.test(tokens[from]?.text ?? "")) from++;
  const target = claimTarget(ix, from, speaker.name);
  if (!target || target.name === speaker.name) return;
  emit(speaker.name, "assesses", target.name, (tokens[j] as Token).text, "assess-colon-speech", "asserted");
}
