/**
 * Labelled sentences of helper affil32 (session 32): an office set off by a comma before a name
 * that a verb follows is that person's when a prepositional phrase opens the sentence before it
 * ("In the ceremony held at the port of Praia, the Cape Verdean Minister of Defence, Rui Semedo
 * stressed …"); the phrase names no actor but places, and its only verb is a participle between a
 * noun and a preposition; a staff function names the unit a person heads before "at" its body
 * ("Head of Protocol at the Royal Army of Oman"), not after a minister's title; an acute accent,
 * modifier apostrophe or backtick printed as the apostrophe between letters is the apostrophe
 * ("Romania´s Supreme Council"); a body set off as "part of", "an agency of" or "an organisation
 * of" another belongs to it; a list of portfolios set off after a minister's office stays in it
 * ("the Fijian Minister for Defense, National Security and Foreign Affairs, Inia Seruiratu"); a
 * posting's places joined by "and" stay in the title ("U.S. Ambassador to Barbados and the Eastern
 * Caribbean, Larry L. Palmer"); a body's part-of phrase may follow one description ("Bharat Forge,
 * a private defence firm, part of the Kalyani Group").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an office after an opening prepositional phrase with a participle is the named speaker's",
    text: "In the ceremony held at the port of Praia, the Cape Verdean Minister of Defence, Rui Semedo stressed the importance of the sea.",
    gives: [["Rui Semedo", "affiliated_with", "Cabo Verde"]],
  },
  {
    label: "an office after a long opening prepositional phrase is the named speaker's",
    text: "In a ceremony at the port, the Kenyan Minister of Defence, Aden Duale said the boats would help the navy.",
    gives: [["Aden Duale", "affiliated_with", "Kenya"]],
  },
  {
    label: "a body's office after an opening phrase of place is the named person's",
    text: "During the handover at the naval base in Mombasa, the Commander of the Kenya Navy, Major General Jimson Mutai thanked the donors.",
    gives: [
      ["Jimson Mutai", "affiliated_with", "Kenya Navy"],
      ["Jimson Mutai", "affiliated_with", "Kenya"],
    ],
  },
  {
    label: "an opening phrase that names a country does not open the office's clause",
    text: "In a meeting with Kenya's defence minister, the Chief of the Navy, Admiral John Smith said the talks went well.",
    notGives: [["John Smith", "affiliated_with", "Kenya"]],
  },
  {
    label: "an opening clause with a subject and its verb does not open the office's clause",
    text: "After he met Kenya's President, the Chief of the Navy, Admiral John Smith said the talks went well.",
    notGives: [["John Smith", "affiliated_with", "Kenya"]],
  },
  {
    label: "the head of a staff function at a body serves that body",
    text: "Freihat was received by Brigadier Saleh al-Hinai, Head of Protocol at the Royal Army of Oman.",
    gives: [["Saleh al-Hinai", "affiliated_with", "Royal Army of Oman"]],
  },
  {
    label: "the head of a staff function named by two fields serves the body after 'at'",
    text: "Upon his arrival, Freihat was received by Brigadier Saleh al-Hinai, Head of the Military Protocols and Public Relations at the Command of the Sultan's Armed Forces (COSAF).",
    gives: [["Saleh al-Hinai", "affiliated_with", "Command of the Sultan's Armed Forces"]],
  },
  {
    label: "a director of operations at a country's forces serves them and the country",
    text: "Freihat was received by Brigadier Saleh al-Hinai, Director of Operations at the Kenya Defence Forces.",
    gives: [
      ["Saleh al-Hinai", "affiliated_with", "Kenya Defence Forces"],
      ["Saleh al-Hinai", "affiliated_with", "Kenya"],
    ],
  },
  {
    label: "a minister's portfolio before 'at' a body names a venue, not his body",
    text: "The Minister of Foreign Relations at the United Nations, Ahmed Musa, said the vote was fair.",
    notGives: [["Ahmed Musa", "affiliated_with", "United Nations"]],
  },
  {
    label: "an acute accent printed as the apostrophe makes a country's possessive of its body",
    text: "In April, Romania´s Supreme Council of National Defense announced that it had approved the acquisition.",
    gives: [["Supreme Council of National Defense", "affiliated_with", "Romania"]],
  },
  {
    label: "an acute accent printed as the apostrophe makes a body's possessive of its agency",
    text: "The U.S. State Department´s Defense Security Cooperation Agency said on Thursday that the sale is good.",
    gives: [["Defense Security Cooperation Agency", "affiliated_with", "State Department"]],
  },
  {
    label: "a modifier apostrophe in a country's possessive before a title ties the minister to it",
    text: "Ukraineʼs Defence Minister Oleksii Reznikov said the tanks arrived.",
    gives: [["Oleksii Reznikov", "affiliated_with", "Ukraine"]],
  },
  {
    label: "backticks around a word are no apostrophe and leave the supply as it was",
    text: "The `Su-30` jets were delivered by Russia to India.",
    gives: [["Russia", "supplies", "India"]],
  },
  {
    label: "a body set off as 'part of' another, with no article, belongs to it",
    text: "The deal was signed by Rosoboronexport, part of Rostec.",
    gives: [["Rosoboronexport", "affiliated_with", "Rostec"]],
  },
  {
    label: "a body set off as a public organisation of a ministry belongs to the ministry",
    text: "The weapons were made under joint ventures with the Defence Technology Institute, a public organisation of the Defence Ministry.",
    gives: [["Defence Technology Institute", "affiliated_with", "Defence Ministry"]],
  },
  {
    label: "a body set off as an agency of a department belongs to the department",
    text: "The sale was approved by the Defense Security Cooperation Agency, an agency of the Department of Defense.",
    gives: [["Defense Security Cooperation Agency", "affiliated_with", "Department of Defense"]],
  },
  {
    label: "'part of' a group of people that is no body gives the body no parent",
    text: "Rosoboronexport, part of the delegation of the Indian Air Force, signed the deal.",
    notGives: [["Rosoboronexport", "affiliated_with", "Indian Air Force"]],
  },
  {
    label: "a list of portfolios after a minister's office stays in the office before the name",
    text: "The Fijian Minister for Defense, National Security and Foreign Affairs, Inia Seruiratu said that the new equipment will be fully utilized.",
    gives: [["Inia Seruiratu", "affiliated_with", "Fiji"]],
  },
  {
    label: "titles listed after an office are no portfolios of it",
    text: "The Kenyan Minister of Defence, Army Chief and Navy Chief, John Smith said the boats are good.",
    notGives: [["John Smith", "affiliated_with", "Kenya"]],
  },
  {
    label: "an ambassador posted to two places joined by 'and' serves the country before his title",
    text: "Dignitaries included Prime Minister Ralph Gonsalves and U.S. Ambassador to Barbados and the Eastern Caribbean, Larry L. Palmer.",
    gives: [["Larry L. Palmer", "affiliated_with", "United States"]],
    notGives: [["Larry L. Palmer", "affiliated_with", "Barbados"]],
  },
  {
    label: "a body's part-of phrase after one description set off by commas ties it to its parent",
    text: "Late last year, Armenia ordered an artillery system from Bharat Forge, a private defence firm, part of the Kalyani Group.",
    gives: [["Bharat Forge", "affiliated_with", "Kalyani Group"]],
  },
  {
    label: "a second body listed after a description is no parent",
    text: "The deal was signed by Rosoboronexport, a state exporter, and Rostec, the parent.",
    notGives: [["Rosoboronexport", "affiliated_with", "Rostec"]],
  },
];
