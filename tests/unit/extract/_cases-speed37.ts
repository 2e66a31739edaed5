/**
 * Labelled sentences of helper speed37 (session 37): the frame engine's meeting readers run only in
 * a sentence whose mentions give two different actor names (relations/meet-gate.ts), the fewest a
 * meeting can join; sentences that do, two leaders, two capitals standing for their states, or
 * one person and a partner named only by a pronoun's antecedent, are read as before.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "two coordinated leaders who held talks meet each other",
    text: "Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks in Pyongyang on Wednesday.",
    gives: [["Kim Jong Un", "meets", "Vladimir Putin"]],
  },
  {
    label: "two capitals that held talks stand for their states, which meet",
    text: "Beijing held talks with Moscow on Tuesday.",
    gives: [["China", "meets", "Russia"]],
  },
  {
    label: "a leader who met an unnamed counterpart meets no one, not his own country",
    text: "Indian Prime Minister Narendra Modi met his counterpart in New Delhi.",
    notGives: [["Narendra Modi", "meets", "India"]],
    gives: [["Narendra Modi", "affiliated_with", "India"]],
  },
  {
    label: "two ministers named with titles meet",
    text: "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Monday.",
    gives: [["Sergei Lavrov", "meets", "Wang Yi"]],
    notGives: [["Wang Yi", "meets", "Moscow"]],
  },
  {
    label: "a person named only by a pronoun whose antecedent is told before meets the partner named",
    text: "French President Emmanuel Macron arrived in Moscow on Monday. He held talks with Vladimir Putin at the Kremlin.",
    gives: [["Emmanuel Macron", "meets", "Vladimir Putin"]],
  },
];
