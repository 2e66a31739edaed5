/**
 * Labelled sentences of helper xsup38 (session 38): a leader's government as its country. "The
 * Trump administration has announced a package of arms sales to Taiwan": a leader the lexicon knows
 * with a home country (people.json homeCountries), named right before a noun of a country's
 * government ("administration", "government", "regime"), names the government that acts for the
 * country (ONTOLOGY.md: "X's government" is the Country), so the deal's supplier is found and the
 * goods the next sentences name take it (src/extract/leader-governments.ts). The leader stays a
 * Person of the document.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a leader's administration announcing an arms sale is the leader's country supplying",
    text: "The Trump administration has announced a package of arms sales to Taiwan valued at more than $10 billion.",
    gives: [["United States", "supplies", "Taiwan"]],
  },
  {
    label: "the goods of the administration's deal, named in the next sentence, take its country",
    text: "The Trump administration has announced a package of arms sales to Taiwan. The eight arms sales agreements cover 82 HIMARS launchers.",
    gives: [
      ["United States", "supplies", "Taiwan"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "a capitalised Administration the entity stage made a body is the country too",
    text: "The Biden Administration announced a new military aid package for Ukraine.",
    gives: [["United States", "supplies", "Ukraine"]],
    typed: [["Biden Administration", "Country"]],
    noNames: ["Biden Administration"],
  },
  {
    label: "the leader named only before the noun stays a Person of the document",
    text: "Cuba says the Trump administration pressured Bolivia to worsen ties.",
    entities: ["Donald Trump", "United States"],
  },
  {
    label: "must-not: a person the lexicon does not know with a country names no government",
    text: "The Smith administration announced a new military aid package for Ukraine.",
    entities: ["Ukraine"],
    noEntities: ["United States"],
  },
  {
    label: "must-not: a leader's name before another noun is the person, not the country",
    text: "Donald Trump met Tsai Ing-wen in New York. The Trump visit angered China.",
    entities: ["Donald Trump"],
    noEntities: ["United States"],
  },
];
