/**
 * Labelled sentences of helper rev39a (session 39 review): mends of this session's extraction
 * changes. A verb of confirming governs a supply noun as a verb of approving does, but the taker
 * confirms its deliveries as often as the giver: with no recipient named, the confirmer supplies
 * only when the document has told it as a giver (supply-words confirmingVerbs). An unknown name
 * after a place and "and", right before a verb of speech, is a new clause's speaker, no place
 * (place-lists.ts): "Drones struck Odesa and Energatom said power was cut".
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
  {
    label: "must-not: an unknown name after a place and 'and' before 'said' speaks; it is no place",
    text: "Drones struck Odesa and Energatom said power was cut to the plant.",
    notTyped: [["Energatom", "Location"]],
  },
  {
    label: "must-not: an unknown name after a list of places and 'and' before 'told' is no place",
    text: "Missiles hit Kharkiv, Sumy and Oblenergo told reporters the lines were down.",
    notTyped: [["Oblenergo", "Location"]],
  },
  {
    label: "an unknown name joined by 'and' to a known place before a verb of suffering is a place",
    text: "Kherson and Zolochiv were shelled overnight.",
    typed: [["Zolochiv", "Location"]],
  },
  {
    label: "an unknown name first in a list before 'said' is still a place when a place ends the list",
    text: "Residents of Zolochiv and Kharkiv said the shelling went on all night.",
    typed: [["Zolochiv", "Location"]],
  },
];
