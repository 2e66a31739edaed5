/**
 * Labelled sentences of helper claims (session 26): judgements whose judged party is told
 * elsewhere in the document — a claim noun's claimant, a statement's owner.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- a claim noun whose author follows a participle of making it (assess.ts claimNoun)
  {
    label: "charges made by a country that another backs rebels: the author judges the accused",
    text: "Uganda has disputed charges made by Kenya that Rwanda is supporting the rebels.",
    gives: [
      ["Kenya", "assesses", "Rwanda"],
      ["Uganda", "assesses", "Kenya"],
    ],
  },
  {
    label:
      "accusations levelled by a ministry that a country armed a militia: the ministry judges the country",
    text: "Egypt rejected accusations levelled by the Ethiopian Foreign Ministry that Cairo armed the militia.",
    gives: [["Ethiopian Foreign Ministry", "assesses", "Egypt"]],
  },
  {
    label: "accusations denied by a country: denying is no making, the denier is no author",
    text: "Ghana welcomed accusations denied by Togo that Benin had armed the rebels.",
    notGives: [["Togo", "assesses", "Benin"]],
  },
  // ---- a definite claim noun stands for the nearest claim told before (relations/claim-back.ts)
  {
    label: "the claims called baseless stand for the claim told just before by its one claimant",
    text:
      "Kenya accused Tanzania of arming the rebels. " +
      'In a statement, Ugandan Foreign Minister Jeje Odongo called the claims "baseless and false."',
    gives: [["Jeje Odongo", "assesses", "Kenya"]],
  },
  {
    label: "the report rejected stands for the report a body published in the sentence before",
    text:
      "The United Nations said in a report that Wagner fighters killed hundreds of civilians in Moura. " +
      "The Malian government rejected the report, saying its forces had only targeted armed groups.",
    gives: [["Mali", "assesses", "United Nations"]],
  },
  {
    label: "two claimants in the sentence before: the claims rejected stand for neither",
    text:
      "Kenya said Tanzania had armed the rebels, and Rwanda said Burundi had trained them. " +
      'Ugandan Foreign Minister Jeje Odongo called the claims "baseless."',
    notGives: [
      ["Jeje Odongo", "assesses", "Kenya"],
      ["Jeje Odongo", "assesses", "Rwanda"],
    ],
  },
  {
    label: "the allegations rejected stand for the accusation told just before",
    text:
      "Kenya accused Tanzania of arming the rebels. " +
      "Ugandan Foreign Minister Jeje Odongo rejected the allegations.",
    gives: [["Jeje Odongo", "assesses", "Kenya"]],
  },
  {
    label: "a report praised is no claim rejected: nothing refers back",
    text:
      "Kenya accused Tanzania of arming the rebels. " +
      "Ugandan Foreign Minister Jeje Odongo praised the report.",
    notGives: [["Jeje Odongo", "assesses", "Kenya"]],
  },
  {
    label: "claims with their own content told after them are not the claim told before",
    text:
      "The Israel Defense Forces said Hamas had fired 14 rockets overnight. " +
      "Tehran has repeatedly rejected claims that it supplies the group with weapons.",
    notGives: [["Iran", "assesses", "Israel Defense Forces"]],
  },
  {
    label: "a bare pronoun before a clause of its own is no claim referred back to",
    text:
      "Chad's ambassador Ahmat Allam-mi said the rebels had received missiles from Sudan. " +
      "The rebel coalition Union of Forces for Democracy and Development denies it has received arms from Sudan.",
    notGives: [["Union of Forces for Democracy and Development", "assesses", "Ahmat Allam-mi"]],
  },
  // ---- "alleged" before its that-clause is the verb of a claim (tagger.ts)
  {
    label: "a country alleged that another armed the rebels: an accusation",
    text: "Kenya alleged that Uganda armed the rebels.",
    gives: [["Kenya", "assesses", "Uganda"]],
  },
  {
    label: "a ministry alleged on a weekday that a country's forces dropped a bomb",
    text: "Ukraine's Foreign Ministry on Wednesday alleged that Russian forces had dropped a bomb on the theatre.",
    gives: [["Ukrainian Foreign Ministry", "assesses", "Russia"]],
  },
  {
    label: "an alleged attack is no claim of the one who denies it",
    text: "Kenya denied the alleged attack on Uganda.",
    notGives: [["Kenya", "assesses", "Uganda"]],
  },
  // ---- a backer glued to the group it backs is no claim's subject (assess.ts backerModifier)
  {
    label: "the Iranian-backed group's report called false judges the group, not its backer",
    text:
      "“The Iranian-backed Houthi terrorists' report of an alleged successful attack on M/V Ocean Jazz is patently false,” " +
      "the US Naval Forces Central Command said in a statement.",
    gives: [["US Naval Forces Central Command", "assesses", "Houthis"]],
    notGives: [["US Naval Forces Central Command", "assesses", "Iran"]],
  },
  {
    label: "an Iran-backed group that attacked a ship is the claim's subject",
    text: "“The Iran-backed Houthis attacked a ship,” the US Naval Forces Central Command said.",
    gives: [["US Naval Forces Central Command", "assesses", "Houthis"]],
    notGives: [["US Naval Forces Central Command", "assesses", "Iran"]],
  },
  // ---- a quantifier floating between the subject and its verb (clause.ts subjectBefore)
  {
    label: "a body and a person on a weekday both slammed launches conducted by a country",
    text: "The UNSC and Secretary-General Antonio Guterres on Monday both slammed the missile launches conducted by North Korea.",
    gives: [
      ["UN Security Council", "assesses", "North Korea"],
      ["Antonio Guterres", "assesses", "North Korea"],
    ],
  },
  {
    label: "two countries all condemned a launch by a third",
    text: "Japan and South Korea all condemned the launch by North Korea.",
    gives: [
      ["Japan", "assesses", "North Korea"],
      ["South Korea", "assesses", "North Korea"],
    ],
  },
  {
    label: "a quantifier after an appositive's comma opens no subject: no judge is read past it",
    text: "The two countries, both members of NATO, condemned the launch by North Korea.",
    notGives: [["NATO", "assesses", "North Korea"]],
  },
];
