/**
 * Labelled sentences of session 35's review B mends: a title word before a country and a legal
 * form that is also a title ("Former Kenya AG …") makes no company of them; "it" after a quotation
 * stands for the speaker before the quotation, never for a subject of a verb of saying inside it.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a past-title mark opening the sentence before 'Kenya AG' keeps Kenya a country (no company)",
    text: "Former Kenya AG Githu Muigai said the deal with Turkey was legal.",
    typed: [
      ["Kenya", "Country"],
      ["Turkey", "Country"],
    ],
    notTyped: [["Former Kenya AG", "Organization"]],
  },
  {
    label: "a title modifier opening the sentence before 'Nigeria AG' keeps Nigeria a country (no company)",
    text: "Outgoing Nigeria AG Abubakar Malami criticised the United States.",
    typed: [
      ["Nigeria", "Country"],
      ["United States", "Country"],
    ],
    notTyped: [["Outgoing Nigeria AG", "Organization"]],
  },
  {
    label: "a place inside a company's name after a name word is still the company (guard)",
    text: "Sierra Nevada Corporation will deliver the aircraft to the Nigerian Air Force.",
    typed: [["Sierra Nevada Corporation", "Organization"]],
  },
  {
    label: "'it' after a quotation is the speaker before it, not the quoted words' own speaker (Pentagon)",
    text:
      "Poland's foreign ministry said on Monday that talks with Minsk had failed. " +
      "“The Pentagon claimed that the tanks were never sent,” it said, condemning Belarus.",
    entities: ["Pentagon", "Belarus"],
    gives: [["Poland's foreign ministry", "assesses", "Belarus"]],
    notGives: [["Pentagon", "assesses", "Belarus"]],
  },
  {
    label: "'it' after a quotation whose words name China speaking is the ministry before it",
    text:
      "Japan's foreign ministry said the launch was a grave threat. " +
      "“China claimed the drills were routine,” it said, criticising North Korea for the launch.",
    gives: [["Japan's foreign ministry", "assesses", "North Korea"]],
  },
];
