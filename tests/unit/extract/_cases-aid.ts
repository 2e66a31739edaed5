/**
 * Labelled sentences of aid, gifts, packages and handovers (helper aid, session 26): each case gives
 * the supplies it states, and keeps the ones it only plans hedged. Run by sentences.test.ts.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- an announced future gift, or one told as part of a package, is committed (committed-futures.ts)
  {
    label: "announced on a day that it will send: the announced gift is committed",
    text: "Germany announced on Tuesday that it will send 14 Leopard tanks to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "announced a day, then 'it would donate': the announced gift is committed",
    text: "Sweden announced Friday it would donate CV90 infantry fighting vehicles to Ukraine.",
    gives: [
      ["Sweden", "supplies", "Ukraine"],
      ["Sweden", "supplies", "CV90"],
    ],
  },
  {
    label: "a future gift under its newest package is committed",
    text: "Under its newest package, Canada will deliver Senator armoured vehicles to Ukraine.",
    gives: [["Canada", "supplies", "Ukraine"]],
  },
  {
    label: "a future gift as part of a priced package, the package after the goods",
    text: "Australia will provide Bushmaster vehicles to Ukraine as part of a $100 million package.",
    gives: [
      ["Australia", "supplies", "Ukraine"],
      ["Australia", "supplies", "Bushmaster"],
    ],
  },
  {
    label: "a package's contents told after its committed future take its supplier",
    text: "As part of a new $725 million security assistance package, the United States will send ammunition to Ukraine. The latest shipment includes HARM missiles.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HARM"],
    ],
  },
  {
    label: "must not: an announcement still expected commits nothing",
    text: "Germany is expected to announce that it will send Leopard tanks to Ukraine.",
    notGives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "must not: a proposed package commits nothing",
    text: "As part of a proposed package, the United States will send Stinger missiles to Taiwan.",
    hedged: [["United States", "supplies", "Taiwan", "planned"]],
  },
  {
    label: "must not: a package still being negotiated commits nothing",
    text: "The United States will send Stinger missiles to Taiwan as part of a package still being negotiated.",
    hedged: [["United States", "supplies", "Stinger", "planned"]],
  },
  {
    label: "must not: troops announced for a deployment stay planned",
    text: "Canada announced it would deploy 200 troops to Latvia.",
    hedged: [["Canada", "supplies", "Latvia", "planned"]],
  },
  {
    label: "must not: an announced possibility stays possible",
    text: "France announced it may send Caesar howitzers to Armenia.",
    hedged: [["France", "supplies", "Armenia", "possible"]],
  },
  {
    label: "must not: an announced purchase is the buyer's plan",
    text: "India announced it will buy 26 Rafale jets from France.",
    hedged: [["France", "supplies", "India", "planned"]],
  },
  {
    label: "must not: a future gift neither announced nor in a package stays planned",
    text: "Poland said it would send MiG-29 jets to Ukraine.",
    hedged: [["Poland", "supplies", "Ukraine", "planned"]],
  },
  // ---- a list of a deal's contents after a colon, one item a line (contents.ts listContents)
  {
    label:
      "a bulleted list after 'The package includes:' gives each item, not the platform ammunition serves",
    text: "Canada has announced a new military aid package for Ukraine worth $500 million.\nThe package includes:\n- 39 Senator armoured vehicles\n- Ammunition for Leopard 2 tanks\n- AIM-9 Sidewinder missiles\n- Medical equipment\nThe announcement was made in Ottawa.",
    gives: [["Canada", "supplies", "AIM-9 Sidewinder"]],
    notGives: [["Canada", "supplies", "Leopard 2"]],
  },
  {
    label: "'included the following:' then one model a line, a calibre between the model and its class",
    text: "The United States has turned over weapons worth $1 million to the Kenya Defence Forces.\n\nThe delivery included the following:\n\n14 M2A1 .50 caliber heavy machine guns\n\n7 M240B machine guns\n\nthousands of rounds of ammunition",
    gives: [
      ["United States", "supplies", "M2A1"],
      ["United States", "supplies", "M240B"],
    ],
  },
  {
    label: "must not: the list ends at a line of prose",
    text: "Germany has delivered aid to Ukraine.\nThe shipment includes:\n- IRIS-T launchers\nRussia fired Kalibr missiles at Kyiv on Monday.",
    gives: [["Germany", "supplies", "IRIS-T"]],
    notGives: [["Germany", "supplies", "Kalibr"]],
  },
  {
    label: "must not: a list after a colon that tells no deal's contents supplies nothing",
    text: "Germany has delivered aid to Ukraine.\nOfficials listed the threats:\n- Shahed drones\n- Kalibr missiles",
    notGives: [["Germany", "supplies", "Shahed"]],
  },
  // ---- a deal's contents told farther on: the document's one deal, named again by its noun (contents.ts toldDeal)
  {
    label: "the latest package, four sentences after the one package told, and 'It also includes' after it",
    text: "The United States announced a $1 billion aid package for Ukraine on Monday. Officials said the drawdown was the largest so far. It draws on Pentagon stocks. The spokesman gave no timeline. The latest package includes ammunition for HIMARS. It also includes 1,000 Javelin missiles, hundreds of AT4 anti-armor systems and Claymore anti-personnel munitions.",
    gives: [
      ["United States", "supplies", "Javelin"],
      ["United States", "supplies", "AT4"],
      ["United States", "supplies", "Claymore"],
    ],
    notGives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label: "must not: two suppliers told before make no one deal to refer back to",
    text: "Germany announced an aid package for Ukraine. France sent Caesar howitzers to Ukraine. Officials met in Paris. The talks went well. Nothing else was said. The latest package includes Marder vehicles.",
    notGives: [
      ["Germany", "supplies", "Marder"],
      ["France", "supplies", "Marder"],
    ],
  },
  {
    label: "must not: a deal noun the far supply's sentence does not name refers to nothing there",
    text: "Norway sent tanks to Ukraine. Officials met in Oslo. The talks went well. Nothing else was said. The contract includes Marder vehicles.",
    notGives: [["Norway", "supplies", "Marder"]],
  },
  {
    label: "must not: munitions for a system whose name is hyphenated serve it, and do not supply it",
    text: "Spain sent Leopard tanks to Ukraine. The package includes munitions for National Advanced Surface-to-Air Missile Systems.",
    notGives: [["Spain", "supplies", "Air Missile Systems"]],
  },
];
