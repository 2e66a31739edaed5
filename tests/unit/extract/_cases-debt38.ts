/**
 * Labelled sentences of helper debt38 (session 38): the review leftovers of session 37. An
 * obligation right before the verb ("has to", "have to": lexicon modality-cues.json wholeCues, read by the
 * verb group of clause.ts) makes the fact possible for every relation, as "must" did; "has agreed
 * to" and "has delivered" are no obligation. A hyphened pair of two countries before a noun of
 * conflict or border (lexicon hyphenPairConflictNouns) names no act of the two, so a judgement of
 * it is not copied to the pair's second name; and a speaker's statement about a pair that holds
 * its own side is about its own act, no judgement of the other name (hyphen-pairs.ts).
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
  {
    label: "a judgement of two countries' border clashes is not copied to the pair's second name",
    text: "China criticised the India-Pakistan border clashes.",
    notGives: [["China", "assesses", "Pakistan"]],
  },
  {
    label: "a judgement of the war between a hyphened pair is not copied to its second name",
    text: "Turkey condemned the Russia-Ukraine war on Monday.",
    notGives: [["Turkey", "assesses", "Ukraine"]],
  },
  {
    label: "a judgement of two countries' joint drill is about both, as before",
    text: "North Korea condemned the US-South Korea military drills on Monday.",
    gives: [
      ["North Korea", "assesses", "United States"],
      ["North Korea", "assesses", "South Korea"],
    ],
  },
  {
    label: "a judgement of two countries' alliance is about both, as before",
    text: "China criticised the US-Japan alliance.",
    gives: [
      ["China", "assesses", "United States"],
      ["China", "assesses", "Japan"],
    ],
  },
  {
    label: "a country that speaks of its own joint drill with another judges neither",
    text: "South Korea said the US-South Korea drills would begin on Monday.",
    notGives: [["South Korea", "assesses", "United States"]],
  },
  {
    label: "a minister who speaks of his country's joint drill with another judges neither (as before)",
    text: "South Korean Defence Minister Shin Won-sik said the US-South Korea drills would begin on Monday.",
    notGives: [["Shin Won-sik", "assesses", "United States"]],
    gives: [["Shin Won-sik", "affiliated_with", "South Korea"]],
  },
  {
    label: "a third country that speaks of a joint drill judges both, as before",
    text: "North Korea said the US-South Korea drills were a rehearsal for invasion.",
    gives: [["North Korea", "assesses", "United States"]],
  },
];
