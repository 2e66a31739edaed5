/**
 * Labelled sentences of titlebody33 (session 33): an unlisted body's name opened by a title's head
 * is a title, its body the one after the title's "of" (title-bodies.ts); a body noun before the
 * title's head, a plural or possessive title head, or a title head that opens real bodies' names
 * ("General"), leaves the body whole; a portfolio after the body ("for Procurement") is the title's.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "a title with an office after 'of' before a ranked name gives the person that office, no body of the title",
    text: "The talks were attended by Technical Director of the Office of the Minister of Defense Lt. Gen. Antonino Cordero.",
    entities: ["Office of the Minister of Defense"],
    noEntities: ["Technical Director of the Office of the Minister of Defense"],
    gives: [["Antonino Cordero", "affiliated_with", "Office of the Minister of Defense"]],
  },
  {
    label: "a title with its portfolio and no 'of' before a named person is no body at all",
    text: "The ceremony was attended by Under Secretary Finance and Administration Mrs Edith Buturo and the army commander.",
    noEntities: ["Under Secretary Finance and Administration"],
  },
  {
    label:
      "an undersecretary of a ministry for a portfolio serves the ministry; the portfolio is the title's",
    text: "Also present was Undersecretary of the Ministry of Defense for Procurement and Armament Ibrahim Al-Suwaid.",
    entities: ["Ministry of Defense"],
    noEntities: [
      "Undersecretary of the Ministry of Defense for Procurement and Armament",
      "Ministry of Defense for Procurement and Armament",
    ],
  },
  {
    label: "must not: plural and possessive title heads name bodies",
    text: "The Joint Chiefs of Staff Committee met the commander of the Sultan's Armed Forces and the Prosecutor General's Office.",
    entities: ["Joint Chiefs of Staff Committee", "Sultan's Armed Forces", "Prosecutor General's Office"],
  },
  {
    label: "must not: a body noun before 'for' keeps it in the body's name",
    text: "The Ministry for Foreign Affairs of Sweden summoned the envoy.",
    entities: ["Ministry for Foreign Affairs of Sweden"],
  },
  {
    label: "must not: a body noun before the title's head leaves the body whole",
    text: "The Office of the President said the Ministry of Defence would buy six helicopters.",
    entities: ["Office of the President", "Ministry of Defence"],
  },
  {
    label: "must not: 'General' opens real bodies' names",
    text: "Officers of the Turkish General Staff visited General Dynamics in Virginia.",
    entities: ["General Dynamics"],
  },
];
