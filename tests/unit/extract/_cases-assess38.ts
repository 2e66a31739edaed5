/**
 * Labelled sentences of helper assess38 (session 38), from its census of the speech rules'
 * assessments on tuning text: a foreign ministry's plain report ("the ministry said …") gives its
 * state's assessment only of another country; said of a person or a body (a meeting of two
 * generals, the state's own army, another country's armed forces) it stays the ministry's
 * statement (relations/ministry-states.ts). What the ministry judges (condemns, rejects, accuses)
 * its state still judges, whatever the target.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a foreign ministry's report of a meeting of two people gives no state's assessment of them",
    text: "A meeting between Burhan and RSF commander Mohamed Hamdan Dagalo was proposed by mediators in Jeddah but has not taken place, Saudi Arabia's Foreign Ministry said.",
    // (Nor, since prec39's body-reports.ts, the ministry's own: a body's news of people told before it.)
    notGives: [
      ["Saudi Arabia", "assesses", "Mohamed Hamdan Dagalo"],
      ["Saudi Foreign Ministry", "assesses", "Mohamed Hamdan Dagalo"],
    ],
  },
  {
    label: "a foreign ministry's report about its own state's army gives no state's assessment of it",
    text: "China's foreign ministry said the People's Liberation Army will take all necessary measures.",
    notGives: [["China", "assesses", "People's Liberation Army"]],
  },
  {
    label:
      "a foreign ministry's charge against another country's armed forces: the state assesses the country, not the body",
    text: "Ethiopia's foreign ministry says Sudanese armed forces have pushed into Ethiopian territory, occupying farms and looting properties.",
    gives: [["Ethiopia", "assesses", "Sudan"]],
    notGives: [["Ethiopia", "assesses", "Sudanese Armed Forces"]],
  },
  {
    label: "a foreign ministry's plain report about another country still gives its state's assessment",
    text: "The Turkish Foreign Ministry said Kenya had protested the shipment.",
    gives: [
      ["Turkish Foreign Ministry", "assesses", "Kenya"],
      ["Turkey", "assesses", "Kenya"],
    ],
  },
  {
    label: "a foreign ministry's judgement of a person is its state's too",
    text: "Poland's foreign ministry condemned Alexander Lukashenko for pushing migrants toward the border.",
    gives: [["Poland", "assesses", "Alexander Lukashenko"]],
  },
];
