/**
 * Labelled sentences added by sup32 (session 32): a relative clause on goods whose subject is a
 * government or body known by a noun and its modifiers, not by a name ("which the Federal
 * Government ordered from Russia"), tells the goods' seller and their receiver, under the clause's
 * own hedge; a purchase from a seller inside a deal "between" two parties, one on the seller's side,
 * is bought by the other ("a deal between Mexico and the U.S. for the purchase of helicopters from
 * U.S. contractors").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "goods that the Federal Government ordered from a country were supplied by it to the body that took them",
    text: "The Nigerian Air Force took delivery of two Mi-35M helicopter gunships that the Federal Government ordered from Russia.",
    gives: [
      ["Russia", "supplies", "Mi-35M"],
      ["Russia", "supplies", "Nigerian Air Force"],
    ],
  },
  {
    label:
      "a government named by a modifier and its noun in a relative clause is no named buyer that stops the sale",
    text: "The Ghana Navy received four patrol boats which the Central Government bought from China.",
    gives: [
      ["China", "supplies", "Ghana Navy"],
      ["China", "supplies", "patrol boat"],
    ],
  },
  {
    label: "a purchase the relative clause only says may happen stays hedged",
    text: "The Nigerian Air Force expects two Mi-35M helicopters that the Federal Government may buy from Russia.",
    hedged: [["Russia", "supplies", "Mi-35M", "possible"]],
    notGives: [["Russia", "supplies", "Mi-35M"]],
  },
  {
    label: "a purchase the relative clause's government only wants stays planned",
    text: "The Nigerian Air Force received two Mi-35M helicopters that the Federal Government wants to buy from Russia.",
    hedged: [["Russia", "supplies", "Nigerian Air Force", "planned"]],
    notGives: [["Russia", "supplies", "Nigerian Air Force"]],
  },
  {
    label: "the party of a deal between two that is not the seller buys what the deal's purchase noun names",
    text: "The meeting follows a proposed deal between Mexico and the U.S. for the purchase of 18 Black Hawk helicopters from U.S. contractors.",
    gives: [
      ["United States", "supplies", "Mexico"],
      ["United States", "supplies", "Black Hawk"],
    ],
  },
  {
    label: "an agreement between two countries on a purchase from one of them makes the other the buyer",
    text: "The agreement between India and Russia on the purchase of S-400 systems from Russia was signed in 2018.",
    gives: [["Russia", "supplies", "India"]],
  },
  {
    label: "a deal between two parties for a purchase from a third names neither party as buyer",
    text: "A deal between Egypt and France for the purchase of 12 Black Hawk helicopters from the United States was reported on Monday.",
    notGives: [
      ["United States", "supplies", "Egypt"],
      ["United States", "supplies", "France"],
    ],
  },
];
