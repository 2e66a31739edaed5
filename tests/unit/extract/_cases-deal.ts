/**
 * Labelled sentences of the deal family (session 26): sales, contracts and purchases whose seller,
 * buyer or goods are told in another clause or sentence, or after a descriptor noun.
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by the shape they exercise. */
export const CASES: SentenceCase[] = [
  // ---- an organisation named before its descriptor noun is the subject
  {
    label: "an arms agency named before its descriptor signs contracts for two buyers",
    text: "Russia's Rosoboronexport arms agency has signed two contracts for the delivery of 16 helicopters for Algeria and six helicopters for Uganda.",
    gives: [
      ["Rosoboronexport", "supplies", "Algeria"],
      ["Rosoboronexport", "supplies", "Uganda"],
      ["Russia", "supplies", "Uganda"],
    ],
  },
  {
    label: "the company named before 'company' delivers drones",
    text: "The Baykar company has delivered 12 TB2 drones to Niger.",
    gives: [["Baykar", "supplies", "Niger"]],
  },
  {
    label: "a shipyard named before its descriptor hands over a vessel",
    text: "The Kership shipyard handed over an offshore patrol vessel to Senegal on Friday.",
    gives: [["Kership", "supplies", "Senegal"]],
  },
  {
    label: "a company named before its descriptor that has not delivered gives nothing",
    text: "Niger said the Baykar company has not delivered 12 TB2 drones to Niger.",
    notGives: [["Baykar", "supplies", "Niger"]],
  },
  {
    label: "a news agency that reports a delivery supplies nothing",
    text: "The Anadolu news agency reported that Turkey delivered 12 TB2 drones to Niger.",
    gives: [["Turkey", "supplies", "Niger"]],
    notGives: [["Anadolu", "supplies", "Niger"]],
  },
];
