/**
 * Cited adopters: a state that states a claim "citing" a report or sources adopts it. "Cuban
 * weapons … are a violation of United Nations sanctions, Panama said Wednesday, citing a U.N.
 * report" is Panama's judgement of Cuba; an outlet or a body that says "…, citing sources" only
 * relays (assess.ts relaysCited), but a country, named or known through its unnamed officials
 * ("U.S. officials said, citing intelligence reports"), speaks for itself.
 */
import type { ChunkHead } from "../chunks.ts";

/**
 * True when every speaker is a Country or a country's unnamed officials, so that a "citing …"
 * after the verb leaves the claim theirs.
 */
export function adoptsCited(sources: readonly ChunkHead[]): boolean {
  return sources.length > 0 && sources.every((h) => h.unnamed || h.mention?.type === "Country");
}
