/**
 * Labelled sentences of the helper assessx (session 30): assessments read from claim nouns whose
 * author follows them, saying verbs the tagger takes for nouns, a claim's pronoun that stands for
 * its author, and an adverbial holding quoted words between a speaker and its verb.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "the author of allegations rejected as a whole phrase still assesses their target",
    text: "Bahram Qasemi dismissed the allegations made by Adel al-Jubeir against Iran.",
    gives: [
      ["Bahram Qasemi", "assesses", "Adel al-Jubeir"],
      ["Adel al-Jubeir", "assesses", "Iran"],
    ],
  },
  {
    label: "accusations levelled against a country by a body: the body accuses, the condemner judges it",
    text: 'Nasser Kanaani condemned the "baseless" accusations leveled against Iran by the Group of Seven (G7).',
    gives: [
      ["Nasser Kanaani", "assesses", "G7"],
      ["G7", "assesses", "Iran"],
    ],
    notGives: [["Nasser Kanaani", "assesses", "Iran"]],
  },
  {
    label: "claims levelled against a third country: the rejecter judges the claimant, not the target",
    text: "Kenya dismissed the claims levelled against Somalia by Ethiopia.",
    gives: [["Kenya", "assesses", "Ethiopia"]],
    notGives: [["Kenya", "assesses", "Somalia"]],
  },
  {
    label: "accusations made against the rejecter itself by another country",
    text: "Japan rejected the accusations made against it by China.",
    gives: [["Japan", "assesses", "China"]],
  },
  {
    label: "a plural of officials before an estimate read as a noun: the estimate is their verb",
    text: "US officials estimate that Russia has lost 300,000 troops.",
    gives: [["United States", "assesses", "Russia"]],
  },
  {
    label: "a ministry's estimates before a that-clause is its verb",
    text: "Japan's defense ministry estimates that China has about 400 warheads.",
    gives: [["Japanese Defense Ministry", "assesses", "China"]],
  },
  {
    label: "a named body's estimates before a that-clause is its verb",
    text: "The Pentagon estimates that China has 500 warheads.",
    gives: [["Pentagon", "assesses", "China"]],
  },
  {
    label: "estimates as a noun before a relative clause judges no one",
    text: "The Pentagon estimates that were released show growth in China.",
    notGives: [["Pentagon", "assesses", "China"]],
  },
  {
    label: "a claim's pronoun is its author: the claimant does not judge the rejecter",
    text: "Seoul dismissed Pyongyang's claims that it had launched a satellite.",
    gives: [["South Korea", "assesses", "North Korea"]],
    notGives: [["North Korea", "assesses", "South Korea"]],
  },
  {
    label: "a claim naming the rejecter still judges it",
    text: "Seoul dismissed Pyongyang's claims that South Korea had flown drones.",
    gives: [
      ["South Korea", "assesses", "North Korea"],
      ["North Korea", "assesses", "South Korea"],
    ],
  },
  {
    label: "a charge's pronoun is the one charged, the rejecter",
    text: "Sudan denied Chadian accusations it was supporting rebels.",
    gives: [
      ["Sudan", "assesses", "Chad"],
      ["Chad", "assesses", "Sudan"],
    ],
  },
  {
    label: "an adverbial with quoted words between the speaker and its verb keeps the speaker first",
    text: 'The Security Council, in a "presidential statement," condemned North Korea.',
    gives: [["UN Security Council", "assesses", "North Korea"]],
    notGives: [["North Korea", "assesses", "UN Security Council"]],
  },
  {
    label: "a quoted participle inside the adverbial still sets it off",
    text: 'Japan, in a "strongly worded protest," denounced China.',
    gives: [["Japan", "assesses", "China"]],
    notGives: [["China", "assesses", "Japan"]],
  },
  {
    label: "a first-person wish to say in a quotation performs the saying",
    text: '"I would like to stress that Russia has violated the agreement," Antony Blinken said.',
    gives: [["Antony Blinken", "assesses", "Russia"]],
  },
  {
    label: "a third person's wish to say is still a plan",
    text: "Antony Blinken wants to say that Russia is responsible.",
    hedged: [["Antony Blinken", "assesses", "Russia", "planned"]],
  },
  {
    label: "the body an office's name sets out to counter is no speaker",
    text: "The US Special Presidential Envoy for the Global Coalition to Counter Islamic State said Iran was arming militias.",
    notGives: [["Islamic State", "assesses", "Iran"]],
  },
  {
    label: "the holder named after such an office's title speaks",
    text: "US Special Presidential Envoy for the Global Coalition to Counter Islamic State Brett McGurk said Iran was arming militias.",
    gives: [["Brett McGurk", "assesses", "Iran"]],
  },
  {
    label: "a rejected report judging 'its' act judges the rejecter",
    text: "Iran rejected a G7 statement condemning its nuclear programme.",
    gives: [
      ["Iran", "assesses", "G7"],
      ["G7", "assesses", "Iran"],
    ],
  },
  {
    label: "a rejected report judging 'its' act, rejected by a state's body, judges the state",
    text: "North Korea's foreign ministry said it rejected a UN Security Council statement denouncing its latest missile launch test.",
    gives: [["UN Security Council", "assesses", "North Korea"]],
    notGives: [["UN Security Council", "assesses", "North Korean Foreign Ministry"]],
  },
  {
    label: "a welcomed report judging 'its' act does not judge the one who welcomes it",
    text: "Japan welcomed a UN statement condemning its missile launch.",
    notGives: [["United Nations", "assesses", "Japan"]],
  },
  {
    label: "a report not rejected judges no rejecter",
    text: "Russia did not reject a NATO report criticising its buildup.",
    notGives: [["North Atlantic Treaty Organization", "assesses", "Russia"]],
  },
  {
    label: "a headline's present-tense rejecting verb after a name is its verb",
    text: "Pakistan rebuffs India's claim of spotting drone above its High Commission",
    gives: [["Pakistan", "assesses", "India"]],
  },
  {
    label: "a plural noun after an article stays a noun",
    text: "The disputes over the border between India and Pakistan continue.",
    notGives: [["India", "assesses", "Pakistan"]],
  },
  {
    label: "a body that adopts a resolution condemning an act judges the act's owner",
    text: "The UN General Assembly adopted a resolution condemning Russia's invasion of Ukraine.",
    gives: [["UN General Assembly", "assesses", "Russia"]],
  },
  {
    label: "a resolution adopted by a body, told as its subject, is the body's",
    text: "A resolution adopted by the UN General Assembly condemned Russia's invasion.",
    gives: [["UN General Assembly", "assesses", "Russia"]],
  },
  {
    label: "a law passed is no report: it judges no one",
    text: "The parliament of Kenya passed a law criticizing Uganda.",
    notGives: [["Kenya", "assesses", "Uganda"]],
  },
  {
    label: "claims from a country that a party acted: the country judges the party",
    text: "The United States dismissed accusations from Russia that Ukraine was involved in the attack.",
    gives: [
      ["United States", "assesses", "Russia"],
      ["Russia", "assesses", "Ukraine"],
    ],
  },
  {
    label: "claims from a decade name no author",
    text: "Japan rejected claims from the 1990s that China had built bases.",
    notGives: [["Japan", "assesses", "China"]],
  },
];
