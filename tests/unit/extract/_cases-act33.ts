/**
 * Labelled sentences of act33 (session 33): an act noun that refers back, as the subject of a
 * claim ("X said the launch was …", "“The launch is …,” X said"), makes the claim about the one
 * actor of the act told just before, as the object of a judgement does ("X condemned the launch");
 * nouns of aid ("this assistance", "the donation") refer back to an act of giving, and an act noun's
 * agent may follow a participle ("the support received from the PLA").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a claim whose subject is the launch told just before is about the launcher",
    text: "North Korea fired two missiles on Monday. Japanese Prime Minister Fumio Kishida said the launch was a grave threat to the region.",
    gives: [["Fumio Kishida", "assesses", "North Korea"]],
  },
  {
    label:
      "a quoted claim whose subject is the seizure told before, closed by its speaker, is about the seizer",
    text: "Iran seized a tanker in the Strait of Hormuz on Monday. “The seizure is a violation of international law,” British Foreign Secretary James Cleverly said.",
    gives: [["James Cleverly", "assesses", "Iran"]],
  },
  {
    label: "a donation referred back to in a claim is about the donor",
    text: "Japan donated two patrol boats to the Philippines. Philippine Defence Secretary Gilberto Teodoro said the donation would strengthen the coast guard.",
    gives: [["Gilberto Teodoro", "assesses", "Japan"]],
  },
  {
    label: "assistance referred back to support received from a body is about that body",
    text: "The RFMF expressed its gratitude for the support received from the PLA. Major General Jone Kalouniwai says this assistance has been instrumental in Fiji's efforts.",
    gives: [["Jone Kalouniwai", "assesses", "People's Liberation Army"]],
  },
  {
    label: "a strike told of two countries gives no one actor for the strike referred back to",
    text: "India and Pakistan exchanged fire across the border on Monday. Chinese Foreign Minister Wang Yi said the shelling was a dangerous escalation.",
    notGives: [
      ["Wang Yi", "assesses", "India"],
      ["Wang Yi", "assesses", "Pakistan"],
    ],
  },
  {
    label: "a claim about one's own side's strike told before does not judge one's own side",
    text: "Russia fired cruise missiles at Kyiv on Monday. Russian Defence Minister Sergei Shoigu said the strike hit military targets.",
    notGives: [["Sergei Shoigu", "assesses", "Russia"]],
  },
  {
    label: "a claim whose subject is no act noun does not take the actor of the act before",
    text: "North Korea fired two missiles on Monday. Japanese Prime Minister Fumio Kishida said the country would strengthen its defences.",
    notGives: [["Fumio Kishida", "assesses", "North Korea"]],
  },
];
