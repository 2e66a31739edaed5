/**
 * Own countries: the countries each actor of a document belongs to, read from the bodies named with
 * a country ("the Russian Defense Ministry"), the known bodies of a government (the Kremlin) and the
 * asserted affiliations. Stages 5c, 5e and 5f ask it whose side an actor is on.
 */
import { GOVERNMENT_BODIES } from "./lexicon/organizations.ts";
import type { DocState } from "./types.ts";

/**
 * The countries each actor of the document belongs to, through at most one body in between, and
 * the asserted affiliations themselves ("source|target": the bodies and countries each serves).
 */
export function ownCountries(state: DocState): { own: Map<string, Set<string>>; serves: Set<string> } {
  const countries = new Set<string>();
  const direct = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    const set = direct.get(from) ?? new Set<string>();
    set.add(to);
    direct.set(from, set);
  };
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type === "Country") countries.add(m.name);
      const country = m.type === "Organization" ? (m.country ?? GOVERNMENT_BODIES.get(m.name)) : undefined;
      if (country) add(m.name, country);
    }
  const serves = new Set<string>();
  for (const f of state.facts)
    if (f.relation === "affiliated_with" && f.modality === "asserted") {
      add(f.source, f.target);
      serves.add(`${f.source}|${f.target}`);
    }
  const out = new Map<string, Set<string>>();
  for (const [actor, bodies] of direct) {
    const own = new Set<string>();
    for (const b of bodies) {
      if (countries.has(b)) own.add(b);
      for (const c of direct.get(b) ?? []) if (countries.has(c)) own.add(c);
    }
    if (own.size > 0) out.set(actor, own);
  }
  return { own: out, serves };
}
