/**
 * Labelled sentences added by the lead in session 26: a quick check that family case files are read.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a purchase seen from the buyer names the seller as supplier",
    text: "Vietnam bought four patrol boats from Israel last year.",
    gives: [["Israel", "supplies", "Vietnam"]],
  },
];
