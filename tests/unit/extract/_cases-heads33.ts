/**
 * Labelled headlines of helper heads33 (session 33): a title-case headline read from its
 * lower-case words, so that a verb printed with a capital ("Approves", "Delivered") heads the
 * headline's clause as in a body sentence; a plan stays a plan; "US" in capitals is a name;
 * "N. Korean" and "S. Korean" name their countries.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a title-case headline whose verb is in no trigger list gives the sale it approves",
    text: "US Approves Sale of F-16 Jets to Turkey\n\nThe sale was notified to lawmakers on Monday.",
    gives: [
      ["United States", "supplies", "Turkey"],
      ["United States", "supplies", "F-16"],
    ],
  },
  {
    label: "a title-case headline's past participle after its subject is its verb, with the agent after 'by'",
    text: "Patrol Boats Delivered to Jamaica by United States\n\nThe boats arrived last month.",
    gives: [["United States", "supplies", "Jamaica"]],
  },
  {
    label: "a title-case headline that only wants to buy gives no supply",
    text: "Poland Wants to Buy K2 Tanks from South Korea\n\nThe ministry said talks continue.",
    notGives: [
      ["South Korea", "supplies", "Poland"],
      ["South Korea", "supplies", "K2"],
    ],
  },
  {
    label: "a name of common words in a title-case headline stays a name",
    text: "Israel Deploys Iron Dome Batteries Near Haifa\n\nThe Iron Dome batteries were moved on Monday.",
    entities: ["Iron Dome", "Israel", "Haifa"],
  },
  {
    label: "'US' in capitals opening a title-case headline is the country, not the pronoun 'us'",
    text: "US Hands Over Radars To Philippines\n\nThe ministry said so on Monday.",
    gives: [["United States", "supplies", "Philippines"]],
  },
  {
    label: "'N. Korean' is North Korea's demonym and 'S. Korean' South Korea's",
    text: "The US foreign minister condemned N.Korean missile launches on Monday. S. Korean officials agreed.",
    gives: [["United States", "assesses", "North Korea"]],
    notGives: [["United States", "assesses", "South Korea"]],
    entities: ["South Korea"],
  },
];
