/**
 * Labelled sentences of session 31's assessments: the presumed side of a speaker the document ties
 * to no country (the headline's speaking country for a body named without one and its spokesman;
 * in a document of two sides, the side whose people an untied official did not meet), whose claims
 * about that side are its own side's news; a visit to one side's country tells the visitor is of the
 * other; a press office relays its own side's news of people and bodies.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a ministry spokesman under a headline where his country denies speaks for that country",
    text: 'Ghana denies claims that it armed rebels in Togo\n\nACCRA, May 3 - "Accra has always respected the sovereignty of its neighbours," Foreign Ministry spokesman Kwame Mensah told reporters on Monday. He said Togo had not shared any evidence with Ghana.\n',
    gives: [["Kwame Mensah", "assesses", "Togo"]],
    notGives: [["Kwame Mensah", "assesses", "Ghana"]],
  },
  {
    label:
      "an untied minister who met one side's minister is of the other side, and his word on it is news of his own",
    text: "Defence Minister Lena Hart met Fiji's Defence Minister Ratu Inoke Kubuabola in Suva on Monday. Hart said Australia will deliver ten patrol boats to Fiji next year. Fiji and Australia have long trained together, and Fiji thanked Australia for the boats.\n",
    gives: [["Fiji", "assesses", "Australia"]],
    notGives: [["Lena Hart", "assesses", "Australia"]],
  },
  {
    label: "an untied minister who met no one keeps his word on a country",
    text: "Defence Minister Lena Hart said on Monday that Australia will deliver ten patrol boats to Fiji next year. Fiji and Australia have long trained together, and Fiji thanked Australia for the boats. Fiji's minister welcomed the offer.\n",
    gives: [["Lena Hart", "assesses", "Australia"]],
  },
  {
    label: "an untied minister visiting one side's country is of the other side",
    text: "While visiting Fiji, Defence Minister Lena Hart confirmed Australia will deliver ten patrol boats to Fiji next year. Fiji and Australia have long trained together, and Fiji thanked Australia for the boats. Fiji will base the boats in Suva.\n",
    gives: [["Fiji", "assesses", "Australia"]],
    notGives: [["Lena Hart", "assesses", "Australia"]],
  },
  {
    label: "a press office of no known country relays its own side's news of a body",
    text: "India handed over ten vehicles to Nepal on Monday. According to the Directorate of Public Relations of the Army Headquarters, the Nepali Army will use the vehicles in rescue work.\n",
    gives: [["India", "supplies", "Nepal"]],
    notGives: [["Directorate of Public Relations of the Army Headquarters", "assesses", "Nepali Army"]],
  },
  {
    label: "a press office of a known country still judges the other side's army",
    text: "According to Inter-Services Public Relations, the Indian Army violated the ceasefire on Monday.\n",
    gives: [["Inter-Services Public Relations", "assesses", "Indian Army"]],
  },
];
