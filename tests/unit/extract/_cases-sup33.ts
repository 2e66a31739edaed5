/**
 * Labelled sentences of helper sup33 (session 33): a body of a state that supplies (its head noun a
 * force or government word: "the Chinese People's Liberation Army", "the US Coast Guard", "the US
 * Department of Defense") gives its country's triple toward every recipient, a body of the
 * recipient included ("the Lebanese Army"); its country may be named before it ("the US Department
 * of Defense") or open its name ("The US Coast Guard"). A company's own gift or sale stays its own.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a state's army that donates to another army gives its country's supply to that army",
    text: "The Chinese People's Liberation Army on Thursday donated masks and goggles to the Lebanese Army.",
    gives: [["China", "supplies", "Lebanese Army"]],
  },
  {
    label: "a navy's transfer to a navy is its country's supply to that navy",
    text: "The French Navy transferred a patrol vessel to the Senegalese Navy.",
    gives: [["France", "supplies", "Senegalese Navy"]],
  },
  {
    label: "a department named after its country's name announces aid: the country supplies",
    text: "The US Department of Defense has announced a new military aid package for Ukraine.",
    gives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label:
      "a coast guard whose name opens with its country's name transfers boats: the country supplies them",
    text: "The US Coast Guard will transfer two Island-class patrol boats to Ukraine.",
    gives: [["United States", "supplies", "Island-class"]],
  },
  {
    label: "a company's gift to an army is not its country's",
    text: "Japanese firm Toyota donated 20 trucks to the Philippine Army.",
    gives: [["Toyota", "supplies", "Philippine Army"]],
    notGives: [["Japan", "supplies", "Philippine Army"]],
  },
  {
    label: "a company that delivers before its country's possessive is not its country's supply",
    text: "Germany's Rheinmetall delivered ammunition to the Ukrainian Army.",
    notGives: [["Germany", "supplies", "Ukrainian Army"]],
  },
];
