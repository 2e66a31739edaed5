/**
 * Labelled sentences of helper prec34 (session 34, census of batch 33): the leader of a
 * delegation that a country or body qualifies serves it ("A Saudi delegation led by X"); an
 * adverb in "-ly" before a participle of office stays in an appositive title ("Egypt's first
 * freely elected leader"); a description with a demonym and a title after a subject pronoun in its
 * own sentence is not the person the pronoun stands for ("He added that … the Greek Consul General");
 * a portfolio noun may stand before title words that end in a head ("Veterans Affairs Minister",
 * "National Maritime Security Coordinator").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "the leader of a delegation a demonym qualifies serves that country",
    text: "A Saudi delegation led by Deputy Crown Prince Mohammad bin Salman visited Cairo on Thursday.",
    gives: [["Mohammad bin Salman", "affiliated_with", "Saudi Arabia"]],
  },
  {
    label: "the leader of a body's delegation serves the body",
    text: "The Indian Navy delegation led by Vice Admiral Biswajit Dasgupta took part in the fleet review.",
    gives: [["Biswajit Dasgupta", "affiliated_with", "Indian Navy"]],
  },
  {
    label: "lower-case modifiers may stand between the country and 'delegation', and 'headed by' leads",
    text: "A high-level U.S. military delegation headed by General Michael Langley arrived in Rabat.",
    gives: [["Michael Langley", "affiliated_with", "United States"]],
  },
  {
    label: "a delegation in a possessive, its participle set off by commas",
    text: "China's delegation, led by Defence Minister Wei Fenghe, arrived in New Delhi on Monday.",
    gives: [["Wei Fenghe", "affiliated_with", "China"]],
  },
  {
    label: "the host of a delegation is not the country of its leader",
    text: "Japan hosted a delegation led by Senator John Smith on Monday.",
    notGives: [["John Smith", "affiliated_with", "Japan"]],
  },
  {
    label: "the leader of one delegation does not serve the other delegation's country",
    text: "Ukraine's delegation met the Polish delegation, led by General Mark Smith, on Monday.",
    gives: [["Mark Smith", "affiliated_with", "Poland"]],
    notGives: [["Mark Smith", "affiliated_with", "Ukraine"]],
  },
  {
    label: "an adverb in '-ly' before a participle of office stays in a possessive appositive title",
    text: "Following the overthrow of Mohammad Morsi, Egypt’s first freely elected leader, Washington froze aid.",
    gives: [["Mohammad Morsi", "affiliated_with", "Egypt"]],
  },
  {
    label: "'democratically elected' in an appositive title after the name",
    text: "Joe Bloggs, Ghana's democratically elected president, spoke on Monday.",
    gives: [["Joe Bloggs", "affiliated_with", "Ghana"]],
  },
  {
    label: "the speaker who praises a newly elected president does not take the president's country",
    text: "John Smith praised Kenya's newly elected president, William Ruto, on Monday.",
    gives: [["William Ruto", "affiliated_with", "Kenya"]],
    notGives: [["John Smith", "affiliated_with", "Kenya"]],
  },
  {
    label: "a description after a subject pronoun in its own sentence is not the pronoun's person",
    text: "Hulusi Akar spoke in Ankara on Monday. He added that Greece should avoid threats to arrest the Greek Consul General in Smyrna.",
    notGives: [["Hulusi Akar", "affiliated_with", "Greece"]],
  },
  {
    label: "'He said the Chinese foreign minister …' names someone other than the man 'he' is",
    text: "Wang Yi arrived in Moscow on Monday. He said the Chinese foreign minister would return soon.",
    notGives: [["Wang Yi", "affiliated_with", "China"]],
  },
  {
    label: "a description that opens its sentence still stands for the person told before",
    text: "Wang Yi arrived in Moscow on Monday. The Chinese foreign minister said he would return soon.",
    gives: [["Wang Yi", "affiliated_with", "China"]],
  },
  {
    label: "a portfolio noun before title modifiers and a head is in the title ('Veterans Affairs Minister')",
    text: "Canada's Veterans Affairs Minister Lawrence MacAulay met John Smith on Monday.",
    gives: [["Lawrence MacAulay", "affiliated_with", "Canada"]],
    notGives: [["John Smith", "affiliated_with", "Canada"]],
  },
  {
    label: "'maritime' is a portfolio: 'India's National Maritime Security Coordinator Vice Admiral X'",
    text: "India's National Maritime Security Coordinator Vice Admiral G Ashok Kumar met Malaysian Navy Chief Admiral Mohd Reza on Thursday.",
    gives: [["G Ashok Kumar", "affiliated_with", "India"]],
    notGives: [["G Ashok Kumar", "affiliated_with", "Malaysia"]],
  },
  {
    label: "the person who meets a portfolio minister does not take the minister's country",
    text: "John Smith met India's Maritime Affairs Minister Ashok Kumar on Monday.",
    gives: [["Ashok Kumar", "affiliated_with", "India"]],
    notGives: [["John Smith", "affiliated_with", "India"]],
  },
  {
    label:
      "auxiliaries and a phrase of occasion may stand between 'delegation' and 'led by'; 'and' joins two leaders",
    text: "The Indian delegation at the talks will be led by Defence Minister Rajnath Singh and External Affairs Minister S Jaishankar.",
    gives: [
      ["Rajnath Singh", "affiliated_with", "India"],
      ["S Jaishankar", "affiliated_with", "India"],
    ],
  },
  {
    label: "a leader of the other side after 'and' in a pair of sides is not the first delegation's",
    text: "Talks between the Chinese delegation and the US side led by John Smith ended on Monday.",
    notGives: [["John Smith", "affiliated_with", "China"]],
  },
];
