/**
 * Headline grammar, announced futures: headlines drop the auxiliary of the future and write it as
 * "to" and a bare verb ("India to supply BrahMos to Vietnam", "Pakistan to buy 14 Chinese jets",
 * "Defence minister to meet Kenyan counterpart"). Such a line tells a plan, not a committed transfer
 * or a meeting held: its supplies and meetings are planned. A finite verb before "to" makes the
 * infinitive depend on it ("UK signs deal to supply missiles to India"), and that verb decides.
 */
import type { DocState, Fact, Sentence, Token } from "../types.ts";

/** Parts of speech of a finite verb or an auxiliary that would govern the infinitive. */
const GOVERNING_POS = new Set(["VERB", "AUX"]);

/** Marks as planned the asserted supplies and meetings that a headline tells by "to" and a verb. */
export function headlineFutures(state: DocState): void {
  const future = new Map<string, boolean>();
  const isFuture = (f: Fact): boolean => {
    const sentence = state.sentences[f.sentence] as Sentence;
    if (!sentence.headline) return false;
    const key = `${f.sentence}|${f.trigger}`;
    let hit = future.get(key);
    if (hit === undefined) future.set(key, (hit = toInfinitiveHead(sentence.tokens, f.trigger)));
    return hit;
  };
  let changed = false;
  const facts = state.facts.map((f) => {
    if (f.modality !== "asserted" || (f.relation !== "supplies" && f.relation !== "meets") || !isFuture(f))
      return f;
    changed = true;
    return { ...f, modality: "planned" as const };
  });
  if (changed) state.facts = facts;
}

/**
 * True when the trigger's first word stands right after "to" and no verb or auxiliary comes before
 * that "to": the headline's main predicate is the bare infinitive.
 */
function toInfinitiveHead(tokens: readonly Token[], trigger: string): boolean {
  const first = trigger.toLowerCase().split(/\s+/u)[0] ?? "";
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower !== first || (tokens[i - 1] as Token).lower !== "to") continue;
    for (let k = 0; k < i - 1; k++) if (GOVERNING_POS.has((tokens[k] as Token).pos)) return false;
    return true;
  }
  return false;
}
