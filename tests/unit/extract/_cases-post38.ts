/**
 * Labelled sentences of helper post38 (session 38): a country's posting title to a bloc of states
 * ("Russia's UN ambassador X", "Hungary's EU envoy X") ties the envoy to the country that sends him,
 * not to the bloc he is sent to (bloc-postings.ts, lexicon blocPostingTitles and countryBlocs), and
 * he speaks for that country ("the Pakistani UN envoy said", chunks.ts qualifier); and a body's title
 * opened by an article ("the NATO chief and Prime Minister X") is another person's, so the body is
 * not shared with the name after "and" (affiliation.ts bodyLead).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country's possessive, a bloc and 'ambassador' before a name: the country, not the bloc",
    text: "Russia's UN ambassador Vasily Nebenzia rejected the claims on Monday.",
    gives: [["Vasily Nebenzia", "affiliated_with", "Russia"]],
    notGives: [["Vasily Nebenzia", "affiliated_with", "United Nations"]],
  },
  {
    label: "a country's acronym before a bloc's ambassador: the country",
    text: "US UN Ambassador Linda Thomas-Greenfield spoke to reporters in New York.",
    gives: [["Linda Thomas-Greenfield", "affiliated_with", "United States"]],
    notGives: [["Linda Thomas-Greenfield", "affiliated_with", "United Nations"]],
  },
  {
    label: "a demonym before a bloc's ambassador: the country",
    text: "Israeli UN Ambassador Gilad Erdan criticised the resolution.",
    gives: [["Gilad Erdan", "affiliated_with", "Israel"]],
    notGives: [["Gilad Erdan", "affiliated_with", "United Nations"]],
  },
  {
    label: "a country's ambassador to NATO set off by commas: the country",
    text: "Sweden's NATO ambassador, Axel Wernhoff, attended the meeting in Brussels.",
    gives: [["Axel Wernhoff", "affiliated_with", "Sweden"]],
    notGives: [["Axel Wernhoff", "affiliated_with", "NATO"]],
  },
  {
    label: "a country's EU envoy: the country, not the EU",
    text: "Hungary's EU envoy Balint Odor said the decision was wrong.",
    gives: [["Balint Odor", "affiliated_with", "Hungary"]],
    notGives: [["Balint Odor", "affiliated_with", "European Union"]],
  },
  {
    label: "a country's deputy envoy to the IAEA: the country; the agency is no body of the country",
    text: "Iran's deputy IAEA envoy Reza Najafi said the report was biased.",
    gives: [["Reza Najafi", "affiliated_with", "Iran"]],
    notGives: [
      ["Reza Najafi", "affiliated_with", "IAEA"],
      ["IAEA", "affiliated_with", "Iran"],
    ],
  },
  {
    label: "a country's permanent representative at the UN before the name: the country",
    text: "Pakistan's UN Permanent Representative Munir Akram spoke at the session.",
    gives: [["Munir Akram", "affiliated_with", "Pakistan"]],
    notGives: [["Munir Akram", "affiliated_with", "United Nations"]],
  },
  {
    label: "an unnamed country's envoy to a bloc as a speaker: the country assesses, not the bloc",
    text: "The Pakistani UN envoy said India had supplied weapons to the rebels.",
    gives: [["Pakistan", "assesses", "India"]],
    notGives: [["United Nations", "assesses", "India"]],
  },
  {
    label: "a country's possessive envoy to a bloc who accuses: the country",
    text: "Israel's UN ambassador accused Iran of arming Hezbollah.",
    gives: [["Israel", "assesses", "Iran"]],
    notGives: [["United Nations", "assesses", "Iran"]],
  },
  {
    label: "a country's envoy to a bloc set off after the name: the country",
    text: "Vasily Nebenzia, Russia's UN ambassador, said the draft was biased.",
    gives: [["Vasily Nebenzia", "affiliated_with", "Russia"]],
    notGives: [["Vasily Nebenzia", "affiliated_with", "United Nations"]],
  },
  {
    label: "a bloc's envoy with no country before: the bloc sends him",
    text: "UN envoy Hans Grundberg met the Houthi leaders in Sanaa.",
    gives: [["Hans Grundberg", "affiliated_with", "United Nations"]],
  },
  {
    label: "a bloc's ambassador to a country: the bloc",
    text: "EU Ambassador to Ukraine Katarina Mathernova visited Kharkiv on Tuesday.",
    gives: [["Katarina Mathernova", "affiliated_with", "European Union"]],
  },
  {
    label: "a country's commissioner at the EU serves the EU: no posting title",
    text: "Slovakia's EU commissioner Maros Sefcovic said the rules would change.",
    gives: [["Maros Sefcovic", "affiliated_with", "European Union"]],
  },
  {
    label: "a country's body that is no bloc keeps its representative",
    text: "The US Army representative Colonel John Miles signed the agreement.",
    gives: [["John Miles", "affiliated_with", "US Army"]],
  },
  {
    label: "'the' body's chief and a titled name after 'between': two people, the body is not the second's",
    text: "Talks between the NATO chief and Prime Minister Narendra Modi focused on security in Europe.",
    notGives: [["Narendra Modi", "affiliated_with", "NATO"]],
  },
  {
    label: "'the' body's chief and a titled name as a subject: two people",
    text: "The UN chief and Foreign Minister Sergei Lavrov held talks in Geneva on Friday.",
    notGives: [["Sergei Lavrov", "affiliated_with", "United Nations"]],
  },
  {
    label: "a body's titles joined by a bare 'and' with no article: one person's",
    text: "Rheinmetall chairman and CEO Armin Papperger said the plant would open in 2025.",
    gives: [["Armin Papperger", "affiliated_with", "Rheinmetall"]],
  },
];
