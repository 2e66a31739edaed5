/**
 * Labelled sentences of helper rev37a (session 37 review A): an unnamed speaker quoted "as saying"
 * speaks for the body of its belonging phrase, not for a place named after it
 * (relations/quoted-bodies.ts); a denial after a neutral "X said ..." assesses X only when X's claim
 * names the denier's side or X's own things (relations/denial-accusers.ts); an obligation right
 * before a meeting verb is no meeting held (relations/meet.ts meetVerb); a taker told before that
 * announces a sale sells, it receives only a delivery (relations/supply.ts, supply-words sellingNouns).
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
  {
    label: "a denial after another party told of an investigation is no rejection of its charge",
    text: "Iran denied any involvement in the attack after Iraq said an investigation was under way.",
    notGives: [["Iran", "assesses", "Iraq"]],
  },
  {
    label: "a denial after another party told of its own plan is no rejection of its charge",
    text: "Russia denied the report after China said it would send an envoy to Kyiv.",
    notGives: [["Russia", "assesses", "China"]],
  },
  {
    label: "a denial after a claim that names the denier's troops assesses the claimant",
    text: "Russia denied the claims after Ukraine said Russian troops had shelled Kharkiv.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a known body of a government denies a claim naming its state: the body assesses the claimant",
    text: "The Kremlin has denied any role after Britain said Russian agents had poisoned the defector.",
    gives: [["Kremlin", "assesses", "United Kingdom"]],
  },
  {
    label: "'has to meet' is an obligation, no meeting held",
    text: "Russian Foreign Minister Sergei Lavrov has to meet Chinese Foreign Minister Wang Yi before the summit.",
    hedged: [["Sergei Lavrov", "meets", "Wang Yi", "possible"]],
  },
  {
    label: "'has agreed to meet' stays a plan, not an obligation; 'has met' is a meeting held",
    text: "Russian Foreign Minister Sergei Lavrov has agreed to meet Chinese Foreign Minister Wang Yi. Lavrov has met Chinese Foreign Minister Wang Yi twice.",
    gives: [["Sergei Lavrov", "meets", "Wang Yi"]],
  },
  {
    label: "a taker told before that announces the sale of its own goods receives nothing from its supplier",
    text: "Denmark may send F-16 jets to Ukraine. Ukraine later announced the sale of its old jets.",
    notGives: [["Denmark", "supplies", "Ukraine"]],
    hedged: [["Denmark", "supplies", "Ukraine", "possible"]],
  },
];
