/**
 * Labelled sentences of helper xsent (session 31): a transfer told with its goods but no supplier
 * takes the supplier of the supply told in the two body sentences before it (nearest-supplier.ts),
 * and a supply noun with goods but no supplier ("part of the supply of 30 T-72 tanks") is such a
 * transfer; other suppliers or a hedge in reach, another recipient, a model of another make and
 * more goods received by a recipient already supplied give nothing.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a handover with no agent takes the supplier of the delivery told just before",
    text: "BAE Systems has formally delivered two warships to overseas customers in Portsmouth. The first Amazonas-class patrol vessel was handed over to the Brazilian Navy on 21 June.",
    gives: [["BAE Systems", "supplies", "Brazilian Navy"]],
  },
  {
    label: "a supply noun with goods and no supplier takes the supplier told two sentences before",
    text: "Russia handed over 10 BRDM-2 vehicles to Serbia on Tuesday. Serbian officials inspected the vehicles at a base in Nis. The handover was part of the supply of 30 T-72 tanks.",
    gives: [["Russia", "supplies", "T-72"]],
  },
  {
    label: "another supplier told in between leaves the handover without a supplier",
    text: "Airbus delivered two aircraft to Ghana last month. Turkey sold drones to Nigeria. The first Amazonas-class patrol vessel was handed over to the Brazilian Navy on 21 June.",
    notGives: [
      ["Turkey", "supplies", "Brazilian Navy"],
      ["Airbus", "supplies", "Brazilian Navy"],
    ],
  },
  {
    label: "a supply told only as possible gives no supplier to the noun after it",
    text: "Russia may deliver T-72 tanks to Serbia next year. The handover of 30 BRDM-2 vehicles was completed on Monday.",
    notGives: [["Russia", "supplies", "BRDM-2"]],
  },
  {
    label: "more goods a recipient received after one supplier's are not known to be that supplier's",
    text: "The United States delivered 20 Bradley vehicles to Ukraine. Ukraine also received 14 Leclerc tanks.",
    notGives: [["United States", "supplies", "Leclerc"]],
  },
  {
    label: "a receipt by another recipient than the delivery's is another deal",
    text: "Russia sold 12 Su-30 jets to India in March. Malaysia has received 18 Su-30 jets.",
    notGives: [["Russia", "supplies", "Malaysia"]],
  },
];
