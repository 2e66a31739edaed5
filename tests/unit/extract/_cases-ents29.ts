/**
 * Labelled sentences of the entity helper of session 29: name shapes of unseen news (a rank
 * abbreviation the tagger splits from its stop, a nickname in quotation marks inside a name, a
 * first surname standing for a three-word name).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- a rank abbreviation with its stop before a name
  {
    label: "an abbreviated admiral's rank before an unlisted name makes it a person",
    text: "Bush picked Adm. Gary Roughead as chief of naval operations.",
    typed: [["Gary Roughead", "Person"]],
  },
  {
    label: "an abbreviated commander's rank before an unlisted name makes it a person",
    text: "The patrol was led by Cdr. Tobias Wrenfield of the coast guard.",
    typed: [["Tobias Wrenfield", "Person"]],
  },
  {
    label: "an abbreviated rank at the end of a sentence stays out of the next one's names",
    text: "The ship was handed over to the Adm. The crew returned to port on Monday.",
    noEntities: ["Adm. The"],
  },
  {
    label: "a rank abbreviation after a title's last capitalised word opens the name",
    text: "Chief of Naval Operations Gen. Lisa Ruiz met Tom Kerr in Norfolk.",
    entities: ["Lisa Ruiz", "Tom Kerr"],
    noEntities: ["Operations Gen. Lisa Ruiz"],
  },
  // ---- a nickname in quotation marks inside a name
  {
    label: "a quoted nickname between a given name's initial and the surname keeps one person",
    text: 'Bush named Army Gen. William E. "Kip" Ward as commander of U.S. European Command.',
    typed: [['William E. "Kip" Ward', "Person"]],
    noEntities: ["William E."],
  },
  {
    label: "a quoted nickname after a titled first name keeps one person",
    text: 'General Mohamed "Hemedti" Dagalo leads the Rapid Support Forces.',
    typed: [['Mohamed "Hemedti" Dagalo', "Person"]],
    noEntities: ["Mohamed"],
  },
  {
    label: "a quoted word after a common noun is no nickname",
    text: 'The ship "Liberty" Captain John Smith said it had sunk.',
    typed: [["John Smith", "Person"]],
    noEntities: ['"Liberty" Captain John Smith'],
  },
  // ---- a first surname standing for a three-word name
  {
    label: "the middle word of a three-word Spanish name later names the same person",
    text:
      "Adm. Craig Faller met the Defense Minister Rear Admiral Rene Merino Monroy in San Salvador.\n\n" +
      "Security topics were discussed with Rear Adm. Merino on Monday.",
    same: [["Rene Merino Monroy", "Merino"]],
  },
  // ---- a capital followed by its own country is a place
  {
    label: "a capital with its country after a comma is the place, not the government",
    text: "It ordered 12 fighters during a visit by Russian Deputy Prime Minister Dmitry Rogozin to Luanda, Angola, in October 2013.",
    typed: [
      ["Luanda", "Location"],
      ["Angola", "Country"],
    ],
  },
  {
    label: "a capital with its country in brackets is the place",
    text: "Rwanda is accused of breaching commitments made in Nairobi (Kenya), Luanda (Angola) and New York.",
    typed: [["Luanda", "Location"]],
  },
  {
    label: "a capital before its country's possessive description stays the government",
    text: "Luanda, Angola's government, said it would buy the jets.",
    typed: [["Luanda", "Country"]],
    notTyped: [["Luanda", "Location"]],
  },
  // ---- a title-case headline's name set off by a comma before a title
  {
    label: "a headline's name set off by a comma before a titled apposition is a person",
    text: "Statement by Bruno Rodríguez Parrilla, Minister of Foreign Affairs\n\nThe ministry rejected the report.",
    typed: [["Bruno Rodríguez Parrilla", "Person"]],
  },
  {
    label: "a headline's label before a comma and no title is no person",
    text: "Breaking News, Army Receives New Tanks\n\nThe army received tanks.",
    noEntities: ["Breaking News"],
  },
  // ---- ships listed after a capitalised plural ship noun
  {
    label: "ships listed after a capitalised plural ship noun and the article are named ships",
    text: "The Coast Guard will transfer two former 110-foot cutters, the Cutters Drummond and Cushing, during a ceremony.",
    typed: [
      ["Drummond", "WeaponSystem"],
      ["Cushing", "WeaponSystem"],
    ],
  },
  {
    label: "a capitalised plural ship noun before one capitalised word names no ship",
    text: "The Frigates Program was delayed again.",
    noEntities: ["Program"],
  },
  // ---- a rank phrase of "of" words
  {
    label: "the rank Marshal of Aviation before a name is a rank, no body",
    text: "The ceremony will be attended by the Indonesian Air Force Commander Marshal of Aviation Chappi Hakim.",
    typed: [["Chappi Hakim", "Person"]],
    noEntities: ["Aviation"],
    gives: [["Chappi Hakim", "affiliated_with", "Indonesian Air Force"]],
  },
  // ---- a place's name opening the name of a thing
  {
    label: "a state's name before capitalised plural common nouns names a thing, not the place",
    text: "The submarines feature two large-diameter 87-inch Virginia Payload Tubes.",
    noEntities: ["Virginia"],
  },
  {
    label: "a place before a place's head in the plural stays a place",
    text: "Troops moved to the Golan Heights on Monday.",
    typed: [["Golan Heights", "Location"]],
  },
];
