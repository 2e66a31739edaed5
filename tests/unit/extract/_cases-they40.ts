/**
 * Labelled sentences of session 40's plural subjects that stand for two people named before
 * (they40): "they" or "the two ministers" with a meeting partner in its clause is each member
 * meeting the partner ("A and B arrived in Tbilisi, where they held talks with C": A met C, B met
 * C), and that clause does not make the pair meet each other; "the two ministers held talks" with no
 * partner is still the pair meeting each other; a "they" with no two people to stand for gives nothing.
 */
import type { SentenceCase } from "./_cases.ts";

const ARRIVED =
  "Turkish Defence Minister Hulusi Akar and Azerbaijani Defence Minister Zakir Hasanov arrived in Tbilisi on Monday";

export const CASES: SentenceCase[] = [
  {
    label: "they + met + a named partner in the next sentence: each member met the partner",
    text: `${ARRIVED}. They met Georgian Prime Minister Irakli Garibashvili.`,
    gives: [
      ["Hulusi Akar", "meets", "Irakli Garibashvili"],
      ["Zakir Hasanov", "meets", "Irakli Garibashvili"],
    ],
  },
  {
    label: "they + met + a named partner: the pair that arrived together did not meet each other",
    text: `${ARRIVED}. They met Georgian Prime Minister Irakli Garibashvili.`,
    entities: ["Hulusi Akar", "Zakir Hasanov"],
    notGives: [["Hulusi Akar", "meets", "Zakir Hasanov"]],
  },
  {
    label: "where they held meetings with two named partners: each member met each partner (dev/468)",
    text: "Turkish Minister of National Defense, Hulusi Akar as well as Azerbaijani Defense Minister Colonel General Zakir Hasanov arrived in Tbilisi today, where they held meetings with Georgian Prime Minister Irakli Garibashvili and Defense Minister Juansher Burchuladze in the government chancellery.",
    gives: [
      ["Hulusi Akar", "meets", "Irakli Garibashvili"],
      ["Hulusi Akar", "meets", "Juansher Burchuladze"],
      ["Zakir Hasanov", "meets", "Irakli Garibashvili"],
      ["Zakir Hasanov", "meets", "Juansher Burchuladze"],
    ],
  },
  {
    label: "where they were received by a named host: each member met the host",
    text: `${ARRIVED}, where they were received by Georgian Prime Minister Irakli Garibashvili.`,
    gives: [
      ["Hulusi Akar", "meets", "Irakli Garibashvili"],
      ["Zakir Hasanov", "meets", "Irakli Garibashvili"],
    ],
  },
  {
    label: "where they were received by a named host: no meeting of the pair",
    text: `${ARRIVED}, where they were received by Georgian Prime Minister Irakli Garibashvili.`,
    entities: ["Hulusi Akar", "Zakir Hasanov"],
    notGives: [["Hulusi Akar", "meets", "Zakir Hasanov"]],
  },
  {
    label: "the two ministers held talks with a named partner: each minister met the partner, not each other",
    text: `${ARRIVED}. The two ministers held talks with Georgian Prime Minister Irakli Garibashvili.`,
    entities: ["Hulusi Akar", "Zakir Hasanov"],
    gives: [
      ["Hulusi Akar", "meets", "Irakli Garibashvili"],
      ["Zakir Hasanov", "meets", "Irakli Garibashvili"],
    ],
    notGives: [["Hulusi Akar", "meets", "Zakir Hasanov"]],
  },
  {
    label: "the two ministers held talks with no partner in the clause: the pair met each other",
    text: `${ARRIVED}. The two ministers held talks on regional security.`,
    gives: [["Hulusi Akar", "meets", "Zakir Hasanov"]],
  },
  {
    label: "a pair that met, then held talks together with a third: all three met (gaza)",
    text: "Secretary of State Antony Blinken met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Tuesday, and the two men held talks with Egyptian intelligence chief Abbas Kamel later that evening.",
    gives: [
      ["Antony Blinken", "meets", "Mohammed bin Abdulrahman Al Thani"],
      ["Antony Blinken", "meets", "Abbas Kamel"],
      ["Mohammed bin Abdulrahman Al Thani", "meets", "Abbas Kamel"],
    ],
  },
  {
    label: "they held talks with their respective counterparts: partners unnamed, nothing (dev/242)",
    text: "Rwandan Defence Minister Albert Murasira and Inspector General of Police Dan Munyuza visited Tanzania where they held talks with their respective counterparts.",
    entities: ["Albert Murasira", "Dan Munyuza"],
    notGives: [["Albert Murasira", "meets", "Dan Munyuza"]],
  },
  {
    label: "they with three people named before stands for no one: no meeting with the partner",
    text: "Turkish Defence Minister Hulusi Akar, Azerbaijani Defence Minister Zakir Hasanov and Iranian Defence Minister Mohammad Reza Ashtiani arrived in Tbilisi on Monday. They met Georgian Prime Minister Irakli Garibashvili.",
    entities: ["Hulusi Akar", "Irakli Garibashvili"],
    notGives: [["Hulusi Akar", "meets", "Irakli Garibashvili"]],
  },
  {
    label: "they met a named partner, one person named before: they is unresolved, no meeting",
    text: "Turkish Defence Minister Hulusi Akar arrived in Tbilisi on Monday with his delegation. They met Georgian Prime Minister Irakli Garibashvili.",
    entities: ["Hulusi Akar", "Irakli Garibashvili"],
    notGives: [["Hulusi Akar", "meets", "Irakli Garibashvili"]],
  },
  {
    label: "they will meet a named partner: planned, not asserted",
    text: `${ARRIVED}. They will meet Georgian Prime Minister Irakli Garibashvili on Tuesday.`,
    entities: ["Hulusi Akar", "Irakli Garibashvili"],
    notGives: [
      ["Hulusi Akar", "meets", "Irakli Garibashvili"],
      ["Hulusi Akar", "meets", "Zakir Hasanov"],
    ],
  },
];
