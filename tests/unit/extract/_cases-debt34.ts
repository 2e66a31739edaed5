/**
 * Labelled sentences of helper debt34 (session 34): the word lists the early stages read now come
 * from the lexicon value (lexicon/stage-words.json); with the built-in lexicon the sentences read
 * as before.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "a relative pronoun of the subject pronouns makes the plural-looking form after it the clause's verb",
    text: "North Korea, which supplies the shells to Russia, was sanctioned.",
    gives: [["North Korea", "supplies", "Russia"]],
  },
  {
    label: "two actors a pair preposition takes stay one list before a name and a verb of the third person",
    text: "A meeting between Putin and Xi takes place in Moscow on Monday.",
    gives: [["Vladimir Putin", "meets", "Xi Jinping"]],
  },
  {
    label: "an adverb of place after a name closes the office set off before it",
    text: "The Indian envoy called on the Chief of the Army Staff of Nepal, General Ashok Raj Sigdel here on Monday.",
    gives: [["Ashok Raj Sigdel", "affiliated_with", "Nepal"]],
  },
  {
    label: "'the two men' after a meeting stands for the two people who met",
    text: "Sergei Lavrov met Wang Yi in Beijing, and the two men held talks with Kim Jong Un.",
    gives: [
      ["Kim Jong Un", "meets", "Sergei Lavrov"],
      ["Kim Jong Un", "meets", "Wang Yi"],
    ],
  },
];
