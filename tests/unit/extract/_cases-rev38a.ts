/**
 * Labelled sentences of helper rev38a (session 38, final review of the session's rules): a verb of
 * giving followed right by "to" names the cause it commits to, no goods ("Washington committed to
 * Israel's security"; relations/served-cause.ts); lower-case titles joined by "and" before a title
 * written as one before a name are another person's ("India's defence secretary and Army Chief
 * General X"; relations/title-conjuncts.ts), and such a title's possessor is not shared with the
 * next title ("Israel's prime minister and Defense Secretary Lloyd Austin"; relations/described-titles.ts); a
 * former president the lexicon lists by name gives his administration's country ("The Obama
 * Administration approved the sale", leader-governments.ts through people.json entities); a named
 * weapon joined after people who are no goods is still supplied ("sent rescuers and Bayraktar TB2
 * drones", relations/supply.ts communicates).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "committed to a country's security: a commitment, no supply",
    text: "Washington committed to Israel's security.",
    notGives: [["United States", "supplies", "Israel"]],
  },
  {
    label: "committed itself to a country's defence: a commitment, no supply",
    text: "The United States has committed itself to Taiwan's defence.",
    notGives: [["United States", "supplies", "Taiwan"]],
  },
  {
    label: "pledged to a country's defence: a pledge of no goods",
    text: "The United States pledged to Taiwan's defence.",
    notGives: [["United States", "supplies", "Taiwan"]],
  },
  {
    label: "committed tanks to a country: still a supply",
    text: "The United States committed 31 Abrams tanks to Ukraine.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "M1 Abrams"],
    ],
  },
  {
    label: "goods after the to-phrase: still a supply",
    text: "Germany committed to Ukraine's armed forces another 40 Marder vehicles.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Marder"],
    ],
  },
  {
    label: "a recipient right after the verb, goods after it: still a supply",
    text: "Germany delivered to Ukraine 18 Leopard tanks.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "passive goods committed to a country's defence: still a supply",
    text: "Thirty Leopard tanks were committed to Ukraine's defence by Germany.",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "a lower-case title of a country before 'and' and a title written before the name: two people",
    text: "The talks were attended by Pakistan's defence secretary and Army Chief General Manoj Pande.",
    notGives: [["Manoj Pande", "affiliated_with", "Pakistan"]],
  },
  {
    label: "a company's lower-case title before 'and' and a capitalised title before the name: two people",
    text: "The talks were attended by Embraer president and Army Chief General Manoj Pande.",
    notGives: [["Manoj Pande", "affiliated_with", "Embraer"]],
  },
  {
    label: "capitalised titles joined by 'and' before a name are still one person's",
    text: "The minister met Uganda's Chief of Defence Forces and First Deputy Prime Minister Muhoozi Kainerugaba.",
    gives: [["Muhoozi Kainerugaba", "affiliated_with", "Uganda"]],
  },
  {
    label: "lower-case fields before 'and CEO' are still one person's",
    text: "Saab aeronautics and defence president and CEO Micael Johansson said the deal was signed.",
    gives: [["Micael Johansson", "affiliated_with", "Saab"]],
  },
  {
    label:
      "a country's lower-case title before 'and' and a title written before the name: the possessor is not shared",
    text: "Israel's prime minister and Defense Secretary Lloyd Austin spoke by phone.",
    notGives: [["Lloyd Austin", "affiliated_with", "Israel"]],
  },
  {
    label: "a country's lower-case title before 'and' and a capitalised title before the name: two people",
    text: "He spoke to reporters alongside Iran's foreign minister and Prime Minister Shehbaz Sharif.",
    notGives: [["Shehbaz Sharif", "affiliated_with", "Iran"]],
  },
  {
    label: "a country's capitalised titles joined by 'and' before the name: still shared",
    text: "Israel's Prime Minister and Defence Minister Yoav Gallant spoke by phone.",
    gives: [["Yoav Gallant", "affiliated_with", "Israel"]],
  },
  {
    label: "a named first person before 'and' and a later title: the possessor is still shared",
    text: "Peru's President Dina Boluarte and Defense Minister Walter Astudillo met the delegation.",
    gives: [["Walter Astudillo", "affiliated_with", "Peru"]],
  },
  {
    label: "a former president's capitalised administration is the United States",
    text: "The Obama Administration approved the sale of F-16 jets to Pakistan.",
    gives: [
      ["United States", "supplies", "Pakistan"],
      ["United States", "supplies", "F-16"],
    ],
  },
  {
    label: "another former president's capitalised administration is the United States",
    text: "The Bush Administration sold Patriot missiles to Taiwan.",
    gives: [
      ["United States", "supplies", "Taiwan"],
      ["United States", "supplies", "Patriot"],
    ],
  },
  {
    label: "a named weapon joined after people who are no goods is still supplied",
    text: "Turkey sent rescuers and Bayraktar TB2 drones to Syria.",
    gives: [
      ["Turkey", "supplies", "Syria"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label: "people who are no goods joined to other people: still no supply",
    text: "Germany sent firefighters and police to Greece.",
    notGives: [["Germany", "supplies", "Greece"]],
  },
];
