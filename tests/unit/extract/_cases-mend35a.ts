/**
 * Labelled sentences of mend35a (session 35, mending the final review A): a counted group object
 * ("praised the two countries") finds its members within a few sentences, and not past a nearer
 * sentence that names as many actors of its kind another way.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a group object does not reach past a nearer sentence that names a pair another way",
    text:
      "India and Pakistan exchanged fire along the border in May. The clashes killed dozens of people. " +
      "Talks resumed in June. Armenia signed a peace agreement with Azerbaijan on Friday. " +
      "The European Union praised the two countries for their courage.",
    gives: [],
    notGives: [
      ["European Union", "assesses", "India"],
      ["European Union", "assesses", "Pakistan"],
    ],
  },
];
