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
  {
    label: "a time phrase between an unnamed subject and the signing verb is no unknown signer",
    text:
      "India is buying more fighter jets. The defence ministry on Monday signed a contract with " +
      "Hindustan Aeronautics Limited for 97 Tejas jets.",
    gives: [["Hindustan Aeronautics Limited", "supplies", "India"]],
  },
  {
    label: "a counted noun that is no group noun, before a preposition, is no group object",
    text:
      "Finland and Estonia reported drone incursions on Monday. Russia condemned the two attacks on " +
      "countries that had closed their borders.",
    gives: [],
    notGives: [
      ["Russia", "assesses", "Finland"],
      ["Russia", "assesses", "Estonia"],
    ],
  },
  {
    label: "a co-signer 'together with' is no seller of the deal",
    text:
      "Greece signed a contract on Monday together with Cyprus. Under the deal, Greece will receive " +
      "six patrol boats.",
    gives: [],
    notGives: [["Cyprus", "supplies", "Greece"]],
  },
];
