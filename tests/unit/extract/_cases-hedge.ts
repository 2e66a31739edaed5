/**
 * Labelled sentences of helper hedge (session 28): a supply or meeting told inside a clause's
 * subject is only as done as the predicate says, and a second verb phrase after "and plans to"
 * keeps its objects from the first verb.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a contract to acquire that is still on the table is no supply",
    text: "Another contract to acquire six AH-64E Apache helicopters for USD 800 million from the US is also on the table.",
    notGives: [["United States", "supplies", "AH-64E Apache"]],
    hedged: [["United States", "supplies", "AH-64E Apache", "planned"]],
  },
  {
    label: "a contract to acquire that was signed is a supply, whatever month it was signed in",
    text: "A contract to acquire six AH-64E Apache helicopters from the US was signed in May.",
    gives: [["United States", "supplies", "AH-64E Apache"]],
  },
  {
    label: "a deal to buy that could be signed next month is a possible supply",
    text: "A deal to buy six F-16 jets from the United States could be signed next month.",
    hedged: [["United States", "supplies", "F-16", "possible"]],
  },
  {
    label: "a deal to buy that is expected to be signed is a planned supply",
    text: "The contract to buy 24 MH-60 Romeo helicopters from the US is expected to be signed on Tuesday.",
    notGives: [["United States", "supplies", "MH-60 Romeo"]],
  },
  {
    label: "a reported deal to buy that is under discussion is no supply",
    text: "Officials said a deal to buy S-400 systems from Russia is under discussion.",
    notGives: [["Russia", "supplies", "S-400"]],
  },
  {
    label: "a purchase that remains under negotiation is no supply",
    text: "India's purchase of six AH-64E Apache helicopters from the US remains under negotiation.",
    notGives: [
      ["United States", "supplies", "India"],
      ["United States", "supplies", "AH-64E Apache"],
    ],
  },
  {
    label: "a purchase that is still pending is no supply",
    text: "Egypt's purchase of 30 Rafale jets from France is still pending.",
    notGives: [["France", "supplies", "Egypt"]],
  },
  {
    label: "a purchase that did not go ahead is no supply",
    text: "Algeria's purchase of Su-30 jets from Russia did not go ahead.",
    notGives: [["Russia", "supplies", "Algeria"]],
    hedged: [["Russia", "supplies", "Algeria", "negated"]],
  },
  {
    label: "a delivery that could take place next month is a possible supply",
    text: "The delivery of Su-30 jets to Algeria by Russia could take place next month.",
    hedged: [["Russia", "supplies", "Algeria", "possible"]],
  },
  {
    label: "a delivery postponed until next year is no supply yet",
    text: "France's delivery of Rafale jets to Algeria was postponed until next year.",
    notGives: [["France", "supplies", "Algeria"]],
  },
  {
    label: "a purchase whose effects are hedged or unwelcome is still a supply",
    text: "India's purchase of S-400 systems from Russia could trigger US sanctions.",
    gives: [
      ["Russia", "supplies", "India"],
      ["Russia", "supplies", "S-400"],
    ],
  },
  {
    label: "a purchase that was not welcomed by a third country is still a supply",
    text: "India's purchase of S-400 systems from Russia has not been welcomed by Washington.",
    gives: [["Russia", "supplies", "India"]],
  },
  {
    label: "a purchase that has been a source of tension is still a supply",
    text: "Turkey's acquisition of S-400 systems from Russia has been a source of tension.",
    gives: [["Russia", "supplies", "Turkey"]],
  },
  {
    label: "a deal to buy as the object of a signing verb is the signed deal",
    text: "India signed a deal to buy S-400 systems from Russia in 2018.",
    gives: [["Russia", "supplies", "India"]],
  },
  {
    label: "a meeting between two leaders that is on the table has not been held",
    text: "A meeting between Chinese President Xi Jinping and Russian President Vladimir Putin is on the table.",
    notGives: [["Xi Jinping", "meets", "Vladimir Putin"]],
    hedged: [["Xi Jinping", "meets", "Vladimir Putin", "planned"]],
  },
  {
    label: "a visit that is still pending has not been paid",
    text: "A visit by Chinese President Xi Jinping to Russian President Vladimir Putin is still pending.",
    notGives: [["Xi Jinping", "meets", "Vladimir Putin"]],
  },
  {
    label: "a meeting between two leaders that was held on Monday is a meeting",
    text: "The meeting between Chinese President Xi Jinping and Russian President Vladimir Putin was held on Monday.",
    gives: [["Xi Jinping", "meets", "Vladimir Putin"]],
  },
  {
    label: "a plan to send after a delivery keeps the planned goods and recipient from the delivery",
    text: "Russia delivered ten T-72 tanks to Serbia in May and plans to send 20 Su-30 jets to Algeria.",
    gives: [
      ["Russia", "supplies", "Serbia"],
      ["Russia", "supplies", "T-72"],
    ],
    notGives: [
      ["Russia", "supplies", "Algeria"],
      ["Russia", "supplies", "Su-30"],
    ],
  },
  {
    label: "a hope to buy after a purchase keeps the hoped-for seller from the purchase",
    text: "Morocco bought 36 F-16 jets from the United States and hopes to buy Rafale jets from France.",
    gives: [["United States", "supplies", "Morocco"]],
    notGives: [["France", "supplies", "Morocco"]],
  },
];
