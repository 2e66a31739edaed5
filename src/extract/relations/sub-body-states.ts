/**
 * A sub-body's country through the body it is printed "of": "the Defence Committee of the Slovenian
 * National Assembly", "the Border Guard Service of the UKMK of the Kyrgyz Republic". The country
 * named inside the printed name (a demonym, a possessive, "of the Republic of X") is the sub-body's
 * too, as it is for any body whose name holds a demonym ("Brazilian Navy").
 */
import type { SentenceIndex } from "../chunks.ts";
import type { Fact } from "../types.ts";
import { addNewFact, factKeySet } from "./shared.ts";

/** The rule that ties a sub-body to the body it is printed "of" (affiliation.ts bodyOfBodyRule). */
const SUB_BODY_RULE = "organization-of";

/** Rules that tie a body to the country its own printed name holds. */
const NAMED_COUNTRY_RULES: ReadonlySet<string> = new Set(["organization-country", "possessive-organization"]);

/**
 * Adds, for each affiliated_with fact of the sentence from a sub-body to its parent body (rule
 * organization-of), the parent's country named in the parent's own name in this sentence (rule
 * organization-country or possessive-organization), as a fact of the sub-body (rule
 * "organization-of+country"), unless the sub-body already has a country here.
 */
export function subBodyStates(ix: SentenceIndex, facts: Fact[]): void {
  if (!facts.some((f) => f.rule === SUB_BODY_RULE)) return;
  const countries = new Set(ix.mentions.filter((m) => m.type === "Country").map((m) => m.name));
  const countryOf = new Map<string, string>();
  for (const f of facts)
    if (f.relation === "affiliated_with" && countries.has(f.target) && NAMED_COUNTRY_RULES.has(f.rule))
      countryOf.set(f.source, f.target);
  const placed = new Set(
    facts.filter((f) => f.relation === "affiliated_with" && countries.has(f.target)).map((f) => f.source),
  );
  const have = factKeySet(facts);
  const added: Fact[] = [];
  for (const f of facts) {
    if (f.rule !== SUB_BODY_RULE || f.relation !== "affiliated_with" || placed.has(f.source)) continue;
    const country = countryOf.get(f.target);
    if (!country || country === f.source) continue;
    addNewFact(added, have, { ...f, target: country, rule: `${SUB_BODY_RULE}+country` });
  }
  facts.push(...added);
}
