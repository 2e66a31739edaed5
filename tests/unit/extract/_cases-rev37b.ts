/**
 * Labelled sentences of helper rev37b (session 37's final review of the non-relation changes): a
 * ministry whose first word opens no generic body ("External Affairs Ministry") and whose demonym
 * stage 3 took into its name ("The Indian External Affairs Ministry") is named once by the demonym,
 * not qualified a second time by stage 4 ("Indian Indian External Affairs Ministry"); titles joined
 * by "and" before a name ("Kuwait's First Deputy Prime Minister and Defense Minister Sheikh X", "The
 * Chinese State Councilor and Defense Minister Wei Fenghe") are that person's, not a description of
 * a person told before (stage 4b resolveCountryTitles).
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
  {
    label: "coordinated titles before a name are not a description of the visitor told before",
    text:
      "Lloyd Austin arrived in Beijing on Monday. " +
      "The Chinese State Councilor and Defense Minister Wei Fenghe received him.",
    gives: [
      ["Wei Fenghe", "affiliated_with", "China"],
      ["Lloyd Austin", "meets", "Wei Fenghe"],
    ],
    notGives: [["Lloyd Austin", "affiliated_with", "China"]],
  },
  {
    label:
      "a country's possessive title joined by 'and' to a title before an honorific and a name is that person's",
    text:
      "Lloyd Austin arrived in Kuwait on Monday. " +
      "Kuwait's First Deputy Prime Minister and Defense Minister Sheikh Nasser Sabah received him.",
    gives: [["Nasser Sabah", "affiliated_with", "Kuwait"]],
    notGives: [["Lloyd Austin", "affiliated_with", "Kuwait"]],
  },
  {
    label: "a lone person told before is not the holder of coordinated titles that name someone else",
    text:
      "Lukashenko thanked Defence Minister Sergei Shoigu. " +
      "Kuwait's First Deputy Prime Minister and Defense Minister Sheikh Nasser Sabah met US officials.",
    gives: [["Nasser Sabah", "affiliated_with", "Kuwait"]],
    notGives: [["Alexander Lukashenko", "affiliated_with", "Kuwait"]],
  },
  {
    label: "coordinated titles with no name after them still describe the person told before (guard)",
    text:
      "Xi Jinping arrived in Moscow on Monday. " +
      "The Chinese president and party chief thanked Russia for the welcome.",
    gives: [["Xi Jinping", "affiliated_with", "China"]],
  },
];
