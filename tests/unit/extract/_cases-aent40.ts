/**
 * Labelled sentences of session 40's entity misses that cost a triple (aent40): a country's forces
 * named in a title-case headline ("Bolivian Army Buys 6 Chinese H425 Helicopters"), where runs of
 * capitalised words are not read, are the country's forces as in a body sentence; a longer body's
 * name that the forces' words open ("American Forces Press Service") and a government word
 * ("Moldovan Government") name no forces; a fuller name of the same forces in the article is their
 * one name ("South African Defence Force" in the headline, "South African National Defence Force").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a demonym and a forces' head in a title-case headline name the country's forces",
    text: "Moldovan Army Buys 12 Romanian Trucks\nMoldova signed a deal on Monday to buy twelve trucks from Romania.",
    typed: [["Moldovan Army", "Organization"]],
    gives: [["Moldovan Army", "affiliated_with", "Moldova"]],
  },
  {
    label: "a country's name and its forces' words at a title-case headline's end name its forces",
    text: "U.S. Donates $1M in Body Armor to Ghana Armed Forces\nThe United States donated body armor to Ghana on Tuesday.",
    typed: [["Ghana Armed Forces", "Organization"]],
    gives: [["Ghana Armed Forces", "affiliated_with", "Ghana"]],
  },
  {
    label: "a forces' name before a title in a title-case headline ends at its head",
    text: "Zambian Defence Force Chief Calls On Army Chief\nThe visiting general met the army chief in Lusaka.",
    typed: [["Zambian Defence Force", "Organization"]],
  },
  {
    label:
      "a headline's forces' name is the fuller name of its country's forces the article prints (one body)",
    text: "Zambian Defence Force Chief Calls On Army Chief\nGeneral Dennis Alibuzwi, Commander of the Zambian National Defence Force, met the army chief in Lusaka.",
    typed: [["Zambian National Defence Force", "Organization"]],
    noEntities: ["Zambian Defence Force"],
  },
  {
    label: "a headline's forces' name without stops is the body's dotted name (one body)",
    text: "US Navy Receives New Destroyer From Shipyard\nThe U.S. Navy received the destroyer on Monday.",
    typed: [["U.S. Navy", "Organization"]],
    noNames: ["US Navy"],
  },
  {
    label: "forces' words opening a longer body's name in a title-case headline name no forces (guard)",
    text: "Secretary Hosts Peruvian Leaders at Pentagon\nAmerican Forces Press Service\nDefense Secretary Chuck Hagel hosted Peruvian President Ollanta Humala at the Pentagon.",
    noEntities: ["American Forces"],
  },
  {
    label: "a government word after a demonym in a title-case headline names no forces (guard)",
    text: "Moldovan Government Buys 12 Romanian Trucks\nMoldova signed a deal on Monday to buy twelve trucks from Romania.",
    noEntities: ["Moldovan Government"],
  },
];
