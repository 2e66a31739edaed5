/**
 * Labelled sentences of the assess helper (session 28): judgements whose author or speaker stands
 * where the assesses rules did not look — a report noun's of-phrase, an object put after its
 * as-predicate, prepositional phrases before "that", an infinitive of purpose after a diplomatic act.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- a report noun's of-phrase names its author
  {
    label: "rejecting the statements of a titled person assesses the person",
    text: "Russia denied the statements of US Secretary of State Rex Tillerson, who accused Russia of supplying the Taliban.",
    gives: [["Russia", "assesses", "Rex Tillerson"]],
  },
  {
    label: "rejecting the accusations of a country assesses that country",
    text: "Armenia denied the accusations of Azerbaijan.",
    gives: [["Armenia", "assesses", "Azerbaijan"]],
  },
  {
    // (The country his title names is judged with him, as the golds have it: dev/150, dev/300,
    // dev/192; assess36.)
    label: "rejecting the remarks of a demonym-titled minister assesses the minister and his country",
    text: "Russia rejected the remarks of Estonian Defence Minister Hanno Pevkur.",
    gives: [
      ["Russia", "assesses", "Hanno Pevkur"],
      ["Russia", "assesses", "Estonia"],
    ],
  },
  {
    label: "an author's of-phrase may be followed by what the report is about",
    text: "Colombia rejected the remarks of Nestor Reverol regarding the attempt.",
    gives: [["Colombia", "assesses", "Nestor Reverol"]],
  },
  {
    label: "an ellipsis after a preposition inside a quotation does not end the sentence",
    text: "Venezuelan minister Nestor Reverol spoke on Sunday. Colombia rejects the declarations of ... Reverol regarding the attempt.",
    gives: [["Colombia", "assesses", "Nestor Reverol"]],
  },
  {
    label: "an ellipsis after a full clause still ends the sentence",
    text: "Colombia rejected the claims ... Nestor Reverol said nothing more.",
    notGives: [["Colombia", "assesses", "Nestor Reverol"]],
  },
  {
    label: "reports of a demonym's strikes name no author",
    text: "Iraq denied reports of Turkish strikes.",
    notGives: [["Iraq", "assesses", "Turkey"]],
  },
  {
    label: "claims of a possessed act name its topic, not an author",
    text: "Iraq rejected the claims of Iran's support for the rebels.",
    notGives: [["Iraq", "assesses", "Iran"]],
  },
  {
    label: "accusations of an act name no author",
    text: "Uganda rejected accusations of supporting the M23 rebels.",
    notGives: [["Uganda", "assesses", "M23"]],
  },
  // ---- an object put after its as-predicate
  {
    label: "dismissing as rhetoric a general's statements assesses the general",
    text: "The Pakistan Army dismissed as routine rhetoric the statements of Indian Army chief Manoj Naravane.",
    gives: [["Pakistan Army", "assesses", "Manoj Naravane"]],
  },
  {
    label: "rejecting as baseless a country's claims assesses the country",
    text: "Russia rejected as baseless Ukraine's claims.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "condemning an act as a violation of a country's sovereignty does not judge that country",
    text: "Egypt condemned the strike as a violation of Lebanon's sovereignty.",
    notGives: [["Egypt", "assesses", "Lebanon"]],
  },
  // ---- prepositional phrases between a verb of saying and its that-clause
  {
    label: "a claim after a long run of prepositional phrases is still the speaker's",
    text: "Israeli Foreign Minister Yair Lapid said at a news conference in Ankara with his Turkish counterpart on Thursday that Iran was behind the attacks.",
    gives: [["Yair Lapid", "assesses", "Iran"]],
    notGives: [["Yair Lapid", "assesses", "Turkey"]],
  },
  // ---- an infinitive of purpose after a diplomatic act
  {
    label: "summoning an ambassador to protest a violation judges its agent",
    text: "Turkey's Foreign Ministry summoned the Russian ambassador to protest the violation of its airspace by Russia.",
    gives: [["Turkish Foreign Ministry", "assesses", "Russia"]],
  },
  {
    label: "recalling an ambassador to protest accusations judges their author",
    text: "Venezuela called its ambassador home from Bogota to protest accusations by Colombia that rebels are hiding in Venezuela.",
    gives: [["Venezuela", "assesses", "Colombia"]],
  },
  {
    label: "a decision to condemn is an intention, not a judgement",
    text: "Turkey decided to condemn Russia.",
    notGives: [["Turkey", "assesses", "Russia"]],
  },
  {
    label: "a planned summons to protest is no judgement made",
    text: "Turkey plans to summon the Russian ambassador to protest the violation of its airspace by Russia.",
    notGives: [["Turkey", "assesses", "Russia"]],
  },
  // ---- a verb of speech with an object tells an act, not a relayed statement
  {
    label: "a claim that a country's arms deliveries add fuel to the fire judges that country",
    text: "The Kremlin said Germany's arms deliveries to Ukraine only add fuel to the fire.",
    gives: [["Kremlin", "assesses", "Germany"]],
  },
  {
    label: "a quoted claim about US arms deliveries, its speaker after it, judges the United States",
    text: "US arms deliveries to Ukraine only add fuel to the fire, the Kremlin said on Wednesday.",
    gives: [["Kremlin", "assesses", "United States"]],
  },
  {
    label: "a statement another made, relayed by an outlet, is not the outlet's judgement",
    text: "Iran's foreign minister added new accusations against Israel, Reuters reported.",
    notGives: [["Reuters", "assesses", "Israel"]],
  },
];
