/**
 * Labelled sentences of helper mend36a (session 36): mends of the session's final review of the
 * relation rules. A purchase's seller named after it is the head of the signing's with-phrase only,
 * not a country or body inside an of-phrase of a common noun ("signed with the approval of the
 * European Union"; relations/signed-partners.ts partnerAfter).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "must-not: a body inside 'the approval of' after 'signed with' is no seller",
    text: "Brazil signed a contract to buy four Scorpene submarines. The contract was signed with the approval of the European Union.",
    notGives: [
      ["European Union", "supplies", "Brazil"],
      ["European Union", "supplies", "Scorpene"],
    ],
  },
  {
    label: "must-not: an alliance inside 'the support of' after 'signed with' is no seller",
    text: "Chile signed a contract to buy two Type 209 submarines. The deal was signed with the support of NATO in Brussels.",
    notGives: [["NATO", "supplies", "Chile"]],
  },
  {
    label: "must-not: a country inside 'the backing of' after 'signed with' is no seller",
    text: "Kenya ordered two patrol boats last year. The contract was signed with the backing of the United States.",
    notGives: [["United States", "supplies", "Kenya"]],
  },
  {
    label: "must-not: a country inside 'the help of' after 'signed with' is no seller",
    text: "Peru signed a contract to buy four Scorpene submarines. The contract was signed with the help of France.",
    notGives: [["France", "supplies", "Peru"]],
  },
  {
    label: "a firm inside the of-phrase of a firm noun after 'signed with' is the seller",
    text: "India has signed a $737 million contract for the procurement of 145 M777 howitzers. The deal was inked Wednesday with the US subsidiary of BAE Systems.",
    gives: [
      ["BAE Systems", "supplies", "India"],
      ["BAE Systems", "supplies", "M777"],
    ],
  },
];
