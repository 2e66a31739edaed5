/**
 * Labelled sentences of the helper supshape (session 29): sales approved in the notification's
 * formula, goods described by a participle that join a body's service, and goods a force inducts.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "a determination approving a possible Foreign Military Sale is an approved sale, and 'Sale' is no town",
    text: "The US State Department has made a determination approving a possible Foreign Military Sale to the Government of Norway of six MH-60R helicopters.",
    gives: [
      ["United States", "supplies", "Norway"],
      ["United States", "supplies", "MH-60R"],
    ],
    noEntities: ["Sale"],
  },
  {
    label: "a determination for the possible sale approves it too",
    text: "In a separate notice, the US State Department made a determination for the possible sale of 40 AH-64E Apache helicopters to Poland.",
    gives: [
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "AH-64E Apache"],
    ],
  },
  {
    label: "a participle between the article and the sale qualifies it: the approving verb governs",
    text: "Washington approved the proposed sale of 12 MH-60R helicopters to Greece.",
    gives: [["United States", "supplies", "Greece"]],
  },
  {
    label: "the acronym FMS is a sale",
    text: "The US approved a potential FMS of Javelin missiles to Estonia.",
    gives: [
      ["United States", "supplies", "Estonia"],
      ["United States", "supplies", "Javelin"],
    ],
  },
  {
    label: "must not: an FMS before a deal noun only qualifies the deal, and the deal is not signed",
    text: "Peru may soon sign its first FMS deal for Stryker vehicles with the United States.",
    notGives: [
      ["United States", "supplies", "Stryker"],
      ["United States", "supplies", "Peru"],
    ],
  },
  {
    label: "must not: a possible sale only considered is no approved sale",
    text: "The United States is considering a possible sale of F-35 jets to the UAE.",
    notGives: [["United States", "supplies", "United Arab Emirates"]],
  },
  {
    label: "goods gifted by a country that join a body's fleet were supplied to that body",
    text: "Three patrol boats, donated by South Korea, joined the Philippine Navy fleet on Monday.",
    gives: [["South Korea", "supplies", "Philippine Navy"]],
  },
  {
    label: "goods donated by a country that are inducted into a force were supplied to it",
    text: "Six Bell 412 helicopters donated by Canada were inducted into the Jamaica Defence Force.",
    gives: [["Canada", "supplies", "Jamaica Defence Force"]],
  },
  {
    label: "must not: goods that will join a fleet have not joined it",
    text: "The patrol boats, donated by Australia, will join the Fiji Navy next year.",
    notGives: [["Australia", "supplies", "Fiji Navy"]],
  },
  {
    label: "whoever welcomes goods bought from a country received them",
    text: "The Bangladesh Navy welcomed two Type 053H3 frigates acquired from China.",
    gives: [["China", "supplies", "Bangladesh Navy"]],
  },
  {
    label: "must not: goods sent to a named recipient are not the welcomer's",
    text: "Washington welcomed the Patriot systems sent by Germany to Ukraine.",
    gives: [["Germany", "supplies", "Ukraine"]],
    notGives: [["Germany", "supplies", "United States"]],
  },
  {
    label: "a force that inducts a foreign country's jets received them from that country",
    text: "The Egyptian Air Force inducted the first batch of French Rafale jets.",
    gives: [
      ["France", "supplies", "Egyptian Air Force"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "a headline's present 'inducts' and a country-made participle",
    text: "Kenya Army inducts Chinese-made armoured vehicles",
    gives: [["China", "supplies", "Kenya Army"]],
  },
  {
    label: "must not: recruits inducted from a country are no goods it supplied",
    text: "The Indian Army inducted 200 new recruits from Nepal.",
    notGives: [["Nepal", "supplies", "Indian Army"]],
  },
  {
    label: "must not: an induction planned for next year is not done",
    text: "The Indian Air Force will induct Rafale jets from France next year.",
    notGives: [["France", "supplies", "Indian Air Force"]],
  },
  {
    label: "an implicative 'managed to' tells the delivery as done",
    text: "Despite the sanctions, Rosoboronexport managed to deliver the Su-35 jets to Algeria.",
    gives: [
      ["Rosoboronexport", "supplies", "Algeria"],
      ["Rosoboronexport", "supplies", "Su-35"],
    ],
  },
  {
    label: "must not: 'failed to deliver' is no delivery",
    text: "Russia failed to deliver the S-400 systems to India.",
    notGives: [["Russia", "supplies", "India"]],
  },
  {
    label: "a headline's 'ships' before a phrase holding a model's name is the verb",
    text: "Pakistan ships first JF-17 Thunder jets to Azerbaijan",
    gives: [
      ["Pakistan", "supplies", "Azerbaijan"],
      ["Pakistan", "supplies", "JF-17 Thunder"],
    ],
  },
];
