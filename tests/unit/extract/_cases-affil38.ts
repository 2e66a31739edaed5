/**
 * Labelled sentences of helper affil38 (session 38): titles joined by "and" before a name are one
 * person's ("Bahrain's Crown Prince, Deputy Supreme Commander of the Bahrain Defense Force and First
 * Deputy Prime Minister X"), so the countries and bodies the earlier titles name are that person's
 * too (relations/title-conjuncts.ts); titles opened by an article after another word ("talks
 * between the chairman of X and Defence Minister Y") may be two people and give nothing.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "a country's title, a title of a body and a last title run into one name: the country and the body",
    text:
      "The visit came at the invitation of Jordan's Crown Prince, Deputy Commander of the Jordan Armed Forces " +
      "and Special Envoy Hussein bin Abdullah.",
    gives: [
      ["Hussein bin Abdullah", "affiliated_with", "Jordan"],
      ["Hussein bin Abdullah", "affiliated_with", "Jordan Armed Forces"],
    ],
  },
  {
    label: "a country's office of a body and another title before the name: the body and the country",
    text: "The minister met Uganda's Chief of Defence Forces and First Deputy Prime Minister Muhoozi Kainerugaba.",
    gives: [["Muhoozi Kainerugaba", "affiliated_with", "Uganda"]],
  },
  {
    label: "a company's lower-case fields joined by 'and' before its president and CEO",
    text: "Saab aeronautics and defence president and CEO Micael Johansson said the deal was signed.",
    gives: [["Micael Johansson", "affiliated_with", "Saab"]],
  },
  {
    label: "an office of a country joined by 'and' to a last title before the name",
    text: "Army Chief of Staff of Nepal and Defence Minister Ram Thapa attended the ceremony.",
    gives: [["Ram Thapa", "affiliated_with", "Nepal"]],
  },
  {
    label: "an article opening the first title after 'between': two people, no affiliation from the first",
    text: "Talks between the chairman of Rheinmetall and Defence Minister Boris Pistorius ended on Monday.",
    notGives: [["Boris Pistorius", "affiliated_with", "Rheinmetall"]],
  },
  {
    label: "a named person between the titles: the later title is another person's",
    text: "Chief of Staff of the Kenya Navy Admiral Jimson Mutai and Defence Minister Aden Duale met on Monday.",
    notGives: [["Aden Duale", "affiliated_with", "Kenya Navy"]],
  },
];
