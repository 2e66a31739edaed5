/**
 * Labelled sentences of helper affil37 (session 37): a country's title in the possessive before
 * another title ("Russian President's special envoy X") gives the person that country; a visit
 * "to" a title phrase that names the person after it ("paid a visit to the Chief of Defence Staff
 * (CDS) of the Ghana Armed Forces (GAF) Vice Admiral X") is a meeting with that person; a rank's
 * abbreviation in brackets after the rank ("Brigadier General (Brig Gen) X") belongs to the name an
 * office set off before it introduces; an honorific opens a list's next item ("Field Marshal X and
 * Sheikh Y met"); "of this country" after an office's body ("the Chairman Joint Chiefs of Staff
 * Committee of this country, General X") stays in the office set off before the name.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country's title in the possessive before another title: the person serves that country",
    text: "Russian President's special envoy Kirill Dmitriev arrived in Washington on Sunday.",
    gives: [["Kirill Dmitriev", "affiliated_with", "Russia"]],
  },
  {
    label: "a country's title in the possessive before a press secretary, with its article",
    text: "The Russian President's press secretary Dmitry Peskov said the talks had gone well.",
    gives: [["Dmitry Peskov", "affiliated_with", "Russia"]],
  },
  {
    label: "an acronym country's title in the possessive, and the person's own possessive after the name",
    text: "Iran rejected US President's National Security Adviser Jake Sullivan's accusations on Tuesday.",
    gives: [["Jake Sullivan", "affiliated_with", "United States"]],
  },
  {
    label: "a possessive after a title that no other title follows ('son') gives no affiliation",
    text: "The US President's son Hunter Biden appeared in a court in Delaware, while Iran protested.",
    notGives: [["Hunter Biden", "affiliated_with", "United States"]],
  },
  {
    label: "a visit to a long title phrase with bracketed acronyms that runs into the person's rank and name",
    text:
      "Brigadier General Jurgen Schrodl has paid a special visit to the Chief of Defence Staff (CDS) of the " +
      "Ghana Armed Forces (GAF) Vice Admiral Seth Amoama at the General Headquarters in Accra on Monday.",
    gives: [
      ["Jurgen Schrodl", "meets", "Seth Amoama"],
      ["Seth Amoama", "affiliated_with", "Ghana Armed Forces"],
    ],
  },
  {
    label: "a courtesy visit to a title phrase set off before the person's name",
    text: "General Aliyu Musa paid a courtesy visit to the Chief of Army Staff of the Kenya Defence Forces, Lieutenant General Peter Njiru.",
    gives: [["Aliyu Musa", "meets", "Peter Njiru"]],
  },
  {
    label: "a visit to a title phrase with no name after it is no meeting with the body",
    text: "General Aliyu Musa paid a visit to the Chief of Army Staff of the Kenya Defence Forces in Nairobi.",
    notGives: [["Aliyu Musa", "meets", "Kenya Defence Forces"]],
  },
  {
    label: "an office set off before a rank with its abbreviation in brackets, then the name",
    text: "The Chief of Army Staff of the Nigerian Army, Lieutenant General (Lt Gen) Faruk Yahaya, said the army was ready.",
    gives: [["Faruk Yahaya", "affiliated_with", "Nigerian Army"]],
  },
  {
    label: "an office opening the sentence, a bracketed rank abbreviation, the name and its verb",
    text:
      "Chief of Policy in the German Federal Ministry of Defence, Brigadier General (Brig Gen) Jurgen Schrodl " +
      "has paid a visit to Accra.",
    gives: [
      ["Jurgen Schrodl", "affiliated_with", "German Federal Ministry of Defence"],
      ["Jurgen Schrodl", "affiliated_with", "Germany"],
    ],
  },
  {
    label: "an honorific opens the second of two people who met",
    text: "Army chief Khalifa Ahmad and Sheikh Nasser Sabah met yesterday to discuss military issues.",
    gives: [["Khalifa Ahmad", "meets", "Nasser Sabah"]],
  },
  {
    label: "an honorific after 'and' in a speaker list does not make a meeting",
    text: "Khalifa Ahmad and Sheikh Nasser Sabah said the border was calm.",
    notGives: [["Khalifa Ahmad", "meets", "Nasser Sabah"]],
  },
  {
    label: "an office's body followed by 'of this country', set off before the name",
    text: "Later, Zakir Hasanov met with the Chairman Joint Chiefs of Staff Committee of this country, General Nadeem Raza.",
    gives: [["Nadeem Raza", "affiliated_with", "Joint Chiefs of Staff Committee"]],
  },
];
