/**
 * The country of a person who receives a supply: "India's High Commissioner Ajay Kumar handed over
 * 36 vehicles to Ugandan Defence Minister Adolf Mwesige" is a supply to Uganda, the country the
 * document ties the minister to (as official-states.ts lifts a supplying official to his state).
 */
import type { DocState, Fact, Mention, Resolution } from "../types.ts";
import { PERSON_RECIPIENT } from "./supply.ts";

/**
 * Replaces each supplies fact that supply.ts marked PERSON_RECIPIENT (its target a Person) by the
 * same fact toward the one country the document ties that person to, directly ("Ugandan Defence
 * Minister X", affiliated_with a Country) or through the bodies the person serves ("Brigadier X of
 * the Tonga Defence Services", a body of Tonga); the rule keeps the mark, and the fact records the
 * person's name as resolved to that country (provenance, as coreference does). The fact is dropped
 * when the ties give no country or several, when the country is the supplier or the supplier's own
 * (a handover at home: "the army chief handed over tanks to General X"), or when the sentence
 * already tells the supply to that country.
 */
export function personRecipients(state: DocState): void {
  if (!state.facts.some((f) => f.relation === "supplies" && f.rule.includes(PERSON_RECIPIENT))) return;
  const mentions = state.mentions.flat();
  const typeOf = new Map(mentions.map((m) => [m.name, m.type]));
  const ties = new Map<string, Fact[]>();
  for (const f of state.facts)
    if (f.relation === "affiliated_with") ties.set(f.source, [...(ties.get(f.source) ?? []), f]);
  const ownCountry = new Map(mentions.filter((m) => m.country).map((m) => [m.name, m.country as string]));
  /** The countries an actor is tied to, each with the tie that gives it: its own, or its bodies'. */
  const statesOf = (name: string, depth = 0): Map<string, Fact | null> => {
    const out = new Map<string, Fact | null>();
    if (typeOf.get(name) === "Country") return out.set(name, null);
    const own = ownCountry.get(name);
    if (own && typeOf.get(name) === "Organization") out.set(own, null);
    for (const tie of ties.get(name) ?? []) {
      const type = typeOf.get(tie.target);
      if (type === "Country") out.set(tie.target, out.get(tie.target) ?? tie);
      else if (type === "Organization" && depth === 0)
        for (const [c, via] of statesOf(tie.target, 1)) out.set(c, out.get(c) ?? via ?? tie);
    }
    return out;
  };
  const have = new Set(state.facts.map((f) => `${f.sentence}|${f.source}|${f.relation}|${f.target}`));
  const out: Fact[] = [];
  for (const f of state.facts) {
    if (f.relation !== "supplies" || !f.rule.includes(PERSON_RECIPIENT)) {
      out.push(f);
      continue;
    }
    const states = statesOf(f.target);
    if (states.size !== 1) continue;
    const [[country, tie]] = [...states] as [[string, Fact | null]];
    if (statesOf(f.source).has(country)) continue;
    const key = `${f.sentence}|${f.source}|supplies|${country}`;
    if (have.has(key)) continue;
    have.add(key);
    const person = mentions.find((m) => m.sentence === f.sentence && m.name === f.target);
    const resolution = person ? resolutionOf(person, country, tie, state.mentions) : null;
    out.push({
      ...f,
      target: country,
      ...(resolution ? { resolved: [...(f.resolved ?? []), resolution] } : {}),
    });
  }
  state.facts = out;
}

/** The person's name as written, resolved to the country named where the document ties them to it. */
function resolutionOf(
  person: Mention,
  country: string,
  tie: Fact | null,
  mentions: Mention[][],
): Resolution | null {
  // The country's mention nearest the person ("Ugandan" in "to Ugandan Defence Minister X").
  const distance = (m: Mention): number =>
    m.sentence === person.sentence ? Math.abs(m.first - person.first) : Number.MAX_SAFE_INTEGER;
  const named = (tie ? (mentions[tie.sentence] ?? []) : mentions.flat())
    .filter((m) => m.name === country || m.country === country)
    .sort((a, b) => distance(a) - distance(b))[0];
  if (!named) return null;
  return {
    text: person.text,
    name: country,
    antecedent: { sentence: named.sentence, start: named.start, end: named.end, text: named.text },
  };
}
