/**
 * Grammatical gender for pronoun resolution: what the document says of each person ("Mr",
 * "Ms", "Queen" before a mention), else a first name that only the male public first-name list
 * holds. Female-only English first names are not used: many are men's names elsewhere ("Lula",
 * "Nikola", "Andrea"). A person with signs both ways, or none, has no gender and fits any pronoun.
 */
import { FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES } from "./lexicon/coreference.ts";
import { FAMILY_FIRST_NAMES, MALE_GIVEN_NAMES } from "./lexicon/people.ts";
import type { DocState, Mention, Token } from "./types.ts";

/** A person's or pronoun's gender, when known. */
export type Gender = "male" | "female";

const TITLES = new Map<string, Gender>([
  ...MALE_TITLES.map((t) => [t, "male"] as const),
  ...FEMALE_TITLES.map((t) => [t, "female"] as const),
]);
const PRONOUNS = new Map<string, Gender>([
  ...MALE_PRONOUNS.map((t) => [t, "male"] as const),
  ...FEMALE_PRONOUNS.map((t) => [t, "female"] as const),
]);
const MALE = new Set(MALE_GIVEN_NAMES);
const FAMILY_FIRST = new Set(FAMILY_FIRST_NAMES);

/** The gender a pronoun stands for ("she" → female), or undefined. */
export function pronounGender(lower: string): Gender | undefined {
  return PRONOUNS.get(lower);
}

/** "male" for a first name only the male list holds (not a family name written first), else undefined. */
function nameGender(name: string): Gender | undefined {
  const first = name.split(/\s+/u)[0] ?? "";
  return !FAMILY_FIRST.has(first) && MALE.has(first) ? "male" : undefined;
}

/** The gender of each person the document names, where its titles or first name tell it without conflict. */
export function personGenders(state: DocState): Map<string, Gender> {
  const signs = new Map<string, Set<Gender>>();
  const note = (person: string, g: Gender | undefined): void => {
    if (!g) return;
    const set = signs.get(person) ?? new Set<Gender>();
    set.add(g);
    signs.set(person, set);
  };
  for (const sentence of state.sentences) {
    for (const m of (state.mentions[sentence.index] ?? []) as Mention[]) {
      if (m.type !== "Person" || m.kind === "pronoun" || m.kind === "role") continue;
      const before = sentence.tokens[m.first - 1] as Token | undefined;
      note(m.name, before ? TITLES.get(before.lower) : undefined);
      note(m.name, nameGender(m.name));
    }
  }
  const out = new Map<string, Gender>();
  for (const [person, set] of signs) if (set.size === 1) out.set(person, [...set][0] as Gender);
  return out;
}
