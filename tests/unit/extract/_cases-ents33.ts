/**
 * Labelled sentences of session 33's entity classes: an acronym told before its name in brackets
 * and one in an editor's square brackets after it, a body named by a country's other demonym, a
 * hyphenated title before a name, and a name apposed to "the head of … company".
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an acronym told before its translated name in square brackets is that body",
    text: "Fighting between the FDPL [Popular Liberation Democratic Forces] and the army went on. The FDPL later withdrew.",
    same: [["FDPL", "Popular Liberation Democratic Forces"]],
  },
  {
    label: "an acronym told before its name in round brackets is that body",
    text: "Two ships of the GCM (Malagasy Coast Guard) sailed on Monday. The GCM said the patrol would last a week.",
    same: [["GCM", "Malagasy Coast Guard"]],
  },
  {
    label: "an acronym in an editor's square brackets after a body's name is that body",
    text: "The frigates were a grant of the Korea Ministry of Defense [KMOD], officials said. The KMOD approved the transfer in May.",
    same: [["KMOD", "Korea Ministry of Defense"]],
  },
  {
    label: "a dateline's city before an outlet in brackets is no acronym of the outlet",
    text: "HANOI (Vietnam News) The two navies held a joint drill on Tuesday.",
    apart: [["HANOI", "Vietnam News"]],
  },
  {
    label: "a body named with a country's second demonym and with its name is one body",
    text: "General Arjun Thapa, Chief of Army Staff of the Nepali Army, visited Delhi. The Nepal Army thanked India for the helicopters.",
    same: [["Nepali Army", "Nepal Army"]],
  },
  {
    label: "a hyphenated title before a name leaves the name a person",
    text: "Zelensky held talks with Germany's Vice-Chancellor Markus Lindner in Kyiv on Monday.",
    typed: [["Markus Lindner", "Person"]],
    gives: [["Volodymyr Zelensky", "meets", "Markus Lindner"]],
  },
  {
    label: "a name apposed to 'the head of' a company is a person, not the company",
    text: "The minister arrived together with Peter Walsh, the head of the defence company, on Tuesday.",
    typed: [["Peter Walsh", "Person"]],
    notTyped: [["Peter Walsh", "Organization"]],
  },
  {
    label: "a vehicle's long form spelled by its acronym in brackets is a weapon, not a body",
    text: "Qatar asked to buy 120 Heavy Cargo Trucks (HCT) and 40 Tank Recovery Transporters (TRT) from the United States.",
    typed: [
      ["HCT", "WeaponSystem"],
      ["TRT", "WeaponSystem"],
    ],
    notTyped: [
      ["HCT", "Organization"],
      ["TRT", "Organization"],
    ],
  },
  {
    label: "a maker's name before plain trucks stays no weapon",
    text: "The donation included ten Volvo trucks and two ambulances.",
    noEntities: ["Volvo"],
  },
  {
    label: "a weapon's plural class in translation before its original acronym is that weapon",
    text: "Italy handed eight Forward Patrol Vehicles (VPA) over to the Chadian army. The VPA will patrol the border.",
    same: [["VPA", "Forward Patrol Vehicles"]],
    typed: [["VPA", "WeaponSystem"]],
    gives: [["Italy", "supplies", "VPA"]],
  },
];
