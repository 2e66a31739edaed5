/**
 * Labelled sentences of helper debt38 (session 38): the review leftovers of session 37. An
 * obligation right before the verb ("has to", "have to": lexicon WHOLE_MODALITY_CUES, read by the
 * verb group of clause.ts) makes the fact possible for every relation, as "must" did; "has agreed
 * to", "has delivered" and "has to date delivered" are no obligation.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country that has to deliver tanks is obliged, not a supplier",
    text: "Germany has to deliver more tanks to Ukraine, Polish Prime Minister Donald Tusk said.",
    hedged: [["Germany", "supplies", "Ukraine", "possible"]],
    gives: [["Donald Tusk", "affiliated_with", "Poland"]],
  },
  {
    label: "countries that have to supply named tanks are obliged, not suppliers",
    text: "Germany and France have to supply more Leopard tanks to Ukraine, Zelensky said.",
    hedged: [
      ["Germany", "supplies", "Ukraine", "possible"],
      ["France", "supplies", "Leopard 2", "possible"],
    ],
  },
  {
    label: "a seller that has to sell systems under a contract is obliged, not a seller yet",
    text: "Russia has to sell more S-400 systems to India under the 2018 contract.",
    hedged: [["Russia", "supplies", "India", "possible"]],
  },
  {
    label: "a country that must deliver tanks is obliged, as before",
    text: "Germany must deliver more tanks to Ukraine, Polish Prime Minister Donald Tusk said.",
    hedged: [["Germany", "supplies", "Ukraine", "possible"]],
  },
  {
    label: "a country that has delivered tanks supplies them (has is no obligation alone)",
    text: "Poland has delivered 14 Leopard tanks to Ukraine.",
    gives: [
      ["Poland", "supplies", "Ukraine"],
      ["Poland", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a country that has agreed to deliver counted tanks supplies them (has and to are not joined)",
    text: "Germany has agreed to deliver 18 Leopard tanks to Ukraine.",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "a buyer that has agreed to buy counted howitzers buys them (has and to are not joined)",
    text: "Estonia has agreed to buy 12 K9 howitzers from South Korea in a 46 million-euro deal.",
    gives: [["South Korea", "supplies", "Estonia"]],
  },
  {
    label: "a minister who has to meet another is obliged, no meeting held",
    text: "Russian Foreign Minister Sergei Lavrov has to meet Chinese Foreign Minister Wang Yi before the summit.",
    hedged: [["Sergei Lavrov", "meets", "Wang Yi", "possible"]],
  },
];
