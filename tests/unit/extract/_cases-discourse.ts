/**
 * Labelled texts of session 29's discourse helper: named ships that a later sentence puts in
 * service or names are the vessels an earlier sentence says were supplied (stage 5f).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "ships of the taker's navy commissioned in the passive are the vessels supplied before",
    text: 'Two new Fast Patrol Vessels (FPV), gifted by Japan, joined the Sri Lanka Coast Guard fleet on Wednesday. "SLCG Samudra Raksha" and "SLCG Samaraksha" were commissioned by the State Minister during the ceremony.',
    gives: [
      ["Japan", "supplies", "SLCG Samudra Raksha"],
      ["Japan", "supplies", "SLCG Samaraksha"],
    ],
  },
  {
    label: "goods supplied under a vessel noun alone take the names a future of naming gives them",
    text: "China sold two submarines to the Bangladesh Navy. The submarines will be named 'BNS Nabajatra' and 'BNS Joyjatra' respectively, the newspaper reported.",
    gives: [
      ["China", "supplies", "BNS Nabajatra"],
      ["China", "supplies", "BNS Joyjatra"],
    ],
  },
  {
    label: "a ship of a third navy commissioned in the passive is not the taker's",
    text: 'Two new Fast Patrol Vessels (FPV), gifted by Japan, joined the Sri Lanka Coast Guard fleet on Wednesday. India was also present, and "INS Vikrant" was commissioned last year.',
    notGives: [["Japan", "supplies", "INS Vikrant"]],
  },
  {
    label: "a future of naming with no vessel supplied before it names nothing supplied",
    text: "Bangladesh plans to build two submarines. The submarines will be named 'BNS Nabajatra' and 'BNS Joyjatra'.",
    notGives: [["Bangladesh", "supplies", "BNS Nabajatra"]],
  },
  {
    label: "a planned handover is still a plan when the ships are named in it",
    text: "China sold two submarines to the Bangladesh Navy. BNS Nabajatra will be delivered next year, the navy said.",
    notGives: [["China", "supplies", "BNS Nabajatra"]],
  },
  {
    label: "ships followed by a phrase that counts the supplied vessels are those vessels",
    text: "SLNS Mihikatha and SLNS Rathnadeepa, two patrol boats gifted by Australia, joined the fleet in March.",
    gives: [
      ["Australia", "supplies", "SLNS Mihikatha"],
      ["Australia", "supplies", "SLNS Rathnadeepa"],
    ],
  },
  {
    label: "a ship followed by a phrase of its class that counts nothing is not the supplied vessel",
    text: "Russia sold two warships to India. INS Teg, a Talwar class stealth frigate, sailed on the Elbe near Hamburg.",
    notGives: [["Russia", "supplies", "INS Teg"]],
  },
  {
    label: "ships of the taker's navy sent on a mission in the passive are not the vessels supplied",
    text: "Japan donated two patrol boats to Sri Lanka. SLNS Sayura and SLNS Samudura were sent to the Gulf of Aden.",
    notGives: [
      ["Japan", "supplies", "SLNS Sayura"],
      ["Japan", "supplies", "SLNS Samudura"],
    ],
  },
];
