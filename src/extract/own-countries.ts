/**
 * Own countries: the countries each actor of a document belongs to, read from the bodies named with
 * a country ("the Russian Defense Ministry"), the known bodies of a government (the Kremlin) and the
 * asserted affiliations. Stages 5c, 5e and 5f ask it whose side an actor is on.
 */
import { tablesOf } from "./lexicon-tables.ts";
import type { DocState, Mention } from "./types.ts";

/**
 * The country of a body mention: the one its mention names ("the Russian Defense Ministry"), or
 * the one whose known government body it is ("the Pentagon", the lexicon's governmentBodies table,
 * given as `bodies`: lexicon-tables.ts); undefined for a mention of no organisation.
 */
export function bodyCountry(m: Mention, bodies: ReadonlyMap<string, string>): string | undefined {
  return m.type === "Organization" ? (m.country ?? bodies.get(m.name)) : undefined;
}

/**
 * The countries each actor of the document belongs to, through the bodies in between, and
 * the asserted affiliations themselves ("source|target": the bodies and countries each serves).
 */
export function ownCountries(state: DocState): { own: Map<string, Set<string>>; serves: Set<string> } {
  const bodies = tablesOf(state).governmentBodies;
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
      const country = bodyCountry(m, bodies);
      if (country) add(m.name, country);
      // ("Pentagon Press Secretary X said the Department of Defense …": a known body's country is
      // one, named in the document or not.)
      if (country) countries.add(country);
    }
  const serves = new Set<string>();
  for (const f of state.facts)
    if (f.relation === "affiliated_with" && f.modality === "asserted") {
      add(f.source, f.target);
      serves.add(`${f.source}|${f.target}`);
    }
  const out = new Map<string, Set<string>>();
  for (const actor of direct.keys()) {
    const own = reachedCountries(actor, direct, countries);
    if (own.size > 0) out.set(actor, own);
  }
  return { own: out, serves };
}

/**
 * The countries an actor reaches through the bodies it belongs to, at any depth ("Brigadier X,
 * commandant of the School of Infantry", the School a unit of the Nigerian Army, the army
 * Nigeria's): a person serves the country of every body above his own. A country stops the walk
 * (a country's own ties, "Nigeria is a member of ECOWAS", make no one else's side).
 */
function reachedCountries(
  actor: string,
  direct: ReadonlyMap<string, ReadonlySet<string>>,
  countries: ReadonlySet<string>,
): Set<string> {
  const own = new Set<string>();
  const seen = new Set([actor]);
  const queue = [actor];
  for (let next = queue.shift(); next !== undefined; next = queue.shift())
    for (const b of direct.get(next) ?? []) {
      if (seen.has(b)) continue;
      seen.add(b);
      if (countries.has(b)) own.add(b);
      else queue.push(b);
    }
  return own;
}
