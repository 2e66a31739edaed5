/**
 * Labelled sentences of review rev38b (session 38): mends of the session's entity patterns. A
 * sentence's first word is no report's source (source-outlets.ts): there a capitalised plural noun
 * of people ("Witnesses reported that …") or a writer's surname ("Kofman wrote that …") stands
 * where an outlet's name would. A capitalised "X Administration" names a leader's country only when
 * X is the surname of a leader the lexicon lists by name (leader-governments.ts), not of any
 * spokesman or minister of people.json homeCountries. A hyphen pair's conflict waged on a named
 * party ("the US-Israel war on Iran") is the act of both (hyphen-pairs.ts wagedOnActor).
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
  {
    label: "a capitalised administration of a minister's surname names no country of that minister",
    text: "The Johnson Administration sent more troops to Vietnam in 1965.",
    entities: ["Vietnam"],
    noEntities: ["United Kingdom"],
  },
  {
    label: "a capitalised administration of a spokesman's surname names no country",
    text: "The Miller Administration condemned Russia on Monday.",
    entities: ["Russia"],
    noEntities: ["United States"],
  },
  {
    label: "a capitalised administration of a listed leader's surname is still the leader's country",
    text: "The Biden Administration plans to speed up the delivery of Abrams tanks to Ukraine.",
    typed: [["Biden Administration", "Country"]],
    same: [["Biden Administration", "United States"]],
  },
  {
    label: "a pair's war waged on a named country is the act of both countries of the pair",
    text: "Russia condemned the US-Israel war on Iran.",
    gives: [
      ["Russia", "assesses", "United States"],
      ["Russia", "assesses", "Israel"],
    ],
  },
  {
    label: "a pair's clashes on a day name no third party: the judgement stays with the first name",
    text: "China criticised the India-Pakistan border clashes on Monday.",
    gives: [["China", "assesses", "India"]],
    notGives: [["China", "assesses", "Pakistan"]],
  },
  {
    label: "a pair's war on a demonym's soil names no third party",
    text: "Turkey condemned the Russia-Ukraine war on Ukrainian soil.",
    gives: [["Turkey", "assesses", "Russia"]],
    notGives: [["Turkey", "assesses", "Ukraine"]],
  },
];
