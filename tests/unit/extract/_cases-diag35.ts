/**
 * Labelled sentences of helper diag35 (session 35): named people listed before a reciprocal meeting
 * verb with commas between them (a title appositive or a counterpart description may stand between)
 * met each other, as "A and B met" did (relations/listed-subjects.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a counterpart set off by commas in a subject list met the others",
    text: "Argentine Defence Minister Nilda Garré, her Chilean counterpart Vivianne Blanlot, and Foreign Minister Jorge Taiana met in Buenos Aires on Monday.",
    gives: [
      ["Nilda Garré", "meets", "Vivianne Blanlot"],
      ["Vivianne Blanlot", "meets", "Jorge Taiana"],
      ["Nilda Garré", "meets", "Jorge Taiana"],
    ],
  },
  {
    label: "two titled names set off by a comma, the second with an appositive, after an opening date",
    text: "On 29 February this year, Ethiopian Field Marshal Birhanu Jula, General Francis Ogolla, the late Chief of Defense Forces of Kenya, met in Nairobi.",
    gives: [["Birhanu Jula", "meets", "Francis Ogolla"]],
  },
  {
    label: "a possessor in the subject's appositive is no item of the list",
    text: "Kim Yo Jong, Kim Jong Un's sister, met in Pyongyang with Russian Defence Minister Sergei Shoigu.",
    gives: [["Kim Yo Jong", "meets", "Sergei Shoigu"]],
    notGives: [["Kim Yo Jong", "meets", "Kim Jong Un"]],
  },
  {
    label: "a relative clause in the list ends it: the one named after it met no one listed before",
    text: "Defence Minister Richard Marles, who arrived in Port Moresby, and Prime Minister James Marape spoke to reporters.",
    notGives: [["Richard Marles", "meets", "James Marape"]],
  },
  {
    label: "a listed subject that met an unnamed delegation met no one named",
    text: "Defence Minister Nilda Garré, Foreign Minister Jorge Taiana met the visiting delegation in Buenos Aires.",
    notGives: [["Nilda Garré", "meets", "Jorge Taiana"]],
  },
];
