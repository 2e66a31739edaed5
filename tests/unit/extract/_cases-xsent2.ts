/**
 * Labelled sentences of helper xsent2 (session 31): a transfer with goods but no supplier takes the
 * document's one supplier when none is told just before it (nearest-supplier.ts), but only for goods
 * of the same or an unknown kind (weapons.json weaponKinds: vessels, aircraft, land vehicles,
 * munitions, small arms) and not for goods told as of another make (weapons.json otherMakeWords).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a receipt told before its supplier takes the document's one supplier of the same goods",
    text: "The Egyptian Navy has taken delivery of the first of two FREMM frigates. The handover ceremony was held on Monday in La Spezia. The frigate, delivered by Fincantieri to the Egyptian Navy, sailed on Friday.",
    gives: [
      ["Fincantieri", "supplies", "Egyptian Navy"],
      ["Fincantieri", "supplies", "FREMM"],
    ],
  },
  {
    label: "a handover of goods of the same kind far after the one supply takes its supplier",
    text: "Russia delivered 20 BTR-82 armoured vehicles to Mali in March. The vehicles were inspected in Bamako. The crews trained for a month. The T-72 tanks were handed over to the Malian Army in May.",
    gives: [["Russia", "supplies", "T-72"]],
  },
  {
    label: "a handover of goods of another kind than the document's one supply takes no supplier",
    text: "Turkey delivered 20 Kirpi armoured vehicles to Tunisia in March. The vehicles were inspected in Tunis. The crews trained for a month. The Mi-17 helicopters were handed over to the Tunisian Air Force in May.",
    notGives: [
      ["Turkey", "supplies", "Mi-17"],
      ["Turkey", "supplies", "Tunisian Air Force"],
    ],
  },
  {
    label: "goods told as of another make continue no supply told before them",
    text: "Spain delivered two patrol boats to the Ghana Navy in 2022. The crews trained in Cadiz. The boats sailed to Tema. On Monday, the indigenous GNS Volta was handed over to the Ghana Navy.",
    notGives: [["Spain", "supplies", "GNS Volta"]],
  },
];
