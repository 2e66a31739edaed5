/**
 * Labelled sentences of assess36 (session 36): the owner of a statement or act that a verb of
 * judging takes as its object. A titled owner speaks for the state his title names, so the state
 * is judged with him ("condemned the provocative statements by Turkey's President Erdogan": Turkey
 * and Erdogan); a report noun whose author the report reader stopped at a title's demonym is the
 * titled person's ("dismissed the allegations made by Saudi Foreign Minister Adel al-Jubeir"); a
 * manner phrase between the verb and its object ("condemned in the strongest terms such action by
 * Pakistan") does not hide the object.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "the statements of a titled head of state judge him and the state his title names",
    text: "Greece's foreign ministry condemned the provocative statements by Turkey's President Recep Tayyip Erdogan.",
    gives: [
      ["Greece", "assesses", "Recep Tayyip Erdogan"],
      ["Greece", "assesses", "Turkey"],
    ],
  },
  {
    label: "a demonym title before the owner of remarks gives the owner's state too",
    text: "China condemned the remarks of Japanese Prime Minister Fumio Kishida.",
    gives: [
      ["China", "assesses", "Fumio Kishida"],
      ["China", "assesses", "Japan"],
    ],
  },
  {
    label: "statements made by a titled ruler: the ruler and his state",
    text: "Lithuania has lodged a protest against statements made by Belarusian ruler Alexander Lukashenko.",
    gives: [
      ["Lithuania", "assesses", "Alexander Lukashenko"],
      ["Lithuania", "assesses", "Belarus"],
    ],
  },
  {
    label: "allegations made by a titled minister are his, not only his country's",
    text:
      "Foreign Ministry spokesman Bahram Qasemi on Saturday strongly dismissed the allegations made by " +
      "Saudi Foreign Minister Adel al-Jubeir against the Islamic Republic of Iran as baseless.",
    gives: [
      ["Bahram Qasemi", "assesses", "Adel al-Jubeir"],
      ["Bahram Qasemi", "assesses", "Saudi Arabia"],
    ],
  },
  {
    label: "an owner with no title gives no state besides itself",
    text: "Poland condemned the attack by Russia on a hospital in Kyiv.",
    gives: [["Poland", "assesses", "Russia"]],
  },
  {
    label: "a manner phrase between a verb of judging and its object: the act's owner by a by-phrase",
    text: "India's Ministry of External Affairs condemned in the strongest terms such provocative action by Pakistan.",
    gives: [["India", "assesses", "Pakistan"]],
  },
  {
    label: "a manner phrase between a verb of judging and a bare actor object",
    text: "Armenia condemned in the strongest possible terms Azerbaijan.",
    gives: [["Armenia", "assesses", "Azerbaijan"]],
  },
];
