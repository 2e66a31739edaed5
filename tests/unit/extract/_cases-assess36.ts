/**
 * Labelled sentences of assess36 (session 36): the owner of a statement or act that a verb of
 * judging takes as its object. A titled owner speaks for the state his title names, so the state
 * is judged with him ("condemned the provocative statements by Turkey's President Erdogan": Turkey
 * and Erdogan); a report noun whose author the report reader stopped at a title's demonym is the
 * titled person's ("dismissed the allegations made by Saudi Foreign Minister Adel al-Jubeir"); a
 * manner phrase between the verb and its object ("condemned in the strongest terms such action by
 * Pakistan") does not hide the object. A report noun's author named as a government is the country
 * ("the accusations of the Chinese government", "accusations from the government of Colombia");
 * "shared its concern at …" is a noun of judging governed like "expressed its concern at …".
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
  {
    label: "a report noun's of-phrase naming a demonym government is its author, the country",
    text: "Japan rejected the accusations of the Chinese government.",
    gives: [["Japan", "assesses", "China"]],
  },
  {
    label: "accusations from the government of a country are the country's",
    text: "Venezuela rejected accusations from the government of Colombia.",
    gives: [["Venezuela", "assesses", "Colombia"]],
  },
  {
    label: "a demonym government's of-phrase followed by the topic of the accusations",
    text: "Venezuela rejected the accusations of the Colombian government about the attack.",
    gives: [["Venezuela", "assesses", "Colombia"]],
  },
  {
    label: "reports of a demonym's strikes name only their topic, no author",
    text: "Turkey dismissed reports of Russian strikes near the border of Syria.",
    gives: [],
    notGives: [["Turkey", "assesses", "Russia"]],
  },
  {
    label: "thanking the government of a country still thanks the country",
    text: "Rajnath Singh thanked the Government of Japan for its support.",
    gives: [["Rajnath Singh", "assesses", "Japan"]],
  },
  {
    label: "sharing one's concern at another party's acts judges that party",
    text: "India shared its grave concern at the continuing ceasefire violations by Pakistan.",
    gives: [["India", "assesses", "Pakistan"]],
  },
  {
    label: '"it" right after an opening straight quotation mark is no speaker told before the quotation',
    text:
      "Iran's foreign ministry said on Monday that its embassy had been closed. " +
      'A diplomat said "it warned Israel about the consequences" and left.',
    gives: [],
    notGives: [["Iran's foreign ministry", "assesses", "Israel"]],
  },
  {
    label: '"it" after a straight mark glued to the quotation\'s last word is the body that spoke before',
    text:
      "Norway said in a statement that it would help. " +
      '"Russia must end its aggression. Russia will fail" it said.',
    gives: [["Norway", "assesses", "Russia"]],
  },
  {
    label: "giving thanks to a body for its assistance judges the body",
    text: "General Chansamone Chanyalath gave thanks to the Ministry of Defence of the Russian Federation for the assistance.",
    gives: [["Chansamone Chanyalath", "assesses", "Ministry of Defence of the Russian Federation"]],
  },
  {
    label: "giving a speech to a body judges no one",
    text: "Indonesian Defence Minister Prabowo Subianto gave a speech to the Australian Army in Canberra.",
    gives: [],
    notGives: [["Prabowo Subianto", "assesses", "Australian Army"]],
  },
];
