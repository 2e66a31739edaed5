/**
 * Judged bodies known only by a lower-case description: "lauded the Russian defense ministry's
 * assistance", "accused Ethiopia's foreign ministry of lying". Such a body has no name of its own
 * in the text, and a body known only by its country stands for the country, as unnamed officials
 * do ("US officials say"): the judgement of it is a judgement of its country too.
 */
import type { SentenceIndex } from "../chunks.ts";
import { DESCRIPTION_RULE } from "../descriptions.ts";
import type { Fact } from "../types.ts";
import { addNewFact, factKeySet } from "./shared.ts";

/**
 * Adds, for each assesses fact of the sentence whose target is an organization the sentence names
 * only by a lower-case description after its country's demonym or possessive (descriptions.ts,
 * DESCRIPTION_RULE), the same fact toward that country (rule + "+described-body"), unless the
 * source is that country.
 */
export function describedBodyStates(ix: SentenceIndex, facts: Fact[]): void {
  const countries = new Map<string, string>();
  for (const m of ix.mentions) if (m.rule === DESCRIPTION_RULE && m.country) countries.set(m.name, m.country);
  if (countries.size === 0) return;
  const have = factKeySet(facts);
  const added: Fact[] = [];
  for (const f of facts) {
    const country = f.relation === "assesses" ? countries.get(f.target) : undefined;
    if (!country || f.source === country) continue;
    addNewFact(added, have, { ...f, target: country, rule: `${f.rule}+described-body` });
  }
  facts.push(...added);
}
