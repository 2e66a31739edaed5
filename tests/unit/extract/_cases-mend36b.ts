/**
 * Labelled sentences of mend36b (session 36, review B): a word in capitals that is an English word
 * ("NEW", "THE", "ALL") opens no model's name before a drive formula, while a capitals name ("ARMA")
 * still does; and an acronym in brackets after a body's spelled-out name that ends in a country
 * ("the Armed Forces of Ukraine (AFU) tanks") is the body's, not a weapon's, while a weapon's
 * spelled-out name ("Wire-Guided (TOW) missiles") still makes a weapon.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an English word in capitals before a drive formula names no model and is supplied nothing",
    text: "Kenya received 40 NEW 4X4 trucks from Turkey on Monday, and THE 6X6 carriers arrived later.",
    noEntities: ["NEW 4X4", "THE 6X6"],
  },
  {
    label: "ALL in capitals before a drive formula names no model",
    text: "China gave Uganda 15 ALL 4X4 trucks on Friday.",
    noEntities: ["ALL 4X4"],
  },
  {
    label: "a model's name in capitals before a drive formula is still a model",
    text: "Turkey delivered 20 ARMA 6X6 vehicles to Kenya on Monday.",
    typed: [["ARMA 6X6", "WeaponSystem"]],
  },
  {
    label: "the acronym of a country's armed forces in brackets before a weapon noun is no weapon",
    text: "Moscow said the Armed Forces of Ukraine (AFU) tanks were supplied by Germany.",
    noEntities: ["AFU"],
  },
  {
    label: "the acronym of Malta's armed forces before a fleet noun is no weapon",
    text: "Poland handed over patrol boats to the Armed Forces of Malta (AFM) vessels fleet.",
    noEntities: ["AFM"],
  },
  {
    label: "a weapon's spelled-out name in brackets before its noun still makes a weapon",
    text: "The United States approved the sale of Tube-Launched, Optically-Tracked, Wire-Guided (TOW) missiles to Lebanon.",
    typed: [["TOW", "WeaponSystem"]],
  },
];
