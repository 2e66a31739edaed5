/**
 * Labelled sentences of the precision family (session 26): shapes that fresh articles read wrongly,
 * each with the triples it must give and the ones it must not.
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by the wrong shape they guard against. */
export const CASES: SentenceCase[] = [
  // ---- talks at a distance are no meeting in person
  {
    label: "ministers who condemned a launch during a phone call did not meet",
    text: "South Korean Foreign Minister Park Jin and US State Secretary Antony Blinken condemned North Korea's missile launches during a phone call on Wednesday.",
    gives: [["Park Jin", "assesses", "North Korea"]],
    notGives: [["Park Jin", "meets", "Antony Blinken"]],
  },
  {
    label: "a telephone call with a president is no meeting",
    text: "German Chancellor Angela Merkel discussed the supplies during a telephone call with Ukrainian President Petro Poroshenko.",
    notGives: [["Angela Merkel", "meets", "Petro Poroshenko"]],
  },
  {
    label: "talks held over the phone are no meeting",
    text: "Indian Defence Minister Rajnath Singh held talks over the phone with his Japanese counterpart Gen Nakatani on Friday.",
    notGives: [["Rajnath Singh", "meets", "Nakatani"]],
  },
  {
    label: "a telephonic conversation is no meeting",
    text: "Indonesian Defence Minister Prabowo Subianto held a telephonic conversation with Australian Defence Minister Richard Marles.",
    notGives: [["Prabowo Subianto", "meets", "Richard Marles"]],
  },
  {
    label: "an online summit between two leaders is no meeting",
    text: "The two countries signed the deal during an online summit between Prime Minister Narendra Modi and his Australian counterpart Scott Morrison.",
    notGives: [["Narendra Modi", "meets", "Scott Morrison"]],
  },
  {
    label: "talks held by video link are no meeting",
    text: "Vladimir Putin held talks with Xi Jinping by video link on Monday.",
    notGives: [["Vladimir Putin", "meets", "Xi Jinping"]],
  },
  {
    label: "a phone call told before leaves a later meeting in person a meeting",
    text: "Rishi Sunak spoke by phone with Joe Biden on Monday. On Tuesday, Sunak met Volodymyr Zelensky in Kyiv.",
    gives: [["Rishi Sunak", "meets", "Volodymyr Zelensky"]],
    notGives: [["Rishi Sunak", "meets", "Joe Biden"]],
  },
  {
    label: "talks in person are still a meeting",
    text: "Vladimir Putin held talks with Xi Jinping in Moscow on Monday.",
    gives: [["Vladimir Putin", "meets", "Xi Jinping"]],
  },
  // ---- a demonym or a country's name that qualifies a group not acting for its state
  {
    label: "denying suggestions by a separatist leader of a country does not judge the country",
    text: "The Kremlin has denied suggestions by a Ukrainian separatist leader that his force received dozens of tanks from Russia.",
    notGives: [["Kremlin", "assesses", "Ukraine"]],
  },
  {
    label: "dismissing claims by rebel commanders of a country does not judge the country",
    text: "The Kremlin dismissed claims by Syrian rebel commanders that Russian jets bombed a hospital.",
    notGives: [["Kremlin", "assesses", "Syria"]],
  },
  {
    label: "a headline: a country's name before separatists names no speaker of the country",
    text: "Kremlin Says Ukraine Separatists' Claim Russia Provided Tanks Untrue",
    notGives: [["Kremlin", "assesses", "Ukraine"]],
  },
  {
    label: "rejecting allegations by a country still judges the country",
    text: "Russia's Foreign Ministry rejected allegations by Ukraine that it supplied tanks to separatists.",
    gives: [["Russian Foreign Ministry", "assesses", "Ukraine"]],
  },
  {
    label: "a country's opposition leader named after the title is still tied to the country",
    text: '"It is a sad state of affairs," said Solomon Islands opposition leader Matthew Wale.',
    gives: [["Matthew Wale", "affiliated_with", "Solomon Islands"]],
  },
  // ---- a maker's country supplies only where the text presents it as the seller
  {
    label: "a company that wins a contract to supply sells on its own, not its country",
    text: "Germany's Rheinmetall has won a contract to supply artillery shells to Ukraine.",
    gives: [["Rheinmetall", "supplies", "Ukraine"]],
    notGives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "a shipyard that hands over a vessel sells on its own, not its country",
    text: "French shipyard Piriou has handed over the first OPV 58S patrol vessel to Senegal.",
    gives: [["Piriou", "supplies", "Senegal"]],
    notGives: [["France", "supplies", "Senegal"]],
  },
  {
    label: "a purchase from a country's company presents the country as the seller",
    text: "Serbia signed a contract to purchase 12 Rafale warplanes from France's Dassault Aviation.",
    gives: [
      ["France", "supplies", "Serbia"],
      ["Dassault Aviation", "supplies", "Serbia"],
    ],
  },
  {
    label: "a deal with a country's company presents the country as the seller",
    text: "Kenya signed a deal with Turkish armored vehicles company Katmerciler for new armored fighting vehicles.",
    gives: [["Turkey", "supplies", "Kenya"]],
  },
  {
    label: "a country's navy that donates boats gives for its country",
    text: "The South African Navy donated two harbour patrol boats to Namibia on Friday.",
    gives: [["South Africa", "supplies", "Namibia"]],
  },
];
