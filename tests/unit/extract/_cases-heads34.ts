/**
 * Labelled headlines of helper heads34 (session 34): a headline line left without a verb takes
 * as its verb the word after its subject that the lexicon allows a verb, when the body tells the
 * act with that verb or, in a sentence-case line, an object opens right after it ("Lithuania
 * protests Belarus leader's accusation", "Army Chief Pays Courtesy Call On …"); a noun phrase
 * stays one ("Sudan cuts ties with UAE" without the act in the body). A headline's comma between the
 * two names of its subject is "and" ("Xi, Putin hold talks"). A noun of hearsay before a clause
 * without "that" frames it as "that" would ("Russia rejects reports it sent troops to Mali").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "a sentence-case headline's third-person verb read as a plural noun is the verb of the name before it",
    text: "Lithuania protests Belarus leader's accusation of military aggression\n\nThe note was handed over in Vilnius on Friday.",
    gives: [["Lithuania", "assesses", "Belarus"]],
  },
  {
    label: "a title-case headline's third-person verb read as a name is its verb when the body tells the act",
    text: "Lithuania Protests Belarus Leader's Accusation Of Aggression\n\nLithuania protested the statements on Friday.",
    gives: [["Lithuania", "assesses", "Belarus"]],
  },
  {
    label: "a headline's comma between two names before a base-form verb joins them as 'and' does",
    text: "Xi, Putin hold talks in Moscow\n\nThe talks lasted three hours, the Kremlin said.",
    gives: [["Xi Jinping", "meets", "Vladimir Putin"]],
  },
  {
    label: "a headline's comma joins two people who sign together",
    text: "Modi, Putin sign defence pact in New Delhi\n\nThe pact was signed on Friday.",
    gives: [["Narendra Modi", "meets", "Vladimir Putin"]],
  },
  {
    label: "a dateline's comma in capitals before a past verb joins no subject",
    text: "MOSCOW, Russia said on Monday that Iran sent drones to Syria\n\nThe ministry gave no details.",
    gives: [["Iran", "supplies", "Syria"]],
    notGives: [["Moscow", "assesses", "Iran"]],
  },
  {
    label:
      "a sentence-case headline's word after a name stays a noun before a noun, with no such verb in the body",
    text: "Sudan protests ban on Sudanese goods in Kenya\n\nKenya imposed the ban in May.",
    notGives: [["Sudan", "assesses", "Kenya"]],
  },
  {
    label: "a report rejected without 'that' tells no transfer",
    text: "Russia rejects reports it sent troops to Mali\n\nThe ministry spoke on Monday.",
    hedged: [["Russia", "supplies", "Mali", "denied"]],
  },
  {
    label: "a transfer told only as the content of unattributed reports, without 'that', is possible",
    text: "Amid reports Iran sent drones to Russia, Kyiv protested.",
    hedged: [["Iran", "supplies", "Russia", "possible"]],
  },
  {
    label: "an attributed report's content without 'that' is still asserted",
    text: "The UN panel's report said Iran sent drones to Russia.",
    gives: [["Iran", "supplies", "Russia"]],
  },
];
