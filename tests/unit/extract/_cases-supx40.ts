/**
 * Labelled sentences of helper supx40 (session 40): supplies told across two sentences. A purchase
 * with no seller of its own ("Saudi Arabia was approved to purchase TOW 2B missiles") continues the
 * sale approved just before when the only other body named between is a known body of the seller's
 * own government: the Defense Security Cooperation Agency or the Pentagon that announces a US sale
 * is the United States' own, as the lexicon's governmentBodies table says (relations/nearest-supplier.ts
 * ownBody). A body of another government, or one the lexicon does not know, is still another actor.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a purchase the seller's own agency reports continues the sale approved just before",
    text: "The U.S. State Department has approved $1 billion worth of potential weapons sales to Saudi Arabia. In a statement, the Defense Security Cooperation Agency said Saudi Arabia was approved to purchase $670 million worth of TOW 2B missiles.",
    gives: [
      ["United States", "supplies", "Saudi Arabia"],
      ["United States", "supplies", "TOW 2B"],
    ],
  },
  {
    label: "the Pentagon reporting the buyer's purchase is the seller's own body",
    text: "The United States approved the sale of weapons to Slovakia on Wednesday. The Pentagon said Slovakia was approved to purchase F-16 fighter jets.",
    gives: [["United States", "supplies", "F-16"]],
  },
  {
    label: "must-not: a known body of another government between the sale and the purchase is another actor",
    text: "The United States approved the sale of weapons to Turkey on Wednesday. The Kremlin said Turkey was approved to purchase TOW 2B missiles.",
    notGives: [["United States", "supplies", "TOW 2B"]],
  },
  {
    label: "must-not: a body the lexicon ties to no government stays another actor",
    text: "The United States approved the sale of weapons to Saudi Arabia on Wednesday. The Gulf Research Agency said Saudi Arabia was approved to purchase TOW 2B missiles.",
    notGives: [["United States", "supplies", "TOW 2B"]],
  },
  {
    label: "must-not: a body of the seller's government reporting a purchase from another seller",
    text: "The United States approved the sale of weapons to Slovakia on Wednesday. The Pentagon said Slovakia had bought MiG-29 jets from Russia in the 1990s.",
    notGives: [["United States", "supplies", "MiG-29"]],
  },
  {
    label: "must-not: the seller's own body naming the rival's weapons gives the seller none of them",
    text: "The United States approved the sale of Harpoon missiles to Taiwan on Wednesday. The Pentagon said China has deployed DF-21 missiles near Taiwan.",
    notGives: [["United States", "supplies", "DF-21"]],
  },
];
