/**
 * Alleged clauses: a clause told as the content of an accusation is only alleged, whoever makes
 * it. "rejected accusations made by U.S. Secretary of State John Kerry that Iran has sent weapons to
 * Houthi rebels" (the accuser named between the noun and "that"), "Tehran refutes accusations it
 * supplies weapons to Houthis" (no "that", a pronoun subject). A noun of report with an author ("a
 * UN report that …") tells a finding and is left to the frame's other cues.
 */
import type { SentenceIndex } from "../chunks.ts";
import { REPORT_NOUNS } from "../lexicon/descriptions.ts";
import { CLAUSE_PRONOUNS } from "../lexicon/grammar.ts";
import { HEARSAY_NOUNS } from "../lexicon/triggers.ts";
import type { Token } from "../types.ts";
import { singular } from "../words.ts";

const REPORTS = new Set(REPORT_NOUNS);
/** Nouns of accusing: the nouns of hearsay that are no report ("accusation", "claim", "rumour"). */
const ACCUSATIONS = new Set(HEARSAY_NOUNS.filter((n) => !REPORTS.has(n)));
const PRONOUNS = new Set(CLAUSE_PRONOUNS);
/** Prepositions that name an accusation's maker after it ("accusations by Kerry", "claims from Kyiv"). */
const AGENT_PREPOSITIONS = new Set(["by", "from"]);

/** True when the token at `k` is a noun of accusing. */
function accusationAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return w !== undefined && w.pos === "NOUN" && ACCUSATIONS.has(singular(w.lower));
}

/**
 * The index of the noun of accusing whose content opens at `first`: right before a pronoun
 * subject with no "that" ("accusations it supplies"), or before its maker's phrase and "that"
 * ("accusations made by X that", "allegations from Kyiv that"); -1 when there is none.
 */
export function accusationBefore(ix: SentenceIndex, first: number): number {
  const tokens = ix.sentence.tokens;
  if (PRONOUNS.has(tokens[first]?.lower ?? "") && accusationAt(tokens, first - 1)) return first - 1;
  if (tokens[first - 1]?.lower !== "that") return -1;
  const agent = ix.chunkAt[first - 2];
  if (!agent || agent.last !== first - 1) return -1;
  let k = agent.first - 1;
  if (!AGENT_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return -1;
  k--;
  // "accusations made by", "claims levelled by": a participle of making between.
  if (tokens[k]?.pos === "VERB" && tokens[k]?.lower !== tokens[k]?.lemma) k--;
  return accusationAt(tokens, k) ? k : -1;
}
