/**
 * Labelled sentences of helper affil37b (session 37): a title (and ranks) right after a body whose
 * name ends in its own country ("Armed Forces of Ukraine Commander-in-Chief X", "Armed Forces of
 * the Philippines (AFP) chief Gen. X", "Ministry of Defence of Ukraine spokesman X") ties the name
 * to the body and its country, also when the name is set off by commas after the title ("a visit
 * to the AFP chief, Gen. X,"); a title that "and" or a list's comma parts from the name does not.
 * A title set off after a name whose country stands before it, held "at" (a posting's: or "in") a
 * body of that same country ("X, US Chargé d'Affaires at the United States Embassy in Nassau") ties
 * the name to that body too; a body of no such country ("the Swedish Ambassador at the African
 * Union") does not. A capitalised portfolio's field between an office's "of" and its body's ("the
 * Director of Planning of the Chilean Air Force, General X,") stays in the office.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a hyphened title after a body named 'of' its country, then the name",
    text: "Armed Forces of Ukraine Commander-in-Chief Valerii Zaluzhnyi said the front was stable.",
    gives: [
      ["Valerii Zaluzhnyi", "affiliated_with", "Armed Forces of Ukraine"],
      ["Valerii Zaluzhnyi", "affiliated_with", "Ukraine"],
    ],
  },
  {
    label: "the body's acronym in brackets, a lower-case title and a rank before the name",
    text: "The jets will arrive next year, Armed Forces of the Philippines (AFP) chief Gen. Eduardo Ramos said.",
    gives: [
      ["Eduardo Ramos", "affiliated_with", "Armed Forces of the Philippines"],
      ["Eduardo Ramos", "affiliated_with", "Philippines"],
    ],
  },
  {
    label: "a ministry named 'of' its country before a spokesman's name",
    text: "Ministry of Defence of Ukraine spokesman Ivan Petrenko said the front was stable.",
    gives: [["Ivan Petrenko", "affiliated_with", "Ministry of Defence of Ukraine"]],
  },
  {
    label: "a visit to the body's chief, the rank and name set off by commas after the title",
    text: "The minister paid a visit to the Armed Forces of the Philippines (AFP) chief, Gen. Eduardo Ramos, in Manila.",
    gives: [["Eduardo Ramos", "affiliated_with", "Armed Forces of the Philippines"]],
  },
  {
    label: "'and' between the body's title and a name: the title is another person's",
    text: "The minister paid a visit to the Armed Forces of the Philippines chief and Gen. Eduardo Ramos in Manila.",
    notGives: [["Eduardo Ramos", "affiliated_with", "Armed Forces of the Philippines"]],
  },
  {
    label: "a list's comma after the body, then a rank and a name: no title ties the name to it",
    text: "The minister thanked the Armed Forces of Ukraine, General Valerii Zaluzhnyi and Oleksii Reznikov.",
    notGives: [["Oleksii Reznikov", "affiliated_with", "Armed Forces of Ukraine"]],
  },
  {
    label: "a set-off name after the body's title must close its apposition",
    text: "The minister met the Armed Forces of Ukraine commander, General Valerii Zaluzhnyi said on Monday.",
    notGives: [["Valerii Zaluzhnyi", "affiliated_with", "Armed Forces of Ukraine"]],
  },
  {
    label:
      "a posting title after a country, held at that country's embassy, set off after a list item's name",
    text:
      "Remarks were made by John Dames, Minister of National Security, and Ms. Jane Bowers, US Chargé " +
      "d'Affaires at the United States Embassy in Nassau.",
    gives: [
      ["Jane Bowers", "affiliated_with", "United States Embassy"],
      ["Jane Bowers", "affiliated_with", "United States"],
    ],
    notGives: [["John Dames", "affiliated_with", "United States Embassy"]],
  },
  {
    label: "a country's attaché at that country's embassy, set off after the name",
    text: "Colonel Amit Rao, the Indian Defence Attaché at the Indian Embassy in Kabul, said the helicopters were delivered.",
    gives: [["Amit Rao", "affiliated_with", "Indian Embassy"]],
  },
  {
    label: "a country's ambassador at a body of no such country: the envoy serves his country, not the body",
    text: "Jan Berg, the Swedish Ambassador at the African Union, said the talks went well.",
    gives: [["Jan Berg", "affiliated_with", "Sweden"]],
    notGives: [["Jan Berg", "affiliated_with", "African Union"]],
  },
  {
    label:
      "a capitalised field between the office and its body, the office set off before a list item's name",
    text:
      "The ceremony was attended by the Director of Planning of the Chilean Air Force, General Roberto " +
      "Avendano, and the Minister of Health, Paula Labra.",
    gives: [["Roberto Avendano", "affiliated_with", "Chilean Air Force"]],
    notGives: [["Paula Labra", "affiliated_with", "Chilean Air Force"]],
  },
  {
    label: "a capitalised field of an office held at a body, set off after the name",
    text: "Colonel John Mbeki, Director of Operations at the Kenya Navy, spoke at the ceremony.",
    gives: [["John Mbeki", "affiliated_with", "Kenya Navy"]],
  },
  {
    label: "a field's office with no body after it ties the name to no later body",
    text: "Colonel John Mbeki, the Minister of Planning, met Ali Musa, head of the Kenya Navy.",
    notGives: [["John Mbeki", "affiliated_with", "Kenya Navy"]],
  },
  {
    label: "an office's field under a body, set off after the name",
    text: "Rear Admiral Li Wei, deputy commander of the navy under the PLA Southern Theater Command, attended the ceremony.",
    gives: [["Li Wei", "affiliated_with", "PLA Southern Theater Command"]],
  },
  {
    label: "an office's field under a person: no affiliation with the person",
    text: "Colonel Li Wei, commander of the troops under General Ahmed Musa, attended the ceremony.",
    notGives: [["Li Wei", "affiliated_with", "Ahmed Musa"]],
  },
];
