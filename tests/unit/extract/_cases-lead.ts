/**
 * Labelled sentences added by the lead: a quick check that family case files are read (session 26);
 * agreements and pledges to transfer counted or named goods, and a clause opened by "and" after a
 * list of suppliers; talks with a hyphened modifier and a list item opened by "new"; "committed to" and "contributed to"
 * before a supply verb, a refused supply that a later supply noun cannot refer back to, and security
 * or defence assistance owned by the country before it (session 30).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a purchase seen from the buyer names the seller as supplier",
    text: "Vietnam bought four patrol boats from Israel last year.",
    gives: [["Israel", "supplies", "Vietnam"]],
  },
  {
    label: "an agreement to donate counted goods is the committed supply",
    text: "Russia has also agreed to donate 30 T-72 tanks and 30 BRDM-2 armored vehicles to Serbia.",
    gives: [
      ["Russia", "supplies", "Serbia"],
      ["Russia", "supplies", "T-72"],
      ["Russia", "supplies", "BRDM-2"],
    ],
  },
  {
    label: "a pledge to provide a country with named tanks supplies it",
    text: "Norway has pledged to provide Ukraine with eight Leopard tanks and ammunition.",
    gives: [["Norway", "supplies", "Ukraine"]],
  },
  {
    label:
      "an agreement to buy counted vehicles from a country names the seller, and a person after 'and' with his own verb is no seller",
    text: "Earlier this year, Fiji agreed to purchase 10 refurbished Bushmaster vehicles from Australia and Minister Kubuabola also toured the Thales facility in March.",
    gives: [
      ["Australia", "supplies", "Fiji"],
      ["Australia", "supplies", "Bushmaster"],
    ],
    notGives: [["Kubuabola", "supplies", "Fiji"]],
  },
  {
    label: "a promise, a decision and an agreement to provide support stay plans",
    text: "Spain has promised to send two HAWK systems to Ukraine. Poland decided to buy 32 F-35 jets from the United States. Germany agreed to provide support to Ukraine.",
    hedged: [
      ["Spain", "supplies", "Ukraine", "planned"],
      ["United States", "supplies", "Poland", "planned"],
      ["Germany", "supplies", "Ukraine", "planned"],
    ],
  },
  {
    label: "an agreement to buy under a deal still to be signed stays a plan",
    text: "Japan agreed to buy 12 F-35 jets from the United States in a deal expected to be signed next year.",
    hedged: [["United States", "supplies", "Japan", "planned"]],
  },
  {
    label: "suppliers listed after 'by' keep every member when the verb follows with no adverb",
    text: "The Leopard 2 tanks supplied by Germany and Poland arrived in Ukraine last week.",
    gives: [
      ["Germany", "supplies", "Leopard 2"],
      ["Poland", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "talks held with a hyphened modifier are still a meeting of the subjects",
    text: "Pete Hegseth and Shinjiro Koizumi held their first in-person talks in Tokyo on Wednesday.",
    gives: [["Pete Hegseth", "meets", "Shinjiro Koizumi"]],
  },
  {
    label: "a list item opened by 'new' before a title is the titled person",
    text: "US Defense Secretary Pete Hegseth and new Japanese Defense Minister Shinjiro Koizumi held talks in Tokyo.",
    gives: [["Pete Hegseth", "meets", "Shinjiro Koizumi"]],
  },
  {
    label: "'New' as a country's first word still opens the country in a list",
    text: "Australia and New Zealand signed a defence pact with Fiji.",
    entities: ["Australia", "New Zealand", "Fiji"],
  },
  {
    label: "a country that has committed to shipping named systems supplies them",
    text: "Spain has committed to shipping two additional HAWK systems to Ukraine.",
    gives: [
      ["Spain", "supplies", "Ukraine"],
      ["Spain", "supplies", "HAWK"],
    ],
  },
  {
    label: "countries that contributed to providing ammunition supply it",
    text: "Germany and Greece contributed to providing ammunition for Ukrainian artillery systems.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Greece", "supplies", "Ukraine"],
    ],
  },
  {
    label: "being committed to providing support is a stance, not a supply",
    text: "Japan is committed to providing support to the Philippines.",
    notGives: [["Japan", "supplies", "Philippines"]],
  },
  {
    label: "a refused supply gives a later delivery noun no supplier",
    text: "Hungary refused to contribute to sending weapons to Ukraine. Several countries contributed to the delivery of tanks to Ukraine.",
    notGives: [["Hungary", "supplies", "Ukraine"]],
  },
  {
    label: "security assistance to a country is the supply of the country before it",
    text: "US security assistance to Pakistan has totaled more than $4 billion since 2010.",
    gives: [["United States", "supplies", "Pakistan"]],
  },
  {
    label: "defence assistance to a country is the supply of the country before it",
    text: "British defence assistance to Kenya rose last year.",
    gives: [["United Kingdom", "supplies", "Kenya"]],
  },
  {
    label: "a security adviser is still a person's title, not assistance",
    text: "The US security adviser met Pakistan's army chief.",
    notGives: [["United States", "supplies", "Pakistan"]],
  },
];
