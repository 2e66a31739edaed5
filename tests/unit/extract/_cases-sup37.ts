/**
 * Labelled sentences of helper sup37 (session 37): supplies told across sentences on unseen text.
 * A transfer told with no supplier of its own ("Four NASAMS systems are being sent to Ukraine")
 * continues the package a known body of a government announced just before ("The Pentagon
 * announced a new package for Ukraine"): the body and its state are one supplier, as a company and
 * its own country are (relations/nearest-supplier.ts). A package told with no goods ("The White
 * House unveiled a new security package for Kyiv") is filled by goods that a later passive of giving
 * sends to its taker ("Ten HIMARS launchers are being shipped to Ukraine"; relations/latent-deals.ts).
 * "Sourced from" is a verb of buying (frames.json supply-buy). A transfer with no supplier takes a
 * supplier the body tells after it only for goods of a kind both name. A supply noun that opens the
 * phrase of means of a verb of strengthening goes to the country that owns the verb's object
 * ("Germany has strengthened Ukraine's defence with military aid"; relations/means-supplies.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an agentless transfer after a package a government body announced takes the body and its state",
    text: "The Pentagon announced Wednesday a new $1.3 billion military aid package for Ukraine. Four NASAMS systems are being sent to Ukraine.",
    gives: [
      ["Pentagon", "supplies", "Ukraine"],
      ["Pentagon", "supplies", "NASAMS"],
    ],
  },
  {
    label: "the agentless transfer of the package's first sentence and the body's country both name the US",
    text: "The Pentagon, the US defence department, announced Wednesday a new $1.3 billion military aid package for Ukraine. Four NASAMS systems are being sent to Ukraine.",
    gives: [["United States", "supplies", "NASAMS"]],
  },
  {
    label: "a goods-less security package a government body unveiled, filled by goods sent to its taker",
    text: "The White House unveiled a new $800 million security package for Kyiv on Thursday. Ten HIMARS launchers are being shipped to Ukraine along with Switchblade drones, US officials said.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
      ["United States", "supplies", "Switchblade"],
    ],
  },
  {
    label: "a goods-less package, filled by a passive of giving to its taker",
    text: "Germany announced a new package worth 500 million euros for Ukraine. IRIS-T air defence systems have already been delivered to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
    ],
  },
  {
    label: "must-not: goods sent to another country than the package's taker do not fill it",
    text: "The United States announced a new $800 million security package for Kyiv on Thursday. HIMARS launchers are being delivered to Poland.",
    notGives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "must-not: a sanctions package is no deal, whatever goods are sent after it",
    text: "The United States announced a new sanctions package against Russia on Thursday. HIMARS launchers are being delivered to Russia.",
    notGives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label:
      "must-not: a government body's package and another country named before the transfer are two deals",
    text: "The Pentagon announced a new $1.3 billion military aid package for Ukraine. Germany has also pledged help. Four NASAMS systems are being sent to Ukraine.",
    notGives: [["Pentagon", "supplies", "NASAMS"]],
  },
  {
    label: "a country that sourced its goods from another bought them from it",
    text: "Nigeria has sourced its Mi-35M helicopter gunships from Russia.",
    gives: [
      ["Russia", "supplies", "Nigeria"],
      ["Russia", "supplies", "Mi-35M"],
    ],
  },
  {
    label:
      "must-not: a lead receipt of goods of no kind does not take the seller of a purchase told after it",
    text: "The Philippine Air Force took delivery of military hardware this week. The country bought Black Hawk helicopters from Poland last year.",
    gives: [["Poland", "supplies", "Philippines"]],
    notGives: [["Poland", "supplies", "Philippine Air Force"]],
  },
  {
    label: "a supply told as the means of strengthening a country's defence goes to that country",
    text: "Germany has strengthened Ukraine's defence with military aid.",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "a supply noun with goods as the means of fuelling a country's war effort",
    text: "Iran has fuelled Russia's war effort with the supply of Shahed drones.",
    gives: [
      ["Iran", "supplies", "Russia"],
      ["Iran", "supplies", "Shahed"],
    ],
  },
  {
    label: "must-not: a verb that is no strengthening gives its object's possessor nothing",
    text: "The United States angered China's leaders with the sale of F-16 jets.",
    notGives: [["United States", "supplies", "China"]],
  },
  {
    label: "must-not: a planned strengthening names no recipient",
    text: "The United States will bolster Taiwan's air defences with the sale of NASAMS systems.",
    notGives: [["United States", "supplies", "Taiwan"]],
  },
];
