/**
 * Labelled sentences of session 38's entity class: a news source named only by the words around
 * it (source-outlets.ts). An unknown name after "told" or "citing" that closes its clause, or
 * opening a clause before a verb of reporting ("X reports, citing", "As X has reported"), is an
 * Organization; a given name keeps a person a person, and "according to" (whose object is as often
 * a person) is no cue. And a person's hyphenated surname alone ("Hennis-Plasschaert said") is the
 * person named in full before (hyphened-surnames.ts), with that person's side.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an unknown name told something at the end of a sentence is an outlet",
    text: "Georgia will receive the first radars in May, a defence ministry official told Kavkazpress.",
    typed: [["Kavkazpress", "Organization"]],
  },
  {
    label: "an acronym no list knows, told something at the end of a sentence, is an outlet",
    text: "The ceasefire was broken twice on Sunday, the army spokesman told RTVM.",
    typed: [["RTVM", "Organization"]],
  },
  {
    label: "an unknown name that reports at the start of a clause, citing a ministry, is an outlet",
    text: "Moldova has signed a contract for two air defence batteries, Dnestrnews reports, citing the defence ministry.",
    typed: [["Dnestrnews", "Organization"]],
  },
  {
    label: "an unknown name that has reported, after 'as', is an outlet",
    text: "As Halvard has reported, the navy plans to buy four corvettes before 2030.",
    typed: [["Halvard", "Organization"]],
  },
  {
    label: "an unknown name cited at the end of a sentence is an outlet",
    text: "The two leaders discussed arms supplies on Wednesday, the agency said, citing Baltinfo.",
    typed: [["Baltinfo", "Organization"]],
  },
  {
    label: "a given name and a surname told something stay a person",
    text: "The contract was signed in March, the minister told Tom Brandt.",
    typed: [["Tom Brandt", "Person"]],
    notTyped: [["Tom Brandt", "Organization"]],
  },
  {
    label: "a name told something and then described as a person is no outlet",
    text: "The delivery was delayed, the commander told Halloran, a reporter who visited the base.",
    noEntities: ["Halloran"],
  },
  {
    label: "'according to' before an unknown name of two words is no outlet's cue",
    text: "The howitzers were delivered in May, according to Ruvik Dalen.",
    typed: [["Ruvik Dalen", "Person"]],
    notTyped: [["Ruvik Dalen", "Organization"]],
  },
  {
    label: "a hyphenated surname alone is the person named in full before, whose own side it speaks of",
    text: "Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Moscow on Friday. Amir-Abdollahian told state television that Iran had not sent missiles to Russia.",
    same: [["Amir-Abdollahian", "Hossein Amir-Abdollahian"]],
    gives: [["Hossein Amir-Abdollahian", "affiliated_with", "Iran"]],
    notGives: [["Hossein Amir-Abdollahian", "assesses", "Iran"]],
  },
  {
    label: "a hyphenated surname alone carries the full-named person's assessment",
    text: "Dutch Defence Minister Jeanine Hennis-Plasschaert visited Vilnius on Monday. Hennis-Plasschaert accused Russia of violating Dutch airspace.",
    gives: [["Jeanine Hennis-Plasschaert", "assesses", "Russia"]],
    noNames: ["Hennis-Plasschaert"],
  },
];
