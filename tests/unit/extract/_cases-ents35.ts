/**
 * Labelled sentences of session 35's entity classes: a name no list knows found by the verb after
 * it (a statement's or a handover's verb); a service's name printed closed up ("Airforce"), one body
 * with its open spelling; a name in family-first order after a title ending in a portfolio's noun.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an unlisted name before 'handed over' is a person, set off after his title",
    text: "Turkish Ambassador to Niger, Uzoma Ebere Chidi handed over the vehicles to the army of Niger.",
    typed: [["Uzoma Ebere Chidi", "Person"]],
    gives: [["Uzoma Ebere Chidi", "affiliated_with", "Turkey"]],
  },
  {
    label: "an unlisted name before 'reiterated' is a person",
    text: "Tsegaye Berhe Woldu reiterated that Ethiopia would buy two more frigates from Italy.",
    typed: [["Tsegaye Berhe Woldu", "Person"]],
  },
  {
    label: "an unlisted name before 'emphasised' is a person",
    text: "Speaking in Accra, Kobina Asamoah Nyarko emphasised that Ghana valued its ties with Germany.",
    typed: [["Kobina Asamoah Nyarko", "Person"]],
  },
  {
    label: "a listed company's name before 'handed over' stays a company",
    text: "Austal handed over the patrol boat to the Royal Australian Navy in Henderson.",
    typed: [["Austal", "Organization"]],
    notTyped: [["Austal", "Person"]],
  },
  {
    label: "a country's service printed 'Airforce' is the service, its spokesman affiliated with it",
    text: "Ghana Airforce spokesman Kwame Boateng said the two aircraft had arrived in Accra.",
    typed: [["Ghana Airforce", "Organization"]],
    gives: [
      ["Kwame Boateng", "affiliated_with", "Ghana Airforce"],
      ["Ghana Airforce", "affiliated_with", "Ghana"],
    ],
  },
  {
    label: "a service printed 'Air Force' and 'Airforce' in one text is one body",
    text: "The Kenya Air Force received two helicopters. They will be based at the Kenya Airforce base in Laikipia.",
    same: [["Kenya Air Force", "Kenya Airforce"]],
  },
  {
    label: "a Korean name after a title ending in 'Operations' leaves the title's word out",
    text: "Chief of Naval Operations Yang Yong-mo met his Japanese counterpart in Tokyo on Monday.",
    typed: [["Yang Yong-mo", "Person"]],
    noEntities: ["Operations Yang Yong-mo"],
  },
  {
    // (The name's two words are read as a name after a portfolio's words by the general rule too;
    // this checks the result, not the family-first rule alone.)
    label: "a Chinese name in family-first order after a title ending in 'Operations' leaves it out",
    text: "Deputy Director for Operations Wang Haitao said China would hold drills near Taiwan.",
    typed: [["Wang Haitao", "Person"]],
    noEntities: ["Operations Wang Haitao"],
  },
  {
    label: "a person led-by context read past a place-based modifier",
    text: "The rebel movement is led by Kenya-based Odhiambo Wekesa, its founders say.",
    typed: [["Odhiambo Wekesa", "Person"]],
  },
  {
    label: "a person met-with context read past a Kremlin-backed modifier",
    text: "The envoy met with Kremlin-backed Tshala Mwana in Bangui on Tuesday.",
    typed: [["Tshala Mwana", "Person"]],
  },
  {
    label: "a panel of experts is a body, affiliated with the council whose panel it is",
    text: "The UN Security Council's Panel of Experts on Sudan found that the UAE had sent weapons to the RSF.",
    typed: [["Panel of Experts", "Organization"]],
    gives: [["Panel of Experts", "affiliated_with", "UN Security Council"]],
  },
  {
    label: "the Axis of Resistance and the Islamic Resistance in Iraq are bodies",
    text: "The Islamic Resistance in Iraq, part of Iran's Axis of Resistance, claimed the drone attack.",
    typed: [
      ["Islamic Resistance in Iraq", "Organization"],
      ["Axis of Resistance", "Organization"],
    ],
  },
  {
    label: "a name after a portfolio of two parts joined by 'and' is the minister's",
    text: "Minister of International Relations and Cooperation Thandeka Mbeki said Russia remained a partner.",
    typed: [["Thandeka Mbeki", "Person"]],
    gives: [["Thandeka Mbeki", "assesses", "Russia"]],
  },
  {
    label: "a name with a generational suffix after a long portfolio is the minister's",
    text: "Minister of National Defence and Border Security Hon. Eusebio Quiroga Jr. stated that Guatemala had moved troops to the border.",
    typed: [["Eusebio Quiroga Jr.", "Person"]],
  },
  {
    label: "capitalised words of a portfolio after 'and' are no person (guard)",
    text: "He met the Minister of Foreign Affairs and National Community Abroad in Dakar on Monday.",
    typed: [["Dakar", "Location"]],
    noEntities: ["Community Abroad", "National Community Abroad"],
  },
  {
    label: "a listed place inside a company's name before its legal form is a word of the company",
    text: "The twelve aircraft were built by Sierra Nevada Corporation and delivered to Nigeria.",
    typed: [["Sierra Nevada Corporation", "Organization"]],
    noEntities: ["Nevada", "Sierra"],
  },
  {
    // (Without the check that the word before the place may start a name, "Sweden AB" is a company.)
    label:
      "a listed place after a sentence's opening preposition, before a legal form, stays a place (guard)",
    text: "In Sweden AB Bofors built the howitzers that India bought.",
    typed: [["Sweden", "Country"]],
    noEntities: ["Sweden AB", "In Sweden AB"],
  },
];
