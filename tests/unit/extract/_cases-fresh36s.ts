/**
 * Labelled sentences of helper fresh36s (session 36): supplies told across sentences on fresh text.
 * A deal told with its giver and its taker but no goods ("The United States announced a new $400
 * million package for Ukraine") is a supply when the sentence after it fills it with a named weapon,
 * by the deal noun or "it" and a verb of inclusion or giving, or by the taker and a verb of receipt;
 * the later clause's goods then take the deal's giver (relations/latent-deals.ts). A supplier or a
 * body named between them, or in the later sentence, is another deal; a package no named weapon
 * fills is no supply. A purchase told without its seller takes the partner a sentence just after it
 * names when that sentence's subject is the deal and its passive verb one of signing ("The deal was
 * inked Wednesday with BAE Systems"; relations/signed-partners.ts partnerAfter).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a goods-less package for a country, filled by the package's contents in the next sentence",
    text: "The United States announced a new $400 million package for Ukraine on Friday. The package includes Patriot interceptors and HIMARS rockets.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "Patriot"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "a goods-less package, filled by 'It includes' in the next sentence",
    text: "Washington unveiled a $2.5 billion package for Kyiv on Thursday. It includes Stryker vehicles and Bradley fighting vehicles.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "Stryker"],
      ["United States", "supplies", "Bradley"],
    ],
  },
  {
    label: "a goods-less package pledged to a country, filled by the taker's receipt in the next sentence",
    text: "Germany pledged a new package worth 500 million euros to Ukraine. Kyiv will get IRIS-T air defence systems and Leopard 1 tanks.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
      ["Germany", "supplies", "Leopard 1"],
    ],
  },
  {
    label: "the taker's receipt after a fronted 'Under the package,' fills the deal",
    text: "Norway announced a new package for Ukraine on Monday. Under the package, Ukraine will receive NASAMS missiles.",
    gives: [
      ["Norway", "supplies", "Ukraine"],
      ["Norway", "supplies", "NASAMS"],
    ],
  },
  {
    label: "must-not: another supplier told between the package and the receipt is another deal",
    text: "The United States announced a new $400 million package for Ukraine on Friday. Poland said it would send MiG-29 jets to Ukraine. Ukraine will receive Patriot interceptors.",
    notGives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "Patriot"],
    ],
  },
  {
    label: "must-not: a receipt that names its own supplier does not fill the package",
    text: "The United States announced a new $400 million package for Ukraine on Friday. Ukraine will receive Leopard tanks from Germany.",
    notGives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "Leopard"],
    ],
  },
  {
    label: "must-not: a package no named weapon fills is no supply",
    text: "Japan announced a new $4.5 billion package for Ukraine on Friday. The package includes budget support and energy equipment.",
    notGives: [["Japan", "supplies", "Ukraine"]],
  },
  {
    label: "must-not: a package against a country has no taker",
    text: "The United States approved a new sanctions package against Russia on Friday. The package targets the makers of Shahed-136 drones.",
    notGives: [["United States", "supplies", "Russia"]],
  },
  {
    label: "must-not: a package whose later sentence speaks of another deal's goods by another noun",
    text: "The United States announced a new $400 million package for Ukraine on Friday. The contract includes Patriot interceptors.",
    notGives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label: "a package told as expected stays a plan, and its contents with it",
    text: "The United States is expected to announce a new $400 million package for Ukraine on Friday. The package includes Patriot interceptors.",
    hedged: [
      ["United States", "supplies", "Ukraine", "planned"],
      ["United States", "supplies", "Patriot", "planned"],
    ],
  },
  {
    label: "a purchase without its seller takes the partner of 'The contract was signed with' just after it",
    text: "Brazil signed a contract to buy four Scorpene submarines. The contract was signed with Naval Group in Paris.",
    gives: [
      ["Naval Group", "supplies", "Brazil"],
      ["Naval Group", "supplies", "Scorpene"],
    ],
  },
  {
    label:
      "the seller named by 'The deal was inked ... with' after a procurement contract; a country in its phrase is no seller",
    text: "India has signed a $737 million contract for the procurement of 145 M777 howitzers. The deal was inked Wednesday with the US subsidiary of BAE Systems.",
    gives: [
      ["BAE Systems", "supplies", "India"],
      ["BAE Systems", "supplies", "M777"],
    ],
    notGives: [["United States", "supplies", "India"]],
  },
  {
    label: "an order without its seller takes the partner of the contract signed in the next sentence",
    text: "Kenya ordered two patrol boats last year. The contract was signed with Fincantieri.",
    gives: [["Fincantieri", "supplies", "Kenya"]],
  },
  {
    label: "must-not: a co-signer after 'together with' is no seller",
    text: "Brazil signed a contract to buy four Scorpene submarines. The contract was signed together with Chile.",
    notGives: [
      ["Chile", "supplies", "Brazil"],
      ["Chile", "supplies", "Scorpene"],
    ],
  },
  {
    label: "must-not: a signing told as hedged ('reportedly') names no seller",
    text: "Brazil signed a contract to buy four Scorpene submarines. The contract was reportedly signed with Naval Group.",
    notGives: [["Naval Group", "supplies", "Brazil"]],
  },
  {
    label: "must-not: a signing by another country with a firm is not the purchase's",
    text: "Kenya ordered two patrol boats last year. The contract was signed by Italy with Fincantieri.",
    notGives: [["Fincantieri", "supplies", "Kenya"]],
  },
];
