/**
 * Labelled sentences of helper debt34b (session 34): the entity finder's domain word lists (units of
 * length, portfolio holders, magnitudes of amounts, verbs of speech after a name) and coreference's
 * titles of an unnamed voice now come from the lexicon value (lexicon/stage-words.json); with the
 * built-in lexicon the sentences read as before.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "capitalised words after a length in feet name a craft's model",
    text: "Japan delivered a 25-ft Safe Response Boat to the Philippine Coast Guard.",
    gives: [["Japan", "supplies", "Safe Response Boat"]],
    typed: [["Safe Response Boat", "WeaponSystem"]],
  },
  {
    label: "a minister's 'of' before words ending in a portfolio noun names a portfolio, no body",
    text: "The Minister of Strategic Industries said Israel would buy the jets.",
    entities: ["Israel"],
    noEntities: ["Strategic Industries"],
  },
  {
    label: "three capitals before an amount with a magnitude word are a currency's code, no body's acronym",
    text: "Israel will pay NIS 2 billion for the jets, the ministry said.",
    entities: ["Israel"],
    noEntities: ["National Intelligence Service"],
  },
  {
    label: "a name a bracketed relative clause follows before a verb of speech is a person's, whole",
    text: "Al-Maliki Haddad (who heads the agency) added that Iraq would buy the jets.",
    typed: [["Al-Maliki Haddad", "Person"]],
    noEntities: ["Maliki Haddad"],
  },
  {
    label: "a spokesman's 'he' after a body's name speaks for the body",
    text: "An Iranian Foreign Ministry spokesman said he had warned Israel.",
    gives: [["Iranian Foreign Ministry", "assesses", "Israel"]],
  },
];
