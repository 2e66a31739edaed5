/**
 * Labelled sentences of helper rev39a (session 39 review): mends of this session's extraction
 * changes. A verb of confirming governs a supply noun as a verb of approving does, but the taker
 * confirms its deliveries as often as the giver: with no recipient named, the confirmer supplies
 * only when the document has told it as a giver (supply-words confirmingVerbs).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "must-not: a country confirming a delivery with no recipient named is not its supplier",
    text: "Ukraine confirmed the delivery of 18 Leopard 2 tanks.",
    entities: ["Ukraine", "Leopard 2"],
    notGives: [["Ukraine", "supplies", "Leopard 2"]],
  },
  {
    label: "must-not: a navy confirming the delivery of missiles it takes supplies nothing",
    text: "The Philippine Navy confirmed the delivery of two BrahMos missile batteries.",
    entities: ["Philippine Navy", "Philippines", "BrahMos"],
    notGives: [
      ["Philippine Navy", "supplies", "BrahMos"],
      ["Philippines", "supplies", "BrahMos"],
    ],
  },
  {
    label: "must-not: a taker confirming goods from a named giver: the giver supplies, not the taker",
    text: "Poland confirmed the delivery of K2 tanks from South Korea.",
    gives: [["South Korea", "supplies", "K2"]],
    notGives: [["Poland", "supplies", "K2"]],
  },
  {
    label: "a body confirming a delivery to a named recipient supplies it",
    text: "The Kremlin confirmed the delivery of S-400 systems to Turkey.",
    gives: [
      ["Kremlin", "supplies", "Turkey"],
      ["Kremlin", "supplies", "S-400"],
    ],
  },
  {
    label: "a confirmer told as a giver before supplies the goods it confirms",
    text: "Germany sent IRIS-T systems to Ukraine in January. Germany confirmed the delivery of 18 Leopard 2 tanks on Monday.",
    gives: [["Germany", "supplies", "Leopard 2"]],
  },
];
