/**
 * Reported speech and quotations (helper quote, session 26): a speaker who tells what his own
 * side judges voices that judgement, and reports of another side's belief or denied beliefs give
 * the speaker nothing about the party judged; a judgement noun reaches its topic past a time
 * phrase ("expressed concern Monday about …"); a concern felt ("remains “deeply concerned” about")
 * judges its topic; a headline's official claims; a quotation's second clause is a claim of its
 * own; a quotation run on unclosed into the next paragraph is its closing speaker's. Each case
 * gives the triples it must, none it must not (sentences.test.ts runs them, checking first that
 * both ends were found, so a miss cannot pass).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a spokesman says his country believes a third party does something",
    text: "State Department spokesman Matthew Miller said the United States believes Iran is arming Russia.",
    gives: [
      ["Matthew Miller", "assesses", "Iran"],
      ["United States", "assesses", "Iran"],
    ],
  },
  {
    label: "the country's belief first, the adviser telling it after",
    text: "The United States believes North Korea is sending shells to Russia, US national security adviser Jake Sullivan told reporters.",
    gives: [["Jake Sullivan", "assesses", "North Korea"]],
  },
  {
    label: "a minister named by his country's demonym voices its belief",
    text: "British Defence Secretary Grant Shapps said Britain believes Iran is supplying missiles to Russia.",
    gives: [["Grant Shapps", "assesses", "Iran"]],
  },
  {
    label: "a minister voices the belief of his country and another, coordinated",
    text: "French Foreign Minister Catherine Colonna said France and Germany believe Iran is arming Russia.",
    gives: [["Catherine Colonna", "assesses", "Iran"]],
  },
  {
    label: "must not: another side's belief is relayed, not voiced",
    text: "Kremlin spokesman Dmitry Peskov said the United States believes Iran is arming Russia.",
    gives: [["Dmitry Peskov", "assesses", "United States"]],
    notGives: [["Dmitry Peskov", "assesses", "Iran"]],
  },
  {
    label: "must not: a belief the country denies holding",
    text: "State Department spokesman Matthew Miller said the United States does not believe Iran is arming Russia.",
    notGives: [["Matthew Miller", "assesses", "Iran"]],
  },
  {
    label: "a concern expressed with a bare day before its about-phrase",
    text: "The United States expressed concern Monday about the strengthening of ties between Russia and Iran.",
    gives: [
      ["United States", "assesses", "Russia"],
      ["United States", "assesses", "Iran"],
    ],
  },
  {
    label: "a concern expressed last week about a country",
    text: "Japan expressed concern last week about China's military drills near Taiwan.",
    gives: [["Japan", "assesses", "China"]],
  },
  {
    label: "must not: a time phrase and then a partner, no topic of the concern",
    text: "Germany expressed concern on Monday after talks with France over rising prices.",
    notGives: [["Germany", "assesses", "France"]],
  },
  {
    label: "a country remains concerned, the adjective quoted, about another's deeds",
    text: "The United States remains “deeply concerned” about Iran's use of drones.",
    gives: [["United States", "assesses", "Iran"]],
  },
  {
    label: "a country is worried by another's drills (the participle tagged a verb)",
    text: "Japan is deeply worried by China's military drills near Taiwan.",
    gives: [["Japan", "assesses", "China"]],
  },
  {
    label: "a spokesman voices the concern of his country told in a fronted clause",
    text: "Noting that the United States remains concerned about Iran's drone transfers, State Department spokesman Matthew Miller said the US would respond.",
    gives: [["Matthew Miller", "assesses", "Iran"]],
  },
  {
    label: "must not: a concern denied",
    text: "Ukraine is not concerned about Belarus, the minister said.",
    notGives: [["Ukraine", "assesses", "Belarus"]],
  },
  {
    label: "must not: a worry held over time is a policy",
    text: "Poland has long been worried about Russia.",
    notGives: [["Poland", "assesses", "Russia"]],
  },
  {
    label: "a headline's official claims a country doing something, its 'is' dropped",
    text: "Congolese official claims Rwanda aiding M23 rebels\nFighting continued in North Kivu on Tuesday.",
    gives: [["Democratic Republic of the Congo", "assesses", "Rwanda"]],
  },
  {
    label: "a headline's official claims a country is doing something",
    text: "Ukrainian official claims Belarus is training Russian troops\nFighting continued on Tuesday.",
    gives: [["Ukraine", "assesses", "Belarus"]],
  },
  {
    label: "must not: the claim is about its subject, not the party it aids",
    text: "Congolese official claims Rwanda aiding M23 rebels\nFighting continued in North Kivu on Tuesday.",
    notGives: [["Democratic Republic of the Congo", "assesses", "M23"]],
  },
  {
    label: "a quotation's second clause judges another side after the speaker's own",
    text: 'Uzbek Defence Minister Bakhodir Kurbanov spoke to reporters on Monday. "We are taking part in exercises in Russia, and the Russian side is helping to train our personnel," he said.',
    gives: [["Bakhodir Kurbanov", "assesses", "Russia"]],
  },
  {
    label: "a quotation's clause after 'but' judges another side",
    text: '"Our army is strong, but Russia is threatening our borders," Georgian Defence Minister Irakli Chikovani said.',
    gives: [["Irakli Chikovani", "assesses", "Russia"]],
  },
  {
    label: "must not: a list joined by 'and' is no second clause",
    text: '"This gear will help our soldiers bring security, stability, and prosperity not just in West Africa, but across the continent," US envoy Rolf Olson said.',
    notGives: [["Rolf Olson", "assesses", "West Africa"]],
  },
  {
    label: "a quotation run on into the next paragraph is its closing speaker's",
    text: "Kremlin slams Kyiv\n\nKremlin spokesman Dmitry Peskov spoke on Wednesday.\n\n“Ukraine has broken every promise it made. Unfortunately, there is no trust at all.\n\n“On the contrary, the whole course of events shows broken promises,” Peskov said.",
    gives: [["Dmitry Peskov", "assesses", "Ukraine"]],
  },
  {
    label: "must not: the run-on paragraph is not the other man's named before it",
    text: "Moscow and Kyiv trade blame\n\nRussian Foreign Minister Sergei Lavrov met reporters on Monday, a day after Kremlin spokesman Dmitry Peskov spoke.\n\n“Ukraine has broken every promise it made. There is no trust at all.\n\n“On the contrary, the whole course of events shows broken promises,” Lavrov said.",
    gives: [["Sergei Lavrov", "assesses", "Ukraine"]],
    notGives: [["Dmitry Peskov", "assesses", "Ukraine"]],
  },
];
