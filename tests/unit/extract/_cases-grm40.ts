/**
 * Labelled sentences of helper grm40 (session 40): the supplies grammar that supx40's made-up
 * sentences questioned, pinned where the tuning text decides it. A deal a state signs "with"
 * another state for goods makes the signer the buyer unless a verb of supplying, the model's
 * origin or a firm partner says otherwise (every such tuning deal with no such signal: the signer
 * bought). A known government body (the Pentagon, the Kremlin) supplies as its country wherever
 * the document names that country. A recipient named as the first of two objects takes the goods
 * after it (a named weapon, or a sum with "give"). A package its giver announces, actively or in
 * the passive with "by", is filled by "It includes ...".
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a state signing a contract with another state for goods buys them from it",
    text: "Armenia signed a contract with India for Pinaka rocket launchers.",
    gives: [
      ["India", "supplies", "Armenia"],
      ["India", "supplies", "Pinaka"],
    ],
    notGives: [["Armenia", "supplies", "India"]],
  },
  {
    label: "a state signing a deal with another state to purchase goods buys them from it",
    text: "Estonia signed a deal with Poland to purchase Piorun anti-aircraft missiles.",
    gives: [
      ["Poland", "supplies", "Estonia"],
      ["Poland", "supplies", "Piorun"],
    ],
    notGives: [["Estonia", "supplies", "Poland"]],
  },
  {
    label: "a state signing a deal with another state to supply goods sells them to it",
    text: "Japan has signed a deal with the Philippines to supply five TC-90 aircraft.",
    gives: [
      ["Japan", "supplies", "Philippines"],
      ["Japan", "supplies", "TC-90"],
    ],
    notGives: [["Philippines", "supplies", "Japan"]],
  },
  {
    label: "a state signing a deal with another state to acquire goods buys them from it",
    text: "Egypt signed a deal with France to acquire 30 Rafale jets.",
    gives: [
      ["France", "supplies", "Egypt"],
      ["France", "supplies", "Rafale"],
    ],
    notGives: [["Egypt", "supplies", "France"]],
  },
  {
    label: "the origin of the model decides which signer sells, whichever of them signs",
    text: "Russia signed a deal with Turkey for the S-400.",
    gives: [
      ["Russia", "supplies", "Turkey"],
      ["Russia", "supplies", "S-400"],
    ],
    notGives: [["Turkey", "supplies", "Russia"]],
  },
  {
    label: "a signer receiving goods under a deal with another state is the recipient",
    text: "Ukraine signed a deal with Germany to receive IRIS-T systems.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
    ],
    notGives: [["Ukraine", "supplies", "Germany"]],
  },
  {
    label: "the Kremlin delivering goods supplies as Russia when the document names Russia",
    text: "Russia is a major arms exporter. The Kremlin delivered S-400 systems to Turkey.",
    gives: [
      ["Kremlin", "supplies", "Turkey"],
      ["Russia", "supplies", "Turkey"],
      ["Russia", "supplies", "S-400"],
    ],
  },
  {
    label: "the Pentagon sending goods supplies as the United States when the sentence names it",
    text: "The Pentagon sent HIMARS launchers to Ukraine, US officials said.",
    gives: [
      ["Pentagon", "supplies", "Ukraine"],
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "a recipient named before the goods as the first of two objects of send receives them",
    text: "Germany sent Ukraine 40 Leopard 2 tanks.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
    notGives: [["Ukraine", "supplies", "Leopard 2"]],
  },
  {
    label: "a recipient named before a sum of aid as the first of two objects of give receives it",
    text: "The United States gave Ukraine $1 billion in military aid.",
    gives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label: "a recipient named before the goods as the first of two objects of sell buys them",
    text: "Japan will sell Vietnam six used patrol vessels.",
    gives: [["Japan", "supplies", "Vietnam"]],
    notGives: [["Vietnam", "supplies", "Japan"]],
  },
  {
    label: "a package its giver unveiled is filled by the weapon the next sentence says it includes",
    text: "Germany unveiled a new military aid package for Ukraine on Friday. It includes IRIS-T systems.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
    ],
  },
  {
    label: "a package unveiled by its giver in the passive is filled the same way",
    text: "A new military aid package for Ukraine was unveiled by Germany on Friday. It includes IRIS-T systems.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
    ],
  },
];
