/**
 * A deal or purchase that its party goes on with: "The Brazilian government has proceeded with the
 * purchase of howitzers from Israel", "Brazil went ahead with the order of ATMOS howitzers from
 * Israel". A verb of going on (supplyWords proceedVerbs, with "ahead", "forward" or nothing before
 * "with") governs the noun after "with" as a verb of approving governs its object ("approved the
 * purchase"): its subject is the buyer of a purchase noun, the seller of a sale noun.
 */
import { lemmaAmong } from "../lemma.ts";
import type { Token } from "../types.ts";

/** Tags of the words of the noun's phrase between "with" and the noun ("the $1 billion"). */
const PHRASE_TAGS = /^(?:DET|ADJ|NUM|NOUN|PROPN|SYM)$/u;
/** Most words between "with" and the noun. */
const PHRASE_REACH = 6;

/**
 * The index of a verb of going on (one of `verbs`, a lemma) that governs the noun at `t` through
 * "with" ("proceeded with the purchase", "went ahead with the order"; particles in `particles`),
 * or -1.
 */
export function proceedingVerb(
  tokens: readonly Token[],
  t: number,
  verbs: ReadonlySet<string>,
  particles: ReadonlySet<string>,
): number {
  let k = t - 1;
  while (k >= 0 && k >= t - PHRASE_REACH && PHRASE_TAGS.test((tokens[k] as Token).pos)) k--;
  if (tokens[k]?.lower !== "with") return -1;
  let v = k - 1;
  if (particles.has(tokens[v]?.lower ?? "")) v--;
  const verb = tokens[v];
  // The tagger leaves some forms unlemmatised ("proceeded"): the verb's own list is matched by lemma.
  return verb !== undefined && verb.pos === "VERB" && lemmaAmong(verb.lower, verbs) !== null ? v : -1;
}
