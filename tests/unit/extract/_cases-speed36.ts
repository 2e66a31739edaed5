/**
 * Labelled sentences of helper speed36 (session 36): the readers of the whole document that run
 * after the relations stage's sentence loop (meeting events, handovers told across two sentences)
 * read the sentence indexes the loop built (5-relations.ts indexOf), and a sentence whose capitals
 * the loop renamed to their countries is indexed again. Their triples are those the readers gave
 * when each built its own indexes. A meeting row that admits only people as participants
 * (frames.json participantTypes: handing over, signing, calling on) reads nothing in a sentence that
 * names no person (relations/meet.ts meetVerb), and reads one that does as before.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a joiner of a meeting told the sentence before meets the other side, not its own",
    text: "Russian Defence Minister Andrei Belousov met Chinese Defence Minister Dong Jun in Beijing on Tuesday. Russian General Valery Gerasimov also took part in the meeting.",
    gives: [
      ["Andrei Belousov", "meets", "Dong Jun"],
      ["Valery Gerasimov", "meets", "Dong Jun"],
    ],
    notGives: [["Valery Gerasimov", "meets", "Andrei Belousov"]],
  },
  {
    label: "the receiver of goods meets the people who made the delivery in the next sentence",
    text: "The aircraft was received at the air base by Kenyan Defence Minister Aden Duale. US Ambassador Meg Whitman and Colonel John Smith made the delivery.",
    gives: [
      ["Aden Duale", "meets", "Meg Whitman"],
      ["Aden Duale", "meets", "John Smith"],
    ],
    notGives: [["Meg Whitman", "meets", "John Smith"]],
  },
  {
    label: "capitals read as their countries in a supply; the meeting after it is read as before",
    text: "Beijing has sent drones to Moscow. Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Monday. Chinese General Li Wei also attended the meeting.",
    gives: [
      ["China", "supplies", "Russia"],
      ["Wang Yi", "meets", "Sergei Lavrov"],
      ["Li Wei", "meets", "Sergei Lavrov"],
    ],
    notGives: [["Li Wei", "meets", "Wang Yi"]],
  },
  {
    label: "goods delivered by one country to another: a supply, and no handover in person",
    text: "The drones were delivered by Iran to Russia last month.",
    gives: [["Iran", "supplies", "Russia"]],
    notGives: [["Iran", "meets", "Russia"]],
  },
  {
    label: "goods handed over by one person to another in the passive: the two met",
    text: "The boats were handed over to Admiral John Smith by Ambassador Meg Whitman.",
    gives: [["John Smith", "meets", "Meg Whitman"]],
  },
  {
    label: "keys received from a person: a handover in person, read with people in the sentence",
    text: "Kenyan Defence Minister Aden Duale received the keys from US Ambassador Meg Whitman.",
    gives: [["Aden Duale", "meets", "Meg Whitman"]],
    notGives: [["Kenya", "meets", "United States"]],
  },
];
