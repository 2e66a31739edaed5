/**
 * Labelled sentences of helper deal39 (session 39): a supply noun governed by a verb of confirming.
 * "Germany confirmed the delivery of 18 Leopard 2 tanks to Ukraine": "confirm" joins the governing
 * verbs of supply nouns (frames.json supply-approve, beside approve, announce, notify), so the
 * confirming state supplies the noun's recipient and goods, as in "announced the delivery of".
 * Negated or hedged confirmations stay hedged; requests and proposals give no asserted fact.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a state confirming the delivery of named goods to a recipient supplies both",
    text: "Germany confirmed the delivery of 18 Leopard 2 tanks to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a state body confirming the transfer of goods supplies them",
    text: "The Pentagon confirmed the transfer of 31 Abrams tanks to Ukraine.",
    gives: [
      ["Pentagon", "supplies", "Ukraine"],
      ["Pentagon", "supplies", "M1 Abrams"],
    ],
  },
  {
    label: "must-not: a negated confirmation is a negated supply, not an asserted one",
    text: "Germany did not confirm the delivery of Taurus missiles to Ukraine.",
    notGives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Taurus"],
    ],
    hedged: [["Germany", "supplies", "Taurus", "negated"]],
  },
  {
    label: "must-not: a confirmation under a modal stays possible",
    text: "Germany may confirm the delivery of Taurus missiles to Ukraine.",
    notGives: [["Germany", "supplies", "Taurus"]],
    hedged: [["Germany", "supplies", "Taurus", "possible"]],
  },
  {
    label: "must-not: a requested delivery gives no asserted supply",
    text: "Ukraine requested the delivery of Taurus missiles from Germany.",
    entities: ["Ukraine", "Germany", "Taurus"],
    notGives: [
      ["Germany", "supplies", "Taurus"],
      ["Germany", "supplies", "Ukraine"],
    ],
  },
  {
    label: "must-not: a proposed delivery gives no asserted supply",
    text: "Germany proposed the delivery of Taurus missiles to Ukraine.",
    entities: ["Ukraine", "Germany", "Taurus"],
    notGives: [
      ["Germany", "supplies", "Taurus"],
      ["Germany", "supplies", "Ukraine"],
    ],
  },
  {
    label: "must-not: confirming the delivery of goods that are no arms is no supply",
    text: "Germany confirmed the delivery of humanitarian supplies to Gaza.",
    entities: ["Germany", "Gaza"],
    notGives: [["Germany", "supplies", "Gaza"]],
  },
];
