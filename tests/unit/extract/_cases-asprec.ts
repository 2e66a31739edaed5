/**
 * Labelled sentences of the helper asprec (session 29): assessments are about parties, never
 * places, and an outlet cited for a speaker's words relays them even when a long appositive
 * stands between the speaker and the verb.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a report of an attack in a province judges no one: the province is a place, not a party",
    text: "The attack on the Jaffar Express in southwestern Balochistan province left 21 dead, according to Lt. Gen. Ahmad Sharif Chaudhry, head of Pakistan's Army information wing.",
    notGives: [["Ahmad Sharif Chaudhry", "assesses", "Balochistan"]],
  },
  {
    label: "unnamed officials reporting shelling in a city assess no city",
    text: "The shelling of the market in Kharkiv killed six people, according to Ukrainian officials.",
    notGives: [["Ukraine", "assesses", "Kharkiv"]],
  },
  {
    label: "a spokesman on the situation of a region assesses no region",
    text: "Wang Wenbin said the situation on the Korean Peninsula remains tense.",
    notGives: [["Wang Wenbin", "assesses", "Korean Peninsula"]],
  },
  {
    label: "an agency cited for what a commander said relays him, past a long appositive",
    text: "Mashout Faisal Al Hajri, commander of the Emiri Air Force helicopter wing, said the deal would strengthen Qatar's air force, according to Qatar News Agency.",
    notGives: [["Qatar News Agency", "assesses", "Mashout Faisal Al Hajri"]],
  },
  {
    label: "an outlet cited for a chief of staff's words relays them, past an appositive naming his force",
    text: "Ahmed Hassan, chief of staff of the Kenya Defence Forces' land component, said the trucks would help the army, according to Reuters.",
    notGives: [["Reuters", "assesses", "Ahmed Hassan"]],
  },
  {
    label: "a force cited for an attack it reports still assesses the attacker",
    text: "Russia fired 40 missiles at Ukraine overnight, according to the Ukrainian Air Force.",
    gives: [["Ukrainian Air Force", "assesses", "Russia"]],
  },
  {
    label: "a general who said a country delivered trucks still assesses the country",
    text: "General John Smith, the head of the Kenyan army, said on Monday that China had delivered the trucks, according to Reuters.",
    gives: [["John Smith", "assesses", "China"]],
  },
];
