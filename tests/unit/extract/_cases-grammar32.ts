/**
 * Labelled sentences of session 32's tagging and clause faults: a third-person verb read as a
 * plural noun, told by the word's own lexicon entry and its place ("Beijing objects the decision",
 * "China, which supplies"); "then" after "and" that opens no list item before a verb ("visited Seoul
 * and then met"); and "and" before a name whose third-person verb follows it at once, which opens a
 * clause after an actor governed by a preposition ("to Azerbaijan and Iran claims") and ends the zone of
 * the verb before it ("sells jets to Egypt and Israel supplies drones to India").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a third-person verb after a name and before its object is the name's verb",
    text: "Beijing objects the US decision to approve arms sales to Taiwan.",
    gives: [["China", "assesses", "United States"]],
  },
  {
    label: "a third-person verb after a name makes the relative clause after it a clause of its own",
    text: "Pakistan values its partnership with China, which supplies the JF-17 jets to its air force.",
    gives: [["China", "supplies", "JF-17"]],
  },
  {
    label: "a verb after 'and then' shares the first verb's subject, not the place that verb took",
    text: "Pete Hegseth visited Seoul and then met with President Lee Jae-myung.",
    gives: [["Pete Hegseth", "meets", "Lee Jae-myung"]],
    notGives: [["Lee Jae-myung", "meets", "South Korea"]],
  },
  {
    label: "a plan to visit and then meet hedges the meeting and gives the place no part in it",
    text: "Pete Hegseth plans to visit Seoul and then meet with President Lee Jae-myung.",
    hedged: [["Pete Hegseth", "meets", "Lee Jae-myung", "planned"]],
    notGives: [["Lee Jae-myung", "meets", "South Korea"]],
  },
  {
    label: "'and then' before a title still opens the next item of a list",
    text: "Putin met Xi and then Defence Minister Li Shangfu in Beijing.",
    gives: [
      ["Vladimir Putin", "meets", "Xi Jinping"],
      ["Vladimir Putin", "meets", "Li Shangfu"],
    ],
  },
  {
    label: "a name with its own third-person verb after 'and' is no recipient of the supply before it",
    text: "The minister said Israel supplies drones to Azerbaijan and Iran claims the drones target its territory.",
    gives: [["Israel", "supplies", "Azerbaijan"]],
    notGives: [["Israel", "supplies", "Iran"]],
  },
  {
    label: "a name that denies after 'and' is not a recipient of the delivery before it",
    text: "Russia delivered missiles to Syria and Iran denies any role in the transfer.",
    gives: [["Russia", "supplies", "Syria"]],
    notGives: [["Russia", "supplies", "Iran"]],
  },
  {
    label: "a name after 'and' with its own supply verb is that verb's supplier",
    text: "The United States sells jets to Egypt and Israel supplies drones to India.",
    gives: [
      ["United States", "supplies", "Egypt"],
      ["Israel", "supplies", "India"],
    ],
    notGives: [
      ["United States", "supplies", "Israel"],
      ["United States", "supplies", "India"],
    ],
  },
  {
    label: "the object of a second supplier's own verb after 'and' is no recipient of the first",
    text: "Germany sends tanks to Ukraine and Poland sends jets to Kyiv.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Poland", "supplies", "Ukraine"],
    ],
    notGives: [["Germany", "supplies", "Poland"]],
  },
  {
    label: "a buyer's own clause after 'and' takes its seller, not the seller of the clause before",
    text: "Russia sells tanks to Algeria and Egypt buys jets from France.",
    gives: [
      ["Russia", "supplies", "Algeria"],
      ["France", "supplies", "Egypt"],
    ],
    notGives: [["Russia", "supplies", "Egypt"]],
  },
  {
    label: "two recipients joined by 'and' before a time adverbial stay one list",
    text: "Germany sent tanks to Poland and Ukraine in 2023.",
    gives: [
      ["Germany", "supplies", "Poland"],
      ["Germany", "supplies", "Ukraine"],
    ],
  },
  {
    label: "two actors that 'between' takes stay one list before a third-person verb",
    text: "Talks between Russia and China focus on arms sales to Iran.",
    gives: [["Russia", "meets", "China"]],
  },
];
