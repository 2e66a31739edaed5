/**
 * Labelled sentences of helper fix39 (session 39): known wrong readings users would see as false
 * edges, each with the triples its sentence must give and must not give. A supply noun that only
 * qualifies a deal noun ("a supply contract", "a sales contract") leaves the deal to the deal
 * noun's frame, and "supply" or "sales" there does not make the signer the seller: a buyer signs
 * such contracts as often as a seller, so the firm, the item's origin or the default (the signer
 * buys) decide.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a state signing a supply contract with another state buys from it",
    text: "India signed a supply contract with Russia for the S-400 air defence system in 2018.",
    gives: [
      ["Russia", "supplies", "India"],
      ["Russia", "supplies", "S-400"],
    ],
  },
  {
    label: "must-not: the signer of a supply contract is not its supplier for the word 'supply'",
    text: "India signed a supply contract with Russia for the S-400 air defence system in 2018.",
    notGives: [
      ["India", "supplies", "Russia"],
      ["India", "supplies", "S-400"],
    ],
  },
  {
    label: "a state signing a sales contract with a firm buys from the firm",
    text: "Egypt signed a sales contract with Hanwha for K9 howitzers.",
    gives: [
      ["Hanwha", "supplies", "Egypt"],
      ["Hanwha", "supplies", "K9"],
    ],
  },
  {
    label: "must-not: the state signing a sales contract with a firm sells nothing",
    text: "Egypt signed a sales contract with Hanwha for K9 howitzers.",
    notGives: [
      ["Egypt", "supplies", "Hanwha"],
      ["Egypt", "supplies", "K9"],
    ],
  },
  {
    label: "the seller signing a supply contract sells: the item's origin tells it",
    text: "Russia signed a supply contract with India for the S-400 air defence system.",
    gives: [
      ["Russia", "supplies", "India"],
      ["Russia", "supplies", "S-400"],
    ],
    notGives: [["India", "supplies", "Russia"]],
  },
  {
    label: "a firm signing an export contract with a state sells to it",
    text: "Hanwha signed an export contract with Egypt for K9 howitzers.",
    gives: [
      ["Hanwha", "supplies", "Egypt"],
      ["Hanwha", "supplies", "K9"],
    ],
    notGives: [["Egypt", "supplies", "Hanwha"]],
  },
  {
    label: "an export word still makes the signing state the seller",
    text: "Israel signed an export deal with Germany for the Arrow 3 system.",
    gives: [["Israel", "supplies", "Germany"]],
    notGives: [["Germany", "supplies", "Israel"]],
  },
  {
    label: "a purpose noun before an agreement tells its purpose as 'for the purchase' does",
    text: "Egypt signed a supply agreement with Hanwha for K9 howitzers.",
    gives: [
      ["Hanwha", "supplies", "Egypt"],
      ["Hanwha", "supplies", "K9"],
    ],
    notGives: [["Egypt", "supplies", "K9"]],
  },
  {
    label: "a purchase agreement signed with a state: the partner sells",
    text: "Finland signed a purchase agreement with Israel for the David's Sling air defence system.",
    gives: [["Israel", "supplies", "Finland"]],
    notGives: [["Finland", "supplies", "Israel"]],
  },
  {
    label: "must-not: an agreement with a purpose noun before it but no verb of concluding supplies nothing",
    text: "Egypt discussed a supply agreement with Hanwha for K9 howitzers.",
    notGives: [
      ["Hanwha", "supplies", "Egypt"],
      ["Egypt", "supplies", "K9"],
    ],
  },
  {
    label: "must-not: a judging verb inside a denied that-clause is not asserted",
    text: "Iran denied that it criticised Russia over the strikes.",
    notGives: [["Iran", "assesses", "Russia"]],
    hedged: [["Iran", "assesses", "Russia", "denied"]],
  },
  {
    label: "must-not: an accusation inside a denied that-clause is not asserted",
    text: "China denied that it had accused Japan of spying.",
    notGives: [["China", "assesses", "Japan"]],
    hedged: [["China", "assesses", "Japan", "denied"]],
  },
  {
    label: "a judging verb in a clause that is not denied stays asserted",
    text: "Russia said that Iran criticised Israel over the strikes.",
    gives: [["Iran", "assesses", "Israel"]],
  },
  {
    label: "a denial of one act does not hedge the judgement told before it",
    text: "Pakistan accused India of violating the ceasefire, and denied that its troops had fired first.",
    gives: [["Pakistan", "assesses", "India"]],
  },
  {
    label: "a rejected report's own judgement stays its author's, asserted",
    text: "Syria rejected Turkish claims that Damascus was arming the rebels.",
    gives: [["Turkey", "assesses", "Syria"]],
  },
  {
    label: "the person a demonym describes is the one charged, not the demonym's country",
    text: "Iran charged French citizen Louis Arnaud with spying.",
    gives: [["Iran", "assesses", "Louis Arnaud"]],
  },
  {
    label: "must-not: a demonym before a common noun and a name does not make its country the accused",
    text: "Iran charged French citizen Louis Arnaud with spying.",
    notGives: [["Iran", "assesses", "France"]],
  },
  {
    label: "must-not: a journalist's nationality is not the accused",
    text: "Russia accused American journalist Evan Gershkovich of espionage.",
    gives: [["Russia", "assesses", "Evan Gershkovich"]],
    notGives: [["Russia", "assesses", "United States"]],
  },
  {
    label: "a demonym before forces with no name after still gives its country",
    text: "Russia accused Ukrainian forces of shelling the plant.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a demonym before a title and a name still gives the person",
    text: "Iran condemned French President Emmanuel Macron for his remarks.",
    gives: [["Iran", "assesses", "Emmanuel Macron"]],
  },
  {
    label: "must-not: a red-carpet welcome received from a country is no supply",
    text: "Japan received a red-carpet welcome from India.",
    notGives: [["India", "supplies", "Japan"]],
  },
  {
    label: "must-not: a warm welcome received from a country is no supply",
    text: "Ukraine received a warm welcome from Poland on Monday.",
    notGives: [["Poland", "supplies", "Ukraine"]],
  },
  {
    label: "a hyphened modifier of goods still leaves a supply",
    text: "The United States sent long-range ATACMS missiles to Ukraine.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "ATACMS"],
    ],
  },
  {
    label: "must-not: a name that qualifies received goods is no guest",
    text: "Ukraine received NATO training aircraft from Denmark.",
    gives: [["Denmark", "supplies", "Ukraine"]],
    notGives: [["NATO", "meets", "Ukraine"]],
  },
  {
    label: "must-not: a name before a weapon's name received is no guest",
    text: "Poland received NATO air defence systems on Monday.",
    notGives: [["NATO", "meets", "Poland"]],
  },
  {
    label: "must-not: welcoming a membership is no meeting with the body",
    text: "Finland welcomed NATO membership.",
    notGives: [["Finland", "meets", "NATO"]],
  },
  {
    label: "a name before a noun of its delegation is still the guest",
    text: "Erdogan hosted the NATO delegation in Ankara.",
    gives: [["NATO", "meets", "Erdogan"]],
  },
  {
    label: "a person received is still met",
    text: "Zelensky received NATO Secretary General Jens Stoltenberg in Kyiv.",
    gives: [["Jens Stoltenberg", "meets", "Zelensky"]],
  },
  {
    label: "a possessive pronoun before the noun still names the guest",
    text: "Xi Jinping called Vladimir Putin a good friend and welcomed his visit to Beijing.",
    gives: [["Vladimir Putin", "meets", "Xi Jinping"]],
  },
];
