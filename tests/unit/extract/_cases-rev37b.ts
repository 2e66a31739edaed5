/**
 * Labelled sentences of helper rev37b (session 37's final review of the non-relation changes): a
 * ministry whose first word opens no generic body ("External Affairs Ministry") and whose demonym
 * stage 3 took into its name ("The Indian External Affairs Ministry") is named once by the demonym,
 * not qualified a second time by stage 4 ("Indian Indian External Affairs Ministry").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a ministry with its demonym before a word no generic body opens with is named once by it",
    text: "The Indian External Affairs Ministry said India was concerned about the strikes.",
    entities: ["Indian External Affairs Ministry"],
    noEntities: ["Indian Indian External Affairs Ministry"],
    gives: [["Indian External Affairs Ministry", "affiliated_with", "India"]],
  },
  {
    label: "a home affairs ministry after its demonym is named once by it",
    text: "The Pakistani Home Affairs Ministry said the border with Afghanistan was calm on Monday.",
    entities: ["Pakistani Home Affairs Ministry"],
    noEntities: ["Pakistani Pakistani Home Affairs Ministry"],
  },
  {
    label: "a country's possessive before such a ministry still names it by the demonym (guard)",
    text: "India's External Affairs Ministry summoned the envoy of Pakistan on Tuesday.",
    same: [["Indian External Affairs Ministry", "India's External Affairs Ministry"]],
  },
];
