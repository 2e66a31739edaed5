/**
 * Labelled sentences of the helper accuse (session 29): a charge whose complement names no actor
 * charges the one who rejects it, a charge's clause without "that", and the authors of rejected
 * claims told by "X's government" or with a noun between the possessive and the report noun.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a rejected charge of an act with no actor charges the rejecter (gerund)",
    text: "Rwanda denied Burundi's accusations of supporting armed rebels.",
    gives: [
      ["Rwanda", "assesses", "Burundi"],
      ["Burundi", "assesses", "Rwanda"],
    ],
  },
  {
    label: "a rejected charge of an act with no actor charges the rejecter (act noun, demonym author)",
    text: "Colombia rejected Venezuelan accusations of involvement in the attack.",
    gives: [
      ["Colombia", "assesses", "Venezuela"],
      ["Venezuela", "assesses", "Colombia"],
    ],
  },
  {
    label: "a rejected charge made by a body charges the rejecting movement",
    text: "Hamas rejected Israel's accusations of using human shields.",
    gives: [["Israel", "assesses", "Hamas"]],
  },
  {
    label: "a charge's clause without that names the one charged",
    text: "Sudan denied Chadian accusations it was supporting rebels.",
    gives: [
      ["Sudan", "assesses", "Chad"],
      ["Chad", "assesses", "Sudan"],
    ],
  },
  {
    label: "a spokesman who rejects a charge is not the one charged",
    text: "Dmitry Peskov dismissed Poland's allegations of sabotage.",
    gives: [["Dmitry Peskov", "assesses", "Poland"]],
    notGives: [["Poland", "assesses", "Dmitry Peskov"]],
  },
  {
    label: "a charge repeated, not rejected, charges no one in the sentence",
    text: "Russia repeated its accusations of meddling.",
    notGives: [["Russia", "assesses", "Russia"]],
  },
  {
    label: "a charge with an agent's by-phrase does not charge the rejecter",
    text: "Kyiv rejected Moscow's accusations of shelling by Ukrainian troops.",
    notGives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a claim of the author's own act does not charge the rejecter",
    text: "Pakistan rejected India's claim of spotting a drone above its embassy.",
    gives: [["Pakistan", "assesses", "India"]],
    notGives: [["India", "assesses", "Pakistan"]],
  },
  {
    label: "a claim's pronoun clause without that is not read as a charge",
    text: "Seoul dismissed Pyongyang's claims it had launched a satellite.",
    notGives: [["North Korea", "assesses", "South Korea"]],
  },
  {
    label: "a charge not denied charges no one",
    text: "Beijing did not deny Manila's accusations of ramming the vessel.",
    notGives: [["Philippines", "assesses", "China"]],
  },
  {
    label: "the accusations of a country's government are the country's",
    text: "Chad said rebels attacked the border town.\n\nColombia rejected the accusations of Venezuela's government.",
    gives: [["Colombia", "assesses", "Venezuela"]],
    notGives: [["Colombia", "assesses", "Chad"]],
  },
  {
    label: "the claims of a country's assistance are about it, not by it",
    text: "China rejected the claims of Japan's assistance to Taiwan.",
    notGives: [["China", "assesses", "Japan"]],
  },
  {
    label: "a possessive's report noun past the nouns of its topic",
    text: "The Kremlin dismissed Poland's sabotage allegations as groundless.",
    gives: [["Kremlin", "assesses", "Poland"]],
  },
  {
    label: "a verb of repeating or answering with a that-clause states a claim (reiterate)",
    text: "Japan's defence ministry reiterated that China had sent warships near the islands.",
    gives: [["Japanese Defence Ministry", "assesses", "China"]],
  },
  {
    label: "a verb of repeating or answering with a that-clause states a claim (counter)",
    text: "The Philippine coast guard countered that Chinese vessels had rammed its boat.",
    gives: [["Philippine Coast Guard", "assesses", "China"]],
  },
  {
    label: "a verb of repeating or answering with a that-clause states a claim (retort)",
    text: "Kyiv retorted that Moscow was lying about the strike.",
    gives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "a verb of recalling with a that-clause states a claim",
    text: "Seoul recalled that Pyongyang had fired 30 missiles this year.",
    gives: [["South Korea", "assesses", "North Korea"]],
  },
  {
    label: "a verb of repeating without a that-clause states no claim",
    text: "Japan reiterated its commitment to Ukraine.",
    notGives: [["Japan", "assesses", "Ukraine"]],
  },
  {
    label: "a verb of answering whose object is a threat states no claim",
    text: "Kenya countered the threat from al-Shabaab.",
    notGives: [["Kenya", "assesses", "al-Shabaab"]],
  },
  {
    label: "a straight quotation mark after the verb of saying opens the claim, it does not close one",
    text: 'Donald Tusk said "Russia had attacked Poland."',
    gives: [["Donald Tusk", "assesses", "Russia"]],
  },
  {
    label: "a straight quotation mark after the that of a claim opens its words",
    text: 'Donald Tusk said that "Russia had attacked Poland" on Monday.',
    gives: [["Donald Tusk", "assesses", "Russia"]],
  },
  {
    label: "a straight quotation mark after a told addressee's that opens its words",
    text: 'Donald Tusk told reporters that "Russia had attacked Poland."',
    gives: [["Donald Tusk", "assesses", "Russia"]],
  },
  {
    label: "a straight quotation mark after a quoted claim still closes it before its speaker",
    text: '"Russia had attacked Poland," Donald Tusk said.',
    gives: [["Donald Tusk", "assesses", "Russia"]],
  },
];
