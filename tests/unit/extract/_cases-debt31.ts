/**
 * Labelled sentences added by the code-health helper of session 31: a rejected report whose author
 * is written with a curly possessive ("the UN Security Council’s statement") judges the rejecter as
 * with a straight one (charged-rejecters.ts walks back over both possessive endings).
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
];
