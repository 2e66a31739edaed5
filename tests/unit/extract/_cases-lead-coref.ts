/**
 * Labelled sentences added by the lead in session 30: a country description whose modifier is
 * capitalised ("the Communist state") refers back to the country, unless the modifier names one.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "the Communist state refers back to the country told before",
    text: "North Korea fired two missiles on Monday. Minister Kishi said that the Communist state's missile program posed a serious challenge.",
    gives: [["Kishi", "assesses", "North Korea"]],
  },
  {
    label: "a state qualified by another country's demonym is not the country told before",
    text: "Ukraine was attacked again on Monday. Minister Kishi said that the Russian state had violated UN resolutions.",
    notGives: [["Kishi", "assesses", "Ukraine"]],
  },
];
