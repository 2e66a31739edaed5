/**
 * Labelled sentences of session 33's service objects: a giving verb whose object right after it is
 * work on goods ("support services", "maintenance", "repair services") supplies nothing; goods
 * described by a participle of work ("refurbished", "upgraded") and goods listed before a service
 * are still supplied.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "support services for a navy's frigates are no supply to the navy",
    text: "Navantia will provide support services for 22 frigates of the Spanish Navy.",
    notGives: [["Navantia", "supplies", "Spanish Navy"]],
  },
  {
    label: "maintenance provided for a navy's frigates is no supply to the navy",
    text: "Navantia provides maintenance for the frigates of the Spanish Navy.",
    notGives: [["Navantia", "supplies", "Spanish Navy"]],
  },
  {
    label: "repair services for a country's drones are no supply to that country",
    text: "Turkey provided repair services for Ukrainian Bayraktar TB2 drones.",
    notGives: [["Turkey", "supplies", "Ukraine"]],
  },
  {
    label: "goods described by a participle of work are still supplied",
    text: "Russia supplied upgraded T-72 tanks to Serbia.",
    gives: [
      ["Russia", "supplies", "Serbia"],
      ["Russia", "supplies", "T-72"],
    ],
  },
  {
    label: "a recipient given maintenance kits still receives them",
    text: "The United States provided Ukraine with maintenance kits for its HIMARS.",
    gives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label: "goods listed before a service are still supplied",
    text: "Germany supplied 18 Leopard 2 tanks and maintenance equipment to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
];
