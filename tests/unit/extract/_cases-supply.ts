/**
 * Labelled sentences of helper supply (session 28): the receiver of an aid package told by the
 * infinitive of its own phrase, a time adverbial between a verb and the supply noun it governs, and a
 * company's division named by two words joined by "and".
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "the object of a supply infinitive in an aid package's phrase receives the package",
    text: "Australia announced a new package of military aid worth $50 million to provide Papua New Guinea with Bushmaster vehicles.",
    gives: [
      ["Australia", "supplies", "Papua New Guinea"],
      ["Australia", "supplies", "Bushmaster"],
    ],
  },
  {
    label: "a time adverbial between the announcing verb and the aid package it governs",
    text: "Japan announced on Tuesday a new package of security assistance for the Philippines.",
    gives: [["Japan", "supplies", "Philippines"]],
  },
  {
    label: "a time adverbial between a verb and the donation it governs",
    text: "Canada unveiled on Friday a donation of armoured vehicles to Latvia.",
    gives: [["Canada", "supplies", "Latvia"]],
  },
  {
    label: "must not: a package criticised by a third party is not the critic's supply",
    text: "Russia criticised a package of military aid worth $1 billion to supply Ukraine with tanks.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "must not: a speaker's time adverbial does not make the speaker a supplier",
    text: "Biden said on Monday aid to Ukraine would continue.",
    notGives: [["Biden", "supplies", "Ukraine"]],
  },
  {
    label: "must not: an infinitive of purpose whose object is no actor names no receiver",
    text: "Germany approved a package of aid worth 2 billion euros to support the fight against terrorism in Mali.",
    notGives: [["Germany", "supplies", "Mali"]],
  },
  {
    label: "a listed company's division named by two words joined by 'and' is one supplier",
    text: "BAE Systems Land and Armaments won a $579 million contract for M109A7 howitzers from the U.S. Army.",
    gives: [
      ["BAE Systems Land and Armaments", "supplies", "U.S. Army"],
      ["BAE Systems Land and Armaments", "supplies", "M109A7"],
    ],
    noNames: ["Land and Armaments"],
  },
  {
    label: "must not: a listed name after 'and' joins no division to the company before it",
    text: "BAE Systems Australia and Thales won a contract for Bushmaster vehicles from the Australian Army.",
    noNames: ["BAE Systems Australia and Thales"],
    apart: [["BAE Systems", "Thales"]],
  },
];
