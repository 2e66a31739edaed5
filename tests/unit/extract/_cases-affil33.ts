/**
 * Labelled sentences of helper affil33 (session 33): the long form of a diplomat's title,
 * "Ambassador Extraordinary and Plenipotentiary of X", is one title: its modifiers are no name,
 * and the person after it serves X, never the country of the posting; a demonym before it names X too
 * ("and" between the title's modifiers is no joint of a list of people).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an Ambassador Extraordinary and Plenipotentiary of a country to another serves the first",
    text: "Defense Minister of Armenia Vigen Sargsyan on November 7 held a meeting with Ambassador Extraordinary and Plenipotentiary of France to Armenia Jean-Francois Charpentier, the ministry said.",
    gives: [
      ["Jean-Francois Charpentier", "affiliated_with", "France"],
      ["Vigen Sargsyan", "affiliated_with", "Armenia"],
    ],
    notGives: [["Jean-Francois Charpentier", "affiliated_with", "Armenia"]],
    noEntities: ["Extraordinary"],
  },
  {
    label: "the long title set off by commas before the name, after 'the', names the envoy's country",
    text: "The minister received the Ambassador Extraordinary and Plenipotentiary of Japan to Vietnam, Takio Yamada, in Hanoi on Monday.",
    gives: [["Takio Yamada", "affiliated_with", "Japan"]],
    notGives: [["Takio Yamada", "affiliated_with", "Vietnam"]],
  },
  {
    label: "a demonym before the long title and a posting after it: the envoy serves the demonym's country",
    text: "The Russian Ambassador Extraordinary and Plenipotentiary to Kazakhstan, Alexei Borodavkin, said the talks went well.",
    gives: [["Alexei Borodavkin", "affiliated_with", "Russia"]],
    notGives: [["Alexei Borodavkin", "affiliated_with", "Kazakhstan"]],
    noEntities: ["Extraordinary"],
  },
  {
    label: "an Envoy Extraordinary and Minister Plenipotentiary of a country serves it",
    text: "Envoy Extraordinary and Minister Plenipotentiary of Hungary Peter Nagy met the mayor.",
    gives: [["Peter Nagy", "affiliated_with", "Hungary"]],
    noEntities: ["Plenipotentiary"],
  },
  {
    label:
      "'Extraordinary' after a demonym's ambassador is no person's name, and the envoy serves the demonym's country",
    text: "Uzbek Ambassador Extraordinary and Plenipotentiary Farhod Arziev presented his credentials to the King.",
    gives: [["Farhod Arziev", "affiliated_with", "Uzbekistan"]],
    noEntities: ["Extraordinary"],
  },
  {
    label: "a demonym's long-titled envoy listed with another officer: each serves his own country",
    text: "The Chinese Ambassador Extraordinary and Plenipotentiary to Nepal Chen Song and Nepali Army chief Ashok Raj Sigdel inspected the trucks.",
    gives: [
      ["Chen Song", "affiliated_with", "China"],
      ["Ashok Raj Sigdel", "affiliated_with", "Nepal"],
    ],
    notGives: [
      ["Chen Song", "affiliated_with", "Nepal"],
      ["Ashok Raj Sigdel", "affiliated_with", "China"],
    ],
  },
];
