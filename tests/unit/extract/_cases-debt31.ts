/**
 * Labelled sentences added by the code-health helper of session 31: a rejected report whose author
 * is written with a curly possessive ("the UN Security Council’s statement") judges the rejecter as
 * with a straight one (charged-rejecters.ts walks back over both possessive endings); a passive
 * purchase from two sellers of two models leaves which sold which untold, as a reduced one does
 * (supply.ts emitPurchases).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a rejected report with a curly possessive author, judging 'its' act, judges the rejecting state",
    text: "North Korea’s foreign ministry said it rejected the UN Security Council’s statement denouncing its latest missile launch test.",
    gives: [["UN Security Council", "assesses", "North Korea"]],
    notGives: [["UN Security Council", "assesses", "North Korean Foreign Ministry"]],
  },
  {
    label: "a welcomed report with a curly possessive author does not judge the one who welcomes it",
    text: "Japan welcomed the UN’s statement condemning its missile launch.",
    notGives: [["United Nations", "assesses", "Japan"]],
  },
  {
    label: "a passive purchase from one seller supplies the model bought and the buyer",
    text: "Twelve Z-9 helicopters were bought from China by the Ghana Air Force.",
    gives: [
      ["China", "supplies", "Z-9"],
      ["China", "supplies", "Ghana Air Force"],
    ],
  },
  {
    label: "a passive purchase of two models from two sellers does not say which sold which",
    text: "Twelve Mi-17 and Z-9 helicopters were bought from Russia and China by the Ghana Air Force.",
    gives: [
      ["Russia", "supplies", "Ghana Air Force"],
      ["China", "supplies", "Ghana Air Force"],
    ],
    notGives: [
      ["Russia", "supplies", "Z-9"],
      ["China", "supplies", "Mi-17"],
    ],
  },
];
