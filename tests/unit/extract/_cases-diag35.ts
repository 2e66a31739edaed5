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
    // (The list reader runs here: a reciprocal verb and no named partner. Without its possessor
    // check Choe Son Hui met Kim Jong Un.)
    label: "a possessor in a listed subject's appositive is no item of the list",
    text: "Choe Son Hui, Kim Jong Un's foreign minister, Defence Minister Sergei Shoigu, and Foreign Minister Sergei Lavrov met in Pyongyang on Monday.",
    gives: [
      ["Choe Son Hui", "meets", "Sergei Shoigu"],
      ["Choe Son Hui", "meets", "Sergei Lavrov"],
    ],
    notGives: [
      ["Choe Son Hui", "meets", "Kim Jong Un"],
      ["Sergei Shoigu", "meets", "Kim Jong Un"],
    ],
  },
  {
    // (A list reader that read on through the relative clause's pronoun and verb had the one it
    // names, who was replaced, meet the others.)
    label: "a relative clause in the list ends it: the one it names met no one listed",
    text: "Prime Minister James Marape, Foreign Minister Justin Tkatchenko, who replaced Rimbink Pato, and Defence Minister Billy Joseph met in Port Moresby on Monday.",
    notGives: [
      ["Rimbink Pato", "meets", "James Marape"],
      ["Rimbink Pato", "meets", "Billy Joseph"],
    ],
  },
  {
    label: "a listed subject that met an unnamed delegation met no one named",
    text: "Defence Minister Nilda Garré, Foreign Minister Jorge Taiana met the visiting delegation in Buenos Aires.",
    notGives: [["Nilda Garré", "meets", "Jorge Taiana"]],
  },
];
