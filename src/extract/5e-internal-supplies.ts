/**
 * Stage 5e, internal supplies: a hand-over inside one country is not a supply (ONTOLOGY.md: the
 * supplier gives to another party). "Indian Defence Minister Rajnath Singh handed over the K9 Vajra
 * howitzers to the Indian Army" and "the Japanese defence ministry delivered Type 12 missiles to the
 * Japan Ground Self-Defense Force" equip a country's own forces; the frames read them as gifts. An
 * asserted `supplies` fact whose source is a state actor (the country, a person, or a government
 * body or armed service) of the same country as its recipient is dropped, with the goods the source
 * hands over in that sentence when it gives them to no other party there. A company's sale to its
 * own country's forces ("Rheinmetall delivered trucks to the Bundeswehr") is a supply and stays. A
 * body is a state's by its name's last word or by its head noun before "of"/"for" ("Ministry of
 * Defence", "the Estonian Centre for Defence Investments": a procurement agency delivers to its own
 * country's forces what it bought abroad).
 */
import { ownCountries } from "./own-countries.ts";
import { type WordSets, isStateBodyWord, wordsOf } from "./stage-words.ts";
import type { EntityType } from "../model/ontology.ts";
import type { DocState, Fact, Stage } from "./types.ts";
import { lastWord } from "./words.ts";

/** The prepositions after a body's head noun in its name ("Ministry of Defence", "Centre for …"). */
const HEAD_PREPOSITIONS = /^(?:of|for)$/u;

/** The head noun of a body's name, lower case: the word before its first "of"/"for", else its last word. */
function headWord(name: string): string {
  const words = name.toLowerCase().split(" ");
  const at = words.findIndex((w, i) => i > 0 && HEAD_PREPOSITIONS.test(w));
  return at > 0 ? (words[at - 1] as string) : lastWord(name);
}

/** The type of each actor named in the document. */
function actorTypes(state: DocState): Map<string, EntityType> {
  const types = new Map<string, EntityType>();
  for (const list of state.mentions) for (const m of list) types.set(m.name, m.type);
  return types;
}

/**
 * True when the actor acts for a state: a country, a person, or a government body or armed service
 * (a last word or head noun of the stage words stateBodyWords or forceWords: "Defence Ministry",
 * "Indian Army", not a company; or a head noun of stateBodyHeads: "Centre for Defence Investments").
 */
function stateActor(name: string, type: EntityType | undefined, words: WordSets): boolean {
  if (type === "Country" || type === "Person") return true;
  if (type !== "Organization") return false;
  const head = headWord(name);
  return (
    isStateBodyWord(words, lastWord(name)) || isStateBodyWord(words, head) || words.stateBodyHeads.has(head)
  );
}

/** The key of one source's acts in one sentence. */
function actKey(f: Fact): string {
  return `${f.source}|${f.sentence}`;
}

/** Drops supplies from a state actor to a party of its own country, and the goods of those hand-overs. */
export const internalSuppliesStage: Stage = {
  name: "5e-internal-supplies",
  run(state: DocState): void {
    const supplies = state.facts.filter((f) => f.relation === "supplies" && f.modality === "asserted");
    if (supplies.length === 0) return;
    const types = actorTypes(state);
    const { own } = ownCountries(state);
    const sideOf = (name: string): ReadonlySet<string> =>
      types.get(name) === "Country" ? new Set([name]) : (own.get(name) ?? new Set<string>());
    const sameSide = (a: string, b: string): boolean => [...sideOf(a)].some((c) => sideOf(b).has(c));
    const internal = new Set<Fact>();
    const words = wordsOf(state);
    for (const f of supplies) {
      const target = types.get(f.target);
      if (target === undefined || target === "WeaponSystem") continue;
      if (stateActor(f.source, types.get(f.source), words) && sameSide(f.source, f.target)) internal.add(f);
    }
    if (internal.size === 0) return;
    // The goods of a hand-over go with it unless the source gives them to another party in the sentence.
    const otherParties = new Set(
      supplies
        .filter((f) => !internal.has(f) && types.get(f.target) !== "WeaponSystem")
        .map((f) => actKey(f)),
    );
    const handOvers = new Set([...internal].map((f) => actKey(f)).filter((k) => !otherParties.has(k)));
    state.facts = state.facts.filter(
      (f) =>
        !internal.has(f) &&
        !(
          f.relation === "supplies" &&
          f.modality === "asserted" &&
          types.get(f.target) === "WeaponSystem" &&
          handOvers.has(actKey(f))
        ),
    );
  },
};
