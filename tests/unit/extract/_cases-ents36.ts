/**
 * Labelled sentences of session 36's entity classes: a wheeled vehicle's model named with its
 * drive formula in capitals ("ARMA 8X8", "VBL (ULTRAV) 4X4"), the formula alone naming no model;
 * a body whose name ends in "Board", qualified by its country's demonym; a weapon's acronym in
 * brackets after a spelled-out name no pattern reads ("Wire-Guided (TOW) missiles"); an Arabic
 * compound given name whose second half is a title's word ("Abdel Emir"); "NZ" for New Zealand.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a model's name in capitals with a drive formula in capitals is the model, supplied",
    text: "Latvia received 40 ARMA 8X8 armoured personnel carriers from Turkey.",
    typed: [["ARMA 8X8", "WeaponSystem"]],
    gives: [
      ["Turkey", "supplies", "Latvia"],
      ["Turkey", "supplies", "ARMA 8X8"],
    ],
  },
  {
    label: "a model's second name in brackets before its drive formula is in the model's name",
    text: "Kenya bought 30 VBL (ULTRAV) 4X4 scout cars from France.",
    typed: [["VBL (ULTRAV) 4X4", "WeaponSystem"]],
    gives: [["France", "supplies", "VBL (ULTRAV) 4X4"]],
  },
  {
    label: "an acronym's model with a drive formula is the model",
    text: "Japan delivered 20 TLV 4X4 vehicles to the Philippine Army.",
    typed: [["TLV 4X4", "WeaponSystem"]],
    gives: [["Japan", "supplies", "TLV 4X4"]],
  },
  {
    label: "drive formulas in capitals alone name no model",
    text: "Estonia ordered 230 4X4 and 6X6 vehicles from two Turkish companies.",
    entities: ["Estonia"],
    noEntities: ["4X4", "6X6", "X6"],
  },
  {
    label: "a drive formula in capitals before a vehicle's noun names no model",
    text: "The company delivered 12 6X6 ambulances to the Kenyan army.",
    noEntities: ["6X6", "X6"],
  },
  {
    label: "a lower-case drive formula after a title-case name stays the model (guard)",
    text: "Poland ordered 96 Rosomak 8x8 vehicles from Patria.",
    typed: [["Rosomak 8x8", "WeaponSystem"]],
  },
  {
    label: "a country's body named by 'Board' is a body affiliated with the country",
    text: "The Lithuanian Fire Board said the vehicles were delivered on Friday.",
    typed: [["Lithuanian Fire Board", "Organization"]],
    notTyped: [["Fire Board", "Person"]],
    gives: [["Lithuanian Fire Board", "affiliated_with", "Lithuania"]],
  },
  {
    label: "a centre of a country's board: the board is a body of the country",
    text: "Armoured vehicles were purchased for the Explosive Ordnance Disposal Centre of the Latvian Rescue Board.",
    typed: [["Latvian Rescue Board", "Organization"]],
    notTyped: [["Rescue Board", "Person"]],
    gives: [["Latvian Rescue Board", "affiliated_with", "Latvia"]],
  },
  {
    label: "a weapon's acronym in brackets after its spelled-out name, before its head noun, is the weapon",
    text: "The United States sent Tube-Launched, Optically-Tracked, Wire-Guided (TOW) missiles to Lebanon.",
    typed: [["TOW", "WeaponSystem"]],
    gives: [
      ["United States", "supplies", "TOW"],
      ["United States", "supplies", "Lebanon"],
    ],
  },
  {
    label: "a body's acronym in brackets before an aircraft noun stays the body's (guard)",
    text: "Two Bangladesh Air Force (BAF) aircraft landed in Yangon on Monday.",
    typed: [["Bangladesh Air Force", "Organization"]],
    notTyped: [["BAF", "WeaponSystem"]],
  },
  {
    label: "a title's word after 'Abdel' is the second half of a compound given name",
    text: "Abdel Emir Kamel Yarallah announced the full readiness of the Iraqi Armed Forces.",
    typed: [["Abdel Emir Kamel Yarallah", "Person"]],
    noEntities: ["Kamel Yarallah"],
  },
  {
    label: "a compound given name with a title's word after a title and its body keeps its first half",
    text: "Bagheri also met with the Chief of Staff of the Iraqi Army Abdul Emir Kamel Yarallah in Baghdad.",
    typed: [["Abdul Emir Kamel Yarallah", "Person"]],
    gives: [["Abdul Emir Kamel Yarallah", "affiliated_with", "Iraqi Army"]],
  },
  {
    label: "a ruler's title before his name still stands apart from it (guard)",
    text: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received the Iranian foreign minister in Doha.",
    typed: [["Tamim bin Hamad Al Thani", "Person"]],
    gives: [["Tamim bin Hamad Al Thani", "affiliated_with", "Qatar"]],
  },
  {
    label: "'NZ' is New Zealand: its army and its minister are affiliated with it",
    text: "The NZ Army sent 20 soldiers to Fiji. NZ Defence Minister Judith Collins announced the deployment.",
    typed: [
      ["NZ Army", "Organization"],
      ["NZ", "Country"],
    ],
    notTyped: [["NZ", "Organization"]],
    gives: [
      ["NZ Army", "affiliated_with", "New Zealand"],
      ["Judith Collins", "affiliated_with", "New Zealand"],
    ],
  },
];
