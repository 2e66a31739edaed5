/**
 * Labelled sentences of helper fresh35 (session 35), from the shapes that fresh news on arms
 * transfers showed. A finite verb right after a noun, with a determined object, is the main verb
 * of the clause that the trigger's phrase only stood in ("Turkey's decision to buy S-400 systems
 * rendered Ankara's participation in the F-35 programme impossible": no F-35 is bought). After a
 * verb of promising, the promiser does what the infinitive says, not the one promised to ("Canada
 * promised Ukraine to transfer 50 armoured vehicles"), and the promise stays a plan. A purpose word
 * may modify the head of the phrase that tells an agreement's purpose ("signed an agreement with
 * Egypt for the largest K9 export deal"). "Hanwha Defense", the maker's earlier name, is Hanwha.
 */
import type { SentenceCase } from "./_cases.ts";

const FIRST_CASES: SentenceCase[] = [
  {
    label: "a main verb after the bought goods ends the purchase's object: its own object is not bought",
    text: "Turkey's decision to buy Russian S-400 systems rendered its participation in the F-35 program impossible.",
    gives: [["Russia", "supplies", "S-400"]],
    notGives: [["Russia", "supplies", "F-35"]],
  },
  {
    label: "a main verb with a possessive object after the sold goods ends the sale's object",
    text: "The plan to sell Chinese J-10C fighters angered India's military, which operates the Rafale.",
    notGives: [["China", "supplies", "Rafale"]],
  },
  {
    label: "a participle with a preposition after the goods still describes them, the object goes on",
    text: "Russia delivered S-400 systems made by Almaz-Antey to Turkey last year.",
    gives: [
      ["Russia", "supplies", "Turkey"],
      ["Russia", "supplies", "S-400"],
    ],
  },
  {
    label: "a promise to an object: the promiser is the supplier, and only as a plan",
    text: "Canada promised Ukraine to transfer 50 Leopard tanks within three years.",
    notGives: [["Ukraine", "supplies", "Leopard"]],
    hedged: [["Canada", "supplies", "Leopard", "planned"]],
  },
  {
    label: "a request to an object: the one asked is the one who would send",
    text: "Kyiv asked Germany to send Taurus missiles.",
    notGives: [["Ukraine", "supplies", "Taurus"]],
  },
  {
    label: "an agreement for a phrase with an export noun as modifier is a sale by the firm",
    text: "Hanwha Aerospace signed an agreement with Egypt for the largest K9 export deal.",
    gives: [
      ["Hanwha Aerospace", "supplies", "Egypt"],
      ["Hanwha Aerospace", "supplies", "K9 Thunder"],
    ],
  },
  {
    label: "an agreement for the export of goods is a sale by the firm that signs it",
    text: "Rheinmetall signed an agreement with Hungary for the export of Lynx vehicles.",
    gives: [
      ["Rheinmetall", "supplies", "Hungary"],
      ["Rheinmetall", "supplies", "Lynx"],
    ],
  },
  {
    label: "an agreement for cooperation names no purchase: no supply",
    text: "Rheinmetall signed an agreement with Hungary for cooperation on Lynx vehicles.",
    notGives: [["Rheinmetall", "supplies", "Hungary"]],
  },
  {
    label: "the maker's earlier name is the same company, and it sells by contract",
    text: "Hanwha Defense signed a contract with Egypt for K9 howitzers.",
    gives: [["Hanwha Aerospace", "supplies", "Egypt"]],
    notGives: [["Egypt", "supplies", "K9 Thunder"]],
  },
];

/**
 * A signer no mention names ("Yugoimport signed a contract with Cyprus") leaves the deal's sides
 * untold: the with-partner is not read as the seller.
 */
const UNKNOWN_SIGNER_CASES: SentenceCase[] = [
  {
    label: "a deal signed by a name the extractor does not know: the state partner is not its seller",
    text: "Yugoimport has signed a contract with Cyprus for Nora howitzers.",
    notGives: [["Cyprus", "supplies", "Nora"]],
  },
  {
    label: "a deal signed in the passive with a state partner: the partner sells",
    text: "A contract was signed with France for 30 Rafale jets.",
    gives: [["France", "supplies", "Rafale"]],
  },
  {
    label: "a known buyer signs with a state: the state sells",
    text: "Egypt signed a contract with France for 30 Rafale jets.",
    gives: [
      ["France", "supplies", "Egypt"],
      ["France", "supplies", "Rafale"],
    ],
  },
];

export const CASES: SentenceCase[] = [...FIRST_CASES, ...UNKNOWN_SIGNER_CASES];
