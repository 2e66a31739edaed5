/**
 * Labelled sentences of session 36 (sup36): signers described as firms sell under a signed deal,
 * and a state never sells to a firm that signs with it (relations/firm-signers.ts, supply.ts
 * dealSides; batch 35, dev/374); and the mends of review A (s35) to the discourse layer of
 * supplies: a named model's sentence must tell the deal (identified-goods.ts), the possessor of
 * what is given is not the given goods (receipt-back.ts), and a signing is a verb of signing with
 * a deal noun as its object and its own with-partner (signed-partners.ts); a verb of going on
 * governs the purchase after "with" (relations/proceeded-deals.ts).
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by the shape they exercise. */
export const CASES: SentenceCase[] = [
  // ---- signers described as firms (dev/374)
  {
    label: "firms named in apposition to a firm noun sign with a state: they sell, the state buys",
    text: "Two European manufacturers, Rheinmetall and KNDS, signed contracts with Lithuania on Monday for 44 Leopard 2A8 tanks.",
    gives: [
      ["Rheinmetall", "supplies", "Lithuania"],
      ["KNDS", "supplies", "Lithuania"],
    ],
    notGives: [["Lithuania", "supplies", "Rheinmetall"]],
  },
  {
    label: "firms in apposition, with a time adverbial before the verb: the state partner is no seller",
    text: "Two Turkish vehicle manufacturers, Otokar and Nurol Makina, on Wednesday signed contracts with Estonia for the supply of 230 Arma armored vehicles.",
    gives: [["Otokar", "supplies", "Estonia"]],
    notGives: [["Estonia", "supplies", "Arma"]],
  },
  {
    label: "an unnamed firm signs with a state: the state does not thereby sell",
    text: "The Turkish company signed a contract with Estonia for 230 Arma armored vehicles.",
    notGives: [["Estonia", "supplies", "Arma"]],
  },
  {
    label: "a firm co-signing with a name read as a person's still sells to the state partner",
    text: "Otokar and Nurol Makina signed contracts with Estonia for the supply of 230 armored vehicles.",
    gives: [["Otokar", "supplies", "Estonia"]],
    notGives: [["Estonia", "supplies", "Otokar"]],
  },
  {
    label: "a ministry signing with a firm still buys from it",
    text: "The ministry signed a contract with Hanwha Aerospace for 48 K9 howitzers.",
    gives: [["Hanwha Aerospace", "supplies", "K9"]],
  },
  {
    label: "a firm with an appositive description and no names in it still sells to its partner",
    text: "Hanwha Aerospace, a South Korean manufacturer, signed a deal with Poland for 212 K9 howitzers.",
    gives: [["Hanwha Aerospace", "supplies", "Poland"]],
  },
  // ---- identified goods (review A, B4)
  {
    label:
      "a model's sentence that tells where the goods were built, after the recipient's own boats, is no deal's goods",
    text: "The United States donated two patrol boats to Jamaica on Monday. The Jamaica Defence Force already operates several patrol boats. The three Damen-class vessels were built in the Netherlands in 2017.",
    gives: [["United States", "supplies", "Jamaica"]],
    notGives: [["United States", "supplies", "Damen-class"]],
  },
  {
    label: "boats the recipient lost are other goods: a later model that sank is theirs, not the deal's",
    text: "The United States will donate two patrol boats to Jamaica. The coast guard lost three patrol boats in a storm last year. The three Damen-class vessels sank near Kingston.",
    notGives: [["United States", "supplies", "Damen-class"]],
  },
  {
    label: "a model described right after the deal's sentence is the deal's goods",
    text: "The United States donated two patrol boats to Jamaica on Monday. The two Damen-class vessels can exceed 40 knots.",
    gives: [["United States", "supplies", "Damen-class"]],
  },
  // ---- receipt told back (review A, B5)
  {
    label: "a giver of the boats' engines does not give the boats bought",
    text: "Fiji bought two patrol boats on Thursday. Australia donated the boats' engines.",
    notGives: [["Australia", "supplies", "Fiji"]],
  },
  {
    label: "a giver of the engines of the boats does not give the boats bought",
    text: "Fiji bought two patrol boats on Thursday. Australia donated the engines of the boats.",
    notGives: [["Australia", "supplies", "Fiji"]],
  },
  {
    label: "a giver of the boats told right after their purchase supplies the buyer",
    text: "Fiji bought two patrol boats on Thursday. Australia donated the boats in January.",
    gives: [["Australia", "supplies", "Fiji"]],
  },
  // ---- signed partners (review A, R1, R3)
  {
    label: "a receipt under a deal signed in the passive with a partner takes the partner as seller",
    text: "A contract was signed with Dassault Aviation on Monday by Greece. Under the deal, Greece will receive six Rafale jets.",
    gives: [["Dassault Aviation", "supplies", "Greece"]],
  },
  {
    label: "the with-partner of talks held by a signer of another deal is no seller under the deal",
    text: "Greece, which signed a defence deal last year, held talks with France on Monday. Under the deal, Greece will receive six Rafale jets.",
    notGives: [["France", "supplies", "Greece"]],
  },
  {
    label: "a receipt that would follow under the deal is no committed transfer",
    text: "Greece signed a contract with Dassault Aviation on Monday. Under the deal, Greece would receive six Rafale jets.",
    notGives: [["Dassault Aviation", "supplies", "Greece"]],
  },
  // ---- a purchase its buyer goes on with (census M5, dev/380)
  {
    label: "a government that proceeded with a purchase from a country buys from it",
    text: "The Brazilian government has proceeded with the purchase of howitzers from Israel.",
    gives: [["Israel", "supplies", "Brazil"]],
  },
  {
    label: "a country that went ahead with a purchase of named tanks buys them from the seller",
    text: "Poland went ahead with the purchase of K2 tanks from South Korea.",
    gives: [
      ["South Korea", "supplies", "Poland"],
      ["South Korea", "supplies", "K2"],
    ],
  },
  {
    label: "a purchase one decided not to proceed with is no supply",
    text: "Brazil decided not to proceed with the purchase of ATMOS howitzers from Israel.",
    notGives: [["Israel", "supplies", "Brazil"]],
  },
];
