/**
 * Labelled sentences of session 35 (sup35b): a verb of giving whose subject is the deal told just
 * before ("The package will provide Ukraine with HIMARS launchers", "It will deliver Patriot
 * missiles") gives the weapons in its object to the deal's supplier, with the deal's modality
 * (relations/contents.ts dealGiving).
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by the shape they exercise. */
export const CASES: SentenceCase[] = [
  // ---- a definite deal noun as the subject of a verb of giving
  {
    label: "the package told before provides its recipient with a named weapon: its supplier supplies it",
    text: "The United States announced a new aid package for Ukraine. The package will provide Ukraine with HIMARS launchers.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "the contract told before supplies two named weapons: the seller supplies both",
    text: "Poland signed a contract with Germany for tanks. The contract will also supply Poland with Leopard 2A7 tanks and Piorun missiles.",
    gives: [
      ["Germany", "supplies", "Leopard 2A7"],
      ["Germany", "supplies", "Piorun"],
    ],
    notGives: [["Poland", "supplies", "Piorun"]],
  },
  {
    label: "the agreement, another deal noun than the deal's own, provides a weapon to the buyer",
    text: "Poland agreed a deal with Germany for tanks. The agreement will provide Leopard 2A7 tanks to Poland.",
    gives: [["Germany", "supplies", "Leopard 2A7"]],
  },
  {
    label: "a deal noun with an arms word before it refers back to the arms package",
    text: "The United States approved the sale of a weapons package to Ukraine. The weapons package will provide Ukraine with HIMARS launchers.",
    gives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label: "the deal told before, approved as a sale, gives the buyer named jets",
    text: "The United States approved a sale of fighter jets to Romania. The deal will give Romania 24 F-16 jets.",
    gives: [["United States", "supplies", "F-16"]],
  },
  // ---- a pronoun opening the sentence
  {
    label: "'It' opening the sentence after the supplier's package delivers a named weapon",
    text: "The United States announced a new aid package for Ukraine. It will deliver Patriot missiles.",
    gives: [["United States", "supplies", "Patriot"]],
  },
  {
    label: "'It' that will send a named weapon after the supplier's package sends it for the supplier",
    text: "The United States announced a new aid package for Ukraine. It will send HIMARS launchers.",
    gives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label: "'It' that will deploy a named weapon moves forces and supplies nothing",
    text: "The United States announced a new aid package for Ukraine. It will deploy HIMARS launchers.",
    notGives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label: "'It' after a sentence whose subject is the recipient gives the weapon to no one",
    text: "Ukraine received a new aid package from the United States. It will deliver HIMARS launchers.",
    gives: [["United States", "supplies", "Ukraine"]],
    notGives: [
      ["United States", "supplies", "HIMARS"],
      ["Ukraine", "supplies", "HIMARS"],
    ],
  },
  {
    label: "'it' that does not open the sentence is not the deal",
    text: "The United States announced a new aid package for Ukraine. Officials said it will deliver Patriot missiles.",
    notGives: [["United States", "supplies", "Patriot"]],
  },
  {
    label: "'It' after a sentence about something else is not the deal told two sentences back",
    text: "The United States announced a new aid package for Ukraine. The war has lasted two years. It will deliver Patriot missiles.",
    notGives: [["United States", "supplies", "Patriot"]],
  },
  // ---- another supplier, or another package, told in between
  {
    label: "a second supplier told between the package and its giving sentence gives the weapon to neither",
    text: "The United States announced a new aid package for Ukraine. Germany also sent tanks to Ukraine. The package will provide Ukraine with HIMARS launchers.",
    notGives: [
      ["United States", "supplies", "HIMARS"],
      ["Germany", "supplies", "HIMARS"],
    ],
  },
  {
    label: "'the package' after a stimulus package told in between is that package, no supply",
    text: "The United States sent tanks to Ukraine on Monday. Congress also passed a stimulus package. The package will provide Ukraine with HIMARS launchers.",
    notGives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label: "a stimulus package after an aid package is another package",
    text: "The United States announced a new aid package for Ukraine. The stimulus package will provide Ukraine with HIMARS launchers.",
    notGives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label: "the budget is no deal noun and gives nothing",
    text: "The United States announced a new aid package for Ukraine. The budget will provide Ukraine with HIMARS launchers.",
    notGives: [["United States", "supplies", "HIMARS"]],
  },
  // ---- the deal's modality, and the giving verb's own
  {
    label: "a planned package stays planned in the sentence that tells what it provides",
    text: "The United States plans to send a new aid package to Ukraine. The package would provide Ukraine with HIMARS launchers.",
    hedged: [["United States", "supplies", "HIMARS", "planned"]],
  },
  {
    label: "a package that could provide a weapon is only possible",
    text: "The United States announced a new aid package for Ukraine. The package could provide Ukraine with HIMARS launchers.",
    hedged: [["United States", "supplies", "HIMARS", "possible"]],
  },
];
