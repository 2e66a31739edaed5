/**
 * Labelled sentences of helper mend37 (session 37), faults other helpers of the session noticed:
 * a taker that announces its own delivery is no supplier (relations/announced-receipts.ts); a
 * country's clipping after a combining form ("Indo-Pak") is no listed person whose surname it spells
 * (4-resolve.ts resolveSurnames); a ministry's acronym after its country's demonym or possessive
 * names that country's ministry ("The Iranian MFA spokesperson", ministry-acronyms.ts); "the
 * military" or "the army" refers back to a body that its head names so, not to a school or a
 * corps whose name only opens with "Army" (descriptions.ts resolveOrganizationAnaphors).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country told as a taker that announces a delivery naming no recipient receives it",
    text: "Denmark pledged 19 F-16 jets to Ukraine. Kyiv announced the delivery of the first F-16 jets on Monday.",
    gives: [["Denmark", "supplies", "Ukraine"]],
    notGives: [["Ukraine", "supplies", "F-16"]],
  },
  {
    label: "a taker's capital announcing more boats: the boats come from the giver told before",
    text: "Norway donated 12 patrol boats to Latvia last year. On Tuesday Riga announced the delivery of four more CB90 boats.",
    gives: [["Norway", "supplies", "CB90"]],
    notGives: [["Latvia", "supplies", "CB90"]],
  },
  {
    label: "a giver announcing a delivery to a named recipient still supplies",
    text: "Washington announced the delivery of HIMARS to Kyiv.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "a giver told as a giver before still supplies what it announces",
    text: "The US gave Ukraine HIMARS launchers. Washington announced the delivery of 31 Abrams tanks.",
    gives: [["United States", "supplies", "M1 Abrams"]],
  },
  {
    label: "a former taker announcing a delivery to another country supplies it",
    text: "Germany sent Leopard tanks to Poland in March. Warsaw announced the delivery of 40 T-72 tanks to Ukraine.",
    gives: [
      ["Poland", "supplies", "Ukraine"],
      ["Poland", "supplies", "T-72"],
    ],
  },
  {
    label: "a country's clipping after a combining form is no listed person of that surname",
    text: "Indo-Pak relations remain tense, India said on Monday.",
    entities: ["India"],
    noEntities: ["Pak Jong Chon"],
  },
  {
    label: "another combining form before the clipping ('Sino-Pak')",
    text: "China praised the Sino-Pak friendship on Tuesday.",
    entities: ["China"],
    noEntities: ["Pak Jong Chon"],
  },
  {
    label: "the listed person's surname told alone after his full name is still the person",
    text: "Pak Jong Chon met Kim Jong Un in Pyongyang. Pak said the army would respond.",
    gives: [["Kim Jong Un", "meets", "Pak Jong Chon"]],
    entities: ["Pak Jong Chon"],
  },
  {
    label: "two leaders' surnames joined by a hyphen stay the two persons",
    text: "The Putin-Xi summit ended in Moscow on Wednesday.",
    entities: ["Vladimir Putin", "Xi Jinping"],
  },
  {
    label: "a foreign ministry's acronym after a demonym is that country's foreign ministry",
    text: "The Iranian MFA spokesperson added that the US had violated the deal.",
    gives: [["Iranian Foreign Ministry", "assesses", "United States"]],
    typed: [["Iranian Foreign Ministry", "Organization"]],
    noNames: ["MFA"],
  },
  {
    label: "the acronym after a country's possessive",
    text: "Pakistan's MOFA condemned India's remarks on Friday.",
    gives: [
      ["Pakistani Foreign Ministry", "assesses", "India"],
      ["Pakistani Foreign Ministry", "affiliated_with", "Pakistan"],
    ],
  },
  {
    label: "a spokesperson named after the demonym and the acronym works for the ministry",
    text: "Chilean MFA spokesperson Ana Rojas said Peru had broken the treaty.",
    gives: [
      ["Ana Rojas", "affiliated_with", "Chilean Foreign Ministry"],
      ["Ana Rojas", "assesses", "Peru"],
    ],
    notGives: [["Chilean Foreign Ministry", "affiliated_with", "Peru"]],
  },
  {
    label: "'the army' refers back to the army, not to the army's school named after it",
    text: "General Omondi of the Kenya Army met the commandant of the Kenya Army Infantry School on Monday. The army accused Al-Shabaab of killing civilians.",
    gives: [["Kenya Army", "assesses", "Al-Shabaab"]],
    notGives: [["Kenya Army Infantry School", "assesses", "Al-Shabaab"]],
  },
  {
    label: "'the military' does not refer back to a school whose name opens with 'Army'",
    text: "The Ugandan Army School of Artillery hosted the ceremony in Masindi. The military accused Rwanda of arming the rebels.",
    notGives: [["Ugandan Army School of Artillery", "assesses", "Rwanda"]],
  },
  {
    label: "'the ministry' still refers back to a ministry named with 'of'",
    text: "The Ministry of Defence of Ghana said the rebels had fled. The ministry accused Togo of shelling the border.",
    gives: [["Ministry of Defence of Ghana", "assesses", "Togo"]],
  },
];
