/**
 * Labelled sentences of helper debt36 (session 36): a possessor written with a bare curly
 * apostrophe ("Cyprus’") reads as one with a straight one ("Cyprus'") in the supply rules
 * (relations/supply.ts reads letters.ts POSSESSIVE_MARK, which holds both).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a named possessor with a bare curly apostrophe before 'largest arms supplier' is the recipient",
    text: "France remains Cyprus’ largest arms supplier.",
    gives: [["France", "supplies", "Cyprus"]],
  },
  {
    label:
      "a named possessor with a bare straight apostrophe before 'largest arms supplier' is the recipient",
    text: "France remains Cyprus' largest arms supplier.",
    gives: [["France", "supplies", "Cyprus"]],
  },
];
