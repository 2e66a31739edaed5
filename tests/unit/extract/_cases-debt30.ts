/**
 * Labelled sentences of the helper `debt` of session 30 (session 27's are in _cases-debt.ts): word
 * lists that one rule kept apart from the lexicon's own, now read from the lexicon, with the
 * sentences the wider list reaches.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a future of naming with 'shall' names goods supplied before, as 'will' does",
    text: "China sold two submarines to the Bangladesh Navy. The submarines shall be named 'BNS Nabajatra' and 'BNS Joyjatra' respectively, the newspaper reported.",
    gives: [
      ["China", "supplies", "BNS Nabajatra"],
      ["China", "supplies", "BNS Joyjatra"],
    ],
  },
  {
    label: "a future of naming with 'shall' and no vessel supplied before it names nothing supplied",
    text: "Bangladesh plans to build two submarines. The submarines shall be named 'BNS Nabajatra' and 'BNS Joyjatra'.",
    notGives: [["Bangladesh", "supplies", "BNS Nabajatra"]],
  },
  {
    label: "a person acting on behalf of a country's authorities acts for the country",
    text: "On behalf of the Kenyan authorities, General John Omenda handed over the equipment.",
    gives: [["John Omenda", "affiliated_with", "Kenya"]],
  },
  {
    label: "a person acting on behalf of the Authorities of a country acts for the country",
    text: "On behalf of the Authorities of Kenya, General John Omenda handed over the equipment.",
    gives: [["John Omenda", "affiliated_with", "Kenya"]],
  },
  {
    label:
      "a person named after the phrase of a country's authorities, not acting for them, is not the country's",
    text: "The Kenyan authorities said on Monday that General John Omenda handed over the equipment.",
    notGives: [["John Omenda", "affiliated_with", "Kenya"]],
  },
];
