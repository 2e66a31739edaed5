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
  {
    label: "a possessor phrase may stand between the governing verb and the noun of gratitude",
    text: "Fijian Defence Minister Pio Tikoduadua expressed his country's gratitude to Japan for the patrol boats.",
    gives: [["Pio Tikoduadua", "assesses", "Japan"]],
  },
  {
    label:
      "a long possessor phrase before the noun of gratitude: its to-phrase is what is judged, not the possessor",
    text: "Brigadier General Amin Al Qaai expressed the Lebanese military institution's gratitude to the State of Qatar for its continued support.",
    gives: [["Amin Al Qaai", "assesses", "Qatar"]],
    notGives: [["Amin Al Qaai", "assesses", "Lebanon"]],
  },
  {
    label: "a possessor phrase before a noun of concern: its over-phrase is judged",
    text: "Fijian Defence Minister Pio Tikoduadua conveyed the government's deep concern over China's military drills.",
    gives: [["Pio Tikoduadua", "assesses", "China"]],
  },
  {
    label: "a possessive before a noun that no verb of expressing governs judges nothing",
    text: "Fijian Defence Minister Pio Tikoduadua visited Japan's defence ministry to discuss China's concern.",
    notGives: [["Pio Tikoduadua", "assesses", "China"]],
  },
  {
    label:
      "a verb of thanks coordinated after a verb of saying and a participle with its agent shares the first verb's subject",
    text: "Mauritian minister Alan Ganoo emphasized the support given by the government and thanked the Indian Navy for sparing a Dornier.",
    gives: [["Alan Ganoo", "assesses", "Indian Navy"]],
  },
  {
    label: "coordinated speakers who agreed that another party's acts pose a threat both judge it",
    text: "Japanese Foreign Minister Yoshimasa Hayashi and South Korean Foreign Minister Park Jin agreed that North Korea's missile activities have posed a threat to peace.",
    gives: [
      ["Yoshimasa Hayashi", "assesses", "North Korea"],
      ["Park Jin", "assesses", "North Korea"],
    ],
  },
  {
    label: "agreeing to do something is no claim ('agreed to buy')",
    text: "Japanese Defence Minister Minoru Kihara agreed to buy radars from the Philippines.",
    notGives: [["Minoru Kihara", "assesses", "Philippines"]],
  },
];
