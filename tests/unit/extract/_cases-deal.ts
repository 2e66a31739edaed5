/**
 * Labelled sentences of the deal family (session 26): sales, contracts and purchases whose seller,
 * buyer or goods are told in another clause or sentence, or after a descriptor noun.
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by the shape they exercise. */
export const CASES: SentenceCase[] = [
  // ---- an organisation named before its descriptor noun is the subject
  {
    label: "an arms agency named before its descriptor signs contracts for two buyers",
    text: "Russia's Rosoboronexport arms agency has signed two contracts for the delivery of 16 helicopters for Algeria and six helicopters for Uganda.",
    gives: [
      ["Rosoboronexport", "supplies", "Algeria"],
      ["Rosoboronexport", "supplies", "Uganda"],
      ["Russia", "supplies", "Uganda"],
    ],
  },
  {
    label: "the company named before 'company' delivers drones",
    text: "The Baykar company has delivered 12 TB2 drones to Niger.",
    gives: [["Baykar", "supplies", "Niger"]],
  },
  {
    label: "a shipyard named before its descriptor hands over a vessel",
    text: "The Kership shipyard handed over an offshore patrol vessel to Senegal on Friday.",
    gives: [["Kership", "supplies", "Senegal"]],
  },
  {
    label: "a company named before its descriptor that has not delivered gives nothing",
    text: "Niger said the Baykar company has not delivered 12 TB2 drones to Niger.",
    notGives: [["Baykar", "supplies", "Niger"]],
  },
  {
    label: "a news agency that reports a delivery supplies nothing",
    text: "The Anadolu news agency reported that Turkey delivered 12 TB2 drones to Niger.",
    gives: [["Turkey", "supplies", "Niger"]],
    notGives: [["Anadolu", "supplies", "Niger"]],
  },
  // ---- a receipt or purchase with no seller takes the seller of the deal told before (deal-register.ts)
  {
    label: "a future receipt of a model under two contracts told just before takes their seller",
    text: "Russia's Rosoboronexport arms agency has signed two contracts for the delivery of 16 Su-30 jets for Algeria and six jets for Uganda. Uganda will get six Su-30MK2s.",
    gives: [
      ["Russia", "supplies", "Su-30MK2"],
      ["Rosoboronexport", "supplies", "Su-30MK2"],
    ],
  },
  {
    label: "a buyer that will receive a model after signing a contract receives it from the seller",
    text: "Algeria signed a contract with Russia for 14 fighter jets. Algeria will receive 14 Su-30MKA fighters.",
    gives: [["Russia", "supplies", "Su-30MKA"]],
  },
  {
    label: "a ministry that agreed to buy a named system takes the seller of its country's deal",
    text: "Saudi Arabia has signed a $3.2 billion deal to buy a mid-range surface-to-air missile defence system from South Korean company LIG Nex1. The Saudi defence ministry agreed to buy 10 batteries of a mid-range interception system called Cheongung M-SAM II.",
    gives: [
      ["LIG Nex1", "supplies", "Cheongung"],
      ["South Korea", "supplies", "Cheongung"],
    ],
  },
  {
    label:
      "the buyer's navy that will receive batteries after the buyer's contract receives them from the seller",
    text: "The Philippines signed a contract with India for BrahMos missiles. The Philippine Navy will receive three BrahMos batteries.",
    gives: [["India", "supplies", "Philippine Navy"]],
  },
  {
    label: "a receipt that may happen after a contract takes no seller",
    text: "Algeria signed a contract with Russia for 14 fighter jets. Algeria may receive 14 Su-30MKA fighters.",
    notGives: [["Russia", "supplies", "Su-30MKA"]],
  },
  {
    label: "a receipt after talks on a contract takes no seller",
    text: "Algeria is negotiating a contract with Russia for 14 fighter jets. Algeria will receive 14 Su-30MKA fighters.",
    notGives: [["Russia", "supplies", "Su-30MKA"]],
  },
  {
    label: "a receipt of other goods than the contract's takes no seller",
    text: "Algeria signed a contract with Russia for 14 helicopters. Algeria will receive 40 T-90 tanks.",
    notGives: [["Russia", "supplies", "T-90"]],
  },
  {
    label: "a receipt after two deals in reach takes no seller",
    text: "Algeria signed a contract with Russia for 14 fighter jets. Egypt bought drones from China. Algeria will receive 14 Su-30MKA fighters.",
    notGives: [["Russia", "supplies", "Su-30MKA"]],
  },
  {
    label: "a receipt by another buyer than the contract's takes no seller",
    text: "Algeria signed a contract with Russia for 14 fighter jets. Egypt will receive 14 Su-30MKA fighters.",
    notGives: [["Russia", "supplies", "Egypt"]],
  },
  {
    label: "a model made elsewhere is not the contract's",
    text: "Algeria signed a contract with Russia for 14 fighter jets. Algeria will receive 14 Rafale jets.",
    notGives: [["Russia", "supplies", "Rafale"]],
  },
  {
    label: "older goods of another model handed over to the buyer's army take no seller from the deal",
    text: "Slovakia bought ten Leopard 2 tanks from Germany. Soviet T-72 tanks were handed over to the Slovak Army in 1995.",
    notGives: [["Germany", "supplies", "Slovak Army"]],
  },
  // ---- a plural "s" glued to a designator's variant
  {
    label: "a designator's variant with a glued plural names the model",
    text: "India bought 12 Su-30MKIs from Russia.",
    gives: [["Russia", "supplies", "Su-30MKI"]],
  },
];
