/**
 * Labelled sentences of review rev40a (session 40's extraction changes): a lone plural forces'
 * word after a country in a title-case headline ("Russian Forces Capture …") is the country's
 * troops, no body's name (headline-forces.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a demonym and a lone plural 'Forces' in a title-case headline name no body (troops)",
    text: "Russian Forces Capture Two Villages Near Pokrovsk\nRussian forces captured two villages near Pokrovsk on Sunday, the Russian Defence Ministry said.",
    entities: ["Russia", "Russian Defence Ministry"],
    noEntities: ["Russian Forces"],
    noNames: ["Russian Forces"],
  },
  {
    label: "a country's name and a lone plural 'Forces' in a title-case headline name no body (troops)",
    text: "US Forces Receive First Batch Of Patriot Missiles From Raytheon\nAmerican troops received the missiles on Monday, the Pentagon said.",
    gives: [["Raytheon", "supplies", "Patriot"]],
    noNames: ["US Forces"],
  },
  {
    label: "a lone plural forces' word 'Marines' after a country in a title-case headline names no body",
    text: "US Marines Arrive In Darwin For Annual Rotation\nThe marines landed in Darwin on Monday.",
    noNames: ["US Marines"],
  },
  {
    label: "a demonym and a singular forces' head in a title-case headline still name the forces",
    text: "Moldovan Army Receives 12 Romanian Trucks\nMoldova received twelve trucks from Romania.",
    typed: [["Moldovan Army", "Organization"]],
    gives: [["Moldovan Army", "affiliated_with", "Moldova"]],
  },
  {
    label: "forces' words before a plural head in a title-case headline still name the forces",
    text: "Germany Donates Trucks To Ghana Armed Forces\nGermany donated ten trucks to Ghana on Tuesday.",
    typed: [["Ghana Armed Forces", "Organization"]],
  },
];
