/**
 * Labelled sentences of helper speed40 (session 40): paths that the speed changes of the session
 * skip or look up differently, with the triples they must still give. A model named by its drive
 * formula ("Boxer 8x8", "ARMA 6X6") is read only in a sentence that holds a formula, and a sentence
 * without one still names its model by the list ("Boxer"); a deal's planned status of several words
 * ("is still on the table") is looked up after its first word; a judging row whose topic is a
 * prepositional phrase ("think highly of") still takes the quoted speaker; a giving verb after a
 * deal ("The package will provide Ukraine with HIMARS launchers") still finds the deal row.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a model named with its drive formula is one weapon, supplied",
    text: "Germany delivered 45 Boxer 8x8 wheeled armoured vehicles to Lithuania.",
    gives: [
      ["Germany", "supplies", "Lithuania"],
      ["Germany", "supplies", "Boxer 8x8"],
    ],
    typed: [["Boxer 8x8", "WeaponSystem"]],
  },
  {
    label: "a model's name in capitals before its drive formula is the model",
    text: "Romania ordered ARMA 6X6 armoured vehicles from Turkey.",
    gives: [["Turkey", "supplies", "ARMA 6X6"]],
    typed: [["ARMA 6X6", "WeaponSystem"]],
  },
  {
    label: "without a drive formula the listed model is named alone",
    text: "Germany delivered 45 Boxer wheeled armoured vehicles to Lithuania in 2024.",
    gives: [["Germany", "supplies", "Boxer"]],
    noEntities: ["Boxer 8x8"],
  },
  {
    label: "must-not: a sale that is still pending is no supply",
    text: "The sale of Rafale jets by France to India is still pending.",
    entities: ["France", "India"],
    notGives: [["France", "supplies", "India"]],
  },
  {
    label: "a judging row with a prepositional topic takes the quoted speaker",
    text: "We think highly of Nepal's support, Indian Foreign Minister Subrahmanyam Jaishankar said.",
    gives: [["Subrahmanyam Jaishankar", "assesses", "Nepal"]],
  },
  {
    label: "a giving verb after a deal told before gives the deal's goods",
    text: "The United States announced a new aid package for Ukraine. The package will provide Ukraine with HIMARS launchers.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "a supply noun's to-phrase and by-phrase give its recipient and supplier",
    text: "Deliveries of Leopard tanks to Poland by Germany began in 2023.",
    gives: [["Germany", "supplies", "Poland"]],
  },
  {
    label: "a giving verb's for-phrase names its recipient",
    text: "The United States will provide equipment for the Ukrainian Army.",
    gives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label: "a planned delivery after a told purchase of the same goods still gives its supplier and goods",
    text: "Peru bought 24 Mi-171Sh helicopters from Russia last year. Russia will deliver 8 Mi-171Sh helicopters to Peru's air force in December.",
    gives: [
      ["Russia", "supplies", "Peru"],
      ["Russia", "supplies", "Mi-171Sh"],
    ],
  },
];
