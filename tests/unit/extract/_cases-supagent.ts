/**
 * Labelled sentences of the helper supagent (session 30): a notice of a sale sent to a legislature
 * supplies nothing, and a reduced passive of buying ("the vessel acquired by the Navy from China")
 * names buyer and seller.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "must not: a notification of a sale sent to Congress supplies no goods to Congress",
    text: "The Defense Security Cooperation Agency sent a notification of the possible sale to Congress on Tuesday.",
    notGives: [["Defense Security Cooperation Agency", "supplies", "Congress"]],
  },
  {
    label: "a reduced passive of buying names the buyer by 'by' and the seller by 'from'",
    text: "The vessel P 625 acquired by the Sri Lanka Navy from the People's Republic of China was commissioned on Monday.",
    gives: [["China", "supplies", "Sri Lanka Navy"]],
  },
  {
    label: "a reduced passive of buying after plural goods",
    text: "The helicopters bought by Kenya from Russia arrived on Monday.",
    gives: [["Russia", "supplies", "Kenya"]],
  },
  {
    label: "must not: goods bought from an unnamed firm of a country are not the state's supply",
    text: "They are products purchased by Ukraine from a Turkish company.",
    notGives: [["Turkey", "supplies", "Ukraine"]],
  },
];
