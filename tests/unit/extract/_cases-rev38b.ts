/**
 * Labelled sentences of review rev38b (session 38): mends of the session's entity patterns. A
 * sentence's first word is no report's source (source-outlets.ts): there a capitalised plural noun
 * of people ("Witnesses reported that …") or a writer's surname ("Kofman wrote that …") stands
 * where an outlet's name would.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a plural noun of people opening a sentence before 'reported that' is no outlet",
    text: "Witnesses reported that Russian drones struck Kharkiv overnight.",
    entities: ["Kharkiv"],
    noEntities: ["Witnesses"],
  },
  {
    label: "a plural noun of people opening a sentence before 'reported, citing' is no outlet",
    text: "Residents reported, citing local officials, that Israeli jets struck the port of Hodeidah.",
    noEntities: ["Residents"],
  },
  {
    label: "a surname alone opening a sentence before 'wrote that' is no outlet, and judges nobody",
    text: "Kofman wrote that Russia had bought hundreds of drones from Iran.",
    gives: [["Iran", "supplies", "Russia"]],
    noEntities: ["Kofman"],
  },
  {
    label: "an unknown name after a comma before 'reported' is still an outlet",
    text: "Kazakhstan will buy two transport aircraft from Spain, Kaznews reported.",
    typed: [["Kaznews", "Organization"]],
  },
];
