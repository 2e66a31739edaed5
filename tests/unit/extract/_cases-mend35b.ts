/**
 * Labelled sentences of session 35's review B mends: a title word before a country and a legal
 * form that is also a title ("Former Kenya AG …") makes no company of them; "it" after a quotation
 * stands for the speaker before the quotation, never for a subject of a verb of saying inside it;
 * a verb before a hyphened modifier of things ("-built") and a name before a common noun make no
 * person.
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
  {
    label: "a thing's name after '-built' and before a common noun is no person",
    text: "The army welcomed Korean-built Ocean Guardian vessels on Tuesday.",
    noEntities: ["Ocean Guardian"],
  },
  {
    label: "a thing's name after a person's verb and before a common noun is no person",
    text: "The navy welcomed Ocean Guardian vessels from Japan on Tuesday.",
    typed: [["Japan", "Country"]],
    noEntities: ["Ocean Guardian"],
  },
  {
    label: "a person's name after a people's hyphened modifier is typed by the verb before it (guard)",
    text: "The rebels were led by South Africa-based Kayumba Nyamwasa until 2010.",
    typed: [["Kayumba Nyamwasa", "Person"]],
  },
  {
    label: "a person's name after '-backed' and a person's verb is a person (guard)",
    text: "The agency quoted Kremlin-backed Denis Pushilin as saying Ukraine had attacked.",
    typed: [["Denis Pushilin", "Person"]],
  },
];
