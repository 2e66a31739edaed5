/**
 * The state a supplying official serves supplies too: "The Chinese Ambassador in Harare, Guo
 * Shaochun, handed over the vehicles to the Zimbabwe National Army" gives China's triples beside
 * Guo Shaochun's, from the affiliation the same sentence gives him.
 */
import type { SentenceIndex } from "../chunks.ts";
import type { DocState, Fact, Mention } from "../types.ts";
import { addNewFact, factKeySet } from "./shared.ts";

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * The countries each actor is tied to by an affiliated_with fact whose target is a Country (only the
 * asserted ties when `assertedOnly`), in the order the facts give them.
 */
function countryTies(
  facts: readonly Fact[],
  typeOf: ReadonlyMap<string, string>,
  assertedOnly: boolean,
): Map<string, Set<string>> {
  const ties = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.relation !== "affiliated_with" || typeOf.get(f.target) !== "Country") continue;
    if (assertedOnly && f.modality !== "asserted") continue;
    const set = ties.get(f.source) ?? new Set<string>();
    set.add(f.target);
    ties.set(f.source, set);
  }
  return ties;
}

/** The type of the last of `mentions` named `name` (as a map of names to types built in order holds it). */
function lastTypeOf(mentions: readonly Mention[], name: string): string | undefined {
  for (let i = mentions.length - 1; i >= 0; i--)
    if ((mentions[i] as Mention).name === name) return (mentions[i] as Mention).type;
  return undefined;
}

/**
 * Adds, for each supplies fact of the sentence whose source is a Person tied by the sentence to one
 * Country (affiliated_with), the same fact from that country (rule + "+official"), unless the country
 * is on the receiving side: a recipient of that person, or the country of one. There the handover is
 * domestic ("The Zambian Defence Minister, X, handed over patrol boats to the Zambia Army"), and the
 * country's facts toward what the official hands over are dropped.
 */
export function officialStates(ix: SentenceIndex, facts: Fact[]): void {
  // Only a supplier the sentence names as a Person (its last mention of that name) is read on.
  if (!facts.some((f) => f.relation === "supplies" && lastTypeOf(ix.mentions, f.source) === "Person")) return;
  const typeOf = new Map(ix.mentions.map((m) => [m.name, m.type]));
  const ties = countryTies(facts, typeOf, false);
  const countriesOf = (name: string): string[] => [...(ties.get(name) ?? [])];
  const have = factKeySet(facts);
  const added: Fact[] = [];
  const domestic = new Set<string>();
  for (const person of new Set(facts.filter((f) => f.relation === "supplies").map((f) => f.source))) {
    if (typeOf.get(person) !== "Person") continue;
    const states = countriesOf(person);
    if (states.length !== 1) continue;
    const state = states[0] as string;
    const own = facts.filter((f) => f.relation === "supplies" && f.source === person);
    const receiving = new Set(own.flatMap((f) => [f.target, ...countriesOf(f.target)]));
    if (receiving.has(state)) {
      for (const f of own) domestic.add(`${state}|${f.target}`);
      continue;
    }
    for (const f of own) {
      addNewFact(added, have, { ...f, source: state, rule: `${f.rule}+official` });
    }
  }
  facts.push(...added);
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Fact;
    if (f.relation === "supplies" && domestic.has(`${f.source}|${f.target}`)) facts.splice(i, 1);
  }
}

/**
 * "US President Joe Biden spoke on Monday. ... Biden approved the provision of Abrams tanks to
 * Ukraine": a supplying Person whose own sentence ties them to no country supplies for the one
 * country the document ties them to directly (affiliated_with a Country, in any sentence), as
 * officialStates does within a sentence; the fact keeps its modality and sentence, its rule takes
 * "+official". Nothing when the ties give several countries, or when the country is on the
 * receiving side (the recipient, or the country of one).
 */
export function documentOfficials(state: DocState): void {
  const people = new Set(
    state.facts
      .filter((f) => f.relation === "supplies" && !f.rule.endsWith("+official"))
      .map((f) => f.source),
  );
  if (people.size === 0) return;
  const typeOf = new Map<string, string>();
  for (const list of state.mentions) for (const m of list) typeOf.set(m.name, m.type);
  const ties = countryTies(state.facts, typeOf, true);
  const countriesOf = (name: string): ReadonlySet<string> => ties.get(name) ?? NO_COUNTRIES;
  // The facts' keys, made at the first fact to add (most documents add none).
  let have: Set<string> | undefined;
  const added: Fact[] = [];
  for (const person of people) {
    if (typeOf.get(person) !== "Person") continue;
    const states = countriesOf(person);
    if (states.size !== 1) continue;
    const [country] = [...states] as [string];
    const own = state.facts.filter((f) => f.relation === "supplies" && f.source === person);
    if (own.some((f) => f.target === country || countriesOf(f.target).has(country))) continue;
    for (const f of own) {
      // The sentence's own official rule gave the country already, or the country is told there.
      if (
        state.facts.some(
          (g) => g.sentence === f.sentence && g.relation === "supplies" && g.source === country,
        )
      )
        continue;
      const key = `${f.sentence}|${country}|supplies|${f.target}`;
      have ??= new Set(state.facts.map((g) => `${g.sentence}|${g.source}|${g.relation}|${g.target}`));
      if (have.has(key)) continue;
      have.add(key);
      added.push({ ...f, source: country, rule: `${f.rule}+official` });
    }
  }
  if (added.length === 0) return;
  state.facts.push(...added);
  state.facts.sort((a, b) => a.sentence - b.sentence);
}
