/**
 * Voiced reports: a speaker who reports in his own sentence what his own side assesses makes
 * that assessment his own. "Patel said the US assessed the Russian officials “recently received
 * a showcase of Iranian UAVs”", "The United States believes Iran is preparing to provide Russia
 * with drones, national security adviser Jake Sullivan told reporters": the official voices his
 * country's judgement, and a spokesperson's statement gives the person's triple (ONTOLOGY.md).
 * Stages 5 and 5c call it on the reports their own-side guards drop.
 */
import type { Fact } from "./types.ts";
import { addNewFact, factKeySet } from "./relations/shared.ts";

/** The rule of the facts this module adds (the provenance: the speaker voiced his side's report). */
export const VOICED_REPORT_RULE = "voiced-report";

/**
 * The assessments that the speakers of own-side reports voice: for each report among `facts` to
 * which `ownSides` gives the speaker's sides (it is a report about one of them, "Patel said the US
 * …"), the speaker's assessment of each party that the side's own judgement in the same sentence,
 * told by another verb, is about ("… the US assessed the Russian officials …" → Russia). A side's
 * judgement of the speaker or of the speaker's sides adds nothing, nor a triple `facts` has.
 */
export function voicedReports(
  facts: readonly Fact[],
  ownSides: (report: Fact) => ReadonlySet<string> | null,
): Fact[] {
  // The triples `facts` has, built at the first fact to add (most documents add none).
  let have: Set<string> | undefined;
  const added: Fact[] = [];
  for (const report of facts) {
    if (report.relation !== "assesses" || report.modality !== "asserted") continue;
    const sides = ownSides(report);
    if (!sides?.has(report.target)) continue;
    for (const judged of facts) {
      if (judged.relation !== "assesses" || judged.modality !== "asserted") continue;
      if (judged.sentence !== report.sentence || judged.source !== report.target) continue;
      if (judged.trigger === report.trigger || judged.target === report.source || sides.has(judged.target))
        continue;
      have ??= factKeySet(facts);
      addNewFact(added, have, { ...judged, source: report.source, rule: VOICED_REPORT_RULE });
    }
  }
  return added;
}
