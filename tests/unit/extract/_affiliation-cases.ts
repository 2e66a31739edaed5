/**
 * Labelled sentences for affiliations and assessments carried by organization names, titles
 * and descriptions: each case lists the triples it must and must not give. None is from the corpus.
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by what they exercise. */
export const AFFILIATION_CASES: SentenceCase[] = [
  // ---- a country inside an organization's name
  {
    label: "a demonym before Air Force names the country's air force",
    text: "The Hungarian Air Force will receive the jets next year.",
    entities: ["Hungarian Air Force"],
    gives: [["Hungarian Air Force", "affiliated_with", "Hungary"]],
  },
  {
    label: "a country name opening a body's name gives the body's country",
    text: "Ghana said the Ghana Armed Forces would take delivery of the boats, and Uganda agreed.",
    gives: [["Ghana Armed Forces", "affiliated_with", "Ghana"]],
    notGives: [["Ghana Armed Forces", "affiliated_with", "Uganda"]],
  },
  {
    label: "a news agency named after its country",
    text: "Kuwait reopened the border, the Kuwait News Agency reported.",
    gives: [["Kuwait News Agency", "affiliated_with", "Kuwait"]],
  },
  {
    label: "a demonym before Embassy names that country's embassy",
    text: "The French Embassy in Senegal said Senegal had asked for help.",
    entities: ["French Embassy"],
    gives: [["French Embassy", "affiliated_with", "France"]],
    notGives: [["French Embassy", "affiliated_with", "Senegal"]],
  },
  {
    label: "his country's air force is the speaker's country's, not another's named earlier",
    text:
      "The Polish Air Force flew the jets. Norwegian Defence Minister Bjorn Arild Gram said the sale " +
      "is part of a renewal of his country's Air Force.",
    gives: [["Norwegian Air Force", "affiliated_with", "Norway"]],
    notGives: [["Polish Air Force", "affiliated_with", "Norway"]],
  },
];
