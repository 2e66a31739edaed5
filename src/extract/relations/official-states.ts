/**
 * The state a supplying official serves supplies too: "The Chinese Ambassador in Harare, Guo
 * Shaochun, handed over the vehicles to the Zimbabwe National Army" gives China's triples beside
 * Guo Shaochun's, from the affiliation the same sentence gives him.
 */
import type { SentenceIndex } from "../chunks.ts";
import type { Fact } from "../types.ts";

/**
 * Adds, for each supplies fact of the sentence whose source is a Person tied by the sentence to one
 * Country (affiliated_with), the same fact from that country (rule + "+official"), unless the country
 * is on the receiving side: a recipient of that person, or the country of one. There the handover is
 * domestic ("The Zambian Defence Minister, X, handed over patrol boats to the Zambia Army"), and the
 * country's facts toward what the official hands over are dropped.
 */
export function officialStates(ix: SentenceIndex, facts: Fact[]): void {
  if (!facts.some((f) => f.relation === "supplies")) return;
  const typeOf = new Map(ix.mentions.map((m) => [m.name, m.type]));
  const countriesOf = (name: string): string[] =>
    facts
      .filter(
        (f) => f.relation === "affiliated_with" && f.source === name && typeOf.get(f.target) === "Country",
      )
      .map((f) => f.target);
  const have = new Set(facts.map((f) => `${f.source}|${f.relation}|${f.target}`));
  const added: Fact[] = [];
  const domestic = new Set<string>();
  for (const person of new Set(facts.filter((f) => f.relation === "supplies").map((f) => f.source))) {
    if (typeOf.get(person) !== "Person") continue;
    const states = [...new Set(countriesOf(person))];
    if (states.length !== 1) continue;
    const state = states[0] as string;
    const own = facts.filter((f) => f.relation === "supplies" && f.source === person);
    const receiving = new Set(own.flatMap((f) => [f.target, ...countriesOf(f.target)]));
    if (receiving.has(state)) {
      for (const f of own) domestic.add(`${state}|${f.target}`);
      continue;
    }
    for (const f of own) {
      const key = `${state}|supplies|${f.target}`;
      if (have.has(key)) continue;
      have.add(key);
      added.push({ ...f, source: state, rule: `${f.rule}+official` });
    }
  }
  facts.push(...added);
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Fact;
    if (f.relation === "supplies" && domestic.has(`${f.source}|${f.target}`)) facts.splice(i, 1);
  }
}
