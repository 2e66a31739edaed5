/**
 * Labelled sentences of helper futures (session 29): a transfer of goods told in the plain future is
 * asserted (docs/ontology.md, "Supplies"), and the futures that stay hedged: a condition, another
 * hedge, a third party's forecast, goods told before, buying, troops, "would".
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a transfer of goods in the plain future, at a ceremony, is a told transfer",
    text: "Norway will transfer two Skjold-class corvettes to Estonia at a ceremony in Bergen on Monday.",
    gives: [
      ["Norway", "supplies", "Estonia"],
      ["Norway", "supplies", "Skjold-class"],
    ],
  },
  {
    label: "goods received in the plain future from two suppliers are supplied by both",
    text: "In the coming weeks, Ukraine will receive dozens of Leopard 1 battle tanks from Germany and Denmark.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Denmark", "supplies", "Ukraine"],
      ["Denmark", "supplies", "Leopard 1"],
    ],
  },
  {
    label: "a plain future with an adverb before the verb, or a progressive, is still told",
    text: "Japan will soon provide the Philippines with five TC-90 aircraft. Next year, Hindustan Aeronautics Limited will be handing over a Dornier aircraft to Mauritius.",
    gives: [
      ["Japan", "supplies", "Philippines"],
      ["Hindustan Aeronautics Limited", "supplies", "Mauritius"],
    ],
  },
  {
    label: "the giver's own report after the clause, and a clause of background, leave a plain future told",
    text: "Germany, Denmark and Norway will supply Ukraine with 16 Zuzana-2 howitzers from next year, Berlin said Sunday, as Kyiv seeks heavier weapons.",
    gives: [
      ["Denmark", "supplies", "Ukraine"],
      ["Norway", "supplies", "Ukraine"],
      ["Norway", "supplies", "Zuzana-2"],
    ],
  },
  {
    label: "must not: a future receipt under a condition stays hedged",
    text: "Chile will receive 12 F-16 jets from the United States if Congress approves the sale.",
    hedged: [["United States", "supplies", "Chile", "planned"]],
  },
  {
    label:
      "must not: a future delivery under a contract still being negotiated, told in a relative clause, stays hedged",
    text: "Rheinmetall will deliver 50 Lynx vehicles to Hungary under a contract that is still being negotiated.",
    hedged: [["Rheinmetall", "supplies", "Hungary", "planned"]],
  },
  {
    label: "must not: a third party's forecast of a future transfer is no told transfer, after or before",
    text: "Iran will supply Shahed-136 drones to Russia, US officials said. British officials said Iran will supply Mohajer-6 drones to Belarus.",
    hedged: [
      ["Iran", "supplies", "Russia", "planned"],
      ["Iran", "supplies", "Belarus", "planned"],
    ],
  },
  {
    label: "must not: a plain future of goods told before ('the frigates') is as committed as their deal",
    text: "Chile and Spain are expected to sign a deal for two frigates. Spain will deliver the frigates to Chile in 2027.",
    hedged: [["Spain", "supplies", "Chile", "planned"]],
  },
  {
    label: "must not: a future purchase is an intent, and troops sent in the future stay planned",
    text: "Peru will buy four frigates from South Korea. Kenya will send troops to Haiti next year.",
    hedged: [
      ["South Korea", "supplies", "Peru", "planned"],
      ["Kenya", "supplies", "Haiti", "planned"],
    ],
  },
  {
    label: "must not: a reported 'would' and a deployment stay planned",
    text: "The Pentagon said it would send 155mm artillery shells to Israel in the coming weeks. The United States will deploy a second Typhon missile system to the Philippines this year.",
    hedged: [
      ["Pentagon", "supplies", "Israel", "planned"],
      ["United States", "supplies", "Typhon", "planned"],
    ],
  },
  {
    label: "must not: a plain future with another hedge in the sentence stays hedged",
    text: "Brazil will likely sell Super Tucano aircraft to Nigeria. Italy is expected to deliver six AW139 helicopters to Kenya in March.",
    notGives: [
      ["Brazil", "supplies", "Nigeria"],
      ["Italy", "supplies", "Kenya"],
    ],
  },
  {
    label: "a variant written apart after another model number of a family is that model: 'Leopard 1 A5'",
    text: "Ukraine received Leopard 1 A5 tanks from Germany.",
    gives: [["Germany", "supplies", "Leopard 1"]],
    noEntities: ["A5"],
  },
];
