/**
 * Claims referred back to: a definite claim noun ("the claims", "the charges", "these allegations")
 * that no claim about its rejecter's own side explains stands for the nearest claim told before, and
 * the judgement takes that claim's one claimant ("The DRC's charges that Kigali backs M23 … In a
 * statement, Habitegeko called the claims baseless" → Habitegeko judges the DRC).
 */
import { CLAIM_MAKING_FRAMES, DISMISSING_PREDICATES } from "../lexicon/triggers.ts";
import type { Fact, Token } from "../types.ts";
import { singular } from "../words.ts";
import { DEFINITE_PLURAL_DETERMINER_WORDS, frameIdOf } from "./shared.ts";

const MAKING = new Set(CLAIM_MAKING_FRAMES);
const DISMISSING = new Set(DISMISSING_PREDICATES);

/** Most words of a predicate after the claim noun ("“utterly baseless and false”"). */
const PREDICATE_REACH = 8;

/**
 * True when a predicate that dismisses a claim follows token `k`, before the clause ends:
 * "called the claims “baseless and false”", not "called the accusations “credible”".
 */
export function dismissingPredicate(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + PREDICATE_REACH); j++) {
    const w = tokens[j] as Token;
    if (/^[.;:,]$/u.test(w.text) && !/^[”"’]$/u.test(tokens[j + 1]?.text ?? "")) return false;
    if (DISMISSING.has(w.lower)) return true;
  }
  return false;
}

/** How many sentences before the rejection the claim it refers back to may be told. */
export const CLAIM_BACK_REACH = 2;

/** Most adjectives between the determiner and the claim noun ("the latest baseless allegations"). */
const MODIFIERS = 3;

/**
 * True when a definite phrase of a claim noun of `nouns` opens at `k` and closes there: "the
 * claims", "these allegations", "the latest charges"; not "claims that …" (its own content told),
 * "the claims by X" or "the claims of X" (its own claimant told), nor a pronoun.
 */
export function definiteClaim(tokens: readonly Token[], k: number, nouns: readonly string[]): boolean {
  if (!DEFINITE_PLURAL_DETERMINER_WORDS.has(tokens[k]?.lower ?? "")) return false;
  for (let j = k + 1; j <= k + 1 + MODIFIERS && j < tokens.length; j++) {
    const w = tokens[j] as Token;
    if (nouns.includes(w.lemma) || nouns.includes(singular(w.lower)))
      return !/^(?:that|by|of|from|about|against|'s|’s)$/u.test(tokens[j + 1]?.lower ?? "");
    if (w.pos !== "ADJ") return false;
  }
  return false;
}

/**
 * The claimant of the nearest claim told before sentence `sentence` (or in it, before the rejection)
 * among `claims`, the facts of the few sentences before: the nearest sentence whose asserted claims
 * by others than `rejecters` (the rejecters and their own sides) have one speaker gives it; two
 * speakers there, a claim by the rejecters' side, or none within CLAIM_BACK_REACH give nothing.
 */
export function nearestClaimant(
  claims: readonly Fact[],
  sentence: number,
  rejecters: readonly { name: string }[],
): { name: string; claimBack: true }[] {
  const own = new Set(rejecters.map((r) => r.name));
  for (let back = 0; back <= CLAIM_BACK_REACH; back++) {
    const told = claims.filter(
      (f) =>
        f.sentence === sentence - back &&
        f.relation === "assesses" &&
        f.modality === "asserted" &&
        MAKING.has(frameIdOf(f.rule)),
    );
    // (The rejecters' own statements in this sentence are no claim they reject.)
    const others = back === 0 ? told.filter((f) => !own.has(f.source)) : told;
    if (others.length === 0) continue;
    const speakers = new Set(others.map((f) => f.source));
    if (speakers.size !== 1) return [];
    const [speaker] = [...speakers] as [string];
    return own.has(speaker) ? [] : [{ name: speaker, claimBack: true }];
  }
  return [];
}
