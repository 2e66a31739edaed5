/**
 * Labelled sentences of helper prec39 (session 39): a body's plain report of what a person did
 * told before the body that reports it ("…, the agency said", "…, according to the ministry") is
 * news of its own side or of its guests, not an assessment (relations/body-reports.ts); a body
 * that speaks first, what the body judges, a person's reports and a body's reports of a country
 * still give their assessments.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a news agency's report of a visitor's arrival assesses no one",
    text: "Sergei Lavrov arrived in Pyongyang on Wednesday, the Korean Central News Agency said.",
    entities: ["Sergei Lavrov", "Korean Central News Agency"],
    notGives: [["Korean Central News Agency", "assesses", "Sergei Lavrov"]],
  },
  {
    label: "a ministry statement's news of a guest's errand assesses no one",
    text: "Sheikh Nasser handed a letter from the Amir to King Abdullah, a Defense Ministry statement read.",
    entities: ["Sheikh Nasser", "Defense Ministry"],
    notGives: [["Defense Ministry", "assesses", "Sheikh Nasser"]],
  },
  {
    label: "a government office's report of a visit, read as its country, assesses no one",
    text: "Turkish Foreign Minister Hakan Fidan met Ilham Aliyev in Baku, Azerbaijan's presidential administration said.",
    entities: ["Hakan Fidan", "Azerbaijan"],
    notGives: [["Azerbaijan", "assesses", "Hakan Fidan"]],
  },
  {
    label: "a body that speaks before the person it reports on keeps its claim",
    text: "Iran's foreign ministry said Benjamin Netanyahu had ordered the strike.",
    gives: [["Iran's foreign ministry", "assesses", "Benjamin Netanyahu"]],
  },
  {
    label: "a ministry's condemnation of a person's statements is still its judgement",
    text: "The Lithuanian Foreign Ministry condemned Alexander Lukashenko's statements.",
    gives: [["Lithuanian Foreign Ministry", "assesses", "Alexander Lukashenko"]],
  },
  {
    label: "a spokesman's report of another leader's act is still an assessment",
    text: "Kremlin spokesman Dmitry Peskov said Volodymyr Zelensky had rejected the offer.",
    gives: [["Dmitry Peskov", "assesses", "Volodymyr Zelensky"]],
  },
  {
    label: "a ministry's report of another country's act is still an assessment",
    text: "The Japanese Defense Ministry said China had sent two warships near the islands.",
    gives: [["Japanese Defense Ministry", "assesses", "China"]],
  },
];
