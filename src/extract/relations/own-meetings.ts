/**
 * Own meetings: nobody meets the body or country it belongs to. "Equatorial Guinea's President
 * Obiang met in the capital Malabo the Chinese Defense Minister" gives Obiang → Equatorial Guinea;
 * a meeting read between the two is a misread of the sentence's parties, so it is dropped.
 */
import type { DocState } from "../types.ts";

/**
 * Drops the `meets` facts between an actor and a body or country that the document asserts it is
 * affiliated with, either way round (meetings are symmetric).
 */
export function dropOwnMeetings(state: DocState): void {
  const ties = new Set<string>();
  for (const f of state.facts)
    if (f.relation === "affiliated_with" && f.modality === "asserted") ties.add(`${f.source}|${f.target}`);
  if (ties.size === 0) return;
  state.facts = state.facts.filter(
    (f) =>
      f.relation !== "meets" || !(ties.has(`${f.source}|${f.target}`) || ties.has(`${f.target}|${f.source}`)),
  );
}
