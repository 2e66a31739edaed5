/**
 * Labelled sentences of helper rev37a (session 37 review A): an unnamed speaker quoted "as saying"
 * speaks for the body of its belonging phrase, not for a place named after it
 * (relations/quoted-bodies.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "an official at a country's embassy in a capital speaks for the embassy's country, not the capital's",
    text: "Russia hosts dozens of embassies. AFP quoted an official at the Iranian embassy in Moscow as saying that Israel had attacked the consulate.",
    gives: [["Iran", "assesses", "Israel"]],
    notGives: [["Russia", "assesses", "Israel"]],
  },
  {
    label: "a ministry's official quoted in its capital: the ministry speaks, the capital's state through it",
    text: "Xinhua quoted an official at the Chinese Foreign Ministry in Beijing as saying that Japan had violated the agreement.",
    gives: [["Chinese Foreign Ministry", "assesses", "Japan"]],
  },
];
