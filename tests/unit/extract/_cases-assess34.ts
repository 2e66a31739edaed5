/**
 * Labelled sentences of assess34 (session 34): the act an accusation charges ("accused X of
 * funnelling weapons from Y", "of using its ally Y", "via Y") names accomplices the accuser judges
 * too, but not the act's recipient or victim, nor what a verb of praise's for-phrase names; a deed
 * after "on" may follow an adverb ("congratulated X on successfully holding …"); a person who says
 * another party made a statement still makes a claim about that party ("Singh said Nakatani
 * expressed solidarity with India"), where an outlet that reports one only relays it.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an accused act of supplying names its source: the accuser judges the source, not the recipient",
    text: "Sudan accused Kenya of funnelling weapons from the United Arab Emirates to the Rapid Support Forces.",
    gives: [
      ["Sudan", "assesses", "Kenya"],
      ["Sudan", "assesses", "United Arab Emirates"],
    ],
    notGives: [["Sudan", "assesses", "Rapid Support Forces"]],
  },
  {
    label: "an accused act read as a noun ('of smuggling') still names its source",
    text: "Coalition spokesman Turki Al-Malki accused the Houthis of smuggling weapons from Iran.",
    gives: [
      ["Turki Al-Malki", "assesses", "Houthis"],
      ["Turki Al-Malki", "assesses", "Iran"],
    ],
  },
  {
    label:
      "an accused act done through a proxy ('using its ally X') judges the proxy, not the act's recipient",
    text: "Morocco cut ties with Iran, accusing it of using its ally Hezbollah to deliver weapons to the Polisario Front.",
    gives: [
      ["Morocco", "assesses", "Iran"],
      ["Morocco", "assesses", "Hezbollah"],
    ],
    notGives: [["Morocco", "assesses", "Polisario Front"]],
  },
  {
    label: "an accused act routed 'via' a country judges that country",
    text: "The United States accused Iran of smuggling missiles to the Houthis via Oman.",
    gives: [
      ["United States", "assesses", "Iran"],
      ["United States", "assesses", "Oman"],
    ],
  },
  {
    label: "the victim of an accused act is not judged",
    text: "Poland accused Russia of attacking Ukraine with drones.",
    gives: [["Poland", "assesses", "Russia"]],
    notGives: [["Poland", "assesses", "Ukraine"]],
  },
  {
    label: "a place an accused act that supplies nothing starts from is not an accomplice",
    text: "Ukraine accused Russia of attacking Kharkiv from Belarus.",
    gives: [["Ukraine", "assesses", "Russia"]],
    notGives: [["Ukraine", "assesses", "Belarus"]],
  },
  {
    label: "a body that a praised party works through is not judged ('praised X for working through Y')",
    text: "Kenya's foreign minister praised Uganda for working through the African Union.",
    gives: [["Kenya", "assesses", "Uganda"]],
    notGives: [["Kenya", "assesses", "African Union"]],
  },
  {
    label: "a deed after 'on' may follow an adverb: 'congratulated X on successfully holding …'",
    text: "Vietnamese Defence Minister Ngo Xuan Lich congratulated the Thai Defence Ministry on successfully holding a series of meetings.",
    gives: [["Ngo Xuan Lich", "assesses", "Thai Defence Ministry"]],
  },
  {
    label: "a date after 'on' is still no deed congratulated",
    text: "Vietnamese Defence Minister Ngo Xuan Lich congratulated the Thai Defence Ministry on Monday.",
    notGives: [["Ngo Xuan Lich", "assesses", "Thai Defence Ministry"]],
  },
  {
    label: "a person who says another party expressed something makes a claim about that party",
    text: "Indian Defence Minister Rajnath Singh said Japanese Defence Minister Gen Nakatani expressed solidarity with India.",
    gives: [
      ["Rajnath Singh", "assesses", "Nakatani"],
      ["Nakatani", "assesses", "India"],
    ],
  },
  {
    label: "an ambassador who says the host government expressed support makes a claim about it",
    text: "Chinese Ambassador Wang Kejian said the Lebanese government expressed its support for China.",
    gives: [["Wang Kejian", "assesses", "Lebanon"]],
  },
  {
    label: "an outlet that reports a country's condemnation only relays it",
    text: "Iran condemned the strike on its embassy in Damascus, the Anadolu news agency reported.",
    notGives: [["Anadolu", "assesses", "Iran"]],
  },
];
