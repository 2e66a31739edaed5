/**
 * Labelled sentences of session 39's entity typing by the words around a name, written with place
 * names that no lexicon row holds, so that they test the patterns as unseen text meets them: an
 * unknown name in a list beside a known place ("Dnipro and Zolochiv", "the coasts of Aden,
 * Hodidah and Shagrah", "Sangley Point, Cavite, in") is a place, while a list with a country, a
 * name set off before a verb ("in Baku, Azernews, reports"), a title or modifier before another
 * name ("and Princess Rima") and a month after a dateline's city make none.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an unknown name joined by 'and' to a known place is a place",
    text: "Drones attacked Dnipro and Zolochiv overnight.",
    typed: [["Zolochiv", "Location"]],
  },
  {
    label: "an unknown name before 'and' and a known place is a place",
    text: "Drones attacked Zolochiv and Dnipro overnight.",
    typed: [["Zolochiv", "Location"]],
  },
  {
    label: "the unknown names of a list of places are places",
    text: "The boats will patrol the coasts of Aden, Hodeira, Saleef Makha and Shagrah.",
    typed: [
      ["Hodeira", "Location"],
      ["Shagrah", "Location"],
    ],
  },
  {
    label: "a place, a comma and an unknown name closing the phrase is a place",
    text: "The ceremony was held at the Naval Air Group Headquarters in Sangley Point, Cavite, in an occasion graced by the minister.",
    typed: [["Cavite", "Location"]],
  },
  {
    label: "an unknown name, 'and the', and a known place is a place",
    text: "Rutte flew by helicopter to view the lava barriers protecting Grindavur and the Keflavík Air Base.",
    typed: [["Grindavur", "Location"]],
  },
  {
    label: "an unknown name in a list with a country is no place (guard)",
    text: "Russia and Zolochiv were named in the report.",
    noEntities: ["Zolochiv"],
  },
  {
    label: "a name set off after a place before a verb of reporting is no place (guard)",
    text: "Hasanov and Akar discussed military cooperation in Baku, Azernewz, reports, citing the ministry.",
    notTyped: [["Azernewz", "Location"]],
  },
  {
    label: "a name after a place and a comma before 'said' is no place (guard)",
    text: "The next summit is scheduled in Algiers, Lamamro said on Monday.",
    notTyped: [["Lamamro", "Location"]],
  },
  {
    label: "a title word before a person's name in a list after a place is no place (guard)",
    text: "The President was received in Jeddah by the Governor of Makkah Region, and Princess Rima bint Bandar.",
    noEntities: ["Princess"],
  },
];
