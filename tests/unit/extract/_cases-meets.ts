/**
 * Labelled sentences of the meets family written in session 26 (helper `meets`): shapes found in
 * real news annotated before kg ran on it, with must-not rows beside each.
 */
import type { SentenceCase } from "./_cases.ts";

/** A place named only by a capitalised run between a meeting verb and its partner's preposition. */
const PLACE_CASES: SentenceCase[] = [
  {
    label: "met this morning at a place known by name alone with someone",
    text: "President Isaias Afwerki met this morning at Adi Halo with Ms. Anna Thandi Moraka, South Africa's Deputy Minister of International Relations, for extensive discussions.",
    gives: [["Isaias Afwerki", "meets", "Anna Thandi Moraka"]],
  },
  {
    label: "held talks on Tuesday at a lodge known by name alone with someone",
    text: "Kenyan President William Ruto held talks on Tuesday at Sagana Kora with Ethiopian Prime Minister Abiy Ahmed.",
    gives: [["William Ruto", "meets", "Abiy Ahmed"]],
  },
  {
    label: "the place named after 'at' is no partner of the meeting",
    text: "President Isaias Afwerki met this morning at Adi Halo with Ms. Anna Thandi Moraka, South Africa's Deputy Minister of International Relations.",
    notGives: [["Isaias Afwerki", "meets", "Adi Halo"]],
  },
];

/** A relative clause whose verb comes after a time adverbial ("who earlier in the day held talks"). */
const RELATIVE_CASES: SentenceCase[] = [
  {
    label: "two people who earlier in the day held talks",
    text: "Sergey Lavrov and Choe Son Hui, who earlier in the day held talks in Moscow, briefed the president.",
    gives: [["Sergey Lavrov", "meets", "Choe Son Hui"]],
  },
  {
    label: "a subject who earlier in the day held talks with someone",
    text: "Sergey Lavrov earlier in the day held talks with North Korean Foreign Minister Choe Son Hui.",
    gives: [["Sergey Lavrov", "meets", "Choe Son Hui"]],
  },
  {
    label: "two people who later in the week met",
    text: "Defence ministers Dong Jun and Ruslan Zhaksylykov, who later in the week met in Astana, signed a plan of cooperation.",
    gives: [["Dong Jun", "meets", "Ruslan Zhaksylykov"]],
  },
  {
    label: "the countries of the people's titles did not meet the people",
    text: "Vladimir Putin received the foreign ministers of Russia and North Korea, Sergey Lavrov and Choe Son Hui, who had held talks in Moscow.",
    gives: [["Sergey Lavrov", "meets", "Choe Son Hui"]],
    notGives: [
      ["Choe Son Hui", "meets", "Russia"],
      ["North Korea", "meets", "Sergey Lavrov"],
    ],
  },
];

/** A relative's full name before the surname of a person named before ("Gurbanguly" after "Serdar Berdimuhamedov"). */
const FAMILY_CASES: SentenceCase[] = [
  {
    label: "a father and his son of one surname in one list of people met",
    text: "Turkish Defence Minister Yasar Guler was received by President of Turkmenistan Serdar Berdimuhamedov, National Leader of the Turkmen people Gurbanguly Berdimuhamedov, and also held a meeting with the Minister of Defense.",
    gives: [
      ["Yasar Guler", "meets", "Serdar Berdimuhamedov"],
      ["Yasar Guler", "meets", "Gurbanguly Berdimuhamedov"],
    ],
  },
  {
    label: "a relative of one surname named in a later sentence is a person of his own",
    text: "President Ilham Aliyev received Turkish Defence Minister Yasar Guler in Baku. Guler later laid a wreath at the grave of Heydar Aliyev.",
    gives: [["Ilham Aliyev", "meets", "Yasar Guler"]],
    notGives: [["Heydar Aliyev", "meets", "Yasar Guler"]],
    apart: [["Heydar Aliyev", "Ilham Aliyev"]],
  },
  {
    label: "a capitalised title before the surname in a title-case headline names no relative",
    text: "Guler Meets With Arkadag Berdimuhamedov\nThe National Leader of the Turkmen people Gurbanguly Berdimuhamedov met Turkish Defence Minister Yasar Guler in Ashgabat.",
    gives: [["Gurbanguly Berdimuhamedov", "meets", "Yasar Guler"]],
    noNames: ["Arkadag Berdimuhamedov"],
  },
];

/** A meeting noun in a quoted or described phrase, or after a long run of modifiers. */
const QUOTED_CASES: SentenceCase[] = [
  {
    label: "held a quoted “warm and productive meeting” with someone",
    text: "French Defense Minister Sebastien Lecornu held a “warm and productive meeting” with Armenian Defense Minister Suren Papikyan.",
    gives: [["Sebastien Lecornu", "meets", "Suren Papikyan"]],
  },
  {
    label: "holding what he described as a quoted meeting in a city with his counterpart",
    text: "French Defense Minister Sebastien Lecornu made the announcement the day after holding what he described as a “warm and productive meeting” in Paris with his Armenian counterpart Suren Papikyan.",
    gives: [["Sebastien Lecornu", "meets", "Suren Papikyan"]],
  },
  {
    label: "held a warm and very productive meeting with someone",
    text: "Kenyan President William Ruto held a warm and very productive meeting with Ethiopian Prime Minister Abiy Ahmed.",
    gives: [["William Ruto", "meets", "Abiy Ahmed"]],
  },
  {
    label: "a quoted meeting still to be held is no meeting",
    text: "French Defense Minister Sebastien Lecornu will hold what he called a “crucial meeting” with Armenian Defense Minister Suren Papikyan next week.",
    notGives: [["Sebastien Lecornu", "meets", "Suren Papikyan"]],
  },
  {
    label: "rejecting what someone described as a meeting is no meeting",
    text: "French Defense Minister Sebastien Lecornu rejected what he described as a “secret meeting” with Armenian Defense Minister Suren Papikyan.",
    notGives: [["Sebastien Lecornu", "meets", "Suren Papikyan"]],
  },
];

/** Every labelled meets case of this file. */
export const CASES: SentenceCase[] = [...PLACE_CASES, ...RELATIVE_CASES, ...FAMILY_CASES, ...QUOTED_CASES];
