/**
 * Labelled sentences of session 27's debts: irregular past forms of verbs of perceiving and
 * judging ("saw", "seen", "felt") read by their lemma, "am" among the forms of "be", and the agent
 * of a participle of judging after a report or act noun, who judges the noun and made none of it.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country that saw another as a threat judges it",
    text: "Japan saw North Korea as a threat to the region.",
    gives: [["Japan", "assesses", "North Korea"]],
  },
  {
    label: "a country that has long seen another as a sponsor of terrorism judges it",
    text: "India has long seen Pakistan as a sponsor of terrorism.",
    gives: [["India", "assesses", "Pakistan"]],
  },
  {
    label: "the agent of a passive 'is seen by … as' judges the subject",
    text: "Russia is seen by Poland as a threat.",
    gives: [["Poland", "assesses", "Russia"]],
  },
  {
    label: "a speaker who felt that a country supplied arms judges it",
    text: '"We felt that Russia supplied weapons to the rebels," Malian Defence Minister Sadio Camara said.',
    gives: [["Sadio Camara", "assesses", "Russia"]],
  },
  {
    label: "a speaker who am convinced that a country supplied arms judges it",
    text: 'US Secretary of State Antony Blinken said: "I am convinced that Iran supplied the drones to Russia."',
    gives: [["Antony Blinken", "assesses", "Iran"]],
  },
  {
    label: "a leader who saw a deal as crucial for another country's support does not judge that country",
    text: "Serbian President Aleksandar Vucic likely saw the Rafale deal as crucial for ensuring France's support.",
    notGives: [["Aleksandar Vucic", "assesses", "France"]],
  },
  {
    label: "a country that saw a rise in its exports does not judge their buyer",
    text: "Japan saw a sharp rise in exports to China last year.",
    notGives: [["Japan", "assesses", "China"]],
  },
  {
    label: "a speaker who never felt that a country supplied arms does not judge it",
    text: '"We never felt that Russia supplied weapons to the rebels," Malian Defence Minister Sadio Camara said.',
    notGives: [["Sadio Camara", "assesses", "Russia"]],
  },
  {
    label: "the agent of a participle of denying after the accusations neither made them nor is judged",
    text: "Uganda rejected accusations denied by Kenya.",
    notGives: [
      ["Kenya", "assesses", "Uganda"],
      ["Uganda", "assesses", "Kenya"],
    ],
  },
  {
    label: "the agent of a participle of rejecting after the claims is no author of the claims",
    text: "Rwanda dismissed claims rejected by Congo on Monday.",
    notGives: [
      ["Rwanda", "assesses", "Democratic Republic of the Congo"],
      ["Democratic Republic of the Congo", "assesses", "Rwanda"],
    ],
  },
  {
    label: "the agent of a participle of condemning after the strikes did not carry them out",
    text: "Egypt condemned the strikes denounced by Jordan.",
    notGives: [["Egypt", "assesses", "Jordan"]],
  },
  {
    label: "the agent of a participle of making after the accusations made them",
    text: "Uganda rejected the accusations levelled by Kenya.",
    gives: [["Uganda", "assesses", "Kenya"]],
  },
  {
    label: "charges in apposition, denied by the accused, judge the accuser",
    text: "Mali accused Algeria of arming rebels, charges swiftly denied by Algiers.",
    gives: [
      ["Mali", "assesses", "Algeria"],
      ["Algeria", "assesses", "Mali"],
    ],
  },
  {
    label: "the agent of a participle of carrying out after the strikes carried them out",
    text: "Egypt condemned the strikes carried out by Israel.",
    gives: [["Egypt", "assesses", "Israel"]],
  },
];
