/**
 * Labelled sentences of helper sup37b (session 37): the deal sentence itself read as a supply. A
 * receipt told as "took / put / brought into service X from Y" is a verb of taking goods in, as
 * "inducted X from Y" is (frames.json supply-take-into-service, a phrasal row read only with its
 * phrase: the bare "took two tanks from Russia" stays no supply). A noun of quantity and "of" may
 * stand between the preposition of a phrase of means and its supply noun ("strengthened Ukraine's
 * defence with an array of military aid"; supply-words measureNouns, relations/means-supplies.ts),
 * so that the package the next sentence fills has a supply to continue.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "goods put into service from a country: the country supplies the body, its state and the goods",
    text: "Last year the Philippine Navy put into service two Hamilton-class frigates from the United States.",
    gives: [
      ["United States", "supplies", "Philippine Navy"],
      ["United States", "supplies", "Philippines"],
      ["United States", "supplies", "Hamilton-class"],
    ],
  },
  {
    label: "goods taken into service from a firm of a country: the firm and its country supply",
    text: "Poland has taken into service its new K2 tanks from South Korea's Hyundai Rotem.",
    gives: [
      ["Hyundai Rotem", "supplies", "Poland"],
      ["Hyundai Rotem", "supplies", "K2"],
      ["South Korea", "supplies", "Poland"],
    ],
  },
  {
    label: "goods brought into service from a country",
    text: "The Indian Navy brought into service a new submarine from France last month.",
    gives: [
      ["France", "supplies", "Indian Navy"],
      ["France", "supplies", "India"],
    ],
  },
  {
    label: "an expected entry into service is planned, not a told supply",
    text: "The Philippine Navy is expected to put into service a Hamilton-class frigate from the United States.",
    hedged: [["United States", "supplies", "Philippine Navy", "planned"]],
    notGives: [["United States", "supplies", "Philippine Navy"]],
  },
  {
    label: "the bare verb of taking without its phrase tells no supply",
    text: "Ukrainian forces took two T-72 tanks from Russia near Kharkiv, Ukraine said.",
    entities: ["Russia", "Ukraine", "T-72"],
    notGives: [
      ["Russia", "supplies", "Ukraine"],
      ["Russia", "supplies", "T-72"],
    ],
  },
  {
    label:
      "a quantity between the means preposition and the supply noun: the package after it continues the supply",
    text: "Germany has strengthened Ukraine's defence with an array of military aid. The package includes IRIS-T air defence systems and Leopard 1 tanks.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
      ["Germany", "supplies", "Leopard 1"],
    ],
  },
  {
    label: "a quantity before a phrase of means that holds no supply noun gives nothing",
    text: "Germany has strengthened Ukraine's defence with a range of speeches by officials in Berlin.",
    entities: ["Germany", "Ukraine"],
    notGives: [["Germany", "supplies", "Ukraine"]],
  },
];
