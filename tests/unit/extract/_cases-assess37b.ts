/**
 * Labelled sentences of helper assess37b (session 37): a statement about the speaker's own side is
 * no assessment (ONTOLOGY.md), and the speaker's side is read from what the whole document says of
 * him (session 37's census of batch 36's assessments, class "own side, speaker's side unknown to
 * kg"): his affiliations through every body above his own (own-countries.ts: a person of a school of the
 * Nigerian Army is Nigeria's), a known government body's country whether or not the document names
 * it (the Pentagon's, the Department of Defense's: the United States), and a report he voices for
 * his own side (voiced-report) tested as a report (5c-own-country.ts), and the country of the story's
 * dateline for an official the document ties to no country (dateline-sides.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "a person of a unit of a country's army speaks for that country: his claim about it is his own side's",
    text: "Colonel John Okafor is the commandant of the Army School of Infantry, a unit of the Nigerian Army. Okafor said Nigeria had violated the ceasefire and accused Cameroon of arming the rebels.",
    gives: [
      ["John Okafor", "affiliated_with", "Army School of Infantry"],
      ["John Okafor", "assesses", "Cameroon"],
    ],
    notGives: [["John Okafor", "assesses", "Nigeria"]],
  },
  {
    label:
      "a spokesman of the Pentagon on the Department of Defense speaks of his own side, named country or not",
    text: "Pentagon Press Secretary George Little said the Department of Defense had warned Russia against the move.",
    gives: [
      ["George Little", "affiliated_with", "Pentagon"],
      ["Department of Defense", "assesses", "Russia"],
    ],
    notGives: [["George Little", "assesses", "Department of Defense"]],
  },
  {
    label:
      "a known official of the United States on the Pentagon's acts speaks of his own side, the country unnamed",
    text: "John Kirby said the Pentagon had sent Patriot batteries to Poland.",
    notGives: [
      ["John Kirby", "assesses", "Pentagon"],
      ["John Kirby", "assesses", "Poland"],
    ],
  },
  {
    label: "a spokesman relaying his secretary's words about their own department makes no assessment of it",
    text: 'Defense Secretary Chuck Hagel hosted Peruvian President Ollanta Humala at the Pentagon, U.S. officials said. "Secretary Hagel told President Humala that the Department of Defense is committed to increasing our cooperation," Pentagon Press Secretary George Little said.',
    gives: [["George Little", "affiliated_with", "Pentagon"]],
    notGives: [["George Little", "assesses", "Department of Defense"]],
  },
  {
    label:
      "the own-side walk stops at a country: a body of another country judged by the speaker is still judged",
    text: "Colonel John Okafor is the commandant of the Army School of Infantry, a unit of the Nigerian Army. Okafor accused the Cameroonian Army of arming the rebels.",
    gives: [["John Okafor", "assesses", "Cameroonian Army"]],
  },
  {
    label:
      "an official titled without a country in a story datelined in his capital speaks for its country: his claim about it is his own side's",
    text: "PHNOM PENH (Reuters) - Cambodia accused Thailand on Monday of trying to send troops across their disputed border.\nDeputy Defense Minister General Neang Phat said more Cambodian troops were heading to the area.",
    gives: [["Cambodia", "assesses", "Thailand"]],
    notGives: [["Neang Phat", "assesses", "Cambodia"]],
  },
  {
    label: "the dateline's official still judges the other side",
    text: "PHNOM PENH (Reuters) - Cambodia accused Thailand on Monday of trying to send troops across their disputed border.\nDeputy Defense Minister General Neang Phat said Thailand had provoked the clash.",
    gives: [["Neang Phat", "assesses", "Thailand"]],
  },
];
