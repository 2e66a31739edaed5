/**
 * Labelled sentences of grammar34 (session 34): a speaker the document ties to no country who met
 * a person of the document's home is its guest, and his praise of a body of that home judges
 * another party (the home presumption stays for one who met none of it); a body's prefix word
 * ("Royal") opens the second item of a list ("the Thai Defence Ministry and the Royal Thai Army"); a
 * title phrase after a person's name with its comma left out ("William Zana the Deputy Commanding
 * General for the CJTF-HOA") is his appositive, which ties him to a body and so to no presumed home.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an untied guest who met the home's minister judges the home's ministry he congratulates",
    text:
      "Defence Minister Gen. Ngo Xuan Lich met Deputy Prime Minister of Thailand Prawit Wongsuwan in Bangkok on Monday.\n" +
      "Lich congratulated the Thai Defence Ministry on successfully holding a series of meetings as ASEAN chair.\n" +
      "Thailand will hand the chair to Vietnam next year, and Thailand said it would support the meetings in Hanoi.",
    gives: [
      ["Ngo Xuan Lich", "assesses", "Thai Defence Ministry"],
      ["Ngo Xuan Lich", "meets", "Prawit Wongsuwan"],
    ],
  },
  {
    label: "an untied official who met no one of the home still praises his own side's ministry",
    text:
      "Gen. Prawit Wongsuwan opened the meetings in Bangkok on Monday.\n" +
      "Prawit congratulated the Thai Defence Ministry on successfully holding a series of meetings as ASEAN chair.\n" +
      "Thailand will hand the chair to Vietnam next year, and Thailand said it would support the meetings in Hanoi.",
    notGives: [["Prawit Wongsuwan", "assesses", "Thai Defence Ministry"]],
  },
  {
    label: "a title phrase after a name without its comma is the person's appositive",
    text: "Brig. Gen. William Zana the Deputy Commanding General for the Combined Joint Task Force for the Horn of Africa (CJTF-HOA) arrived in Kampala on Monday.",
    gives: [["William Zana", "affiliated_with", "Combined Joint Task Force for the Horn of Africa"]],
  },
  {
    label:
      "a person tied by a bare appositive to a body of no country praises the home's army as a third party",
    text:
      "The Chief of Defence Forces, Gen David Muhoozi, met Brig. Gen. William Zana the Deputy Commanding General for the Combined Joint Task Force for the Horn of Africa (CJTF-HOA) in Kampala.\n" +
      "Zana applauded the Uganda Peoples' Defence Forces (UPDF) for stabilizing the country.\n" +
      "Uganda has troops in Somalia, and Uganda said it would keep them there.",
    gives: [
      ["William Zana", "assesses", "Uganda Peoples' Defence Forces"],
      ["David Muhoozi", "meets", "William Zana"],
    ],
  },
  {
    label: "'the' and a lower-case word after a name open no appositive",
    text: "Colonel John Smith the day after the parade of the Kenya Defence Forces said the drills were over.",
    notGives: [["John Smith", "affiliated_with", "Kenya Defence Forces"]],
  },
  {
    label: "a name then an award that opens with a title word gives no affiliation (no body in the phrase)",
    text: "Kenyan officials handed Colonel John Smith the Head of State Commendation at the Kenya Defence Forces headquarters.",
    notGives: [["John Smith", "affiliated_with", "Kenya Defence Forces"]],
  },
  {
    label: "'and the Royal Thai Army': a body's prefix word opens the second item of a judged list",
    text: "Vietnamese Defence Minister Ngo Xuan Lich praised the Thai Defence Ministry and the Royal Thai Army.",
    gives: [
      ["Ngo Xuan Lich", "assesses", "Thai Defence Ministry"],
      ["Ngo Xuan Lich", "assesses", "Royal Thai Army"],
    ],
  },
  {
    label: "'and the Royal Thai Army' after an accusation's object",
    text: "Cambodia accused the Thai Defence Ministry and the Royal Thai Army of shelling border villages.",
    gives: [
      ["Cambodia", "assesses", "Thai Defence Ministry"],
      ["Cambodia", "assesses", "Royal Thai Army"],
    ],
  },
  {
    label: "'and Royal Malaysian Navy' without a determiner is a recipient of the list too",
    text: "Russia supplied the Indian Army and Royal Malaysian Navy with Igla missiles.",
    gives: [
      ["Russia", "supplies", "Royal Malaysian Navy"],
      ["Russia", "supplies", "Igla"],
    ],
  },
];
