/**
 * Labelled sentences for the generality check: each case lists the triples (by entity name or
 * alias) it must give, must not give, and must give only as hedged. None is from the sample article.
 */
import type { EntityType, Modality, RelationType } from "../../../src/model/ontology.ts";

/** A triple by entity name: [source, relation, target]. */
export type Triple = [string, RelationType, string];

/** One labelled case. */
export interface SentenceCase {
  label: string;
  text: string;
  gives?: Triple[];
  notGives?: Triple[];
  /** Triples that must be in `hedged` with this modality (and not in `relations`). */
  hedged?: [...Triple, Modality][];
  /** Entity names that must be found. */
  entities?: string[];
  /** Entity names that must not be found. */
  noEntities?: string[];
  /**
   * Names no entity may carry as its own name; an alias may hold them (a body printed "X of
   * Country" keeps its rebuilt name "Demonym X" as an alias, for cross-document identity).
   */
  noNames?: string[];
  /** Entity names (or aliases) that must be found with this type. */
  typed?: [string, EntityType][];
  /** Pairs of names (or aliases) that must be found as one entity. */
  same?: [string, string][];
  /** Pairs of names (or aliases) that must be found as two entities. */
  apart?: [string, string][];
  /** Entity names (or aliases) that must not be found with this type (list them in `typed` too). */
  notTyped?: [string, EntityType][];
  headlineRelations?: boolean;
}

/** The cases, grouped by what they exercise. */
export const CASES: SentenceCase[] = [
  // ---- supplies: active voice, recipients and items
  {
    label: "supplies A with weapon (Iran, Russia, Shahed)",
    text: "Iran has supplied Russia with hundreds of Shahed-136 drones.",
    gives: [
      ["Iran", "supplies", "Russia"],
      ["Iran", "supplies", "Shahed-136"],
    ],
  },
  // ---- supplies: money written with a currency's code before a deal noun (supply.ts currencyAt)
  {
    label: "a contract awarded at a price in US dollars written USD$ names its supplier and buyer",
    text: "The Chilean Ministry of Defence has awarded a USD$45 million contract to Navantia for two Avante 2200 corvettes.",
    gives: [
      ["Navantia", "supplies", "Chile"],
      ["Navantia", "supplies", "Avante 2200"],
    ],
  },
  {
    label: "an order won at a price in Swedish crowns written SEK names its buyer",
    text: "Saab has won a SEK 900 million order from the Finnish Army for Carl-Gustaf M4 weapons.",
    gives: [
      ["Saab", "supplies", "Finnish Army"],
      ["Saab", "supplies", "Carl-Gustaf M4"],
    ],
  },
  {
    label: "a contract signed at a price in rupees written Rs names its seller",
    text: "Armenia signed a Rs 2,000-crore contract with Bharat Electronics for Akash missile systems.",
    gives: [
      ["Bharat Electronics", "supplies", "Armenia"],
      ["Bharat Electronics", "supplies", "Akash"],
    ],
  },
  {
    label: "a contract at a price in euros written EUR that is only negotiated is no supply",
    text: "Armenia is negotiating a EUR 200 million contract with Bharat Electronics for Akash missile systems.",
    notGives: [
      ["Bharat Electronics", "supplies", "Armenia"],
      ["Bharat Electronics", "supplies", "Akash"],
    ],
  },
  // ---- supplies: a relative clause with no relative word on weapons (supply.ts zeroRelativeGoods)
  {
    label: "weapons a pronoun's clause says it acquired from a country were supplied by that country",
    text: "Hungary displayed the KF51 Panther tanks it acquired from Germany.",
    gives: [
      ["Germany", "supplies", "Hungary"],
      ["Germany", "supplies", "KF51 Panther"],
    ],
  },
  {
    label: "weapons a named country's clause says it sent to another were supplied by it",
    text: "Ukrainian crews praised the Leopard 2 tanks Spain delivered to Ukraine last year.",
    gives: [
      ["Spain", "supplies", "Ukraine"],
      ["Spain", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a verb with its own object after a fronted phrase of weapons takes no goods from it",
    text: "Besides the S-400 systems Egypt bought Rafale jets from France.",
    gives: [["France", "supplies", "Rafale"]],
    notGives: [["France", "supplies", "S-400"]],
  },
  {
    label: "weapons a country's clause says it wants to send are no supply",
    text: "Ukrainian crews praised the Leopard 2 tanks Spain wants to send to Ukraine.",
    notGives: [
      ["Spain", "supplies", "Ukraine"],
      ["Spain", "supplies", "Leopard 2"],
    ],
  },
  // ---- supplies: effort or eagerness toward a purchase is no purchase (modality-cues.json cues, triggers.ts CATENATIVE_VERBS)
  {
    label: "a country pushing to buy tanks has bought none: the purchase is planned",
    text: "Chile is pushing to buy 40 Leopard 2 tanks from Germany.",
    hedged: [
      ["Germany", "supplies", "Chile", "planned"],
      ["Germany", "supplies", "Leopard 2", "planned"],
    ],
  },
  {
    label: "a country that tried to buy drones may have bought none: the purchase is possible",
    text: "Sudan tried to buy Mohajer-6 drones from Iran.",
    notGives: [
      ["Iran", "supplies", "Sudan"],
      ["Iran", "supplies", "Mohajer-6"],
    ],
  },
  {
    label: "a country looking to buy jets or keen to buy them has bought none",
    text: "Egypt is looking to buy J-10C fighters from China. Indonesia is keen to buy Rafale jets from France.",
    notGives: [
      ["China", "supplies", "J-10C"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "a country that continued to buy jets bought them",
    text: "Vietnam continued to buy Su-30 jets from Russia.",
    gives: [
      ["Russia", "supplies", "Vietnam"],
      ["Russia", "supplies", "Su-30"],
    ],
  },
  // ---- supplies: a planned purchase concluded later by "approved the sale" (supply-discourse.ts concludedLater)
  {
    label: "a planned purchase whose sale a later sentence says was approved is committed",
    text: "Chile wants to buy 40 Leopard 2 tanks from Germany. The German government approved the sale on Thursday.",
    gives: [
      ["Germany", "supplies", "Chile"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a planned purchase whose sale the legislature was notified of is committed",
    text: "Chile wants to buy HIMARS launchers from the United States. Congress was notified of the sale on Friday.",
    gives: [["United States", "supplies", "Chile"]],
  },
  {
    label: "a planned purchase whose sale is only expected to be approved stays planned",
    text: "Chile wants to buy 40 Leopard 2 tanks from Germany. The German government is expected to approve the sale.",
    notGives: [
      ["Germany", "supplies", "Chile"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a possible purchase is not committed by an approval told later",
    text: "Chile may buy 40 Leopard 2 tanks from Germany. Parliament approved the sale.",
    notGives: [["Germany", "supplies", "Chile"]],
  },
  // ---- supplies: a receipt of goods referred back to takes the supplier of the deal told just before (receipt-back.ts)
  {
    label:
      "a country that received the helicopters a country donated in the sentence before received them from it",
    text: "China donated six Z-9 helicopters on Friday. Kenya received the helicopters at Moi Air Base.",
    gives: [["China", "supplies", "Kenya"]],
  },
  {
    label:
      "a country that took delivery of the drones a country sold in the sentence before received them from it",
    text: "Israel sold four Hermes 900 drones in 2021. Brazil took delivery of the drones this week.",
    gives: [["Israel", "supplies", "Brazil"]],
  },
  {
    label: "a country that accepted the tanks a country delivered just before received them from it",
    text: "Germany has delivered 14 Leopard 2 tanks. Lithuania accepted the tanks at a ceremony in Vilnius.",
    gives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "a receipt that may happen takes no supplier from the deal before it",
    text: "Germany has delivered 14 Leopard 2 tanks. Lithuania may receive the tanks next month.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "a receipt after a possible sale takes no supplier from it",
    text: "Germany may sell 14 Leopard 2 tanks. Lithuania received the tanks on Monday.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "a receipt after a delivery to another country takes no supplier from it",
    text: "Germany has delivered 14 Leopard 2 tanks to Latvia. Lithuania received the tanks on Monday.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "a receipt of other goods takes no supplier from the deal before it",
    text: "Germany has delivered 14 Leopard 2 tanks. Lithuania received the trucks on Monday.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "a receipt after two suppliers' deals takes no supplier from either",
    text: "Germany has delivered 14 Leopard 2 tanks. France sold Rafale jets. Lithuania received the tanks on Monday.",
    notGives: [
      ["Germany", "supplies", "Lithuania"],
      ["France", "supplies", "Lithuania"],
    ],
  },
  {
    label: "a receipt three sentences after the deal takes no supplier from it",
    text: "Germany has delivered 14 Leopard 2 tanks. The weather was cold. The ministry said it was pleased. Lithuania received the tanks on Monday.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "a receipt told before the deal takes no supplier from it",
    text: "Lithuania received the tanks on Monday. Germany has delivered 14 Leopard 2 tanks.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "a receipt of the goods a headline says a country is to supply takes that supplier",
    text: "Japan to supply patrol vessels to the Philippines\n\nThe Philippines received the vessels on Monday.",
    gives: [["Japan", "supplies", "Philippines"]],
  },
  {
    label: "a receipt still to come of the goods a headline says a country is to supply stays unasserted",
    text: "Japan to supply patrol vessels to the Philippines\n\nThe Philippines will receive the vessels next year.",
    notGives: [["Japan", "supplies", "Philippines"]],
  },
  {
    label: "a receipt of the goods a headline says a country may supply takes no supplier",
    text: "Japan may supply patrol vessels to the Philippines\n\nThe Philippines received the vessels on Monday.",
    notGives: [["Japan", "supplies", "Philippines"]],
  },
  {
    label: "a receipt of goods a headline says go to another country takes no supplier",
    text: "Japan to supply patrol vessels to Vietnam\n\nThe Philippines received the vessels on Monday.",
    notGives: [["Japan", "supplies", "Philippines"]],
  },
  // ---- supplies: a purchase with no seller takes the supplier of the delivery of its goods told right after (receipt-back.ts forwardSupplier)
  {
    label:
      "a country that ordered tanks received them from the country that delivered the tanks in the next sentence",
    text: "Poland ordered 180 K2 tanks last year. South Korea delivered the first ten tanks on Monday.",
    gives: [
      ["South Korea", "supplies", "Poland"],
      ["South Korea", "supplies", "K2"],
    ],
  },
  {
    label:
      "a country that purchased helicopters received them from the country that delivered the helicopters next",
    text: "Kenya purchased six Z-9 helicopters. China delivered the helicopters at Moi Air Base.",
    gives: [["China", "supplies", "Kenya"]],
  },
  {
    label: "a delivery that may happen gives no seller to the purchase before it",
    text: "Poland ordered 180 K2 tanks last year. South Korea may deliver the tanks next month.",
    notGives: [["South Korea", "supplies", "Poland"]],
  },
  {
    label: "a delivery of other goods gives no seller to the purchase before it",
    text: "Poland ordered 180 K2 tanks last year. South Korea delivered the trucks on Monday.",
    notGives: [["South Korea", "supplies", "Poland"]],
  },
  {
    label: "a delivery after a sentence of two buyers gives no seller to either",
    text: "Poland ordered 180 K2 tanks last year and Romania bought tanks too. South Korea delivered the tanks on Monday.",
    notGives: [
      ["South Korea", "supplies", "Poland"],
      ["South Korea", "supplies", "Romania"],
    ],
  },
  {
    label: "a delivery to another country gives no seller to the purchase before it",
    text: "Poland ordered 180 K2 tanks last year. South Korea delivered the tanks to Latvia on Monday.",
    notGives: [["South Korea", "supplies", "Poland"]],
  },
  {
    label: "a test of the goods gives no seller to the purchase before it",
    text: "Poland ordered 180 K2 tanks last year. South Korea tested the tanks on Monday.",
    notGives: [["South Korea", "supplies", "Poland"]],
  },
  // ---- supplies: goods of one kind referred back to by another word (supply-words.json goodsKinds)
  {
    label: "helicopters received are the aircraft a country donated in the next sentence",
    text: "Kenya received six Z-9 helicopters last week. The aircraft were donated by China.",
    gives: [["China", "supplies", "Kenya"]],
  },
  {
    label: "armoured personnel carriers received are the vehicles a country donated in the next sentence",
    text: "Uganda received 20 armoured personnel carriers on Friday. The vehicles were donated by Turkey.",
    gives: [["Turkey", "supplies", "Uganda"]],
  },
  {
    label: "tanks a country delivered are the vehicles another received in the next sentence",
    text: "Germany delivered 14 Leopard 2 tanks. Lithuania received the vehicles on Monday.",
    gives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "howitzers received are the guns a country sold in the next sentence",
    text: "Estonia received 12 K9 howitzers on Monday. The guns were sold by South Korea.",
    gives: [["South Korea", "supplies", "Estonia"]],
  },
  {
    label: "tanks received are not the aircraft a country supplied in the next sentence",
    text: "Lithuania received 14 Leopard 2 tanks on Monday. The aircraft were supplied by Germany.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  {
    label: "helicopters received are not the ships a country donated in the next sentence",
    text: "Kenya received six Z-9 helicopters last week. The ships were donated by China.",
    notGives: [["China", "supplies", "Kenya"]],
  },
  {
    label: "tanks a country delivered are not the aircraft another received in the next sentence",
    text: "Germany delivered 14 Leopard 2 tanks. Lithuania received the aircraft on Monday.",
    notGives: [["Germany", "supplies", "Lithuania"]],
  },
  // ---- supplies: goods given "to boost the capacity of" a body are for it (supply.ts purposeRecipients)
  {
    label: "a body whose capacity the gift is to boost receives it",
    text: "China donated military equipment to boost the capacity of the Zambia Defence Force.",
    gives: [["China", "supplies", "Zambia Defence Force"]],
  },
  {
    label: "a body whose capabilities the handover is to enhance receives it",
    text: "India handed over two Dornier aircraft to enhance the capabilities of the Seychelles Defence Forces.",
    gives: [
      ["India", "supplies", "Seychelles Defence Forces"],
      ["India", "supplies", "Dornier"],
    ],
  },
  {
    label: "a body whose capabilities the goods are to counter receives nothing",
    text: "Russia sold S-400 systems to Turkey to counter the capabilities of NATO.",
    gives: [["Russia", "supplies", "Turkey"]],
    notGives: [["Russia", "supplies", "NATO"]],
  },
  // ---- supplies: a body that accepted goods from a supplier received them (frames.json supply-accept)
  {
    label: "a navy that accepted patrol boats from a country received them from it",
    text: "The Ghana Navy formally accepted two patrol boats from the United States.",
    gives: [
      ["United States", "supplies", "Ghana Navy"],
      ["United States", "supplies", "patrol boat"],
    ],
  },
  {
    label: "an air force that accepted named aircraft from a maker received them from it",
    text: "The Nigerian Air Force accepted six Super Tucano aircraft from Embraer.",
    gives: [
      ["Embraer", "supplies", "Nigerian Air Force"],
      ["Embraer", "supplies", "Super Tucano"],
    ],
  },
  {
    label: "accepting an invitation or an offer of aid from a country is no supply",
    text: "Ukraine accepted an invitation from China. Kenya accepted the offer of military aid from Turkey.",
    notGives: [
      ["China", "supplies", "Ukraine"],
      ["Turkey", "supplies", "Kenya"],
    ],
  },
  // ---- supplies: "It includes ..." right after a supply tells its goods (contents.ts dealSubject)
  {
    label: "a sentence opening 'It includes' lists the goods of the supply told just before",
    text: "China donated military equipment to Laos on Monday. It includes 40 Type 89 armoured vehicles.",
    gives: [
      ["China", "supplies", "Laos"],
      ["China", "supplies", "Type 89"],
    ],
  },
  {
    label: "'It includes' after a sentence that told no supply lists no goods of an earlier one",
    text: "China donated military equipment to Laos on Monday. The weather was fine. It includes 40 Type 89 armoured vehicles.",
    gives: [["China", "supplies", "Laos"]],
    notGives: [["China", "supplies", "Type 89"]],
  },
  {
    label: "'It includes' after a planned supply lists planned goods",
    text: "China plans to donate military equipment to Laos. It includes 40 Type 89 armoured vehicles.",
    notGives: [["China", "supplies", "Type 89"]],
  },
  // ---- supplies: an adverbial "by" + gerund shares the main clause's subject and hedge (clause.ts)
  {
    label: "a buyer that did something by buying tanks bought them",
    text: "Romania strengthened its army by buying 250 Abrams tanks from the United States.",
    gives: [
      ["United States", "supplies", "Romania"],
      ["United States", "supplies", "M1 Abrams"],
    ],
  },
  {
    label:
      "a buyer that finalised an agreement to acquire vehicles, told by a gerund after 'by', is the buyer",
    text: "Norway has solidified a major procurement by finalizing an agreement with Patria to acquire 90 AMV vehicles.",
    gives: [["Patria", "supplies", "Norway"]],
  },
  {
    label: "a buyer that only hopes to do something by buying tanks has bought none",
    text: "Romania hopes to strengthen its army by buying 250 Abrams tanks from the United States.",
    notGives: [
      ["United States", "supplies", "Romania"],
      ["United States", "supplies", "M1 Abrams"],
    ],
  },
  // ---- supplies: a country before a company's part noun is no party (chunks.ts partOfOrganization)
  {
    label: "the buyer's country naming a maker's national arm is no supplier of the goods",
    text: "Britain signed a contract with the UK arm of Italian defence company Leonardo to build AW149 helicopters.",
    notGives: [["United Kingdom", "supplies", "AW149"]],
  },
  {
    label: "a country naming a maker's national unit is no supplier of the goods",
    text: "Poland signed a contract with the Polish unit of Leonardo for AW149 helicopters.",
    notGives: [["Poland", "supplies", "AW149"]],
  },
  // ---- supplies: a purchase pursued or near is not made (modality-cues.json cues)
  {
    label: "a purchase in negotiation, in a bid, being weighed or on the verge is not made",
    text: "Peru is in negotiations to buy K2 tanks from South Korea. Chile is in a bid to buy Leopard 2 tanks from Germany. Oman is weighing the purchase of Rafale jets from France. Kenya is on the verge of buying Bayraktar TB2 drones from Turkey.",
    notGives: [
      ["South Korea", "supplies", "K2"],
      ["Germany", "supplies", "Leopard 2"],
      ["France", "supplies", "Rafale"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label: "a purchase made after negotiations is made",
    text: "After months of negotiations, Peru bought K2 tanks from South Korea.",
    gives: [
      ["South Korea", "supplies", "Peru"],
      ["South Korea", "supplies", "K2"],
    ],
  },
  // ---- supplies: a giver acting "on behalf of" a country gives for it (relations/supply-behalf.ts)
  {
    label: "a general presenting equipment on behalf of a government gives for its country",
    text: "On behalf of the Government of India, General MM Naravane presented medical equipment for two field hospitals of the Nepali Army.",
    gives: [
      ["India", "supplies", "Nepali Army"],
      ["MM Naravane", "supplies", "Nepali Army"],
    ],
  },
  {
    label: "an ambassador handing over trucks on behalf of a country, set off by commas, gives for it",
    text: "Ambassador John Smith, on behalf of the United States, handed over 10 trucks to the Ghana Armed Forces.",
    gives: [["United States", "supplies", "Ghana Armed Forces"]],
  },
  {
    label: "a recipient who accepts on behalf of its government makes that government no supplier",
    text: "Australia handed over the Guardian-class patrol boat to Faualo Schuster, who accepted it on behalf of the Samoa government.",
    gives: [["Australia", "supplies", "Guardian-class"]],
    notGives: [["Samoa", "supplies", "Guardian-class"]],
  },
  {
    label: "a receiver's 'on behalf of' after the giver's from-phrase makes that side no supplier",
    text: "General John Milton received 24 armoured vehicles from Ambassador John Hoover on behalf of the Sierra Leone Army.",
    notGives: [["Sierra Leone", "supplies", "armoured vehicle"]],
  },
  // ---- supplies: a diplomatic mission gives for its state (relations/supply-missions.ts)
  {
    label: "an embassy's donation to an army is its country's supply too",
    text: "The Chinese Embassy donated 20 trucks to the Cambodian army.",
    gives: [
      ["China", "supplies", "Cambodian Army"],
      ["China", "supplies", "Cambodia"],
      ["Chinese Embassy", "supplies", "Cambodian Army"],
    ],
  },
  {
    label: "a high commission's hand-over is its country's supply too",
    text: "The British High Commission handed over 10 Land Rovers to the Sierra Leone Army.",
    gives: [["United Kingdom", "supplies", "Sierra Leone Army"]],
  },
  {
    label: "an embassy reporting another country's delivery supplies nothing itself",
    text: "The US Embassy said Russia delivered S-400 systems to Turkey.",
    gives: [["Russia", "supplies", "Turkey"]],
    notGives: [
      ["United States", "supplies", "Turkey"],
      ["US Embassy", "supplies", "Turkey"],
    ],
  },
  // ---- supplies: a future delivery under a priced contract is committed
  {
    label: "a future delivery 'under a $1.2 billion contract' is a committed supply",
    text: "Rheinmetall will deliver 50 Lynx vehicles to Hungary under a $1.2 billion contract.",
    gives: [
      ["Rheinmetall", "supplies", "Hungary"],
      ["Rheinmetall", "supplies", "Lynx"],
    ],
  },
  {
    label: "a future delivery under a contract priced in two currencies is a committed supply",
    text: "KNDS will deliver 44 Leopard 2A8 tanks to Lithuania under a €950 million ($1.03 billion) contract.",
    gives: [["KNDS", "supplies", "Lithuania"]],
  },
  {
    label: "a future delivery under a proposed priced contract stays planned",
    text: "Rheinmetall will deliver 50 Lynx vehicles to Hungary under a proposed $1.2 billion contract.",
    hedged: [["Rheinmetall", "supplies", "Hungary", "planned"]],
  },
  {
    label: "a future delivery under a contract still being negotiated stays planned",
    text: "Rheinmetall will deliver 50 Lynx vehicles to Hungary under a $1.2 billion contract that is still being negotiated.",
    notGives: [["Rheinmetall", "supplies", "Hungary"]],
  },
  // ---- supplies: a named ship told apart from its handover is supplied (5f-named-vessels)
  {
    label: "a ship named by an ordinal apposition after a handover of vessels is supplied",
    text: "Japan handed over two patrol vessels to Vietnam. The first vessel, Kiso, arrived in Hai Phong on Monday.",
    gives: [
      ["Japan", "supplies", "Vietnam"],
      ["Japan", "supplies", "Kiso"],
    ],
  },
  {
    label: "ships designated after the vessels a shipbuilder delivered are supplied",
    text: "Austal delivered two Cape-class patrol boats to Trinidad and Tobago. The two vessels, designated TTCG Scarborough and TTCG Port of Spain, arrived in May.",
    gives: [
      ["Austal", "supplies", "TTCG Scarborough"],
      ["Austal", "supplies", "TTCG Port of Spain"],
    ],
    typed: [["TTCG Scarborough", "WeaponSystem"]],
  },
  {
    label: "a ship told by a copula as the second of a supplied class is supplied",
    text: "Australia gifted a Guardian-class patrol boat to Fiji. RFNS Savenaca is the second Guardian-class patrol boat for Fiji.",
    gives: [["Australia", "supplies", "RFNS Savenaca"]],
  },
  {
    label: "a ship named 'ex-USS' is the former US ship, supplied when transferred",
    text: "The United States transferred the ex-USS Boutwell to the Philippines.",
    gives: [
      ["United States", "supplies", "Philippines"],
      ["United States", "supplies", "USS Boutwell"],
    ],
    typed: [["USS Boutwell", "WeaponSystem"]],
  },
  {
    label: "a ship of the supplier's own navy where the handover is held is not supplied",
    text: "Australia handed over a Guardian-class patrol boat to Fiji. The ceremony was held aboard HMAS Adelaide.",
    notGives: [["Australia", "supplies", "HMAS Adelaide"]],
  },
  {
    label: "the recipient's other ship, named after a vessel noun of another kind, is not supplied",
    text: "Australia handed over a Guardian-class patrol boat to Fiji. Fiji's navy also operates the survey ship RFNS Kiro.",
    notGives: [["Australia", "supplies", "RFNS Kiro"]],
  },
  {
    label: "a named vessel whose own delivery is still to come is not an asserted supply",
    text: "Japan handed over two patrol vessels to Vietnam. The second vessel, Kiso, will be delivered next year.",
    notGives: [["Japan", "supplies", "Kiso"]],
  },
  // ---- supplies: a hand-over inside one country is no supply (5e-internal-supplies)
  {
    label: "a minister's hand-over of howitzers to his own country's army supplies nothing",
    text: "Indian Defence Minister Rajnath Singh handed over the K9 Vajra howitzers to the Indian Army.",
    notGives: [
      ["Rajnath Singh", "supplies", "Indian Army"],
      ["Rajnath Singh", "supplies", "K9 Vajra"],
      ["Rajnath Singh", "supplies", "India"],
    ],
  },
  {
    label: "a ministry's delivery of missiles to its own country's forces supplies nothing",
    text: "The Japanese defence ministry delivered the new Type 12 missiles to the Japan Ground Self-Defense Force.",
    notGives: [
      ["Japan", "supplies", "Japan Ground Self-Defense Force"],
      ["Japan", "supplies", "Type 12"],
      ["Japanese Defence Ministry", "supplies", "Type 12"],
    ],
  },
  {
    label: "the same minister's hand-over to another country's army is a supply",
    text: "Indian Defence Minister Rajnath Singh handed over two Dhruv helicopters to the Nepali Army.",
    gives: [
      ["India", "supplies", "Nepali Army"],
      ["India", "supplies", "Dhruv"],
      ["Rajnath Singh", "supplies", "Nepali Army"],
    ],
  },
  {
    label: "a company's delivery to its own country's army is a supply",
    text: "German company Rheinmetall delivered 50 Caracal vehicles to the German Army.",
    gives: [["Rheinmetall", "supplies", "German Army"]],
  },
  {
    label: "the gratitude of a holder conveyed to a party judges the party, not the holder",
    text: "Foreign Minister Amina Diallo conveyed the gratitude of the President of Mali to the Algerian government for the aid.",
    gives: [["Amina Diallo", "assesses", "Algeria"]],
    notGives: [["Amina Diallo", "assesses", "Mali"]],
  },
  {
    label: "gratitude for 'the donation' told before judges its one donor",
    text: "Turkey donated 20 armoured vehicles to Somalia on Monday. The vehicles will be used by the army. Somali Defence Minister Abdulkadir Nur expressed his appreciation for the assistance.",
    gives: [["Abdulkadir Nur", "assesses", "Turkey"]],
  },
  {
    label: "gratitude for 'the assistance' whose giver a clause after it names judges no donor told before",
    text: "Japan delivered two patrol boats to the Philippines on Monday. Philippine Navy chief Toribio Adaci expressed gratitude for the assistance, which the European Union funded.",
    entities: ["Toribio Adaci", "Japan"],
    notGives: [["Toribio Adaci", "assesses", "Japan"]],
  },
  {
    label: "gratitude for 'the donation' after gifts from two donors names neither",
    text: "Turkey donated 20 armoured vehicles to Somalia. Qatar delivered two patrol boats to Somalia. Somali Defence Minister Abdulkadir Nur expressed his appreciation for the assistance.",
    entities: ["Abdulkadir Nur", "Turkey", "Qatar"],
    notGives: [
      ["Abdulkadir Nur", "assesses", "Turkey"],
      ["Abdulkadir Nur", "assesses", "Qatar"],
    ],
  },
  {
    label:
      "a judged noun's relative clause names the one whose act it is: 'the support X was providing', 'the help that X provided'",
    text: "Prime Minister Edi Rama expressed appreciation for the support Croatia was providing during its presidency. President Ali Musa praised the help that India provided during the floods. Kenya welcomed the support the European Union has offered.",
    gives: [
      ["Edi Rama", "assesses", "Croatia"],
      ["Ali Musa", "assesses", "India"],
      ["Kenya", "assesses", "European Union"],
    ],
  },
  {
    label:
      "a relative clause whose verb of saying takes a clause of its own names the reporter, not the act's owner",
    text: "Lithuania condemned the attack Russia said was staged by Belarus.",
    entities: ["Lithuania", "Russia"],
    notGives: [["Lithuania", "assesses", "Russia"]],
  },
  {
    label:
      "'reiterated the view that', 'expressed the belief that': the holder of the view assesses the subject of its clause, past a fronted adjunct",
    text: "Croatian Defence Minister Ivan Anusic reiterated the view that, by adopting new laws, Albania had made considerable progress. Foreign Minister Maria Lopez expressed the belief that Chile had violated the treaty.",
    gives: [
      ["Ivan Anusic", "assesses", "Albania"],
      ["Maria Lopez", "assesses", "Chile"],
    ],
  },
  {
    label: "a view's of-phrase is its holder, not what it judges",
    text: "Foreign Minister Maria Lopez shared the view of Brazil's president on trade.",
    entities: ["Maria Lopez", "Brazil"],
    notGives: [["Maria Lopez", "assesses", "Brazil"]],
  },
  {
    label: "'pointed out that' is a verb of saying",
    text: "Minister Stevo Pendarovski pointed out that Japan has actively contributed to a stable region.",
    gives: [["Stevo Pendarovski", "assesses", "Japan"]],
  },
  {
    label:
      "verbs of saying beyond 'said' open a that-clause: explained, underlined, asserted, complained, disclosed",
    text: "Latvian Defence Minister Andris Spruds explained that Russia was moving troops toward the border. Indian Army chief Manoj Naravane underlined that Pakistan continues to shelter militant groups. Colombian President Ivan Duque asserted that Venezuela was hosting armed groups. Moroccan Foreign Minister Salaheddine Mezouar complained that Algeria was arming the Polisario Front. Chilean Navy commander Rodolfo Codina disclosed that Peru had bought two submarines.",
    gives: [
      ["Andris Spruds", "assesses", "Russia"],
      ["Manoj Naravane", "assesses", "Pakistan"],
      ["Ivan Duque", "assesses", "Venezuela"],
      ["Salaheddine Mezouar", "assesses", "Algeria"],
      ["Rodolfo Codina", "assesses", "Peru"],
    ],
  },
  {
    label:
      "a verb of saying beyond 'said' names the speaker after a quotation (a pronoun too) and before a colon",
    text: "\u201cSerbia is arming the militias in the north,\u201d Kosovo President Vjosa Osmani maintained. Tanzanian Defence Minister Stergomena Tax spoke to reporters on Monday. \u201cBurundi has never stopped arming the rebels,\u201d she continued. Thai army spokesman Pongsak Sakda responded: \u201cLaos has moved heavy weapons to the border.\u201d Former NATO commander Wesley Clark tweeted that China was supplying Russia with drone parts.",
    gives: [
      ["Vjosa Osmani", "assesses", "Serbia"],
      ["Stergomena Tax", "assesses", "Burundi"],
      ["Pongsak Sakda", "assesses", "Laos"],
      ["Wesley Clark", "assesses", "China"],
    ],
  },
  {
    label: "'went on' after a quotation names its speaker; 'went on' of an event judges no one",
    text: "Ugandan army spokesman Felix Kulayigye toured the base on Monday. \u201cSouth Sudan has failed to secure its border,\u201d he went on. The talks between Ethiopia and Eritrea went on for hours.",
    entities: ["Ethiopia", "Eritrea"],
    gives: [["Felix Kulayigye", "assesses", "South Sudan"]],
    notGives: [["Ethiopia", "assesses", "Eritrea"]],
  },
  {
    label: "the same verbs in other senses, and about the speaker's own side, judge no one",
    text: "Peru maintained close ties with Chile throughout the crisis. Colombia declared a state of emergency along the border with Venezuela. Thailand responded to the shelling by Cambodia with artillery fire. Japanese Defence Minister Minoru Kihara explained that Japan would strengthen its air defences.",
    entities: ["Peru", "Chile", "Colombia", "Venezuela", "Thailand", "Cambodia", "Minoru Kihara", "Japan"],
    notGives: [
      ["Peru", "assesses", "Chile"],
      ["Colombia", "assesses", "Venezuela"],
      ["Thailand", "assesses", "Cambodia"],
      ["Minoru Kihara", "assesses", "Japan"],
    ],
  },
  {
    label:
      "'police say they seized ammunition sent by X': 'they' is the speaker, and the agent of a participle on its object is judged",
    text: "Sudanese police say they have seized thousands of rounds of ammunition sent by Chad to a rebel group. Israeli officials said they believe Iran has sent missiles to Hezbollah.",
    gives: [
      ["Sudan", "assesses", "Chad"],
      ["Israel", "assesses", "Iran"],
    ],
  },
  {
    label: "a person's 'they' is others: no claim of the person's about the actor after it",
    text: "Kenyan President William Ruto said they would meet Tanzanian envoys in Arusha.",
    entities: ["William Ruto", "Tanzania"],
    notGives: [["William Ruto", "assesses", "Tanzania"]],
  },
  {
    label: "denying 'the claim' told sentences before judges the one accuser who made it",
    text: "Sudanese police say they have seized thousands of rounds of ammunition sent by Chad to a rebel group. Relations between the neighbours have long been tense. Trade across the border has fallen sharply. Chad's Information Minister Ali Mahamat denied the claim.",
    gives: [["Ali Mahamat", "assesses", "Sudan"]],
  },
  {
    label: "denying 'the claim' made by two accusers sentences before names neither",
    text: "Sudanese police say they have seized thousands of rounds of ammunition sent by Chad to a rebel group. Libyan officials said Chad had sent trucks to the rebels. Relations between the neighbours have long been tense. Trade across the border has fallen sharply. Chad's Information Minister Ali Mahamat denied the claim.",
    entities: ["Ali Mahamat", "Sudan", "Libya"],
    notGives: [
      ["Ali Mahamat", "assesses", "Sudan"],
      ["Ali Mahamat", "assesses", "Libya"],
    ],
  },
  {
    label: "welcoming X's recognition of Y judges X; the recognised party is not judged",
    text: "Senegal returned to favour under former President Macky Sall, who welcomed Gambia's recognition of Kosovo. Prime Minister Mark Rutte welcomed the recognition of Palestine by Spain.",
    gives: [
      ["Macky Sall", "assesses", "Gambia"],
      ["Mark Rutte", "assesses", "Spain"],
    ],
    notGives: [
      ["Macky Sall", "assesses", "Kosovo"],
      ["Mark Rutte", "assesses", "Palestine"],
    ],
  },
  {
    label:
      "ammunition, parts or missiles for a weapon serve it: the weapon after the for-phrase is not supplied",
    text: "Norway announced a new aid package for Georgia. The package includes Javelin missiles and spare parts for Cobra armoured vehicles. Spain completed the transfer of ammunition for Leopard 2 tanks to Latvia. Chile received AIM-120 missiles for its F-16 fleet from the United States.",
    entities: ["Cobra", "Leopard 2", "F-16"],
    gives: [
      ["Norway", "supplies", "Javelin"],
      ["Spain", "supplies", "Latvia"],
      ["United States", "supplies", "AIM-120"],
    ],
    notGives: [
      ["Norway", "supplies", "Cobra"],
      ["Spain", "supplies", "Leopard 2"],
      ["United States", "supplies", "F-16"],
    ],
  },
  {
    label: "preparations for a deployment or a delivery are a plan, not a supply",
    text: "The visiting team reviewed preparations for the deployment of Rwandan troops to Mozambique. Officials in Vilnius completed preparations for the delivery of Swedish CV90 vehicles to Lithuania.",
    entities: ["Rwanda", "Mozambique", "Sweden", "Lithuania"],
    notGives: [
      ["Rwanda", "supplies", "Mozambique"],
      ["Sweden", "supplies", "Lithuania"],
    ],
    hedged: [["Rwanda", "supplies", "Mozambique", "planned"]],
  },
  {
    label: "a mission's name after a body's acronym is no person",
    text: "The head of the EU Training Mission in Mozambique, Brigadier General Nuno Lemos Pires, met the minister. Officials of the UN Assistance Mission in Iraq said the vote was fair.",
    entities: ["European Union", "United Nations"],
    noEntities: ["Training Mission", "Assistance Mission"],
  },
  {
    label: "present tense: supplies B with (a lede's verb read as a plural noun after a name)",
    text: "Norway supplies Estonia with patrol boats.",
    gives: [["Norway", "supplies", "Estonia"]],
  },
  {
    label: "present tense: ships X to B, orders X from A, hands over X to B",
    text: "Egypt ships rifles to Chad. Peru orders frigates from Spain. Kenya hands over two patrol boats to Somalia.",
    gives: [
      ["Egypt", "supplies", "Chad"],
      ["Spain", "supplies", "Peru"],
      ["Kenya", "supplies", "Somalia"],
    ],
  },
  {
    label: "verbs of giving 'present', 'grant', 'bestow': goods as the object, after a party, or with 'with'",
    text: "Sweden presented 40 rifles to the Latvian Army on Monday. The Japanese Navy presented to the Tonga Police Force a King Air aircraft on lease. Canada granted the Philippines ten patrol vessels. Britain presented the Kenya Defence Forces with 30 trucks. Turkey bestowed 12 armoured vehicles on the Somali National Army.",
    gives: [
      ["Sweden", "supplies", "Latvian Army"],
      ["Japanese Navy", "supplies", "Tonga Police Force"],
      ["Canada", "supplies", "Philippines"],
      ["United Kingdom", "supplies", "Kenya Defence Forces"],
      ["Turkey", "supplies", "Somali National Army"],
    ],
  },
  {
    label: "'present', 'grant' in the passive, a reduced relative, an amount of aid and a gerund of thanks",
    text: "Ten armoured vehicles were presented to the Zambia Army by India. The 20 trucks presented by Egypt to the Sudanese Army arrived in Port Sudan. The European Union granted Moldova 40 million euros in military assistance. The minister thanked the Government of Japan for granting non-refundable aid to the Mongolian Armed Forces.",
    gives: [
      ["India", "supplies", "Zambia Army"],
      ["Egypt", "supplies", "Sudanese Army"],
      ["European Union", "supplies", "Moldova"],
      ["Japan", "supplies", "Mongolian Armed Forces"],
    ],
  },
  {
    label: "'present', 'grant' with no goods as the object, or goods shown to no one, supply nothing",
    text: "The Defence Minister of Chile presented the defence budget to Parliament. Norway presented evidence of Russian drones to the UN Security Council. Saab presented its Gripen E jet at the exhibition in Bogota. Uganda granted Kenya permission to buy 20 Mi-17 helicopters from Russia. Djibouti granted access to its military bases to France.",
    entities: ["Chile", "Norway", "Saab", "Uganda", "Kenya", "Djibouti", "France"],
    notGives: [
      ["Chile", "supplies", "Parliament"],
      ["Norway", "supplies", "UN Security Council"],
      ["Saab", "supplies", "Gripen"],
      ["Uganda", "supplies", "Kenya"],
      ["Djibouti", "supplies", "France"],
    ],
  },
  {
    label: "present tense: praises and slams judge their object",
    text: "Austria praises Slovenia for its support. Cuba slams Chile over the vote.",
    gives: [
      ["Austria", "assesses", "Slovenia"],
      ["Cuba", "assesses", "Chile"],
    ],
  },
  {
    label: "a plural noun after a demonym stays a noun when a verb follows it (Russian ships patrol …)",
    text: "Russian ships patrol the waters off Syria, and Iranian supplies reach Yemen by sea.",
    notGives: [
      ["Russia", "supplies", "Syria"],
      ["Iran", "supplies", "Yemen"],
    ],
  },
  {
    label: "sent X to B",
    text: "The United States sent ATACMS missiles to Ukraine last month.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "ATACMS"],
    ],
  },
  {
    label: "delivered tanks to B",
    text: "Germany delivered Leopard 2 tanks to Ukraine in March.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "sold drones to B",
    text: "Turkey sold Bayraktar TB2 drones to Ukraine.",
    gives: [
      ["Turkey", "supplies", "Ukraine"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label: "providing an organization with rockets",
    text: "Iran is providing Hezbollah with rockets and anti-tank missiles.",
    gives: [
      ["Iran", "supplies", "Hezbollah"],
      ["Iran", "supplies", "anti-tank missile"],
    ],
  },
  {
    label: "supplied A with a list of weapons",
    text: "North Korea supplied Russia with KN-23 missiles, artillery shells and multiple rocket launchers.",
    gives: [
      ["North Korea", "supplies", "Russia"],
      ["North Korea", "supplies", "KN-23"],
      ["North Korea", "supplies", "multiple rocket launcher"],
    ],
  },
  {
    label: "coordinated suppliers",
    text: "France and Italy provided SAMP/T air defence systems to Ukraine.",
    gives: [
      ["France", "supplies", "Ukraine"],
      ["Italy", "supplies", "Ukraine"],
    ],
  },
  {
    label: "list of three suppliers",
    text: "The United States, Britain and Canada have provided Ukraine with Javelin missiles.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United Kingdom", "supplies", "Ukraine"],
      ["Canada", "supplies", "Ukraine"],
      ["Canada", "supplies", "Javelin"],
    ],
  },
  {
    label: "capital as recipient object",
    text: "Russia and Iran have deepened military ties, and Moscow has supplied Tehran with Su-35 fighter jets.",
    gives: [
      ["Russia", "supplies", "Iran"],
      ["Russia", "supplies", "Su-35"],
    ],
  },
  {
    label: "deployed troops to an ally",
    text: "North Korea deployed thousands of soldiers to Russia last autumn.",
    gives: [["North Korea", "supplies", "Russia"]],
  },
  {
    label: "dispatched advisers",
    text: "Russia dispatched military instructors to Mali.",
    gives: [["Russia", "supplies", "Mali"]],
  },
  {
    label: "troops sent to fight in a country are not a supply to it",
    text: "Pyongyang has dispatched troops to take part in the fighting in Ukraine.",
    notGives: [["North Korea", "supplies", "Ukraine"]],
  },
  {
    label: "nominal aid with a country modifier",
    text: "US military aid to Ukraine has slowed this year.",
    gives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label: "possessive shipments of drones",
    text: "Iran's shipments of Shahed drones to Russia continued through the winter.",
    gives: [
      ["Iran", "supplies", "Russia"],
      ["Iran", "supplies", "Shahed"],
    ],
  },
  {
    label: "received from",
    text: "Russia received artillery shells from North Korea.",
    gives: [["North Korea", "supplies", "Russia"]],
  },
  {
    label: "received from, with a UN source after",
    text: "The Houthis have received drones and missiles from Iran, the UN said.",
    gives: [
      ["Iran", "supplies", "Houthis"],
      ["United Nations", "assesses", "Houthis"],
    ],
  },
  {
    label: "weapon supplied by a relative clause subject",
    text: "The military supplies that Iran has sent to Russia include Fath-360 missiles.",
    gives: [
      ["Iran", "supplies", "Russia"],
      ["Iran", "supplies", "Fath-360"],
    ],
  },
  {
    label: "the object of a relative clause before an aside is not the subject of the main verb",
    text: "Governments that condemned Belarus, like Finland, sent helmets to Moldova.",
    entities: ["Belarus", "Moldova"],
    notGives: [["Belarus", "supplies", "Moldova"]],
  },
  {
    label: "the object of a control verb before an aside is the subject of its infinitive",
    text: "The crisis prompted Pedro Alves, adviser to the President of Brazil, to call on the Argentine Ambassador, Lucia Ferrer.",
    gives: [["Pedro Alves", "meets", "Lucia Ferrer"]],
  },
  {
    label: "a supply told as the content of condemned reports is only alleged",
    text: "Kenya condemned reports that Eritrea had bought artillery from Iran.",
    entities: ["Eritrea", "Iran"],
    notGives: [["Iran", "supplies", "Eritrea"]],
    hedged: [["Iran", "supplies", "Eritrea", "possible"]],
  },
  {
    label: "a supply told amid allegations is only alleged",
    text: "Amid allegations that Serbia shipped mortars to Sudan, the envoy left Belgrade.",
    entities: ["Serbia", "Sudan"],
    notGives: [["Serbia", "supplies", "Sudan"]],
  },
  {
    label: "a supply in confirmed reports, or found in a report, is asserted",
    text: "The ministry confirmed reports that Peru received helicopters from Russia. Investigators said in a report that Belarus had shipped rifles to Libya.",
    gives: [
      ["Russia", "supplies", "Peru"],
      ["Belarus", "supplies", "Libya"],
    ],
  },
  {
    label: "a blocked or vetoed transfer is no supply",
    text: "Slovakia blocked an EU aid package for Moldova. Parliament vetoed the transfer of Gepard guns to Ukraine by Germany.",
    entities: ["European Union", "Moldova", "Germany", "Ukraine"],
    notGives: [
      ["European Union", "supplies", "Moldova"],
      ["Germany", "supplies", "Ukraine"],
    ],
  },
  {
    label: "a country that needs to receive weapons has not received them",
    text: "Mali needs to receive more armoured vehicles from China, the minister said.",
    entities: ["Mali", "China"],
    notGives: [["China", "supplies", "Mali"]],
  },
  {
    label: "sent a country the goods: the first of two objects is the recipient",
    text: "Denmark sent Estonia anti-tank missiles, while Finland delivered Latvia 40 howitzers.",
    gives: [
      ["Denmark", "supplies", "Estonia"],
      ["Finland", "supplies", "Latvia"],
    ],
  },
  {
    label: "delivered a country a blow: no goods, no supply",
    text: "Ukraine delivered Russia a heavy blow near Kharkiv.",
    entities: ["Ukraine", "Russia"],
    notGives: [["Ukraine", "supplies", "Russia"]],
  },
  // ---- supplies: wire copy as written, hard-wrapped at some 60-90 columns (stage 0's view)
  {
    label:
      "a wire story hard-wrapped mid-sentence, with Windows line ends: the sentences run across the breaks, a name split by one stays whole",
    text: "WASHINGTON, June 4 (Reuters) - The U.S. State Department has\r\napproved the possible sale to Denmark of four MH-60R Seahawk\r\nhelicopters and related equipment worth an estimated $975\r\nmillion, a Pentagon agency said on Tuesday. Other firms\r\ninvolved include Thales SA, Leonardo SpA,\r\nGeneral Dynamics Corp and Rolls-Royce PLC, it said.",
    entities: ["General Dynamics", "Leonardo"],
    gives: [
      ["United States", "supplies", "Denmark"],
      ["United States", "supplies", "MH-60R Seahawk"],
    ],
  },
  {
    label: "a recipient's name wrapped across two lines of a wire story is one name, not a body 'Guard'",
    text: "TOKYO, March 3 (Kyodo) - Japan has donated two 30-meter patrol boats to the Philippine Coast\nGuard under a grant aid agreement signed in Manila, the Japanese Foreign Ministry said on\nFriday. The vessels were built by Mitsubishi Heavy Industries and will be delivered in June.",
    noEntities: ["Guard"],
    gives: [["Japan", "supplies", "Philippine Coast Guard"]],
  },
  {
    label: "a page that doubles its spaces: the names and the title read as if single-spaced",
    text: "Commander of the Royal Fiji Military  Forces, Rear Admiral Viliame  Naupoto, thanked  Australia  for  the  patrol  boat.",
    typed: [["Viliame Naupoto", "Person"]],
    gives: [
      ["Viliame Naupoto", "affiliated_with", "Royal Fiji Military Forces"],
      ["Viliame Naupoto", "assesses", "Australia"],
    ],
  },
  // ---- supplies: passive voice
  {
    label: "passive with by and to",
    text: "The missiles were supplied by Iran to Russia.",
    gives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "a service provided by equipment (an agent that is a weapon) hands no goods over",
    text: "The two Qatari jets flew on with a refuelling escort provided by two Spanish air force KC-135 tankers.",
    entities: ["Spain", "KC-135"],
    notGives: [["Spain", "supplies", "KC-135"]],
  },
  {
    label:
      "a demonym before the equipment of a passive's agent names no supplier: 'fire support provided by Polish Krab howitzers'",
    text: "The convoy moved north with fire support provided by Polish Krab howitzers.",
    entities: ["Poland", "Krab"],
    notGives: [["Poland", "supplies", "Krab"]],
  },
  {
    label: "goods delivered by an aircraft: the carrier's country is no supplier",
    text: "The armoured vehicles were delivered to Haiti by a Canadian C-17 aircraft.",
    entities: ["Canada", "Haiti", "C-17"],
    notGives: [
      ["Canada", "supplies", "Haiti"],
      ["Canada", "supplies", "C-17"],
    ],
  },
  {
    label: "weapons provided by a country keep their supplier beside a service by equipment",
    text: "Ukraine used HIMARS launchers provided by the United States.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "passive with a weapon subject",
    text: "Hundreds of attack drones were shipped by Iran to Russia via the Caspian Sea.",
    gives: [
      ["Iran", "supplies", "Russia"],
      ["Iran", "supplies", "attack drone"],
    ],
  },
  {
    label: "passive with a recipient subject",
    text: "Ukraine was given long-range ATACMS missiles by the United States.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "ATACMS"],
    ],
  },
  {
    label: "passive into a capital",
    text: "Several Patriot batteries have been delivered to Kyiv by Germany.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Patriot"],
    ],
  },
  {
    label: "passive deploy of fighters",
    text: "Wagner Group fighters were deployed to Mali by Russia.",
    gives: [["Russia", "supplies", "Mali"]],
  },
  {
    label: "passive with no agent: the service the goods left names their former owner",
    text: "The two corvettes were formally handed over to the Ghanaian government after they were retired from German Navy service.",
    gives: [["Germany", "supplies", "Ghana"]],
  },
  {
    label: "passive with no agent: a former owner's demonym before the goods",
    text: "The former Italian Navy minehunter was donated to Tunisia last year.",
    gives: [["Italy", "supplies", "Tunisia"]],
  },
  {
    label: "passive with no agent: a former owner after ex- names the supplier of the class",
    text: "They are the first Sandown-class ships to be handed over to Estonia after class lead ship ex-HMS Sandown, a gift from the United Kingdom.",
    gives: [["United Kingdom", "supplies", "Estonia"]],
  },
  {
    label: "passive with no agent: a transfer within the owner's country names no supplier",
    text: "The patrol boat was transferred to the Indonesian Navy after it was retired from Indonesian Coast Guard service.",
    entities: ["Indonesia", "Indonesian Navy"],
    notGives: [["Indonesia", "supplies", "Indonesian Navy"]],
  },
  {
    label: "passive with no agent: a former person's country is no former owner",
    text: "Howitzers were handed over to Moldova last week, former Romanian President Ion Iliescu said.",
    entities: ["Romania", "Moldova"],
    notGives: [["Romania", "supplies", "Moldova"]],
  },
  {
    label: "goods arrive from a country to another: the first supplies the second and the goods",
    text: "More than 30 Czech Dana howitzers have arrived from the Czech Republic to Armenia on Tuesday.",
    gives: [
      ["Czech Republic", "supplies", "Armenia"],
      ["Czech Republic", "supplies", "Dana"],
    ],
  },
  {
    label: "goods from a country, set off by an aside, arrive in a capital: its country receives",
    text: "The second batch of ammunition from Norway, paid for by a European fund, arrived in Vilnius on Friday.",
    gives: [["Norway", "supplies", "Lithuania"]],
  },
  {
    label: "an arrival for exercises is a visit, not a supply",
    text: "Four Chinese H-6K bombers arrived in Pakistan from China for joint exercises.",
    entities: ["China", "Pakistan"],
    notGives: [["China", "supplies", "Pakistan"]],
  },
  {
    label: "goods of one country arriving from another are its forces moving",
    text: "British Typhoon jets arrived in Romania from Cyprus, where they are based.",
    entities: ["Cyprus", "Romania"],
    notGives: [["Cyprus", "supplies", "Romania"]],
  },
  {
    label: "a shipment that arrived, seized by customs, was supplied by no one",
    text: "Police in Nigeria seized a shipment of rifles that arrived from Belgium on Monday.",
    entities: ["Belgium", "Nigeria"],
    notGives: [["Belgium", "supplies", "Nigeria"]],
  },
  {
    label: "passive with no agent: a country hyphened to a participle made the goods, it did not own them",
    text: "The former French-built patrol vessels were handed over to Senegal in 2016.",
    entities: ["France", "Senegal"],
    notGives: [["France", "supplies", "Senegal"]],
  },
  {
    label: "passive with no agent: the demonym of the goods names the country that sends them",
    text: "Two Turkish Bayraktar TB2 drones were delivered to Kyrgyzstan on Monday.",
    gives: [["Turkey", "supplies", "Kyrgyzstan"]],
  },
  {
    label: "passive with an agent: the demonym of the goods is not the supplier",
    text: "Russian T-72 tanks were donated to the Malian army by Belarus.",
    gives: [["Belarus", "supplies", "Malian army"]],
    entities: ["Russia"],
    notGives: [["Russia", "supplies", "Malian army"]],
  },
  {
    label: "passive of sending with no agent: a country's own jets moved to an ally are no supply",
    text: "British Typhoon jets were sent to Romania for air policing.",
    entities: ["United Kingdom", "Romania"],
    notGives: [["United Kingdom", "supplies", "Romania"]],
  },
  {
    label: "passive with a from-phrase: the demonym of the goods is not the supplier",
    text: "American F-16 jets were transferred to Bulgaria from the Netherlands last year.",
    entities: ["United States", "Bulgaria"],
    notGives: [["United States", "supplies", "Bulgaria"]],
  },
  {
    label: "passive of captured goods: the country they were taken from supplies nothing",
    text: "Captured Russian T-72 tanks were handed over to Georgia on Friday.",
    entities: ["Russia", "Georgia"],
    notGives: [["Russia", "supplies", "Georgia"]],
  },
  {
    label: "passive of goods seized at sea: the country of their demonym supplies nothing",
    text: "Iranian Shahed-136 drones seized at sea were handed over to Moldova.",
    entities: ["Iran", "Moldova"],
    notGives: [["Iran", "supplies", "Moldova"]],
  },
  // ---- supplies: negation, denial and modality
  {
    label: "negated supply",
    text: "China has not supplied weapons to Russia, Beijing said.",
    hedged: [["China", "supplies", "Russia", "negated"]],
    notGives: [["China", "supplies", "Russia"]],
  },
  {
    label: "denied receiving",
    text: "Moscow denied receiving shells from Pyongyang.",
    hedged: [["North Korea", "supplies", "Russia", "denied"]],
    notGives: [["North Korea", "supplies", "Russia"]],
  },
  {
    label: "denied sending",
    text: "Tehran has denied sending ballistic missiles to Russia.",
    hedged: [["Iran", "supplies", "Russia", "denied"]],
    notGives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "denied that",
    text: "The Kremlin denied that North Korea had sent troops to Russia.",
    hedged: [["North Korea", "supplies", "Russia", "denied"]],
    notGives: [["North Korea", "supplies", "Russia"]],
  },
  {
    label: "no evidence that",
    text: "There is no evidence that China has sent lethal weapons to Russia.",
    notGives: [["China", "supplies", "Russia"]],
  },
  {
    label: "may send",
    text: "Washington may send more Patriot systems to Kyiv.",
    hedged: [["United States", "supplies", "Ukraine", "possible"]],
    notGives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label: "plans to deliver",
    text: "Britain plans to deliver Storm Shadow missiles to Ukraine.",
    hedged: [["United Kingdom", "supplies", "Ukraine", "planned"]],
    notGives: [["United Kingdom", "supplies", "Ukraine"]],
  },
  {
    label: "refused to provide",
    text: "South Korea has refused to provide lethal weapons to Ukraine.",
    notGives: [["South Korea", "supplies", "Ukraine"]],
  },
  {
    label: "never received",
    text: "Ukraine never received the promised fighter jets from Norway.",
    hedged: [["Norway", "supplies", "Ukraine", "negated"]],
    notGives: [["Norway", "supplies", "Ukraine"]],
  },
  {
    label: "could export",
    text: "China could export attack drones to Russia.",
    hedged: [["China", "supplies", "Russia", "possible"]],
    notGives: [["China", "supplies", "Russia"]],
  },
  {
    label: "is expected to receive",
    text: "Belarus is expected to receive Iskander missiles from Russia.",
    hedged: [["Russia", "supplies", "Belarus", "planned"]],
    notGives: [["Russia", "supplies", "Belarus"]],
  },
  {
    label: "considering sending",
    text: "Seoul is considering sending artillery shells to Kyiv.",
    notGives: [["South Korea", "supplies", "Ukraine"]],
  },
  {
    label: "suspected of supplying",
    text: "North Korea is suspected of supplying weapons to Russia.",
    notGives: [["North Korea", "supplies", "Russia"]],
  },
  {
    label: "a possible sale is not a supply",
    text: "The White House said it could approve the sale of Tomahawk missiles to Ukraine.",
    notGives: [["White House", "supplies", "Ukraine"]],
  },
  {
    label: "firing missiles at a city is not a supply",
    text: "Russia fired Kh-101 cruise missiles at Ukraine.",
    notGives: [["Russia", "supplies", "Ukraine"]],
    entities: ["Kh-101"],
  },
  // ---- supplies: a list of goods, each with its own supplier; a purchase noun's buyer in the sentence before
  {
    label:
      "a list of goods bought, each followed by its own supplier: each weapon from its own supplier only",
    text: "Egypt bought Su-35 jets from Russia and Mirage aircraft from France.",
    gives: [
      ["Russia", "supplies", "Egypt"],
      ["France", "supplies", "Egypt"],
      ["Russia", "supplies", "Su-35"],
      ["France", "supplies", "Mirage"],
    ],
    notGives: [
      ["France", "supplies", "Su-35"],
      ["Russia", "supplies", "Mirage"],
    ],
  },
  {
    label:
      "a purchase list after the buyer's spending: each item from its own supplier, a deal noun's with-party included, and the spender buys",
    text: "Since the crisis started, Algeria has spent some $20bn on military hardware. Among the purchases are Su-35 jets from Russia, a J-10 fighter deal with China and another for Mirage aircraft from France.",
    gives: [
      ["Russia", "supplies", "Algeria"],
      ["China", "supplies", "Algeria"],
      ["France", "supplies", "Algeria"],
      ["Russia", "supplies", "Su-35"],
      ["China", "supplies", "J-10"],
      ["France", "supplies", "Mirage"],
    ],
    notGives: [
      ["Russia", "supplies", "Mirage"],
      ["France", "supplies", "Su-35"],
      ["France", "supplies", "J-10"],
    ],
  },
  {
    label:
      "'The purchases include' after a sentence of buying arms: the buyer of the sentence before receives",
    text: "Morocco bought more arms last year than ever before. The acquisitions include Apache helicopters from the United States and Bayraktar TB2 drones from Turkey.",
    gives: [
      ["United States", "supplies", "Morocco"],
      ["Turkey", "supplies", "Morocco"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
    notGives: [["Turkey", "supplies", "Apache"]],
  },
  {
    label: "a purchase noun after a hedged spending: the spender is not taken for the buyer",
    text: "Analysts said Peru may spend $5bn on new arms. Among the purchases are Rafale jets from France.",
    entities: ["Peru", "France"],
    notGives: [["France", "supplies", "Peru"]],
  },
  {
    label: "a purchase noun after spending on no arms: the spender is not taken for the buyer",
    text: "Peru has spent $2bn on new roads. Among the purchases are Rafale jets from France.",
    entities: ["Peru", "France"],
    notGives: [["France", "supplies", "Peru"]],
  },
  {
    label:
      "'took delivery of' goods from two suppliers, each after its own goods: each weapon from its own supplier only",
    text: "Ukraine took delivery of Leopard tanks from Germany and Challenger tanks from Britain.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["United Kingdom", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
      ["United Kingdom", "supplies", "Challenger"],
    ],
    notGives: [
      ["Germany", "supplies", "Challenger"],
      ["United Kingdom", "supplies", "Leopard 2"],
    ],
  },
  {
    label:
      "deliveries and shipments listing goods each with its own from-phrase: no crossing; one from-phrase of two suppliers keeps both",
    text: "Deliveries of Su-35 jets from Russia and of Rafale jets from France reached Egypt last year. Shipments of Bayraktar drones from Turkey and Wing Loong drones from China reached Niger in May. The delivery of T-72 tanks from Belarus and Serbia was completed.",
    gives: [
      ["Russia", "supplies", "Su-35"],
      ["France", "supplies", "Rafale"],
      ["Turkey", "supplies", "Bayraktar TB2"],
      ["China", "supplies", "Wing Loong"],
      ["Belarus", "supplies", "T-72"],
      ["Serbia", "supplies", "T-72"],
    ],
    notGives: [
      ["Russia", "supplies", "Rafale"],
      ["France", "supplies", "Su-35"],
      ["Turkey", "supplies", "Wing Loong"],
      ["China", "supplies", "Bayraktar TB2"],
    ],
  },
  // ---- supplies: a deal's contents, told in a sentence after the deal
  {
    label:
      "deal frame: vessels of a gift told before, named by a naming verb with a list, are the gift's goods, past a relative clause set off in the subject",
    text: "South Korea donated three patrol vessels to the Samoan Navy. The ceremony was held in Apia on Friday. The three patrol vessels, which are now part of the Samoan Navy, were named Kaimiti, Lalohan and Matebian.",
    typed: [
      ["Kaimiti", "WeaponSystem"],
      ["Lalohan", "WeaponSystem"],
      ["Matebian", "WeaponSystem"],
    ],
    gives: [
      ["South Korea", "supplies", "Samoan Navy"],
      ["South Korea", "supplies", "Kaimiti"],
      ["South Korea", "supplies", "Lalohan"],
      ["South Korea", "supplies", "Matebian"],
    ],
  },
  {
    label: "deal frame: 'were baptized with the names A and B' names the vessels of the delivery told before",
    text: "Italy delivered two patrol boats to Tunisia on Friday. The boats were baptized with the names Kerkennah and Djerba.",
    typed: [
      ["Kerkennah", "WeaponSystem"],
      ["Djerba", "WeaponSystem"],
    ],
    gives: [
      ["Italy", "supplies", "Kerkennah"],
      ["Italy", "supplies", "Djerba"],
    ],
  },
  {
    label: "deal frame: the buyer's old vessels renamed after a delivery are not the delivery's goods",
    text: "Italy delivered three patrol vessels to Tunisia on Friday. The old vessels of the Tunisian Navy were renamed Bizerte and Sfax.",
    entities: ["Italy", "Bizerte"],
    notGives: [
      ["Italy", "supplies", "Bizerte"],
      ["Italy", "supplies", "Sfax"],
    ],
  },
  {
    label: "deal frame: a later subject that refers back to the deal's kind of goods names its model",
    text: "Ghana received two patrol boats from Canada on Friday. The boats, two Defender-class vessels, were handed over at the naval base in Sekondi.",
    gives: [
      ["Canada", "supplies", "Ghana"],
      ["Canada", "supplies", "Defender-class"],
    ],
  },
  {
    label: "deal frame: the models before the deal's goods noun, a sentence on, in the future of delivery",
    text: "Ecuador has bought eight helicopters from Russia. The Ka-226 helicopters will be delivered in March.",
    gives: [
      ["Russia", "supplies", "Ecuador"],
      ["Russia", "supplies", "Ka-226"],
    ],
  },
  {
    label: "deal frame: the deal's status holds unless the later sentence negates (no asserted supply)",
    text: "Uruguay has bought eight helicopters from Russia. The Ka-226 helicopters will not be delivered before 2027.",
    entities: ["Russia", "Ka-226"],
    notGives: [["Russia", "supplies", "Ka-226"]],
  },
  {
    label: "deal frame: a deal that names its model is complete; other planes a sentence on are other goods",
    text: "India delivered two Dornier 228 planes to Guyana. The two Boeing C-17 Globemaster planes landed in Georgetown.",
    entities: ["India", "Boeing C-17 Globemaster"],
    gives: [["India", "supplies", "Dornier 228"]],
    notGives: [["India", "supplies", "Boeing C-17 Globemaster"]],
  },
  {
    label: "deal frame: a subject naming another actor or old goods is not the deal's goods",
    text: "The United States delivered four helicopters to Nigeria. The Russian Mi-35 helicopters of the air force were retired last year. Brazil delivered two patrol boats to Angola on Monday. The old Kondor-class boats will be retired.",
    entities: ["United States", "Mi-35", "Brazil", "Kondor-class"],
    notGives: [
      ["United States", "supplies", "Mi-35"],
      ["Brazil", "supplies", "Kondor-class"],
    ],
  },
  {
    label:
      "deal frame: a transfer told without its supplier takes the agent of a later passive that refers back",
    text: "The Zambian Army received 20 armoured vehicles on Monday. The vehicles were donated by the Chinese government.",
    gives: [
      ["China", "supplies", "Zambian Army"],
      ["China", "supplies", "Zambia"],
    ],
  },
  {
    label: "deal frame: the supplies of an open transfer provided by a description of a country",
    text: "The Malian Army received new military equipment on Tuesday. The supplies have been provided by the friendly country of Turkey.",
    gives: [
      ["Turkey", "supplies", "Malian Army"],
      ["Turkey", "supplies", "Mali"],
    ],
  },
  {
    label: "deal frame: an agent of another act, or of a subject that is not the goods, supplies nothing",
    text: "The Kenyan Army received 20 armoured vehicles on Monday. The security forces were trained by the British Army. Ghana received two patrol boats on Friday. The ceremony was hosted by Canada. Peru received four patrol boats in May. The boats were built by Damen Shipyards. Chad received ten trucks on Monday. The trucks were not donated by France.",
    entities: ["Kenyan Army", "British Army", "Ghana", "Canada", "Peru", "Damen Shipyards", "Chad", "France"],
    notGives: [
      ["British Army", "supplies", "Kenyan Army"],
      ["United Kingdom", "supplies", "Kenya"],
      ["Canada", "supplies", "Ghana"],
      ["Damen Shipyards", "supplies", "Peru"],
      ["France", "supplies", "Chad"],
    ],
  },
  {
    label: "discourse: a planned purchase completed by a deal noun a sentence on ('The contract was signed')",
    text: "Kazakhstan plans to buy 12 Su-30 jets from Russia. The contract was signed in Astana on Tuesday.",
    gives: [
      ["Russia", "supplies", "Kazakhstan"],
      ["Russia", "supplies", "Su-30"],
    ],
  },
  {
    label: "discourse: a planned sale completed by 'The deal was finalised', the headline's plan by the body",
    text: "Portugal to buy patrol vessels from Spain\n\nPortugal will buy six patrol vessels from Spain. The deal was finalised on Monday.",
    gives: [["Spain", "supplies", "Portugal"]],
  },
  {
    label:
      "discourse: a planned delivery made good by a portion of its goods ('The first two were handed over')",
    text: "Sweden will deliver four patrol boats to Latvia. The first two were handed over in May.",
    gives: [["Sweden", "supplies", "Latvia"]],
  },
  {
    label: "discourse: 'These deliveries were made' after a promise to deliver",
    text: "Belarus has promised to deliver 3,000 rifles to Mali. These deliveries were made in June.",
    gives: [["Belarus", "supplies", "Mali"]],
  },
  {
    label:
      "discourse: goods given with no recipient take the one named a sentence on by 'they' ('delivered to X')",
    text: "Japan donated six patrol boats last year. They were delivered to the Togolese Navy in March.",
    gives: [["Japan", "supplies", "Togolese Navy"]],
  },
  {
    label: "discourse: goods given with no recipient take the one a definite description hands over to",
    text: "The Netherlands donated 40 armoured vehicles. The vehicles were handed over to the Moldovan Army on Friday.",
    gives: [["Netherlands", "supplies", "Moldovan Army"]],
  },
  {
    label: "discourse: a purchase told in the future after the deal was signed by both parties is committed",
    text: "Norway and Brazil signed a deal on Monday for Oslo to buy four Brazilian warships. Officials said Norway would buy the four frigates from Brazil by 2029.",
    gives: [["Brazil", "supplies", "Norway"]],
  },
  {
    label:
      "discourse: a future supply after a signed deal of other goods or other parties, or a deal only expected, stays a plan",
    text: "Vietnam and Japan signed a reciprocal access agreement in May. Japan would supply coastal radars to Vietnam. Poland signed a deal for K2 tanks with South Korea. Romania will buy tanks from Germany next year. Chile and Spain are expected to sign a deal for two frigates. Spain will deliver the frigates to Chile in 2027.",
    entities: ["Japan", "Vietnam", "Germany", "Romania", "Spain", "Chile"],
    notGives: [
      ["Japan", "supplies", "Vietnam"],
      ["Germany", "supplies", "Romania"],
      ["Spain", "supplies", "Chile"],
    ],
  },
  {
    label: "discourse: a deal still expected, or not signed, stays a plan",
    text: "Chile plans to buy six Hermes drones from Israel. The deal is expected to be signed next year. Morocco intends to buy 20 Caesar howitzers from France. The contract has not been signed.",
    entities: ["Israel", "Chile", "France", "Morocco"],
    notGives: [
      ["Israel", "supplies", "Chile"],
      ["France", "supplies", "Morocco"],
    ],
  },
  {
    label: "discourse: a denied supply is not made good by the goods handed over a sentence on",
    text: "Belarus denied supplying drones to Russia. The drones were handed over to the Russian Army last year.",
    entities: ["Belarus", "Russian Army"],
    notGives: [
      ["Belarus", "supplies", "Russian Army"],
      ["Belarus", "supplies", "Russia"],
    ],
  },
  {
    label: "discourse: a weapon of another kind in the subject is other goods, no recipient is carried",
    text: "Turkey sold six Bayraktar TB2 drones last year. The aircraft were delivered to the Chadian Army on Friday. Israel donated four patrol boats last year. The Mi-17 helicopters were handed over to the Kenyan Air Force.",
    entities: ["Turkey", "Chadian Army", "Israel", "Kenyan Air Force"],
    notGives: [
      ["Turkey", "supplies", "Chadian Army"],
      ["Israel", "supplies", "Kenyan Air Force"],
    ],
  },
  {
    label: "discourse: two deals before 'The jets were handed over': no one antecedent, nothing carried",
    text: "Spain plans to sell F-18 jets to Peru. Italy plans to sell M-346 jets to Chile. The jets were handed over on Monday.",
    entities: ["Spain", "Peru", "Italy", "Chile"],
    notGives: [
      ["Spain", "supplies", "Peru"],
      ["Italy", "supplies", "Chile"],
    ],
  },
  {
    label:
      "deal frame: 'they' before a passive of buying refers back to the goods of a transfer with no supplier",
    text: "Two C-295 aircraft were delivered to the Namibian Air Force on Friday. They were purchased from Spain.",
    gives: [
      ["Spain", "supplies", "Namibian Air Force"],
      ["Spain", "supplies", "C-295"],
    ],
  },
  {
    label:
      "deal frame: 'planes' is the plural of 'plane', not a form of 'plan': the planes of an open transfer take a seller",
    text: "Four transport planes were delivered to the Gabonese Air Force on Friday. They were purchased from Spain. Two C-295 planes were delivered to the Namibian Air Force in May. The planes were purchased from Airbus.",
    gives: [
      ["Spain", "supplies", "Gabonese Air Force"],
      ["Airbus", "supplies", "Namibian Air Force"],
      ["Airbus", "supplies", "C-295"],
    ],
  },
  {
    label: "deal frame: 'The assets', 'The items' refer back to the goods of an acquisition with no supplier",
    text: "The Zambian Army announced the acquisition of new radar equipment. The assets have been supplied by Israel. The Peruvian Navy received eight patrol boats and spare parts. The items were donated by South Korea.",
    gives: [
      ["Israel", "supplies", "Zambian Army"],
      ["South Korea", "supplies", "Peruvian Navy"],
    ],
  },
  {
    label: "deal frame: 'they' or 'the assets' before another act name no supplier",
    text: "Chilean soldiers received new rifles last month. They were trained by the British Army in May. The Kenyan Army received new trucks on Monday. The assets were inspected by the Japanese Navy.",
    entities: ["British Army", "Kenyan Army", "Japanese Navy"],
    notGives: [
      ["British Army", "supplies", "Chile"],
      ["Japanese Navy", "supplies", "Kenyan Army"],
    ],
  },
  {
    label: "deal frame: goods purchased in the passive from a seller, the buyer told in the sentence before",
    text: "The Paraguayan Air Force bought six planes two years ago. The A-29 planes were purchased from Embraer and delivered in March.",
    gives: [
      ["Embraer", "supplies", "Paraguayan Air Force"],
      ["Embraer", "supplies", "A-29"],
    ],
  },
  {
    label:
      "deal frame: an adverb after 'were' does not stop the reading of the seller ('were also purchased from')",
    text: "Kenya ordered six helicopters last year. The helicopters were also purchased from Airbus.",
    gives: [["Airbus", "supplies", "Kenya"]],
  },
  {
    label: "deal frame: the buyer in a relative clause on the goods, the seller a body a demonym describes",
    text: "President Samia Suluhu on Monday accepted four jets that the Tanzania Air Force bought in 2020. The K-8 jets were purchased from Chinese manufacturer Hongdu Aviation and delivered in June.",
    gives: [
      ["Hongdu Aviation", "supplies", "Tanzania Air Force"],
      ["Hongdu Aviation", "supplies", "K-8"],
    ],
  },
  {
    label: "deal frame: a navy that took delivery of ships, their builder and supplier named next",
    text: "The Peruvian Navy took delivery of two corvettes on Monday. The ships were built and supplied by Hyundai Heavy Industries.",
    gives: [["Hyundai Heavy Industries", "supplies", "Peruvian Navy"]],
  },
  {
    label: "deal frame: the seller a body its country's possessive describes ('from Italy's Leonardo')",
    text: "The Kenya Air Force bought three transport planes. The C-27J planes were purchased from Italy's Leonardo.",
    gives: [
      ["Leonardo", "supplies", "Kenya Air Force"],
      ["Leonardo", "supplies", "C-27J"],
    ],
    notGives: [["Italy", "supplies", "Kenya Air Force"]],
  },
  {
    label: "deal frame: the country that donated goods a person handed over, in the passive or as a gift",
    text: "Ambassador Anne Hall handed over ten trucks to the Rwanda Defence Force on Friday. The trucks were donated by Canada. Defence Minister Andrew Little handed over two patrol boats to Tonga Prime Minister Siaosi Sovaleni. The boats are a gift from New Zealand.",
    gives: [
      ["Canada", "supplies", "Rwanda Defence Force"],
      ["New Zealand", "supplies", "Tonga"],
    ],
  },
  {
    label: "deal frame: the giver in a gift apposition to goods referring back to a handover or a receipt",
    text: "Ambassador Erik Lind delivered 300 rifles to the Estonian Defence Forces. The rifles, a donation from Sweden, will equip two battalions. The Moldovan Army received 40 new trucks on Monday. The trucks, a gift from the Romanian government, will carry supplies.",
    gives: [
      ["Sweden", "supplies", "Estonian Defence Forces"],
      ["Romania", "supplies", "Moldovan Army"],
    ],
  },
  {
    label: "deal frame: a gift apposition naming two givers names none",
    text: "Ambassador Erik Lind delivered 300 rifles to the Estonian Defence Forces. The rifles, a donation from Sweden and Finland, will equip two battalions.",
    entities: ["Sweden", "Finland", "Estonian Defence Forces"],
    notGives: [
      ["Sweden", "supplies", "Estonian Defence Forces"],
      ["Finland", "supplies", "Estonian Defence Forces"],
    ],
  },
  {
    label:
      "deal frame: a later quote's 'It is a gift from X' names the state behind the one handover by a person",
    text: "Foreign Minister Penny Wong handed over the Bay-class patrol boat to the Tuvalu Prime Minister Feleti Teo. The ceremony was held in Funafuti. Mr Teo thanked the crew. “It is a gift from Australia to our Pacific family,” she said.",
    gives: [
      ["Australia", "supplies", "Tuvalu"],
      ["Australia", "supplies", "Bay-class"],
    ],
  },
  {
    label:
      "deal frame: a seller of goods two buyers ordered, a planned purchase, a seller of a donor's goods and a gift after two handovers stay unread",
    text: "Ghana bought four planes last year. Togo also ordered jets. The K-8 jets were purchased from China. Gabon plans to buy four helicopters next year. The helicopters would be purchased from Airbus. Ambassador Anne Hall handed over ten trucks to the Rwanda Defence Force on Friday. The trucks were purchased from Ashok Leyland. Ambassador Tom Reed handed over two boats to the Uganda People's Defence Force. “It is a gift from Canada,” she said.",
    entities: [
      "Ghana",
      "Togo",
      "China",
      "Gabon",
      "Airbus",
      "Rwanda Defence Force",
      "Ashok Leyland",
      "Uganda People's Defence Force",
      "Canada",
    ],
    notGives: [
      ["China", "supplies", "Ghana"],
      ["China", "supplies", "Togo"],
      ["Airbus", "supplies", "Gabon"],
      ["Ashok Leyland", "supplies", "Rwanda Defence Force"],
      ["Canada", "supplies", "Rwanda Defence Force"],
      ["Canada", "supplies", "Uganda People's Defence Force"],
    ],
  },
  {
    label: "deal frame: the deal's goods delivered later to a body of the buyer, the seller the deal's",
    text: "Croatia signed a contract with France for 12 Rafale jets in 2021. The first six jets were handed over to the Croatian Air Force last week.",
    gives: [["France", "supplies", "Croatian Air Force"]],
  },
  {
    label: "deal frame: the deal's goods delivered to another country's body take no seller from the deal",
    text: "Slovakia signed a deal with Sweden for 152 CV90 vehicles. The first vehicles were delivered to the Czech Army in May.",
    entities: ["Sweden", "Czech Army"],
    notGives: [["Sweden", "supplies", "Czech Army"]],
  },
  {
    label: "deal frame: older goods and a negated delivery to the buyer's body take no seller from the deal",
    text: "Slovakia bought ten Leopard 2 tanks from Germany. The old T-72 tanks were handed over to the Slovak Army in 1995. The first tanks were not delivered to the Slovak Army in May.",
    entities: ["Germany", "Slovak Army"],
    notGives: [["Germany", "supplies", "Slovak Army"]],
  },
  {
    label: "deal frame: a word of the same kind of goods refers back ('The vessels' after 'patrol boats')",
    text: "The Gabonese Navy has taken delivery of two patrol boats from Spain. The vessels, named GNS Nyanga and GNS Ogooue, were commissioned in Libreville.",
    gives: [
      ["Spain", "supplies", "Gabonese Navy"],
      ["Spain", "supplies", "GNS Nyanga"],
      ["Spain", "supplies", "GNS Ogooue"],
    ],
  },
  {
    label:
      "deal frame: a later sentence that says nothing of delivery or the deal does not make its models the deal's goods",
    text: "The United States approved the sale of fighter jets to Denmark on Friday. The F-35 jets are far more expensive than the F-16. Spain sold six patrol boats to Senegal. The Meteoro-class boats remain in service with the Spanish Navy.",
    entities: ["United States", "F-35", "Spain", "Meteoro-class"],
    notGives: [
      ["United States", "supplies", "F-35"],
      ["Spain", "supplies", "Meteoro-class"],
    ],
  },
  {
    label: "deal frame: a deal told more than two sentences before is not referred back to",
    text: "Chile bought six frigates from Britain. The ships were old. The navy has four others. The Type 23 frigates arrived in 2006.",
    entities: ["United Kingdom", "Type 23"],
    notGives: [["United Kingdom", "supplies", "Type 23"]],
  },
  {
    label: "the package will include: the supplier of the package told just before",
    text: "The United States announced a new military aid package for Ukraine on Friday. The package will include HIMARS launchers and Stinger missiles.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
      ["United States", "supplies", "Stinger"],
    ],
  },
  {
    label: "the contract, which is worth …, also includes: past a relative clause",
    text: "Poland has completed the purchase of 96 AH-64 Apache helicopters from the United States. The contract, which is worth $12 billion, also includes Hellfire missiles.",
    gives: [
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "Hellfire"],
    ],
    notGives: [["Poland", "supplies", "Hellfire"]],
  },
  {
    label: "the deal covers: after a purchase told with buy … from",
    text: "Spain signed a contract to buy Leopard 2 tanks from Germany. The deal covers 20 tanks and IRIS-T missiles.",
    gives: [
      ["Germany", "supplies", "Spain"],
      ["Germany", "supplies", "IRIS-T"],
    ],
  },
  {
    label: "a planned sale's package stays planned",
    text: "Italy plans to sell NASAMS systems to Qatar. The package includes Patriot missiles.",
    hedged: [
      ["Italy", "supplies", "Qatar", "planned"],
      ["Italy", "supplies", "Patriot", "planned"],
    ],
  },
  {
    label: "a noun that is no deal refers back to no supply",
    text: "Germany sent Leopard 2 tanks to Ukraine. The museum includes a Patriot battery.",
    gives: [["Germany", "supplies", "Ukraine"]],
    notGives: [["Germany", "supplies", "Patriot"]],
  },
  {
    label: "an indefinite package is not the one told before",
    text: "France delivered Caesar howitzers to Armenia. A package from Britain includes Storm Shadow missiles.",
    gives: [["France", "supplies", "Armenia"]],
    notGives: [["France", "supplies", "Storm Shadow"]],
  },
  {
    label: "a purchase from X, then the buyer's officials announced: no list of suppliers",
    text: "Peru has completed the purchase of 12 K2 tanks from South Korea, Peru's president and defence minister announced on Tuesday.",
    gives: [
      ["South Korea", "supplies", "Peru"],
      ["South Korea", "supplies", "K2"],
    ],
    notGives: [["Peru", "supplies", "K2"]],
  },
  {
    label: "a from-phrase of a noun of competition or pressure after the object names no seller",
    text: "Egypt bought the Gowind corvettes amid fierce competition from Italy's Fincantieri. Peru purchased two submarines against rival offers notably from Germany's TKMS. Taiwan purchased the Harpoon missiles from the United States despite pressure from China.",
    entities: ["Fincantieri", "TKMS", "Gowind"],
    gives: [
      ["United States", "supplies", "Taiwan"],
      ["United States", "supplies", "Harpoon"],
    ],
    notGives: [
      ["Fincantieri", "supplies", "Egypt"],
      ["Fincantieri", "supplies", "Gowind"],
      ["Italy", "supplies", "Egypt"],
      ["TKMS", "supplies", "Peru"],
      ["Germany", "supplies", "Peru"],
      ["China", "supplies", "Taiwan"],
    ],
  },
  // ---- meets: the passive's agent as a partner phrase, listed partners, visits received
  {
    label: "a passive meeting verb whose agent is a title phrase before the name",
    text: "Kenyan Defence Secretary Aden Duale was received by President of Uganda Yoweri Museveni on Friday.",
    gives: [["Aden Duale", "meets", "Yoweri Museveni"]],
  },
  {
    label: "received in audience by a title set off before the name",
    text: "Indonesian Foreign Minister Retno Marsudi was received in audience by the King of Thailand, Maha Vajiralongkorn.",
    gives: [["Retno Marsudi", "meets", "Maha Vajiralongkorn"]],
  },
  {
    label: "received in audience X: a bare phrase between the verb and its object",
    text: "Pope Francis received in private audience Argentine President Javier Milei.",
    gives: [["Francis", "meets", "Javier Milei"]],
  },
  {
    label: "granted an audience to X, had an audience with X: a meeting",
    text: "King Willem-Alexander granted an audience to President Lula da Silva at the palace. Prime Minister Kamla Persad had an audience with King Charles on Tuesday.",
    gives: [
      ["Willem-Alexander", "meets", "Lula da Silva"],
      ["Kamla Persad", "meets", "Charles"],
    ],
  },
  {
    label: "sought an audience with X is no meeting",
    text: "President Lula da Silva sought an audience with King Willem-Alexander.",
    entities: ["Lula da Silva", "Willem-Alexander"],
    notGives: [["Lula da Silva", "meets", "Willem-Alexander"]],
  },
  {
    label: "played host to X: a meeting; 'will play host to' is planned, a country hosting a summit none",
    text: "Prime Minister Christopher Luxon played host to President Prabowo Subianto in Auckland. Chancellor Karl Nehammer will play host to President Andrzej Duda next year. Fiji played host to the Pacific Islands Forum.",
    gives: [["Christopher Luxon", "meets", "Prabowo Subianto"]],
    notGives: [["Karl Nehammer", "meets", "Andrzej Duda"]],
  },
  {
    label: "met with [title], X and [title], Y: the second title is Y's, not X's",
    text: "President Cyril Ramaphosa met with Prime Minister of India, Narendra Modi and Minister of External Affairs, Subrahmanyam Jaishankar, in New Delhi.",
    gives: [
      ["Cyril Ramaphosa", "meets", "Narendra Modi"],
      ["Cyril Ramaphosa", "meets", "Subrahmanyam Jaishankar"],
    ],
  },
  {
    label: "called on [title], X, and [title], Y",
    text: "General Peter Okello called on Chief of Defence Forces, General Wilson Mbadi, and Chief of Army Staff, Lieutenant General Sam Okiding, at the headquarters.",
    gives: [
      ["Peter Okello", "meets", "Wilson Mbadi"],
      ["Peter Okello", "meets", "Sam Okiding"],
    ],
  },
  {
    label: "a name after the partner that opens a clause is no listed partner",
    text: "Prime Minister Andrew Holness met with Justin Trudeau, Foreign Minister Melanie Joly said.",
    entities: ["Andrew Holness", "Melanie Joly"],
    gives: [["Andrew Holness", "meets", "Justin Trudeau"]],
    notGives: [["Andrew Holness", "meets", "Melanie Joly"]],
  },
  {
    label: "a meeting noun in another verb's phrase, after a day's possessive, with a listed partner",
    text: "Minister Ivan Petrov voiced support for the reforms at yesterday's meeting with the Dutch ambassador, Anna de Vries, and Colonel Pieter Bakker.",
    gives: [
      ["Ivan Petrov", "meets", "Anna de Vries"],
      ["Ivan Petrov", "meets", "Pieter Bakker"],
    ],
  },
  {
    label: "received a visit from X",
    text: "President Hakainde Hichilema received a visit from Indian Defence Minister Rajnath Singh on Monday.",
    gives: [["Hakainde Hichilema", "meets", "Rajnath Singh"]],
  },
  {
    label: "a country that receives a visit meets no one",
    text: "Ukraine received a visit from US Secretary of State Antony Blinken.",
    entities: ["Ukraine", "Antony Blinken"],
    notGives: [["Ukraine", "meets", "Antony Blinken"]],
  },
  {
    label: "a name or titled person after a preposition in a partner's title is no listed partner",
    text: "Defence Minister Tariq Hassan met with Jake Sullivan, National Security Adviser to Joe Biden, in Washington. General Omar Saleh met with Anne Morel, Diplomatic Adviser to President Emmanuel Macron, and General Paul Girard in Paris.",
    entities: ["Tariq Hassan", "Joe Biden", "Omar Saleh", "Emmanuel Macron"],
    gives: [
      ["Tariq Hassan", "meets", "Jake Sullivan"],
      ["Omar Saleh", "meets", "Anne Morel"],
      ["Omar Saleh", "meets", "Paul Girard"],
    ],
    notGives: [
      ["Tariq Hassan", "meets", "Joe Biden"],
      ["Omar Saleh", "meets", "Emmanuel Macron"],
    ],
  },
  {
    label: "a name right after 'of' in a partner's title set off by commas is no listed partner",
    text: "Defence Minister Tariq Hassan met with Colonel Omar Saleh, Special Envoy of Mahmoud Abbas, in Cairo.",
    entities: ["Tariq Hassan", "Mahmoud Abbas"],
    gives: [["Tariq Hassan", "meets", "Omar Saleh"]],
    notGives: [["Tariq Hassan", "meets", "Mahmoud Abbas"]],
  },
  // ---- the passive's by-phrase as the logical subject of a judgement
  {
    label: "a passive judgement whose agent is a title phrase before the name",
    text: "Iran was condemned by the Foreign Minister of Germany, Annalena Baerbock.",
    gives: [["Annalena Baerbock", "assesses", "Iran"]],
  },
  {
    label: "a passive judgement of an actor's act judges the actor",
    text: "China's military drills were criticised by the Philippines on Monday.",
    gives: [["Philippines", "assesses", "China"]],
  },
  {
    label: "a passive judgement of an act with no owner judges no one",
    text: "The launch near Japan was condemned by South Korea.",
    entities: ["Japan", "South Korea"],
    notGives: [["South Korea", "assesses", "Japan"]],
  },
  // ---- meets: a meeting told as an event, joined in later sentences (relations/meeting-events.ts)
  {
    label: "people who 'participated in the meeting' of a visiting group meet its partner, not each other",
    text: "British lawmakers met Tuesday in Nairobi with Kenya's Defence Minister Aden Duale. Senators Jane Doe and Mary Jones participated in the meeting, during which they discussed security.",
    gives: [
      ["Jane Doe", "meets", "Aden Duale"],
      ["Mary Jones", "meets", "Aden Duale"],
    ],
    notGives: [["Jane Doe", "meets", "Mary Jones"]],
  },
  {
    label: "members who 'took part in the talks' of a delegation told as a group meet its host",
    text: "A delegation of German parliamentarians held talks on Monday with Ghana's Defence Minister Dominic Nitiwul in Accra. Members of the Bundestag Anna Weber and Peter Klein took part in the talks.",
    gives: [
      ["Anna Weber", "meets", "Dominic Nitiwul"],
      ["Peter Klein", "meets", "Dominic Nitiwul"],
    ],
    notGives: [["Anna Weber", "meets", "Peter Klein"]],
  },
  {
    label: "'Also present at the meeting were X and Y' joins the visitors told as a group",
    text: "US senators met with Philippine President Ferdinand Marcos Jr. in Manila on Friday. Also present at the meeting were Senator Tammy Duckworth and Senator Dan Sullivan.",
    gives: [
      ["Tammy Duckworth", "meets", "Ferdinand Marcos Jr."],
      ["Dan Sullivan", "meets", "Ferdinand Marcos Jr."],
    ],
    notGives: [["Tammy Duckworth", "meets", "Dan Sullivan"]],
  },
  {
    label: "a joiner serving one side's country takes that side and meets the other",
    text: "Indian Defence Minister Rajnath Singh met Japanese Defence Minister Minoru Kihara in Tokyo on Tuesday. Indian Army Chief General Upendra Dwivedi also attended the meeting.",
    gives: [["Upendra Dwivedi", "meets", "Minoru Kihara"]],
    notGives: [["Upendra Dwivedi", "meets", "Rajnath Singh"]],
  },
  {
    label: "a joiner of 'Thursday's meeting' whose country the host serves meets no one of the group",
    text: "Dutch lawmakers met Thursday with Chile's Defence Minister Maya Fernandez. Also present at Thursday's meeting was the Chilean Army Commander, General Javier Iturriaga.",
    entities: ["Javier Iturriaga", "Maya Fernandez"],
    notGives: [["Javier Iturriaga", "meets", "Maya Fernandez"]],
  },
  {
    label: "'the meeting' after another meeting is told refers to neither: no joiner",
    text: "Swedish lawmakers met Polish Defence Minister Wladyslaw Kosiniak-Kamysz on Monday. They later met Foreign Minister Radoslaw Sikorski. Anna Berg and Erik Lund participated in the meeting.",
    entities: ["Anna Berg", "Wladyslaw Kosiniak-Kamysz", "Radoslaw Sikorski"],
    notGives: [
      ["Anna Berg", "meets", "Wladyslaw Kosiniak-Kamysz"],
      ["Anna Berg", "meets", "Radoslaw Sikorski"],
    ],
  },
  {
    label: "in a document that tells one meeting, 'the meeting' three sentences on still refers to it",
    text: "Japanese lawmakers met Vietnamese Defence Minister Phan Van Giang on Monday. The lawmakers toured a naval base. They also visited a school. Officials said the weather was warm. Keiko Sato participated in the meeting.",
    gives: [["Keiko Sato", "meets", "Phan Van Giang"]],
  },
  {
    label: "people who 'will participate in the meeting' planned do not join it",
    text: "Canadian lawmakers will meet Kenyan Defence Minister Aden Duale next week. Senators Mary Hill and Jean Roy will participate in the meeting.",
    entities: ["Mary Hill", "Aden Duale"],
    notGives: [["Mary Hill", "meets", "Aden Duale"]],
  },
  {
    label: "'joined the talks' later: the joiner of the host's country meets the visitor",
    text: "Australian Foreign Minister Penny Wong held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday. Chinese Vice Foreign Minister Sun Weidong joined the talks later.",
    gives: [["Penny Wong", "meets", "Sun Weidong"]],
    notGives: [["Sun Weidong", "meets", "Wang Yi"]],
  },
  {
    label:
      "'During the meeting, X was accompanied by A; and B' in a document that tells one meeting: A and B meet X's partner",
    text: "Philippine Defense Secretary Gilberto Teodoro received a visit from Japanese Defense Minister Minoru Kihara in Manila on Monday. During the meeting, they discussed maritime security. They also discussed training. Japan has long supported the Philippines. The two countries signed a pact in 2024. Manila plans more drills. During the meeting, Teodoro was accompanied by Deputy Minister Maria Santos; and Armed Forces chief, General Romeo Brawner.",
    gives: [
      ["Maria Santos", "meets", "Minoru Kihara"],
      ["Romeo Brawner", "meets", "Minoru Kihara"],
    ],
    notGives: [["Maria Santos", "meets", "Gilberto Teodoro"]],
  },
  {
    label:
      "another meeting told without names ends the one told before: 'also attended the meeting' far on joins neither",
    text: "Philippine Defense Secretary Gilberto Teodoro received Japanese Defense Minister Minoru Kihara in Manila on Monday. ASEAN defence ministers will meet in Vientiane next month. Japan has long supported the Philippines. The two countries signed a pact in 2024. Manila plans more drills. Deputy Minister Maria Santos also attended the meeting.",
    entities: ["Maria Santos", "Minoru Kihara"],
    notGives: [["Maria Santos", "meets", "Minoru Kihara"]],
  },
  {
    label: "A met B and C; a joiner of A's country meets B and C, not A",
    text: "Kenyan President William Ruto met Chinese Defence Minister Dong Jun and Chinese Ambassador Zhou Pingjian in Nairobi on Friday. Kenyan Defence Cabinet Secretary Roselinda Soipan Tuya also attended the talks.",
    gives: [
      ["Roselinda Soipan Tuya", "meets", "Dong Jun"],
      ["Roselinda Soipan Tuya", "meets", "Zhou Pingjian"],
    ],
    notGives: [["Roselinda Soipan Tuya", "meets", "William Ruto"]],
  },
  {
    label: "a joiner with no party between two named sides takes no side",
    text: "Foreign Minister Anna Berg met Foreign Minister Piet Jansen in Oslo on Monday. Tom Vik attended the meeting.",
    entities: ["Tom Vik", "Anna Berg"],
    notGives: [
      ["Tom Vik", "meets", "Anna Berg"],
      ["Tom Vik", "meets", "Piet Jansen"],
    ],
  },
  {
    label: "'attended the meeting of' a body is another meeting: no joiner",
    text: "German lawmakers met Estonian Defence Minister Hanno Pevkur in Tallinn on Monday. Senator Eva Lind attended the meeting of NATO parliamentarians.",
    entities: ["Eva Lind", "Hanno Pevkur"],
    notGives: [["Eva Lind", "meets", "Hanno Pevkur"]],
  },
  {
    label: "'X was accompanied by Y' after X's meeting: Y joins X's side and meets X's partner",
    text: "Indian Prime Minister Narendra Modi met US President Joe Biden in Washington. Modi was accompanied by External Affairs Minister S. Jaishankar.",
    gives: [["S. Jaishankar", "meets", "Joe Biden"]],
    notGives: [["S. Jaishankar", "meets", "Narendra Modi"]],
  },
  {
    label: "a fronted 'accompanied by X' with a party of its own: the main clause's subject meets X",
    text: "During a visit to the border with Russia, accompanied by NATO Secretary General Jens Stoltenberg, Lithuanian Foreign Minister Gabrielius Landsbergis criticised Russia's actions.",
    gives: [["Gabrielius Landsbergis", "meets", "Jens Stoltenberg"]],
  },
  {
    label: "'X, accompanied by Y,' of two countries: X meets Y",
    text: "Ukrainian President Volodymyr Zelensky, accompanied by US Senator Lindsey Graham, visited the front line on Friday.",
    gives: [["Volodymyr Zelensky", "meets", "Lindsey Graham"]],
  },
  {
    label: "'X, accompanied by Y,' of one country: no meeting between a leader and his aides",
    text: "Russian President Vladimir Putin, accompanied by Russian Defence Minister Andrei Belousov, visited the plant.",
    entities: ["Vladimir Putin", "Andrei Belousov"],
    notGives: [["Vladimir Putin", "meets", "Andrei Belousov"]],
  },
  {
    label: "'X, accompanied by Y,' with no party told for Y: no meeting",
    text: "French President Emmanuel Macron, accompanied by Brigitte Trogneux, visited the museum.",
    entities: ["Emmanuel Macron", "Brigitte Trogneux"],
    notGives: [["Brigitte Trogneux", "meets", "Emmanuel Macron"]],
  },
  // ---- meets: participles, passive agents, courtesy calls
  {
    label:
      "countries listed before counterparts or officials qualify them: the partners are people left unnamed",
    text: "Minister Rajesh Kumar held bilateral meetings with US, Japan and India counterparts on Sunday. Foreign Minister Ana Lopez held talks with Chinese and Russian counterparts. On Monday Ana Lopez held talks with Japan's Yoko Kamikawa and Chinese officials. President William Ruto met with Ethiopia and Uganda officials in Nairobi.",
    entities: ["Rajesh Kumar", "United States", "Japan", "Ana Lopez", "China", "William Ruto", "Ethiopia"],
    gives: [["Ana Lopez", "meets", "Yoko Kamikawa"]],
    notGives: [
      ["Rajesh Kumar", "meets", "United States"],
      ["Rajesh Kumar", "meets", "Japan"],
      ["Ana Lopez", "meets", "China"],
      ["Ana Lopez", "meets", "Russia"],
      ["William Ruto", "meets", "Ethiopia"],
    ],
  },
  {
    label: "a headline's list of countries before counterparts, without 'and', names no partner",
    text: "Kumar holds bilateral meetings with US, Japan, Australia, New Zealand counterparts\n\nDefence Minister Rajesh Kumar on Sunday held a series of bilateral meetings.",
    entities: ["Rajesh Kumar", "United States", "Australia"],
    notGives: [
      ["Rajesh Kumar", "meets", "United States"],
      ["Rajesh Kumar", "meets", "Australia"],
    ],
  },
  {
    label: "a participle set off after the subject: X, meeting Y in Z, said",
    text: "Pedro Sanchez, meeting Giorgia Meloni in Rome, said Europe must act together.",
    gives: [["Pedro Sanchez", "meets", "Giorgia Meloni"]],
  },
  {
    label: "X, speaking after a meeting with Y, said",
    text: "Justin Trudeau, speaking after a meeting with Joe Biden, said the alliance was strong.",
    gives: [["Justin Trudeau", "meets", "Joe Biden"]],
  },
  {
    label: "a passive meeting verb with its agent after a place",
    text: "Sergei Lavrov was received at the airport in Pyongyang by Choe Son Hui.",
    gives: [["Sergei Lavrov", "meets", "Choe Son Hui"]],
  },
  {
    label: "a person known only by title and country meets no one as that country",
    text: "The Japanese prime minister was received at the airport by Indonesian Defence Minister Prabowo Subianto.",
    entities: ["Prabowo Subianto"],
    notGives: [["Japan", "meets", "Prabowo Subianto"]],
  },
  {
    label: "coordinated subjects after their talks",
    text: "Narendra Modi and Fumio Kishida issued a joint statement after their talks in Tokyo.",
    gives: [["Narendra Modi", "meets", "Fumio Kishida"]],
  },
  {
    label: "paid a courtesy call on X",
    text: "Antony Blinken paid a courtesy call on Narendra Modi in New Delhi.",
    gives: [["Antony Blinken", "meets", "Narendra Modi"]],
  },
  {
    label: "a planned courtesy call is hedged",
    text: "Antony Blinken will pay a courtesy call on Narendra Modi next week.",
    hedged: [["Antony Blinken", "meets", "Narendra Modi", "planned"]],
  },
  {
    label:
      "'paid a call on', 'made a courtesy call/visit' and 'had deliberations with' a person are meetings",
    text: "General Joseph Nzabamwita paid a call on President Samia Suluhu Hassan at State House. Ambassador Lena Holm made a courtesy visit to Defence Minister Stergomena Tax. Minister Oscar Brandt made a courtesy call on Governor Elias Mwita. Foreign Minister Lea Varga had deliberations with Prime Minister Kassim Majaliwa in Dodoma.",
    gives: [
      ["Joseph Nzabamwita", "meets", "Samia Suluhu Hassan"],
      ["Lena Holm", "meets", "Stergomena Tax"],
      ["Oscar Brandt", "meets", "Elias Mwita"],
      ["Lea Varga", "meets", "Kassim Majaliwa"],
    ],
  },
  {
    label:
      "a courtesy visit to a country, a call on someone to act, and a courtesy call still expected are no meetings",
    text: "Ambassador Lena Holm made a courtesy visit to Tanzania last year. Opposition leader Tundu Lissu made a call on President Samia Suluhu Hassan to resign. General Joseph Nzabamwita is expected to make a courtesy call on Prime Minister Kassim Majaliwa.",
    entities: [
      "Lena Holm",
      "Tanzania",
      "Tundu Lissu",
      "Samia Suluhu Hassan",
      "Joseph Nzabamwita",
      "Kassim Majaliwa",
    ],
    notGives: [
      ["Lena Holm", "meets", "Tanzania"],
      ["Tundu Lissu", "meets", "Samia Suluhu Hassan"],
      ["Joseph Nzabamwita", "meets", "Kassim Majaliwa"],
    ],
  },
  {
    label: "sat down with X",
    text: "Rishi Sunak sat down with Joe Biden at the White House.",
    gives: [["Rishi Sunak", "meets", "Joe Biden"]],
  },
  {
    label: "called on X: a visit",
    text: "Foreign Minister Wang Yi called on Prime Minister Lee Hsien Loong in Singapore on Monday.",
    gives: [["Wang Yi", "meets", "Lee Hsien Loong"]],
  },
  {
    label:
      "a pronoun after a fronted time phrase continues the previous subject, and calls on a list of people",
    text: "Defence Minister Rajnath Singh, who arrived in Hanoi on Sunday, extended an invitation to Prime Minister Pham Minh Chinh to visit India. On Monday, he called on President Vo Van Thuong, Prime Minister Pham Minh Chinh and Defence Minister Phan Van Giang.",
    gives: [
      ["Rajnath Singh", "meets", "Vo Van Thuong"],
      ["Rajnath Singh", "meets", "Pham Minh Chinh"],
      ["Rajnath Singh", "meets", "Phan Van Giang"],
    ],
    notGives: [["Pham Minh Chinh", "meets", "Vo Van Thuong"]],
  },
  {
    label: "a meeting partner named in apposition after a title phrase",
    text: "Antony Blinken held talks with the Chief of the Army Staff, Ashok Raj Sigdel, at the headquarters. Blinken also called on the Indian Ambassador to the country, Sridharan Madhusudhanan.",
    gives: [
      ["Antony Blinken", "meets", "Ashok Raj Sigdel"],
      ["Antony Blinken", "meets", "Sridharan Madhusudhanan"],
    ],
  },
  {
    label:
      "called on a titled person: a body run into a rank, a bracketed acronym, 'here' after the name, and a call's purpose after 'to'",
    text: "Chief of the Ghana Armed Forces, General Kofi Mensah who is on an official visit to Kenya, called on Chairman Joint Chiefs of Staff Committee (CJCSC), General Peter Otieno here at the headquarters. Air Marshal Jane Kariuki has called on Chairman Joint Chiefs of Staff Committee General Samuel Wanjala to discuss matters of mutual interest.",
    gives: [
      ["Kofi Mensah", "meets", "Peter Otieno"],
      ["Peter Otieno", "affiliated_with", "Joint Chiefs of Staff Committee"],
      ["Jane Kariuki", "meets", "Samuel Wanjala"],
      ["Samuel Wanjala", "affiliated_with", "Joint Chiefs of Staff Committee"],
    ],
  },
  {
    label:
      "an unfamiliar name whose only cue is a title-case appositive 'Country's Minister of X', closed by a comma or the sentence's end",
    text: "Minister Omar Saleh received Tendai Chikwanha, Zimbabwe's Minister of Defence and War Veterans, at his office. General Ali Rashid later met Bongani Zulu, Eswatini's Minister of Defence and Home Affairs.",
    typed: [
      ["Tendai Chikwanha", "Person"],
      ["Bongani Zulu", "Person"],
    ],
    gives: [
      ["Omar Saleh", "meets", "Tendai Chikwanha"],
      ["Tendai Chikwanha", "affiliated_with", "Zimbabwe"],
      ["Ali Rashid", "meets", "Bongani Zulu"],
      ["Bongani Zulu", "affiliated_with", "Eswatini"],
    ],
    notGives: [["Omar Saleh", "meets", "Zimbabwe"]],
  },
  {
    label: "a demonym and a state form at the end of a title name the country, not part of the person's name",
    text: "President Ilham Aliyev met Deputy Prime Minister of the Tajik Republic Rustam Nazarov in Baku.",
    entities: ["Rustam Nazarov"],
    noEntities: ["Republic Rustam Nazarov"],
    gives: [
      ["Ilham Aliyev", "meets", "Rustam Nazarov"],
      ["Rustam Nazarov", "affiliated_with", "Tajikistan"],
    ],
  },
  {
    label: "a head of leading before a body whose name opens with a title modifier is the holder's title",
    text: "Anna Kowalski met Commander Joint Logistics Command Major General Alan Pike on Monday.",
    entities: ["Joint Logistics Command"],
    noEntities: ["Commander Joint Logistics Command"],
    gives: [
      ["Anna Kowalski", "meets", "Alan Pike"],
      ["Alan Pike", "affiliated_with", "Joint Logistics Command"],
    ],
  },
  {
    label: "a possessive country, a title and its bracketed acronym before an honorific and the name",
    text: "General Omar Haddad met France's Chief of Defence Staff (CDS) General Pierre Laurent in Paris.",
    gives: [
      ["Omar Haddad", "meets", "Pierre Laurent"],
      ["Pierre Laurent", "affiliated_with", "France"],
    ],
  },
  {
    label: "called on X to do something is an appeal, not a visit",
    text: "Senator Mary Lowe called on President Daniel Ruto to withdraw the troops.",
    entities: ["Mary Lowe", "Daniel Ruto"],
    notGives: [["Mary Lowe", "meets", "Daniel Ruto"]],
  },
  {
    label: "a handover in person told from the receiver: 'took delivery/possession of' goods from a person",
    text: "Defence Minister Halima Sanogo took delivery of four armoured vehicles from Ambassador Erik Lund in Bamako. General Amadou Keita took possession of the patrol boats from Ambassador Kenji Sato on Friday.",
    gives: [
      ["Halima Sanogo", "meets", "Erik Lund"],
      ["Amadou Keita", "meets", "Kenji Sato"],
    ],
  },
  {
    label:
      "taking delivery from a country, taking command from a person, or a delivery still to come: no meeting",
    text: "Mali took delivery of four helicopters from Turkey. General Amadou Keita took command of the brigade from General Moussa Diallo. Minister Halima Sanogo will take delivery of the trucks from Ambassador Erik Lund next week.",
    entities: ["Mali", "Turkey", "Amadou Keita", "Moussa Diallo", "Halima Sanogo", "Erik Lund"],
    notGives: [
      ["Mali", "meets", "Turkey"],
      ["Amadou Keita", "meets", "Moussa Diallo"],
      ["Halima Sanogo", "meets", "Erik Lund"],
    ],
  },
  {
    label: "a handover in person: received goods from X, then handed them over to Y",
    text: "The head of the government, Prime Minister (PM) Ana Lopes, received the keys of the new trucks from the Japanese Ambassador to Peru, Kenji Sato, then handed over to the Police Commissioner, Mario Diaz, on Friday.",
    gives: [
      ["Ana Lopes", "meets", "Kenji Sato"],
      ["Ana Lopes", "meets", "Mario Diaz"],
    ],
  },
  {
    label: "an agreement with X for the purchase of goods: X sells to the signer",
    text: "Greece signed an agreement with France for the purchase of three Belharra frigates.",
    gives: [
      ["France", "supplies", "Greece"],
      ["France", "supplies", "Belharra"],
    ],
    notGives: [["Greece", "supplies", "France"]],
  },
  {
    label: "an agreement with X linked to another party's purchase does not make X the seller",
    text: "Spain concluded its largest arms export, after signing an agreement with Italy linked to Rome's purchase of the Meteor missile.",
    notGives: [["Italy", "supplies", "Meteor"]],
  },
  {
    label: "an agreement with a co-buyer for a purchase from a firm: the firm sells, not the partner",
    text: "Denmark has signed an agreement with Sweden for the procurement of Archer howitzers from BAE Systems.",
    gives: [["BAE Systems", "supplies", "Archer"]],
    notGives: [
      ["Sweden", "supplies", "Denmark"],
      ["Sweden", "supplies", "Archer"],
    ],
  },
  {
    label: "a signed agreement on the purchase of goods from X: X sells to the signer",
    text: "Croatia signed an agreement on the purchase of Rafale jets from France. Slovenia signs agreement on purchase of howitzers from Sweden.",
    gives: [
      ["France", "supplies", "Croatia"],
      ["France", "supplies", "Rafale"],
      ["Sweden", "supplies", "Slovenia"],
    ],
  },
  {
    label: "a contract for a purchase still negotiated, or rejected, is no supply",
    text: "Bulgaria is negotiating a contract for the purchase of F-16 jets from the United States. Serbia rejected an agreement on the purchase of Rafale jets from France.",
    entities: ["Serbia", "France"],
    hedged: [
      ["United States", "supplies", "Bulgaria", "planned"],
      ["United States", "supplies", "F-16", "planned"],
    ],
    notGives: [
      ["United States", "supplies", "F-16"],
      ["France", "supplies", "Serbia"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "an agreement on the purchase of goods that are no arms is no supply",
    text: "Slovakia signed an agreement on the purchase of land from Hungary.",
    entities: ["Slovakia", "Hungary"],
    notGives: [["Hungary", "supplies", "Slovakia"]],
  },
  {
    label: "agreed to buy or sell at a price told as a deal: the deal is signed",
    text: "Latvia has agreed to buy Swedish artillery in a 60 million-euro deal. Chile has agreed to sell two frigates to Ecuador in a deal worth $40 million.",
    gives: [
      ["Sweden", "supplies", "Latvia"],
      ["Chile", "supplies", "Ecuador"],
    ],
  },
  {
    label: "agreed to buy without a priced deal, in principle, or in a deal still to be signed: planned",
    text: "Croatia has agreed to buy German tanks in a deal expected to be signed next month. Slovakia has agreed to buy Polish howitzers. Hungary has agreed in principle to buy Swedish jets in a 60 million-euro deal.",
    entities: ["Hungary", "Sweden"],
    hedged: [
      ["Germany", "supplies", "Croatia", "planned"],
      ["Poland", "supplies", "Slovakia", "planned"],
    ],
    notGives: [
      ["Germany", "supplies", "Croatia"],
      ["Poland", "supplies", "Slovakia"],
      ["Sweden", "supplies", "Hungary"],
    ],
  },
  {
    label: "agreed to buy in a priced deal that the rest of the sentence leaves open: planned",
    text: "Peru has agreed to buy two frigates from South Korea in a 2 billion-dollar deal, but the contract has not yet been signed. Bulgaria agreed to buy eight Gripen jets from Sweden in a 900 million-euro deal that has yet to be approved by parliament.",
    entities: ["Peru", "South Korea", "Bulgaria", "Sweden"],
    hedged: [
      ["South Korea", "supplies", "Peru", "planned"],
      ["Sweden", "supplies", "Bulgaria", "planned"],
    ],
    notGives: [
      ["South Korea", "supplies", "Peru"],
      ["Sweden", "supplies", "Bulgaria"],
    ],
  },
  {
    label:
      "a deal signed with a time adverbial before its infinitive ('today', 'last week'): the signer still buys",
    text: "Romania signed a contract today to buy 54 Abrams tanks from the United States. Chile signed a deal last week to purchase four frigates from Navantia.",
    entities: ["Romania", "United States", "Chile", "Navantia"],
    gives: [
      ["United States", "supplies", "Romania"],
      ["Navantia", "supplies", "Chile"],
    ],
    notGives: [["Romania", "supplies", "United States"]],
  },
  {
    label:
      "an approved total of an amount in sales: the amount's 'a total of' stands between the verb and the supply noun, and a negation still holds",
    text: "The State Department has approved a total of $2 billion worth of potential weapons sales to Bahrain. The Pentagon has not approved a total of $1 billion worth of weapons sales to Oman.",
    entities: ["State Department", "Bahrain", "Pentagon", "Oman"],
    gives: [["State Department", "supplies", "Bahrain"]],
    hedged: [["Pentagon", "supplies", "Oman", "negated"]],
    notGives: [["Pentagon", "supplies", "Oman"]],
  },
  {
    label:
      "goods a receiving verb takes, described by a participle of giving with its agent: the agent supplies the receiver, hedged as the receiving verb is",
    text: "Malawi received military equipment donated by India. The Zambian army has received 40 armoured vehicles provided by Egypt. Iran denied that it received surveillance equipment supplied by Venezuela. Uganda will receive military equipment donated by Japan.",
    entities: ["Malawi", "India", "Zambian Army", "Egypt", "Iran", "Venezuela", "Uganda", "Japan"],
    gives: [
      ["India", "supplies", "Malawi"],
      ["Egypt", "supplies", "Zambian Army"],
    ],
    hedged: [
      ["Venezuela", "supplies", "Iran", "denied"],
      ["Japan", "supplies", "Uganda", "planned"],
    ],
    notGives: [
      ["Venezuela", "supplies", "Iran"],
      ["Japan", "supplies", "Uganda"],
    ],
  },
  {
    label:
      "weapons as the antecedent of a relative clause of supply: the clause's verb supplies them (object and subject relatives, 'the last of which'), its recipient the one who has them when the clause names none",
    text: "The Ghana Air Force has received three Z-9 helicopters which the GAF procured from Harbin Aircraft Industry Group in 2021. Egypt displayed the Rafale jets that France delivered in 2016. The Nigerian Navy received two Snake-class patrol boats, which were donated by China. The Zambian Air Force inducted six K-8 trainer jets, the last of which China delivered in March.",
    entities: [
      "Ghana Air Force",
      "Harbin Aircraft Industry Group",
      "Z-9",
      "Egypt",
      "France",
      "Rafale",
      "Nigerian Navy",
      "China",
      "Snake-class",
      "Zambian Air Force",
      "K-8",
    ],
    gives: [
      ["Harbin Aircraft Industry Group", "supplies", "Ghana Air Force"],
      ["Harbin Aircraft Industry Group", "supplies", "Z-9"],
      ["France", "supplies", "Egypt"],
      ["France", "supplies", "Rafale"],
      ["China", "supplies", "Nigerian Navy"],
      ["China", "supplies", "Snake-class"],
      ["China", "supplies", "Zambian Air Force"],
      ["China", "supplies", "K-8"],
    ],
  },
  {
    label:
      "a relative clause of supply on weapons takes the hedge of the clause that holds them, and a verb that neither has nor receives them gives its subject nothing",
    text: "Russia denied that it received Shahed drones which Iran supplied. Officials inspected the Bayraktar TB2 drones that Turkey will deliver to Kenya next year. Ukraine shot down the Lancet drones that Belarus sent last week.",
    entities: [
      "Russia",
      "Iran",
      "Shahed",
      "Bayraktar TB2",
      "Turkey",
      "Kenya",
      "Ukraine",
      "Belarus",
      "Lancet",
    ],
    hedged: [
      ["Iran", "supplies", "Shahed", "denied"],
      ["Turkey", "supplies", "Kenya", "planned"],
    ],
    notGives: [
      ["Iran", "supplies", "Russia"],
      ["Turkey", "supplies", "Kenya"],
      ["Belarus", "supplies", "Ukraine"],
    ],
  },
  {
    label:
      "a sale told in the that-clause of a notification is a notified sale, asserted; a pronoun subject of the sale is the notifier, or the speaker who said it notified",
    text: "The Foreign Ministry said it has notified the parliament that it is ready to send 30 T-72 tanks to Armenia. The Pentagon notified lawmakers that the United States will sell 12 Patriot batteries to Poland. The Defense Security Cooperation Agency notified Congress of the possible sale of 40 F-16 jets to Taiwan.",
    entities: [
      "Foreign Ministry",
      "T-72",
      "Armenia",
      "Pentagon",
      "United States",
      "Patriot",
      "Poland",
      "Defense Security Cooperation Agency",
      "F-16",
      "Taiwan",
    ],
    gives: [
      ["Foreign Ministry", "supplies", "Armenia"],
      ["Foreign Ministry", "supplies", "T-72"],
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "Patriot"],
      ["Defense Security Cooperation Agency", "supplies", "Taiwan"],
      ["Defense Security Cooperation Agency", "supplies", "F-16"],
    ],
  },
  {
    label:
      "a notification's own hedge and the sale's holds: not notified, a possible notification, or a sale the notice calls possible in its clause, is no asserted supply",
    text: "The State Department has not notified Congress that it will sell F-35 jets to Turkey. The State Department said it may notify Congress of a possible sale of F-35 jets to Greece. Germany has notified NATO that it may sell Eurofighter jets to Saudi Arabia.",
    entities: ["State Department", "F-35", "Turkey", "Greece", "Germany", "Eurofighter", "Saudi Arabia"],
    hedged: [
      ["State Department", "supplies", "Turkey", "negated"],
      ["State Department", "supplies", "Greece", "possible"],
      ["Germany", "supplies", "Saudi Arabia", "possible"],
    ],
    notGives: [
      ["State Department", "supplies", "Turkey"],
      ["State Department", "supplies", "Greece"],
      ["Germany", "supplies", "Saudi Arabia"],
    ],
  },
  {
    label:
      "a body of one country's government known by name (Pentagon, State Department) supplies as that country too; a body that only reports another's supply gives its country nothing",
    text: "The United States is Ukraine's largest donor. The Pentagon delivered 12 HIMARS launchers to Ukraine. The State Department said Germany delivered 12 Leopard 2 tanks to Poland.",
    entities: [
      "United States",
      "Pentagon",
      "HIMARS",
      "Ukraine",
      "State Department",
      "Germany",
      "Leopard 2",
      "Poland",
    ],
    gives: [
      ["Pentagon", "supplies", "Ukraine"],
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
      ["Germany", "supplies", "Poland"],
    ],
    notGives: [
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "Leopard 2"],
    ],
  },
  {
    label:
      "a supplying person tied to one country in an earlier sentence supplies for that country; not when that country receives (a handover at home)",
    text: "French President Emmanuel Macron arrived in Athens on Monday. Macron approved the delivery of 24 Rafale jets to Greece. Kenyan Defence Minister Aden Duale met Turkish officials in Ankara. Duale later handed over 12 armoured vehicles to the Kenya Defence Forces.",
    entities: [
      "Emmanuel Macron",
      "France",
      "Greece",
      "Rafale",
      "Aden Duale",
      "Kenya",
      "Kenya Defence Forces",
      "Turkey",
    ],
    gives: [
      ["France", "supplies", "Greece"],
      ["France", "supplies", "Rafale"],
    ],
    notGives: [
      ["Kenya", "supplies", "Kenya Defence Forces"],
      ["Turkey", "supplies", "Kenya Defence Forces"],
    ],
  },
  {
    label:
      "goods received and described by a participle that is no giving, or with no actor as its agent: no supply",
    text: "Malawi received military vehicles built by Otokar. Somalia received military equipment delivered by ship. Kenya received a letter signed by the President of Tanzania.",
    entities: ["Malawi", "Otokar", "Somalia", "Kenya", "Tanzania"],
    notGives: [
      ["Otokar", "supplies", "Malawi"],
      ["Tanzania", "supplies", "Kenya"],
    ],
  },
  {
    label:
      "a firm that signs a contract with a state's body (a navy, an armament agency) sells to it; the body sells nothing",
    text: "Fincantieri signed a contract with the Indonesian Navy for two FREMM frigates. Korea Aerospace Industries signed a contract with Poland's Armament Agency for 48 FA-50 jets.",
    entities: ["Fincantieri", "Indonesian Navy", "Korea Aerospace Industries", "Armament Agency", "Poland"],
    gives: [
      ["Fincantieri", "supplies", "Indonesian Navy"],
      ["Fincantieri", "supplies", "FREMM"],
      ["Korea Aerospace Industries", "supplies", "Armament Agency"],
      ["Korea Aerospace Industries", "supplies", "FA-50"],
    ],
    notGives: [
      ["Indonesian Navy", "supplies", "Fincantieri"],
      ["Indonesia", "supplies", "FREMM"],
      ["Armament Agency", "supplies", "Korea Aerospace Industries"],
      ["Armament Agency", "supplies", "FA-50"],
      ["Poland", "supplies", "FA-50"],
    ],
  },
  {
    label:
      "a concluded deal in which or under which the buyer will buy or receive: asserted, and the party that concluded it with the buyer sells",
    text: "Germany and Chile finalized an agreement on Monday in which Santiago will buy six Leopard 2 tanks from KNDS. Peru signed a contract with Fincantieri under which the Peruvian Navy will receive two corvettes. Indonesia and France sealed a deal whereby Jakarta will buy 42 Rafale jets.",
    gives: [
      ["KNDS", "supplies", "Chile"],
      ["KNDS", "supplies", "Leopard 2"],
      ["Germany", "supplies", "Chile"],
      ["Germany", "supplies", "Leopard 2"],
      ["Fincantieri", "supplies", "Peruvian Navy"],
      ["France", "supplies", "Indonesia"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label:
      "a deal to be signed, under negotiation or proposed, or one that brings no goods: its relative clause tells no committed supply",
    text: "Kenya and Turkey will sign an agreement under which Kenya will buy 12 Bayraktar TB2 drones. Ghana and Israel are negotiating an agreement in which Ghana will buy four patrol boats from Israel Shipyards. Nigeria signed a proposed contract with Embraer in which Nigeria will buy six Super Tucano aircraft. Malawi and Egypt signed an agreement in which Malawi will receive funding for its hospitals.",
    entities: ["Kenya", "Turkey", "Ghana", "Israel Shipyards", "Nigeria", "Embraer", "Malawi", "Egypt"],
    hedged: [["Israel Shipyards", "supplies", "Ghana", "planned"]],
    notGives: [
      ["Turkey", "supplies", "Kenya"],
      ["Israel Shipyards", "supplies", "Ghana"],
      ["Israel", "supplies", "Ghana"],
      ["Embraer", "supplies", "Nigeria"],
      ["Egypt", "supplies", "Malawi"],
    ],
  },
  {
    label:
      "the contract with X is for named goods: X sells them to the side that says so, and to the buyer of the deal told before",
    text: "Croatia has agreed to buy German tanks in a 300 million-euro deal. The Croatian defence ministry says the contract with Munich-based producer KNDS is for 44 Leopard 2 tanks.",
    gives: [
      ["KNDS", "supplies", "Croatia"],
      ["KNDS", "supplies", "Leopard 2"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label:
      "the contract with X for work on goods, a proposed one, or after aid from another: no sale or no seller of the goods",
    text: "Lithuania says the contract with KNDS is for the maintenance of its Leopard 2 tanks. Latvia says the proposed contract with Saab is for four Gripen jets. Poland received military aid from the United States. Poland says the contract with Hanwha is for 48 K2 tanks.",
    entities: ["Lithuania", "KNDS", "Latvia", "Saab"],
    gives: [["United States", "supplies", "Poland"]],
    notGives: [
      ["KNDS", "supplies", "Lithuania"],
      ["Saab", "supplies", "Latvia"],
      ["Saab", "supplies", "Gripen"],
      ["United States", "supplies", "K2"],
    ],
  },
  {
    label:
      "granted aid, and thanks for granting it: the one thanked supplies, to the one who thanks when no recipient is named",
    text: "The minister thanked the Government of the Republic of Korea for granting non-refundable aid to the Mongolian armed forces. Kazakhstan thanked the Government of Japan on backing reform of the army and granting non-refundable aid. Canada granted $5 million in military aid to Jordan.",
    gives: [
      ["South Korea", "supplies", "Mongolian Armed Forces"],
      ["Japan", "supplies", "Kazakhstan"],
      ["Canada", "supplies", "Jordan"],
    ],
  },
  {
    label: "granted access, visas or a permission, and blame for granting aid: no supply",
    text: "Japan granted the US military access to its bases. The minister thanked the Government of Japan for granting visas to Mongolian officers. Peru granted permission to Chile to buy arms. The minister criticised Norway for its policy and granting aid to Mongolia.",
    entities: ["Japan", "United States", "Mongolia", "Peru", "Chile", "Norway"],
    notGives: [
      ["Japan", "supplies", "United States"],
      ["Japan", "supplies", "Mongolia"],
      ["Peru", "supplies", "Chile"],
      ["Norway", "supplies", "Mongolia"],
    ],
  },
  {
    label: "a supply noun whose goods are a weapon's head word: made a donation of rifles to X",
    text: "Norway has made a donation of rifles to Latvia. Finland completed the transfer of patrol boats to Estonia.",
    gives: [
      ["Norway", "supplies", "Latvia"],
      ["Finland", "supplies", "Estonia"],
    ],
  },
  {
    label: "a supply noun whose only goods are a broad head word tells no arms",
    text: "Norway completed the transfer of power systems to Latvia. Denmark announced the delivery of a satellite to Estonia.",
    entities: ["Norway", "Latvia", "Denmark", "Estonia"],
    notGives: [
      ["Norway", "supplies", "Latvia"],
      ["Denmark", "supplies", "Estonia"],
    ],
  },
  {
    label: "goods turned over or pledged in the passive: the subject is the goods, the by-phrase supplies",
    text: "The patrol boat was turned over to the Sri Lankan Navy by Australia. Thirty tanks were pledged to Moldova by Romania.",
    gives: [
      ["Australia", "supplies", "Sri Lankan Navy"],
      ["Romania", "supplies", "Moldova"],
    ],
  },
  {
    label: "a base, a suspect or support turned over or pledged in the passive is no supply",
    text: "The military base was turned over to the Iraqi army by Britain. The suspect was turned over to the police by Kenya. Support was pledged to Moldova by Romania.",
    entities: ["United Kingdom", "Iraqi Army", "Kenya", "Moldova", "Romania"],
    notGives: [
      ["United Kingdom", "supplies", "Iraqi Army"],
      ["United Kingdom", "supplies", "Iraq"],
      ["Romania", "supplies", "Moldova"],
    ],
  },
  {
    label: "an agreement with X on cooperation names no purchase",
    text: "Vietnam signed an agreement with Russia on military-technical cooperation that covers the Su-30 jets.",
    notGives: [["Russia", "supplies", "Vietnam"]],
  },
  {
    label: "goods with a supplier in an appositive, then used by another party: the user received them",
    text: "The Wing Loong II drones, supplied by China, were used by the Ethiopian army in the Tigray war.",
    gives: [
      ["China", "supplies", "Wing Loong II"],
      ["China", "supplies", "Ethiopia"],
    ],
    notGives: [
      ["Ethiopian Army", "supplies", "Wing Loong II"],
      ["Ethiopia", "supplies", "Wing Loong II"],
    ],
  },
  {
    label: "goods with their donor in an appositive, then arriving in a country: that country received them",
    text: "Six Mi-17 helicopters, gifted by Russia, arrived in Lima on Monday.",
    gives: [
      ["Russia", "supplies", "Mi-17"],
      ["Russia", "supplies", "Peru"],
    ],
  },
  {
    label: "goods with their donor in a reduced relative, arriving in a country's capital",
    text: "Twelve Bushmaster vehicles supplied by Australia arrived in Kyiv this week.",
    gives: [
      ["Australia", "supplies", "Bushmaster"],
      ["Australia", "supplies", "Ukraine"],
    ],
  },
  {
    label: "goods with their donor in an appositive that only may have arrived: no recipient",
    text: "Four Black Hawk helicopters, donated by the United States, may have arrived in Colombia.",
    entities: ["United States", "Colombia"],
    notGives: [["United States", "supplies", "Colombia"]],
  },
  {
    label: "goods with their seller in an appositive after the goods, from the buyer's side",
    text: "The army said the new jets would replace its F-5 jets, bought from the United States in 1975.",
    gives: [["United States", "supplies", "F-5"]],
  },
  {
    label: "a possessor's goods with their seller in an appositive: the possessor bought them",
    text: "Peru's Mi-35 gunships, procured from Russia, returned to service.",
    gives: [
      ["Russia", "supplies", "Mi-35"],
      ["Russia", "supplies", "Peru"],
    ],
  },
  {
    label: "coordinated models with their seller in an appositive: each was bought",
    text: "Kenya will replace its Z-9 and Mi-17 helicopters, bought from China, next year.",
    gives: [
      ["China", "supplies", "Z-9"],
      ["China", "supplies", "Mi-17"],
    ],
  },
  {
    label: "coordinated models bought from coordinated sellers: which sold which is not told",
    text: "The air force flies F-5 and Mirage 2000 jets, bought from the United States and France.",
    entities: ["United States", "Mirage 2000"],
    notGives: [
      ["United States", "supplies", "Mirage 2000"],
      ["France", "supplies", "F-5"],
    ],
  },
  {
    label: "goods in an appositive captured from a country: no supply",
    text: "The T-72 tanks, captured from Russia, were shown in Kyiv.",
    entities: ["Russia", "T-72"],
    notGives: [["Russia", "supplies", "T-72"]],
  },
  {
    label: "goods handed over to a minister titled by a demonym: a supply to his country",
    text: "Norwegian Ambassador Ola Berg handed over 20 armoured vehicles to Kenyan Defence Minister Aden Duale in Nairobi.",
    gives: [["Norway", "supplies", "Kenya"]],
    notGives: [["Kenya", "supplies", "Norway"]],
  },
  {
    label: "a minister titled by a demonym receives helicopters from a country: a supply to his country",
    text: "Bolivian Defence Minister Edmundo Novillo received two UH-1H helicopters from Taiwan on Monday.",
    gives: [["Taiwan", "supplies", "Bolivia"]],
  },
  {
    label: "a minister receiving a letter from a country is no supply",
    text: "Bolivian Defence Minister Edmundo Novillo received a letter from Taiwan about the UH-1H helicopters.",
    notGives: [["Taiwan", "supplies", "Bolivia"]],
  },
  {
    label: "a donation noun's goods to a minister titled by a demonym: a supply to his country",
    text: "Japan's donation of 12 armoured vehicles to Zambian Defence Minister Ambrose Lufuma was welcomed in Lusaka.",
    gives: [["Japan", "supplies", "Zambia"]],
    notGives: [["Zambia", "supplies", "Japan"]],
  },
  {
    label: "goods handed over to a person the document tied to a country in an earlier sentence",
    text: "Paraguayan Defence Minister Oscar Gonzalez visited the air base on Monday. Brazilian Ambassador Paulo Souza handed over 12 armoured vehicles to Gonzalez at the ceremony.",
    gives: [["Brazil", "supplies", "Paraguay"]],
  },
  {
    label: "an army chief handing over tanks to a general of his own country supplies no country",
    text: "Pakistani army chief General Asim Rana handed over 40 tanks to Pakistani Lieutenant General Omar Latif at Taxila.",
    notGives: [
      ["Asim Rana", "supplies", "Pakistan"],
      ["Pakistan", "supplies", "Pakistan"],
    ],
  },
  {
    label: "a cheque presented to a minister is no supply to his country",
    text: "Indian Ambassador Ravi Mehta presented a cheque to Nepalese Defence Minister Ram Thapa on Friday.",
    notGives: [
      ["India", "supplies", "Nepal"],
      ["Ravi Mehta", "supplies", "Nepal"],
    ],
  },
  {
    label: "goods handed over to X by Y in the passive: the two met",
    text: "The patrol boats were handed over to Kenyan Defence Minister Aden Duale at the Mombasa naval base by Turkish ambassador to Kenya Ayse Yilmaz on 3 May.",
    gives: [["Aden Duale", "meets", "Ayse Yilmaz"]],
  },
  {
    label: "received equipment from an ambassador at a barracks",
    text: "President William Ruto received the equipment worth US$12 million from Indian ambassador to Kenya Namgya Khampa at Kahawa Barracks on Monday.",
    gives: [["William Ruto", "meets", "Namgya Khampa"]],
  },
  {
    label: "received a letter from X: no goods handed over, no meeting",
    text: "President William Ruto received a letter from Indian Prime Minister Narendra Modi on Monday.",
    notGives: [["William Ruto", "meets", "Narendra Modi"]],
  },
  {
    label: "a country receiving equipment from another meets no one",
    text: "Kenya received the equipment from India on Monday, President William Ruto said.",
    notGives: [["Kenya", "meets", "India"]],
  },
  {
    label: "an agreement signed in the passive by two people listed with their titles: they met",
    text: "Hanwha announced on Monday that the agreement to export the K9 howitzers was signed in Seoul by General Rafael Ortiz, chief-of-staff of the Peruvian Army, and Kim Dong-hyun, chairman of Hanwha Aerospace, the defence arm of Hanwha.",
    gives: [["Rafael Ortiz", "meets", "Kim Dong-hyun"]],
  },
  {
    label: "a memorandum signed by A and by B named after a title with its portfolio: they met",
    text: "The deal was finalised via a memorandum of understanding signed on March 3 by Indian defence minister Rajnath Singh and French minister of the armed forces Sebastien Lecornu on the sidelines of the show.",
    gives: [["Rajnath Singh", "meets", "Sebastien Lecornu"]],
  },
  {
    label: "an agreement that will be signed by A and B is a planned meeting",
    text: "The agreement will be signed by Rajnath Singh and Sebastien Lecornu next month.",
    hedged: [["Rajnath Singh", "meets", "Sebastien Lecornu", "planned"]],
  },
  {
    label: "one signer in the by-phrase and another person in the next clause did not sign together",
    text: "The agreement was signed by Defence Minister Rajnath Singh, and President Sebastien Lecornu welcomed it.",
    notGives: [["Rajnath Singh", "meets", "Sebastien Lecornu"]],
  },
  {
    label: "a title opening the sentence runs through its body into the subject's name",
    text: "Vice-Chairman of the Central Military Commission Zhang Youxia met Defence Minister Aden Duale in Beijing.",
    gives: [["Zhang Youxia", "meets", "Aden Duale"]],
    notGives: [["Central Military Commission", "meets", "Aden Duale"]],
  },
  {
    label: "'they met' in a clause opening the sentence: the coordinated subject after its comma",
    text: "Before they met, Prime Minister Rishi Sunak and Indian Prime Minister Narendra Modi publicly expressed hope for a trade deal.",
    gives: [["Rishi Sunak", "meets", "Narendra Modi"]],
  },
  {
    label: "an opening phrase ending in a country closes at its comma before a coordinated title and name",
    text: "As part of her official visit to Portugal, Deputy Prime Minister and Minister of Foreign Affairs Karin Holm met with the Portuguese Minister of Defence, Rui Mendes, in Lisbon today.",
    gives: [["Karin Holm", "meets", "Rui Mendes"]],
    notGives: [["Portugal", "meets", "Rui Mendes"]],
  },
  {
    label: "a list of countries in the opening phrase stays one list up to its last comma",
    text: "During her visits to Portugal, Spain and Italy, Deputy Prime Minister and Defence Minister Karin Holm met with Portuguese Defence Minister Rui Mendes.",
    gives: [["Karin Holm", "meets", "Rui Mendes"]],
    notGives: [["Spain", "meets", "Rui Mendes"]],
  },
  {
    label: "a meeting noun's predicate 'is to be held' tells an arrangement, not a meeting",
    text: "A summit between President Halima Osei and Prime Minister Tomas Lindqvist is to be held in Accra.",
    notGives: [["Halima Osei", "meets", "Tomas Lindqvist"]],
  },
  {
    label: "talks 'were to take place' were arranged, not held",
    text: "Talks between Foreign Minister Halima Osei and Foreign Minister Tomas Lindqvist were to take place on Monday.",
    notGives: [["Halima Osei", "meets", "Tomas Lindqvist"]],
  },
  {
    label: "talks between A and B 'were held': a meeting",
    text: "Talks between Foreign Minister Halima Osei and Foreign Minister Tomas Lindqvist were held in Accra on Monday.",
    gives: [["Halima Osei", "meets", "Tomas Lindqvist"]],
  },
  {
    label: "equipment presented to a titled person named after a comma: a handover in person",
    text: "Canadian Ambassador Claire Dubois presented the equipment to Malawi's Chief of Defence Staff, General Peter Banda.",
    gives: [["Claire Dubois", "meets", "Peter Banda"]],
  },
  {
    label:
      "equipment handed over to a title phrase and the person named after its comma: a handover in person",
    text: "Ambassador Anna Lind handed over the equipment to the Chief of Defence Staff, General Peter Mensah.",
    gives: [["Anna Lind", "meets", "Peter Mensah"]],
  },
  {
    label: "trucks donated to a titled minister: a handover in person",
    text: "Ambassador Maria Costa donated ten pickup trucks to Defence Minister Tomas Ruiz on Monday.",
    gives: [["Maria Costa", "meets", "Tomas Ruiz"]],
  },
  {
    label: "trucks donated to a body's titled officer named after a comma: a handover in person",
    text: "The German Ambassador, Peter Brandt, donated 12 trucks to the Ghana Armed Forces Chief of Defence Staff, Lieutenant General Obed Akwa.",
    gives: [["Peter Brandt", "meets", "Obed Akwa"]],
  },
  {
    label: "'The donation was made by X to Y', both titled before a comma: a handover in person",
    text: "The donation was made by the British High Commissioner, Sarah Collins, to the Minister of Defence, Ibrahim Keita.",
    gives: [["Sarah Collins", "meets", "Ibrahim Keita"]],
  },
  {
    label: "'The handover was made by X to Y': a handover in person",
    text: "The handover was made by Ambassador Karl Weber to General Moussa Traore at the barracks.",
    gives: [["Karl Weber", "meets", "Moussa Traore"]],
  },
  {
    label:
      "'X made the presentation to Y': a handover in person; by a capitalised title word before the title",
    text: "Ambassador Anna Lind made the presentation to the Chief of Defence Staff, General Peter Mensah. The donation was made by the European Commissioner for Crisis Management, Janez Lenarcic, to the Minister of Defense, Alkassoum Indattou.",
    gives: [
      ["Anna Lind", "meets", "Peter Mensah"],
      ["Janez Lenarcic", "meets", "Alkassoum Indattou"],
    ],
  },
  {
    label: "a donation made by a country to a country is no meeting",
    text: "The donation was made by Japan to Ghana on Monday.",
    entities: ["Japan", "Ghana"],
    notGives: [["Japan", "meets", "Ghana"]],
  },
  {
    label: "a statement made by a minister to the press is no handover",
    text: "The statement was made by Defence Minister Tomas Ruiz to General Peter Mensah on Monday.",
    entities: ["Tomas Ruiz", "Peter Mensah"],
    notGives: [["Tomas Ruiz", "meets", "Peter Mensah"]],
  },
  {
    label: "hosted, after a time adverb, 'the new' titled minister named after a comma",
    text: "Defence Minister Olta Xhacka hosted today the new Minister of Defense of Montenegro, Mr. Dragan Krapovic.",
    gives: [["Olta Xhacka", "meets", "Dragan Krapovic"]],
  },
  {
    label: "'X, accompanied by [title], [rank] Y, hosted Z': X hosts Z",
    text: "Defence Minister Olta Xhacka, accompanied by the Chief of General Staff, Major General Bardhyl Kollcaku, hosted Dragan Krapovic.",
    gives: [["Olta Xhacka", "meets", "Dragan Krapovic"]],
  },
  {
    label: "two ambulances gifted to a titled minister: a handover in person; a report presented is none",
    text: "Ambassador Sofia Lindqvist gifted two ambulances to Health Minister Daniel Okoro. Minister Daniel Okoro presented a report to President Grace Mensah on Monday.",
    gives: [["Sofia Lindqvist", "meets", "Daniel Okoro"]],
    notGives: [["Daniel Okoro", "meets", "Grace Mensah"]],
  },
  {
    label: "a plan presented to a person is no handover of goods",
    text: "Canadian Ambassador Claire Dubois presented the new plan to Malawian Army Commander General Peter Banda.",
    notGives: [["Claire Dubois", "meets", "Peter Banda"]],
  },
  {
    label: "ranks no phrase took before the partner's name do not count against the reach of 'met with'",
    text: "Gen Amos Kiprono met with Brig Gen Laura Hayes in Nairobi. Rear Adm. Tomas Ruiz met Col. Ana Pereira at the naval base.",
    gives: [
      ["Amos Kiprono", "meets", "Laura Hayes"],
      ["Tomas Ruiz", "meets", "Ana Pereira"],
    ],
  },
  {
    label: "a ranked name in another clause after 'met with' someone unnamed is no partner",
    text: "Gen Amos Kiprono met with reporters after Brig Gen Laura Hayes left the capital.",
    entities: ["Amos Kiprono", "Laura Hayes"],
    notGives: [["Amos Kiprono", "meets", "Laura Hayes"]],
  },
  {
    label:
      "a time adverbial after the auxiliary, and a rank opening the subject's appositive: 'X, Gen Y, has on Tuesday met with Z'",
    text: "The Chief of Defence Forces, Gen Amos Kiprono, has on Tuesday met with the US envoy Laura Hayes. Tomas Ruiz has on Monday refused to meet Ana Pereira.",
    gives: [["Amos Kiprono", "meets", "Laura Hayes"]],
    hedged: [["Tomas Ruiz", "meets", "Ana Pereira", "negated"]],
  },
  {
    label:
      "two people signing a handover certificate together met, past long appositives and a mapping 'on behalf of … respectively'",
    text: "Senior Colonel Wang Lei, defence attaché of the Chinese Embassy in Laos, and General Bounmy Vongsa, deputy commander-in-chief of the Lao People's Army (LPA) and commander of the border police, signed the handover certificate on behalf of the two defence ministries respectively. Colonel Tan Wei and General Somsak Inthavong will sign the acceptance certificate on Friday.",
    gives: [["Wang Lei", "meets", "Bounmy Vongsa"]],
    hedged: [["Somsak Inthavong", "meets", "Tan Wei", "planned"]],
  },
  {
    label:
      "signing a certificate separately, or in two cities 'respectively', and speaking at one ceremony: no meeting",
    text: "Colonel Wang Lei and General Bounmy Vongsa signed the handover certificate separately. Ambassador Zhao Ming and Minister Chansamone Khamphou spoke at the handover ceremony. Colonel Tan Wei and General Somsak Inthavong signed the agreement in Beijing and Bangkok respectively.",
    entities: [
      "Wang Lei",
      "Bounmy Vongsa",
      "Zhao Ming",
      "Chansamone Khamphou",
      "Tan Wei",
      "Somsak Inthavong",
    ],
    notGives: [
      ["Wang Lei", "meets", "Bounmy Vongsa"],
      ["Zhao Ming", "meets", "Chansamone Khamphou"],
      ["Tan Wei", "meets", "Somsak Inthavong"],
    ],
  },
  {
    label:
      "goods received in person, then 'X made the delivery' or 'the handover was made by X' in the next sentence: a handover in person",
    text: "The aircraft was received at the Kotoka Air Base by Defence Minister Major General Paul Banda. Jane Doe, Chargé d’Affaires of the British Embassy and Lieutenant Colonel John Smith, military attaché at the British Embassy made the delivery for the British government. Minister Juan Perez received the helicopter at the base. The handover was made by Ambassador Claire Dubois.",
    gives: [
      ["Paul Banda", "meets", "Jane Doe"],
      ["Paul Banda", "meets", "John Smith"],
      ["Juan Perez", "meets", "Claire Dubois"],
    ],
  },
  {
    label:
      "a body that made the delivery, a guest who only attended, a report presented, or a delivery elsewhere is no handover in person",
    text: "The aircraft was received by Minister Juan Perez. The ceremony was attended by Ambassador Claire Dubois. The trucks were received by General Amos Kiprono. The US Embassy made the delivery. Minister Ana Lopes received the report. Ambassador Kenji Sato made the presentation. The boats were received by Admiral Luis Soto. Colonel Laura Hayes made the delivery to the port.",
    entities: [
      "Juan Perez",
      "Claire Dubois",
      "Amos Kiprono",
      "Ana Lopes",
      "Kenji Sato",
      "Luis Soto",
      "Laura Hayes",
    ],
    notGives: [
      ["Juan Perez", "meets", "Claire Dubois"],
      ["Ana Lopes", "meets", "Kenji Sato"],
      ["Luis Soto", "meets", "Laura Hayes"],
    ],
  },
  {
    label: "goods received in the passive by X from Y: a handover in person",
    text: "The trucks were received by Army chief General Amos Kiprono from the American ambassador, Laura Hayes. Four helicopters were also received by Defence Minister Juan Perez, from Chargé d’Affaires of the Canadian Embassy, Claire Dubois.",
    gives: [
      ["Amos Kiprono", "meets", "Laura Hayes"],
      ["Juan Perez", "meets", "Claire Dubois"],
    ],
  },
  {
    label: "a letter received by X from Y, or goods received by X that Y sent, is no handover in person",
    text: "A letter was received by Minister Juan Perez from Ambassador Claire Dubois. The helicopters, sent by Ambassador Laura Hayes, were received by General Amos Kiprono.",
    entities: ["Juan Perez", "Claire Dubois", "Laura Hayes", "Amos Kiprono"],
    notGives: [
      ["Juan Perez", "meets", "Claire Dubois"],
      ["Amos Kiprono", "meets", "Laura Hayes"],
    ],
  },
  {
    label:
      "drone footage or truck keys are no goods handed over: a goods noun that only qualifies the noun after it",
    text: "The drone footage was received by Colonel Peter Mwangi from Major Hassan Ali. Captain Rosa Diaz handed over the truck manuals to Commander Luis Ortega.",
    entities: ["Peter Mwangi", "Hassan Ali", "Rosa Diaz", "Luis Ortega"],
    notGives: [
      ["Peter Mwangi", "meets", "Hassan Ali"],
      ["Rosa Diaz", "meets", "Luis Ortega"],
    ],
  },
  {
    label: "'met with the visiting' partner: the article and the participle do not count against the reach",
    text: "Navy chief Admiral Tomas Varga later met with the visiting Chilean admiral Diego Fuentes.",
    gives: [["Tomas Varga", "meets", "Diego Fuentes"]],
  },
  {
    label: "an adverb that is also a title modifier ('then', 'first') between the subject and its verb",
    text: "General Sani Bello then held talks with President Hakainde Hichilema in Lusaka. Minister Clara Okafor first hosted Ambassador Jonas Lind at the ministry. Defence Minister Karl Ruud then accused Belarus of violating the treaty.",
    gives: [
      ["Sani Bello", "meets", "Hakainde Hichilema"],
      ["Clara Okafor", "meets", "Jonas Lind"],
      ["Karl Ruud", "assesses", "Belarus"],
    ],
  },
  {
    label:
      "'the then' and 'first deputy' before a title's head stay title words; a later plan with 'then' is no meeting",
    text: "The then defence minister Lars Berg met President Aino Virta. First Deputy Minister Pavel Horak met Ambassador Jonas Lind. Minister Clara Okafor will then meet Ambassador Erik Moen in Oslo.",
    gives: [
      ["Lars Berg", "meets", "Aino Virta"],
      ["Pavel Horak", "meets", "Jonas Lind"],
    ],
    entities: ["Clara Okafor", "Erik Moen"],
    notGives: [["Clara Okafor", "meets", "Erik Moen"]],
  },
  {
    label: "a contract signed with a titled company officer: the signers met",
    text: "Czech Defence Minister Tomas Hruby signed the contract on Monday with Embraer vice president of defence sales Paula Ramos.",
    gives: [["Tomas Hruby", "meets", "Paula Ramos"]],
  },
  {
    label: "a contract signed by one person and approved by another: no meeting",
    text: "The contract was signed by Czech Defence Minister Tomas Hruby and approved by President Karel Dvorak.",
    notGives: [["Tomas Hruby", "meets", "Karel Dvorak"]],
  },
  {
    label:
      "signers of an accord in a participle or relative clause set off by commas, or in a participle opening the sentence",
    text: "The memorandum, signed by Defence Minister Halvard Moe and Ambassador Rui Tavares, covers training. The contract, which was signed by Minister Ines Duarte and Saab executive Jonas Ek, covers six jets. Signed in Praia by Minister Carla Fortes and Ambassador Liu Wei, the accord covers maintenance.",
    gives: [
      ["Halvard Moe", "meets", "Rui Tavares"],
      ["Ines Duarte", "meets", "Jonas Ek"],
      ["Carla Fortes", "meets", "Liu Wei"],
    ],
  },
  {
    label: "a set-off signing by one person, or one still to come, or a report signed by two: no meeting",
    text: "The contract, signed by Minister Ines Duarte, was approved by President Jose Neves. The agreement, which will be signed by Minister Carla Fortes and Ambassador Liu Wei, covers maintenance. The report, signed by Minister Halvard Moe and Ambassador Rui Tavares, criticises the delay.",
    entities: ["Ines Duarte", "Jose Neves", "Carla Fortes", "Liu Wei", "Halvard Moe", "Rui Tavares"],
    notGives: [
      ["Ines Duarte", "meets", "Jose Neves"],
      ["Carla Fortes", "meets", "Liu Wei"],
      ["Halvard Moe", "meets", "Rui Tavares"],
    ],
  },
  {
    label: "a passive signing whose first signer's long title is set off by a comma before the name",
    text: "A memorandum on defence cooperation was signed in Accra on Friday by the Ghanaian Minister of Defence, Kwame Boateng and the Turkish Ambassador to Ghana, Selim Aydin.",
    gives: [["Kwame Boateng", "meets", "Selim Aydin"]],
  },
  {
    label: "a long-titled signer in the by-phrase and a person opening the next clause did not sign together",
    text: "The agreement was signed by the Ghanaian Minister of Defence, Kwame Boateng, and Turkish President Selim Aydin welcomed it.",
    notGives: [["Kwame Boateng", "meets", "Selim Aydin"]],
  },
  {
    label: "a diplomat summoned by a minister: a meeting in person",
    text: "Deputy Foreign Minister Lena Marsh on Tuesday summoned Oleg Petrenko, the Russian charge d'affaires in Dublin, and handed him a protest note.",
    gives: [["Lena Marsh", "meets", "Oleg Petrenko"]],
  },
  {
    label: "a threat to summon an ambassador is no meeting",
    text: "Deputy Foreign Minister Lena Marsh threatened to summon Russian Ambassador Oleg Petrenko.",
    notGives: [["Lena Marsh", "meets", "Oleg Petrenko"]],
  },
  {
    label: "a title-like object ends at 'after': the person of the next clause is not the one received",
    text: "President Lena Marsh received the national security council after Russian Ambassador Oleg Petrenko spoke.",
    notGives: [["Lena Marsh", "meets", "Oleg Petrenko"]],
  },
  {
    label: "coordinated signers, the second with a portfolio noun before a lowercase title",
    text: "Trade minister Elena Vasquez and planning minister Diego Morales signed the accord with Japan's envoy in Lima, Kenji Mori, in the presence of reporters.",
    gives: [
      ["Elena Vasquez", "meets", "Kenji Mori"],
      ["Diego Morales", "meets", "Kenji Mori"],
    ],
  },
  {
    label: "a title running through bodies and their 'of' phrases into the subject's name",
    text: "The Commander of the Land Forces of the Armed Forces of the Republic of Moldova Colonel Ion Rusu met with the Ambassador of Romania to Moldova Daniel Ionita.",
    gives: [["Ion Rusu", "meets", "Daniel Ionita"]],
  },
  {
    label: "'and' after a place a preposition governs opens a clause when a titled person and a verb follow",
    text: "Foreign Minister Lena Marsh arrived in Oslo and Prime Minister Erik Dahl met the visiting US envoy Mark Reyes.",
    gives: [["Erik Dahl", "meets", "Mark Reyes"]],
    notGives: [["Lena Marsh", "meets", "Mark Reyes"]],
  },
  {
    label: "'they met' someone in the opening clause says nothing of the two subjects after it",
    text: "Before they met Fumio Kishida, Prime Minister Rishi Sunak and Indian Prime Minister Narendra Modi spoke to reporters.",
    notGives: [["Rishi Sunak", "meets", "Narendra Modi"]],
  },
  {
    label: "'before they meet' in the present tense tells of a meeting to come",
    text: "Before they meet, Defence Minister Pavel Orlik and Foreign Minister Ines Bakker will exchange letters.",
    notGives: [["Pavel Orlik", "meets", "Ines Bakker"]],
  },
  {
    label: "'once they meet' followed by a plan: no meeting yet",
    text: "Once they meet, President Tomas Halvorsen and Prime Minister Adaeze Okafor are expected to sign a trade pact.",
    notGives: [["Tomas Halvorsen", "meets", "Adaeze Okafor"]],
  },
  {
    label: "'when they met' names its pair after the comma, not the people of the sentence before",
    text: "Chancellor Marta Kowal welcomed Senator Lucas Brandt in Berlin. When they met, President Tomas Halvorsen and Prime Minister Adaeze Okafor signed a trade pact.",
    gives: [
      ["Marta Kowal", "meets", "Lucas Brandt"],
      ["Tomas Halvorsen", "meets", "Adaeze Okafor"],
    ],
  },
  {
    label: "an agreement signed separately or by video link: the signers did not meet",
    text: "The agreement was signed separately by Defence Minister Pavel Orlik and Foreign Minister Ines Bakker. President Tomas Halvorsen and Prime Minister Adaeze Okafor signed the accord by video link on Monday.",
    notGives: [
      ["Pavel Orlik", "meets", "Ines Bakker"],
      ["Tomas Halvorsen", "meets", "Adaeze Okafor"],
    ],
  },
  {
    label: "an agreement that has yet to be signed by two ministers: no meeting",
    text: "The memorandum has yet to be signed by Defence Minister Pavel Orlik and Foreign Minister Ines Bakker.",
    notGives: [["Pavel Orlik", "meets", "Ines Bakker"]],
  },
  {
    label: "a handover to a body, then the speaker: the speaker handed nothing over",
    text: "Commodore Ruben Alvarado handed over the patrol boats to the navy, Ambassador Claire Dunmore said.",
    notGives: [["Ruben Alvarado", "meets", "Claire Dunmore"]],
  },
  {
    label: "goods received from a country, then the speaker: the speaker is no giver",
    text: "Colonel Ruben Alvarado received equipment worth $3 million from the United States, Ambassador Claire Dunmore said.",
    notGives: [["Ruben Alvarado", "meets", "Claire Dunmore"]],
  },
  {
    label: "a visitor set off by a relative clause that only a comma closes calls on a list of titled people",
    text: "The army said that Chief of Naval Staff Admiral Ravi Menon who is on an official visit to Ghana, called on Defence Minister Kwame Asante, Chief of Army Staff Lt-Gen Yaw Boateng and Chief of Air Staff of Ghana Air Vice Marshal Kojo Mensah.",
    gives: [
      ["Ravi Menon", "meets", "Kwame Asante"],
      ["Ravi Menon", "meets", "Yaw Boateng"],
      ["Ravi Menon", "meets", "Kojo Mensah"],
    ],
    noEntities: ["Army"],
  },
  {
    label: "interacted with a named person: a meeting in person",
    text: "General Tom Hale interacted with General Kofi Mensah and discussed aspects of mutual interest. During the visit, Gen Ravi Rao also interacted with Lt Gen Abdul Karim, the Principal Staff Officer of the Armed Forces Division.",
    gives: [
      ["Tom Hale", "meets", "Kofi Mensah"],
      ["Ravi Rao", "meets", "Abdul Karim"],
    ],
  },
  {
    label: "interacted with the media, troops or a body: no meeting with a named person",
    text: "General Tom Hale interacted with the media in Accra after General Kofi Mensah left. Minister Ana Costa interacted with troops of the Ghana Army.",
    notGives: [
      ["Tom Hale", "meets", "Kofi Mensah"],
      ["Ana Costa", "meets", "Ghana Army"],
    ],
  },
  {
    label: "a delegation led by a person: the leader meets (subject, opening participle, object)",
    text: "A delegation led by Admiral Chen Hao met General Isaac Mensah in Accra. Led by its Commander, Major General Tevita Lomu, the Tongan delegation met the Chief of Defence Staff, General Ruth Oduya. President Ana Costa welcomed a delegation headed by Senator Hugo Brandt.",
    gives: [
      ["Chen Hao", "meets", "Isaac Mensah"],
      ["Tevita Lomu", "meets", "Ruth Oduya"],
      ["Ana Costa", "meets", "Hugo Brandt"],
    ],
  },
  {
    label: "a delegation whose phrase names the body it comes from, then led by a person: the leader meets",
    text: "Defence Minister Somsak Chaiyo received a delegation of the Japanese Embassy in Thailand led by Ambassador Kenji Sato. President Ana Costa welcomed a delegation from the Chinese People's Liberation Army led by General Wang Hai. A delegation of the Indian Ministry of Defence headed by Secretary Ravi Kumar met General Paul Banda in Lusaka.",
    gives: [
      ["Somsak Chaiyo", "meets", "Kenji Sato"],
      ["Ana Costa", "meets", "Wang Hai"],
      ["Ravi Kumar", "meets", "Paul Banda"],
    ],
  },
  {
    label: "an embassy led by its ambassador, named after the person met, is no delegation the person met",
    text: "General Paul Banda met officials of the Indian Embassy in Zambia, led by Ambassador Ravi Kumar, at the airport.",
    notGives: [["Paul Banda", "meets", "Ravi Kumar"]],
  },
  {
    label: "a person and their own delegation or team as the subject: the person meets",
    text: "General Tom Hale visited Ghana on Monday. Gen. Hale and his delegation also met with U.S. Ambassador Mark Jones to discuss security. Defence Minister Ana Costa and her team held talks with General Kofi Mensah.",
    gives: [
      ["Tom Hale", "meets", "Mark Jones"],
      ["Ana Costa", "meets", "Kofi Mensah"],
    ],
  },
  {
    label: "a person and their delegation meeting reporters, or praised by someone, meet no one named",
    text: "General Tom Hale and his delegation met with reporters in Accra. President Kofi Mensah praised General Tom Hale and his delegation for the visit. Met at the airport, they left.",
    notGives: [["Tom Hale", "meets", "Kofi Mensah"]],
  },
  {
    label: "a delegation led by an envoy: the envoy meets, not the leader whose envoy he is",
    text: "A delegation led by President Xi Jinping's special envoy, Wang Lun, met General Isaac Mensah in Accra.",
    gives: [["Wang Lun", "meets", "Isaac Mensah"]],
    notGives: [["Xi Jinping", "meets", "Isaac Mensah"]],
  },
  {
    label: "an army led by a general meets no one",
    text: "The army, led by General Chen Hao, met fierce resistance from rebels loyal to Isaac Mensah.",
    notGives: [["Chen Hao", "meets", "Isaac Mensah"]],
  },
  {
    label: "visiting a body's building or headquarters is no meeting; visiting a person is",
    text: "Defence Minister Arno Vasic visited the Pentagon on Monday and then visited NATO headquarters in Brussels. President Ana Costa visited Prime Minister Hugo Brandt at his residence.",
    gives: [["Ana Costa", "meets", "Hugo Brandt"]],
    notGives: [
      ["Arno Vasic", "meets", "Pentagon"],
      ["Arno Vasic", "meets", "NATO"],
    ],
  },
  {
    label: "keys of vehicles handed over in person still meet",
    text: "Ambassador Claire Dunmore handed over the vehicles to Colonel Ruben Alvarado in Tegucigalpa.",
    gives: [["Claire Dunmore", "meets", "Ruben Alvarado"]],
  },
  {
    label: "called on X to do something: an appeal, not a visit",
    text: "President Joe Biden called on Vladimir Putin to withdraw his troops from the border.",
    notGives: [["Joe Biden", "meets", "Vladimir Putin"]],
  },
  {
    label: "called on X for something or not to do it: an appeal, not a visit",
    text: "Pope Francis called on Vladimir Putin for restraint, and Emmanuel Macron called on Xi Jinping not to arm Russia.",
    notGives: [
      ["Francis", "meets", "Vladimir Putin"],
      ["Emmanuel Macron", "meets", "Xi Jinping"],
    ],
  },
  {
    label: "a demonym before rebels or civilians does not stand for the state: no supply to it",
    text: "Qatar sent weapons to Syrian rebels.",
    notGives: [["Qatar", "supplies", "Syria"]],
  },
  {
    label: "a claim about a country's civilians does not assess the country",
    text: "Human Rights Watch said Ukrainian civilians were killed in Kharkiv.",
    notGives: [["Human Rights Watch", "assesses", "Ukraine"]],
  },
  {
    label: "a claim that opens on a named weapon assesses no one, not the weapon nor a later actor",
    text: "Rosoboronexport said the S-400 systems were delivered to Turkey.",
    notGives: [
      ["Rosoboronexport", "assesses", "S-400"],
      ["Rosoboronexport", "assesses", "Turkey"],
    ],
  },
  {
    label:
      "denied allegations by X that Y supplied: X's claim assesses Y, the denial assesses X, the supply is hedged",
    text: "The Foreign Office denied allegations by Iran's Foreign Ministry that Britain had supplied Storm Shadow missiles to Israel.",
    gives: [
      ["Iranian Foreign Ministry", "assesses", "United Kingdom"],
      ["Foreign Office", "assesses", "Iranian Foreign Ministry"],
    ],
    notGives: [["Foreign Office", "assesses", "Iran"]],
    hedged: [["United Kingdom", "supplies", "Israel", "denied"]],
  },
  {
    label: "rejected X's claims that Y …: the claim's author assesses its subject",
    text: "Islamabad rejected New Delhi's claims that Pakistan had armed the militants.",
    gives: [
      ["India", "assesses", "Pakistan"],
      ["Pakistan", "assesses", "India"],
    ],
  },
  {
    label: "a sentence of a quotation whose speaker is named at its end is the speaker's claim",
    text: "“Kazakhstan has presented a list of systems that it wants to buy. Moscow is increasing its presence in the region,” General Michael Kurilla said.",
    gives: [
      ["Michael Kurilla", "assesses", "Kazakhstan"],
      ["Michael Kurilla", "assesses", "Russia"],
    ],
  },
  {
    label: "a later sentence of a quotation, past a fronted clause of time or reason, is the speaker's claim",
    text: "Defence Secretary Gilberto Teodoro noted, “Security needs mobility, and we are glad to help. As our cooperation grows, Vietnam is a stronger partner in the region.”",
    gives: [["Gilberto Teodoro", "assesses", "Vietnam"]],
  },
  {
    label: "a quoted claim past a fronted clause of concession, the speaker named after it",
    text: "“While the talks continue, Russia remains the main threat to our security,” Estonian Prime Minister Kristen Michal said.",
    gives: [["Kristen Michal", "assesses", "Russia"]],
  },
  {
    label:
      "said as the speaker did something: the clause tells when he spoke, and the place after its comma is no claim",
    text: "“We focused on training,” Defence Secretary Pete Hegseth told reporters as he was leaving Manila for Tokyo, Japan.",
    entities: ["Pete Hegseth", "Japan"],
    notGives: [["Pete Hegseth", "assesses", "Japan"]],
  },
  {
    label: "a quoted sentence about the speaker's own side or opening on a pronoun assesses no one",
    text: "Australian Defence Minister Richard Marles said: “We will keep working with Japan. Australia has ordered new submarines from the United States.”",
    notGives: [
      ["Richard Marles", "assesses", "Japan"],
      ["Richard Marles", "assesses", "Australia"],
    ],
  },
  {
    label: "a supply to a country's police or military named after the country supplies the country",
    text: "Japan donated patrol boats and rifles to the Sri Lanka police, and India sent helicopters to the Maldives military.",
    gives: [
      ["Japan", "supplies", "Sri Lanka"],
      ["India", "supplies", "Maldives"],
    ],
  },
  {
    label: "a speaker pronoun after a quotation naming someone else, and a quotation standing alone after it",
    text: "The ceremony was attended by Kenyan President William Ruto. “I want to thank President Emmanuel Macron for the support,” he said. “France is a very good friend of Africa.”",
    gives: [["William Ruto", "assesses", "France"]],
    notGives: [["Emmanuel Macron", "assesses", "France"]],
  },
  {
    label:
      "an inverted claim whose subject stands past a long fronted phrase, not the place inside that phrase",
    text: "“On Thursday, after weeks of tense talks in Geneva with Japan, North Korea fired two missiles,” said Lee Sung-joon.",
    gives: [["Lee Sung-joon", "assesses", "North Korea"]],
    notGives: [["Lee Sung-joon", "assesses", "Japan"]],
  },
  // ---- assesses: a claim is about the actor of its subject, and a relayed statement is not the relayer's
  {
    label: "a claim whose subject names no actor is not about an actor in its object",
    text: "Brazilian Foreign Minister Mauro Vieira said the sanctions would hurt trade with Argentina.",
    entities: ["Mauro Vieira", "Argentina"],
    notGives: [["Mauro Vieira", "assesses", "Argentina"]],
  },
  {
    label: "a passive claim without an actor in its subject is about its agent",
    text: "Polish President Andrzej Duda said the attack was carried out by Russia.",
    gives: [["Andrzej Duda", "assesses", "Russia"]],
  },
  {
    label: "a participle and its agent inside the claim's subject stay in it",
    text: "Japanese Defence Minister Minoru Kihara said the missile fired by North Korea landed inside Japan's exclusive economic zone.",
    gives: [["Minoru Kihara", "assesses", "North Korea"]],
    notGives: [["Minoru Kihara", "assesses", "Japan"]],
  },
  {
    label:
      "a claim whose subject names no actor, with a recipient after 'destined for', is about the recipient",
    text: "Greek officials said the cargo was destined for the Houthis in Yemen.",
    gives: [["Greece", "assesses", "Houthis"]],
  },
  {
    label: "a claim whose verb takes a stance is about the owner of its object, not the stance holder",
    text: "China firmly opposes the United States' arms sales to Taiwan, Chinese Foreign Ministry spokesperson Lin Jian said.",
    gives: [
      ["Lin Jian", "assesses", "United States"],
      ["China", "assesses", "United States"],
    ],
    notGives: [
      ["Lin Jian", "assesses", "China"],
      ["Lin Jian", "assesses", "Taiwan"],
    ],
  },
  {
    label: "opposing sanctions on a country does not assess that country",
    text: "Hungary opposes new sanctions on Russia, Hungarian Foreign Minister Peter Szijjarto said.",
    entities: ["Peter Szijjarto", "Russia"],
    notGives: [
      ["Peter Szijjarto", "assesses", "Russia"],
      ["Hungary", "assesses", "Russia"],
    ],
  },
  {
    label: "a body inside a title's phrase is not a claim's subject; a title holder's recognition is relayed",
    text: "Nigeria's Defence Ministry said the Chief of Staff of the Nigerian Army, General Olufemi Oluyede, recognised the role Japan had played. Nigeria's Defence Ministry said the head of the Wagner Group would not be welcome in Abuja.",
    entities: ["Nigerian Defence Ministry", "Nigerian Army", "Wagner Group", "Olufemi Oluyede"],
    notGives: [
      ["Nigerian Defence Ministry", "assesses", "Nigerian Army"],
      ["Nigerian Defence Ministry", "assesses", "Wagner Group"],
      ["Nigerian Defence Ministry", "assesses", "Olufemi Oluyede"],
    ],
  },
  {
    label: "a claim opening on 'there is' is about what follows",
    text: "Estonian intelligence chief Kaupo Rosin said there were North Korean troops in Kursk.",
    gives: [["Kaupo Rosin", "assesses", "North Korea"]],
  },
  {
    label: "an outlet that reports someone's accusation or remarks does not assess the speaker",
    text: "Turkish Foreign Minister Hakan Fidan accused Greece of arming the islands, Reuters reported. Lin Jian, a spokesperson for the Chinese Foreign Ministry, made the remarks at a briefing in Beijing, Xinhua reported.",
    entities: ["Reuters", "Xinhua", "Lin Jian"],
    gives: [["Hakan Fidan", "assesses", "Greece"]],
    notGives: [
      ["Reuters", "assesses", "Hakan Fidan"],
      ["Xinhua", "assesses", "Lin Jian"],
    ],
  },
  {
    label:
      "a participle of accusing or describing after a comma keeps its own frame: the accused, or the one called so",
    text: "Cuban Foreign Minister Bruno Rodriguez rejected the claims, accusing foreign governments of funding protests in Venezuela. Philippine President Ferdinand Marcos condemned the incident, describing it as a clear violation of United Nations resolutions.",
    entities: ["Bruno Rodriguez", "Venezuela", "Ferdinand Marcos", "United Nations"],
    notGives: [
      ["Bruno Rodriguez", "assesses", "Venezuela"],
      ["Ferdinand Marcos", "assesses", "United Nations"],
    ],
  },
  {
    label:
      "dismissing claims about a country's role does not assess that country (their authors are unnamed)",
    text: "Pakistani Foreign Office spokesperson Mumtaz Zahra Baloch dismissed claims about China's role in the attack.",
    entities: ["Mumtaz Zahra Baloch", "China"],
    notGives: [["Mumtaz Zahra Baloch", "assesses", "China"]],
  },
  {
    label:
      "a quotation after 'said,' opening on 'I' is the speaker's own (its thanks judge the one thanked); an imperative has no subject",
    text: 'Kenyan President William Ruto said, "I want to thank the government of Ethiopia for its support." "Stop arming Ukraine," Russian Foreign Ministry spokeswoman Maria Zakharova said.',
    entities: ["William Ruto", "Ethiopia", "Maria Zakharova", "Ukraine"],
    gives: [["William Ruto", "assesses", "Ethiopia"]],
    notGives: [["Maria Zakharova", "assesses", "Ukraine"]],
  },
  {
    label: "a claim about the speaker itself is not about the counterpart it acts with",
    text: "Iranian Foreign Minister Abbas Araghchi said he agreed with his Ukrainian counterpart Andrii Sybiha in a phone call that the evidence should be shared.",
    entities: ["Abbas Araghchi", "Ukraine"],
    notGives: [["Abbas Araghchi", "assesses", "Ukraine"]],
  },
  {
    label:
      "a claim whose subject joins the speaker and another ('he and X', 'X and I') tells their joint act: the partner is not judged",
    text: "NATO Secretary General Jens Stoltenberg and Lithuanian Foreign Minister Gabrielius Landsbergis visited the border. Stoltenberg said he and Landsbergis had discussed the deteriorating relations with Russia. Kenyan President William Ruto said that he and Ugandan President Yoweri Museveni had agreed to open the border. “Emmanuel Macron and I agreed on the next steps,” German Chancellor Olaf Scholz said.",
    entities: [
      "Jens Stoltenberg",
      "Gabrielius Landsbergis",
      "William Ruto",
      "Yoweri Museveni",
      "Olaf Scholz",
      "Emmanuel Macron",
    ],
    notGives: [
      ["Jens Stoltenberg", "assesses", "Gabrielius Landsbergis"],
      ["William Ruto", "assesses", "Yoweri Museveni"],
      ["Olaf Scholz", "assesses", "Emmanuel Macron"],
    ],
  },
  {
    label:
      "the speaker's partner in a joint act may be named after words that open its phrase ('his Kenyan counterpart X', 'the Ukrainian president X')",
    text: "Indian Defence Minister Rajnath Singh said he and his Kenyan counterpart Aden Duale had discussed maritime security. NATO Secretary General Mark Rutte said he and the Ukrainian president Volodymyr Zelensky had agreed on the next steps.",
    entities: ["Rajnath Singh", "Aden Duale", "Mark Rutte", "Volodymyr Zelensky"],
    notGives: [
      ["Rajnath Singh", "assesses", "Aden Duale"],
      ["Mark Rutte", "assesses", "Volodymyr Zelensky"],
    ],
  },
  {
    label: "the speaker's joint act with another still judges the act's object",
    text: "Polish President Andrzej Duda said he and Gitanas Nauseda condemned Russia's attack on Kyiv.",
    gives: [["Andrzej Duda", "assesses", "Russia"]],
    notGives: [["Andrzej Duda", "assesses", "Gitanas Nauseda"]],
  },
  {
    label: "'claim' with a noun phrase as object (land, victory) tells no claim; with a clause it does",
    text: "The agreement would allow Russia to claim a large part of the Arctic, infringing the rights of regional neighbours. Venezuela claims the Essequibo region of Guyana. Azerbaijan claimed Armenia's forces had shelled its positions.",
    entities: ["Russia", "Arctic", "Venezuela", "Guyana", "Azerbaijan", "Armenia"],
    gives: [["Azerbaijan", "assesses", "Armenia"]],
    notGives: [
      ["Russia", "assesses", "Arctic"],
      ["Venezuela", "assesses", "Guyana"],
    ],
  },
  {
    label: "a claim about the speaker's own body is not about an actor in a later clause",
    text: "Japanese Defence Minister Minoru Kihara said his ministry was analysing the data after North Korea launched a missile.",
    entities: ["Minoru Kihara", "North Korea"],
    notGives: [["Minoru Kihara", "assesses", "North Korea"]],
  },
  {
    label: "a participle's recipient inside a claim's subject is not what the claim is about",
    text: "Iranian Foreign Minister Abbas Araghchi said the drones supplied to Russia were not meant for use in Ukraine.",
    entities: ["Abbas Araghchi", "Russia"],
    notGives: [["Abbas Araghchi", "assesses", "Russia"]],
  },
  {
    label: "'according to' after a clause whose subject is a pronoun is not about an actor in its object",
    text: "They see the launch as a violation of United Nations resolutions, according to a statement by the South Korean Foreign Ministry.",
    entities: ["United Nations", "South Korean Foreign Ministry"],
    notGives: [["South Korean Foreign Ministry", "assesses", "United Nations"]],
  },
  {
    label:
      "a quotation that opens on a verb after a parenthetical speaker goes on with the subject before it",
    text: 'Western nations, Iranian Foreign Minister Abbas Araghchi said, "are sending weapons to Israel."',
    entities: ["Abbas Araghchi", "Israel"],
    notGives: [["Abbas Araghchi", "assesses", "Israel"]],
  },
  {
    label: "a decision or a request to buy is not yet a supply",
    text: "Pakistan has formally decided to buy three Type 214 German submarines, and Poland requested the sale of Apache helicopters from the United States.",
    hedged: [
      ["Germany", "supplies", "Pakistan", "planned"],
      ["United States", "supplies", "Apache", "planned"],
    ],
  },
  {
    label: "a claim about 'German company X' is about X, not Germany",
    text: "French shipbuilder Naval Group will build the submarines in Brazil, Reuters reported.",
    gives: [["Reuters", "assesses", "Naval Group"]],
    notGives: [["Reuters", "assesses", "France"]],
  },
  {
    label: "a past form the tagger reads as an adjective after a name, before its object, is the verb",
    text: "Japanese Defence Minister Minoru Kihara gifted six patrol boats to the Philippine Navy on Monday.",
    gives: [
      ["Japan", "supplies", "Philippine Navy"],
      ["Japan", "supplies", "Philippines"],
    ],
  },
  // ---- supplies: buyer's possessive, sentence-initial nouns, weapons described by a participle
  {
    label: "a country hyphened to 'made' before a bought weapon supplies it (no from-phrase)",
    text: "Egypt bought 24 French-built Rafale jets.",
    gives: [
      ["France", "supplies", "Egypt"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "the origin past a maker's name and a time phrase between the deal and its verb",
    text: "Indonesia signed an agreement on Tuesday to import 12 Swedish-made Saab Gripen fighters.",
    gives: [
      ["Sweden", "supplies", "Indonesia"],
      ["Sweden", "supplies", "Gripen"],
    ],
  },
  {
    label: "a from-phrase names the supplier, not the country that made the weapon",
    text: "Morocco bought US-made F-16 jets from Norway.",
    gives: [["Norway", "supplies", "Morocco"]],
    notGives: [["United States", "supplies", "Morocco"]],
  },
  {
    label: "an amount between the buyer's possessive and the purchase noun",
    text: "Greece's 2.5-billion-euro purchase of Rafale jets from France was completed.",
    gives: [["France", "supplies", "Greece"]],
  },
  {
    label: "finalized its purchase of X from Y: the possessive pronoun's buyer",
    text: "Romania has finalized its purchase of F-35 fighter jets from the United States.",
    gives: [
      ["United States", "supplies", "Romania"],
      ["United States", "supplies", "F-35"],
    ],
  },
  {
    label: "a supply noun opening the sentence: Deliveries of X to Y by Z",
    text: "Deliveries of K9 howitzers to Norway by South Korea began in March.",
    gives: [
      ["South Korea", "supplies", "Norway"],
      ["South Korea", "supplies", "K9 Thunder"],
    ],
    notGives: [["Norway", "supplies", "K9 Thunder"]],
  },
  {
    label: "received X donated by Y: the receiver of the described weapons",
    text: "Kenya received 12 Mi-17 helicopters donated by the United States.",
    gives: [
      ["United States", "supplies", "Kenya"],
      ["United States", "supplies", "Mi-17"],
    ],
    notGives: [["Kenya", "supplies", "Mi-17"]],
  },
  {
    label: "has gifted X to Y",
    text: "Britain has gifted Challenger 2 tanks to Ukraine.",
    gives: [
      ["United Kingdom", "supplies", "Ukraine"],
      ["United Kingdom", "supplies", "Challenger 2"],
    ],
  },
  // ---- meets
  {
    label: "A met B",
    text: "Xi Jinping met Vladimir Putin in Moscow on Tuesday.",
    gives: [["Xi Jinping", "meets", "Vladimir Putin"]],
  },
  {
    label: "A and B met",
    text: "Antony Blinken and Wang Yi met in Beijing.",
    gives: [["Antony Blinken", "meets", "Wang Yi"]],
  },
  {
    label: "held talks with, with an organization title",
    text: "NATO Secretary General Mark Rutte held talks with Volodymyr Zelensky in Kyiv.",
    gives: [
      ["Mark Rutte", "meets", "Volodymyr Zelensky"],
      ["Mark Rutte", "affiliated_with", "NATO"],
    ],
  },
  {
    label: "hosted",
    text: "Benjamin Netanyahu hosted Marco Rubio in Jerusalem.",
    gives: [["Benjamin Netanyahu", "meets", "Marco Rubio"]],
  },
  {
    label: "will meet is planned",
    text: "Turkish President Recep Tayyip Erdogan will meet Donald Trump next week.",
    hedged: [["Recep Tayyip Erdogan", "meets", "Donald Trump", "planned"]],
    notGives: [["Recep Tayyip Erdogan", "meets", "Donald Trump"]],
    gives: [["Recep Tayyip Erdogan", "affiliated_with", "Turkey"]],
  },
  {
    label: "a summit between",
    text: "A summit between Kim Jong Un and Vladimir Putin took place at the Vostochny Cosmodrome.",
    gives: [["Kim Jong Un", "meets", "Vladimir Putin"]],
  },
  {
    label: "a potential visit is not a meeting",
    text: "Chinese officials discussed a potential visit by Xi Jinping to Joe Biden in the United States.",
    notGives: [
      ["Xi Jinping", "meets", "United States"],
      ["Xi Jinping", "meets", "Joe Biden"],
    ],
  },
  {
    label: "did not meet",
    text: "Zelensky did not meet Putin during the talks in Istanbul.",
    hedged: [["Volodymyr Zelensky", "meets", "Vladimir Putin", "negated"]],
    notGives: [["Volodymyr Zelensky", "meets", "Vladimir Putin"]],
  },
  {
    label: "met after a visit clause",
    text: "During his visit to Pyongyang, Putin met Kim Jong Un.",
    gives: [["Vladimir Putin", "meets", "Kim Jong Un"]],
  },
  {
    label: "met his counterpart with an abbreviated rank before the name",
    text: "Pakistani Defence Minister Khawaja Asif met his Turkish counterpart Gen Yasar Guler in Ankara.",
    gives: [["Khawaja Asif", "meets", "Yasar Guler"]],
  },
  {
    label: "talks with a title phrase that runs into the name",
    text: "Indonesian Defence Minister Prabowo Subianto held talks with the Defence Minister of the Australian Government Richard Marles on Monday.",
    gives: [["Prabowo Subianto", "meets", "Richard Marles"]],
  },
  {
    label: "met with a long title before the name, the subject before a relative clause",
    text: "Colonel General Bakhtiyar Mammadov, who is on a visit to Belarus, has met with Minister of Defense of this country Lieutenant General Viktor Khrenin in Minsk.",
    gives: [["Bakhtiyar Mammadov", "meets", "Viktor Khrenin"]],
  },
  {
    label: "received a courtesy call from someone, the subject set off by commas before a time word",
    text: "President Ferdinand Marcos, Jr., today received a courtesy call from Japanese Foreign Minister Yoko Kamikawa.",
    gives: [["Ferdinand Marcos", "meets", "Yoko Kamikawa"]],
  },
  {
    label: "talks in a phrase that opens the sentence: the subject after it took part",
    text: "During talks with Lloyd Austin and Grant Shapps, Russian Defence Minister Andrei Belousov warned of escalation.",
    gives: [["Andrei Belousov", "meets", "Lloyd Austin"]],
  },
  {
    label: "a meeting still ahead is planned",
    text: "Seoul condemned the launch ahead of a long-awaited meeting between South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba.",
    hedged: [["Lee Jae-myung", "meets", "Shigeru Ishiba", "planned"]],
  },
  {
    label: "a phone call with someone is no meeting in person",
    text: "Emmanuel Macron had a phone call with Keir Starmer on Sunday.",
    notGives: [["Emmanuel Macron", "meets", "Keir Starmer"]],
  },
  {
    label: "discussing a possible meeting",
    text: "Officials are discussing a possible meeting between Donald Trump and Vladimir Putin.",
    notGives: [["Donald Trump", "meets", "Vladimir Putin"]],
    hedged: [["Donald Trump", "meets", "Vladimir Putin", "possible"]],
  },
  {
    label: "possessive talks with",
    text: "Lavrov's talks with Abbas Araghchi focused on the nuclear deal.",
    gives: [["Sergei Lavrov", "meets", "Abbas Araghchi"]],
  },
  {
    label: "asked to meet someone: the meeting is not told as held",
    text: "Josep Borrell urged Serbian President Aleksandar Vucic to meet Kosovo Prime Minister Albin Kurti in Brussels.",
    entities: ["Aleksandar Vucic", "Albin Kurti"],
    notGives: [["Aleksandar Vucic", "meets", "Albin Kurti"]],
    hedged: [["Aleksandar Vucic", "meets", "Albin Kurti", "planned"]],
  },
  {
    label: "prompted to call on someone: the call was made",
    text: "The reports prompted Ali Bagheri to call on the French ambassador, Nicolas Roche.",
    gives: [["Ali Bagheri", "meets", "Nicolas Roche"]],
  },
  {
    label: "a possessive meeting with someone whose predicate postpones it",
    text: "Pedro Sanchez's meeting with Giorgia Meloni was postponed.",
    entities: ["Pedro Sanchez", "Giorgia Meloni"],
    notGives: [["Pedro Sanchez", "meets", "Giorgia Meloni"]],
  },
  {
    label: "a meeting between two people in a reported clause with a modal predicate",
    text: "Dmitry Peskov said a meeting between Belarusian President Alexander Lukashenko and Kazakh President Kassym-Jomart Tokayev could take place in May.",
    entities: ["Alexander Lukashenko", "Kassym-Jomart Tokayev"],
    notGives: [["Alexander Lukashenko", "meets", "Kassym-Jomart Tokayev"]],
    hedged: [["Alexander Lukashenko", "meets", "Kassym-Jomart Tokayev", "possible"]],
  },
  {
    label: "talks that should resume are not told as held",
    text: "Antonio Guterres said talks between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev should resume.",
    entities: ["Nikol Pashinyan", "Ilham Aliyev"],
    notGives: [["Nikol Pashinyan", "meets", "Ilham Aliyev"]],
  },
  {
    label: "talks that ended without a deal were held",
    text: "The talks between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev ended without a deal.",
    gives: [["Nikol Pashinyan", "meets", "Ilham Aliyev"]],
  },
  {
    label: "preparations for a summit: still to come",
    text: "Preparations for a summit between Xi Jinping and Lula da Silva are under way, Brasilia said.",
    entities: ["Xi Jinping"],
    notGives: [["Xi Jinping", "meets", "Lula da Silva"]],
  },
  {
    label: "a name after a title's preposition is its complement, not the partner",
    text: "Keir Starmer met with an adviser to Donald Trump in London.",
    entities: ["Keir Starmer", "Donald Trump"],
    notGives: [["Keir Starmer", "meets", "Donald Trump"]],
  },
  {
    label: "plans to visit and meet: the second verb shares the plan",
    text: "Narendra Modi plans to visit Moscow and meet Vladimir Putin.",
    entities: ["Narendra Modi", "Vladimir Putin"],
    notGives: [["Narendra Modi", "meets", "Vladimir Putin"]],
    hedged: [["Narendra Modi", "meets", "Vladimir Putin", "planned"]],
  },
  {
    label:
      "coordinated demonyms before a plural title and the names qualify the title; the countries are no parties of the meeting",
    text: "The Polish and Czech defence ministers, Anna Nowak and Petr Svoboda, met in Prague on Monday. Kenyan and Ugandan army chiefs Peter Njiru and Moses Okello met in Nairobi.",
    gives: [
      ["Anna Nowak", "meets", "Petr Svoboda"],
      ["Peter Njiru", "meets", "Moses Okello"],
    ],
    notGives: [
      ["Poland", "meets", "Petr Svoboda"],
      ["Anna Nowak", "meets", "Poland"],
      ["Kenya", "meets", "Moses Okello"],
      ["Peter Njiru", "meets", "Kenya"],
    ],
  },
  {
    label: "coordinated subjects each set off with a capitalised title before met",
    text: "On April 3, Ivo Kolar, Minister of Defence of Slovenia, and Tibor Benko, Minister of Defence of Hungary, met in Ljubljana.",
    gives: [
      ["Ivo Kolar", "meets", "Tibor Benko"],
      ["Ivo Kolar", "affiliated_with", "Slovenia"],
    ],
  },
  {
    label: "coordinated subjects each set off with a possessive title before held talks",
    text: "Ana Costa, Portugal's defence minister, and Jan Novak, Slovakia's defence minister, held talks in Lisbon.",
    gives: [["Ana Costa", "meets", "Jan Novak"]],
  },
  {
    label: "coordinated titled subjects who met someone unnamed did not meet each other",
    text: "Ivo Kolar, Minister of Defence of Slovenia, and Tibor Benko, Minister of Defence of Hungary, met the visiting delegation.",
    entities: ["Ivo Kolar", "Tibor Benko"],
    notGives: [["Ivo Kolar", "meets", "Tibor Benko"]],
  },
  {
    label: "a place after its preposition before a title and a comma is no person",
    text: "In Santa Cruz, Minister of Defence Edmundo Novillo, said the plan would work.",
    typed: [
      ["Santa Cruz", "Location"],
      ["Edmundo Novillo", "Person"],
    ],
  },
  {
    label: "a name printed with and without its stroked letter is one person",
    text: "Defence Minister Witold Kolodziej spoke on Monday. Defence Minister Witold Kołodziej later met Annalena Baerbock.",
    same: [["Witold Kolodziej", "Witold Kołodziej"]],
  },
  {
    label: "signed in the passive after a place and a date, by two people with long titles",
    text: "The treaty was signed in Ljubljana, Friday April 4, 2025, by the Slovenian Minister of Defence, Ivo Kolar and the Hungarian Minister of Defence, Tibor Benko.",
    gives: [["Ivo Kolar", "meets", "Tibor Benko"]],
  },
  {
    label: "a by-phrase of another noun after a signing names no signers",
    text: "The deal was signed in Abu Dhabi, according to a statement by Mohamed bin Zayed and Narendra Modi.",
    entities: ["Mohamed bin Zayed", "Narendra Modi"],
    notGives: [["Mohamed bin Zayed", "meets", "Narendra Modi"]],
  },
  {
    label: "one signer, and people present at the signing, did not sign together",
    text: "The deal was signed in Paris on Monday by Defence Minister Sebastien Lecornu, in the presence of President Emmanuel Macron and Prime Minister Gabriel Attal.",
    entities: ["Sebastien Lecornu", "Emmanuel Macron"],
    notGives: [
      ["Sebastien Lecornu", "meets", "Emmanuel Macron"],
      ["Emmanuel Macron", "meets", "Gabriel Attal"],
    ],
  },
  {
    label: "received with a time adverbial between the verb and the guest",
    text: "President Kais Saied received on Monday Algerian Prime Minister Nadir Larbaoui, who is on a visit to Tunis.",
    gives: [["Kais Saied", "meets", "Nadir Larbaoui"]],
  },
  {
    label: "a place phrase opening the sentence, then coordinated subjects who discussed",
    text: "In Vientiane, Penny Wong and Sergei Lavrov discussed the war in Ukraine.",
    gives: [["Penny Wong", "meets", "Sergei Lavrov"]],
    notGives: [["Penny Wong", "meets", "Vientiane"]],
  },
  {
    label: "places listed after a place phrase still form a list",
    text: "In Kharkiv, Odesa and Dnipro, air raid sirens sounded on Monday.",
    typed: [
      ["Odesa", "Location"],
      ["Dnipro", "Location"],
    ],
  },
  {
    label: "states, provinces and overseas territories of the place lists are places",
    text: "The Indian Navy moved two corvettes from Karnataka to Maharashtra, while France sent a frigate from Brittany to New Caledonia.",
    typed: [
      ["Karnataka", "Location"],
      ["Maharashtra", "Location"],
      ["Brittany", "Location"],
      ["New Caledonia", "Location"],
    ],
  },
  {
    label: 'a body\'s name runs on through "of" and a listed state or province',
    text: "The University of Queensland signed a research agreement with the Bank of Punjab.",
    typed: [
      ["University of Queensland", "Organization"],
      ["Bank of Punjab", "Organization"],
    ],
    noEntities: ["University", "Bank"],
  },
  {
    label: "Malaysian honorifics after a title stay out of the name, and the title still ties it",
    text: "Malaysian Defence Minister Datuk Seri Amir Hamzah met Vietnamese Defence Minister Phan Van Giang in Hanoi.",
    gives: [
      ["Amir Hamzah", "affiliated_with", "Malaysia"],
      ["Amir Hamzah", "meets", "Phan Van Giang"],
    ],
    same: [["Amir Hamzah", "Datuk Seri Amir Hamzah"]],
  },
  {
    label: "a chain of honorifics with an apostrophe opens the sentence before the name",
    text: "Tan Sri Dato' Sri Rosli Yusof received Thai Army chief Pana Klaewblaudtuk in Kuala Lumpur.",
    gives: [["Rosli Yusof", "meets", "Pana Klaewblaudtuk"]],
    noEntities: ["Tan Sri Dato", "Sri Rosli Yusof"],
  },
  {
    label: "a Gulf style of address before a name is no part of it",
    text: "His Highness Shaikh Nasser bin Hamad received the Egyptian ambassador in Manama.",
    typed: [["Nasser bin Hamad", "Person"]],
    noEntities: ["Highness Shaikh Nasser bin Hamad"],
  },
  {
    label: "an honorific word after a given name is the name's own word",
    text: "Former President Ali Sheikh Omar met Kenyan President William Ruto in Nairobi.",
    gives: [["Ali Sheikh Omar", "meets", "William Ruto"]],
    noEntities: ["Omar"],
  },
  {
    label: "an honorific's word that opens a name alone is the name's (Sri Mulyani)",
    text: "Finance Minister Sri Mulyani Indrawati said the budget would rise.",
    typed: [["Sri Mulyani Indrawati", "Person"]],
    noEntities: ["Mulyani Indrawati"],
  },
  {
    label: "a body's acronym that the text writes after 'the' is cut from the end of a name",
    text: "General Tan Sri Zulkifli Zainal Abidin RMAF met the visitors. The RMAF said the talks went well.",
    typed: [
      ["Zulkifli Zainal Abidin", "Person"],
      ["RMAF", "Organization"],
    ],
    apart: [["Zulkifli Zainal Abidin", "RMAF"]],
  },
  {
    label: "a name's opening words without its last word are the same person",
    text: "General Muhamad Rizal Hashim met the Indonesian Army chief in Jakarta. Muhamad Rizal later visited a base in Sabah.",
    same: [["Muhamad Rizal", "Muhamad Rizal Hashim"]],
  },
  {
    label: "a unit's acronym after a place's noun is no part of the place's name",
    text: "The Butterworth Air Base RMAF commander welcomed the Australian visitors.",
    typed: [["Butterworth Air Base", "Location"]],
    noEntities: ["Base RMAF", "Butterworth Air Base RMAF"],
  },
  {
    label: "a broadcaster's name ends in TV",
    text: "Rudaw TV reported that Turkish drones had struck a village.",
    typed: [["Rudaw TV", "Organization"]],
  },
  {
    label: "a head word capitalised only by the sentence's start, before a lower-case head, names no body",
    text: "Press service of the Defence Ministry said the drills had ended.",
    typed: [["Defence Ministry", "Organization"]],
    noEntities: ["Press"],
  },
  {
    label: "a listed company's name before a country's is its national subsidiary",
    text: "Saab Australia will upgrade the radars of the Royal Australian Navy.",
    typed: [["Saab Australia", "Organization"]],
    noEntities: ["Saab"],
  },
  {
    label: "a company before a country with a verb between stays two actors",
    text: "Lockheed Martin sold Australia twelve helicopters.",
    gives: [["Lockheed Martin", "supplies", "Australia"]],
  },
  {
    label: "a short listed acronym after another acronym is that name's end, not the listed body",
    text: "The TNI AU and the RSAF held a joint exercise.",
    noEntities: ["African Union"],
  },
  {
    label: "a listed body's mission takes the country it is in",
    text: "The UN Mission in South Sudan said clashes had killed dozens.",
    typed: [["UN Mission in South Sudan", "Organization"]],
  },
  {
    label: "a family name before a body's head is no known person (Pak for Pakistan)",
    text: "The Pak Navy said the drills had ended on Friday.",
    typed: [["Pak Navy", "Organization"]],
    noEntities: ["Pak Jong Chon"],
  },
  {
    label: "a class phrase before a listed model in brackets spells the model out",
    text: "Romania received high-mobility artillery rocket systems (HIMARS) from the United States.",
    gives: [["United States", "supplies", "HIMARS"]],
    same: [["HIMARS", "artillery rocket systems"]],
  },
  {
    label: "thanked someone during their meeting: both took part",
    text: "Volodymyr Zelensky thanked Mette Frederiksen during their meeting in Copenhagen.",
    gives: [["Volodymyr Zelensky", "meets", "Mette Frederiksen"]],
  },
  {
    label: "criticised someone during talks: the talks' partner is not told",
    text: "Vladimir Putin criticised Volodymyr Zelensky during talks in Ankara.",
    entities: ["Vladimir Putin", "Volodymyr Zelensky"],
    notGives: [["Vladimir Putin", "meets", "Volodymyr Zelensky"]],
  },
  {
    label: "a host and a visiting titled guest held talks",
    text: "Penny Wong and visiting Indonesian Foreign Minister Retno Marsudi held talks in Canberra.",
    gives: [["Penny Wong", "meets", "Retno Marsudi"]],
  },
  {
    label: "a host and a visiting delegation left unnamed held no talks with a named person",
    text: "Penny Wong and visiting Indonesian officials held talks in Canberra.",
    entities: ["Penny Wong"],
    notGives: [["Penny Wong", "meets", "Indonesia"]],
  },
  {
    label: "met with someone after a time adverbial",
    text: "Richard Marles met on Tuesday with Japanese Defence Minister Minoru Kihara.",
    gives: [["Richard Marles", "meets", "Minoru Kihara"]],
  },
  {
    label: "an object pronoun after the host's verb is the guest named before, not the host",
    text: "South Korean President Yoon Suk Yeol arrived in Prague on Tuesday. Czech President Petr Pavel welcomed him at Prague Castle.",
    gives: [["Petr Pavel", "meets", "Yoon Suk Yeol"]],
  },
  {
    label: "an object pronoun after a comma-closed clause takes the person of that clause",
    text: "After Yoon Suk Yeol landed in Prague, Czech President Petr Pavel received him at the castle.",
    gives: [["Petr Pavel", "meets", "Yoon Suk Yeol"]],
  },
  {
    label: "the leader of a delegation whose relative clause tells the meeting",
    text: "General Mahamat Idriss led a Chadian military delegation that held talks with Turkish Defence Minister Yasar Guler.",
    gives: [["Mahamat Idriss", "meets", "Yasar Guler"]],
  },
  {
    label: "praising a delegation that met someone is not leading it",
    text: "General Mahamat Idriss praised a delegation that met Turkish Defence Minister Yasar Guler.",
    entities: ["Mahamat Idriss", "Yasar Guler"],
    notGives: [["Mahamat Idriss", "meets", "Yasar Guler"]],
  },
  {
    label: "shook hands with X, 'A and B shook hands': a meeting in person",
    text: "Chancellor Karl Nehammer shook hands with President Andrzej Duda in Vienna. Prime Minister Kristrun Frostadottir and President Alar Karis shook hands in Tallinn.",
    gives: [
      ["Karl Nehammer", "meets", "Andrzej Duda"],
      ["Kristrun Frostadottir", "meets", "Alar Karis"],
    ],
  },
  {
    label: "refused to shake hands, will shake hands, shook the hands of soldiers: no meeting",
    text: "President Andrzej Duda refused to shake hands with Chancellor Karl Nehammer. President Alar Karis will shake hands with Prime Minister Kristrun Frostadottir on Friday. Chancellor Karl Nehammer shook the hands of soldiers in Vienna.",
    entities: ["Andrzej Duda", "Karl Nehammer", "Alar Karis", "Kristrun Frostadottir"],
    notGives: [
      ["Andrzej Duda", "meets", "Karl Nehammer"],
      ["Alar Karis", "meets", "Kristrun Frostadottir"],
    ],
  },
  {
    label: "coordinated subjects exchanged views",
    text: "Vietnamese Defence Minister Phan Van Giang and Cambodian Defence Minister Tea Seiha exchanged views on regional security.",
    gives: [["Phan Van Giang", "meets", "Tea Seiha"]],
  },
  {
    label: "exchanging prisoners or letters is no meeting",
    text: "Vladimir Putin and Volodymyr Zelensky exchanged letters in March.",
    entities: ["Vladimir Putin", "Volodymyr Zelensky"],
    notGives: [["Vladimir Putin", "meets", "Volodymyr Zelensky"]],
  },
  {
    label: "two ministers co-chaired talks",
    text: "Indian Foreign Minister Subrahmanyam Jaishankar and Australian Foreign Minister Penny Wong co-chaired the talks in Canberra.",
    gives: [["Subrahmanyam Jaishankar", "meets", "Penny Wong"]],
  },
  {
    label: "co-chaired a meeting with someone",
    text: "Indian Foreign Minister Subrahmanyam Jaishankar co-chaired the meeting with Australian Foreign Minister Penny Wong.",
    gives: [["Subrahmanyam Jaishankar", "meets", "Penny Wong"]],
  },
  {
    label: "co-chairing a body's meeting alone names no partner",
    text: "Indian Foreign Minister Subrahmanyam Jaishankar co-chaired the meeting of the joint commission, Penny Wong said.",
    entities: ["Subrahmanyam Jaishankar", "Penny Wong"],
    notGives: [["Subrahmanyam Jaishankar", "meets", "Penny Wong"]],
  },
  {
    label: "a caption: a person talks with another",
    text: "Xi Jinping talks with Lula da Silva during their meeting in Beijing on April 14, 2023.",
    gives: [["Xi Jinping", "meets", "Lula da Silva"]],
  },
  {
    label: "talks with a person followed by a modal predicate are a noun, still to come",
    text: "Russian officials said Vladimir Putin talks with Xi Jinping could happen soon.",
    entities: ["Vladimir Putin", "Xi Jinping"],
    notGives: [["Vladimir Putin", "meets", "Xi Jinping"]],
  },
  {
    label: "a caption's position marker after a name stays inside the list",
    text: "Chinese President Xi Jinping (L) and Brazilian President Lula da Silva hold talks in Beijing, April 14, 2023.",
    gives: [["Xi Jinping", "meets", "Lula da Silva"]],
  },
  {
    label: "a caption's position set off by commas before the verb",
    text: "Chinese President Xi Jinping, right, talks with Brazilian President Lula da Silva in Beijing.",
    gives: [["Xi Jinping", "meets", "Lula da Silva"]],
  },
  {
    label: "two titled leaders held a summit",
    text: "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held a summit in Tokyo.",
    gives: [
      ["Shigeru Ishiba", "affiliated_with", "Japan"],
      ["Lee Jae-myung", "affiliated_with", "South Korea"],
    ],
  },
  {
    label: "talks between two actors mediated by others",
    text: "Egypt and Qatar mediated talks between Israel and Hamas in Cairo.",
    gives: [["Israel", "meets", "Hamas"]],
    notGives: [["Egypt", "meets", "Israel"]],
  },
  {
    label: "visited and met share a subject",
    text: "Hungary's Viktor Orban visited Moscow and met Putin.",
    gives: [["Viktor Orban", "meets", "Vladimir Putin"]],
  },
  {
    label: "honorifics do not split sentences",
    text: "Mr. Biden met Mr. Xi in San Francisco.",
    gives: [["Joe Biden", "meets", "Xi Jinping"]],
  },
  {
    label: "counterpart with demonym",
    text: "Ukrainian Foreign Minister Andrii Sybiha met his Chinese counterpart Wang Yi.",
    gives: [
      ["Andrii Sybiha", "affiliated_with", "Ukraine"],
      ["Andrii Sybiha", "meets", "Wang Yi"],
      ["Wang Yi", "affiliated_with", "China"],
    ],
  },
  {
    label: "joint drills are not a meeting",
    text: "Chinese and Russian warships held joint drills in the Sea of Japan.",
    notGives: [["China", "meets", "Russia"]],
  },
  {
    label: "a summit hosted in a city is not a meeting",
    text: "Poland will host a NATO summit in Warsaw.",
    notGives: [["Poland", "meets", "NATO"]],
  },
  // ---- assesses
  {
    label: "coordinated speakers saying what 'they' will do make no claim about one another",
    text: "Chile, Peru and Bolivia on Monday said they would sell their old patrol boats.",
    entities: ["Chile", "Bolivia"],
    notGives: [
      ["Chile", "assesses", "Bolivia"],
      ["Peru", "assesses", "Bolivia"],
    ],
  },
  {
    label: "said that a country did something",
    text: "The Pentagon said Iran had transferred ballistic missiles to Russia.",
    gives: [
      ["Pentagon", "assesses", "Iran"],
      ["Iran", "supplies", "Russia"],
    ],
  },
  {
    label: "unnamed officials by demonym believe",
    text: "US officials believe North Korea is preparing a nuclear test.",
    gives: [["United States", "assesses", "North Korea"]],
  },
  {
    label: "according to a think tank, at the start",
    text: "According to the Institute for the Study of War, Russian forces advanced near Pokrovsk.",
    gives: [["Institute for the Study of War", "assesses", "Russia"]],
  },
  {
    label: "possessive intelligence estimated",
    text: "Ukraine's military intelligence estimated that Russia has about 600,000 troops in Ukraine.",
    gives: [["Main Directorate of Intelligence", "assesses", "Russia"]],
    notGives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "reported that",
    text: "The IAEA reported that Iran has expanded its stockpile of enriched uranium.",
    gives: [["IAEA", "assesses", "Iran"]],
  },
  {
    label: "accused of",
    text: "Israeli officials accused Hamas of violating the ceasefire.",
    gives: [["Israel", "assesses", "Hamas"]],
  },
  {
    label: "warned that",
    text: "Zelensky warned that Russia was preparing a new offensive.",
    gives: [["Volodymyr Zelensky", "assesses", "Russia"]],
  },
  {
    label: "capital's spy agency said",
    text: "Seoul's spy agency said North Korea had sent additional troops to Russia.",
    gives: [
      ["South Korea", "assesses", "North Korea"],
      ["North Korea", "supplies", "Russia"],
    ],
  },
  {
    label: "quote then speaker with organization title",
    text: "“Russia is losing this war,” NATO chief Mark Rutte said.",
    gives: [
      ["Mark Rutte", "assesses", "Russia"],
      ["Mark Rutte", "affiliated_with", "NATO"],
    ],
  },
  {
    label: "claim then the JCS said",
    text: "North Korea fired a short-range ballistic missile into the sea, the Joint Chiefs of Staff said.",
    gives: [["Joint Chiefs of Staff", "assesses", "North Korea"]],
    entities: ["short-range ballistic missile"],
  },
  {
    label: "possessive ministry said",
    text: "Taiwan's defence ministry said Chinese warships were operating near the island.",
    gives: [["Taiwanese Defence Ministry", "assesses", "China"]],
    notGives: [["Taiwan", "assesses", "China"]],
  },
  {
    // (Session 35: a foreign ministry is its state's diplomatic voice, as the golds have it: where
    // a foreign ministry's triple is required, its country's is required 17 times, optional 8,
    // absent 2; relations/ministry-states.ts. Other described bodies still speak for themselves.)
    label: "a described foreign ministry speaks for itself and for its country",
    text: "Poland's foreign ministry said Belarus had pushed migrants toward the border.",
    gives: [
      ["Polish Foreign Ministry", "assesses", "Belarus"],
      ["Poland", "assesses", "Belarus"],
    ],
  },
  {
    label: "a named agency of a country speaks for itself only",
    text: "Ukraine's military intelligence agency, the HUR, estimated that Russia had launched 4,000 drones.",
    gives: [["HUR", "assesses", "Russia"]],
    notGives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "unnamed officials known by their country still speak for it",
    text: "Lithuanian officials said Belarus had moved troops closer to the border.",
    gives: [["Lithuania", "assesses", "Belarus"]],
  },
  {
    label: "blamed",
    text: "Hamas blamed Israel for the collapse of the ceasefire.",
    gives: [["Hamas", "assesses", "Israel"]],
  },
  {
    label: "no named source gives nothing",
    text: "Analysts say Russia may run short of artillery shells.",
    notGives: [["Russia", "assesses", "Russia"]],
  },
  {
    label: "capital as speaker",
    text: "Pyongyang said the drills by the US and South Korea were rehearsals for an invasion.",
    gives: [["North Korea", "assesses", "United States"]],
  },
  {
    label: "the North after a Seoul speaker",
    text: "Seoul said the North fired two cruise missiles.",
    gives: [["South Korea", "assesses", "North Korea"]],
    entities: ["cruise missile"],
  },
  {
    label: "the North with a Korean organization only",
    text: "The JCS said the North launched a ballistic missile toward the East Sea.",
    gives: [["Joint Chiefs of Staff", "assesses", "North Korea"]],
  },
  {
    label: "the North sends soldiers, Seoul said",
    text: "The North has sent about 11,000 soldiers to Russia, Seoul said.",
    gives: [
      ["North Korea", "supplies", "Russia"],
      ["South Korea", "assesses", "North Korea"],
    ],
  },
  {
    label: "unnamed officials after a quote",
    text: "Hamas released three hostages on Saturday, Israeli officials said.",
    gives: [["Israel", "assesses", "Hamas"]],
  },
  {
    label: "military said it struck",
    text: "The IDF said it struck Hezbollah targets in southern Lebanon.",
    gives: [["Israel Defense Forces", "assesses", "Hezbollah"]],
  },
  {
    label:
      "a claim about the speaker's own contact or visit judges no one: the one contacted or visited is not assessed",
    text: "Czech Prime Minister Petr Fiala said Thursday he contacted EU Commission President Ursula von der Leyen to report the incident. Foreign Minister Maria Santos said she would visit Morocco next week.",
    entities: ["Petr Fiala", "EU Commission", "Maria Santos", "Morocco"],
    notGives: [
      ["Petr Fiala", "assesses", "EU Commission"],
      ["Maria Santos", "assesses", "Morocco"],
    ],
  },
  {
    label: "a claim about the speaker's own act on another still judges it when the verb is no contact",
    text: "The Turkish Defence Ministry said it struck PKK targets in northern Iraq.",
    gives: [["Turkish Defence Ministry", "assesses", "PKK"]],
  },
  {
    label: "appositive spokesperson for an organization",
    text: "John Kirby, a spokesperson for the White House, said Russia had acquired drones from Iran.",
    gives: [
      ["John Kirby", "affiliated_with", "White House"],
      ["John Kirby", "assesses", "Russia"],
      ["Iran", "supplies", "Russia"],
    ],
  },
  {
    label: "self-defense forces said a Chinese drone",
    text: "Japan's Self-Defense Forces said a Chinese drone flew near Yonaguni.",
    gives: [
      ["Japan Self-Defense Forces", "affiliated_with", "Japan"],
      ["Japan Self-Defense Forces", "assesses", "China"],
    ],
  },
  {
    label: "titled prime minister said",
    text: "Israeli Prime Minister Benjamin Netanyahu said Hamas must be destroyed.",
    gives: [
      ["Benjamin Netanyahu", "affiliated_with", "Israel"],
      ["Benjamin Netanyahu", "assesses", "Hamas"],
    ],
  },
  {
    label: "defence minister said the North",
    text: "South Korean Defence Minister Kim Yong-hyun said the North could launch an ICBM.",
    gives: [
      ["Kim Yong-hyun", "affiliated_with", "South Korea"],
      ["Kim Yong-hyun", "assesses", "North Korea"],
    ],
  },
  {
    label: "he noted refers to the last person",
    text: "Lloyd Austin visited Seoul on Monday. He noted that China was expanding its navy.",
    gives: [["Lloyd Austin", "assesses", "China"]],
  },
  {
    label: "the head of intelligence, appositive subject",
    text: "The head of Ukraine's military intelligence, Kyrylo Budanov, said Russia is running low on missiles.",
    gives: [["Kyrylo Budanov", "assesses", "Russia"]],
  },
  // ---- assesses (issue 9): praise, warnings, calling someone something, the speaker's own country
  {
    label: "praised X for something",
    text: "Kenya praised Uganda for its support.",
    gives: [["Kenya", "assesses", "Uganda"]],
  },
  {
    label: "commended X",
    text: "Chancellor Olaf Scholz commended Poland for taking in refugees.",
    gives: [["Olaf Scholz", "assesses", "Poland"]],
  },
  {
    label: "lauded an owner's achievement",
    text: "Emmanuel Macron lauded Greece's purchase of frigates.",
    gives: [["Emmanuel Macron", "assesses", "Greece"]],
  },
  {
    label: "called X a threat",
    text: "Japan called China a threat to regional stability.",
    gives: [["Japan", "assesses", "China"]],
  },
  {
    label: "called X the most sensitive issue",
    text: "The Philippine Foreign Ministry has repeatedly called Scarborough Shoal the most sensitive issue with China.",
    entities: ["China"],
    notGives: [["Philippine Foreign Ministry", "assesses", "China"]],
  },
  {
    label: "called a person a friend",
    text: "Recep Tayyip Erdogan also called Viktor Orban a good friend.",
    gives: [["Recep Tayyip Erdogan", "assesses", "Viktor Orban"]],
  },
  {
    label: "referred to X as",
    text: "Narendra Modi referred to Vladimir Putin as his “dear friend”.",
    gives: [["Narendra Modi", "assesses", "Vladimir Putin"]],
  },
  {
    label: "described X as",
    text: "Germany described Russia as the biggest threat to European security.",
    gives: [["Germany", "assesses", "Russia"]],
  },
  {
    label:
      "described or called the possessor's act, stance or conduct as or a predicate: the possessor is judged",
    text: "Australian Defence Minister Richard Marles described China's behaviour as unsafe. Japan's Foreign Ministry described North Korea's launch as a grave threat. Ukraine's Foreign Ministry called Hungary's position unacceptable. Chilean President Gabriel Boric called Argentina's decision a mistake.",
    gives: [
      ["Richard Marles", "assesses", "China"],
      ["Japanese Foreign Ministry", "assesses", "North Korea"],
      ["Ukrainian Foreign Ministry", "assesses", "Hungary"],
      ["Gabriel Boric", "assesses", "Argentina"],
    ],
  },
  {
    label:
      "calling a possessor's office or official is no judgement: a time phrase or a name follows, no predicate",
    text: "Russian President Vladimir Putin called Erdogan's office the next day. US President Joe Biden called Ukraine's President Volodymyr Zelensky on Monday.",
    entities: ["Vladimir Putin", "Joe Biden", "Ukraine"],
    notGives: [["Joe Biden", "assesses", "Ukraine"]],
  },
  {
    label: "called on X to is an appeal, not a judgement",
    text: "Joe Biden called on China to stop supporting Russia.",
    entities: ["Joe Biden", "China"],
    notGives: [["Joe Biden", "assesses", "China"]],
  },
  {
    label: "a phone call is not a judgement",
    text: "Emmanuel Macron called Olaf Scholz on Tuesday.",
    entities: ["Emmanuel Macron", "Olaf Scholz"],
    notGives: [["Emmanuel Macron", "assesses", "Olaf Scholz"]],
  },
  {
    label: "warned X against something",
    text: "Poland warned Belarus against provocations on the border.",
    gives: [["Poland", "assesses", "Belarus"]],
  },
  {
    label: "warned of an owner's threat, after a coordinated verb",
    text: "Defence Minister Yoav Gallant visited Bahrain and warned of Iran's threat to the region.",
    gives: [["Yoav Gallant", "assesses", "Iran"]],
  },
  {
    label: "warned X that it should not: the warned party, not the thing",
    text: "The United States warned Hungary that it should not buy the Chinese air defence system.",
    gives: [["United States", "assesses", "Hungary"]],
    notGives: [["United States", "assesses", "China"]],
  },
  {
    label: "a president on his own country assesses no third party",
    text: "Polish President Andrzej Duda said that his country had bought more tanks for Ukraine.",
    entities: ["Andrzej Duda", "Poland"],
    notGives: [["Andrzej Duda", "assesses", "Poland"]],
  },
  {
    label: "a quoted 'we' is the speaker's side, a later country is not the claim",
    text: "Recep Tayyip Erdogan met Ilham Aliyev. “That is why we came here,” Erdogan said, when asked whether Turkey would sell drones to Azerbaijan.",
    entities: ["Recep Tayyip Erdogan", "Turkey"],
    notGives: [["Recep Tayyip Erdogan", "assesses", "Turkey"]],
  },
  // ---- assesses (issue 9): unnamed speakers of a body or place, "according to" mid-sentence,
  // claims without "that", claims after a colon
  {
    label: "officials in a capital speak for its country",
    text: "Officials in Nairobi said Somalia had closed its airspace.",
    gives: [["Kenya", "assesses", "Somalia"]],
  },
  {
    label: "a spokesperson for a body speaks for the body",
    text: "A spokesperson for the European Union said Hungary had blocked the aid package.",
    gives: [["European Union", "assesses", "Hungary"]],
  },
  {
    label: "troops in a place are not a speaker",
    text: "Fighting in Gaza showed that Hamas had rebuilt its tunnels.",
    entities: ["Gaza", "Hamas"],
    notGives: [["Gaza", "assesses", "Hamas"]],
  },
  {
    label: "according to X between commas, the claim follows",
    text: "Meanwhile, according to the State Department, Venezuela is seeking to buy Iranian drones.",
    gives: [["State Department", "assesses", "Venezuela"]],
  },
  {
    label: "according to a body's statement, the claim starts after the comma",
    text: "According to the statement from the Turkish Embassy in Ghana, the Turkish navy has trained Ghanaian sailors.",
    entities: ["Turkish Embassy", "Ghana"],
    notGives: [["Turkish Embassy", "assesses", "Ghana"]],
  },
  {
    label: "confirmed X has done something, without that",
    text: "Belarus President Alexander Lukashenko confirmed Wagner founder Yevgeny Prigozhin has arrived in Minsk.",
    gives: [["Alexander Lukashenko", "assesses", "Yevgeny Prigozhin"]],
    notGives: [["Alexander Lukashenko", "assesses", "Wagner Group"]],
  },
  {
    label: "confirmed a noun is no claim",
    text: "Germany confirmed Poland's request for Leopard tanks.",
    entities: ["Germany", "Poland"],
    notGives: [["Germany", "assesses", "Poland"]],
  },
  {
    label: "said in a statement, then a quote after a colon",
    text: "The Georgian Embassy in Kyiv said in a statement to Reuters: “Ukraine is an important partner.”",
    gives: [["Georgian Embassy", "assesses", "Ukraine"]],
  },
  // ---- assesses (session 10): thanks and gratitude for an act judge the one thanked
  {
    label: "thanked X for donating: the thanks judge X",
    text: "Chilean President Gabriel Boric thanked the Spanish government for donating patrol boats.",
    gives: [["Gabriel Boric", "assesses", "Spain"]],
  },
  {
    label: "thanks for a courtesy alone judge no one",
    text: "Prime Minister Anwar Ibrahim thanked Chinese President Xi Jinping for the invitation and for the warmth of his reception.",
    entities: ["Anwar Ibrahim", "Xi Jinping"],
    notGives: [["Anwar Ibrahim", "assesses", "Xi Jinping"]],
  },
  {
    label: "thanks with nothing thanked for judge no one",
    text: "French President Emmanuel Macron thanked German Chancellor Olaf Scholz.",
    entities: ["Emmanuel Macron", "Olaf Scholz"],
    notGives: [["Emmanuel Macron", "assesses", "Olaf Scholz"]],
  },
  {
    label: "thanks to the speaker's own country's forces are news of its own side",
    text: "Kenyan President William Ruto thanked the Kenya Defence Forces for their professionalism.",
    entities: ["William Ruto", "Kenya Defence Forces"],
    notGives: [["William Ruto", "assesses", "Kenya Defence Forces"]],
  },
  {
    label: "gratitude for the support received from X judges X",
    text: "The Ghana Armed Forces expressed their gratitude for the training received from the British Army.",
    gives: [["Ghana Armed Forces", "assesses", "British Army"]],
  },
  {
    label: "conveyed thanks to X for something judges X",
    text: "Zambian President Hakainde Hichilema conveyed his thanks to Japan for the patrol boats.",
    gives: [["Hakainde Hichilema", "assesses", "Japan"]],
  },
  // ---- assesses (session 16): thanks, praise and opposition in shapes beyond "thanked X for"
  {
    label: "thanked X on backing …: a gerund after 'on' tells the deed thanked, as 'for' does",
    text: "Defence Minister Juan Ortega thanked the Government of Japan on backing the reform of the armed forces.",
    gives: [["Juan Ortega", "assesses", "Japan"]],
  },
  {
    label: "thanked X on behalf of Y, or on a day: no deed thanked",
    text: "Defence Minister Juan Ortega thanked Japan on behalf of the Peruvian people. Defence Minister Rosa Mendez thanked Chile on Monday.",
    entities: ["Juan Ortega", "Japan", "Rosa Mendez", "Chile"],
    notGives: [
      ["Juan Ortega", "assesses", "Japan"],
      ["Rosa Mendez", "assesses", "Chile"],
    ],
  },
  {
    label: "congratulated X for his appointment: the congratulation judges X",
    text: "Ambassador Kim Ho congratulated Minister Tsend Batbayar, for his appointment as defence minister.",
    gives: [["Kim Ho", "assesses", "Tsend Batbayar"]],
  },
  {
    label: "congratulations on an occasion or a birthday, or with nothing for, judge no one",
    text: "Ambassador Kim Ho congratulated Minister Tsend Batbayar on the occasion of Independence Day. Ambassador Choi Sung congratulated General Ganbold Dorj on his birthday. Ambassador Park Min congratulated Colonel Bat Erdene.",
    entities: ["Kim Ho", "Tsend Batbayar", "Choi Sung", "Ganbold Dorj", "Park Min", "Bat Erdene"],
    notGives: [
      ["Kim Ho", "assesses", "Tsend Batbayar"],
      ["Choi Sung", "assesses", "Ganbold Dorj"],
      ["Park Min", "assesses", "Bat Erdene"],
    ],
  },
  {
    label: "a congratulation expected is planned",
    text: "Ambassador Kim Ho is expected to congratulate Minister Tsend Batbayar on his appointment.",
    hedged: [["Kim Ho", "assesses", "Tsend Batbayar", "planned"]],
  },
  {
    label: "'I wish to thank X', 'I would like to thank X' in a quotation: saying it thanks",
    text: "“I wish to thank the Norwegian Defence Ministry for its invaluable support,” said Andrius Novak. “I would like to thank the government of Chile for its strong support,” Carlos Vega said.",
    gives: [
      ["Andrius Novak", "assesses", "Norwegian Defence Ministry"],
      ["Carlos Vega", "assesses", "Chile"],
    ],
  },
  {
    label: "a third person's wish to thank, and a conditional thanks, are not thanks given",
    text: "Lithuanian Defence Minister Andrius Novak wants to thank Norway for its support. “I would thank Chile for its support if it sent tanks,” Carlos Vega said.",
    hedged: [
      ["Andrius Novak", "assesses", "Norway", "planned"],
      ["Carlos Vega", "assesses", "Chile", "planned"],
    ],
  },
  {
    label: "'we' in a quotation judges through its speaker; the cooperation with X judges X",
    text: "“We highly appreciate the successful cooperation with Norway in strengthening our air defence,” said Andrius Novak. “We thank Chile for its support,” Carlos Vega said.",
    gives: [
      ["Andrius Novak", "assesses", "Norway"],
      ["Carlos Vega", "assesses", "Chile"],
    ],
  },
  {
    label: "cooperation with X only discussed, and talks with X appreciated, judge no one",
    text: "Lithuanian Defence Minister Andrius Novak discussed the cooperation with Norway. Chilean Defence Minister Carlos Vega appreciated the talks with Peru.",
    entities: ["Andrius Novak", "Norway", "Carlos Vega", "Peru"],
    notGives: [
      ["Andrius Novak", "assesses", "Norway"],
      ["Carlos Vega", "assesses", "Peru"],
    ],
  },
  {
    label: "said the own side is grateful for X's assistance: X is judged, not the own side",
    text: "General Sok Dara said that the Laotian government and people are grateful for Japan's sincere assistance.",
    gives: [["Sok Dara", "assesses", "Japan"]],
    notGives: [["Sok Dara", "assesses", "Laos"]],
  },
  {
    label: "grateful for X's hospitality: a courtesy judges no one",
    text: "General Sok Dara said that the Laotian government is grateful for Japan's hospitality.",
    entities: ["Sok Dara", "Japan"],
    notGives: [["Sok Dara", "assesses", "Japan"]],
  },
  {
    label: "voiced firm opposition to X's arms supplies to Y: X is judged, not Y",
    text: "Maria Ivanova, a Russian government spokesperson, on Monday voiced firm opposition to German arms supplies to Ukraine.",
    gives: [["Maria Ivanova", "assesses", "Germany"]],
    notGives: [["Maria Ivanova", "assesses", "Ukraine"]],
  },
  {
    label: "opposition to an act done to X judges no one",
    text: "Russian spokesperson Maria Ivanova expressed opposition to the deployment of troops to Ukraine.",
    entities: ["Maria Ivanova", "Ukraine"],
    notGives: [["Maria Ivanova", "assesses", "Ukraine"]],
  },
  {
    label: "condemned the missile launch conducted by X, or the launch by X: X is judged",
    text: "“We strongly condemn the ballistic missile launch conducted by Iran on 3 March,” the Greek Foreign Ministry said in a statement. The Cypriot Foreign Ministry condemned the missile launch by Syria.",
    gives: [
      ["Greek Foreign Ministry", "assesses", "Iran"],
      ["Cypriot Foreign Ministry", "assesses", "Syria"],
    ],
  },
  {
    label: "condemned the missile attack on X: the victim is not judged",
    text: "The Cypriot Foreign Ministry condemned the missile attack on Syria.",
    entities: ["Cypriot Foreign Ministry", "Syria"],
    notGives: [["Cypriot Foreign Ministry", "assesses", "Syria"]],
  },
  {
    label: "the test was the eighth launch by X, according to Y: Y judges X",
    text: "The test was the eighth missile launch by Tehran this year, according to the Israeli military.",
    gives: [["Israel", "assesses", "Iran"]],
  },
  {
    label: "the strike was the deadliest on X, according to Y: the victim is not judged",
    text: "The strike was the deadliest attack on Iran this year, according to the Israeli military.",
    entities: ["Israel", "Iran"],
    notGives: [["Israel", "assesses", "Iran"]],
  },
  {
    label: "says the contract with X is for …: a deal's partner is no subject of a claim about the deal",
    text: "The Lithuanian procurement agency says the contract with Munich-based producer KNDS is for 44 Leopard 2 tanks.",
    entities: ["Lithuania", "KNDS", "Munich"],
    notGives: [
      ["Lithuania", "assesses", "KNDS"],
      ["Lithuania", "assesses", "Munich"],
    ],
  },
  {
    label: "said X had breached the contract: X is the claim's subject",
    text: "The Lithuanian procurement agency said KNDS had breached the contract.",
    gives: [["Lithuania", "assesses", "KNDS"]],
  },
  {
    label: "commended A for … and thanked B for …: the second judgement shares the first's judge",
    text: "Navy Commander Ravi Perera commended the crew for bringing the boat safely from Cairns to the Port of Colombo and thanked the two officials of the Japan Coast Guard for the assistance given during the voyage.",
    gives: [["Ravi Perera", "assesses", "Japan Coast Guard"]],
  },
  {
    label: "a verb of judging after 'and' with no judging verb before it has no judge",
    text: "The patrol boat Kestrel arrived from Cairns with Navy Commander Ravi Perera aboard and thanked the Japan Coast Guard for the assistance.",
    entities: ["Ravi Perera", "Japan Coast Guard"],
    notGives: [["Ravi Perera", "assesses", "Japan Coast Guard"]],
  },
  {
    label: "condemned the weapons supplied by X: the participle's agent is judged",
    text: "Chile condemned the weapons supplied by Iran to the militias.",
    gives: [["Chile", "assesses", "Iran"]],
  },
  // ---- assesses (session 10): accusations in a second verb that shares the subject
  {
    label: "a participle's pronoun object stands for the nearest actor before it",
    text: "NATO threatened retaliation against Moscow, accusing it of being behind the cyberattacks.",
    gives: [["NATO", "assesses", "Russia"]],
  },
  {
    label: "an accusation coordinated after a that-clause about no actor is the speaker's",
    text: "Army spokesman Col. Ahmed Karimi told a news conference in Kabul that the overnight strikes were a clear violation of the ceasefire and accused the Taliban of smuggling weapons.",
    gives: [["Ahmed Karimi", "assesses", "Taliban"]],
  },
  {
    label: "an accusation coordinated after a participle's quoted that-clause is the main subject's",
    text: "Spokesman Lin Jian issued a statement conceding that “Tokyo is not supplying missiles to the rebels” but accused Australia of providing logistical support.",
    gives: [["Lin Jian", "assesses", "Australia"]],
  },
  {
    label: "a that-clause whose subject is an actor may hold the coordinated accusation: not the speaker's",
    text: "Kenyan Foreign Minister Musalia Mudavadi said that Somalia had closed its airspace and accused Ethiopia of meddling.",
    entities: ["Musalia Mudavadi", "Ethiopia"],
    notGives: [["Musalia Mudavadi", "assesses", "Ethiopia"]],
  },
  // ---- assesses (session 10): subjects of an absolute "with X VERBing", unnamed leaders after a demonym
  {
    label: "with X expressing gratitude for the support received from Y: X judges Y",
    text: "The meeting turned to military aid, with the Ghana Armed Forces expressing its gratitude for the training received from the British Army.",
    gives: [["Ghana Armed Forces", "assesses", "British Army"]],
  },
  {
    label: "a body after 'working with' and before an auxiliary is not the subject of the verb",
    text: "An independent expert working with the African Union is criticizing Brazil and Chile for supplying arms.",
    entities: ["African Union", "Brazil"],
    notGives: [["African Union", "assesses", "Brazil"]],
  },
  {
    label: "unnamed leaders after a demonym and adjectives speak for the country",
    text: "The Ghanaian civil and military leadership lauded the professionalism of the Egyptian Armed Forces.",
    gives: [["Ghana", "assesses", "Egyptian Armed Forces"]],
  },
  // ---- assesses (session 10): citing someone for an act; a person a titled body introduces
  {
    label: "cited X for an act judges X",
    text: "The rapporteur Tom Miller cited Brazil for its arms transfers to the junta.",
    gives: [["Tom Miller", "assesses", "Brazil"]],
  },
  {
    label: "cited X as something is a quotation row's, not a judgement",
    text: "The rapporteur Tom Miller cited Chile as a source of weapons.",
    entities: ["Tom Miller", "Chile"],
    notGives: [["Tom Miller", "assesses", "Chile"]],
  },
  {
    label: "a claim opening on a title that names a body is about the person it introduces",
    text: "The Pakistan Army said that Chairman Joint Chiefs of Staff Committee (CJCSC) General Asim Raza Khan, who is on a visit to Kenya, called on President William Ruto.",
    gives: [["Pakistan Army", "assesses", "Asim Raza Khan"]],
    notGives: [["Pakistan Army", "assesses", "Joint Chiefs of Staff Committee"]],
  },
  // ---- assesses (session 10): the speaker after a title naming its country; extraposed claims; embedded questions
  {
    label: "an inverted speaker is the person a country's title introduces, not the country",
    text: "“It is clear Japan is worried that if they do not sell ships then Korea will,” said Fiji opposition leader Inia Seruiratu.",
    gives: [["Inia Seruiratu", "assesses", "Japan"]],
    notGives: [["Fiji", "assesses", "Japan"]],
  },
  {
    label: "a judgement inside an embedded question is only possible",
    text: "It is unclear whether China criticized Japan for the decision.",
    hedged: [["China", "assesses", "Japan", "possible"]],
  },
  {
    label: "a quoted 'there is' claim is about the actor after it",
    text: "“There is a clear gap between what Russia promises and what it delivers,” said Armenian Foreign Minister Ararat Mirzoyan.",
    gives: [["Ararat Mirzoyan", "assesses", "Russia"]],
  },
  {
    label: "a quoted 'there are no plans' names no actor before its verb",
    text: "“There are no plans to sell jets to Iran,” Chinese Foreign Ministry spokesman Lin Jian said.",
    entities: ["Lin Jian", "Iran"],
    notGives: [["Lin Jian", "assesses", "Iran"]],
  },
  // ---- assesses (session 15): findings told by reports and units of a named body, rejections of reports
  {
    label:
      "a unit of a named body under a lowercase head speaks for the body, past an appositive and 'said in a report … that'",
    text: "The EU commission, charged with auditing the aid programme in Mali, said in a report obtained by The Guardian on Monday that Chad, Niger and Burkina Faso had diverted funds to armed groups.",
    gives: [
      ["European Union", "assesses", "Chad"],
      ["European Union", "assesses", "Niger"],
      ["European Union", "assesses", "Burkina Faso"],
    ],
    notGives: [["European Union", "assesses", "Mali"]],
  },
  {
    label:
      "a unit's head with its members or its place after it, or a possessive country before it, speaks for the body",
    text: "The World Bank panel of experts said Ghana had met its targets. The EU mission in Kosovo said Serbia had moved troops to the border. Turkey's delegation said Greece had violated its airspace.",
    gives: [
      ["World Bank", "assesses", "Ghana"],
      ["European Union", "assesses", "Serbia"],
      ["Turkey", "assesses", "Greece"],
    ],
  },
  {
    label: "a unit named after a preposition, or one that only meets, judges nothing",
    text: "Officials from Chad told the UN panel that Sudan had armed the rebels. A NATO team met Serbian officials in Belgrade.",
    entities: ["United Nations", "Sudan", "Serbia"],
    notGives: [
      ["United Nations", "assesses", "Sudan"],
      ["NATO", "assesses", "Serbia"],
    ],
  },
  {
    label: "a list of ten countries as the claim's subject: each is judged",
    text: "The AU said Benin, Togo, Ghana, Niger, Mali, Chad, Gabon, Angola, Zambia and Malawi had all sent observers.",
    gives: [
      ["AU", "assesses", "Benin"],
      ["AU", "assesses", "Angola"],
      ["AU", "assesses", "Zambia"],
      ["AU", "assesses", "Malawi"],
    ],
  },
  {
    label: "a report's possessor, or its author after 'released by', is the speaker of its finding",
    text: "The Pentagon's report said China had expanded its nuclear arsenal. A report released by the International Atomic Energy Agency found that Iran had enriched uranium.",
    gives: [
      ["Pentagon", "assesses", "China"],
      ["International Atomic Energy Agency", "assesses", "Iran"],
    ],
  },
  {
    label: "denying allegations made in a body's report judges the body",
    text: "Sudan's Foreign Ministry on Monday denied allegations made in a United Nations report that it had armed militias.",
    gives: [["Sudanese Foreign Ministry", "assesses", "United Nations"]],
  },
  {
    label:
      "'the report' judged by a later sentence is the last report a body was named for, not a statement of another",
    text: "A Human Rights Watch report accused Eritrea of arming rebels. The African Union said in a statement that Ethiopia had closed its border. Eritrea's government called the report a fabrication. Hamas rejected the report as baseless.",
    gives: [
      ["Eritrea", "assesses", "Human Rights Watch"],
      ["Hamas", "assesses", "Human Rights Watch"],
    ],
    notGives: [
      ["Eritrea", "assesses", "African Union"],
      ["Hamas", "assesses", "African Union"],
    ],
  },
  {
    label: "a report rejected with no report named before judges no one",
    text: "Ukraine rejected the report as biased.",
    entities: ["Ukraine"],
    notGives: [],
  },
  {
    label: "the named examples of an unnamed group are the subject ('especially', 'including', 'such as')",
    text: "Other EU members, especially Hungary, warned Ukraine against the move. Several states, including Qatar and Oman, criticised Israel. Several countries, such as Chile and Peru, sent tanks to Ecuador.",
    gives: [
      ["Hungary", "assesses", "Ukraine"],
      ["Qatar", "assesses", "Israel"],
      ["Oman", "assesses", "Israel"],
      ["Chile", "supplies", "Ecuador"],
    ],
    notGives: [
      ["European Union", "assesses", "Ukraine"],
      ["Israel", "assesses", "Qatar"],
    ],
  },
  {
    label: "a body's officer in a region of a country speaks for the body, not the country",
    text: "A UN report accused Hamas of smuggling arms. Hamas's senior political officer in northern Gaza rejected the report as baseless.",
    gives: [["Hamas", "assesses", "UN"]],
  },
  {
    label:
      "'highlighted' an actor's cooperation or support praises the actor; 'highlighted the need for' judges no one",
    text: "Prime Minister Modi highlighted Japan's support for the metro project. President Lula highlighted the need for peace talks with Russia.",
    gives: [["Modi", "assesses", "Japan"]],
    notGives: [["Lula", "assesses", "Russia"]],
  },
  {
    label:
      "surprise that allegations were included in a body's reports judges the body; other things in its reports do not",
    text: "Ghana expressed great surprise and anguish that such untrue allegations had been included in UN reports. Peru said the weapons had been included in UN reports.",
    gives: [["Ghana", "assesses", "UN"]],
    notGives: [["Peru", "assesses", "UN"]],
  },
  {
    label:
      "the appreciation of a holder set off by an appositive, conveyed to a party, judges the party, never the holder",
    text: "General Ochieng extended the appreciation of the Chief of Defence Forces, General Ogolla, to China for the support. Minister Ama Boateng conveyed the gratitude of President Akufo-Addo, the Commander-in-Chief, to His Excellency the President of Turkey.",
    gives: [["Ochieng", "assesses", "China"]],
    notGives: [
      ["Ochieng", "assesses", "Ogolla"],
      ["Ama Boateng", "assesses", "Akufo-Addo"],
    ],
  },
  {
    label: "a demonym or an abbreviated name before a claim noun is its author ('US accusations that it …')",
    text: "Iran denied US accusations that it was stoking violence in Iraq. Syria rejected Turkish claims that Damascus was arming the rebels. There are Syrian claims that rebels were armed.",
    gives: [
      ["United States", "assesses", "Iran"],
      ["Iran", "assesses", "United States"],
      ["Turkey", "assesses", "Syria"],
    ],
    notGives: [["United States", "assesses", "Iraq"]],
  },
  {
    label: "a report's topic phrase stands between its author and the verb ('A UN report on Yemen said')",
    text: "A UN report on Yemen said Iran had shipped missiles. An Iranian report on the war said Israel had used cluster bombs.",
    gives: [
      ["UN", "assesses", "Iran"],
      ["Iran", "assesses", "Israel"],
    ],
    notGives: [["UN", "assesses", "Yemen"]],
  },
  {
    label: "a participle after a published report speaks for the report's author",
    text: "Human Rights Watch published a report on Monday accusing Egypt of torture. Amnesty International released a new report accusing Israel of war crimes. The ministry released a video showing Russian troops near Kharkiv.",
    gives: [
      ["Human Rights Watch", "assesses", "Egypt"],
      ["Amnesty International", "assesses", "Israel"],
    ],
  },
  {
    label:
      "a definite 'document' refers back to the last document named, whatever its noun, and goes on to say",
    text: "Human Rights Watch released a report on Monday. The document goes on to state that Ethiopia had used drones against civilians.",
    gives: [["Human Rights Watch", "assesses", "Ethiopia"]],
  },
  {
    label: "a saying form the tagger reads as a plural noun after a document is the document's verb",
    text: "Amnesty International issued a report on Friday. The report states that Myanmar had used cluster munitions. The EU member states that signed the pact met in Brussels.",
    gives: [["Amnesty International", "assesses", "Myanmar"]],
  },
  {
    label:
      "'according to the report' cites the source of the last report, published as its annual or quarterly report",
    text: "The IAEA released its quarterly report on Wednesday. According to the report, Iran has enriched uranium to 60 percent.",
    gives: [["IAEA", "assesses", "Iran"]],
  },
  {
    label: "the report is the latest one published, by a publisher an adverb stands after",
    text: "Human Rights Watch issued a report on Monday. The UN also released a report on Friday. The report states that Ethiopia had used drones against civilians.",
    gives: [["UN", "assesses", "Ethiopia"]],
    notGives: [["Human Rights Watch", "assesses", "Ethiopia"]],
  },
  {
    label:
      "an opening 'It' that speaks continues the subject that opened the sentence before, past the party it accused",
    text: "Sudan accused Kenya of arming the rebels. It also accused the UAE of using the RSF as a proxy.",
    gives: [
      ["Sudan", "assesses", "Kenya"],
      ["Sudan", "assesses", "UAE"],
    ],
  },
  {
    label: "an opening 'It' that denies may be the accused replying: it is not the accuser",
    text: "Kenya accused Uganda of arming the rebels. It denied that Rwanda was involved.",
    gives: [["Kenya", "assesses", "Uganda"]],
    notGives: [["Kenya", "assesses", "Rwanda"]],
  },
  {
    label: "an opening 'It' after an unnamed speaker's claim is that speaker, not the claim's subject",
    text: "The ministry said on Monday that Ukraine had launched drones. It added that Russia had shot down most of them.",
    notGives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "an adjective of a tie before a name opens the judged party's phrase, and an accuser's after 'by'",
    text: "Officials in Congo have often accused neighboring Rwanda of aiding the rebels. Angola rejected allegations by neighbouring Zambia that it is arming rebels. Kenya and neighbouring Uganda signed a trade pact.",
    gives: [
      ["Democratic Republic of the Congo", "assesses", "Rwanda"],
      ["Angola", "assesses", "Zambia"],
    ],
    notGives: [
      ["Kenya", "assesses", "Uganda"],
      ["Rwanda", "assesses", "Democratic Republic of the Congo"],
    ],
  },
  {
    label:
      "a statement a clause is told in speaks for its owner: the subject after a fronted phrase, or the clause's subject",
    text: "In a statement condemning Belarus, Lithuania closed two border crossings. Latvia expelled two diplomats in a statement accusing Russia of espionage. In a statement condemning the violence, the ministry called for calm.",
    gives: [
      ["Lithuania", "assesses", "Belarus"],
      ["Latvia", "assesses", "Russia"],
    ],
  },
  {
    label:
      "an opening 'It' that speaks continues the speaker of a reporting clause at the end of the sentence before",
    text: "Turkey summoned the Russian envoy, the Ministry of Foreign Affairs said in a statement on Saturday. It added that the violation showed Russia's irresponsible actions.",
    gives: [["Ministry of Foreign Affairs", "assesses", "Russia"]],
  },
  {
    label:
      "an opening 'It' continues a body that opens the sentence before past its demonym, unless it replies",
    text: "“Kenya is arming the rebels,” the Ugandan foreign ministry said on Monday. It denied that Rwanda was involved. The Turkish Foreign Ministry said on Sunday that Turkey had protested. It added that Russia's actions were reckless.",
    gives: [["Turkish Foreign Ministry", "assesses", "Russia"]],
    notGives: [["Ugandan Foreign Ministry", "assesses", "Rwanda"]],
  },
  {
    label:
      "a hyphened modifier between a country's possessive or demonym and 'government' is part of the speaker, not an army",
    text: "Sudan's army-backed government accused Kenya on Tuesday of funnelling weapons to the rebels. Niger's military-led government said that Benin was hosting French troops.",
    gives: [
      ["Sudan", "assesses", "Kenya"],
      ["Niger", "assesses", "Benin"],
    ],
    noEntities: ["Sudanese Army"],
  },
  {
    label:
      "a statement by a body 'of' its country speaks for the body; 'according to officials in' a capital cites its country",
    text: "A statement by the Foreign Ministry of Peru accused Bolivia of closing the border. According to officials in Kyiv, Russia launched 40 drones overnight. According to residents in Goma, the rebels had withdrawn.",
    gives: [
      ["Foreign Ministry of Peru", "assesses", "Bolivia"],
      ["Ukraine", "assesses", "Russia"],
    ],
  },
  {
    label:
      "a statement signed by a named person speaks for the signer; signed by someone unnamed, for the statement's source",
    text: "The statement, signed by Foreign Minister Ana Silva, accused Spain of blocking the pipeline. Ghana's Foreign Ministry issued a statement on Monday. The statement, signed by the minister, accused Togo of closing the border. A letter signed by 40 lawmakers urged the government to act.",
    gives: [
      ["Ana Silva", "assesses", "Spain"],
      ["Ghanaian Foreign Ministry", "assesses", "Togo"],
    ],
  },
  {
    label: "a source cited with 'according to' only relays another named party's stance, before or after it",
    text: "According to Xinhua, the Chinese Foreign Ministry criticised the Philippines over the drills. Peru condemned Bolivia for closing the border, according to Al Jazeera. According to the Pentagon, China has more than 500 nuclear warheads.",
    gives: [
      ["Peru", "assesses", "Bolivia"],
      ["Pentagon", "assesses", "China"],
    ],
    notGives: [
      ["Xinhua", "assesses", "Philippines"],
      ["Al Jazeera", "assesses", "Bolivia"],
    ],
  },
  {
    label:
      "an opening 'It' continues a country's government told by its demonym in the sentence before, not its troops",
    text: "The Malian junta expelled the French ambassador. It accused France of supporting the rebels. Ghanaian troops entered the town. It said Togo had closed the border.",
    gives: [["Mali", "assesses", "France"]],
    notGives: [["Ghana", "assesses", "Togo"]],
  },
  {
    label: "a speaker who went on to accuse someone accuses them",
    text: "Ali Khan went on to accuse India of violating the ceasefire. Olaf Berg went on to win the election in 2019.",
    gives: [["Ali Khan", "assesses", "India"]],
  },
  {
    label:
      "a claim that goods came from an actor is about that actor, not the agent of a participle in its subject",
    text: "The UN concluded that a shipment of rockets that was seized by Israel came from Iran. Officials in Kyiv said the missiles came from North Korea.",
    gives: [
      ["UN", "assesses", "Iran"],
      ["Ukraine", "assesses", "North Korea"],
    ],
    notGives: [["UN", "assesses", "Israel"]],
  },
  {
    label: "a possessive printed without its apostrophe ('Kenya s Defence Ministry')",
    text: "Kenya s Defence Ministry said Somalia had attacked a border post.",
    gives: [
      ["Defence Ministry", "affiliated_with", "Kenya"],
      ["Defence Ministry", "assesses", "Somalia"],
    ],
  },
  // ---- affiliated_with
  {
    label: "demonym minister",
    text: "Russian Defence Minister Andrei Belousov visited the front line.",
    gives: [["Andrei Belousov", "affiliated_with", "Russia"]],
  },
  {
    label: "appositive foreign minister",
    text: "Sergei Lavrov, Russia's foreign minister, arrived in Pyongyang.",
    gives: [["Sergei Lavrov", "affiliated_with", "Russia"]],
  },
  {
    label: "reverse appositive",
    text: "Israel's defence minister, Israel Katz, ordered the army to prepare.",
    gives: [["Israel Katz", "affiliated_with", "Israel"]],
  },
  {
    label: "a bare title names no country",
    text: "President Vladimir Putin signed the decree in Russia.",
    notGives: [["Vladimir Putin", "affiliated_with", "Russia"]],
  },
  {
    label: "organization spokesman",
    text: "Pentagon spokesman Pat Ryder said the strikes were lawful.",
    gives: [["Pat Ryder", "affiliated_with", "Pentagon"]],
  },
  {
    label: "organization director",
    text: "CIA Director William Burns travelled to Cairo.",
    gives: [["William Burns", "affiliated_with", "CIA"]],
  },
  {
    label: "possessive organization",
    text: "Iran's Islamic Revolutionary Guard Corps claimed responsibility for the attack.",
    gives: [["Islamic Revolutionary Guard Corps", "affiliated_with", "Iran"]],
  },
  {
    label: "leader of a movement",
    text: "Hezbollah leader Naim Qassem said the group would keep fighting.",
    gives: [["Naim Qassem", "affiliated_with", "Hezbollah"]],
  },
  {
    label: "two titled presidents",
    text: "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement.",
    gives: [
      ["Xi Jinping", "affiliated_with", "China"],
      ["Vladimir Putin", "affiliated_with", "Russia"],
    ],
    notGives: [["Xi Jinping", "affiliated_with", "Russia"]],
  },
  {
    label: "secretary of state",
    text: "US Secretary of State Marco Rubio met Saudi Crown Prince Mohammed bin Salman in Riyadh.",
    gives: [
      ["Marco Rubio", "affiliated_with", "United States"],
      ["Mohammed bin Salman", "affiliated_with", "Saudi Arabia"],
      ["Marco Rubio", "meets", "Mohammed bin Salman"],
    ],
  },
  {
    label: "sister of a leader is not a title",
    text: "Kim Yo Jong, the powerful sister of Kim Jong Un, criticised Seoul and praised North Korea.",
    notGives: [["Kim Yo Jong", "affiliated_with", "North Korea"]],
  },
  // ---- precision on fresh news: hyphenated ranks, bodies of two parties, the speaker's own body
  {
    label: "a rank of two abbreviations joined by a hyphen ends no sentence and opens the name",
    text: "Ghana's Chief of Defence Staff, Lt.-Gen. Kofi Mensah-Boateng, said the border was calm. Maj-Gen. Ibrahim Sani attended.",
    gives: [["Kofi Mensah-Boateng", "affiliated_with", "Ghana"]],
    entities: ["Ibrahim Sani"],
    noEntities: ["-Gen", "-Gen. Kofi Mensah-Boateng"],
  },
  {
    label: "a body named by two parties glued by a hyphen belongs to neither alone",
    text: "Ministers of the EU-Canada Joint Committee met in Ottawa. Diplomats attended the NATO-Georgia Commission in Tbilisi.",
    entities: ["EU-Canada Joint Committee", "NATO-Georgia Commission", "Canada", "Georgia"],
    notGives: [
      ["EU-Canada Joint Committee", "affiliated_with", "Canada"],
      ["NATO-Georgia Commission", "affiliated_with", "Georgia"],
      ["NATO-Georgia Commission", "affiliated_with", "NATO"],
    ],
  },
  {
    label:
      "a well-known official whom no title ties to a country speaks of his own country and leader as his own side (people.json homeCountries)",
    text: "President Joe Biden said the United States has enhanced its military capabilities. Defence Minister Rajnath Singh said India has significantly enhanced its manufacturing capabilities. Spokesman Dmitry Peskov said Vladimir Putin had discussed the matter with his advisers.",
    notGives: [
      ["Joe Biden", "assesses", "United States"],
      ["Rajnath Singh", "assesses", "India"],
      ["Dmitry Peskov", "assesses", "Vladimir Putin"],
    ],
  },
  {
    label:
      "an official of the home-country list is found however his name is printed (accents, a generational suffix) and speaks of his own side",
    text: "Foreign Minister Mevlüt Çavuşoğlu said Turkey has increased its defence exports. President Ferdinand Marcos Jr. said the Philippines has received BrahMos missiles. Marcos said China had violated the Philippines' sovereignty.",
    notGives: [
      ["Mevlüt Çavuşoğlu", "assesses", "Turkey"],
      ["Ferdinand Marcos Jr.", "assesses", "Philippines"],
    ],
    gives: [["Ferdinand Marcos Jr.", "assesses", "China"]],
  },
  {
    label:
      "a ministry named without its country, in an article about one country, reports on that country's armed service as its own side, not on another's",
    text: "Poland signed a contract for 96 Apache helicopters, the Defence Ministry said. Poland will receive the first in 2028. The ministry said the Polish Army had completed its training on the type. The ministry said the Belarusian Army had massed troops near the border.",
    notGives: [["Defence Ministry", "assesses", "Polish Army"]],
    gives: [["Defence Ministry", "assesses", "Belarusian Army"]],
  },
  {
    label: "a well-known official's claim about another country or its leader still judges it",
    text: "Defence Minister Rajnath Singh said Pakistan has been supporting terrorism. Spokesperson Hua Chunying said the United States is destabilising the region. President Joe Biden said Vladimir Putin had made a grave mistake.",
    gives: [
      ["Rajnath Singh", "assesses", "Pakistan"],
      ["Hua Chunying", "assesses", "United States"],
      ["Joe Biden", "assesses", "Vladimir Putin"],
    ],
  },
  {
    label: "a claim about the body the speaker serves is about its own side",
    text: "African Union envoy Amina Diallo said that the African Union had stepped up its mediation in Sudan.",
    entities: ["Amina Diallo", "African Union"],
    gives: [["Amina Diallo", "affiliated_with", "African Union"]],
    notGives: [["Amina Diallo", "assesses", "African Union"]],
  },
  {
    label:
      "a body's report on what its own member will do or did is news of its own side, not a judgement of the member",
    text: "Leonardo announced that its CEO, Roberto Cingolani, will travel to Tokyo. NATO said its Secretary General Mark Rutte would visit Kyiv.",
    entities: ["Leonardo", "Roberto Cingolani", "Mark Rutte"],
    gives: [["Roberto Cingolani", "affiliated_with", "Leonardo"]],
    notGives: [
      ["Leonardo", "assesses", "Roberto Cingolani"],
      ["North Atlantic Treaty Organization", "assesses", "Mark Rutte"],
    ],
  },
  {
    label:
      "a government body known by name without its country (an arms export agency, a military media wing) reports on its own country as its own side",
    text: "Rosoboronexport said Russia had delivered Su-30 jets to Myanmar. The Defense Acquisition Program Administration said South Korea and Poland had signed the K2 deal. The Inter-Services Public Relations said Pakistan had test-fired a Fatah missile.",
    entities: [
      "Rosoboronexport",
      "Russia",
      "Defense Acquisition Program Administration",
      "South Korea",
      "Pakistan",
    ],
    typed: [["Inter-Services Public Relations", "Organization"]],
    notGives: [
      ["Rosoboronexport", "assesses", "Russia"],
      ["Defense Acquisition Program Administration", "assesses", "South Korea"],
      ["Inter-Services Public Relations", "assesses", "Pakistan"],
    ],
  },
  {
    label: "the same bodies on another country judge it",
    text: "Rosoboronexport said Ukraine had used Western drones against Russian troops. The Inter-Services Public Relations said India had violated the ceasefire.",
    gives: [
      ["Rosoboronexport", "assesses", "Ukraine"],
      ["Inter-Services Public Relations", "assesses", "India"],
    ],
  },
  {
    label: "a body's report on another party's person still judges that person",
    text: "NATO said Russian President Vladimir Putin had threatened Estonia.",
    gives: [["North Atlantic Treaty Organization", "assesses", "Vladimir Putin"]],
  },
  {
    label:
      "a speaker named among the parties of the act it reports tells its own act, not a judgement of the others",
    text: "Ecuador's navy and Dutch shipbuilder Damen signed a contract for two patrol vessels, Damen said. Peru's defence ministry and Swedish planemaker Saab have signed an agreement on the sale of 12 Gripen jets, the ministry and the company said.",
    entities: ["Ecuador", "Damen", "Peru", "Saab"],
    notGives: [
      ["Damen", "assesses", "Ecuador"],
      ["Saab", "assesses", "Peru"],
      ["Saab", "assesses", "Sweden"],
    ],
  },
  {
    label: "a speaker that is not among the parties it reports on still judges them",
    text: "Saab said Peru and Colombia had signed a border agreement. Ukraine said Russia and Iran had signed a drone deal. Greece said Turkey and Libya had signed an illegal maritime deal.",
    gives: [
      ["Saab", "assesses", "Peru"],
      ["Ukraine", "assesses", "Russia"],
      ["Greece", "assesses", "Turkey"],
    ],
  },
  {
    label: "a spokesman of a body named after its country speaks for that country's side",
    text: "Greek Armed Forces spokesman Nikos Petrakis said Greece had intercepted two drones, and accused Turkey of provocation.",
    entities: ["Nikos Petrakis", "Greece", "Turkey"],
    gives: [["Nikos Petrakis", "assesses", "Turkey"]],
    notGives: [["Nikos Petrakis", "assesses", "Greece"]],
  },
  {
    label: "a condition told by inversion ('should X detect …') asserts no supply",
    text: "Officials hinted that should Greece detect Turkey sending drones to Libya, Athens would respond. Should Chad find Sudan shipping rifles to Niger, it will close the border.",
    entities: ["Turkey", "Libya", "Sudan", "Niger"],
    notGives: [
      ["Turkey", "supplies", "Libya"],
      ["Sudan", "supplies", "Niger"],
    ],
  },
  {
    label: "a spokesperson's title after a body's name opens the title, and the name after it is a person's",
    text: "Vietnamese Foreign Ministry Spokesperson Pham Thu Hang said Cambodia had agreed. The Ministry of Defence Spokesperson Colonel Juma Okello said Uganda had withdrawn.",
    entities: ["Pham Thu Hang", "Juma Okello"],
    noEntities: [
      "Vietnamese Foreign Ministry Spokesperson Pham Thu Hang",
      "Ministry of Defence Spokesperson Colonel",
    ],
    gives: [
      ["Pham Thu Hang", "affiliated_with", "Vietnam"],
      ["Juma Okello", "assesses", "Uganda"],
    ],
  },
  {
    label:
      "a title's 'of' phrase whose country owns the noun after it ('of Portugal's support') names no country of the holder",
    text: "President Rui Tavares of Angola welcomed the plan. The envoy assured Prime Minister Ana Lopes of Portugal's support for the mission.",
    gives: [["Rui Tavares", "affiliated_with", "Angola"]],
    notGives: [["Ana Lopes", "affiliated_with", "Portugal"]],
  },
  {
    label: "'Brig' is a rank before a name, with or without its stop",
    text: "The sector commander Brig Amos Kiprono met the team. The statement was signed by Brig. Mary Wanjiru.",
    entities: ["Amos Kiprono", "Mary Wanjiru"],
    noEntities: ["Brig Amos Kiprono", "Brig. Mary Wanjiru"],
  },
  {
    label: "'should' after the subject or in another clause leaves a told supply asserted",
    text: "Egypt delivered two corvettes to Algeria, and analysts said Cairo should expand its exports.",
    gives: [["Egypt", "supplies", "Algeria"]],
  },
  // ---- entities
  {
    label: "designator and class",
    text: "Kim Jong Un inspected a new Hwasong-19 intercontinental ballistic missile.",
    // The class only describes the model: no node of its own (described-classes.ts, session 38).
    entities: ["Hwasong-19", "Kim Jong Un"],
    noEntities: ["intercontinental ballistic missile"],
  },
  {
    label: "air defence system with designator",
    text: "Ukraine struck a Russian S-400 air defence system in Crimea.",
    entities: ["S-400", "Crimea", "Russia"],
  },
  {
    label: "the North without a Korea is nothing",
    text: "Fighting continued in the North of the country.",
    noEntities: ["North Korea"],
  },
  {
    label: "events are not actors",
    text: "Veterans of the Korean War gathered in Washington.",
    noEntities: ["Korean War"],
  },
  // ---- entities: names of companies, bodies, places and models the lists do not hold
  {
    label: "a company's legal form stays in its mention and names nothing alone",
    text: "The prime contractors are Boeing Co and Thales SA, and Norinco Group will supply the rest.",
    typed: [
      ["Boeing", "Organization"],
      ["Thales", "Organization"],
      ["Norinco", "Organization"],
    ],
    noEntities: ["Co", "SA", "Group"],
  },
  {
    label: "an acronym in brackets that spells the lower-case words before it is no place",
    text: "Sweden ordered a high-altitude low-observable (HALO) drone from Saab.",
    noEntities: ["Halo", "HALO"],
  },
  {
    label: "a name spelled by the initials of a hyphenated word is a body",
    text: "The Joint-Forces Media Office (JFMO) said three soldiers were killed in Kandahar.",
    typed: [["Joint-Forces Media Office", "Organization"]],
    same: [["Joint-Forces Media Office", "JFMO"]],
  },
  {
    label: "a name before a lower-case newspaper or group noun is an organization",
    text: "Fighters of the Zarya group crossed the border, Kathimerini newspaper has reported.",
    typed: [
      ["Kathimerini", "Organization"],
      ["Zarya", "Organization"],
    ],
  },
  {
    label: "a regional adjective before a company noun is no organization",
    text: "The contract went to the Scandinavian company Kongsberg.",
    typed: [["Kongsberg", "Organization"]],
    noEntities: ["Scandinavian"],
  },
  {
    label: "a class number with a slash variant, in the plural too",
    text: "Egypt received two Type 056A/E corvettes, and all four Type 056A/Es are now in service.",
    typed: [["Type 056A/E", "WeaponSystem"]],
    same: [["Type 056A/E", "Type 056A/Es"]],
    noEntities: ["Es", "Type 056A"],
  },
  {
    label: "a designator with a production variant names a model alone",
    text: "Latvia will buy M109A7 guns and 155mm rounds.",
    typed: [["M109A7", "WeaponSystem"]],
  },
  {
    label: "a designator on a class noun takes the word before it; a class noun ends the model's name",
    text: "Spain approved Standard Missile-2 interceptors and eight C-390 Aircraft of the Spanish Air Force.",
    entities: ["Standard Missile-2", "C-390"],
    noEntities: ["Missile-2", "C-390 Aircraft"],
  },
  {
    label: "capitalised class words before a base's head are the base's name",
    text: "The drones landed at Latvia's 3rd Unmanned Aerial Systems Base.",
    typed: [["3rd Unmanned Aerial Systems Base", "Location"]],
    noEntities: ["unmanned aerial system"],
  },
  {
    label: "a region modifier before a demonym and a sea noun is in the sea's name",
    text: "Vietnam sent patrol boats to the East Vietnam Sea.",
    typed: [["East Vietnam Sea", "Location"]],
  },
  {
    label: "a body after a spokesperson's title and 'for the' is named without the title",
    text: "Spokesperson for the Eastern Naval Command Olena Koval said two boats were hit.",
    typed: [
      ["Eastern Naval Command", "Organization"],
      ["Olena Koval", "Person"],
    ],
  },
  {
    label: "a name after a ship noun's comma that a verb follows is the next clause's subject",
    text: "After the launch of the two corvettes, Tanaka told reporters the navy was pleased.",
    noEntities: ["Tanaka"],
  },
  {
    label: "an ocean of the gazetteer is one place",
    text: "The frigates will patrol the Indian Ocean region.",
    typed: [["Indian Ocean", "Location"]],
    noEntities: ["Ocean", "India"],
  },
  {
    label: "a body's head word alone before a lower-case noun names nothing",
    text: "Delhi's Union home ministry issued the order.",
    noEntities: ["Union"],
  },
  {
    label: "a compound of weapon words modifies the class head",
    text: "Spain ordered two guided-missile destroyers.",
    entities: ["guided-missile destroyer"],
    noEntities: ["missile destroyer"],
  },
  {
    label: "a class number of five digits",
    text: "Russia launched another Project 22350 frigate.",
    typed: [["Project 22350", "WeaponSystem"]],
  },
  {
    label: "a suicide bomber is a person, not a weapon",
    text: "A suicide bomber struck a checkpoint in Mogadishu.",
    noEntities: ["suicide bomber"],
  },
  {
    label: "a manager is a title",
    text: "Rostec's General Manager Oleg Petrov attended the ceremony.",
    typed: [["Oleg Petrov", "Person"]],
    noEntities: ["Manager Oleg Petrov"],
  },
  {
    label: "a weapon's popular name after an unknown word and before ', who' is a surname",
    text: "Selcuk Bayraktar, who chairs the board, flew to Kyiv.",
    typed: [["Selcuk Bayraktar", "Person"]],
  },
  {
    label: "a country's name ending a name that a descriptor types is in the body's name",
    text: "Jamaat Ansar Mali, an armed group based in the north, claimed the attack.",
    typed: [["Jamaat Ansar Mali", "Organization"]],
  },
  {
    label: "a name after a title phrase of countries is a person",
    text: "Ambassador of Nepal to India Shankar Sharma attended the reception.",
    typed: [["Shankar Sharma", "Person"]],
  },
  {
    label: "an ampersand joins a company's name",
    text: "Analysts at Daiwa Capital & Securities said orders would rise.",
    typed: [["Daiwa Capital & Securities", "Organization"]],
  },
  {
    label: "armed groups of the gazetteer",
    text: "Al-Qaeda and Boko Haram fighters attacked army posts.",
    typed: [
      ["Al-Qaeda", "Organization"],
      ["Boko Haram", "Organization"],
    ],
  },
  {
    label: "three capitals before an amount are a currency's code, not a listed acronym",
    text: "Tehran paid the IRR 4.2 billion fee and the NIS 2 billion deal for the TASS 900 bonds was NIS 1,200 each.",
    noEntities: ["NIS", "IRR", "National Intelligence Service"],
  },
  {
    label: "an acronym the text defines for a body, read before a weapon noun, is still the body",
    text: "The Sudan Liberation Movement (SLM) said SLM drones struck the depot.",
    typed: [["Sudan Liberation Movement", "Organization"]],
    same: [["Sudan Liberation Movement", "SLM"]],
  },
  {
    label: "an acronym with an ampersand is defined by the name before it",
    text: "The Bureau of Research & Engineering (BR&E) said the BR&E would test it.",
    same: [["Bureau of Research & Engineering", "BR&E"]],
  },
  {
    label: "a company's dotted legal form stays in its mention",
    text: "Saab Inc. and Thales Corp. won the contract.",
    typed: [
      ["Saab", "Organization"],
      ["Thales", "Organization"],
    ],
    noEntities: ["Inc.", "Corp."],
  },
  {
    label: "a chief executive is a title",
    text: "Rheinmetall CEO Armin Papperger said demand was rising.",
    typed: [["Armin Papperger", "Person"]],
    noEntities: ["CEO Armin Papperger"],
  },
  {
    label: "a secretariat is a body",
    text: "Malaysia's Cabinet Secretariat issued a statement.",
    typed: [["Cabinet Secretariat", "Organization"]],
    noEntities: ["Secretariat"],
  },
  {
    label: "a weapon's name before capitalised words ending in a place noun names the place",
    text: "Drones struck the Kalibr Air Base near the port.",
    typed: [["Kalibr Air Base", "Location"]],
    noEntities: ["Kalibr"],
  },
  {
    label: "a hyphenated modifier of origin or age before a weapon noun is no model",
    text: "Angola still flies Soviet-era helicopters and Chinese-made drones.",
    noEntities: ["Soviet-era", "Chinese-made"],
  },
  {
    label: "a body named by an acronym and the last words of another body's name is that body",
    text: "The corvettes were built by Jiangnan Changxing Shipyard. JC Shipyard engineers will stay for a year.",
    same: [["Jiangnan Changxing Shipyard", "JC Shipyard"]],
  },
  {
    label: "docks and dockyards are bodies",
    text: "The hull was laid down at Cochin Docks and fitted out at the Karwar Naval Dockyard.",
    typed: [
      ["Cochin Docks", "Organization"],
      ["Karwar Naval Dockyard", "Organization"],
    ],
  },
  {
    label: "a capital that someone is leaving is a place, not its government, even in a relation's sentence",
    text: "Ukrainian officials praised the visit. Polish President Andrzej Duda told reporters as he was departing Kyiv for Rzeszow.",
    typed: [["Kyiv", "Location"]],
    apart: [["Kyiv", "Ukraine"]],
  },
  // ---- entities: one weapon model however it is spelled
  {
    label: "a plural designator is the model",
    text: "Norway sold F-16s to Romania, and the F-16 fleet grew.",
    same: [["F-16s", "F-16"]],
  },
  {
    label: "a model written only in the plural is named in the singular",
    text: "Boeing delivered the first KC-46s to Japan, and Russia sent T-62s to the front.",
    typed: [
      ["KC-46", "WeaponSystem"],
      ["T-62", "WeaponSystem"],
    ],
    gives: [
      ["Boeing", "supplies", "KC-46"],
      ["Russia", "supplies", "T-62"],
    ],
  },
  {
    label: "a designator with and without its hyphen is one model",
    text: "Australia ordered M-777 howitzers after its M777 guns performed well.",
    same: [["M-777", "M777"]],
  },
  {
    label: "a maker before a model is the same model",
    text: "Chile bought Embraer A-29 Super Tucano aircraft; the A-29 Super Tucano arrived in June.",
    same: [["Embraer A-29 Super Tucano", "A-29 Super Tucano"]],
  },
  {
    label: "a designator's popular name and its variant letters are the named model",
    text: "Pakistan delivered JF-17 Thunder jets to Myanmar, and its JF-17 and Su-30SME fleet grew with more Su-30 jets.",
    same: [
      ["JF-17 Thunder", "JF-17"],
      ["Su-30SME", "Su-30"],
    ],
  },
  // ---- entities: named ships and weapons known by an acronym
  {
    label: "a warship prefix and its name are one named platform",
    text: "The Indian Navy commissioned INS Vikrant in Kochi.",
    typed: [["INS Vikrant", "WeaponSystem"]],
  },
  {
    label: "a warship name may run over several words",
    text: "Sailors from USS Forrest Sherman and HMS Prince of Wales boarded the vessel.",
    typed: [
      ["USS Forrest Sherman", "WeaponSystem"],
      ["HMS Prince of Wales", "WeaponSystem"],
    ],
  },
  {
    label: "a long name with its acronym before a vehicle noun is a weapon model, not a body",
    text: "Canada donated 30 Tactical Armoured Patrol (TAP) vehicles to Ukraine.",
    typed: [["TAP", "WeaponSystem"]],
    same: [["Tactical Armoured Patrol", "TAP"]],
    notTyped: [["Tactical Armoured Patrol", "Organization"]],
  },
  {
    label: "an unknown acronym before a vehicle noun is a weapon model",
    text: "Poland ordered more JLTV vehicles from the United States.",
    typed: [["JLTV", "WeaponSystem"]],
    gives: [["United States", "supplies", "JLTV"]],
  },
  {
    label: "an acronym before 'system' is not a weapon",
    text: "The GPS system failed during the test, officials in Oslo said.",
    entities: ["Oslo"],
    noEntities: ["GPS"],
  },
  // ---- entities: places named by a place noun
  {
    label: "an air base is a place",
    text: "The delegation landed at Bagram Air Base on Monday.",
    typed: [["Bagram Air Base", "Location"]],
  },
  {
    label: "a palace is a place, not a person",
    text: "Recep Tayyip Erdogan received the envoy at Dolmabahce Palace.",
    typed: [["Dolmabahce Palace", "Location"]],
    notTyped: [["Dolmabahce Palace", "Person"]],
  },
  {
    label: "a capital opening an airport's name is part of the airport",
    text: "The minister arrived at Nairobi International Airport on Sunday.",
    typed: [["Nairobi International Airport", "Location"]],
    noEntities: ["Nairobi"],
  },
  {
    label: "a capital opening a document's or a group's name names neither its country nor a place",
    text: "Thai Foreign Minister Somchai Rattana said Myanmar had violated the Ottawa Convention. Ukraine accused Russia of breaking the Minsk agreements. Colombia praised the Lima Group for its stance.",
    entities: ["Somchai Rattana", "Ukraine", "Russia", "Colombia"],
    noEntities: ["Canada", "Ottawa", "Belarus", "Minsk", "Peru", "Lima"],
    gives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label:
      "a capital opening an event's name names neither its country nor a place; a capital that speaks is its country",
    text: "Nairobi condemned the attack by Al-Shabaab. Leaders met at the Vilnius Summit on Tuesday. He spoke at the 7th Moscow Conference on International Security.",
    gives: [["Kenya", "assesses", "Al-Shabaab"]],
    noEntities: ["Lithuania", "Vilnius", "Russia", "Moscow"],
  },
  {
    label:
      "a body named for its building is the building after 'at the', in a document where it never speaks",
    text: "Kenyan Defence Secretary Aden Duale met Lloyd Austin at the Pentagon on Monday.",
    typed: [["Pentagon", "Location"]],
    notTyped: [["Pentagon", "Organization"]],
  },
  {
    label: "a body named for its building that also speaks in the document stays the body",
    text: "Vladimir Putin received Xi Jinping at the Kremlin. The Kremlin accused Ukraine of provocation.",
    typed: [["Kremlin", "Organization"]],
    gives: [["Kremlin", "assesses", "Ukraine"]],
  },
  {
    label: "a body's head written in lower case after a word that names no body alone ends the body's name",
    text: "Russia delivered two helicopters to the Malian Armed forces on Monday. The Chief of the General Staff of the Nigerian Armed forces, Gen Musa Bello, thanked Japan. Japan handed two boats to the Philippine Coast guard.",
    typed: [
      ["Malian Armed Forces", "Organization"],
      ["Nigerian Armed Forces", "Organization"],
      ["Philippine Coast Guard", "Organization"],
    ],
    noEntities: ["Armed"],
    gives: [
      ["Russia", "supplies", "Malian Armed Forces"],
      ["Musa Bello", "affiliated_with", "Nigerian Armed Forces"],
      ["Japan", "supplies", "Philippine Coast Guard"],
    ],
  },
  {
    label: "a capital after 'the port of' is the place, not its government",
    text: "Speaking at the port of Colombo, Japanese Ambassador Hideki Mizukoshi praised the crew.",
    entities: ["Hideki Mizukoshi"],
    typed: [["Colombo", "Location"]],
    noEntities: ["Sri Lanka"],
  },
  {
    label: "a title opening a place's name stays in the name",
    text: "He was welcomed at Queen Alia International Airport by Jordanian officials.",
    typed: [["Queen Alia International Airport", "Location"]],
    noEntities: ["Alia International Airport"],
  },
  // ---- entities: names without cues, typed by their shape or their context
  {
    label: "a name before a comma and a state is a town; a given name first makes a person",
    text: "The rockets are built in Grand Prairie, Texas. Robert Hale, Ohio, said so.",
    typed: [
      ["Grand Prairie", "Location"],
      ["Robert Hale", "Person"],
    ],
  },
  {
    label: "a place noun after a long name types it as a place",
    text: "The jets landed at Pedro Luis Garcia Ramos naval base.",
    typed: [["Pedro Luis Garcia Ramos", "Location"]],
  },
  {
    label: "a demonym glued to -language or -speaking is a language, not a country",
    text: "The Spanish-language daily said Peru bought the tanks from Korea.",
    noEntities: ["Spain"],
  },
  {
    label: "online and website end an outlet's name; a compound modifier before it is not in the name",
    text: "According to the Spanish-language Noticias Online, Peru bought the tanks. Kyiv News Website agreed.",
    typed: [
      ["Noticias Online", "Organization"],
      ["Kyiv News Website", "Organization"],
    ],
    noEntities: ["Spanish-language Noticias Online"],
  },
  {
    label: "names right after a warship noun are ships, a city's name included",
    text: "Pakistan received two frigates, Shanghai (Hull 529) and Taizhou, in Karachi.",
    typed: [
      ["Shanghai", "WeaponSystem"],
      ["Taizhou", "WeaponSystem"],
    ],
  },
  {
    label: "a ship's name after a title-case class of ship ending in a ship noun",
    text: "The ceremony was held aboard the Kenya Navy's Flag Ship Jasiri. The Fast Response Cutter Leroy Reyes sailed to Guam.",
    typed: [
      ["Jasiri", "WeaponSystem"],
      ["Leroy Reyes", "WeaponSystem"],
    ],
    noEntities: ["Flag Ship Jasiri", "Fast Response Cutter"],
  },
  {
    label: "a ship named after a person, right after a lower-case ship noun, is a ship",
    text: "Upon arrival, she was escorted by the frigate Ramon Alcaraz and a former cutter, Dallas.",
    typed: [
      ["Ramon Alcaraz", "WeaponSystem"],
      ["Dallas", "WeaponSystem"],
    ],
    notTyped: [["Ramon Alcaraz", "Person"]],
  },
  {
    label: "a capitalised body's or place's head word after a ship noun names no ship",
    text: "Abu Dhabi Ship Builders will expand the Coast Guard Cutter Station at Kodiak.",
    noEntities: ["Builders", "Station"],
  },
  {
    label: "a hull number in brackets after a ship's name is no weapon of its own",
    text: "The destroyer USS Carney (DDG-64) and the cutter Munro (WMSL 755) left Bahrain.",
    typed: [
      ["USS Carney", "WeaponSystem"],
      ["Munro", "WeaponSystem"],
    ],
    noEntities: ["DDG-64", "WMSL 755"],
  },
  {
    label: "the name a naming verb gives a vessel named earlier in the sentence is a ship's",
    text: "The second cutter donated by Japan reached Tema on 3 May and was named G402. A motorboat named Osprey was also handed over.",
    typed: [
      ["G402", "WeaponSystem"],
      ["Osprey", "WeaponSystem"],
    ],
  },
  {
    label: "a ship's former name after 'under the name', a place's name included",
    text: "The patrol boat had served the Fiji Police under the name “Lautoka” before it was gifted to Samoa.",
    typed: [["Lautoka", "WeaponSystem"]],
    notTyped: [["Lautoka", "Location"]],
  },
  {
    label: "a naming verb after another noun, or 'named after', names no ship",
    text: "A sailor named Rashid Omar rescued the crew of the boat. The corvette was named after Admiral Musa Bello.",
    typed: [
      ["Rashid Omar", "Person"],
      ["Musa Bello", "Person"],
    ],
    notTyped: [
      ["Rashid Omar", "WeaponSystem"],
      ["Musa Bello", "WeaponSystem"],
    ],
  },
  {
    label: "models listed with counts after a weapon's class and a colon",
    text: "Greece sent arms to Chad. The cargo filled four transport planes: three Hercules and one Spartan.",
    typed: [
      ["Hercules", "WeaponSystem"],
      ["Spartan", "WeaponSystem"],
    ],
  },
  {
    label: "a name and a capitalised 'Class' before a weapon class noun are the class",
    text: "The Island Class boat had served the Maldives Coast Guard before it was gifted to Ghana.",
    typed: [["Island Class", "WeaponSystem"]],
    notTyped: [["Island Class", "Person"]],
  },
  {
    label: "ships named after a warship noun are the items supplied",
    text: "China delivered the frigates Shanghai and Taizhou to Pakistan.",
    gives: [
      ["China", "supplies", "Pakistan"],
      ["China", "supplies", "Taizhou"],
    ],
  },
  {
    label: "a ship prefix glued to the name by a hyphen, and the prefixes SAS and KNS",
    text: "The ships were renamed PNS-Tippu Sultan and SAS Amatola.",
    typed: [
      ["PNS-Tippu Sultan", "WeaponSystem"],
      ["SAS Amatola", "WeaponSystem"],
    ],
  },
  {
    label: "a warship noun in a title-case headline names no ship",
    text: "China-Donated Frigate Arrives in Sri Lanka\n\nThe frigate docked in Colombo.",
    noEntities: ["Arrives"],
  },
  {
    label: "a lone unknown word that opens a named base is that base, and a shorter form too",
    text: "The jets landed at Kandi Air Base. Security at Kandi was tight, officials said of the Kandi Base.",
    same: [
      ["Kandi", "Kandi Air Base"],
      ["Kandi Base", "Kandi Air Base"],
    ],
  },
  {
    label: "a titled name known by its initials is a person",
    text: "The deal was signed by former President Amadou Toumani Keita (ATK) in Bamako.",
    typed: [["Amadou Toumani Keita", "Person"]],
  },
  {
    label: "a shorter name keeping the first and last words of a longer one is the same person",
    text: "Sheikh Mohammed bin Zayed Al Nahyan arrived in Paris. Later Mohammed Al Nahyan met French officials.",
    same: [["Mohammed Al Nahyan", "Mohammed bin Zayed Al Nahyan"]],
  },
  {
    label: "a person's last two words, named alone, are the same person",
    text: 'Belgian Foreign Minister Marie-Claire Van Damme met Ivan Petrov in Brussels. "We disagree on sanctions," Van Damme said. Interior Minister Ali Karim Haddad and Karim Haddad spoke later.',
    same: [
      ["Van Damme", "Marie-Claire Van Damme"],
      ["Karim Haddad", "Ali Karim Haddad"],
    ],
  },
  {
    label: "the last words of a name after 'bin' are the father's, another person",
    text: "Emir Tamim bin Hamad Al Nasser met envoys in Doha. His father Hamad Al Nasser welcomed them.",
    apart: [["Hamad Al Nasser", "Tamim bin Hamad Al Nasser"]],
  },
  {
    label: "a body's head alone, capitalised, is the one body whose name ends with it, else no body",
    text: "General Alan Cole of U.S. Southern Command met the minister to express the Command's thanks. The order book of the Company grew.",
    same: [["Command", "U.S. Southern Command"]],
    noEntities: ["Company"],
  },
  {
    label: "a body's head alone in a title, with no body of that head in the document, is no body",
    text: "Rear Admiral Jose Cruz, Flag Officer in Command, Colombian Navy, said Venezuela bought drones.",
    entities: ["Jose Cruz", "Colombian Navy"],
    noEntities: ["Command"],
  },
  {
    label: "a named temple, mosque or museum is a place, not a person",
    text: "Prime Minister Anil Rao laid a wreath at the Wat Phra Kaew Temple in Bangkok and visited the Hazrat Ali Mosque in Kabul.",
    typed: [
      ["Wat Phra Kaew Temple", "Location"],
      ["Hazrat Ali Mosque", "Location"],
    ],
    notTyped: [
      ["Wat Phra Kaew Temple", "Person"],
      ["Hazrat Ali Mosque", "Person"],
    ],
  },
  {
    label: "'either' or 'neither' before a body's name is no part of it",
    text: "Either the Labour Party or the Green Party will form the government, and neither the Unity Party nor the Reform Party objected.",
    entities: ["Labour Party", "Green Party", "Unity Party", "Reform Party"],
    noEntities: ["Either the Labour Party"],
  },
  {
    label: "two spellings of a name, but for a doubled letter or 'el'/'al', are one person",
    text: "President Abdel Karim el-Hassan met Crown Prince Mohamed bin Rashid in Cairo. Mohammed bin Rashid thanked Abdel Karim al-Hasan for the visit.",
    same: [
      ["Mohamed bin Rashid", "Mohammed bin Rashid"],
      ["Abdel Karim el-Hassan", "Abdel Karim al-Hasan"],
    ],
  },
  {
    label: "an honorific inside a run ends the title before the name",
    text: "The Amir Sheikh Salman bin Hamad received the envoy in Manama.",
    typed: [["Salman bin Hamad", "Person"]],
    noEntities: ["Amir Sheikh Salman bin Hamad"],
  },
  {
    label: "a demonym before a body's name no list knows is part of its name and names its country",
    text: "Officers of the Nigerian Ports Authority met in Lagos.",
    typed: [["Nigerian Ports Authority", "Organization"]],
    gives: [["Nigerian Ports Authority", "affiliated_with", "Nigeria"]],
  },
  {
    label: "a body's name ends where a title opens a person's name",
    text: "Canadian Nuclear Safety Commission Deputy Director Anne Tremblay visited Ottawa.",
    typed: [
      ["Canadian Nuclear Safety Commission", "Organization"],
      ["Anne Tremblay", "Person"],
    ],
    gives: [["Anne Tremblay", "affiliated_with", "Canadian Nuclear Safety Commission"]],
  },
  {
    label: "a body every country has before a title stays in the title",
    text: "Kenyan Defence Cabinet Secretary Mary Wanjiru received the helicopters.",
    typed: [["Mary Wanjiru", "Person"]],
    noEntities: ["Kenyan Defence Cabinet", "Defence Cabinet"],
  },
  {
    label: "a class opener and a class number name a model without a head, a year does not",
    text: "Egypt will buy two Type 209 German submarines. Project 2025 was published in Washington.",
    typed: [["Type 209", "WeaponSystem"]],
    noEntities: ["Project 2025"],
  },
  {
    label: "a known weapon model's plural names the model",
    text: "The United States sent Javelins to Estonia.",
    typed: [["Javelin", "WeaponSystem"]],
    gives: [["United States", "supplies", "Javelin"]],
  },
  {
    label: "a given name after the words of a long title opens the name",
    text: "The talks were attended by Minister of Trade and Foreign Affairs Peter Mwangi.",
    typed: [["Peter Mwangi", "Person"]],
    noEntities: ["Foreign Affairs Peter Mwangi"],
  },
  {
    label:
      "a given name written with its accents after a title's portfolio opens the name, as its plain spelling does",
    text: "Minister of Defense José Manuel Ortega said the army was ready. Minister of Defence João Gomes Cravinho met Minister of Foreign Affairs Andrés Felipe Mora.",
    typed: [
      ["José Manuel Ortega", "Person"],
      ["João Gomes Cravinho", "Person"],
      ["Andrés Felipe Mora", "Person"],
    ],
    noEntities: ["Manuel Ortega", "Felipe Mora"],
  },
  {
    label: "a given name after another name word stays inside the name that a rank opens",
    text: "Minister of National Defence General Nguyễn Tân Cương met his Lao counterpart. Chief of Defence Forces Gen. Peter Otieno Mwangi attended.",
    typed: [
      ["Nguyễn Tân Cương", "Person"],
      ["Peter Otieno Mwangi", "Person"],
    ],
    noEntities: ["Tân Cương", "Cương"],
  },
  {
    label: "a titled run that ends with a title head is a title, not a person",
    text: "Chief Logistics Officer of the Kenya Army Maj. Gen. James Otieno received the trucks.",
    typed: [["James Otieno", "Person"]],
    noEntities: ["Logistics Officer"],
  },
  {
    label: "headquarters and a byline's reporter are no names",
    text: "By A Staff Reporter. The trucks were handed over at the Army Headquarters in Accra.",
    noEntities: ["Headquarters", "Reporter", "Staff Reporter"],
  },
  {
    label: "a source named after 'according to' and set off by a comma is a person",
    text: "Turkey wants the jets, according to Selim Kaya, an analyst in Ankara.",
    typed: [["Selim Kaya", "Person"]],
  },
  {
    label: "a name after a title and a comma, before 'and' and a lower-case word, is a person",
    text: "The Ambassador of Ghana to Togo, Kwame Boateng and other officials were present.",
    typed: [["Kwame Boateng", "Person"]],
  },
  {
    label: "a region modifier before a known place makes one larger place",
    text: "Russia sent instructors to West Africa and Southeast Asia.",
    typed: [
      ["West Africa", "Location"],
      ["Southeast Asia", "Location"],
    ],
    noEntities: ["Africa", "Asia"],
  },
  {
    label: "a place noun and 'of' before a known place or country make one place",
    text: "Warships patrolled the Gulf of Mexico, the Bay of Bengal and the Horn of Africa.",
    typed: [
      ["Gulf of Mexico", "Location"],
      ["Bay of Bengal", "Location"],
      ["Horn of Africa", "Location"],
    ],
    noEntities: ["Mexico", "Gulf", "Bay"],
  },
  {
    label: "states and provinces of federal countries are places",
    text: "The howitzers were built in Alabama and tested in Queensland.",
    typed: [
      ["Alabama", "Location"],
      ["Queensland", "Location"],
    ],
  },
  {
    label: "a capital that is also a given name, after a title and before a surname, is a person",
    text: "Foreign Ministry spokeswoman Victoria Kowalski dismissed the claims by Russia.",
    typed: [["Victoria Kowalski", "Person"]],
    noEntities: ["Seychelles"],
  },
  {
    label: "a country that is also a given name, before a surname and a verb people do, is a person",
    text: "Jordan Okafor said the talks in Abuja had gone well.",
    typed: [["Jordan Okafor", "Person"]],
    noEntities: ["Jordan"],
  },
  {
    label: "a country that is also a given name stays a country before a body's head",
    text: "Jordan Armed Forces received the vehicles.",
    noEntities: ["Jordan Armed"],
  },
  {
    label: "index designators that start with digits are weapon models",
    text: "Russia delivered 48N6E3 missiles and 2S19 howitzers to Belarus.",
    typed: [
      ["48N6E3", "WeaponSystem"],
      ["2S19", "WeaponSystem"],
    ],
    gives: [["Russia", "supplies", "48N6E3"]],
  },
  {
    label: "a variant's capitals written apart from the model are part of its name",
    text: "India received ten Sukhoi Su-35 SK fighters from Russia.",
    typed: [["Sukhoi Su-35 SK", "WeaponSystem"]],
    noEntities: ["SK"],
  },
  {
    label: "a weapon class's acronym and a model number name a model, not a body",
    text: "France delivered the OPV 58S to the Senegalese Navy on Friday. The Ghana Navy received two OPV 60 vessels from Germany.",
    typed: [
      ["OPV 58S", "WeaponSystem"],
      ["OPV 60", "WeaponSystem"],
    ],
    noEntities: ["OPV"],
    gives: [
      ["France", "supplies", "OPV 58S"],
      ["Germany", "supplies", "OPV 60"],
    ],
  },
  {
    label: "a class acronym before a measure is no model",
    text: "Poland bought 24 IFV 30 mm cannons from Slovakia.",
    noEntities: ["IFV 30"],
  },
  {
    label: "a name glued to -class names a class of ships, a known place's name too",
    text: "Germany sold three Baden-class frigates and two Bremen-class corvettes to Peru.",
    typed: [
      ["Baden-class", "WeaponSystem"],
      ["Bremen-class", "WeaponSystem"],
    ],
    noEntities: ["Bremen"],
  },
  {
    label: "a numbered class glued to -class is the numbered model",
    text: "Pakistan received two Type 054A-class frigates from China.",
    typed: [["Type 054A", "WeaponSystem"]],
    gives: [["China", "supplies", "Type 054A"]],
  },
  {
    label: "man-portable air defence systems are MANPADS",
    text: "Rebels were equipped with man-portable air defence systems.",
    typed: [["MANPADS", "WeaponSystem"]],
  },
  {
    label: "a body's name runs on through 'of' and its country, which owns it (other names)",
    text: "Ghana borrowed from the Development Bank of Kenya, which Kenya owns.",
    typed: [["Development Bank of Kenya", "Organization"]],
    gives: [["Development Bank of Kenya", "affiliated_with", "Kenya"]],
    noEntities: ["Development Bank"],
  },
  {
    label: "a body every country has keeps its own name before 'of' and its country",
    text: "The Ministry of Defence of Chile bought the ships.",
    typed: [
      ["Chile", "Country"],
      ["Ministry of Defence of Chile", "Organization"],
    ],
    // The body is named as printed, not rebuilt with the country's demonym.
    noNames: ["Chilean Ministry of Defence"],
    gives: [["Ministry of Defence of Chile", "affiliated_with", "Chile"]],
  },
  {
    label: "a body named with 'of' and its country before a maker's model keeps the printed name",
    text: "An Armed Forces of Peru Airbus C-295 aircraft flew the aid to Haiti on Monday.",
    typed: [["Armed Forces of Peru", "Organization"]],
    noNames: ["Peruvian Armed Forces"],
    gives: [["Armed Forces of Peru", "affiliated_with", "Peru"]],
  },
  {
    label: "a body printed once with 'of' and its country and once with the demonym is one body",
    text: "The Ministry of Defence of Peru bought the radars. The Peruvian Ministry of Defence said they would arrive in May.",
    same: [["Peruvian Ministry of Defence", "Ministry of Defence of Peru"]],
    gives: [["Peruvian Ministry of Defence", "affiliated_with", "Peru"]],
  },
  {
    label: "a capitalised noun before a country opens a body's name with the country inside",
    text: "The visit was reported by Radio Nigeria International on Monday.",
    typed: [["Radio Nigeria International", "Organization"]],
    noEntities: ["Nigeria International"],
  },
  {
    label: "a unit's ordinal is part of its name",
    text: "Soldiers of the 82nd Airborne Division arrived in Poland.",
    typed: [["82nd Airborne Division", "Organization"]],
    noEntities: ["Airborne Division"],
  },
  {
    label: "a country printed right after a body's head ends the body's name and owns it",
    text: "Coast Guard Sri Lanka (CGSL) seized the boat on Monday. Ghanaian Defence Minister Kofi Boateng visited the base. The Ministry of Defence Ghana thanked the donors.",
    typed: [
      ["Coast Guard Sri Lanka", "Organization"],
      ["Ministry of Defence Ghana", "Organization"],
      ["Sri Lanka", "Country"],
    ],
    noEntities: ["Coast Guard", "Ministry of Defence"],
    gives: [
      ["Coast Guard Sri Lanka", "affiliated_with", "Sri Lanka"],
      ["Ministry of Defence Ghana", "affiliated_with", "Ghana"],
      // The minister serves the ministry of his portfolio, the country after it no word of it.
      ["Kofi Boateng", "affiliated_with", "Ministry of Defence Ghana"],
    ],
  },
  {
    label: "a country after a body's head that opens another body's name stays that body's",
    text: "The Chief of Army Staff Pakistan Army General Asim Munir spoke to the troops.",
    typed: [["Pakistan Army", "Organization"]],
    noEntities: ["Army Staff Pakistan", "Army Staff Pakistan Army"],
    gives: [["Asim Munir", "affiliated_with", "Pakistan Army"]],
  },
  {
    label: "a unit named by its number ends at its head; 'of' a body after it is its parent",
    text: "The jets of the Spanish Air Force's 14th Group of the 3rd Squadron escorted the tanker. The 11th Wing of the Hellenic Air Force received the jets.",
    typed: [
      ["14th Group", "Organization"],
      ["3rd Squadron", "Organization"],
      ["11th Wing", "Organization"],
    ],
    noEntities: ["11th Wing of the Hellenic Air Force"],
    gives: [
      ["14th Group", "affiliated_with", "Spanish Air Force"],
      ["14th Group", "affiliated_with", "3rd Squadron"],
      ["11th Wing", "affiliated_with", "Hellenic Air Force"],
    ],
  },
  {
    label: "a unit's head before or after a bare number names the unit",
    text: "The Royal Australian Navy's 816 Squadron flew the helicopters. Task Force 61 commander Captain Daniel Reyes welcomed the delegation. Colonel Ana Ruiz, commander of Jungle Brigade 19, met the minister.",
    gives: [
      ["816 Squadron", "affiliated_with", "Royal Australian Navy"],
      ["Daniel Reyes", "affiliated_with", "Task Force 61"],
      ["Ana Ruiz", "affiliated_with", "Jungle Brigade 19"],
    ],
  },
  {
    label: "a unit printed with its ordinal first and with its number after is one unit",
    text: "Officers of Mountain Brigade 5 thanked the donors. The 5th Mountain Brigade received the trucks.",
    typed: [["5th Mountain Brigade", "Organization"]],
    same: [["5th Mountain Brigade", "Mountain Brigade 5"]],
  },
  {
    label: "a bare number before a unit's head and a noun counts the noun: no unit",
    text: "The army bought 12 Group vehicles in 2019. Russia sent 3 Brigade commanders to the front.",
    noEntities: ["12 Group", "3 Brigade"],
  },
  {
    label: "police and intelligence end a body's name after a country or a continent",
    text: "Kenya Police arrested two men, according to Asia Intelligence.",
    typed: [
      ["Kenya Police", "Organization"],
      ["Asia Intelligence", "Organization"],
    ],
    noEntities: ["Asia"],
  },
  {
    label: "a hyphenated Korean given name after a short family name is a person",
    text: "LPGA golfer Chun In-gee finally returned to action on Sunday.",
    typed: [["Chun In-gee", "Person"]],
    noEntities: ["Chun In"],
  },
  {
    label: "a chain of patronymics is one personal name, a title word inside it included",
    text: "The delegation was received in Riyadh by Abdulaziz bin Saud bin Nayef.",
    typed: [["Abdulaziz bin Saud bin Nayef", "Person"]],
    noEntities: ["bin Nayef"],
  },
  {
    label: "a name with extended Latin letters stays one word",
    text: "Turkish Defence Minister Yaşar Güler met Maroš Šefčovič in Brussels.",
    typed: [
      ["Yaşar Güler", "Person"],
      ["Maroš Šefčovič", "Person"],
    ],
    noEntities: ["Maro"],
  },
  {
    label: "an outlet named by its web address is an organization",
    text: "The drone struck an oil depot in the Bryansk region, according to Lenta.ru.",
    typed: [["Lenta.ru", "Organization"]],
  },
  {
    label: "an outlet's web address with a capitalised ending is an organization",
    text: "Azerbaijani news agency Report.Az said the convoy crossed the border at night.",
    typed: [["Report.Az", "Organization"]],
  },
  {
    label: "one word with an inner capital is a company",
    text: "PetroChina signed a gas supply deal with Turkmenistan in Ashgabat.",
    typed: [["PetroChina", "Organization"]],
  },
  {
    label: "a group that troops fight is an organization, not a person named Al",
    text: "Somali troops returned from training in Eritrea to fight Al-Shabaab.",
    typed: [["Al-Shabaab", "Organization"]],
    notTyped: [["Al-Shabaab", "Person"]],
  },
  {
    label: "a group fought against is an organization",
    text: "Nigerian troops have been fighting against Ansaru in Kaduna since March.",
    typed: [["Ansaru", "Organization"]],
  },
  {
    label: "an unknown name before a weapon head and its modifiers is a weapon model",
    text: "Turkey had earlier donated twelve Turkish-made Kirpi armored vehicles to Somalia.",
    typed: [["Kirpi", "WeaponSystem"]],
    gives: [["Turkey", "supplies", "Somalia"]],
  },
  {
    label: "a given name before a helicopter head is a weapon model, not a person",
    text: "The air force retired its last Huey helicopters in 2019.",
    typed: [["Huey", "WeaponSystem"]],
    notTyped: [["Huey", "Person"]],
  },
  {
    label: "a maker's name before a jet head is the aircraft",
    text: "Iraq bought Sukhoi jets from Russia after the fall of Mosul.",
    typed: [["Sukhoi", "WeaponSystem"]],
  },
  {
    label: "a broad head needs a class modifier to make a model",
    text: "Tesla vehicles were sold in Norway last year.",
    notTyped: [["Tesla", "WeaponSystem"]],
  },
  {
    label: "an unknown name before a lower-case place noun is a place",
    text: "The Il-76 landed at Machulishchy airfield near Minsk.",
    typed: [["Machulishchy", "Location"]],
  },
  {
    label: "an unknown name before a modified place noun is a place",
    text: "Aid trucks entered Gaza through the Kerem Shalom border crossing on Sunday.",
    typed: [["Kerem Shalom", "Location"]],
  },
  {
    label: "an unknown acronym after the is a body",
    text: "The PAEC in Pakistan and the CNNC in China are its partners.",
    typed: [
      ["PAEC", "Organization"],
      ["CNNC", "Organization"],
    ],
  },
  {
    label: "an unknown acronym before a body's head noun ('the X consortium', 'the X party') is a body",
    text: "Peru has signed a contract with the KHM consortium for 12 Kestrel helicopters. Zambia's UPND party won the vote, and the PAIGC coalition lost.",
    typed: [
      ["KHM", "Organization"],
      ["UPND", "Organization"],
      ["PAIGC", "Organization"],
    ],
    gives: [["KHM", "supplies", "Peru"]],
  },
  {
    label: "a capability's or a thing's acronym before a body's head noun is no body",
    text: "The ISR mission was flown by an Italian drone, and the NGO group left Mali.",
    entities: ["Mali"],
    noEntities: ["ISR", "NGO"],
  },
  {
    label:
      "an acronym before 'mission', 'force' or 'group', heads a capability shares with a body, is no body",
    text: "Italy flew the SEAD mission over Libya. Britain said the QRA force scrambled two jets, and Japan sent the MCM group to the Gulf.",
    entities: ["Italy", "Libya", "Japan"],
    noEntities: ["SEAD", "QRA", "MCM"],
  },
  {
    label: "an unknown acronym coordinated with a listed body is a body",
    text: "The bridge was inspected by the commanders of KFOR and NATO. Troops of SADC, MONUC and the African Union patrolled the border.",
    typed: [
      ["KFOR", "Organization"],
      ["MONUC", "Organization"],
    ],
  },
  {
    label: "a body's acronym in brackets before its capitalised head is inside its name",
    text: "Texas's Cornyn serves on the Foreign Relations (SFRC) Committee. The bill went to the Energy and Mining (E&M) Commission on Monday.",
    typed: [
      ["Foreign Relations Committee", "Organization"],
      ["Energy and Mining Commission", "Organization"],
    ],
  },
  {
    label: "a title's possessive before a capitalised office's head is one body's name",
    text: "The Prosecutor General's Office in Kyiv opened a case. Ukraine's Prime Minister's Office said the case was closed. General Ivan Petrenko's office declined to comment.",
    typed: [
      ["Prosecutor General's Office", "Organization"],
      ["Prime Minister's Office", "Organization"],
      ["Ivan Petrenko", "Person"],
    ],
    gives: [["Prime Minister's Office", "affiliated_with", "Ukraine"]],
    noEntities: ["Ivan Petrenko's office"],
  },
  {
    label:
      "a title's possessive before an office's word that opens a title ('Cabinet Secretary') is no body's name",
    text: "The President's Cabinet Secretary Mary Njeri met Chinese envoy Zhou Ping in Mombasa. The Governor's Cabinet Minister Tom Ade met him too.",
    gives: [["Mary Njeri", "meets", "Zhou Ping"]],
    entities: ["Mary Njeri", "Tom Ade"],
    noEntities: ["President's Cabinet", "Governor's Cabinet"],
  },
  {
    label: "a quoted name before a place's lower-case head is a place",
    text: "The soldiers trained in the “Butmir” barracks of the Armed Forces of Montenegro. The jets landed at the 'Kant' airbase near Bishkek.",
    typed: [
      ["Butmir", "Location"],
      ["Kant", "Location"],
    ],
  },
  {
    label: "an acronym defined for a title names no organization",
    text: "Chief of Army Staff (COAS) General Asim Munir visited the Line of Control. The COAS said troops were ready.",
    typed: [["Asim Munir", "Person"]],
    noEntities: ["COAS"],
  },
  {
    label: "an acronym defined after a country's name is that body later",
    text: "Pakistan signed a deal with the US Defense Security Cooperation Agency (DSCA). Later the DSCA notified Congress.",
    same: [["DSCA", "US Defense Security Cooperation Agency"]],
  },
  {
    label: "a name set off before a title phrase without an article is a person",
    text: "The weapons were received by Odowaa Yusuf Rage, chief of the Somali National Army.",
    typed: [["Odowaa Yusuf Rage", "Person"]],
  },
  {
    label: "a name set off after a title phrase that ends the sentence is a person",
    text: "The shipment was announced by the American ambassador to Somalia, Larry Andre.",
    typed: [["Larry Andre", "Person"]],
  },
  {
    label: "a navy's shore base named with a ship prefix is a place",
    text: "The patrol boat was handed over at HMAS Coonawarra Naval Base in Darwin.",
    typed: [["HMAS Coonawarra Naval Base", "Location"]],
    notTyped: [["HMAS Coonawarra Naval Base", "WeaponSystem"]],
  },
  {
    label: "a ship prefix of the Fijian navy names a vessel",
    text: "Australia delivered RFNS Savenaca to the Republic of Fiji Navy in Cairns.",
    typed: [["RFNS Savenaca", "WeaponSystem"]],
  },
  {
    label: "a weekday after a place is not part of its name",
    text: "The new patrol boat arrived in Lae Friday, officials said.",
    noEntities: ["Lae Friday"],
  },
  {
    label: "one unknown word after an interview with is an outlet",
    text: "The minister said so in an interview with Kommersant on Monday.",
    typed: [["Kommersant", "Organization"]],
  },
  {
    label: "a brigadier's name is a person",
    text: "Brigadier Onyema Nwachukwu said the troops had cleared the camp.",
    typed: [["Onyema Nwachukwu", "Person"]],
  },
  {
    label: "the Soviet Union is a country",
    text: "Georgia left the Soviet Union in 1991.",
    typed: [["Soviet Union", "Country"]],
    notTyped: [["Soviet Union", "Organization"]],
  },
  // ---- entities: designators with letters after the hyphen, glued variants, models before class phrases
  {
    label: "a designator with a letter and a digit after the hyphen is a weapon model",
    text: "Russia delivered Tor-M2 air defence systems and Pantsir-S1 units to Serbia.",
    typed: [
      ["Tor-M2", "WeaponSystem"],
      ["Pantsir-S1", "WeaponSystem"],
    ],
  },
  {
    label: "a disease, a group of states or a flight written like a designator is no weapon",
    text: "The Covid-19 pandemic delayed the G-20 summit in Rome, a year after Flight MH-17 was downed over Ukraine.",
    entities: ["Rome", "Ukraine"],
    noEntities: ["Covid-19", "G-20", "MH-17"],
  },
  {
    label: "a variant glued by a hyphen after a model's name is part of it",
    text: "The brigade received 2S35 Koalitsiya-SV self-propelled guns in March.",
    entities: ["2S35 Koalitsiya-SV"],
  },
  {
    label: "an unknown name and a model number before a weapon class is a model",
    text: "Pakistan operates three Agosta 90-B submarines built in France.",
    typed: [["Agosta 90-B", "WeaponSystem"]],
  },
  {
    label: "a production variant's number before a class noun is no model of its own",
    text: "The State Department approved the sale of 66 F-16C/D Block 70 aircraft to Taiwan.",
    entities: ["Taiwan"],
    noEntities: ["Block 70"],
  },
  {
    label: "a short designator before class modifiers and a class noun is a model",
    text: "Lithuania sent M113 armoured personnel carriers to Ukraine.",
    typed: [["M113", "WeaponSystem"]],
    gives: [["Lithuania", "supplies", "M113"]],
  },
  {
    label: "an acronym before a warship noun names a class of ships",
    text: "Egypt ordered two FREMM frigates from Italy.",
    typed: [["FREMM", "WeaponSystem"]],
  },
  {
    label: "a navy's acronym before warship nouns is the navy, not a ship class",
    text: "Three PLAN destroyers shadowed the Japanese convoy near Okinawa.",
    typed: [["PLAN", "Organization"]],
    notTyped: [["PLAN", "WeaponSystem"]],
  },
  {
    label: "another model number after a family's name is another model",
    text: "Spain sent Leopard 1A5 tanks to Ukraine, and Germany sent Leopard 2A6 tanks.",
    typed: [
      ["Leopard 1A5", "WeaponSystem"],
      ["Leopard 2A6", "WeaponSystem"],
    ],
    apart: [["Leopard 1A5", "Leopard 2A6"]],
  },
  // ---- entities: companies known by the gazetteer, by their context, and by their initials
  {
    label: "a defence manufacturer of the gazetteer after 'from' is a company, not a place",
    text: "Nigeria bought 12 aircraft from Embraer, and Bangladesh ordered tanks from Norinco.",
    typed: [
      ["Embraer", "Organization"],
      ["Norinco", "Organization"],
    ],
    notTyped: [
      ["Embraer", "Location"],
      ["Norinco", "Location"],
    ],
  },
  {
    label: "an unknown name that speaks in a statement is a company",
    text: "Zentrix said in a statement that the contract was worth $300 million.",
    typed: [["Zentrix", "Organization"]],
  },
  {
    label: "an unknown name with a chief executive is a company",
    text: "Valtor's chief executive told reporters that demand would stay high.",
    typed: [["Valtor", "Organization"]],
  },
  {
    label: "an unknown name that makes things is a company",
    text: "The order went to Volkarm, which makes armoured vehicles in Sweden.",
    typed: [["Volkarm", "Organization"]],
  },
  {
    label: "shares in an unknown name are a company's, not a place's",
    text: "Shares in Kestrion rose 5 percent after the deal with Brazil.",
    typed: [["Kestrion", "Organization"]],
    notTyped: [["Kestrion", "Location"]],
  },
  {
    label: "a contract with an unknown name is a contract with a company",
    text: "Brazil signed a contract with Harlander for 36 guns.",
    typed: [["Harlander", "Organization"]],
  },
  {
    label: "a given name after a company's cue still opens a person's name",
    text: "The rifle was designed and developed by Mikhail Kalashnikov in 1947.",
    typed: [["Mikhail Kalashnikov", "Person"]],
    notTyped: [["Mikhail Kalashnikov", "Organization"]],
  },
  {
    label: "a city in a company's context stays a city",
    text: "Poland signed a contract with Ostrava for ammunition.",
    typed: [["Ostrava", "Location"]],
  },
  {
    label: "an acronym never defined is the organization whose initials it spells",
    text: "China Shipbuilding Industry Corp signed the deal. CSIC said in a statement that the first boat would sail in 2026.",
    same: [["CSIC", "China Shipbuilding Industry Corp"]],
  },
  // ---- entities: bodies with a prefix before their demonym, titles "of" a portfolio or a body
  {
    label: "a body prefix before a demonym is part of the body's name, and the shorter name is the same body",
    text: "The Royal Thai Navy signed the contract in Beijing. The Thai Navy will receive the submarine in 2027.",
    typed: [["Royal Thai Navy", "Organization"]],
    noEntities: ["Thai Navy"],
    gives: [["Royal Thai Navy", "affiliated_with", "Thailand"]],
  },
  {
    label: "two bodies joined by 'and the' are two bodies",
    text: "The Royal Navy and the Royal Air Force sent ships and jets to Cyprus.",
    typed: [
      ["Royal Navy", "Organization"],
      ["Royal Air Force", "Organization"],
    ],
    apart: [["Royal Navy", "Royal Air Force"]],
  },
  {
    label: "a minister's portfolio after 'of' is no person",
    text: "The ceremony was attended by the Minister of Industry and Commerce, Ryad Mezzour, and by Lieutenant General Mohammed Berrid.",
    typed: [
      ["Ryad Mezzour", "Person"],
      ["Mohammed Berrid", "Person"],
    ],
    noEntities: ["Industry"],
  },
  {
    label:
      "portfolios of relations, cooperation and partnerships after a title and 'of' or 'for' are no person; the holder after them is tied to the country",
    text: "Ms Thandi Modise, South Africa's Minister of International Relations and Cooperation, met the delegation. The European Commissioner for International Partnerships, Jozef Sikela, handed over the trucks.",
    typed: [
      ["Thandi Modise", "Person"],
      ["Jozef Sikela", "Person"],
    ],
    noEntities: ["Relations", "Cooperation", "Partnerships"],
    gives: [["Thandi Modise", "affiliated_with", "South Africa"]],
  },
  {
    label:
      "a portfolio's words glued to the holder's name with no comma ('Minister of Peace X', 'Commissioner for International Partnerships X') are no part of the name",
    text: "Minister of Peace Kemal Tarek met Abiy Ahmed in Addis Ababa. Commissioner for International Partnerships Jutta Larsen visited Mauritania. The Minister of Defence Production Farid Qureshi met Turkish officials.",
    typed: [
      ["Kemal Tarek", "Person"],
      ["Jutta Larsen", "Person"],
      ["Farid Qureshi", "Person"],
    ],
    noEntities: ["Peace Kemal Tarek", "Partnerships Jutta Larsen", "Production Farid Qureshi"],
    gives: [["Abiy Ahmed", "meets", "Kemal Tarek"]],
  },
  {
    label: "an acronym after a title and 'of the' is the body, not a person",
    text: "Lieutenant General Mohammed Berrid, Inspector General of the FAR and Commander of the Southern Zone, attended.",
    typed: [["FAR", "Organization"]],
    notTyped: [["FAR", "Person"]],
    noEntities: ["Zone"],
  },
  {
    label: "a body after a title and 'of the' is named without the title",
    text: "Major General Mohammed Haramou, Commander of the Royal Gendarmerie, received the delegation.",
    typed: [["Royal Gendarmerie", "Organization"]],
    noEntities: ["Commander of the Royal Gendarmerie"],
  },
  {
    label: "one common word after a title's modifiers is no person, a name after them is",
    text: "Mozambican Minister of Defence Tobias Dai met the Chief of Naval Operations on Monday.",
    typed: [["Tobias Dai", "Person"]],
    noEntities: ["Operations"],
  },
  {
    label: "a second title word after 'Minister' is part of the title",
    text: "The Minister Delegate, Abdeltif Loudyi, received the helicopters from the United States.",
    typed: [["Abdeltif Loudyi", "Person"]],
    noEntities: ["Delegate"],
  },
  {
    label: "a capital someone departs is a place, not the government",
    text: "Mattis told reporters as he was departing Buenos Aires for a flight to Santiago.",
    typed: [["Buenos Aires", "Location"]],
    notTyped: [["Buenos Aires", "Country"]],
  },
  // ---- entities: weapon class phrases in lists
  {
    label: "a modifier the tokenizer keeps whole opens a weapon class",
    text: "Investigators found 150 anti-tank guided missiles and several anti-ship missiles on the dhow.",
    typed: [
      ["anti-tank guided missile", "WeaponSystem"],
      ["anti-ship missile", "WeaponSystem"],
    ],
    noEntities: ["guided missile"],
  },
  {
    label: "a class phrase that has its head ends at the next comma of a list",
    text: "India sold Pinaka multi-barrel rocket launchers, anti-tank missiles, and ammunition to Armenia.",
    entities: ["Pinaka", "anti-tank missile"],
    noEntities: ["rocket launchers missile"],
  },
  {
    label: "a class phrase that has its head ends at 'and'",
    // A munition's class (a platform's role class, "combat helicopters", makes no node since session 38).
    text: "Mali received two anti-tank missiles and surveillance radars from Russia.",
    entities: ["anti-tank missile"],
    noEntities: ["anti-tank missiles radar", "anti-tank missiles surveillance radar"],
  },
  // ---- entities: popular names of designated models, unknown names in lists of organizations
  {
    label: "a designator with its popular name, and the bare popular name, are the model named alone",
    text: "Morocco received six AH-64E Apache Guardian attack helicopters. The AH-64E is the latest version. The Apache will replace older helicopters.",
    same: [
      ["AH-64E Apache Guardian", "AH-64E"],
      ["Apache", "AH-64E"],
    ],
  },
  {
    label: "a popular name shared by two models named in the document is neither",
    text: "The army flies AH-64D Apache Longbow helicopters and ordered AH-64E Apache Guardian helicopters. The AH-64D and the AH-64E differ. The Apache has served since 1986.",
    apart: [
      ["AH-64D", "AH-64E"],
      ["Apache", "AH-64D"],
      ["Apache", "AH-64E"],
    ],
  },
  {
    label: "unknown names in a list of organizations are organizations",
    text: "The minister thanked the stakeholders, including Bometec, Sastind, HZ Shipyard and CSTC, for the timely completion of the frigates.",
    typed: [
      ["Bometec", "Organization"],
      ["Sastind", "Organization"],
      ["CSTC", "Organization"],
    ],
  },
  {
    label: "an unknown name in a list of countries is no organization",
    text: "Leaders of France, Germany and Kestoria met in Paris.",
    entities: ["France", "Germany"],
    noEntities: ["Kestoria"],
  },
  // ---- entities: parties named by demonym, class words, ordinals of bases, ports in a list
  {
    label: "a demonym before a body every country has names that country's body",
    text: "The envoy called on Nepali Congress President Sher Bahadur Deuba in Kathmandu.",
    typed: [["Nepali Congress", "Organization"]],
    gives: [
      ["Sher Bahadur Deuba", "affiliated_with", "Nepali Congress"],
      ["Nepali Congress", "affiliated_with", "Nepal"],
    ],
  },
  {
    label: "an alias that holds its country keeps its body apart from another country's",
    text: "The US Congress approved the sale, and the Nepali Congress opposed it.",
    typed: [
      ["US Congress", "Organization"],
      ["Nepali Congress", "Organization"],
    ],
    apart: [["US Congress", "Nepali Congress"]],
  },
  {
    label: "a name before 'type' or 'class' and a weapon class noun is a class of weapons",
    text: "France lobbied for the sale of three Marlin type submarines to Pakistan.",
    typed: [["Marlin", "WeaponSystem"]],
  },
  {
    label: "a base's ordinal is part of its name",
    text: "The helicopters arrived at the 1st Royal Air Force Base in Sale on Wednesday.",
    typed: [["1st Royal Air Force Base", "Location"]],
    noEntities: ["Royal Air Force Base"],
  },
  {
    label: "names after a plural place noun and 'of' are places",
    text: "Shells were shipped from Rajin to the Russian ports of Dunay and Vostochny.",
    typed: [["Dunay", "Location"]],
  },
  {
    label: "a name typed by a lower-case place noun after it keeps the place noun in an alias",
    text: "Macron landed at Belgrade's Nikola Tesla airport on Thursday.",
    typed: [["Nikola Tesla airport", "Location"]],
    notTyped: [["Nikola Tesla", "Person"]],
  },
  {
    label: "a body named once by its country's demonym and once by its country's name is one body",
    text: "Senior Bangladeshi Navy officials received the two frigates in Shanghai. The Bangladesh Navy had signed the agreement in 2018.",
    same: [["Bangladeshi Navy", "Bangladesh Navy"]],
  },
  {
    label:
      "a body named with and without its state's form before the country is one body, under the full name",
    text: "Big boost for Liberia Armed Forces as Japan gives trucks. Japan gave 20 trucks to the Republic of Liberia Armed Forces (RLAF) on Monday.",
    same: [["Liberia Armed Forces", "Republic of Liberia Armed Forces"]],
    gives: [["Japan", "supplies", "Republic of Liberia Armed Forces"]],
  },
  {
    label: "a state's form before one country's body does not join another country's body",
    text: "The Republic of Ghana Armed Forces and the Togo Armed Forces held a joint exercise.",
    apart: [["Republic of Ghana Armed Forces", "Togo Armed Forces"]],
  },
  {
    label: "a body's short name leaving out an inner word of its full name is that body",
    text: "The U.S. Army Maintenance Support Depot gave tents to Ghana. The Maintenance Depot also trained Ghanaian soldiers.",
    same: [["U.S. Army Maintenance Support Depot", "Maintenance Depot"]],
  },
  {
    label: "a short name that two bodies' names could shorten to joins neither",
    text: "The Army Maintenance Support Depot and the Army Maintenance Supply Depot moved to Accra. The Maintenance Depot closed.",
    apart: [
      ["Army Maintenance Support Depot", "Army Maintenance Supply Depot"],
      ["Army Maintenance Support Depot", "Maintenance Depot"],
    ],
  },
  {
    label:
      "a short name that opens another body's name ('the Supreme Council' beside 'the Supreme Council for National Defence') is no inner short form of a third",
    text: "The Supreme Military Council met in Niamey. The Supreme Council for National Defence condemned the Supreme Council.",
    typed: [
      ["Supreme Military Council", "Organization"],
      ["Supreme Council for National Defence", "Organization"],
    ],
    apart: [["Supreme Military Council", "Supreme Council"]],
    notGives: [["Supreme Council for National Defence", "assesses", "Supreme Military Council"]],
  },
  {
    label: "bodies of two countries stay two bodies",
    text: "The Indian Army and the Pakistan Army exchanged fire across the Line of Control.",
    typed: [
      ["Indian Army", "Organization"],
      ["Pakistan Army", "Organization"],
    ],
    apart: [["Indian Army", "Pakistan Army"]],
  },
  {
    label: "a title modifier after 'and' inside a body's name stays in the name",
    text: "According to the Directorate of Public Relations and Information, the vehicles were handed over to the Nepali Army.",
    typed: [["Directorate of Public Relations and Information", "Organization"]],
    noEntities: ["Directorate of Public Relations"],
  },
  {
    label: "a title with its head after 'and' still opens the next person's name",
    text: "President Dina Boluarte and Defense Minister Walter Astudillo attended the signing in Lima.",
    typed: [
      ["Dina Boluarte", "Person"],
      ["Walter Astudillo", "Person"],
    ],
  },
  {
    label:
      "'the Minister and the Ministry of Defence of X': the title and the body are two, not one body's name",
    text: "The Montenegrin Minister of Defence Dragan Krapovic said the aid came in cooperation with the Minister and the Ministry of Defence of Montenegro.",
    typed: [["Ministry of Defence of Montenegro", "Organization"]],
    noEntities: ["Minister and the Ministry of Defence of Montenegro"],
    gives: [
      ["Ministry of Defence of Montenegro", "affiliated_with", "Montenegro"],
      ["Dragan Krapovic", "affiliated_with", "Ministry of Defence of Montenegro"],
    ],
  },
  // ---- entities: capitals as governments or places
  {
    label: "a capital never used as a place is its government",
    text: "Ottawa rejected the report, and the sanctions on Ottawa were lifted in May.",
    typed: [["Ottawa", "Country"]],
    notTyped: [["Ottawa", "Location"]],
  },
  {
    label: "a capital's possessive without a place use is its government",
    text: "Canberra's decision surprised analysts.",
    typed: [["Canberra", "Country"]],
  },
  {
    label: "a capital used as a place stays a place beside its acting government",
    text: "Ottawa said on Monday it would buy frigates, as protests broke out in Ottawa.",
    typed: [
      ["Ottawa", "Location"],
      ["Canada", "Country"],
    ],
  },
  {
    label: "a capital that acted stays a place where it is the destination of a visit",
    text: "Tashkent and Hanoi agreed to deepen ties. During the premier's visit to Hanoi in May, the sides signed three accords.",
    typed: [
      ["Hanoi", "Location"],
      ["Vietnam", "Country"],
    ],
  },
  {
    label: "a visit to a capital is a place",
    text: "The minister's visit to Nairobi was postponed, officials said.",
    typed: [["Nairobi", "Location"]],
  },
  {
    label: "a claim about the speaker's own country assesses nothing",
    text: "Canberra opposes the sale of submarines to Indonesia, Australian Defence Ministry spokesman Tom Harley said.",
    notGives: [["Tom Harley", "assesses", "Australia"]],
  },
  // ---- entities (issue 9): title modifiers alone make no title
  {
    label: "title modifiers without a title head make no title: the words after them are no person",
    text: "The president and the First Lady, Mrs Grace Banda, toured the State House in Lilongwe and the Naval Center Los Olivos.",
    typed: [["Grace Banda", "Person"]],
    noEntities: ["Lady", "House", "Center Los Olivos"],
  },
  {
    label: "a body's or an event's last word after title modifiers is no person",
    text: "The press office of Ukraine's Southern Military District reported the loss. They met at the Farnborough Air Show.",
    entities: ["Ukraine"],
    noEntities: ["District", "Show"],
  },
  {
    label: "a title head or an honorific still makes the name after it a person",
    text: "Foreign Minister Ana Ruiz and Colonel Tomas Berg met Mrs. Duval.",
    typed: [
      ["Ana Ruiz", "Person"],
      ["Tomas Berg", "Person"],
      ["Duval", "Person"],
    ],
  },
  {
    label: "a name between an air force and a lower-case base is the base, not a person",
    text: "A ceremony was held at the Ghanaian Air Force Kowa base on Friday.",
    typed: [["Kowa", "Location"]],
    notTyped: [["Kowa", "Person"]],
  },
  // ---- entities (issue 9): plural models the tokenizer splits as decades
  {
    label: "a model's designator in the plural is one weapon, not a letter and a decade",
    text: "Armenia fields Soviet-made T-72s and BMP-2s, and Iran sent Fateh-110s to Syria in the 1990s.",
    typed: [
      ["T-72s", "WeaponSystem"],
      ["BMP-2s", "WeaponSystem"],
      ["Fateh-110s", "WeaponSystem"],
    ],
    gives: [["Iran", "supplies", "Fateh-110s"]],
    noEntities: ["Fateh-1"],
  },
  // ---- entities (issue 9): cities with lower-case words, capitals listed among places
  {
    label: "a city of the gazetteer with lower-case words in its name is one place",
    text: "The plant in Mogi das Cruzes and the depot in Ludwigshafen am Rhein supply the army.",
    typed: [
      ["Mogi das Cruzes", "Location"],
      ["Ludwigshafen am Rhein", "Location"],
    ],
    noEntities: ["Mogi", "Ludwigshafen"],
  },
  {
    label: "a capital listed with other cities is a place, two capitals together are governments",
    text: "The delegation toured Hanoi, Haiphong and Da Nang last week. Talks between Canberra and Beijing stalled.",
    typed: [
      ["Hanoi", "Location"],
      ["Haiphong", "Location"],
      ["Australia", "Country"],
      ["China", "Country"],
    ],
    notTyped: [["Hanoi", "Country"]],
  },
  // ---- entities (issue 9): a state's formal name
  {
    label: "the Republic of X is the country X, and a body of it is qualified by the country",
    text: "The Armed Forces of the Republic of Kenya received the trucks, and the Federal Republic of Somalia thanked them.",
    typed: [
      ["Kenya", "Country"],
      ["Somalia", "Country"],
      ["Armed Forces of the Republic of Kenya", "Organization"],
    ],
    noEntities: ["Kenyan Armed Forces of the Republic", "Armed Forces of the Republic"],
    noNames: ["Kenyan Armed Forces"],
    gives: [["Armed Forces of the Republic of Kenya", "affiliated_with", "Kenya"]],
  },
  // ---- entities (issue 9): a collective noun's possessive inside a body's name
  {
    label: "People's inside a body's name keeps the name whole; such a name is never a person",
    text: "The Uganda People’s Defence Force trained with the Lao People's Revolutionary Army. The People's Mujahedin said nothing.",
    typed: [
      ["Uganda People’s Defence Force", "Organization"],
      ["Lao People's Revolutionary Army", "Organization"],
    ],
    noEntities: ["Defence Force", "Revolutionary Army", "People's Mujahedin"],
    gives: [["Lao People's Revolutionary Army", "affiliated_with", "Laos"]],
  },
  // ---- entities (issue 9): a number after a second hyphen is the model's own
  {
    label: "a model with a number after a second hyphen is no letter variant of a longer number",
    text: "Kenya repaired three Mi-171 helicopters and an Mi-17-1V helicopter bought from Russia.",
    entities: ["Mi-171", "Mi-17-1V"],
    apart: [["Mi-171", "Mi-17-1V"]],
  },
  // ---- entities (issue 9): "Class" and a number before a weapon class noun
  {
    label: "Class and a class number before a weapon class noun name a model; without the noun they do not",
    text: "Portugal ordered two Class 209PN submarines from Germany. The Class 10 students graduated.",
    typed: [["Class 209PN", "WeaponSystem"]],
    noEntities: ["Class 10"],
    gives: [["Germany", "supplies", "Class 209PN"]],
  },
  // ---- entities (issue 9): two bodies coordinated, companies' legal forms
  {
    label:
      "a state body and a company named after 'and' are two bodies; a company's legal form ends its name",
    text: "The deal was signed between the Interior Ministry and Tanjung Marine Sdn Bhd on Monday. Pakarmas Tbk and Larsen Vessels Pte built the boats.",
    typed: [
      ["Interior Ministry", "Organization"],
      ["Tanjung Marine Sdn Bhd", "Organization"],
      ["Pakarmas Tbk", "Organization"],
      ["Larsen Vessels Pte", "Organization"],
    ],
    noEntities: ["Interior Ministry and Tanjung Marine Sdn Bhd", "Pakarmas Tbk and Larsen Vessels Pte"],
  },
  {
    label: "'and' inside a company's name after an industry word keeps the name whole",
    text: "Nordvik Shipbuilding and Offshore Engineering Co won the tender.",
    typed: [["Nordvik Shipbuilding and Offshore Engineering Co", "Organization"]],
    noEntities: ["Nordvik Shipbuilding"],
  },
  {
    label: "one word, 'and', a word and an institution's head are one name, the head shared by both words",
    text: "Colonel Dana Whitfield teaches at the Signals and Logistics College. The Marine and Cavalry Club hosted the gala. The Surveillance and Research Wing said Eritrea had sent drones to the rebels.",
    typed: [
      ["Signals and Logistics College", "Organization"],
      ["Marine and Cavalry Club", "Organization"],
      ["Surveillance and Research Wing", "Organization"],
    ],
    noEntities: ["Logistics College", "Cavalry Club", "Research Wing"],
    gives: [["Surveillance and Research Wing", "assesses", "Eritrea"]],
  },
  {
    label:
      "a service and a two-word body after 'and' stay two bodies; 'and' before a plural noun joins no head",
    text: "The Navy and Coast Guard searched the strait. The Army and Air Force held drills. The Army and Navy chiefs met in Manila.",
    typed: [["Coast Guard", "Organization"]],
    noEntities: ["Navy and Coast Guard", "Army and Air Force", "Army and Navy"],
  },
  // ---- entities: an editor's square brackets inside a title and a name
  {
    label:
      "an editor's brackets around a given name or a demonym before a capitalised word: the name and the title read whole",
    text: "Under the leadership of President [Carlos] Mendes, the country bought jets. [Peruvian] Defence Minister [Walter] Astudillo said the jets had arrived.",
    typed: [
      ["Carlos Mendes", "Person"],
      ["Walter Astudillo", "Person"],
    ],
    noEntities: ["Carlos", "Walter", "Mendes", "Astudillo"],
    gives: [["Walter Astudillo", "affiliated_with", "Peru"]],
  },
  {
    label: "brackets around a lower-case phrase stay an aside: no name is joined across them",
    text: "Defence Minister Walter Astudillo said [the ministry] Peru would pay for the jets.",
    typed: [
      ["Walter Astudillo", "Person"],
      ["Peru", "Country"],
    ],
    noEntities: ["Walter Astudillo Peru", "the ministry Peru"],
  },
  {
    label:
      "an unknown capitalised word before a title's head is a title, no person: 'RoK Defense Minister noted'",
    text: "RoK Defense Minister noted the need for more training. Defence Minister Aibek Temirov met the guests, and the UNK Foreign Minister said the talks went well.",
    typed: [["Aibek Temirov", "Person"]],
    noEntities: ["RoK Defense Minister", "UNK Foreign Minister"],
  },
  // ---- entities: persons no list knows, coordinated with a person or set off after a plural title
  {
    label: "two plain words after a person's name and 'and' are a person, who meets the first",
    text: "Foreign Minister Joseph Okello and Tendai Moyo held talks in Harare.",
    typed: [["Tendai Moyo", "Person"]],
    gives: [["Joseph Okello", "meets", "Tendai Moyo"]],
  },
  {
    label: "a '-men' plural of a title head is a title, not part of the name after it",
    text: "Congresswomen Ana Torres and Julia Hart visited the base. Congressmen Tom Ward and Carl Ross arrived later. Chairmen Li Wei and Zhou Ming attended too.",
    typed: [
      ["Ana Torres", "Person"],
      ["Julia Hart", "Person"],
      ["Tom Ward", "Person"],
      ["Carl Ross", "Person"],
      ["Li Wei", "Person"],
    ],
    noEntities: ["Congresswomen Ana Torres", "Congressmen Tom Ward"],
  },
  {
    label: "persons set off by commas after a plural title, and after what it is 'of', are named there",
    text: "The interior ministers, Nodir Karimov and Dauren Abenov, met in Tashkent. The defence ministers of Ghana and Kenya, Kwame Mensah and Sipho Ndlovu, arrived on Monday.",
    typed: [
      ["Nodir Karimov", "Person"],
      ["Dauren Abenov", "Person"],
      ["Kwame Mensah", "Person"],
      ["Sipho Ndlovu", "Person"],
    ],
    gives: [["Nodir Karimov", "meets", "Dauren Abenov"]],
  },
  {
    label: "two plain words before 'and' and a titled name are a person, who meets the titled one",
    text: "Nodir Rashidov and Foreign Minister Anna Berg held talks in Tashkent. Silicon Valley and President Joe Biden clashed.",
    typed: [
      ["Nodir Rashidov", "Person"],
      ["Silicon Valley", "Location"],
    ],
    notTyped: [["Silicon Valley", "Person"]],
    gives: [["Nodir Rashidov", "meets", "Anna Berg"]],
  },
  {
    label: "'of' after a title and a personal name ends the name; the body after it is another entity",
    text: "Director Halima Yusuf of the National Security Bureau said Eritrea had sent drones to the rebels. Chief of Staff of the Army Halima Yusuf spoke later.",
    typed: [
      ["Halima Yusuf", "Person"],
      ["National Security Bureau", "Organization"],
    ],
    noEntities: ["Halima Yusuf of the National Security Bureau"],
    gives: [
      ["Halima Yusuf", "affiliated_with", "National Security Bureau"],
      ["Halima Yusuf", "assesses", "Eritrea"],
    ],
  },
  {
    label: "a body or a place after a person and 'and' keeps its own type",
    text: "Joseph Okello and Silicon Valley investors met. President Joseph Okello and Human Rights Watch clashed over the report.",
    typed: [
      ["Silicon Valley", "Location"],
      ["Human Rights Watch", "Organization"],
    ],
    notTyped: [
      ["Silicon Valley", "Person"],
      ["Human Rights Watch", "Person"],
    ],
  },
  // ---- meets: a comma list of persons each "of" a country or body
  {
    label: "a comma list of persons each 'of' a country runs on to its 'and': every signer meets every other",
    text: "Defence Ministers Laura Conti of Italy, Pieter Smit of the Netherlands and Ana Ruiz of Spain signed the accord in Rome.",
    gives: [
      ["Laura Conti", "meets", "Pieter Smit"],
      ["Laura Conti", "meets", "Ana Ruiz"],
      ["Pieter Smit", "meets", "Ana Ruiz"],
      ["Pieter Smit", "affiliated_with", "Netherlands"],
    ],
  },
  // ---- entities (issue 9): hotels, barracks and aerodromes are places
  {
    label: "a name ending in Hotel or Barracks, or before a lower-case aerodrome or barracks, is a place",
    text: "The frigate was handed over at the Serena Grand Hotel in Mombasa. The jets moved from the Kulob aerodrome to Kigoma barracks and then to Lanet Barracks.",
    typed: [
      ["Serena Grand Hotel", "Location"],
      ["Kulob", "Location"],
      ["Kigoma", "Location"],
      ["Lanet Barracks", "Location"],
    ],
  },
  // ---- entities (issue 9): capitalised classes of warship
  {
    label: "a capitalised name ending in a warship noun is a weapon class, its acronym too",
    text: "The navy commissioned its second Coastal Mission Vessel (CMV) and retired the Littoral Combat Ship.",
    typed: [
      ["Coastal Mission Vessel", "WeaponSystem"],
      ["Littoral Combat Ship", "WeaponSystem"],
    ],
    notTyped: [["Coastal Mission Vessel", "Organization"]],
  },
  // ---- entities (issue 9): names written with diacritics match the gazetteer's plain spelling
  {
    label: "a listed name written with diacritics is the listed person, not a cut name beside it",
    text: "Turkish leader Recep Tayyip Erdoğan hosted Kenyan President William Ruto in Ankara.",
    typed: [["Recep Tayyip Erdogan", "Person"]],
    same: [["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"]],
    noEntities: ["Recep Tayyip"],
  },
  // ---- entities (issue 9): a body inside a listed body
  {
    label: "capitalised words ending in a body's head after a listed body name a body inside it",
    text: "Officers visited the NATO Defence College and the Hamas Political Bureau. The UN Security Council met.",
    typed: [
      ["NATO Defence College", "Organization"],
      ["Hamas Political Bureau", "Organization"],
      ["UN Security Council", "Organization"],
    ],
    noEntities: ["Defence College", "Political Bureau"],
  },
  // ---- entities (issue 9): a name after a long title and a comma
  {
    label: "a name set off by a comma after a long title phrase is a person",
    text: "Guests included the Danish State Secretary in the Ministry of Foreign Affairs, Lone Dalsgaard. Present was the Deputy Minister to the Minister of Finance in charge of Procurement, Karim Benali.",
    typed: [
      ["Lone Dalsgaard", "Person"],
      ["Karim Benali", "Person"],
    ],
    gives: [["Lone Dalsgaard", "affiliated_with", "Denmark"]],
  },
  // ---- entities (issue 9): a metropolitan area before a known city
  {
    label: "Metro before a known city is one larger place, not a place 'Metro' and the city",
    text: "The marines trained in Metro Colombo before the drills.",
    typed: [["Metro Colombo", "Location"]],
    noEntities: ["Metro"],
  },
  // ---- entities (issue 9): one body under British and American spellings
  {
    label: "a body named by its country's name and by its demonym, in two spellings, is one body",
    text: "The Greek Ministry of Defence signed the deal. Greece Ministry of Defense officials confirmed it.",
    same: [["Greek Ministry of Defence", "Greece Ministry of Defense"]],
  },
  // ---- entities (issue 9): a forum is a body
  {
    label: "a capitalised name ending in Forum is an organization",
    text: "Samoa raised the issue at the Indian Ocean Regional Forum, officials said.",
    typed: [["Indian Ocean Regional Forum", "Organization"]],
  },
  // ---- entities (issue 9): money and continents named with a country's words
  {
    label: "a country's name before a currency noun, and a demonym after a compass word, name no country",
    text: "The grant, worth 4 million Australian dollars, went to Fiji, a South Pacific nation. West African and Latin American leaders met Indian officials.",
    entities: ["Fiji", "India"],
    noEntities: ["Australia", "United States"],
  },
  // ---- entities (issue 9): a building's noun ends no personal name
  {
    label: "after a title head, words ending in a building's or a body's noun are no person",
    text: "Colonel Amina Yusuf opened the Naval Major Overhaul Facility in Kisumu.",
    typed: [["Amina Yusuf", "Person"]],
    noEntities: ["Overhaul Facility"],
  },
  // ---- entities (issue 9): the Arabic acronym of a listed group
  {
    label: "Daesh is the Islamic State",
    text: "Iraqi troops fought Daesh near Mosul before Islamic State fighters retreated.",
    same: [["Daesh", "Islamic State"]],
  },
  // ---- entities (issue 9): the object of a visit that "where" follows is a place
  {
    label: "a name after a verb of travel and before 'where' is a place; a person met there is not",
    text: "The general visited Mindoro where he met the troops. They met Lavrov where the talks were held.",
    typed: [
      ["Mindoro", "Location"],
      ["Sergei Lavrov", "Person"],
    ],
    notTyped: [["Sergei Lavrov", "Location"]],
  },
  // ---- entities (issue 9): a name after an inverted verb of saying
  {
    label: "two plain capitalised words after an inverted 'said' or 'stated' are a person",
    text: "The frigates will arrive in May, said Tomas Lindqvist, a defence analyst. Exports will grow, as stated Oleg Voronin.",
    typed: [
      ["Tomas Lindqvist", "Person"],
      ["Oleg Voronin", "Person"],
    ],
  },
  // ---- entities (issue 9): the plural of a listed acronym model
  {
    label: "a listed model's acronym with a plural 's' is that model; the word 'Harms' is not",
    text: "Washington sent JDAMs and Stinger missiles to Poland. Harms to civilians were reported.",
    typed: [["JDAM", "WeaponSystem"]],
    gives: [["United States", "supplies", "JDAM"]],
    noEntities: ["HARM"],
  },
  // ---- entities (session 10): a long run of capitalised words, two bodies joined by "of the"
  {
    label: "a sub-body 'of the' another body after a title is two bodies, the first inside the second",
    text: "Rear Admiral Tomas Ek met the Deputy Chief of the Logistic Support Department of the National Defence Commission, General Ma Wei.",
    typed: [
      ["Logistic Support Department", "Organization"],
      ["National Defence Commission", "Organization"],
    ],
    gives: [["Logistic Support Department", "affiliated_with", "National Defence Commission"]],
    noEntities: ["Commission", "Logistic Support Department of the National Defence"],
  },
  {
    label: "a body whose first part is one word, or has its own 'of', stays one name",
    text: "The Department of the Air Force signed. The Directorate of Press and Public Affairs of the Armed Forces said so.",
    typed: [
      ["Department of the Air Force", "Organization"],
      ["Directorate of Press and Public Affairs of the Armed Forces", "Organization"],
    ],
  },
  {
    label: "a patronymic name's start is the same person as the full name",
    text: "Emir Faisal bin Hamad Al Khalifa of the Kingdom received the envoy. Later Faisal bin Hamad toured the port.",
    same: [["Faisal bin Hamad", "Faisal bin Hamad Al Khalifa"]],
  },
  // ---- entities (session 10): the Security Council after "U.N."
  {
    label: "'the U.N. Security Council' is the Security Council, not also the United Nations",
    text: "The U.N. Security Council extended the embargo on South Sudan.",
    typed: [["UN Security Council", "Organization"]],
    noEntities: ["United Nations"],
  },
  // ---- entities (session 10): a title's portfolio after "and" is no person
  {
    label:
      "capitalised words after 'and' in a minister's portfolio are no person; a given name after them is",
    text: "The Minister of Foreign Affairs and Regional Integration warned Rwanda. Minister of Defence and Veterans Affairs Samuel Okello met Rwanda's envoy.",
    typed: [["Samuel Okello", "Person"]],
    noEntities: ["Regional Integration"],
  },
  // ---- entities (session 10): an unknown model before a class with hyphenated compounds
  {
    label: "an unknown name before a class phrase with a long hyphenated compound is a model",
    text: "Qatar ordered the Tamir II surface-to-air missile system and Zolfaghar ship-to-ship missiles.",
    typed: [
      ["Tamir II", "WeaponSystem"],
      ["Zolfaghar", "WeaponSystem"],
    ],
  },
  // ---- entities (session 10): fields of work named with initials are no bodies
  {
    label: "a field of work with its initials, or in a list, is no body; a body with its initials is",
    text: "Kenya and Rwanda agreed to work on Counter Terrorism (CT), Cyber Security, Disaster Relief and Search and Rescue, the Rwanda Defence Force said. The Border Security Force (BSF) took part.",
    typed: [
      ["Rwanda Defence Force", "Organization"],
      ["Border Security Force", "Organization"],
    ],
    noEntities: ["Counter Terrorism", "Cyber Security", "Disaster Relief"],
  },
  // ---- entities (session 10): a continent's adjective is no place
  {
    label: "a continent's adjective before 'region' or after 'across' names no place",
    text: "Kazakhstan is a key partner in the Central Asian region, and its trade grew across African markets.",
    entities: ["Kazakhstan"],
    noEntities: ["Asian", "African", "Asian region"],
  },
  // ---- entities (session 10): models in quotation marks, a short designator after its class noun
  {
    label:
      "a short designator after its class noun or in quotes before it, and a quoted name before a weapon class, are models",
    text: "Norway handed the patrol vessel P41 and the “F260” frigate to Ghana. Customs seized 40 ‘Toophan’ anti-tank missiles.",
    typed: [
      ["P41", "WeaponSystem"],
      ["F260", "WeaponSystem"],
      ["Toophan", "WeaponSystem"],
    ],
    gives: [["Norway", "supplies", "Ghana"]],
  },
  {
    label: "a short code after a road or before a place noun is no model",
    text: "Rebels attacked the convoy on the M4 highway near Aleppo.",
    entities: ["Aleppo"],
    noEntities: ["M4"],
  },
  // ---- entities (session 10): a model introduced by "called", "named" or "dubbed" after its class
  {
    label: "a name after a weapon class and 'called', 'named' or 'dubbed' is a model",
    text: "Egypt ordered a short-range interception system called Sky Lance from the firm. Iran unveiled a new ballistic missile dubbed Kheibar Shekan. The army received an air defence system named Skyguard Aspide.",
    typed: [
      ["Sky Lance", "WeaponSystem"],
      ["Kheibar Shekan", "WeaponSystem"],
      ["Skyguard Aspide", "WeaponSystem"],
    ],
  },
  {
    label:
      "a name after 'called' with no weapon class before it, or after a plain 'system' or a think tank, is no model",
    text: "He founded a company called Blue Harbor Systems in Lagos. A think tank called Harbor Policy Institute criticised the deal. The ministry bought a software system called Atlas Core.",
    typed: [
      ["Blue Harbor Systems", "Organization"],
      ["Harbor Policy Institute", "Organization"],
    ],
    notTyped: [
      ["Blue Harbor Systems", "WeaponSystem"],
      ["Harbor Policy Institute", "WeaponSystem"],
    ],
    noEntities: ["Atlas Core"],
  },
  // ---- entities (session 10): a variant's name after a listed model
  {
    label:
      "an unknown name between a listed model and its class noun is the model's variant, not a weapon of its own",
    text: "Brazil ordered 12 Gripen Evolution fighter jets from Sweden.",
    typed: [["Gripen Evolution", "WeaponSystem"]],
    noEntities: ["Evolution"],
    gives: [["Sweden", "supplies", "Brazil"]],
  },
  {
    label: "a listed model before a place's name keeps its own name",
    text: "Egypt flew its Rafale jets over Alexandria on Monday.",
    typed: [
      ["Rafale", "WeaponSystem"],
      ["Alexandria", "Location"],
    ],
    noEntities: ["Rafale Alexandria"],
  },
  // ---- entities (session 10): schools and secretariats, plural openers, surnames that are body words
  {
    label:
      "capitalised names ending in Academy, College or School are bodies; a listed body's Secretariat is one body",
    text: "The Naval War College and the Air Force Academy trained the officers at the Army Signals School. The SADC Secretariat issued a statement.",
    typed: [
      ["Naval War College", "Organization"],
      ["Air Force Academy", "Organization"],
      ["Army Signals School", "Organization"],
      ["SADC Secretariat", "Organization"],
    ],
    noEntities: ["Secretariat"],
  },
  {
    label: "a plural noun opening the sentence before 'of the' is not in the body's name",
    text: "Graduates of the National Defence University joined the staff.",
    typed: [["National Defence University", "Organization"]],
    noEntities: ["Graduates of the National Defence University"],
  },
  {
    label: "a title, a given name and a surname that is a body's head word are a person",
    text: "Major Peter Bank and spokeswoman Linda Court briefed the press on the exercise.",
    typed: [
      ["Peter Bank", "Person"],
      ["Linda Court", "Person"],
    ],
    noEntities: ["Major Peter Bank"],
  },
  {
    label: "a listed company's one-word name after a given name or a title is a person's surname",
    text: "As Ukrainian Deputy Defence Minister Oleg Antonov said, the talks failed. Senior Colonel Li Saab said the army had no complaints.",
    typed: [
      ["Oleg Antonov", "Person"],
      ["Li Saab", "Person"],
    ],
    gives: [["Oleg Antonov", "affiliated_with", "Ukraine"]],
    noEntities: ["Oleg", "Antonov", "Li", "Saab"],
  },
  {
    label:
      "a company's name alone later is the person whose surname it is; the company in a sale stays a body",
    text: "Kazakh envoy Pavel Boeing met officials in Astana. According to Boeing, the talks went well. Canada bought planes from Airbus.",
    typed: [
      ["Pavel Boeing", "Person"],
      ["Boeing", "Person"],
      ["Airbus", "Organization"],
    ],
    notTyped: [["Boeing", "Organization"]],
    gives: [["Airbus", "supplies", "Canada"]],
  },
  {
    label:
      "a three-word name misspelt in one word by one letter later is the same person; two such names in one sentence are two",
    text: "Brigadier General Park Sung Min attended the ceremony. Later, Pak Sung Min said the ships were ready. Colonel Ahmed Ali Saleh met Colonel Ahmed Ali Salem in Aden.",
    same: [["Park Sung Min", "Pak Sung Min"]],
    apart: [["Ahmed Ali Saleh", "Ahmed Ali Salem"]],
  },
  {
    label: "a company's name beside a company's cue stays the company though a person bears it as surname",
    text: "Swedish envoy Ivan Saab met officials in Kyiv. Ukraine signed a contract with Saab for 12 Gripen fighter jets.",
    typed: [
      ["Ivan Saab", "Person"],
      ["Saab", "Organization"],
    ],
    gives: [["Saab", "supplies", "Ukraine"]],
    notGives: [["Ivan Saab", "supplies", "Ukraine"]],
  },
  // ---- entities (session 10): a country's name opening a body's name is a mention of the country
  {
    label: "a country's name before a body's name names the country too, as a demonym does",
    text: "The Zambia Air Force received two transport aircraft last week.",
    entities: ["Zambia", "Zambia Air Force"],
    gives: [["Zambia Air Force", "affiliated_with", "Zambia"]],
  },
  {
    label: "a city's name before a body's name stays inside the body's name",
    text: "The Geneva Centre for Security Policy published the survey.",
    entities: ["Geneva Centre for Security Policy"],
    noEntities: ["Geneva"],
  },
  // ---- entities (session 10): one ministry under its two word orders
  {
    label: "'the X Ministry' and 'the Ministry of X (Affairs)' are one body, with or without its country",
    text: "The Finance Ministry released the funds. The Ministry of Finance said the loan was signed. The Ghanaian Ministry of Foreign Affairs summoned the envoy, and the Foreign Ministry later issued a note.",
    same: [
      ["Finance Ministry", "Ministry of Finance"],
      ["Foreign Ministry", "Ghanaian Ministry of Foreign Affairs"],
    ],
  },
  {
    label: "two countries' ministries of one portfolio stay two bodies",
    text: "The Ghanaian Defence Ministry and the Togolese Ministry of Defence signed the pact.",
    apart: [["Ghanaian Defence Ministry", "Togolese Ministry of Defence"]],
  },
  // ---- entities (session 10): regional bodies and disputed regions from the gazetteer
  {
    label: "regional bodies are organizations by name or acronym alone",
    text: "ECOWAS and SADC sent observers, the Arab League said. Interpol and the IMF declined to comment.",
    typed: [
      ["Economic Community of West African States", "Organization"],
      ["Southern African Development Community", "Organization"],
      ["Arab League", "Organization"],
      ["Interpol", "Organization"],
      ["International Monetary Fund", "Organization"],
    ],
  },
  {
    label: "breakaway and disputed regions are places, not countries; Lake Chad is no Chad",
    text: "Moscow keeps troops in South Ossetia and Abkhazia. Rabat wants talks on Western Sahara. Boko Haram raided islands of Lake Chad.",
    typed: [
      ["South Ossetia", "Location"],
      ["Abkhazia", "Location"],
      ["Western Sahara", "Location"],
      ["Lake Chad", "Location"],
    ],
    noEntities: ["Chad"],
  },
  // ---- entities (session 11): self-declared states acting as one actor, regions named with "the" only,
  // places named by a dam, an alley, a square or a bridge
  {
    label: "a self-declared or partially recognised state that acts is a country",
    text: "Somaliland protested the deal. The SADR condemned the raid, and the Turkish Republic of Northern Cyprus received drones from Turkey.",
    typed: [
      ["Somaliland", "Country"],
      ["Sahrawi Arab Democratic Republic", "Country"],
      ["Northern Cyprus", "Country"],
    ],
    gives: [["Turkey", "supplies", "Northern Cyprus"]],
  },
  {
    label: "regions named with 'the' only are places, at the head of a list too",
    text: "The frigates will patrol the Caribbean, the Mediterranean and the Baltics. Air defence in the Baltic states is weak, Latvia said.",
    typed: [
      ["Caribbean", "Location"],
      ["Mediterranean", "Location"],
      ["Baltic States", "Location"],
    ],
    same: [["Baltics", "Baltic states"]],
  },
  {
    label: "a capitalised run ending with a dam, a square or a bridge, or an alley of something, is a place",
    text: "Sudan disputes the filling of the Merowe High Dam. The delegation laid wreaths at the Alley of Glory in Kyiv and crossed the Crimean Bridge to Independence Square.",
    typed: [
      ["Merowe High Dam", "Location"],
      ["Alley of Glory", "Location"],
      ["Kyiv", "Location"],
      ["Crimean Bridge", "Location"],
      ["Independence Square", "Location"],
    ],
  },
  // ---- entities (session 11): royal possessives and hyphenated double demonyms inside bodies' names,
  // a listed body's short alias with another qualifier
  {
    label: "a royal possessive opens a body's name, after 'and' too, and the officer after it is its member",
    text: "The governor and His Majesty's Royal Navy's Captain Ali Haddad accepted the vessel. Her Majesty’s Armed Forces’ Major Sara Lee attended.",
    typed: [
      ["His Majesty's Royal Navy", "Organization"],
      ["Her Majesty’s Armed Forces", "Organization"],
    ],
    noEntities: ["Majesty", "Royal Navy", "Armed Forces"],
    gives: [["Sara Lee", "affiliated_with", "Her Majesty’s Armed Forces"]],
  },
  {
    label: "a body named by two demonyms joined by a hyphen keeps both and belongs to neither alone",
    text: "The ministers met in Riga as part of the Third Estonian-Latvian Council of Foreign Ministers. The Joint Polish-Ukrainian Brigade took part.",
    typed: [
      ["Estonian-Latvian Council of Foreign Ministers", "Organization"],
      ["Polish-Ukrainian Brigade", "Organization"],
    ],
    noEntities: ["Latvian Council of Foreign Ministers", "Ukrainian Brigade"],
    notGives: [
      ["Estonian-Latvian Council of Foreign Ministers", "affiliated_with", "Latvia"],
      ["Polish-Ukrainian Brigade", "affiliated_with", "Ukraine"],
    ],
  },
  {
    label: "a listed body's short alias with another country's qualifier is that country's body",
    text: "The Security Council of Armenia met on Monday. Belarus's Security Council backed the plan. The National Defence and Security Council of Ukraine imposed sanctions. The UN Security Council voted later.",
    typed: [
      ["Security Council of Armenia", "Organization"],
      ["Belarusian Security Council", "Organization"],
      ["UN Security Council", "Organization"],
    ],
    gives: [
      ["Security Council of Armenia", "affiliated_with", "Armenia"],
      ["Belarusian Security Council", "affiliated_with", "Belarus"],
    ],
    notGives: [
      ["UN Security Council", "affiliated_with", "Armenia"],
      ["UN Security Council", "affiliated_with", "Belarus"],
      ["UN Security Council", "affiliated_with", "Ukraine"],
    ],
  },
  {
    label:
      "a name after a comma before an outlet's verb that ends the sentence is an outlet; a conclave is a body",
    text: 'Uzbekistan bought drones from Turkey, Daryo reports. The deal was signed on Monday, Akipress reported on Tuesday. Nepal joined the "Dhaka Maritime Conclave," officials said.',
    typed: [
      ["Daryo", "Organization"],
      ["Akipress", "Organization"],
      ["Dhaka Maritime Conclave", "Organization"],
    ],
  },
  {
    label: "a person's surname or a city before 'reported' mid-sentence is no outlet",
    text: "The minister arrived on Monday, Smith reported to the committee. Troops left, Lagos reported later that week.",
    noEntities: ["Smith"],
    typed: [["Lagos", "Location"]],
    notTyped: [["Lagos", "Organization"]],
  },
  {
    label:
      "a title of a body opening the sentence after 'The' is no body; a staff title and a hyphenated title go whole",
    text: "The Inspector General of the Police inspected the barracks. The Chief of Staff of the Ghana Armed Forces visited Accra. The Commander-in-Chief of the Armed Forces, President Ama Mensah, approved it.",
    typed: [
      ["Police", "Organization"],
      ["Ghana Armed Forces", "Organization"],
      ["Ama Mensah", "Person"],
    ],
    noEntities: [
      "Inspector General of the Police",
      "Staff of the Ghana Armed Forces",
      "Chief of Staff of the Ghana Armed Forces",
      "Commander-in-Chief of the Armed Forces",
    ],
  },
  {
    label:
      "a hyphenated title after a body's acronym ('the NDF Chief-of-Staff') leaves no empty name behind (it stopped the whole extraction)",
    text: "Colonel Ama Boateng thanked the Japanese ambassador, Kenji Sato, on behalf of the NDF Chief-of-Staff. The KDF Chief-of-Staff met Japan's ambassador in Windhoek.",
    entities: ["Ama Boateng", "Kenji Sato", "Japan"],
  },
  {
    label: "a general staff is each country's body",
    text: "Moldova's General Staff reported two drones, and the General Staff said more were seen.",
    typed: [["Moldovan General Staff", "Organization"]],
    gives: [["Moldovan General Staff", "affiliated_with", "Moldova"]],
    same: [["Moldovan General Staff", "General Staff"]],
  },
  {
    label: "a staff officer serves the staff and the service it heads",
    text: "The minister met the chief of the General Staff of the Chilean Army, Gen. Rosa Vidal, in Santiago.",
    typed: [["Chilean Army", "Organization"]],
    gives: [
      ["Rosa Vidal", "affiliated_with", "General Staff"],
      ["Rosa Vidal", "affiliated_with", "Chilean Army"],
      ["General Staff", "affiliated_with", "Chilean Army"],
    ],
  },
  {
    label:
      "'and the' after a name complete with its noun and 'of' starts another name; gaps and corridors are places",
    text: "The Gulf of Oman and the Arabian Sea were patrolled. The Bank of Ghana and the Ghana Navy signed a deal. Troops guard the Fulda Gap and the Zangezur Corridor.",
    typed: [
      ["Gulf of Oman", "Location"],
      ["Bank of Ghana", "Organization"],
      ["Ghana Navy", "Organization"],
      ["Fulda Gap", "Location"],
      ["Zangezur Corridor", "Location"],
    ],
    noEntities: ["Gulf of Oman and the Arabian Sea", "Bank of Ghana and the Ghana Navy"],
  },
  {
    label:
      "a body every country has, named with 'of' and its country, is named by that spelling, not rebuilt",
    text: "Radars were delivered to the Armed Forces of the Republic of Moldova on Friday. The Ministry of Defence of Georgia said.",
    typed: [
      ["Armed Forces of the Republic of Moldova", "Organization"],
      ["Ministry of Defence of Georgia", "Organization"],
    ],
    noNames: ["Moldovan Armed Forces", "Georgian Ministry of Defence"],
  },
  {
    label: "a military district is a body, before its commander's title too",
    text: "Russia's Eastern Military District Commander Lieutenant General Ivan Orlov inspected the brigade. The Southern Military District said two drones were downed.",
    typed: [
      ["Eastern Military District", "Organization"],
      ["Southern Military District", "Organization"],
      ["Ivan Orlov", "Person"],
    ],
    gives: [
      ["Ivan Orlov", "affiliated_with", "Eastern Military District"],
      ["Eastern Military District", "affiliated_with", "Russia"],
    ],
  },
  {
    label:
      "a staff inside a title is no body, and the titled person is not another country's body of that name's",
    text: "Belarusian Chief of the General Staff Pavel Ivanov visited the front, and Poland's General Staff said its units were on alert.",
    typed: [["Polish General Staff", "Organization"]],
    noEntities: ["Belarusian General Staff"],
    gives: [
      ["Pavel Ivanov", "affiliated_with", "Belarus"],
      ["Polish General Staff", "affiliated_with", "Poland"],
    ],
    notGives: [["Pavel Ivanov", "affiliated_with", "Polish General Staff"]],
  },
  // ---- headlines
  {
    label: "with headline relations off, a headline gives entities, no relations",
    text: "Iran sends more drones to Russia",
    headlineRelations: false,
    entities: ["Iran", "Russia"],
    notGives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "a passive handover with no agent takes the headline's one supplier to the same recipient",
    text: "Spain donates patrol boats to Senegal\n\nTwo patrol boats were handed over to the Senegalese Navy on Friday at a ceremony in Dakar.",
    gives: [["Spain", "supplies", "Senegalese Navy"]],
  },
  {
    label: "a passive handover with no agent to another recipient than the headline's takes no supplier",
    text: "Spain donates patrol boats to Senegal\n\nTwo frigates were handed over to the Moroccan Navy on Friday at a ceremony in Rabat.",
    notGives: [["Spain", "supplies", "Moroccan Navy"]],
  },
  {
    label: "a headline gives its relations by default",
    text: "Iran sends more drones to Russia",
    gives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "headline meeting on request",
    text: "Putin and Xi meet in Moscow",
    headlineRelations: true,
    gives: [["Vladimir Putin", "meets", "Xi Jinping"]],
  },
  {
    label: "a title-case headline's present-tense verb is a verb, not part of a name",
    text: "Chile Hands Over Two Patrol Boats To Ecuador",
    headlineRelations: true,
    gives: [["Chile", "supplies", "Ecuador"]],
    noEntities: ["Hands Over", "Chile Hands"],
  },
  {
    label: "a title-case headline's judging verb after a body named by its demonym",
    text: "Estonian Foreign Ministry Condemns Belarus Drone Incursion",
    headlineRelations: true,
    gives: [["Estonia", "assesses", "Belarus"]],
    noEntities: ["Condemns Belarus"],
  },
  {
    label: "a headline's 'to' and a bare verb is an announced plan, not a committed supply",
    text: "Brazil to supply Gripen jets to Colombia",
    headlineRelations: true,
    entities: ["Brazil", "Colombia"],
    hedged: [["Brazil", "supplies", "Colombia", "planned"]],
    notGives: [["Brazil", "supplies", "Colombia"]],
  },
  {
    label: "a headline's infinitive after a finite verb follows that verb ('signs deal to supply')",
    text: "Argentina signs deal to supply frigates to Uruguay",
    headlineRelations: true,
    gives: [["Argentina", "supplies", "Uruguay"]],
  },
  {
    label: "a headline's present-tense verb of voicing a feeling over another party judges it",
    text: "Brazil voices anger over Argentine arms sales\nPeru expresses concern about Chilean drills",
    gives: [
      ["Brazil", "assesses", "Argentina"],
      ["Peru", "assesses", "Chile"],
    ],
  },
  {
    label: "a headline's speaker after a colon assesses the claim's subject",
    text: "Hungary undermines European security: Poland",
    headlineRelations: true,
    gives: [["Poland", "assesses", "Hungary"]],
  },
  {
    label: "a person before a headline's colon speaks the claim after it",
    text: "Jens Stoltenberg: Russia prepares new offensive",
    headlineRelations: true,
    gives: [["Jens Stoltenberg", "assesses", "Russia"]],
  },
  {
    label: "a country before a headline's colon may be a section label: no speaker without quoted words",
    text: "Kenya: Uganda hands over patrol boats to Tanzania",
    headlineRelations: true,
    entities: ["Kenya", "Uganda"],
    gives: [["Uganda", "supplies", "Tanzania"]],
    notGives: [["Kenya", "assesses", "Uganda"]],
  },
  {
    label: "with headline relations off, a title-case teaser gives no relations",
    text: "Kim Meets Putin In Vladivostok\nKim Jong Un praised Vladimir Putin.",
    headlineRelations: false,
    notGives: [["Kim Jong Un", "meets", "Vladimir Putin"]],
  },
  {
    label: "a title-case headline ending with a quoted phrase: its verbs name no person",
    text: "Philippine President Denounces Chinese Ship Incursion, Warns Of 'Grave Consequences'\nThe president spoke in Manila on Monday.",
    entities: ["Philippines", "China"],
    noEntities: ["Denounces", "Ship Incursion"],
  },
  {
    label: "a party's allegation or claim keeps the transfer it tells alleged",
    text: "Azerbaijan alleged that Armenia received Pinaka launchers from India. Ethiopia claimed Egypt had delivered Bayraktar drones to Sudan.",
    hedged: [
      ["India", "supplies", "Armenia", "possible"],
      ["Egypt", "supplies", "Sudan", "possible"],
    ],
    notGives: [
      ["India", "supplies", "Armenia"],
      ["Egypt", "supplies", "Sudan"],
    ],
  },
  {
    label: "a trailing speaker who alleges or claims a transfer keeps it alleged",
    text: "Belarus delivered artillery shells to Russia, Lithuania claimed on Tuesday. “Venezuela handed rifles to Nicaragua,” Colombia alleged. Rwanda sent mortars to the M23 rebels, as Congolese officials charged in a report.",
    hedged: [
      ["Belarus", "supplies", "Russia", "possible"],
      ["Venezuela", "supplies", "Nicaragua", "possible"],
      ["Rwanda", "supplies", "M23", "possible"],
    ],
    notGives: [
      ["Belarus", "supplies", "Russia"],
      ["Venezuela", "supplies", "Nicaragua"],
      ["Rwanda", "supplies", "M23"],
    ],
  },
  {
    label: "a trailing speaker who alleges a meeting keeps it alleged",
    text: "Iranian Defence Minister Aziz Nasirzadeh met Syrian Defence Minister Ali Abbas in Damascus, Israeli media claimed.",
    entities: ["Aziz Nasirzadeh", "Ali Abbas"],
    notGives: [["Aziz Nasirzadeh", "meets", "Ali Abbas"]],
    hedged: [["Aziz Nasirzadeh", "meets", "Ali Abbas", "possible"]],
  },
  {
    label:
      "a trailing speaker who says, confirms or announces a transfer, a noun of claims, or a clause that claims something else, leaves it asserted",
    text: "Germany delivered Patriot launchers to Ukraine, Berlin said. North Korea has shipped shells to Russia, Seoul confirmed on Wednesday. Turkey supplied armed drones to Ethiopia, contrary to Eritrea's claims. Sweden delivered Archer howitzers to Ukraine, and Russia claimed that the guns had been destroyed. Spain sold two corvettes to Morocco, and the contractor charged $40 million for the refit.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["North Korea", "supplies", "Russia"],
      ["Turkey", "supplies", "Ethiopia"],
      ["Sweden", "supplies", "Ukraine"],
      ["Spain", "supplies", "Morocco"],
    ],
  },
  {
    label: "coordinated subjects who met someone unnamed met that partner, not each other",
    text: "Defence Minister Agnieszka Nowak, Army Commander General Piotr Lis and Navy Commander Vice Admiral Tomasz Zielinski met the visiting delegation. Tomasz Zielinski and Piotr Lis met with reporters later.",
    notGives: [
      ["Agnieszka Nowak", "meets", "Piotr Lis"],
      ["Agnieszka Nowak", "meets", "Tomasz Zielinski"],
      ["Piotr Lis", "meets", "Tomasz Zielinski"],
    ],
  },
  {
    label: "coordinated subjects who held talks with someone unnamed held them together, not with each other",
    text: "Agnieszka Nowak and Piotr Lis held talks with the visiting delegation in Warsaw.",
    entities: ["Agnieszka Nowak", "Piotr Lis"],
    notGives: [["Agnieszka Nowak", "meets", "Piotr Lis"]],
  },
  {
    label: "coordinated subjects who met each other, or met on a day, met each other",
    text: "Agnieszka Nowak and Piotr Lis met each other in Gdansk. Tomasz Zielinski and Piotr Lis met last week.",
    gives: [
      ["Agnieszka Nowak", "meets", "Piotr Lis"],
      ["Piotr Lis", "meets", "Tomasz Zielinski"],
    ],
  },
  {
    label: "an approved proposal to buy is not yet a purchase",
    text: "Last year, the Polish Ministry of National Defence approved a proposal to buy K2 tanks from South Korea.",
    hedged: [["South Korea", "supplies", "K2", "planned"]],
    notGives: [["South Korea", "supplies", "K2"]],
  },
  // ---- later additions: planned pledges, clause subjects of nominal meetings, references
  {
    // ONTOLOGY.md: pledged packages are committed; the annotated corpus requires "has pledged to
    // provide Ukraine with eight Leopard tanks" (dev/289). A pledge of support stays a plan (_cases-lead.ts).
    label: "a pledge to deliver counted named systems is a committed supply",
    text: "Germany has pledged to deliver four IRIS-T systems to Ukraine.",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "talks after a speech verb take the clause subject",
    text: "Chancellor Friedrich Merz spoke to reporters after talks with Volodymyr Zelensky in Berlin.",
    gives: [["Friedrich Merz", "meets", "Volodymyr Zelensky"]],
  },
  {
    label:
      "a meeting noun owned by a possessive pronoun in a fronted phrase: the pronoun's person and 'he' after the comma",
    text: "Defence Minister Tomas Varga arrived in Hanoi on Monday. Apart from his meetings with General Phan Van Giang and Minister Bui Thanh Son, he also held talks with President Luong Cuong. In his meeting with Prime Minister Pham Minh Chinh, he said China threatened the region.",
    gives: [
      ["Tomas Varga", "meets", "Phan Van Giang"],
      ["Tomas Varga", "meets", "Bui Thanh Son"],
      ["Tomas Varga", "meets", "Luong Cuong"],
      ["Tomas Varga", "meets", "Pham Minh Chinh"],
      ["Tomas Varga", "assesses", "China"],
    ],
    notGives: [
      ["Bui Thanh Son", "meets", "Luong Cuong"],
      ["Pham Minh Chinh", "assesses", "China"],
    ],
  },
  {
    label:
      "a possessive pronoun's meeting still to come, or with a partner known only by a demonym's description: no meeting",
    text: "Foreign Minister Anna Lindqvist landed in Lima on Tuesday. Ahead of her meeting with President Dina Boluarte, she said ties were strong. Lindqvist during her meeting with the Peruvian colleague praised the reforms.",
    entities: ["Anna Lindqvist", "Dina Boluarte", "Peru"],
    notGives: [
      ["Anna Lindqvist", "meets", "Dina Boluarte"],
      ["Anna Lindqvist", "meets", "Peru"],
    ],
  },
  {
    label: "a definite title refers to the named holder",
    text: "Russian President Vladimir Putin arrived in Beijing. The Russian president said China was a reliable partner.",
    gives: [["Vladimir Putin", "assesses", "China"]],
  },
  {
    label: "a generic ministry takes its country's demonym",
    text: "The Russian Foreign Ministry said Ukraine had shelled the plant.",
    gives: [
      ["Russian Foreign Ministry", "affiliated_with", "Russia"],
      ["Russian Foreign Ministry", "assesses", "Ukraine"],
    ],
  },
  {
    label: "a report seen by an outlet is not the outlet speaking",
    text: "A Western intelligence report seen by Reuters said China had shipped drone engines to Russia.",
    notGives: [["Reuters", "assesses", "China"]],
  },
  {
    label: "a surname takes the most recent full name",
    text: "North Korean leader Kim Jong Un inspected a factory. Kim said that Russia was a reliable partner. His sister Kim Yo Jong later criticised Seoul.",
    gives: [["Kim Jong Un", "assesses", "Russia"]],
    notGives: [["Kim Yo Jong", "assesses", "Russia"]],
  },
  {
    label: "a surname alone is the full name that ends with it before a generational suffix (Jr., III)",
    text: "Kenyan President Samuel Okoth Jr. met with Japanese Defence Minister Kenji Sato in Tokyo. President Okoth thanked Sato for the support.",
    same: [["Okoth", "Samuel Okoth Jr."]],
    gives: [
      ["Samuel Okoth Jr.", "meets", "Kenji Sato"],
      ["Samuel Okoth Jr.", "assesses", "Kenji Sato"],
    ],
  },
  {
    label:
      "a surname that is also a city, alone after a full name ending in a generational suffix, is the person",
    text: "British Defence Secretary John Houston III met Estonian Defence Minister Hanno Pevkur. Houston praised Estonia for its commitment.",
    same: [["Houston", "John Houston III"]],
    notTyped: [["Houston", "Location"]],
    typed: [["Houston", "Person"]],
    gives: [["John Houston III", "assesses", "Estonia"]],
  },
  {
    label: "a regnal number is no surname: the name before it is not split off",
    text: "King Charles III met French President Emmanuel Macron at Windsor.",
    gives: [["Charles III", "meets", "Emmanuel Macron"]],
    noEntities: ["Charles"],
  },
  {
    label: "urged to stop arming is not a supply",
    text: "China urged the United States to stop arming Taiwan.",
    notGives: [["United States", "supplies", "Taiwan"]],
  },
  {
    label:
      "a purchase only allowed or permitted is no supply: 'allowed X to buy', 'granted X permission to buy'",
    text: "Uganda granted Kenya permission to buy Mi-17 helicopters from Russia. Washington allowed Taipei to buy F-16V jets from Lockheed Martin. The waiver allows India to buy S-400 systems from Russia.",
    entities: ["Kenya", "Russia", "Lockheed Martin", "Taiwan", "India"],
    notGives: [
      ["Russia", "supplies", "Kenya"],
      ["Russia", "supplies", "Mi-17"],
      ["Lockheed Martin", "supplies", "Taiwan"],
      ["Russia", "supplies", "India"],
    ],
  },
  {
    label: "a supply told before 'allowing X to …' stays: the permission is the act's effect",
    text: "Germany has delivered Leopard 2 tanks to Ukraine, allowing Kyiv to strengthen its defences. Poland bought 250 Abrams tanks from the United States, which allowed it to retire its T-72s.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["United States", "supplies", "Poland"],
    ],
  },
  {
    label: "a double-dash dateline is not content",
    text: "SEOUL, May 8 (Yonhap) -- North Korea fired a missile, the JCS said.",
    gives: [["Joint Chiefs of Staff", "assesses", "North Korea"]],
    noEntities: ["Yonhap"],
  },
  {
    label: "a distant with-phrase is not a meeting partner",
    text: "Benjamin Netanyahu met envoy Steve Witkoff on Sunday to discuss the ceasefire agreement with Hamas.",
    gives: [["Benjamin Netanyahu", "meets", "Steve Witkoff"]],
    notGives: [["Benjamin Netanyahu", "meets", "Hamas"]],
  },
  {
    label: "sending a force proposed is not a supply",
    text: "The French president, Emmanuel Macron, has proposed sending a European force to Ukraine.",
    gives: [["Emmanuel Macron", "affiliated_with", "France"]],
    notGives: [
      ["Emmanuel Macron", "supplies", "Ukraine"],
      ["France", "supplies", "Ukraine"],
    ],
  },
  {
    label: "troops sent to a country's region are sent to the country",
    text: "North Korea has sent about 11,000 troops to Russia's Kursk region.",
    gives: [["North Korea", "supplies", "Russia"]],
    entities: ["Kursk"],
  },
  {
    label: "received a person is a meeting, not a supply",
    text: "Kim Jong Un received Sergei Shoigu in Pyongyang on Friday.",
    gives: [["Kim Jong Un", "meets", "Sergei Shoigu"]],
    notGives: [["Sergei Shoigu", "supplies", "Kim Jong Un"]],
  },
  {
    label: "spoke with someone by phone: no meeting in person",
    text: "Secretary of State Antony Blinken spoke with Foreign Minister Wang Yi by phone.",
    notGives: [["Antony Blinken", "meets", "Wang Yi"]],
  },
  {
    label: "coordinated subjects held talks",
    text: "Vladimir Putin and Kim Jong Un held talks in Vladivostok.",
    gives: [["Vladimir Putin", "meets", "Kim Jong Un"]],
  },
  {
    label: "sending a letter is not a supply",
    text: "Kim Jong Un sent a letter to Vladimir Putin, KCNA said.",
    notGives: [["Kim Jong Un", "supplies", "Vladimir Putin"]],
  },
  {
    label: "a transfer of power is not a supply",
    text: "Iran's transfer of power to a new leader went smoothly.",
    notGives: [["Iran", "supplies", "Iran"]],
  },
  {
    label: "arms shipments to a country",
    text: "Iran's arms shipments to Russia continued through the winter.",
    gives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "a place name opening an institute's name is part of it",
    text: "Turkey has sold Bayraktar TB2 drones to Niger, according to the Stockholm International Peace Research Institute (SIPRI).",
    gives: [
      ["Turkey", "supplies", "Niger"],
      ["SIPRI", "assesses", "Turkey"],
    ],
    noEntities: ["Stockholm"],
  },
  {
    label: "a country name opening a coast guard's name is part of it",
    text: "The China Coast Guard said Philippine vessels had entered its waters.",
    gives: [["China Coast Guard", "assesses", "Philippines"]],
  },
  {
    label: "state media after a demonym is not a speaker",
    text: "On Thursday, North Korean state media reported that Kim Jong Un had observed drone tests.",
    notGives: [["North Korea", "assesses", "Kim Jong Un"]],
  },
  {
    label: "a possessive subject is not the host of a later summit",
    text: "South Korea's President Lee Jae-myung held a summit with Japanese Prime Minister Shigeru Ishiba.",
    gives: [["Lee Jae-myung", "meets", "Shigeru Ishiba"]],
    notGives: [["South Korea", "meets", "Shigeru Ishiba"]],
  },
  {
    label: "a relative clause after the subject",
    text: "Iran, which has sent drones to Russia, denied the report.",
    gives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "accused of supplying is an assessment, not a supply",
    text: "The US accused China of supplying Russia with drone components.",
    gives: [["United States", "assesses", "China"]],
    notGives: [["China", "supplies", "Russia"]],
  },
  // ---- participial claims: "X rejected …, saying (that) Y …" (the speaker is the main subject)
  {
    label: "a participial claim after a rejection points from the speaker to the claim's subject",
    text: "Chinese Foreign Ministry spokesman Lin Jian dismissed the report, saying Moscow had never bought weapons from Beijing.",
    gives: [["Lin Jian", "assesses", "Russia"]],
    notGives: [
      ["Russia", "assesses", "Lin Jian"],
      // His own country is his own side (the own-country stage).
      ["Lin Jian", "assesses", "China"],
    ],
    hedged: [["China", "supplies", "Russia", "negated"]],
  },
  {
    label: "adding that after a rejection",
    text: "Russian Deputy Foreign Minister Sergei Ryabkov rejected the claims, adding that North Korea was not sending troops to Ukraine.",
    gives: [["Sergei Ryabkov", "assesses", "North Korea"]],
    notGives: [
      ["North Korea", "assesses", "Sergei Ryabkov"],
      ["North Korea", "supplies", "Ukraine"],
    ],
  },
  {
    label: "noting that after a denial by an unnamed official",
    text: "Qatar's prime minister denied the reports, noting that Hamas had accepted the ceasefire terms.",
    gives: [["Qatar", "assesses", "Hamas"]],
    notGives: [["Hamas", "assesses", "Qatar"]],
  },
  // ---- organizations known by description, "the agency", "known as"
  {
    label: "a country's defence ministry is the speaker, affiliated with its country",
    text: "Lithuania's defence ministry said on Friday that Belarus had moved Iskander-M launchers to the border.",
    gives: [
      ["Lithuanian Defence Ministry", "assesses", "Belarus"],
      ["Lithuanian Defence Ministry", "affiliated_with", "Lithuania"],
    ],
  },
  {
    label: "the directorate refers back, and known as names it",
    text: "Israel's military intelligence directorate said Hezbollah had rebuilt its rocket arsenal. The directorate, known as Aman, said Iran was paying for the rockets.",
    gives: [
      ["Aman", "assesses", "Hezbollah"],
      ["Aman", "assesses", "Iran"],
      ["Aman", "affiliated_with", "Israel"],
    ],
    entities: ["Aman"],
  },
  {
    label: "a described intelligence agency the lexicon knows takes its name",
    text: "Ukraine's military intelligence agency said Russia had fired 40 Kh-101 missiles. The agency, known as the HUR, said the strikes came from bombers.",
    gives: [
      ["Main Directorate of Intelligence", "assesses", "Russia"],
      ["Main Directorate of Intelligence", "affiliated_with", "Ukraine"],
    ],
    entities: ["HUR"],
  },
  {
    label: "a coast guard after a demonym and before a noun",
    text: "Japanese coast guard vessels shadowed the Chinese ships, Tokyo said.",
    entities: ["Japanese Coast Guard"],
  },
  // ---- accusations
  {
    label: "accusing demonym-modified firms of supplying hedges the supply",
    text: "Kyiv has accused Belarusian firms of supplying trucks and fuel to Russia.",
    gives: [["Ukraine", "assesses", "Belarus"]],
    notGives: [["Belarus", "supplies", "Russia"]],
    hedged: [["Belarus", "supplies", "Russia", "possible"]],
  },
  {
    label: "an accused capital stands for its country",
    text: "The European Union accused Tehran of transferring Fath-360 missiles to Moscow.",
    gives: [["European Union", "assesses", "Iran"]],
    notGives: [["Iran", "supplies", "Fath-360"]],
    hedged: [["Iran", "supplies", "Fath-360", "possible"]],
  },
  {
    label: "accused of sending shells",
    text: "South Korea accused North Korea of sending artillery shells to Russia.",
    gives: [["South Korea", "assesses", "North Korea"]],
    hedged: [["North Korea", "supplies", "Russia", "possible"]],
  },
  // ---- sales, approvals, deals and deliveries
  {
    label: "an approved sale is a supply to the buyer and of the model",
    text: "Washington approved the sale of 40 F-35A jets to Poland.",
    gives: [
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "F-35A"],
    ],
  },
  {
    // The conventions: approved or notified sales are committed transfers (dev/04's gold: "the
    // Pentagon's approval of the possible sale to Taiwan" gives the sale).
    label: "an approved possible sale is a committed sale",
    text: "The State Department has approved the possible sale of Harpoon missiles to Taiwan.",
    gives: [["State Department", "supplies", "Taiwan"]],
  },
  {
    label: "a contract to buy from a seller",
    text: "Romania signed a contract to buy HIMARS launchers from the United States.",
    gives: [
      ["United States", "supplies", "Romania"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "took delivery of from a seller",
    text: "Egypt took delivery of its first Rafale jets from France on Tuesday.",
    gives: [
      ["France", "supplies", "Egypt"],
      ["France", "supplies", "Rafale"],
    ],
  },
  // ---- weapon designators
  {
    label: "class numbers and short designators before a class noun",
    text: "Vietnam bought Type 054A frigates and K9 howitzers from China.",
    gives: [
      ["China", "supplies", "Vietnam"],
      ["China", "supplies", "Type 054A"],
      ["China", "supplies", "K9 Thunder"],
    ],
  },
  {
    label: "designators with letter-digit suffixes",
    text: "Russia launched Tu-22M3 bombers, Su-34 jets and Iskander-M missiles against Kharkiv.",
    entities: ["Tu-22M3", "Su-34", "Iskander"],
  },
  {
    label: "deploying one's own ships near a place is not a supply",
    text: "China deployed Type 052D destroyers near the Paracel Islands.",
    entities: ["Type 052D", "Paracel Islands"],
    notGives: [["China", "supplies", "Type 052D"]],
  },
  // ---- lists without commas in headlines
  {
    label: "a headline run of country names is a list",
    text: "India Pakistan and Bangladesh discuss water sharing",
    headlineRelations: true,
    gives: [
      ["India", "meets", "Pakistan"],
      ["India", "meets", "Bangladesh"],
      ["Pakistan", "meets", "Bangladesh"],
    ],
  },
  {
    label: "a run of country names as suppliers",
    text: "Norway Denmark and the Netherlands sent F-16 jets to Ukraine.",
    gives: [
      ["Norway", "supplies", "Ukraine"],
      ["Denmark", "supplies", "Ukraine"],
    ],
  },
  // ---- speaker pronouns and self-claims
  {
    label: "a ministry saying it donated jets supplies as its state, with no self-assessment",
    text: "The Norwegian Defence Ministry said it had donated F-16 fighter jets to Ukraine.",
    gives: [
      ["Norway", "supplies", "Ukraine"],
      ["Norway", "supplies", "F-16"],
    ],
    notGives: [
      ["Norwegian Defence Ministry", "assesses", "F-16"],
      ["Norwegian Defence Ministry", "assesses", "Norway"],
      ["Norwegian Defence Ministry", "assesses", "Ukraine"],
    ],
  },
  {
    label: "an organization's claim about its own country assesses nothing",
    text: "Germany's Defence Ministry said it would deliver more IRIS-T systems to Kyiv, adding that Berlin had already sent four.",
    notGives: [
      ["German Defence Ministry", "assesses", "Germany"],
      ["Germany", "supplies", "Ukraine"],
    ],
    hedged: [["Germany", "supplies", "Ukraine", "planned"]],
  },
  {
    label: "a department that said it would send speaks for itself and plans the supply",
    text: "The Pentagon said it would send more 155mm artillery shells to Israel in the coming weeks.",
    hedged: [["Pentagon", "supplies", "Israel", "planned"]],
    notGives: [["Pentagon", "supplies", "Israel"]],
  },
  {
    label: "the White House that said it would provide plans the supply",
    text: "The White House said on Tuesday that it would provide Patriot interceptors to Kyiv.",
    hedged: [["White House", "supplies", "Ukraine", "planned"]],
    notGives: [["White House", "supplies", "Ukraine"]],
  },
  {
    label: "a delivered shipment is one supply by the deliverer, not by mediators named later",
    text: "The United States has delivered another shipment of JDAM kits to Israel, two US officials said, as mediators from Qatar and Egypt pressed both sides.",
    gives: [
      ["United States", "supplies", "Israel"],
      ["United States", "supplies", "JDAM"],
    ],
    notGives: [
      ["Qatar", "supplies", "Israel"],
      ["Egypt", "supplies", "Israel"],
    ],
  },
  {
    label: "they after a statement and a time phrase is the speaker",
    text: "The Houthis said last week that they had fired missiles at Israel.",
    gives: [["Houthis", "assesses", "Israel"]],
    noEntities: ["missile"],
  },
  {
    label: "the two men after a meeting are the two people just named",
    text: "Blinken met Qatari Prime Minister Mohammed Al Thani in Doha, and the two men held talks with Egyptian intelligence chief Abbas Kamel later.",
    gives: [
      ["Blinken", "meets", "Mohammed Al Thani"],
      ["Blinken", "meets", "Abbas Kamel"],
      ["Mohammed Al Thani", "meets", "Abbas Kamel"],
    ],
  },
  {
    label: "the two leaders after a visit are the two people just named",
    text: "Macron hosted Olaf Scholz in Paris on Monday, and the two leaders met Polish President Andrzej Duda on Tuesday.",
    gives: [
      ["Macron", "meets", "Olaf Scholz"],
      ["Macron", "meets", "Andrzej Duda"],
      ["Olaf Scholz", "meets", "Andrzej Duda"],
    ],
  },
  {
    label: "weapons used by one actor and delivered by another are supplied to the user",
    text: "Ukraine used Leopard tanks, delivered by Germany, near Zaporizhzhia.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "missiles launched by a group and supplied by a state are supplied to the group",
    text: "The Houthis launched Quds-1 cruise missiles, supplied by Iran, at Saudi oil facilities.",
    gives: [
      ["Iran", "supplies", "Houthis"],
      ["Iran", "supplies", "Quds-1"],
    ],
    notGives: [["Iran", "supplies", "Saudi Arabia"]],
  },
  {
    label: "jets flown by an air force and supplied by a state are supplied to the air force",
    text: "Pakistan's air force flew J-10C jets, supplied by China, during the clashes.",
    gives: [
      ["China", "supplies", "Pakistani Air Force"],
      ["China", "supplies", "J-10C"],
    ],
  },
  {
    label: "the report in a later sentence is the source of the report named before",
    text: "A United Nations report concluded that Iran had armed Hamas. The report said Egypt had failed to stop the transfers.",
    gives: [
      ["United Nations", "assesses", "Iran"],
      ["United Nations", "assesses", "Egypt"],
    ],
  },
  {
    label: "the report from a department is that department speaking",
    text: "The report from the Pentagon added that Russia had deployed S-400 systems near the Finnish border.",
    gives: [["Pentagon", "assesses", "Russia"]],
  },
  {
    label: "the statement after a group released one is the group speaking",
    text: "Hamas released a statement on Sunday. The statement said Israel had violated the truce.",
    gives: [["Hamas", "assesses", "Israel"]],
  },
  {
    label: "the group in a later sentence is the armed group named before",
    text: "The IDF said Hamas had fired 14 rockets at southern Israel. Its spokesman told reporters that the group still held 130 hostages.",
    gives: [["IDF", "assesses", "Hamas"]],
  },
  {
    label:
      "an official of a country speaking about the leader its possessive qualifies tells news of its own side (optional in every gold), and the leader is no speaker",
    text: "Separately, Hungary's Prime Minister Viktor Orban could meet Ulf Kristersson in Budapest, a Hungarian government spokesman said.",
    entities: ["Hungary", "Viktor Orban"],
    notGives: [
      ["Viktor Orban", "assesses", "Hungary"],
      ["Hungary", "assesses", "Viktor Orban"],
    ],
  },
  {
    label: "a participle after a statement belongs to the speaker of the statement",
    text: "Iran's President Masoud Pezeshkian will travel to Moscow, an Iranian official said, adding that Russia had invited him.",
    gives: [["Iran", "assesses", "Russia"]],
    notGives: [
      ["Masoud Pezeshkian", "assesses", "Russia"],
      ["Iran", "assesses", "Masoud Pezeshkian"],
    ],
  },
  {
    label: "a report that however concluded that is not an inverted speaker",
    text: "A United Nations report, however, concluded that Iran had provided Hamas with rocket components.",
    gives: [["United Nations", "assesses", "Iran"]],
    notGives: [["Iran", "assesses", "United Nations"]],
  },
  {
    label: "an order received from a buyer is not a supply",
    text: "Sweden's Saab said it had received an order from the Swedish Armed Forces for additional Gripen fighters.",
    notGives: [
      ["Swedish Armed Forces", "supplies", "Saab"],
      ["Swedish Armed Forces", "supplies", "Gripen"],
      ["Saab", "assesses", "Sweden"],
    ],
  },
  {
    label: "a request received from a state is not a supply",
    text: "Russia received a request from Iran for Su-35 jets.",
    notGives: [
      ["Iran", "supplies", "Russia"],
      ["Iran", "supplies", "Su-35"],
    ],
  },
  {
    label: "a claim about damage in a place assesses no one: a place is not a party",
    text: "Human Rights Watch estimated that more than 1,000 buildings in Rafah had been destroyed since January.",
    notGives: [["Human Rights Watch", "assesses", "Rafah"]],
  },
  {
    label: "a claim about homes in a city assesses no one: a city is a place, not a party",
    text: "Amnesty International said that hundreds of homes in Mariupol were destroyed.",
    notGives: [["Amnesty International", "assesses", "Mariupol"]],
  },
  {
    label: "a bare family name is the only model of that family named in the text",
    text: "Iran has shipped Shahed-136 drones to Russia. Ukraine said Russia had launched 4,000 Shahed drones.",
    entities: ["Shahed-136"],
    gives: [["Iran", "supplies", "Shahed-136"]],
  },
  {
    label: "a production block after a model is a variant of that model",
    text: "The State Department said Washington would sell 40 F-16 Block 70 jets to Turkey.",
    entities: ["F-16"],
    noEntities: ["F-16 Block"],
    hedged: [["United States", "supplies", "Turkey", "planned"]],
  },
  {
    label: "a hyphenated class name is one submarine model",
    text: "Germany did not deliver the Dolphin-class submarines to Israel on schedule.",
    entities: ["Dolphin-class submarine"],
    notGives: [["Germany", "supplies", "Israel"]],
  },
  {
    label:
      "drones of a designed origin used by forces and delivered by a state are supplied to the forces' country",
    text: "Russian forces used Iranian-designed Mohajer-6 drones, delivered by Iran, near Kherson last year.",
    gives: [
      ["Iran", "supplies", "Russia"],
      ["Iran", "supplies", "Mohajer-6"],
    ],
  },
  // ---- names in appositives and after titles
  {
    label: "a counterpart set off before a name is that person",
    text: "Russian Foreign Minister Sergei Lavrov held talks with his Iranian counterpart, Hossein Amir-Abdollahian, in Moscow.",
    gives: [
      ["Sergei Lavrov", "meets", "Hossein Amir-Abdollahian"],
      ["Hossein Amir-Abdollahian", "affiliated_with", "Iran"],
    ],
    notGives: [["Iran", "meets", "Sergei Lavrov"]],
  },
  {
    label: "a described envoy set off before a name is that person",
    text: "Japan's prime minister met the Indian envoy, Vikram Misri, in Tokyo.",
    gives: [["Vikram Misri", "affiliated_with", "India"]],
    notGives: [["Japan", "meets", "India"]],
  },
  {
    label: "a name with the particle bin after a title is one person",
    text: "Blinken met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha.",
    gives: [
      ["Blinken", "meets", "Mohammed bin Abdulrahman Al Thani"],
      ["Mohammed bin Abdulrahman Al Thani", "affiliated_with", "Qatar"],
    ],
    notGives: [["Blinken", "meets", "Qatar"]],
  },
  {
    label: "a name with a hyphenated al- particle set off by a title is one person",
    text: "Egypt's foreign minister, Ahmed Abu al-Gheit, met Saudi Foreign Minister Faisal bin Farhan in Riyadh.",
    gives: [
      ["Ahmed Abu al-Gheit", "meets", "Faisal bin Farhan"],
      ["Ahmed Abu al-Gheit", "affiliated_with", "Egypt"],
      ["Faisal bin Farhan", "affiliated_with", "Saudi Arabia"],
    ],
  },
  {
    label: "a spokesman for a country's ministry serves the ministry",
    text: "\u201cWe are closer than we have been,\u201d said Majed al-Ansari, a spokesman for Qatar's foreign ministry.",
    entities: ["Majed al-Ansari"],
    gives: [["Majed al-Ansari", "affiliated_with", "Qatari Foreign Ministry"]],
  },
  {
    label: "a spokeswoman for a demonym ministry serves the ministry",
    text: "Maria Zakharova, a spokeswoman for the Russian foreign ministry, said Ukraine had shelled Belgorod.",
    gives: [
      ["Maria Zakharova", "affiliated_with", "Russian Foreign Ministry"],
      ["Maria Zakharova", "assesses", "Ukraine"],
    ],
  },
  {
    label: "a name set off after a possessive title",
    text: "Chad's interim president, Mahamat Deby, met French President Emmanuel Macron in Paris.",
    gives: [
      ["Mahamat Deby", "affiliated_with", "Chad"],
      ["Mahamat Deby", "meets", "Emmanuel Macron"],
    ],
  },
  {
    label: "a rank before an appositive name",
    text: "Guinea's leader, Colonel Mamady Doumbouya, held talks with Turkish President Recep Tayyip Erdogan in Ankara.",
    gives: [
      ["Mamady Doumbouya", "affiliated_with", "Guinea"],
      ["Mamady Doumbouya", "meets", "Recep Tayyip Erdogan"],
    ],
    notGives: [["Guinea", "meets", "Recep Tayyip Erdogan"]],
  },
  {
    label: "a title then an unknown name with a suffix",
    text: "Kenyan President William Samoei Ruto Jr. met Indian Prime Minister Narendra Modi in Delhi.",
    gives: [["William Samoei Ruto Jr.", "affiliated_with", "Kenya"]],
  },
  {
    label: "meeting after a preposition shares the main subject",
    text: "Indian Defence Minister Rajnath Singh spoke to reporters after meeting Australian Deputy Prime Minister Richard Marles.",
    gives: [["Rajnath Singh", "meets", "Richard Marles"]],
  },
  {
    label: "ordinal place names and the town of",
    text: "Chinese ships blocked a boat near Second Thomas Shoal, days after clashes in the town of Kalayaan.",
    entities: ["Second Thomas Shoal", "Kalayaan"],
    noEntities: ["Thomas Shoal"],
  },
  // ---- more supply shapes
  {
    label: "a package of aid for a country, including models",
    text: "Canada announced a $500 million package of military aid for Ukraine, including NASAMS launchers.",
    gives: [
      ["Canada", "supplies", "Ukraine"],
      ["Canada", "supplies", "NASAMS"],
    ],
  },
  {
    label: "a demonym before a received model names the supplier",
    text: "Hungary received its first Israeli Spike missiles last year.",
    gives: [
      ["Israel", "supplies", "Hungary"],
      ["Israel", "supplies", "Spike"],
    ],
  },
  {
    label: "a deal with a partner to purchase",
    text: "Indonesia signed an agreement with France to purchase Rafale jets and Scorpene submarines.",
    gives: [
      ["France", "supplies", "Indonesia"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "a speaker's own country opening the quoted claim is not assessed",
    text: "Turkey has delivered Bayraktar Akinci drones to Azerbaijan, a Turkish official said.",
    gives: [
      ["Turkey", "supplies", "Azerbaijan"],
      ["Turkey", "supplies", "Bayraktar Akinci"],
    ],
    notGives: [["Turkey", "assesses", "Bayraktar Akinci"]],
    noEntities: ["Bayraktar TB2"],
  },
  {
    label: "a demonym before a sea names the sea",
    text: "Australian and Indian warships sailed through the Arabian Sea on Monday.",
    entities: ["Arabian Sea"],
  },
  {
    label: "troops of a demonym deployed in the passive are sent by their country",
    text: "Belarusian soldiers were dispatched to Mali last year, the French foreign ministry confirmed.",
    gives: [
      ["Belarus", "supplies", "Mali"],
      ["French Foreign Ministry", "assesses", "Belarus"],
    ],
  },
  {
    label: "accused of arming a group hedges the supply to the group",
    text: "The Sudanese army accused the United Arab Emirates of arming the Rapid Support Forces.",
    gives: [["Sudanese Army", "assesses", "United Arab Emirates"]],
    notGives: [["United Arab Emirates", "supplies", "Rapid Support Forces"]],
    hedged: [["United Arab Emirates", "supplies", "Rapid Support Forces", "possible"]],
  },
  {
    label: "a reduced passive after the weapons names their supplier",
    text: "Kyiv said its Gepard anti-aircraft guns, delivered by Germany last year, were at the front.",
    gives: [["Germany", "supplies", "Gepard"]],
  },
  {
    label: "a multi-word title then an initial and a surname",
    text: "Indian External Affairs Minister S. Jaishankar met Sergei Lavrov in Moscow.",
    gives: [
      ["S. Jaishankar", "affiliated_with", "India"],
      ["S. Jaishankar", "meets", "Sergei Lavrov"],
    ],
  },
  {
    label: "a progressive catenative is not a passive",
    text: "Belarus is preparing to send more soldiers to Mali, Lithuanian intelligence said.",
    hedged: [["Belarus", "supplies", "Mali", "planned"]],
    notGives: [["Mali", "supplies", "Belarus"]],
  },
  {
    label: "it after a denial is the denier, and the receipt is denied",
    // "attack drones", a class that makes a node ("fighter jets" makes none since session 38).
    text: "Venezuela denied that it had received attack drones from Iran.",
    hedged: [["Iran", "supplies", "Venezuela", "denied"]],
    notGives: [["Iran", "supplies", "attack drone"]],
  },
  // ---- third generality pass (A4): names that contain a weapon model, demonym acronyms,
  // unnamed experts, a sentence-opening pronoun, places and organizations from new regions
  {
    label: "a weapon model's name inside a personal name is part of the name",
    text: "Army chief General Abdel Fattah al-Burhan met Egyptian President Abdel Fattah al-Sisi in Cairo.",
    gives: [["Abdel Fattah al-Burhan", "meets", "Abdel Fattah al-Sisi"]],
    noEntities: ["Fattah"],
  },
  {
    label: "the weapon model outside a name is still a weapon",
    text: "Iran unveiled the Fattah missile in Tehran, state media reported.",
    entities: ["Fattah"],
  },
  {
    label: "an acronym whose first letter is the demonym of a generic organization",
    text: "Sudanese Armed Forces (SAF) spokesman Nabil Abdallah said Iran had supplied the SAF with Mohajer-6 drones.",
    gives: [
      ["Nabil Abdallah", "affiliated_with", "SAF"],
      ["Iran", "supplies", "SAF"],
    ],
  },
  {
    label: "a demonym acronym defined once is used alone later",
    text: "Ukrainian Ground Forces (UGF) commanders met Polish officers in Rzeszow. Germany later supplied the UGF with Leopard tanks.",
    gives: [["Germany", "supplies", "Ukrainian Ground Forces"]],
  },
  {
    label: "an organization's experts speak for it",
    text: "UN experts said in a report that Eritrea had sent troops to Tigray.",
    gives: [["United Nations", "assesses", "Eritrea"]],
  },
  {
    label: "a country's analysts speak for it",
    text: "Israeli analysts said Hezbollah had received Kornet missiles from Syria.",
    gives: [["Israel", "assesses", "Hezbollah"]],
  },
  {
    label: "a pronoun opening a sentence is the previous sentence's subject, not its object",
    text: "US envoy Tom Perriello held talks with army chief Abdel Fattah al-Burhan on Monday. He said the Rapid Support Forces had committed abuses in Darfur.",
    gives: [["Tom Perriello", "assesses", "Rapid Support Forces"]],
    notGives: [["Abdel Fattah al-Burhan", "assesses", "Rapid Support Forces"]],
  },
  {
    label: "a sentence-opening she is the earlier subject after a visit",
    text: "German Foreign Minister Annalena Baerbock visited Kenyan President William Ruto in Nairobi. She said Russia had sent Wagner fighters to Libya.",
    gives: [["Annalena Baerbock", "assesses", "Russia"]],
    notGives: [["William Ruto", "assesses", "Russia"]],
  },
  {
    label: "cities and regions of Sudan and the Caucasus are places",
    text: "Fighting spread from Omdurman to Port Sudan and West Darfur, while troops massed near Jermuk.",
    entities: ["Omdurman", "Port Sudan", "West Darfur", "Jermuk"],
    noEntities: ["Port"],
  },
  {
    label: "named air-defence and loitering-munition models",
    text: "Israel has provided Harop loitering munitions to Azerbaijan, and France delivered Mistral missiles to Armenia.",
    gives: [
      ["Israel", "supplies", "Harop"],
      ["France", "supplies", "Mistral"],
    ],
  },
  {
    label: "an agency named by a programme or an observatory is an organization",
    text: "WFP executive director Cindy McCain cited satellite images studied by the Conflict Observatory in Geneva.",
    gives: [["Cindy McCain", "affiliated_with", "World Food Programme"]],
    entities: ["Conflict Observatory"],
  },
  {
    label: "a second clause with its own subject keeps its weapons to itself",
    text: "Turkey has supplied Azerbaijan with drones, and Israel has provided Harop munitions to Azerbaijan.",
    gives: [["Israel", "supplies", "Harop"]],
    notGives: [["Turkey", "supplies", "Harop"]],
  },
  {
    label: "a clause after 'but' with its own subject is not the first verb's object",
    text: "Germany shipped IRIS-T launchers to Ukraine, but Hungary has blocked further EU funding.",
    gives: [["Germany", "supplies", "IRIS-T"]],
    notGives: [["Germany", "supplies", "Hungary"]],
  },
  {
    label: "a proposed meeting that has not taken place is not a meeting",
    text: "A meeting between army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo, known as Hemedti, was proposed by mediators but has not taken place.",
    entities: ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"],
    notGives: [["Abdel Fattah al-Burhan", "meets", "Mohamed Hamdan Dagalo"]],
  },
  {
    label: "a postponed meeting is not a meeting",
    text: "A meeting between Vladimir Putin and Recep Tayyip Erdogan was postponed.",
    notGives: [["Vladimir Putin", "meets", "Recep Tayyip Erdogan"]],
  },
  {
    label: "a meeting that took place is a meeting",
    text: "A meeting between Xi Jinping and Anthony Albanese took place in Beijing on Monday.",
    gives: [["Xi Jinping", "meets", "Anthony Albanese"]],
  },
  {
    label: "a capital that acted as its government is the government as a supply's destination",
    text: "Baku denied the claim. Israel has provided Harop drones to Baku.",
    gives: [["Israel", "supplies", "Azerbaijan"]],
  },
  {
    label: "a capital that acted as its government receives what is sent to it",
    text: "Moscow denied the report. Officials said China had shipped drone engines to Moscow.",
    gives: [["China", "supplies", "Russia"]],
  },
  {
    label: "a capital that never acted stays a place as a destination",
    text: "Turkish Foreign Minister Hakan Fidan travelled to Baku on Wednesday.",
    entities: ["Baku"],
  },
  {
    label: "a capital as the venue of talks stays a place",
    text: "Cairo denied the report. Hakan Fidan met Sergei Lavrov in Cairo on Monday.",
    entities: ["Cairo"],
    gives: [["Hakan Fidan", "meets", "Sergei Lavrov"]],
  },
  {
    label: "according to a finding made by an organization: the organization assesses",
    text: "Iran has supplied the Houthis with Toufan missiles, according to satellite imagery analysed by Conflict Armament Research.",
    gives: [["Conflict Armament Research", "assesses", "Iran"]],
  },
  {
    label: "according to a report by a named group",
    text: "Wagner fighters have left Libya, according to a report by Human Rights Watch.",
    gives: [["Human Rights Watch", "assesses", "Wagner Group"]],
  },
  {
    label: "a closing according-to covers every clause subject before it",
    text: "Turkey has supplied Azerbaijan with Bayraktar TB2 drones, and Israel has provided Harop munitions to Azerbaijan, according to SIPRI.",
    gives: [
      ["SIPRI", "assesses", "Turkey"],
      ["SIPRI", "assesses", "Israel"],
    ],
  },
  {
    label: "a panel of an organization's experts speaks for the organization",
    text: "A panel of United Nations experts said in a report that Eritrea had sent troops to Tigray.",
    gives: [["United Nations", "assesses", "Eritrea"]],
  },
  {
    label: "a team of a country's investigators speaks for the country",
    text: "A team of Dutch investigators said Russia had supplied the Buk launcher.",
    gives: [["Netherlands", "assesses", "Russia"]],
  },
  {
    label: "a chunk after another preposition is still not the subject",
    text: "A report seen by Reuters said Sudan had received Chinese drones.",
    notGives: [["Reuters", "assesses", "Sudan"]],
  },
  {
    label: "weapon components are not a supply of the weapon",
    text: "Iran has smuggled rocket components to Hezbollah through Syria.",
    gives: [["Iran", "supplies", "Hezbollah"]],
    noEntities: ["rocket"],
  },
  {
    label: "engines for drones are not drones",
    text: "China shipped drone engines to Russia last year, Ukrainian intelligence said.",
    gives: [["China", "supplies", "Russia"]],
    noEntities: ["drone"],
  },
  {
    label: "the weapons themselves are still supplied",
    text: "Iran has sent rockets and missile launchers to the Houthis.",
    gives: [["Iran", "supplies", "Houthis"]],
  },
  {
    label: "a variant suffix glued to a model's number is not a second weapon",
    text: "Germany delivered Leopard 2A4 tanks to Ukraine in March.",
    gives: [["Germany", "supplies", "Leopard 2"]],
    noEntities: ["A4"],
  },
  {
    label: "a plural variant is the same model",
    text: "Canada has sent Leopard 2A6 tanks to Kyiv, the Canadian Defence Ministry said.",
    gives: [["Canada", "supplies", "Leopard 2"]],
    noEntities: ["A6"],
  },
  // ---- frame engine (issue 9): buyer-side supply verbs
  {
    label: "finalised the purchase of helicopters from a country",
    text: "Brazil finalised the purchase of AW119 helicopters from Italy.",
    gives: [
      ["Italy", "supplies", "Brazil"],
      ["Italy", "supplies", "AW119"],
    ],
    notGives: [["Brazil", "supplies", "Italy"]],
  },
  {
    label: "bought X from Y",
    text: "Morocco bought HIMARS launchers from the United States last year.",
    gives: [
      ["United States", "supplies", "Morocco"],
      ["United States", "supplies", "HIMARS"],
    ],
    notGives: [["Morocco", "supplies", "United States"]],
  },
  {
    label: "purchased X from Y",
    text: "Indonesia purchased Rafale jets from France in 2022.",
    gives: [
      ["France", "supplies", "Indonesia"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "acquired X from Y",
    text: "Qatar acquired NASAMS air defence systems from Norway.",
    gives: [["Norway", "supplies", "Qatar"]],
    notGives: [["Qatar", "supplies", "Norway"]],
  },
  {
    label: "ordered X from Y",
    text: "Poland ordered K2 tanks from South Korea in August.",
    gives: [
      ["South Korea", "supplies", "Poland"],
      ["South Korea", "supplies", "K2"],
    ],
  },
  {
    label: "obtained X from Y",
    text: "Armenia obtained Pinaka rocket launchers from India.",
    gives: [["India", "supplies", "Armenia"]],
    notGives: [["Armenia", "supplies", "India"]],
  },
  {
    label: "imported X from Y",
    text: "Egypt imported Rafale jets from France between 2015 and 2020.",
    gives: [["France", "supplies", "Egypt"]],
  },
  {
    label: "received X from Y",
    text: "Estonia received HIMARS launchers from the United States on Monday.",
    gives: [
      ["United States", "supplies", "Estonia"],
      ["United States", "supplies", "HIMARS"],
    ],
  },
  {
    label: "took delivery of X from Y",
    text: "Greece took delivery of Rafale jets from France in January.",
    gives: [["France", "supplies", "Greece"]],
    notGives: [["Greece", "supplies", "France"]],
  },
  {
    label: "a buyer without a seller gives no supply",
    text: "Romania bought F-35 jets last year.",
    entities: ["Romania", "F-35"],
    notGives: [["Romania", "supplies", "F-35"]],
  },
  {
    label: "a possessive purchase names the buyer",
    text: "Slovakia's purchase of Leopard 2 tanks from Germany was completed in May.",
    gives: [["Germany", "supplies", "Slovakia"]],
    notGives: [["Slovakia", "supplies", "Germany"]],
  },
  {
    label: "completed the acquisition of X from Y",
    text: "Croatia completed the acquisition of Rafale jets from France.",
    gives: [["France", "supplies", "Croatia"]],
  },
  {
    label: "sought to buy is not a supply",
    text: "Serbia sought to buy Rafale jets from France.",
    notGives: [["France", "supplies", "Serbia"]],
  },
  {
    label: "plans to purchase is planned",
    text: "Vietnam plans to purchase BrahMos missiles from India.",
    hedged: [["India", "supplies", "Vietnam", "planned"]],
  },
  {
    label: "a coordinated pair of buyers both receive",
    text: "Latvia and Lithuania bought NASAMS systems from Norway.",
    gives: [
      ["Norway", "supplies", "Latvia"],
      ["Norway", "supplies", "Lithuania"],
    ],
  },
  // ---- supplies (session 9): a year between subject and verb, a gift verb read as an adjective,
  // a clause opened by "after" or "before"
  {
    label: "a year between the subject and a ditransitive gift verb",
    text: "Norway in 2021 gifted Estonia four Piorun launchers.",
    gives: [
      ["Norway", "supplies", "Estonia"],
      ["Norway", "supplies", "Piorun"],
    ],
  },
  {
    label: "a time adverbial between the subject and a ditransitive gift verb",
    text: "Brazil last month gifted Uruguay two A-29 Super Tucano aircraft.",
    gives: [
      ["Brazil", "supplies", "Uruguay"],
      ["Brazil", "supplies", "A-29 Super Tucano"],
    ],
  },
  {
    label: "the recipient is the subject of a clause opened by 'after'",
    text: "The talks began a week after the Kenyan Navy (KN) received from Italy two Doria frigates.",
    gives: [
      ["Italy", "supplies", "Kenyan Navy"],
      ["Italy", "supplies", "Doria"],
    ],
  },
  {
    label: "the donor of a clause opened by 'after' is not the main clause's object",
    text: "Ghana thanked China a week after Japan gifted the Ghana Navy two patrol boats.",
    gives: [["Japan", "supplies", "Ghana Navy"]],
    notGives: [
      ["China", "supplies", "Ghana Navy"],
      ["Ghana", "supplies", "Ghana Navy"],
    ],
  },
  {
    label: "the recipient of a clause opened by 'after' is not the main clause's subject",
    text: "Kenya thanked Italy after the Kenyan Navy received two Doria frigates from France.",
    gives: [["France", "supplies", "Kenyan Navy"]],
    notGives: [["Italy", "supplies", "Kenya"]],
  },
  // ---- supplies (session 9): an infinitive of supplying after a deal or leave noun
  {
    label: "an approval to sell: the approving party sells",
    text: "Germany has given its final approval to sell Leopard 2 tanks and supporting equipment to Qatar.",
    gives: [
      ["Germany", "supplies", "Qatar"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a contract with a buyer to deliver: the signer sells, not the counterparty",
    text: "Hyundai Rotem signed a contract with Poland to deliver 180 K2 tanks.",
    gives: [
      ["Hyundai Rotem", "supplies", "Poland"],
      ["Hyundai Rotem", "supplies", "K2"],
    ],
    notGives: [["Poland", "supplies", "Hyundai Rotem"]],
  },
  {
    label:
      "a contract with a buyer on a day, to supply: past the phrase of time the signers sell, not the buyer's agency",
    text: "Otokar and Aselsan inked the executive contracts with Budapest's Defence Procurement Agency on Friday to supply Cobra vehicles and Korkut guns.",
    entities: ["Otokar", "Aselsan", "Hungarian Defence Procurement Agency", "Korkut"],
    gives: [["Aselsan", "supplies", "Hungarian Defence Procurement Agency"]],
    notGives: [
      ["Hungarian Defence Procurement Agency", "supplies", "Otokar"],
      ["Hungarian Defence Procurement Agency", "supplies", "Korkut"],
      ["Hungary", "supplies", "Korkut"],
    ],
  },
  {
    label: "contracts with a buyer to implement deals to export: the buyer is no supplier",
    text: "Two Brazilian defence firms have signed contracts -- worth US$900 million in total -- with Ghana to implement last year's deals to export Guarani armoured vehicles, officials said.",
    entities: ["Ghana", "Brazil", "Guarani"],
    notGives: [
      ["Ghana", "supplies", "Brazil"],
      ["Ghana", "supplies", "Guarani"],
    ],
  },
  {
    label:
      "a supplier read as the supply's own recipient was misread: 'the country' taken for the buyer gives the buyer no goods",
    text: "In 2017, the ROKN inked a contract to build two frigates for the Vietnamese Navy. Earlier, the country sold a dozen of Heron drones to Vietnam.",
    entities: ["Vietnam", "Heron"],
    notGives: [["Vietnam", "supplies", "Heron"]],
  },
  {
    label: "'the country' that the sentence before names sells to another: its goods stay",
    text: "Poland is expanding its air force. Earlier, the country sold a dozen MiG-29 jets to Slovakia.",
    gives: [
      ["Poland", "supplies", "Slovakia"],
      ["Poland", "supplies", "MiG-29"],
    ],
  },
  {
    label:
      "a demonym that qualifies a part of its country ('to the Chinese province of Taiwan') names no recipient: the part named after 'of' receives",
    text: "Washington sold F-16 jets to the Chinese province of Taiwan. India delivered two helicopters to the Indian state of Manipur.",
    entities: ["United States", "China", "Taiwan", "India"],
    gives: [["United States", "supplies", "Taiwan"]],
    notGives: [
      ["United States", "supplies", "China"],
      ["India", "supplies", "India"],
    ],
  },
  {
    label:
      "a body that only qualifies its member ('a NATO ally, Hungary', 'EU member states') receives nothing; the member in apposition does",
    text: "Sweden has sold Gripen jets to a NATO ally, Hungary. France signed its first ever agreement on the supply of its helicopters to an EU country, Croatia. The United States sent Patriot missiles to NATO member states.",
    entities: ["Sweden", "North Atlantic Treaty Organization", "France", "European Union", "United States"],
    gives: [
      ["Sweden", "supplies", "Hungary"],
      ["Sweden", "supplies", "Gripen"],
      ["France", "supplies", "Croatia"],
      ["United States", "supplies", "Patriot"],
    ],
    notGives: [
      ["Sweden", "supplies", "North Atlantic Treaty Organization"],
      ["France", "supplies", "European Union"],
      ["United States", "supplies", "North Atlantic Treaty Organization"],
    ],
  },
  {
    label: "a body named alone as the recipient still receives",
    text: "Germany delivered ammunition to NATO.",
    gives: [["Germany", "supplies", "North Atlantic Treaty Organization"]],
  },
  {
    label: "a contract with a seller on a day, for goods: the signer still buys",
    text: "Thailand signed a contract with Saab last week for six Gripen fighters.",
    gives: [
      ["Saab", "supplies", "Thailand"],
      ["Saab", "supplies", "Gripen"],
    ],
  },
  {
    label: "deals to sell: the signer sells",
    text: "Brazil signed deals to sell Guarani armoured vehicles to Ghana.",
    gives: [
      ["Brazil", "supplies", "Ghana"],
      ["Brazil", "supplies", "Guarani"],
    ],
  },
  {
    label: "a deal not signed hedges the purchase it would make",
    text: "Chile has not signed a deal to buy F-16 jets from Norway.",
    hedged: [["Norway", "supplies", "Chile", "negated"]],
  },
  {
    label: "a permission refused hedges the export",
    text: "Germany refused permission to export Leopard 2 tanks to Ukraine.",
    hedged: [["Germany", "supplies", "Ukraine", "negated"]],
  },
  // ---- supplies (session 9): goods received under another country's aid scheme
  {
    label: "received as part of a country's military assistance programme: the country supplies",
    text: "The Tunisian Army received a shipment of rifles and ammunition as part of the U.K. military assistance programme.",
    gives: [["United Kingdom", "supplies", "Tunisian Army"]],
  },
  {
    label: "received under a possessor's military aid package: the possessor supplies",
    text: "The Jordanian Air Force received 12 Black Hawk helicopters under Germany's military aid package.",
    gives: [
      ["Germany", "supplies", "Jordanian Air Force"],
      ["Germany", "supplies", "Black Hawk"],
    ],
  },
  {
    label: "the recipient's own modernisation programme supplies nothing",
    text: "Kenya received two patrol boats from Italy as part of the Kenyan Navy's modernisation programme.",
    gives: [["Italy", "supplies", "Kenya"]],
    notGives: [["Kenyan Navy", "supplies", "Kenya"]],
  },
  // ---- supplies (session 9): a weekday and its date set off by commas between subject and verb
  {
    label: "a weekday and its date in commas: the subject before them signs the deal",
    text: "Peru on Friday, June 7, signed a deal with Korea Aerospace Industries for 20 FA-50 jets.",
    gives: [
      ["Korea Aerospace Industries", "supplies", "Peru"],
      ["Korea Aerospace Industries", "supplies", "FA-50"],
    ],
    notGives: [["Peru", "supplies", "Korea Aerospace Industries"]],
  },
  {
    label: "a weekday and its date in commas: the subject before them receives",
    text: "Chile on Monday, March 4, received two Type 23 frigates from Britain.",
    gives: [["United Kingdom", "supplies", "Chile"]],
  },
  // ---- supplies (session 9): an infinitive of purpose after the goods ends them
  {
    label: "the weapons replaced are not the goods bought; their own seller supplied the buyer",
    text: "Ecuador bought 12 Dhruv helicopters from India to replace four Mi-17 military transport helicopters purchased from France in 1990.",
    gives: [
      ["India", "supplies", "Ecuador"],
      ["India", "supplies", "Dhruv"],
      ["France", "supplies", "Mi-17"],
      ["France", "supplies", "Ecuador"],
    ],
    notGives: [
      ["India", "supplies", "Mi-17"],
      ["France", "supplies", "Dhruv"],
    ],
  },
  {
    label: "the weapons fought are not the goods sent",
    text: "Germany sent IRIS-T launchers to Ukraine to help it fight Shahed drones.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
    ],
    notGives: [["Germany", "supplies", "Shahed"]],
  },
  // ---- supplies (session 9): thanks for a supply take it as done; "provide X for Y"
  {
    label:
      "a gerund of donating after praise, its recipient at the end of a chain of purpose nouns ('in support of efforts for the rebuilding of')",
    text: "Ghanaian President John Mahama praised the Indian government for donating equipment in support of efforts for the rebuilding of a new Ghana Army.",
    gives: [["India", "supplies", "Ghana Army"]],
  },
  {
    label: "goods donated 'for the modernisation of' a body: the body receives",
    text: "Japan donated 40 trucks for the modernisation of the Kenya Defence Forces.",
    gives: [["Japan", "supplies", "Kenya Defence Forces"]],
  },
  {
    label:
      "goods donated 'in support of the fight against' a group: a noun other than a purpose noun ends the chain, the group receives nothing",
    text: "Britain donated equipment in support of the fight against al-Shabaab.",
    entities: ["United Kingdom", "Al-Shabaab"],
    notGives: [["United Kingdom", "supplies", "Al-Shabaab"]],
  },
  {
    label: "thanked X for donating: X supplies, asserted (an accusation would hedge it)",
    text: "Kenya thanked Japan for donating two patrol boats to the Kenyan Navy.",
    gives: [["Japan", "supplies", "Kenyan Navy"]],
  },
  {
    label: "thanked X for … and for the efforts to provide equipment for Y",
    text: "General Kariuki thanked Turkey for hosting him and for the continuous efforts to provide military training and equipment for the Kenya Army.",
    gives: [["Turkey", "supplies", "Kenya Army"]],
  },
  {
    label: "praised X for its efforts to provide equipment for Y",
    text: "Ghana praised China for its efforts to provide equipment for the Ghana Navy.",
    gives: [["China", "supplies", "Ghana Navy"]],
  },
  {
    label: "an accusation of arming stays hedged",
    text: "The US accused Iran of arming the Houthis.",
    hedged: [["Iran", "supplies", "Houthis", "possible"]],
  },
  // ---- supplies (session 9): a delivery that "will" be made under a supply the document tells as made
  {
    label: "will deliver, after a purchase from the same supplier told as made: committed",
    text: "Kenya bought 12 helicopters from Italy last year. Italy will deliver six AW139 helicopters to Kenya in March.",
    gives: [
      ["Italy", "supplies", "Kenya"],
      ["Italy", "supplies", "AW139"],
    ],
  },
  {
    label:
      "will deliver, with no supply told as made: a plain future of goods is a told transfer (session 29)",
    text: "Italy will deliver six AW139 helicopters to Kenya in March.",
    gives: [
      ["Italy", "supplies", "Kenya"],
      ["Italy", "supplies", "AW139"],
    ],
  },
  {
    label: "will deploy, after a supply of other goods told as made (money, not missiles): still planned",
    text: "Washington has provided Kenya with $300 million in military financing since 2022. The United States will deploy two Harpoon missile launchers to Kenya.",
    gives: [["United States", "supplies", "Kenya"]],
    hedged: [["United States", "supplies", "Harpoon", "planned"]],
  },
  {
    label: "expected to deliver after a purchase told as made: still planned",
    text: "Kenya bought 12 helicopters from Italy last year. Italy is expected to deliver six AW139 helicopters to Kenya in March.",
    hedged: [["Italy", "supplies", "AW139", "planned"]],
  },
  // ---- supplies (session 9): a contract signed "between" two parties, the item's origin deciding who sells
  {
    label: "a contract signed between two parties: the one the model comes from sells",
    text: "A contract for 12 Gripen jets was signed between Colombia and Sweden.",
    gives: [
      ["Sweden", "supplies", "Colombia"],
      ["Sweden", "supplies", "Gripen"],
    ],
    notGives: [["Colombia", "supplies", "Sweden"]],
  },
  {
    label: "a deal owned by its buyer, signed in the passive: the partner sells",
    text: "Algeria's deal with Russia for 14 Su-34 jets was signed in 2019.",
    gives: [
      ["Russia", "supplies", "Algeria"],
      ["Russia", "supplies", "Su-34"],
    ],
  },
  {
    label: "a deal signed in the passive by its buyer: the partner sells",
    text: "The contract with Hanwha Aerospace for 24 K9 howitzers was signed by Australia in 2021.",
    gives: [["Hanwha Aerospace", "supplies", "Australia"]],
  },
  {
    label: "a deal owned by its buyer that is yet to be signed: no supply",
    text: "Algeria's deal with Russia for 14 Su-34 jets is yet to be signed.",
    entities: ["Algeria", "Russia"],
    notGives: [["Russia", "supplies", "Algeria"]],
  },
  // ---- frame engine: supply verbs, seller side
  {
    label: "lends X to Y",
    text: "Japan lent patrol boats to the Philippines in 2023.",
    gives: [["Japan", "supplies", "Philippines"]],
  },
  {
    label: "leased X to Y",
    text: "Israel leased Heron drones to Greece.",
    gives: [
      ["Israel", "supplies", "Greece"],
      ["Israel", "supplies", "Heron"],
    ],
  },
  {
    label: "exported X to Y",
    text: "South Korea exported FA-50 jets to Malaysia.",
    gives: [
      ["South Korea", "supplies", "Malaysia"],
      ["South Korea", "supplies", "FA-50"],
    ],
  },
  {
    label: "has donated patrol boats to a country",
    text: "Denmark has donated patrol boats to Ghana.",
    gives: [["Denmark", "supplies", "Ghana"]],
  },
  {
    label: "transferred X to Y",
    text: "Slovakia transferred MiG-29 fighter jets to Ukraine.",
    gives: [
      ["Slovakia", "supplies", "Ukraine"],
      ["Slovakia", "supplies", "MiG-29"],
    ],
  },
  {
    label: "provided Y with X",
    text: "Norway provided Ukraine with NASAMS air defence systems.",
    gives: [["Norway", "supplies", "Ukraine"]],
    notGives: [["Ukraine", "supplies", "Norway"]],
  },
  {
    label: "sold Y X (double object)",
    text: "Turkey sold Kenya Bayraktar TB2 drones.",
    gives: [
      ["Turkey", "supplies", "Kenya"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label: "a ministry of a country supplies as the country",
    text: "The Czech Defence Ministry delivered Dana howitzers to Ukraine.",
    gives: [["Czech Republic", "supplies", "Ukraine"]],
  },
  {
    label: "a manufacturer named as seller supplies",
    text: "Lockheed Martin delivered F-35 jets to Poland.",
    gives: [["Lockheed Martin", "supplies", "Poland"]],
  },
  {
    label: "a country and a capitalised descriptor before a company's name are no part of it",
    text: "The Ghana Air Force bought four trainer planes from Korea Manufacturer Daewoo Limited.",
    entities: ["Daewoo Limited"],
    noEntities: ["Korea Manufacturer Daewoo Limited"],
    gives: [["Daewoo Limited", "supplies", "Ghana Air Force"]],
  },
  {
    label: "a demonym, a modifier and a capitalised descriptor before a company's name are no part of it",
    text: "Nigerian Vehicle Maker Proforce Limited delivered twenty armoured vehicles to the Malawi Defence Force.",
    typed: [["Proforce Limited", "Organization"]],
    noEntities: ["Nigerian Vehicle Maker Proforce Limited", "Vehicle Maker Proforce Limited"],
    gives: [["Proforce Limited", "supplies", "Malawi Defence Force"]],
  },
  {
    label: "a capitalised descriptor between a country and a known company leaves the company alone",
    text: "Turkey Company Otokar Limited sold forty armoured vehicles to Kenya.",
    noEntities: ["Turkey Company"],
    gives: [["Otokar", "supplies", "Kenya"]],
  },
  {
    label: "'Company' before a title is no descriptor of a name: the titled person stays one",
    text: "A Chinese Company Spokesman Li Wei said the trucks were delivered to Zambia.",
    typed: [["Li Wei", "Person"]],
  },
  {
    label: "a minister with a country title supplies with the country",
    text: "German Defence Minister Boris Pistorius sent IRIS-T systems to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Boris Pistorius", "supplies", "Ukraine"],
    ],
  },
  // ---- frame engine: passives and reduced relatives
  {
    label: "passive with by-agent",
    text: "Gepard anti-aircraft guns were delivered to Ukraine by Germany.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Gepard"],
    ],
    notGives: [["Ukraine", "supplies", "Germany"]],
  },
  {
    label: "passive with the recipient as subject",
    text: "Moldova was given radar systems by Romania.",
    gives: [["Romania", "supplies", "Moldova"]],
    notGives: [["Moldova", "supplies", "Romania"]],
  },
  {
    label: "passive perfect with by-agent",
    text: "Archer howitzers have been supplied to Ukraine by Sweden.",
    gives: [["Sweden", "supplies", "Ukraine"]],
  },
  {
    label: "reduced relative: a package given to a capital by a capital",
    text: "Prime Minister Kaja Kallas praised the aid package given to Tallinn by Washington.",
    gives: [["United States", "supplies", "Estonia"]],
  },
  {
    label: "reduced relative: drones supplied by a country",
    text: "Sudan's army used Mohajer-6 drones supplied by Iran, the report found.",
    gives: [["Iran", "supplies", "Mohajer-6"]],
    notGives: [["Mohajer-6", "supplies", "Iran"]],
  },
  {
    label: "reduced relative after a class and its acronym in brackets: giver, recipient and item",
    text: "The fast patrol boat (FPB) donated by Japan to the Philippine Coast Guard arrived in Manila on Monday.",
    gives: [
      ["Japan", "supplies", "Philippine Coast Guard"],
      ["Japan", "supplies", "patrol boat"],
    ],
    notGives: [["Philippine Coast Guard", "supplies", "Japan"]],
  },
  {
    label: "reduced relative after a plural class and its acronym in brackets",
    text: "Two armoured personnel carriers (APC) supplied by Turkey to the Somali National Army arrived in Mogadishu.",
    gives: [
      ["Turkey", "supplies", "Somali National Army"],
      ["Turkey", "supplies", "armoured personnel carrier"],
    ],
  },
  {
    label: "reduced relative right after a weapon's name: seller, buyer and the named weapon",
    text: "The Bayraktar TB2 sold by Turkey to Poland arrived at Lask air base on Monday.",
    gives: [
      ["Turkey", "supplies", "Poland"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
    notGives: [["Poland", "supplies", "Turkey"]],
  },
  {
    label: "reduced relative right after a capitalised class name: the giver supplies the recipient",
    text: "The Fast Patrol Vessel donated by South Korea to the Philippine Navy arrived in Subic Bay.",
    gives: [
      ["South Korea", "supplies", "Philippine Navy"],
      ["South Korea", "supplies", "Fast Patrol Vessel"],
    ],
  },
  {
    label: "a participle of use or capture right after a weapon's name supplies nothing",
    text: "The HIMARS used by Ukraine near Kherson and the T-72 captured by Ukraine near Izium were shown to Poland.",
    entities: ["Ukraine", "HIMARS", "T-72", "Poland"],
    notGives: [
      ["Ukraine", "supplies", "HIMARS"],
      ["Ukraine", "supplies", "T-72"],
      ["Ukraine", "supplies", "Poland"],
    ],
  },
  {
    label: "a participle of use after a class and its acronym in brackets supplies nothing",
    text: "The unmanned aerial vehicle (UAV) operated by Mali near Gao was shot down, Algeria said.",
    entities: ["Mali", "Algeria"],
    notGives: [
      ["Mali", "supplies", "Algeria"],
      ["Mali", "supplies", "unmanned aerial vehicle"],
    ],
  },
  {
    label: "passive with no agent gives no supplier",
    text: "Leopard tanks were delivered to Ukraine in March.",
    entities: ["Ukraine", "Leopard"],
    notGives: [["Ukraine", "supplies", "Leopard"]],
  },
  // ---- frame engine: supply nouns
  {
    label: "the sale of X to Y by Z",
    text: "Lawmakers criticised the sale of F-16 jets to Turkey by the United States.",
    gives: [
      ["United States", "supplies", "Turkey"],
      ["United States", "supplies", "F-16"],
    ],
  },
  {
    label: "possessive deliveries of X to Y",
    text: "Germany's deliveries of Leopard 2 tanks to Ukraine continued in June.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "money in defence assistance to a country",
    text: "The European Union announced €200 million in defence assistance to Moldova.",
    gives: [["European Union", "supplies", "Moldova"]],
  },
  {
    label: "military aid to a country from a country",
    text: "Military aid to Taiwan from the United States rose sharply.",
    gives: [["United States", "supplies", "Taiwan"]],
  },
  {
    label: "a shipment of X from Y",
    text: "A shipment of Krasnopol shells from Russia reached Belarus.",
    gives: [["Russia", "supplies", "Krasnopol"]],
  },
  {
    label: "a country modifier names the donor of aid",
    text: "Canadian military aid to Ukraine included armoured vehicles.",
    gives: [["Canada", "supplies", "Ukraine"]],
  },
  {
    label: "a transfer without arms words is not a supply",
    text: "Belgium's transfer of staff to Poland went smoothly.",
    entities: ["Belgium", "Poland"],
    notGives: [["Belgium", "supplies", "Poland"]],
  },
  {
    label: "a donation of X to Y",
    text: "Japan's donation of radar systems to the Philippines was welcomed in Manila.",
    entities: ["Japan", "Philippines"],
    notGives: [["Philippines", "supplies", "Japan"]],
  },
  {
    label: "a handover of goods to a recipient by a supplier, told as a noun",
    text: "The handover of four Bell 412 helicopters to the Jamaica Defence Force by Canada took place in Kingston.",
    gives: [["Canada", "supplies", "Jamaica Defence Force"]],
  },
  {
    label: "a country's gift of goods to another, told as a noun",
    text: "Turkey's gift of 20 Kirpi vehicles to Somalia was welcomed in Mogadishu.",
    gives: [["Turkey", "supplies", "Somalia"]],
  },
  {
    label: "a handover of a base is no supply of goods",
    text: "The handover of the air base from France to Niger was completed in December.",
    entities: ["France", "Niger"],
    notGives: [["France", "supplies", "Niger"]],
  },
  {
    label: "approved the sale of X to Y",
    text: "The United States approved the sale of Abrams tanks to Poland.",
    gives: [
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "Abrams"],
    ],
  },
  {
    label: "authorised the transfer of X to Y",
    text: "The Netherlands authorised the transfer of F-16 jets to Ukraine.",
    gives: [["Netherlands", "supplies", "Ukraine"]],
  },
  {
    label: "cleared the export of X to Y",
    text: "Germany cleared the export of IRIS-T systems to Saudi Arabia.",
    gives: [["Germany", "supplies", "Saudi Arabia"]],
  },
  {
    label: "could approve a sale is possible",
    text: "Washington could approve the sale of F-35 jets to Turkey.",
    entities: ["Turkey", "F-35"],
    notGives: [["United States", "supplies", "Turkey"]],
  },
  {
    label: "blocked the transfer is not asserted as a supply by the blocker",
    text: "Hungary blocked the transfer of weapons to Ukraine.",
    entities: ["Hungary", "Ukraine"],
    notGives: [["Ukraine", "supplies", "Hungary"]],
  },
  // ---- frame engine: coordinated clauses and noun phrases
  {
    label: "two supply clauses joined by and keep their own subjects",
    text: "Turkey sold drones to Ukraine, and Iran lends missiles to Russia.",
    gives: [
      ["Turkey", "supplies", "Ukraine"],
      ["Iran", "supplies", "Russia"],
    ],
    notGives: [
      ["Turkey", "supplies", "Russia"],
      ["Iran", "supplies", "Ukraine"],
    ],
  },
  {
    label: "a supply clause and a meeting clause",
    text: "France delivered Caesar howitzers to Armenia, and Emmanuel Macron met Olaf Scholz in Paris.",
    gives: [
      ["France", "supplies", "Armenia"],
      ["Emmanuel Macron", "meets", "Olaf Scholz"],
    ],
    notGives: [["France", "supplies", "Olaf Scholz"]],
  },
  {
    label: "a clause with a verb outside any list still ends the previous one",
    text: "Germany shipped tanks to Ukraine, but Austria refused weapons to Kyiv.",
    gives: [["Germany", "supplies", "Ukraine"]],
    notGives: [["Austria", "supplies", "Ukraine"]],
  },
  {
    label: "coordinated recipients",
    text: "Sweden sent Archer howitzers to Ukraine and Estonia.",
    gives: [
      ["Sweden", "supplies", "Ukraine"],
      ["Sweden", "supplies", "Estonia"],
    ],
  },
  {
    label: "coordinated suppliers of one clause",
    text: "Spain and Portugal sent Leopard 2 tanks to Ukraine.",
    gives: [
      ["Spain", "supplies", "Ukraine"],
      ["Portugal", "supplies", "Ukraine"],
    ],
  },
  {
    label: "a list of recipients with commas",
    text: "China sold Wing Loong drones to Egypt, Nigeria and Pakistan.",
    gives: [
      ["China", "supplies", "Egypt"],
      ["China", "supplies", "Nigeria"],
      ["China", "supplies", "Pakistan"],
    ],
  },
  {
    label: "a shared subject across coordinated verbs",
    text: "Viktor Orban visited Beijing and met Xi Jinping on Monday.",
    gives: [["Viktor Orban", "meets", "Xi Jinping"]],
  },
  {
    label: "a second clause with its own subject after a semicolon",
    text: "Israel sold Barak air defence systems to India; Pakistan bought J-10C jets from China.",
    gives: [
      ["Israel", "supplies", "India"],
      ["China", "supplies", "Pakistan"],
    ],
    notGives: [["Israel", "supplies", "Pakistan"]],
  },
  // ---- frame engine: hedged facts stay hedged
  {
    label: "will send, with named goods and a date, is a told transfer (session 29)",
    text: "Spain will send Patriot missiles to Ukraine next month.",
    gives: [["Spain", "supplies", "Ukraine"]],
  },
  {
    // The annotated corpus requires an agreement to transfer named goods (docs/ontology.md,
    // Supplies); an agreement to provide support stays a plan (_cases-lead.ts).
    label: "an agreement to supply named systems is a committed supply",
    text: "Italy agreed to supply SAMP/T systems to Ukraine.",
    gives: [["Italy", "supplies", "Ukraine"]],
  },
  {
    label: "plans to deliver is planned",
    text: "The Netherlands plans to deliver F-16 jets to Ukraine.",
    hedged: [["Netherlands", "supplies", "Ukraine", "planned"]],
  },
  {
    label: "may supply is possible",
    text: "Belarus may supply artillery shells to Russia.",
    hedged: [["Belarus", "supplies", "Russia", "possible"]],
  },
  {
    label: "could send is possible",
    text: "Pakistan could send JF-17 jets to Azerbaijan.",
    hedged: [["Pakistan", "supplies", "Azerbaijan", "possible"]],
  },
  {
    label: "denied supplying is denied",
    text: "Iran denied supplying Shahed drones to Russia.",
    hedged: [["Iran", "supplies", "Russia", "denied"]],
  },
  {
    label: "did not send is negated",
    text: "Hungary did not send weapons to Ukraine.",
    hedged: [["Hungary", "supplies", "Ukraine", "negated"]],
  },
  {
    label: "has never sold is negated",
    text: "Switzerland has never sold tanks to Ukraine.",
    hedged: [["Switzerland", "supplies", "Ukraine", "negated"]],
  },
  {
    label: "a planned meeting is not a meeting",
    text: "Recep Tayyip Erdogan will meet Vladimir Putin in Sochi next week.",
    hedged: [["Recep Tayyip Erdogan", "meets", "Vladimir Putin", "planned"]],
  },
  {
    label: "a possible meeting is not a meeting",
    text: "Narendra Modi may meet Xi Jinping at the summit.",
    hedged: [["Narendra Modi", "meets", "Xi Jinping", "possible"]],
  },
  {
    label: "a meeting that did not happen is negated",
    text: "Olaf Scholz did not meet Vladimir Putin in 2023.",
    hedged: [["Olaf Scholz", "meets", "Vladimir Putin", "negated"]],
  },
  {
    label: "is expected to sell is planned",
    text: "France is expected to sell Rafale jets to Serbia.",
    hedged: [["France", "supplies", "Serbia", "planned"]],
  },
  {
    label: "accused of arming is only possible",
    text: "Kyiv accused Minsk of arming Russia with Krasnopol shells.",
    notGives: [["Belarus", "supplies", "Russia"]],
  },
  // ---- frame engine: meetings
  {
    label: "hosted someone",
    text: "Prime Minister Fumio Kishida hosted Anthony Albanese in Tokyo.",
    gives: [["Fumio Kishida", "meets", "Anthony Albanese"]],
  },
  {
    label: "welcomed someone",
    text: "King Abdullah welcomed Emmanuel Macron in Amman on Sunday.",
    gives: [["Abdullah", "meets", "Emmanuel Macron"]],
  },
  {
    label: "was received by someone",
    text: "Sergei Lavrov was received by Kim Jong Un in Wonsan.",
    gives: [["Sergei Lavrov", "meets", "Kim Jong Un"]],
  },
  {
    label: "greeted someone",
    text: "Xi Jinping greeted Narendra Modi at the Great Hall of the People.",
    gives: [["Xi Jinping", "meets", "Narendra Modi"]],
  },
  {
    label: "talks with someone",
    text: "Antony Blinken held talks with Wang Yi in Beijing.",
    gives: [["Antony Blinken", "meets", "Wang Yi"]],
  },
  {
    label: "a summit between two leaders",
    text: "A summit between Joe Biden and Xi Jinping took place in Woodside.",
    gives: [["Joe Biden", "meets", "Xi Jinping"]],
  },
  {
    label: "a possessive meeting with someone",
    text: "Volodymyr Zelensky's meeting with Donald Tusk lasted two hours.",
    gives: [["Volodymyr Zelensky", "meets", "Donald Tusk"]],
  },
  {
    label: "visited a person",
    text: "Ursula von der Leyen visited Volodymyr Zelensky in Kyiv.",
    gives: [["Ursula von der Leyen", "meets", "Volodymyr Zelensky"]],
  },
  {
    label: "visiting a country is not a meeting",
    text: "Ursula von der Leyen visited Ukraine on Friday.",
    entities: ["Ursula von der Leyen", "Ukraine"],
    notGives: [["Ursula von der Leyen", "meets", "Ukraine"]],
  },
  {
    label: "coordinated subjects met",
    text: "Emmanuel Macron and Olaf Scholz met in Berlin.",
    gives: [["Emmanuel Macron", "meets", "Olaf Scholz"]],
  },
  {
    label: "spoke by phone with someone: no meeting in person",
    text: "Rishi Sunak spoke by phone with Volodymyr Zelensky.",
    notGives: [["Rishi Sunak", "meets", "Volodymyr Zelensky"]],
  },
  {
    label: "a phone call between two leaders is no meeting in person",
    text: "A phone call between Joe Biden and Xi Jinping lasted two hours.",
    notGives: [["Joe Biden", "meets", "Xi Jinping"]],
  },
  {
    label: "a call that is not a phone call is not a meeting",
    text: "Emmanuel Macron's call for talks with Vladimir Putin drew criticism.",
    entities: ["Emmanuel Macron", "Vladimir Putin"],
    notGives: [["Emmanuel Macron", "meets", "Vladimir Putin"]],
  },
  {
    label: "receiving weapons is not a meeting",
    text: "Finland received K9 howitzers from South Korea.",
    gives: [["South Korea", "supplies", "Finland"]],
    notGives: [["Finland", "meets", "South Korea"]],
  },
  {
    label: "receiving a person is a meeting, not a supply",
    text: "Kim Jong Un received Sergei Shoigu in Pyongyang.",
    gives: [["Kim Jong Un", "meets", "Sergei Shoigu"]],
    notGives: [["Kim Jong Un", "supplies", "Sergei Shoigu"]],
  },
  {
    label: "discussed with someone",
    text: "Jake Sullivan discussed arms control with Wang Yi in Vienna.",
    gives: [["Jake Sullivan", "meets", "Wang Yi"]],
  },
  {
    label:
      "'discussed the relations with X': X is the topic's party, not a partner met; the two subjects met",
    text: "Polish Foreign Minister Marek Nowak and Czech Foreign Minister Pavel Novak discussed the deteriorating relations with Belarus.",
    entities: ["Marek Nowak", "Pavel Novak", "Belarus"],
    gives: [["Marek Nowak", "meets", "Pavel Novak"]],
    notGives: [
      ["Marek Nowak", "meets", "Belarus"],
      ["Pavel Novak", "meets", "Belarus"],
    ],
  },
  {
    label: "'X said he and Y had discussed the relations with Z': X and Y met, Z is the topic's party",
    text: "Lithuanian Foreign Minister Rasa Vaitkus and NATO chief Jonas Berg visited the border. Berg said he and Vaitkus had discussed the worsening relations with Russia.",
    entities: ["Rasa Vaitkus", "Jonas Berg", "Russia"],
    gives: [["Jonas Berg", "meets", "Rasa Vaitkus"]],
    notGives: [
      ["Jonas Berg", "meets", "Russia"],
      ["Rasa Vaitkus", "meets", "Russia"],
    ],
  },
  {
    label: "'discussed ties with X' with a country: no meeting with the country; with a person: a meeting",
    text: "Kenyan President Peter Njoroge and Ethiopian Prime Minister Abebe Tadesse discussed ties with Somalia. Indian Defence Minister Ravi Rao discussed bilateral relations with his Japanese counterpart Kenji Sato.",
    entities: ["Peter Njoroge", "Abebe Tadesse", "Somalia"],
    gives: [
      ["Peter Njoroge", "meets", "Abebe Tadesse"],
      ["Ravi Rao", "meets", "Kenji Sato"],
    ],
    notGives: [
      ["Peter Njoroge", "meets", "Somalia"],
      ["Abebe Tadesse", "meets", "Somalia"],
    ],
  },
  // ---- recall pass (issue 9): time adverbials, amounts, forces as recipients, described classes
  {
    label: "a time adverbial between subject and supply verb",
    text: "Portugal on Tuesday delivered Stryker armoured vehicles to Mozambique.",
    gives: [
      ["Portugal", "supplies", "Mozambique"],
      ["Portugal", "supplies", "Stryker"],
    ],
  },
  {
    label: "yesterday between subject and verb",
    text: "Indonesia yesterday received two Rafale jets from France.",
    gives: [
      ["France", "supplies", "Indonesia"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "last week between subject and verb of a meeting",
    text: "Gustavo Petro last week met Cyril Ramaphosa in Pretoria.",
    gives: [["Gustavo Petro", "meets", "Cyril Ramaphosa"]],
  },
  {
    label: "a date with its day between subject and talks",
    text: "Defence Minister Richard Marles on March 3 held talks with Gilberto Teodoro in Manila.",
    gives: [["Richard Marles", "meets", "Gilberto Teodoro"]],
  },
  {
    label: "a time adverbial between a speaker and said, then its pronoun",
    text: "Norway on Monday said it would send NASAMS systems to Ukraine.",
    hedged: [["Norway", "supplies", "Ukraine", "planned"]],
  },
  {
    label: "an organization name does not run into a weekday",
    text: "The Kenyan Army on Friday received Huey II helicopters from the United States.",
    entities: ["Kenyan Army"],
    noEntities: ["Kenyan Army on Friday"],
  },
  {
    label: "a supply to a country's navy is a supply to the country",
    text: "Japan handed three patrol vessels to the Philippine Navy.",
    gives: [
      ["Japan", "supplies", "Philippine Navy"],
      ["Japan", "supplies", "Philippines"],
    ],
  },
  {
    label: "a supply to a country's air force is a supply to the country",
    text: "Sweden delivered Gripen jets to the Thai Air Force.",
    gives: [
      ["Sweden", "supplies", "Thai Air Force"],
      ["Sweden", "supplies", "Thailand"],
    ],
  },
  {
    label: "a supply to a company is not a supply to a country",
    text: "Germany sold Leopard tanks to Rheinmetall, a Hungarian firm.",
    entities: ["Germany", "Hungary"],
    notGives: [["Germany", "supplies", "Hungary"]],
  },
  {
    label: "a month's short form and day after a name is a date, never a person",
    text: "General Tom Hale met with Kenyan President Peter Njoroge Feb. 12 to discuss security.",
    gives: [["Tom Hale", "meets", "Peter Njoroge"]],
    noEntities: ["Feb.", "Feb"],
  },
  {
    label: "a month's short form after a hosted person is a date, not a partner",
    text: "Admiral Rosa Lind hosted Polish Defence Minister Marek Nowak Dec. 9 in Warsaw. President Ana Ruiz spoke with Chilean President Jorge Vidal Sept. 3.",
    gives: [
      ["Rosa Lind", "meets", "Marek Nowak"],
      ["Ana Ruiz", "meets", "Jorge Vidal"],
    ],
    noEntities: ["Dec.", "Dec", "Sept.", "Sept"],
  },
  {
    label: "May the month is a time word, may the auxiliary a modal cue",
    text: "Russia may send S-400 systems to Algeria.",
    hedged: [["Russia", "supplies", "Algeria", "possible"]],
  },
  {
    label: "an amount in dollars between approve and sale",
    text: "Washington approved a $2 billion sale of Abrams tanks to Poland.",
    gives: [
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "Abrams"],
    ],
  },
  {
    label: "green-lighted a sale in euros",
    text: "Germany greenlighted a €500 million sale of IRIS-T systems to Egypt.",
    gives: [["Germany", "supplies", "Egypt"]],
  },
  {
    label: "a class after a named model only describes it",
    text: "Norway sold 12 F-16 fighter jets and Patriot air defence systems to Romania.",
    gives: [
      ["Norway", "supplies", "F-16"],
      ["Norway", "supplies", "Romania"],
    ],
    // The class only describes the model: no node, so no fact (described-classes.ts, session 38).
    noEntities: ["fighter jet"],
  },
  // ---- recall pass: participles after the weapons they describe, the buyer's demonym supplier
  {
    label: "weapons procured from a supplier, shown by their owner",
    text: "Egypt has displayed the K9 Thunder howitzers recently purchased from South Korea.",
    gives: [
      ["South Korea", "supplies", "K9 Thunder"],
      ["South Korea", "supplies", "Egypt"],
    ],
  },
  {
    label: "the first of several jets bought from a maker, unveiled by an air force",
    text: "The Kenyan Air Force unveiled the first of six Z-9 helicopters bought from China.",
    gives: [
      ["China", "supplies", "Z-9"],
      ["China", "supplies", "Kenya"],
    ],
  },
  {
    label: "inducted drones acquired from a supplier, past an adverbial",
    text: "Ethiopia inducted for the first time the Wing Loong II drones acquired from China.",
    gives: [
      ["China", "supplies", "Wing Loong II"],
      ["China", "supplies", "Ethiopia"],
    ],
  },
  {
    label: "weapons bought from a supplier and shot down by another: the shooter received nothing",
    text: "Ukraine shot down Shahed-136 drones bought from Iran.",
    gives: [["Iran", "supplies", "Shahed-136"]],
    entities: ["Ukraine", "Iran"],
    notGives: [["Iran", "supplies", "Ukraine"]],
  },
  {
    label: "goods purchased in the passive from a maker, with the buyer in a by-phrase",
    text: "The Super Tucano trainers were purchased from Embraer by the Angolan Air Force.",
    gives: [
      ["Embraer", "supplies", "Angolan Air Force"],
      ["Embraer", "supplies", "Super Tucano"],
    ],
  },
  {
    label: "goods bought in the passive from a country, with no buyer told: the goods only",
    text: "Twelve Mi-24 helicopters were bought from Russia and delivered in March.",
    gives: [["Russia", "supplies", "Mi-24"]],
  },
  {
    label: "goods acquired in the passive, owned by the buyer named before them",
    text: "The Gambian Navy's patrol boats were acquired from Taiwan in 2013.",
    gives: [["Taiwan", "supplies", "Gambian Navy"]],
  },
  {
    label: "a body acquired in the passive is a takeover, no supply",
    text: "The shipyard was acquired from Fincantieri by Naval Group in 2018.",
    entities: ["Fincantieri", "Naval Group"],
    notGives: [["Fincantieri", "supplies", "Naval Group"]],
  },
  {
    label: "a buyer that is to buy is no passive: the buyer, not the goods, is the subject",
    text: "Croatia is to buy 12 Rafale jets from France.",
    gives: [
      ["France", "supplies", "Croatia"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "goods described by two coordinated participles, the second of donating: the owner received them",
    text: "The Djibouti Navy operates two patrol boats built and donated by Japan.",
    gives: [["Japan", "supplies", "Djibouti Navy"]],
  },
  {
    label: "a supplier's participle with no owner gives the weapon only",
    text: "Bayraktar TB2 drones bought from Turkey patrol the border of Azerbaijan.",
    gives: [["Turkey", "supplies", "Bayraktar TB2"]],
    entities: ["Turkey", "Azerbaijan"],
    notGives: [["Turkey", "supplies", "Azerbaijan"]],
  },
  {
    label: "took delivery of weapons named with their supplier's demonym",
    text: "Kazakhstan has taken delivery of three Turkish Bayraktar TB2 drones.",
    gives: [
      ["Turkey", "supplies", "Kazakhstan"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label: "took delivery with a from-complement still names the seller",
    text: "Vietnam took delivery of two Yak-130 trainers from Russia last month.",
    gives: [
      ["Russia", "supplies", "Vietnam"],
      ["Russia", "supplies", "Yak-130"],
    ],
  },
  {
    label: "took delivery of goods that are no weapon (a noun of military goods) from a country's stocks",
    text: "The Malawi Defence Force took delivery of heavy-duty trucks from Italian stocks.",
    gives: [["Italy", "supplies", "Malawi Defence Force"]],
  },
  {
    label: "a passive delivery of goods that are no weapon: the goods' demonym names the supplier",
    text: "A Turkish military ambulance was delivered to the Somali National Army on Friday.",
    gives: [["Turkey", "supplies", "Somali National Army"]],
  },
  {
    label:
      "a passive delivery of a noun of materiel alone, maybe civilian goods: its demonym names no supplier",
    text: "Japanese generators were delivered to Kenya on Monday.",
    entities: ["Japan", "Kenya"],
    notGives: [["Japan", "supplies", "Kenya"]],
  },
  {
    label: "a made-in country before goods that are no weapon names their maker, not a supplier",
    text: "Russian-made trucks were handed over to the Malian Army on Friday.",
    entities: ["Russia", "Malian Army"],
    notGives: [["Russia", "supplies", "Malian Army"]],
  },
  {
    label: "a donation of goods that are no weapon is a supply",
    text: "Belgium donated 40 lorries and 12 ambulances to the Beninese Army.",
    gives: [["Belgium", "supplies", "Beninese Army"]],
  },
  {
    label: "a purchase financed by a third party: the financer supplies the body it is for",
    text: "The Netherlands financed the purchase of patrol boats for the Ghana Navy.",
    gives: [["Netherlands", "supplies", "Ghana Navy"]],
  },
  {
    label: "an offer to fund a purchase is no supply",
    text: "Norway offered to fund the purchase of trucks for the Lithuanian Army.",
    entities: ["Norway", "Lithuanian Army"],
    notGives: [["Norway", "supplies", "Lithuanian Army"]],
  },
  {
    label: "a funded purchase of civilian goods is no supply",
    text: "Canada funded the purchase of vaccines and tractors for Zambia.",
    entities: ["Canada", "Zambia"],
    notGives: [["Canada", "supplies", "Zambia"]],
  },
  {
    label: "a buyer of goods from a seller after 'became': the seller supplies",
    text: "Uruguay became the first foreign buyer of Gaucho vehicles from Argentina.",
    gives: [["Argentina", "supplies", "Uruguay"]],
  },
  // ---- recall pass: meetings in captions, after a long adverbial, and by signing together
  {
    label: "a photo caption: name, position mark, talks with",
    text: "Indian Foreign Minister Subrahmanyam Jaishankar (L) talks with his Egyptian counterpart, Sameh Shoukry, in Cairo.",
    gives: [["Subrahmanyam Jaishankar", "meets", "Sameh Shoukry"]],
  },
  {
    label: "a photo caption: name, position mark, meets",
    text: "Chinese President Xi Jinping (R) meets Brazilian President Luiz Inacio Lula in Beijing.",
    gives: [["Xi Jinping", "meets", "Luiz Inacio Lula"]],
  },
  {
    label: "the talks of a caption without a mark stay a noun",
    text: "Iran talks with the United States resumed in Oman.",
    entities: ["Iran", "United States"],
    notGives: [["Iran", "meets", "United States"]],
  },
  {
    label: "following a meeting, after a long place adverbial",
    text: "Mark Rutte spoke to reporters outside the Elysee Palace in Paris on Friday following a meeting with Emmanuel Macron.",
    gives: [["Mark Rutte", "meets", "Emmanuel Macron"]],
  },
  {
    label: "a meeting after a comma belongs to another clause's subject only within its clause",
    text: "Olaf Scholz flew home, and reporters waited after a meeting with Emmanuel Macron.",
    entities: ["Olaf Scholz", "Emmanuel Macron"],
    notGives: [["Olaf Scholz", "meets", "Emmanuel Macron"]],
  },
  {
    label: "two people who sign a memorandum together met",
    text: "Lloyd Austin and his Indonesian counterpart Prabowo Subianto signed a memorandum of understanding in Jakarta.",
    gives: [["Lloyd Austin", "meets", "Prabowo Subianto"]],
  },
  {
    label: "signed an agreement with a person",
    text: "Kaja Kallas signed a defence agreement with Volodymyr Zelensky in Kyiv.",
    gives: [["Kaja Kallas", "meets", "Volodymyr Zelensky"]],
  },
  {
    label: "two countries signing a contract did not meet",
    text: "Armenia signed a contract with India for Pinaka rocket launchers.",
    entities: ["Armenia", "India"],
    notGives: [["Armenia", "meets", "India"]],
  },
  {
    label: "signing a decree is no meeting",
    text: "Vladimir Putin signed a decree after Sergei Shoigu briefed him.",
    entities: ["Vladimir Putin", "Sergei Shoigu"],
    notGives: [["Vladimir Putin", "meets", "Sergei Shoigu"]],
  },
  // ---- recall pass: a signed contract with a seller for named weapons
  {
    label: "signed a contract with a seller for weapons",
    text: "Poland signed a contract with South Korea for K2 tanks.",
    gives: [
      ["South Korea", "supplies", "Poland"],
      ["South Korea", "supplies", "K2"],
    ],
  },
  {
    label: "inked a hyphen-qualified deal with a seller for jets",
    text: "Indonesia inked a government-to-government deal with France for Rafale jets.",
    gives: [
      ["France", "supplies", "Indonesia"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "negotiating a contract is no supply",
    text: "Egypt is negotiating a contract with France for Rafale jets.",
    entities: ["Egypt", "France"],
    notGives: [["France", "supplies", "Egypt"]],
  },
  {
    label: "a signed cooperation deal without weapons is no supply",
    text: "Vietnam signed a defence cooperation deal with India.",
    entities: ["Vietnam", "India"],
    notGives: [["India", "supplies", "Vietnam"]],
  },
  // ---- which party of a deal sells: a named recipient, a sale word, the item's origin
  {
    label: "a deal's seller is the signer when the deal is an export deal",
    text: "Turkey signed an export deal with Indonesia for Bayraktar TB2 drones.",
    gives: [
      ["Turkey", "supplies", "Indonesia"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
    notGives: [["Indonesia", "supplies", "Turkey"]],
  },
  {
    label: "a deal's seller is the signer whose country makes the model",
    text: "South Korea signed a deal with Romania for K9 Thunder howitzers.",
    gives: [
      ["South Korea", "supplies", "Romania"],
      ["South Korea", "supplies", "K9 Thunder"],
    ],
    notGives: [["Romania", "supplies", "South Korea"]],
  },
  {
    label: "a deal's seller is the signer the item is said to come from",
    text: "France signed a contract with Greece for French-made Rafale jets.",
    gives: [["France", "supplies", "Greece"]],
    notGives: [["Greece", "supplies", "France"]],
  },
  {
    label: "a model made by a third country leaves the signer the buyer",
    text: "Estonia signed a contract with the United States for K9 Thunder howitzers.",
    gives: [["United States", "supplies", "Estonia"]],
    notGives: [["Estonia", "supplies", "United States"]],
  },
  {
    label: "a contract signed between two countries for a navy: the other party sells",
    text: "The contract for six Gowind corvettes for the Egyptian Navy was signed between Egypt and France in 2014.",
    gives: [
      ["France", "supplies", "Egypt"],
      ["France", "supplies", "Gowind"],
    ],
    notGives: [["Egypt", "supplies", "France"]],
  },
  {
    label: "two countries sign a contract for one's army: the other sells",
    text: "Brazil and Sweden signed a contract for 36 Gripen jets for the Brazilian Air Force.",
    gives: [["Sweden", "supplies", "Gripen"]],
    notGives: [["Brazil", "supplies", "Sweden"]],
  },
  {
    label:
      "an order or a deal for a maker's goods ('an order for 16 Airbus military helicopters'): the buyer sells neither to the maker nor the goods",
    text: "Qatar has placed an order for 16 Airbus military helicopters worth $1bn. Chile has placed an order for 12 Saab Gripen jets. Morocco concluded a deal for 24 Boeing Apache helicopters.",
    entities: ["Qatar", "Airbus", "Chile", "Saab", "Gripen", "Morocco", "Boeing"],
    notGives: [
      ["Qatar", "supplies", "Airbus"],
      ["Chile", "supplies", "Saab"],
      ["Chile", "supplies", "Gripen"],
      ["Morocco", "supplies", "Boeing"],
    ],
  },
  {
    label: "an order placed with a maker, and a maker's contract for a named buyer, still sell",
    text: "Kuwait placed an order with Airbus for 30 helicopters. Leonardo signed a contract with Poland for 32 AW149 helicopters.",
    gives: [
      ["Airbus", "supplies", "Kuwait"],
      ["Leonardo", "supplies", "Poland"],
    ],
  },
  {
    label: "signed a contract for weapons for another country: the signer supplies it",
    text: "Denmark has signed a contract for 15,000 artillery shells for Ukraine.",
    gives: [["Denmark", "supplies", "Ukraine"]],
  },
  {
    label: "signed a contract with a company for weapons for its own navy: the company sells",
    text: "Norway signed a contract with Kongsberg for NASAMS launchers for the Norwegian Army.",
    gives: [["Kongsberg", "supplies", "NASAMS"]],
    notGives: [["Norway", "supplies", "Norwegian Army"]],
  },
  {
    label:
      "a contract signed between two countries with no recipient named and no known origin decides nothing",
    text: "A contract for 12 patrol boats was signed between Armenia and India.",
    entities: ["Armenia", "India"],
    notGives: [
      ["Armenia", "supplies", "India"],
      ["India", "supplies", "Armenia"],
    ],
  },
  {
    label: "two parties co-sign a contract as one subject: the one the model comes from sells",
    text: "Croatia and France have signed a contract worth 999 million euros for the purchase of 12 used Rafale jets.",
    gives: [
      ["France", "supplies", "Croatia"],
      ["France", "supplies", "Rafale"],
    ],
    notGives: [["Croatia", "supplies", "France"]],
  },
  {
    label: "two countries co-sign a deal for a model the lexicon knows the maker country of",
    text: "India and Russia sealed a deal for five S-400 systems on Friday.",
    gives: [
      ["Russia", "supplies", "India"],
      ["Russia", "supplies", "S-400"],
    ],
    notGives: [["India", "supplies", "Russia"]],
  },
  {
    label: "a firm and a state body co-sign a contract: the firm sells",
    text: "The Romanian Ministry of National Defence and General Dynamics inked a deal for 54 Abrams tanks.",
    gives: [
      ["General Dynamics", "supplies", "Romanian Ministry of National Defence"],
      ["General Dynamics", "supplies", "Abrams"],
    ],
  },
  {
    label: "co-signers, the firm set off with an appositive: the firm sells",
    text: "Damen, a Dutch shipbuilder, and the Mexican Navy have concluded a contract for two Sigma frigates.",
    gives: [
      ["Damen", "supplies", "Mexican Navy"],
      ["Damen", "supplies", "Sigma"],
    ],
  },
  {
    label: "co-signers with a long appositive and a ministry named with its country",
    text: "Navantia, one of the largest shipbuilders in Europe, and the Ministry of Defence of Chile, have signed a contract for the supply of four Avante frigates.",
    gives: [["Navantia", "supplies", "Avante"]],
  },
  {
    label: "a supply to a state's ministry supplies the state",
    text: "Turkey delivered 40 armoured vehicles to the Kenyan Ministry of Interior.",
    gives: [
      ["Turkey", "supplies", "Kenyan Ministry of Interior"],
      ["Turkey", "supplies", "Kenya"],
    ],
  },
  {
    label: "a ministry that buys from a firm: the firm supplies the ministry's state",
    text: "The Estonian Ministry of Defence ordered 12 K9 howitzers from Hanwha.",
    gives: [["Hanwha", "supplies", "Estonia"]],
  },
  {
    label: "a supply planned to a state's ministry: the state is not supplied",
    text: "The United States plans to donate two Cessna aircraft to the Honduran Ministry of Defense.",
    entities: ["United States", "Honduras"],
    notGives: [["United States", "supplies", "Honduras"]],
  },
  {
    label: "a ministry that sends goods: its own state is no recipient",
    text: "The German Defence Ministry delivered 20 Leopard tanks to Ukraine.",
    entities: ["Germany", "Ukraine"],
    notGives: [
      ["Germany", "supplies", "Germany"],
      ["Ukraine", "supplies", "Germany"],
    ],
  },
  {
    label: "co-signers who will sign a contract: planned, not a supply",
    text: "Saab, a Swedish company, and the Thai government will sign a contract for four Gripen jets.",
    entities: ["Saab", "Gripen"],
    notGives: [["Saab", "supplies", "Gripen"]],
  },
  {
    label: "two firms co-sign a contract: no seller among them",
    text: "Lockheed Martin and Boeing signed a contract for 40 F-35 jets.",
    entities: ["Lockheed Martin", "Boeing"],
    notGives: [
      ["Lockheed Martin", "supplies", "Boeing"],
      ["Boeing", "supplies", "Lockheed Martin"],
    ],
  },
  {
    label: "two countries co-sign a contract for goods of no known origin: no seller",
    text: "Kenya and Turkey signed a contract on Monday for 118 Hizir armoured vehicles.",
    entities: ["Kenya", "Turkey"],
    notGives: [
      ["Turkey", "supplies", "Kenya"],
      ["Kenya", "supplies", "Turkey"],
    ],
  },
  // ---- agent nouns: "X is the largest arms supplier to Y", "Y is a buyer of Z's arms"
  {
    label: "the subject of 'has become the largest weapons supplier to' supplies",
    text: "Turkey has become the largest weapons supplier to Azerbaijan.",
    gives: [["Turkey", "supplies", "Azerbaijan"]],
    notGives: [["Azerbaijan", "supplies", "Turkey"]],
  },
  {
    label: "a named possessor of 'biggest arms supplier' receives",
    text: "France remains Greece's biggest arms supplier.",
    gives: [["France", "supplies", "Greece"]],
  },
  {
    label: "the supplier of weapons to a country",
    text: "Germany is the second largest supplier of weapons to Israel.",
    gives: [["Germany", "supplies", "Israel"]],
  },
  {
    label: "the main weapons supplier of a country: the of-actor receives",
    text: "China is the main weapons supplier of Bangladesh.",
    gives: [["China", "supplies", "Bangladesh"]],
  },
  {
    label: "a supplier of goods that are no arms supplies nothing",
    text: "China is Russia's largest supplier of electronics.",
    entities: ["China", "Russia"],
    notGives: [["China", "supplies", "Russia"]],
  },
  {
    label: "a wish to become a supplier is planned",
    text: "South Korea hopes to become the main arms supplier to Poland.",
    hedged: [["South Korea", "supplies", "Poland", "planned"]],
  },
  {
    label: "a buyer of demonym-qualified weapons receives from that country",
    text: "Nigeria is the third foreign buyer of Chinese fighter jets.",
    gives: [["China", "supplies", "Nigeria"]],
  },
  {
    label: "the largest importer of a country's arms",
    text: "Algeria is the largest importer of Russian arms in Africa.",
    gives: [["Russia", "supplies", "Algeria"]],
  },
  {
    label: "a named possessor of 'arms customer' supplies",
    text: "Egypt is France's largest arms customer.",
    gives: [["France", "supplies", "Egypt"]],
    notGives: [["Egypt", "supplies", "France"]],
  },
  {
    label: "a buyer of a country's goods that are no arms receives nothing",
    text: "India is the largest buyer of Russian oil.",
    entities: ["India", "Russia"],
    notGives: [["Russia", "supplies", "India"]],
  },
  // ---- gifts and participles read as adjectives; origins of goods are no recipients
  {
    label: "a past form read as an adjective before 'by' is a participle with its agent",
    text: "The ministers posed beside Heckler & Koch G36 rifles gifted by Germany to the Kosovo Security Force.",
    gives: [["Germany", "supplies", "G36"]],
  },
  {
    label: "a government noun before a past form and a determiner: the finite verb",
    text: "The Australian government gifted the Philippine Navy with a Bay-class patrol boat.",
    gives: [["Australia", "supplies", "Philippine Navy"]],
  },
  {
    label: "gifted an army with equipment: the army receives",
    text: "Japan gifted the Sri Lanka Army with new equipment.",
    gives: [["Japan", "supplies", "Sri Lanka Army"]],
  },
  {
    label: "the demonym of goods hyphened to a participle is no recipient",
    text: "Belarus supplied Russian-made helicopters to Mali.",
    gives: [["Belarus", "supplies", "Mali"]],
    notGives: [["Belarus", "supplies", "Russia"]],
  },
  {
    label: "the demonym before the weapons supplied is no recipient",
    text: "Serbia supplied Chinese drones to the army of Burkina Faso.",
    entities: ["Serbia", "China"],
    notGives: [["Serbia", "supplies", "China"]],
  },
  {
    label: "a demonym before forces still names the recipient",
    text: "Iran supplied Russian forces with Shahed drones.",
    gives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "a deal to buy priced in US$: the buyer is the subject of the signing",
    text: "Ghana signed a US$40 million deal to buy two India-made Dornier aircraft for the Ghana Air Force.",
    gives: [["India", "supplies", "Ghana"]],
  },
  // ---- recipients of purpose infinitives and users; a company after a demonym sells; amounts
  {
    label: "the object of an infinitive of fighting is no recipient; the user is",
    text: "The British government has given four new drones to be used by the Somali National Army to fight Al-Shabaab.",
    gives: [["United Kingdom", "supplies", "Somali National Army"]],
    notGives: [["United Kingdom", "supplies", "Al-Shabaab"]],
  },
  {
    label: "the object of an infinitive of support still receives",
    text: "Iran has sent thousands of drones to support Russia in its war.",
    gives: [["Iran", "supplies", "Russia"]],
  },
  {
    label: "a company after a demonym and common nouns in a with-phrase sells, and so does its country",
    text: "Nigeria signed a deal with Chinese defence company Norinco for VN-1 armoured vehicles.",
    gives: [
      ["Norinco", "supplies", "Nigeria"],
      ["China", "supplies", "Nigeria"],
    ],
  },
  {
    label: "a company after a demonym in a from-phrase sells, and so does its country",
    text: "Indonesia bought KF-21 jets from South Korean company Korea Aerospace Industries.",
    gives: [
      ["Korea Aerospace Industries", "supplies", "Indonesia"],
      ["South Korea", "supplies", "Indonesia"],
    ],
  },
  {
    label: "a parenthesised amount between the deal and its verb",
    text: "Morocco on Monday announced a 90 million euro ($97 million) deal to purchase attack drones from Israel.",
    gives: [["Israel", "supplies", "Morocco"]],
  },
  // ---- a purchase noun inside a deal: the party that is not the buyer sells
  {
    label: "an agreement with the buyer linked to its purchase: the signer sells",
    text: "Sweden signed an agreement with Thailand covering Bangkok's purchase of four Gripen jets.",
    gives: [
      ["Sweden", "supplies", "Thailand"],
      ["Sweden", "supplies", "Gripen"],
    ],
    notGives: [["Thailand", "supplies", "Sweden"]],
  },
  {
    label: "a gerund after 'after' takes the main clause's subject as the deal's signer",
    text: "France concluded a record export deal, after signing an agreement with India tied to New Delhi's purchase of 26 Rafale jets.",
    gives: [["France", "supplies", "India"]],
    notGives: [["India", "supplies", "France"]],
  },
  {
    label: "a deal whose parties hold no buyer says nothing of the purchase",
    text: "Norway signed an agreement with Finland on Estonia's purchase of NASAMS systems.",
    entities: ["Norway", "Estonia"],
    notGives: [["Norway", "supplies", "Estonia"]],
  },
  // ---- "the company", "the shipbuilder": the only company of the nearest sentence that names one
  {
    label: "the shipbuilder in a from-phrase is the company named just before",
    text: "Navantia Corp said the frigate deal was its largest. Morocco has purchased two corvettes from the shipbuilder.",
    gives: [["Navantia", "supplies", "Morocco"]],
  },
  {
    label: "the company as subject of a supply verb is the maker named just before",
    text: "The drones were developed by Baykar. The company delivered six Bayraktar TB2 drones to Kosovo in 2023.",
    gives: [
      ["Baykar", "supplies", "Kosovo"],
      ["Baykar", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label: "the company with two companies named just before stays unresolved",
    text: "Saab and Embraer Corp signed a partnership. The company delivered four Gripen jets to Brazil.",
    entities: ["Saab", "Brazil"],
    notGives: [
      ["Saab", "supplies", "Brazil"],
      ["Embraer Corp", "supplies", "Brazil"],
    ],
  },
  {
    label: "one of the largest arms suppliers to a country",
    text: "Israel is one of the largest arms suppliers to Azerbaijan.",
    gives: [["Israel", "supplies", "Azerbaijan"]],
  },
  // ---- an object pronoun in a relative clause stands for the main clause's subject
  {
    label: "'them' after the verb of ', which' is the plural subject of the main clause",
    text: "The Polisario fighters have close ties to Algeria, which has supplied them with rifles.",
    gives: [["Algeria", "supplies", "Polisario Front"]],
  },
  {
    label: "'it' after the verb of ', which' is the country subject of the main clause",
    text: "Armenia thanked India, which has provided it with Pinaka launchers.",
    gives: [["India", "supplies", "Armenia"]],
  },
  {
    label: "'them' is no singular country of the main clause",
    text: "Israel criticised Iran, which has provided them with rockets.",
    entities: ["Israel", "Iran"],
    notGives: [["Iran", "supplies", "Israel"]],
  },
  // ---- a supply noun that only qualifies another noun tells no transfer
  {
    label: "a navy's supply ship is no supply of the ship",
    text: "The Royal Australian Navy supply ship HMAS Stalwart docked in Suva on Monday.",
    entities: ["Royal Australian Navy", "HMAS Stalwart"],
    notGives: [["Royal Australian Navy", "supplies", "HMAS Stalwart"]],
  },
  {
    label: "a country's supply lines are no supply",
    text: "Russia struck Ukraine's supply lines near Kharkiv with Iskander missiles.",
    entities: ["Ukraine", "Iskander"],
    notGives: [["Ukraine", "supplies", "Iskander"]],
  },
  // ---- a relative clause on a class of actors whose members an example list names
  {
    label: "countries who supply a country, like A and B: A and B supply it",
    text: "Countries who supply Ukraine with weapons, like Denmark and Norway, face criticism in Moscow.",
    gives: [
      ["Denmark", "supplies", "Ukraine"],
      ["Norway", "supplies", "Ukraine"],
    ],
  },
  {
    label: "countries that have sent tanks, such as A: A sends them",
    text: "Countries that have sent tanks to Kyiv, such as Portugal, now face shortages.",
    gives: [["Portugal", "supplies", "Ukraine"]],
  },
  // ---- frame engine: assessments
  {
    label: "said that X",
    text: "Japan's Defence Ministry said that North Korea launched a ballistic missile.",
    gives: [["Japanese Defence Ministry", "assesses", "North Korea"]],
  },
  {
    label: "a quoted claim and its speaker",
    text: "“China is arming Russia,” Kaja Kallas said.",
    gives: [["Kaja Kallas", "assesses", "China"]],
  },
  {
    label: "according to a country's intelligence",
    text: "Russia has received Iranian missiles, according to Ukrainian intelligence.",
    gives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "accused X of something",
    text: "Poland accused Belarus of staging a border crisis.",
    gives: [["Poland", "assesses", "Belarus"]],
  },
  {
    label: "condemned X",
    text: "The European Union condemned Iran for the drone strikes.",
    gives: [["European Union", "assesses", "Iran"]],
  },
  {
    label: "denounced X",
    text: "Lithuania denounced Belarus over the border incident.",
    gives: [["Lithuania", "assesses", "Belarus"]],
  },
  {
    label: "blamed X",
    text: "Armenia blamed Azerbaijan for the shelling.",
    gives: [["Armenia", "assesses", "Azerbaijan"]],
  },
  {
    label: "estimated that X",
    text: "The Pentagon estimated that North Korea had sent 10,000 troops to Russia.",
    gives: [["Pentagon", "assesses", "North Korea"]],
  },
  {
    label: "believe that X",
    text: "US officials believe that Iran has shipped missiles to Russia.",
    gives: [["United States", "assesses", "Iran"]],
  },
  {
    label: "told reporters that X",
    text: "Mark Rutte told reporters that China was helping Russia.",
    gives: [["Mark Rutte", "assesses", "China"]],
  },
  {
    label: "concluded without that is not an assessment",
    text: "Finland concluded talks with Sweden on Monday.",
    entities: ["Finland", "Sweden"],
    notGives: [["Finland", "assesses", "Sweden"]],
  },
  {
    label: "a report by a body speaks for it",
    text: "A NATO report concluded that Russia had rebuilt its army.",
    gives: [["NATO", "assesses", "Russia"]],
  },
  {
    label: "inverted speaker after a quote",
    text: "“Belarus is a co-aggressor,” said Olaf Scholz.",
    gives: [["Olaf Scholz", "assesses", "Belarus"]],
  },
  {
    label: "PNG, the usual short name of Papua New Guinea, is the country",
    text: "Australia handed over two patrol boats to PNG on Friday.",
    gives: [["Australia", "supplies", "Papua New Guinea"]],
    same: [["PNG", "Papua New Guinea"]],
  },
  {
    label: "an inverted verb of saying opening the sentence, the speaker before a colon and the quoted claim",
    text: "Said Foreign Minister Justin Tkatchenko: “Japan has been a reliable partner for two decades.”",
    gives: [["Justin Tkatchenko", "assesses", "Japan"]],
  },
  {
    label: "an inverted opening whose quoted claim is about the speaker's own country assesses nothing",
    text: "Said Japanese Defence Minister Minoru Kihara: “Japan has delivered radars to the Philippines.”",
    gives: [["Japan", "supplies", "Philippines"]],
    notGives: [["Minoru Kihara", "assesses", "Japan"]],
  },
  {
    label: "a speaker on its own action assesses nothing of itself",
    text: "Germany said it would not send Taurus missiles.",
    entities: ["Germany", "Taurus"],
    notGives: [["Germany", "assesses", "Germany"]],
  },
  {
    label: "warned that X",
    text: "Jens Stoltenberg warned that Russia was preparing a new offensive.",
    gives: [["Jens Stoltenberg", "assesses", "Russia"]],
  },
  {
    label: "informed without a claim is not an assessment",
    text: "Olaf Scholz informed Emmanuel Macron on Tuesday.",
    entities: ["Olaf Scholz", "Emmanuel Macron"],
    notGives: [["Olaf Scholz", "assesses", "Emmanuel Macron"]],
  },
  {
    label: "a spokesperson's claim gives the person's triple",
    text: "Kremlin spokesman Dmitry Peskov said Ukraine had attacked Belgorod.",
    gives: [["Dmitry Peskov", "assesses", "Ukraine"]],
  },
  {
    label: "reported that X",
    text: "Reuters reported that Egypt planned to send rockets to Russia.",
    gives: [["Reuters", "assesses", "Egypt"]],
  },
  // ---- the clause stage, generally: frames the clause analysis fills for any article
  {
    label: "a short parenthesis inside the object keeps the to-phrase (acronym)",
    text: "The United States donated 24 Mine-Resistant Ambush Protected (MRAP) vehicles to Nigeria.",
    gives: [
      ["United States", "supplies", "Nigeria"],
      ["United States", "supplies", "MRAP"],
    ],
  },
  {
    label: "a short parenthesis inside the object keeps the to-phrase (amount)",
    text: "Germany sent 18 Leopard 2 tanks (worth $500 million) to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a hyphened supply participle names the supplier of the weapons (US-supplied)",
    text: "Ukraine's general staff said it was using the US-supplied HIMARS to strike depots.",
    gives: [["United States", "supplies", "HIMARS"]],
  },
  {
    label: "the user of weapons hyphened to their supplier received them",
    text: "The Houthis launched Iranian-supplied Shahed-136 drones at merchant ships.",
    gives: [
      ["Iran", "supplies", "Shahed-136"],
      ["Iran", "supplies", "Houthis"],
    ],
  },
  {
    label: "a possessor of weapons hyphened to their supplier received them",
    text: "Kyiv's US-donated F-16 jets shot down a cruise missile.",
    gives: [
      ["United States", "supplies", "F-16"],
      ["United States", "supplies", "Ukraine"],
    ],
  },
  {
    label: "a hyphened maker is not a supplier",
    text: "Taiwan's US-made F-16 jets were scrambled.",
    entities: ["United States", "F-16"],
    notGives: [["United States", "supplies", "F-16"]],
  },
  {
    label: "won a contract to build X for Y: the winner supplies",
    text: "Hanwha Aerospace won a contract to build 48 K9 howitzers for Poland.",
    gives: [
      ["Hanwha Aerospace", "supplies", "Poland"],
      ["Hanwha Aerospace", "supplies", "K9"],
    ],
  },
  {
    label: "secured an order from a buyer for weapons",
    text: "Rheinmetall secured an order from Hungary for 218 Lynx infantry fighting vehicles.",
    gives: [
      ["Rheinmetall", "supplies", "Hungary"],
      ["Rheinmetall", "supplies", "Lynx"],
    ],
  },
  {
    label: "won a contract for something not a weapon is no supply",
    text: "Hyundai Rotem won a contract to build a metro line for Qatar.",
    entities: ["Qatar"],
    notGives: [["Hyundai Rotem", "supplies", "Qatar"]],
  },
  {
    label: "awarded a firm a contract for weapons: the awardee supplies the awarder",
    text: "The Peruvian Navy awarded Fincantieri a contract for two Bergamini-class frigates.",
    gives: [
      ["Fincantieri", "supplies", "Peruvian Navy"],
      ["Fincantieri", "supplies", "Bergamini-class"],
    ],
    notGives: [["Peruvian Navy", "supplies", "Fincantieri"]],
  },
  {
    label: "awarded a contract to a firm for weapons for a navy",
    text: "Brazil awarded a contract to Damen Shipyards for four Tamandare-class corvettes for the Brazilian Navy.",
    gives: [["Damen Shipyards", "supplies", "Brazilian Navy"]],
    notGives: [["Brazil", "supplies", "Damen Shipyards"]],
  },
  {
    label: "was awarded an order from a buyer: the subject supplies, the from-phrase receives",
    text: "Lockheed Martin was awarded an order from the Polish Air Force for 32 F-35 jets.",
    gives: [
      ["Lockheed Martin", "supplies", "Polish Air Force"],
      ["Lockheed Martin", "supplies", "F-35"],
    ],
    notGives: [["Polish Air Force", "supplies", "F-35"]],
  },
  {
    label: "awarded a contract to supply X with Y: the infinitive's object receives",
    text: "Saab was awarded a contract to supply the Estonian Defence Forces with RBS 70 missiles.",
    gives: [["Saab", "supplies", "Estonian Defence Forces"]],
  },
  // ---- supplies (session 15): deal nouns and light nouns
  {
    label: "agreed or struck a contract with a firm for weapons: the firm supplies",
    text: "The Irish government has agreed a 200 million euro contract with Damen to build two offshore patrol vessels. Romania struck a deal with Rheinmetall for 298 Lynx vehicles.",
    gives: [
      ["Damen Shipyards", "supplies", "Ireland"],
      ["Rheinmetall", "supplies", "Romania"],
      ["Rheinmetall", "supplies", "Lynx"],
    ],
  },
  {
    label: "agreed to sign a deal: planned, not concluded",
    text: "Peru agreed to sign a deal with Hyundai Rotem for K2 tanks.",
    hedged: [["Hyundai Rotem", "supplies", "Peru", "planned"]],
    notGives: [["Hyundai Rotem", "supplies", "Peru"]],
  },
  {
    label: "goods received as a gift or presentation from a country, even after a light noun",
    text: "The Ghana Navy received a boost to its fleet with the addition of a patrol boat as a presentation from Spain. The two patrol boats were a donation from Japan to the Togolese Navy.",
    gives: [
      ["Spain", "supplies", "Ghana Navy"],
      ["Japan", "supplies", "Togolese Navy"],
    ],
  },
  {
    label: "a gift between persons with no goods is no supply",
    text: "The book was a gift from President Emmanuel Macron to Prime Minister Narendra Modi.",
    entities: ["Emmanuel Macron", "Narendra Modi"],
    notGives: [["Emmanuel Macron", "supplies", "Narendra Modi"]],
  },
  {
    label: "goods received 'courtesy of' a country",
    text: "The Malawi Defence Force received ten ambulances courtesy of India.",
    gives: [["India", "supplies", "Malawi Defence Force"]],
  },
  {
    label: "a force that relies on equipment from a country received it",
    text: "The Botswana Defence Force relies on training and equipment from the United States.",
    gives: [["United States", "supplies", "Botswana Defence Force"]],
  },
  {
    label:
      "a force that capitalizes on equipment from a country, through its ministry: the force received it",
    text: "The Jamaica Defence Force through the Ministry of National Security capitalizes on funding and equipment from Canada.",
    gives: [["Canada", "supplies", "Jamaica Defence Force"]],
  },
  {
    label: "reliance on a country for no goods is no supply",
    text: "Serbia relies on Russia for diplomatic support at the United Nations.",
    entities: ["Serbia", "Russia"],
    notGives: [["Russia", "supplies", "Serbia"]],
  },
  {
    label: "a channel set off by commas between the supplier and its verb: the supplier before it sends",
    text: "Iran, through Hezbollah, supplied Kornet missiles to Hamas.",
    gives: [["Iran", "supplies", "Hamas"]],
    notGives: [["Hezbollah", "supplies", "Hamas"]],
  },
  {
    label: "a channel that names no actor ('through its embassy') between the supplier and its verb",
    text: "Japan through its embassy donated medical equipment to the Timor-Leste Defence Force.",
    gives: [["Japan", "supplies", "Timor-Leste Defence Force"]],
  },
  {
    label: "a channel with its place ('through its embassy in Accra') between the supplier and its verb",
    text: "China, through its embassy in Accra, donated 20 motorcycles to the Ghana Armed Forces.",
    gives: [["China", "supplies", "Ghana Armed Forces"]],
  },
  {
    label: "a ministry's purchase for a named force: the force receives, not the ministry",
    text: "The Ministry of Defence signed a contract with Hindustan Aeronautics to procure Dhruv helicopters for the Indian Navy.",
    entities: ["Ministry of Defence"],
    gives: [["Hindustan Aeronautics", "supplies", "Indian Navy"]],
    notGives: [["Hindustan Aeronautics", "supplies", "Ministry of Defence"]],
  },
  {
    label:
      "'The donation was made by X' after a told donation: X supplies that donation's recipient; after a possible one, nothing",
    text: "Forty trucks were donated to the Zambia Army on Monday by the Indian government. They included 20 water tankers. The donation was made by India's Ministry of Defence. Spain may donate patrol boats to Senegal. The donation was made by the Spanish Navy.",
    entities: ["Spanish Navy", "Senegal"],
    gives: [["Indian Ministry of Defence", "supplies", "Zambia Army"]],
    notGives: [["Spanish Navy", "supplies", "Senegal"]],
  },
  {
    label: "turned over goods to a force is a supply; a person turned over is not",
    text: "Germany turned over 20 armoured vehicles to the Mali Army. Kenya turned over the suspect to Uganda.",
    entities: ["Kenya", "Uganda"],
    gives: [["Germany", "supplies", "Mali Army"]],
    notGives: [["Kenya", "supplies", "Uganda"]],
  },
  {
    label: "a verb hyphened inside an amount before a deal noun does not govern it",
    text: "Poland has struck a 2.1 billion-zloty ($540 million) deal to supply Krab howitzers to Ukraine.",
    gives: [
      ["Poland", "supplies", "Ukraine"],
      ["Poland", "supplies", "Krab"],
    ],
  },
  {
    label: "a future purchase under a deal told before the subject is committed",
    text: "Under an agreement signed in Lima, the Peruvian Army will buy 30 Leopard 2A4 tanks from Rheinmetall.",
    gives: [
      ["Rheinmetall", "supplies", "Peruvian Army"],
      ["Rheinmetall", "supplies", "Leopard 2A4"],
    ],
  },
  {
    label: "a future purchase under a deal still being negotiated stays planned",
    text: "Under a deal still being negotiated, Vietnam will buy 12 Su-35 jets from Russia.",
    entities: ["Vietnam", "Russia"],
    notGives: [["Russia", "supplies", "Vietnam"]],
    hedged: [["Russia", "supplies", "Vietnam", "planned"]],
  },
  {
    label: "a contract to develop a weapon is no supply",
    text: "The Japanese Defense Ministry awarded a contract to Mitsubishi Heavy Industries to develop a new Type 12 missile for the Japan Maritime Self-Defense Force.",
    entities: ["Mitsubishi Heavy Industries", "Japan Maritime Self-Defense Force"],
    notGives: [
      ["Mitsubishi Heavy Industries", "supplies", "Japan Maritime Self-Defense Force"],
      ["Japanese Defense Ministry", "supplies", "Mitsubishi Heavy Industries"],
    ],
  },
  {
    label: "a contract to upgrade a weapon is no supply",
    text: "Elbit Systems was awarded a contract by the Indian Army to upgrade its Spike launchers.",
    entities: ["Elbit Systems", "Indian Army"],
    notGives: [
      ["Elbit Systems", "supplies", "Indian Army"],
      ["Indian Army", "supplies", "Elbit Systems"],
    ],
  },
  {
    label: "pledged weapons to a country",
    text: "Norway pledged 22 NASAMS launchers to Ukraine.",
    gives: [
      ["Norway", "supplies", "Ukraine"],
      ["Norway", "supplies", "NASAMS"],
    ],
  },
  {
    label: "pledged aid to a country",
    text: "Japan pledged $4.5 billion in military aid to Ukraine.",
    gives: [["Japan", "supplies", "Ukraine"]],
  },
  {
    label: "pledged support is no supply",
    text: "France pledged political support to Moldova.",
    entities: ["France", "Moldova"],
    notGives: [["France", "supplies", "Moldova"]],
  },
  {
    label: "a pledge to send named howitzers is a committed supply",
    text: "Sweden pledged to send Archer howitzers to Ukraine.",
    gives: [["Sweden", "supplies", "Ukraine"]],
  },
  {
    label: "a navy sending its own named ship somewhere deploys it",
    text: "The Royal Navy sent HMS Diamond to the Red Sea.",
    entities: ["Royal Navy", "HMS Diamond"],
    notGives: [["Royal Navy", "supplies", "HMS Diamond"]],
  },
  {
    label: "a navy dispatching its destroyer deploys it",
    text: "The US Navy dispatched USS Carney to the eastern Mediterranean.",
    entities: ["US Navy", "USS Carney"],
    notGives: [["US Navy", "supplies", "USS Carney"]],
  },
  {
    label: "a named ship handed over to another navy is still a supply",
    text: "India transferred INS Kirpan to Vietnam.",
    gives: [["India", "supplies", "Vietnam"]],
  },
  {
    label: "voiced concern about X's buildup",
    text: "Lithuania voiced concern about Russia's military buildup in Belarus.",
    gives: [["Lithuania", "assesses", "Russia"]],
  },
  {
    label: "expressed strong concern over X's activity",
    text: "The United States expressed strong concern over China's military activity near Taiwan.",
    gives: [["United States", "assesses", "China"]],
  },
  {
    label: "expressed concern about threats from X, by coordinated speakers",
    text: "Germany and Italy also expressed concern about threats from North Korea.",
    gives: [
      ["Germany", "assesses", "North Korea"],
      ["Italy", "assesses", "North Korea"],
    ],
  },
  {
    label: "expressed support for X",
    text: "The European Union expressed support for Armenia's sovereignty.",
    gives: [["European Union", "assesses", "Armenia"]],
  },
  {
    label: "'told reporters' and a claim without 'that': the name after the addressee noun opens the claim",
    text: "Kenji Sato told reporters Ghana had been a reliable partner.",
    gives: [["Kenji Sato", "assesses", "Ghana"]],
  },
  {
    label: "'told reporters on Monday' and a claim without 'that': past the time phrase",
    text: "Japanese Defence Minister Kenji Sato told reporters on Monday Ghana had been a reliable partner.",
    gives: [["Kenji Sato", "assesses", "Ghana"]],
  },
  {
    label: "'told parliament' and a claim without 'that'",
    text: "Kenji Sato told parliament Russia had sent troops to the border.",
    gives: [["Kenji Sato", "assesses", "Russia"]],
  },
  {
    label: "a named addressee is not what the claim told to it is about",
    text: "Kenji Sato told Lloyd Austin on Monday the talks went well.",
    entities: ["Kenji Sato", "Lloyd Austin"],
    notGives: [["Kenji Sato", "assesses", "Lloyd Austin"]],
  },
  {
    label: "a quoted 'this is testament to X's commitment' judges X",
    text: "“This is testament to Australia’s commitment to Fiji,” Prime Minister Sitiveni Rabuka remarked.",
    gives: [["Sitiveni Rabuka", "assesses", "Australia"]],
  },
  {
    label: "a reported 'was a testament to X's commitment' judges X",
    text: "Prime Minister Sitiveni Rabuka said the vessel was a testament to Australia's commitment to Fiji.",
    gives: [["Sitiveni Rabuka", "assesses", "Australia"]],
  },
  {
    label: "'a clear sign of X's support' judges X",
    text: "President Wavel Ramkalawan said the aircraft was a clear sign of India's support for Seychelles.",
    gives: [["Wavel Ramkalawan", "assesses", "India"]],
  },
  {
    label: "a negated testament judges no one",
    text: "“This is not a testament to Australia’s commitment,” Sitiveni Rabuka said.",
    entities: ["Sitiveni Rabuka", "Australia"],
    notGives: [["Sitiveni Rabuka", "assesses", "Australia"]],
  },
  {
    label: "'protested the incident to X': past an object that names no actor, the to-phrase is judged",
    text: "Nepal sternly protested the incident to India.",
    gives: [["Nepal", "assesses", "India"]],
  },
  {
    label: "'protested the latest border incident to X on Monday'",
    text: "Bangladesh strongly protested the latest border incident to Myanmar on Monday.",
    gives: [["Bangladesh", "assesses", "Myanmar"]],
  },
  {
    label: "a place after 'in' is no topic of a protest",
    text: "Nepal protested the incident in India.",
    notGives: [["Nepal", "assesses", "India"]],
  },
  {
    label: "a warning about an event in a place judges no one",
    text: "Kenya warned the public about the floods in Uganda.",
    notGives: [["Kenya", "assesses", "Uganda"]],
  },
  {
    label: "alarm voiced 'regarding' X's act judges X",
    text: "Somalia voiced profound alarm regarding Ethiopia's shipments of arms.",
    gives: [["Somalia", "assesses", "Ethiopia"]],
  },
  {
    label: "a denunciation issued 'concerning' X's act judges X",
    text: "The Somali government issued a vehement denunciation concerning Ethiopia's arms shipments to Puntland.",
    gives: [["Somalia", "assesses", "Ethiopia"]],
  },
  {
    label: "displeasure voiced 'toward' X judges X",
    text: "Egypt conveyed its displeasure towards Ethiopia over the dam.",
    gives: [["Egypt", "assesses", "Ethiopia"]],
  },
  {
    label: "concern 'regarding' an act of no named party judges no one",
    text: "Pakistan expressed deep concern regarding the missile test in India.",
    notGives: [["Pakistan", "assesses", "India"]],
  },
  {
    label: "emphasising the support given by X acknowledges X",
    text: "Alan Ganoo, in his address, emphasized the continued support given by India to the coast guard.",
    gives: [["Alan Ganoo", "assesses", "India"]],
  },
  {
    label: "noting X's leadership acknowledges X",
    text: "Lloyd Austin noted Poland's leadership in supporting Ukraine.",
    gives: [["Lloyd Austin", "assesses", "Poland"]],
  },
  {
    label: "underlining X's commitment acknowledges X",
    text: "Foreign Minister Penny Wong underlined Japan's commitment to regional security.",
    gives: [["Penny Wong", "assesses", "Japan"]],
  },
  {
    label: "stressing the need for cooperation with X is a policy, not a judgement of X",
    text: "Japan stressed the need for cooperation with China.",
    notGives: [["Japan", "assesses", "China"]],
  },
  {
    label: "noting the efforts of an unnamed party judges no one",
    text: "Lloyd Austin noted the efforts to rebuild the bridge in Poland.",
    notGives: [["Lloyd Austin", "assesses", "Poland"]],
  },
  {
    label: "highlighting the dedication of one's own country's forces is news of one's own side",
    text: "Kenya highlighted the dedication of the Kenya Defence Forces in Somalia.",
    notGives: [["Kenya", "assesses", "Kenya Defence Forces"]],
  },
  {
    label: "noting the dedication of one's own country's forces is news of one's own side",
    text: "Kenya noted the dedication of the Kenya Defence Forces in Somalia.",
    notGives: [["Kenya", "assesses", "Kenya Defence Forces"]],
  },
  {
    label: "raised concerns that X would …: the claim's subject",
    text: "Matthew Miller, a spokesperson for the State Department, raised concerns that Russia might supply fighter jets to North Korea.",
    gives: [["Matthew Miller", "assesses", "Russia"]],
    hedged: [["Russia", "supplies", "North Korea", "possible"]],
  },
  {
    label: "concern over a place names no actor",
    text: "Japan expressed concern over the situation in Gaza.",
    entities: ["Japan", "Gaza"],
    notGives: [["Japan", "assesses", "Gaza"]],
  },
  {
    label: "a denial of an accusation told just before assesses the accuser",
    text: "NATO accused Russia of sending tanks into eastern Ukraine. Russia denied the accusations on Wednesday.",
    gives: [
      ["NATO", "assesses", "Russia"],
      ["Russia", "assesses", "NATO"],
    ],
  },
  {
    label: "denied it: the pronoun stands for the accusation before",
    text: "Poland accused Belarus of pushing migrants across the border. Minsk denied it.",
    gives: [["Belarus", "assesses", "Poland"]],
  },
  {
    label: "rejected the accusations in the same sentence",
    text: "Lithuania accused Belarus of orchestrating the crossings, but Minsk rejected the accusations.",
    gives: [["Belarus", "assesses", "Lithuania"]],
  },
  {
    label: "condemned the launch: an act noun refers back to the one actor of the act told just before",
    text: "North Korea fired two cruise missiles into the sea on Sunday. South Korea condemned the launch.",
    gives: [["South Korea", "assesses", "North Korea"]],
  },
  {
    label: "denounced these actions: a general act noun stands for any act told just before",
    text: "Eritrea moved troops into the disputed town of Badme. Ethiopia denounced these actions.",
    gives: [["Ethiopia", "assesses", "Eritrea"]],
  },
  {
    label: "called the attack barbaric: an act noun with a predicate after a verb of calling",
    text: "Russia attacked a power plant in Kharkiv on Friday. Poland called the attack barbaric.",
    gives: [["Poland", "assesses", "Russia"]],
  },
  {
    label: "described the strikes as: an act told by the object noun of a verb of carrying out",
    text: "Israel carried out air strikes on Beirut. Jordan described the strikes as a violation of Lebanese sovereignty.",
    gives: [["Jordan", "assesses", "Israel"]],
  },
  {
    label: "condemned it: a pronoun object stands for the act of the sentence before",
    text: "Azerbaijan shelled Armenian villages overnight. France strongly condemned it.",
    gives: [["France", "assesses", "Azerbaijan"]],
  },
  {
    label: "labelled this act as: an act noun with its agent after an of-phrase in the sentence before",
    text: "Kenya protested the shipment of rifles from Uganda. The Kenyan foreign ministry labelled this act as a breach of the embargo.",
    gives: [["Kenyan foreign ministry", "assesses", "Uganda"]],
  },
  {
    label: "condemned the attacks: two actors of the acts before, no judged party",
    text: "Sudan bombed Chadian villages and Chad shelled Sudanese posts. Egypt condemned the attacks.",
    entities: ["Sudan", "Chad", "Egypt"],
    notGives: [
      ["Egypt", "assesses", "Sudan"],
      ["Egypt", "assesses", "Chad"],
    ],
  },
  {
    label: "praised the launch of its own country: an own-side act is no assessment",
    text: "Japan launched a new destroyer on Monday. Japanese Defence Minister Minoru Kihara praised the launch.",
    entities: ["Japan", "Minoru Kihara"],
    notGives: [["Minoru Kihara", "assesses", "Japan"]],
  },
  {
    label: "condemned the launch of an act not done: a negated act refers to no actor",
    text: "North Korea did not fire any missiles on Monday. Japan condemned the launch.",
    entities: ["North Korea", "Japan"],
    notGives: [["Japan", "assesses", "North Korea"]],
  },
  {
    label: "an act told by its forces' demonym: 'Russian troops shelled …' refers 'the attack' to Russia",
    text: "Russian troops shelled the village on Monday. Ukraine condemned the attack.",
    gives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "an incursion by a country's jets, a model between: 'two Venezuelan Su-30 jets violated …'",
    text: "Two Venezuelan Su-30 jets violated Guyana's airspace on Monday. Guyana condemned the incursion.",
    gives: [["Guyana", "assesses", "Venezuela"]],
  },
  {
    label: "a body's craft act for the body: 'Chinese coast guard vessels fired …'",
    text: "Chinese coast guard vessels fired water cannon at a Philippine boat on Monday. The Philippines condemned the action.",
    gives: [["Philippines", "assesses", "China Coast Guard"]],
  },
  {
    label:
      "a passive act's agent after 'from': 'shells were fired from Myanmar' refers 'the attack' to Myanmar",
    text: "Mortar shells were fired from Myanmar into Bangladesh on Sunday. Bangladesh condemned the attack.",
    gives: [["Bangladesh", "assesses", "Myanmar"]],
  },
  {
    label: "a participle's agent: 'shells fired from Myanmar landed …' refers 'these actions' to Myanmar",
    text: "Mortar shells fired from Myanmar landed in Bangladesh on Sunday. Bangladesh strongly condemned these actions.",
    gives: [["Bangladesh", "assesses", "Myanmar"]],
  },
  {
    label: "a passive act's agent after 'by': 'a drone was launched by Russia'",
    text: "A drone was launched by Russia at the port of Izmail. Romania condemned the attack.",
    gives: [["Romania", "assesses", "Russia"]],
  },
  {
    label: "a maker's mark is no actor: 'Russian-made drones entered …'",
    text: "Russian-made drones entered Moldovan airspace on Tuesday. Moldova protested the incident.",
    notGives: [["Moldova", "assesses", "Russia"]],
  },
  {
    label: "people of a country are not its forces: 'Russian tourists entered …'",
    text: "Russian tourists entered the border zone on Tuesday. Finland condemned the incident.",
    notGives: [["Finland", "assesses", "Russia"]],
  },
  {
    label: "'seized from X': the one a seizure is done to is not its actor",
    text: "Weapons were seized from Hamas fighters on Monday. Israel condemned the attack.",
    notGives: [["Israel", "assesses", "Hamas"]],
  },
  {
    label: "coordinated demonyms tell no one actor of the act",
    text: "Russian and Belarusian troops shelled the village. Ukraine condemned the attack.",
    notGives: [
      ["Ukraine", "assesses", "Russia"],
      ["Ukraine", "assesses", "Belarus"],
    ],
  },
  {
    label: "condemned the plan: a planned act refers to no actor",
    text: "Iran plans to launch a satellite next week. Israel condemned the launch.",
    entities: ["Iran", "Israel"],
    notGives: [["Israel", "assesses", "Iran"]],
  },
  {
    label: "reported the launch: an outlet that relays an act does not judge it",
    text: "Pakistan tested a Shaheen-III missile on Tuesday. Reuters reported the launch.",
    entities: ["Pakistan", "Reuters"],
    notGives: [["Reuters", "assesses", "Pakistan"]],
  },
  {
    label: "denied the attack: the act told as an accusation against the speaker is its own side",
    text: "Russia accused Ukraine of attacking a fuel depot. Kyiv denied the attack.",
    entities: ["Russia", "Ukraine"],
    notGives: [["Ukraine", "assesses", "Ukraine"]],
  },
  {
    label: "rejected these statements: a demonstrative before the report noun refers back like the article",
    text: "Iranian President Masoud Pezeshkian said Bahrain was hosting hostile forces. Bahrain's Foreign Ministry rejected these statements.",
    gives: [["Foreign Ministry", "assesses", "Masoud Pezeshkian"]],
  },
  {
    label: "called those claims false: a demonstrative report noun judged by a verb of calling",
    text: "Tanzanian President Samia Hassan accused Kenya of arming rebels. Kenyan Defence Secretary Aden Duale called those claims false.",
    gives: [["Aden Duale", "assesses", "Samia Hassan"]],
  },
  {
    label: "said the accusations were baseless: a claim about the accusations told before judges the accuser",
    text: "Sudan accused Chad of letting arms cross its border. Chadian Foreign Minister Abderaman Koulamallah said the accusations were baseless.",
    gives: [
      ["Sudan", "assesses", "Chad"],
      ["Abderaman Koulamallah", "assesses", "Sudan"],
    ],
  },
  {
    label: "a quoted claim about these allegations judges whoever made them",
    text: 'Ethiopia accused Eritrea of backing rebels in Tigray. "These allegations are absurd," Eritrean Information Minister Yemane Meskel said.',
    gives: [["Yemane Meskel", "assesses", "Ethiopia"]],
  },
  {
    label: "according to the ministry, the statements …: the statements made by a person told before are his",
    text: "Estonia lodged a protest against statements made by Hungarian Foreign Minister Peter Szijjarto. According to the Foreign Ministry, the statements contained false claims.",
    gives: [
      ["Estonia", "assesses", "Peter Szijjarto"],
      ["Foreign Ministry", "assesses", "Peter Szijjarto"],
    ],
  },
  {
    label: "said such remarks …: a possessor of the remarks told before is their author",
    text: "Moldova protested against Russian Foreign Minister Maria Zakharova's remarks. The Moldovan Foreign Ministry said such remarks undermined regional stability.",
    gives: [["Moldovan Foreign Ministry", "assesses", "Maria Zakharova"]],
  },
  {
    label: "the statements told by a demonym, a title and a name: the person is their author",
    text: "Finland protested against statements made by Belarusian ruler Alexander Lukashenko. The Finnish Foreign Ministry said the statements were unacceptable.",
    gives: [["Finnish Foreign Ministry", "assesses", "Alexander Lukashenko"]],
  },
  {
    label: "a document speaks with 'read' after a quotation: 'the statement read', 'a statement by X read'",
    text: "The Croatian Foreign Ministry issued a statement on Monday. \u201cSerbia has violated our airspace forty times,\u201d the statement read. \u201cAlgeria keeps arming the Polisario Front,\u201d a statement by the Moroccan Foreign Ministry read.",
    gives: [
      ["Croatian Foreign Ministry", "assesses", "Serbia"],
      ["Moroccan Foreign Ministry", "assesses", "Algeria"],
    ],
  },
  {
    label: "a document as an inverted speaker after a quotation, and a possessed document as a subject",
    text: "\u201cAzerbaijan has violated the ceasefire,\u201d said a statement by the Armenian Foreign Ministry. The Lithuanian Defence Ministry's statement said Belarus had massed troops on the border.",
    gives: [
      ["Armenian Foreign Ministry", "assesses", "Azerbaijan"],
      ["Lithuanian Defence Ministry", "assesses", "Belarus"],
    ],
  },
  {
    label: "'read' in its other senses, and a possessed document about the speaker's own plans, judge no one",
    text: "The minister read the letter that Putin had sent to Erdogan. Turkish Foreign Minister Hakan Fidan read a statement on Monday. The Estonian Foreign Ministry's statement said Foreign Minister Margus Tsahkna would travel to Brussels on Monday.",
    entities: ["Putin", "Erdogan", "Hakan Fidan", "Estonian Foreign Ministry", "Margus Tsahkna"],
    notGives: [
      ["Putin", "assesses", "Erdogan"],
      ["Hakan Fidan", "assesses", "Turkey"],
      ["Estonian Foreign Ministry", "assesses", "Margus Tsahkna"],
    ],
  },
  {
    label: "the statement said, after statements made by another: one statement is not the statements",
    text: "Poland protested against statements made by Belarusian ruler Alexander Lukashenko. Russia was escalating tensions on the border, the statement said.",
    entities: ["Alexander Lukashenko", "Russia"],
    notGives: [["Alexander Lukashenko", "assesses", "Russia"]],
  },
  {
    label: "a claim about the speaker's own statement judges no one",
    text: "Swedish Defence Minister Pal Jonson issued a statement after Russian jets crossed into Swedish airspace. Jonson said the statement reflected the views of the government.",
    entities: ["Pal Jonson", "Russia"],
    notGives: [["Pal Jonson", "assesses", "Russia"]],
  },
  {
    label: "remarks that would be answered: a plan about the remarks, no judgement of their author",
    text: "Hungarian Foreign Minister Peter Szijjarto criticised Sweden on Monday. Swedish Foreign Minister Maria Stenergard said the remarks would be answered in parliament.",
    entities: ["Peter Szijjarto", "Maria Stenergard"],
    notGives: [["Maria Stenergard", "assesses", "Peter Szijjarto"]],
  },
  {
    label: "a denial with no accusation before it assesses no one",
    text: "Egypt and Sudan held talks in Cairo. Egypt denied it on Monday.",
    entities: ["Egypt", "Sudan"],
    notGives: [["Egypt", "assesses", "Sudan"]],
  },
  {
    label: "dismissed the US accusation: a modifier before the report noun is its author",
    text: "Sergei Lavrov dismissed the US accusation of North Korean arms transfers.",
    gives: [["Sergei Lavrov", "assesses", "United States"]],
  },
  {
    label: "rejected X's account",
    text: "Ukraine's air force rejected Russia's account of the strike.",
    gives: [["Ukrainian Air Force", "assesses", "Russia"]],
  },
  {
    label: "said X has evidence of Y …ing: the claim is about what the evidence proves",
    text: "Israeli Ambassador Danny Danon said Israel has evidence of Iran smuggling weapons to Hezbollah.",
    gives: [["Danny Danon", "assesses", "Iran"]],
  },
  {
    label: "have proof that Y …: the subject of the clause proven",
    text: "Danny Danon said that investigators have proof that Iran smuggled the weapons.",
    gives: [["Danny Danon", "assesses", "Iran"]],
  },
  {
    label: "has no evidence of Y …ing: a denial of evidence judges no one",
    text: "Dmitry Peskov said the Kremlin had no evidence of Ukraine plotting the attack.",
    entities: ["Dmitry Peskov", "Ukraine"],
    notGives: [["Dmitry Peskov", "assesses", "Ukraine"]],
  },
  // ---- a claim whose subject names no actor judges the owner of a word of judgement in its predicate
  {
    label: "said the statements remind the world of X's real intentions: the possessor is judged",
    text: "The Greek Foreign Ministry said these remarks remind the international community of Iran's “real intentions”.",
    gives: [["Greek Foreign Ministry", "assesses", "Iran"]],
  },
  {
    label:
      "said the drills were part of X's aggressive policy: the possessor of an evaluative adjective's noun",
    text: "Admiral Kenji Mori said the drills were part of China's aggressive policy in the region.",
    gives: [["Kenji Mori", "assesses", "China"]],
  },
  {
    label: "said the launches were further X provocations: a demonym owner",
    text: "Foreign Minister Cho Tae-yul said the launches were further North Korean provocations.",
    gives: [["Cho Tae-yul", "assesses", "North Korea"]],
  },
  {
    label: "“… is evidence of the goodwill of X,” said Y: the of-phrase owner in a quotation",
    text: "“This donation is evidence of the goodwill of the Republic of Korea,” said Navy Secretary Juan Perez.",
    gives: [["Juan Perez", "assesses", "South Korea"]],
  },
  {
    label: "says the attack is proof X is providing arms: the subject of the clause proven, without that",
    text: "Peru's foreign minister, Ana Lopez, says a failed attack by the rebels on a Chilean patrol boat is proof Bolivia is providing arms to rebels.",
    gives: [["Ana Lopez", "assesses", "Bolivia"]],
    notGives: [["Ana Lopez", "assesses", "Chile"]],
  },
  {
    label: "said the report was no proof of X's involvement: a denied judgement judges no one",
    text: "Juan Perez said the report was no proof of Iran's involvement.",
    entities: ["Juan Perez", "Iran"],
    notGives: [["Juan Perez", "assesses", "Iran"]],
  },
  {
    label: "said the meeting showed the goodwill between X and Y: a tie's two sides are not judged",
    text: "Juan Perez said the meeting was an expression of the goodwill between Peru and Chile.",
    entities: ["Juan Perez", "Peru", "Chile"],
    notGives: [
      ["Juan Perez", "assesses", "Peru"],
      ["Juan Perez", "assesses", "Chile"],
    ],
  },
  {
    label: "said the donation shows our goodwill: a pronoun owner is the speaker's own side",
    text: "Mexican Navy Secretary Juan Perez said the donation to Guatemala is evidence of our goodwill.",
    entities: ["Juan Perez", "Guatemala"],
    notGives: [["Juan Perez", "assesses", "Guatemala"]],
  },
  {
    label:
      "said investigators gathered evidence from X's prosecutors: a noun of evidence judges no one it names",
    text: "Dutch Defence Minister Anna de Vries said investigators had gathered evidence from Ukraine's prosecutors.",
    entities: ["Anna de Vries", "Ukraine"],
    notGives: [["Anna de Vries", "assesses", "Ukraine"]],
  },
  {
    label: "said the officers would present evidence to the X delegation: evidence handed over judges no one",
    text: "Kenyan Defence Secretary Peter Otieno said the officers would present evidence to the Tanzanian delegation.",
    entities: ["Peter Otieno", "Tanzania"],
    notGives: [["Peter Otieno", "assesses", "Tanzania"]],
  },
  {
    label:
      "said the statements were interference in the affairs of X: the judged is not the one named after in",
    text: "Cypriot Foreign Minister Nikos Georgiou said the statements were interference in the affairs of Lebanon.",
    entities: ["Nikos Georgiou", "Lebanon"],
    notGives: [["Nikos Georgiou", "assesses", "Lebanon"]],
  },
  {
    label: "said the boats came from the generosity and largesse of X: the agent after two coordinated nouns",
    text: "Cabinet Secretary Maria Santos said the new boats were a result of generosity and largesse of Japan.",
    gives: [["Maria Santos", "assesses", "Japan"]],
  },
  {
    label: "said the exercise showed the professionalism of X: the of-phrase owner is judged",
    text: "Philippine Navy spokesman Ramon Cruz said the exercise showed the professionalism of the Australian Navy.",
    gives: [["Ramon Cruz", "assesses", "Australian Navy"]],
  },
  {
    label: "it is the Nth time X …: a cleft's clause is the claim",
    text: "Ali Bongo noted that it is the third time China is supporting the armed forces of Gabon.",
    gives: [["Ali Bongo", "assesses", "China"]],
  },
  {
    label: "it was the first time the navy …: a cleft about no actor assesses no one",
    text: "Ali Bongo noted that it was the first time the navy of Gabon had taken part in the exercise.",
    entities: ["Ali Bongo", "Gabon"],
    notGives: [["Ali Bongo", "assesses", "Gabon"]],
  },
  {
    label: "a rejection assesses every accuser of the rejecter in the sentences before",
    text:
      "Guyana accused Venezuela of massing troops on the border. The accusation was made by Guyanese " +
      "Ambassador Carolyn Rodrigues, who stated that Venezuela had moved tanks to the frontier. " +
      "Venezuela dismissed the allegation.",
    gives: [
      ["Venezuela", "assesses", "Guyana"],
      ["Venezuela", "assesses", "Carolyn Rodrigues"],
      ["Carolyn Rodrigues", "assesses", "Venezuela"],
    ],
  },
  {
    label: "called the accusations “absurd”: an envoy judges whoever accused his country just before",
    text:
      "Ukraine accused Russia of deporting children. Russian Ambassador Vassily Nebenzia called " +
      "the accusations “absurd”.",
    gives: [["Vassily Nebenzia", "assesses", "Ukraine"]],
  },
  {
    label: "described the allegations as baseless: the allegations told just before",
    text: "Armenia accused Azerbaijan of shelling the village. Azerbaijan described the allegations as baseless.",
    gives: [["Azerbaijan", "assesses", "Armenia"]],
  },
  {
    label: "called the report by X “fiction”: the report's author is judged",
    text: "Dmitry Peskov called the report by Reuters “pure fiction”.",
    gives: [["Dmitry Peskov", "assesses", "Reuters"]],
  },
  {
    label: "called accusations against another party credible judges no accuser",
    text: "Ukraine accused Russia of deporting children. Poland called the accusations “credible”.",
    entities: ["Poland", "Ukraine"],
    notGives: [["Poland", "assesses", "Ukraine"]],
  },
  {
    label: "called for an inquiry into claims by X is an appeal, not a judgement of X",
    text: "Antony Blinken called for an investigation into the claims by Russia.",
    entities: ["Antony Blinken", "Russia"],
    notGives: [["Antony Blinken", "assesses", "Russia"]],
  },
  {
    label: "a passive verb of describing keeps its roles beside report nouns",
    text: "Iran was described as a threat by Israel.",
    gives: [["Israel", "assesses", "Iran"]],
  },
  {
    label: "an envoy rejecting accusations against his country assesses the accuser",
    text: "Guyana accused Venezuela of massing troops. Venezuelan Ambassador Samuel Moncada rejected the accusations.",
    gives: [["Samuel Moncada", "assesses", "Guyana"]],
  },
  {
    label: "said he had asked X to …: the one asked in a claim about oneself is appealed to, not judged",
    text: "Olaf Scholz said he had urged China to use its influence.",
    entities: ["Olaf Scholz", "China"],
    notGives: [["Olaf Scholz", "assesses", "China"]],
  },
  {
    label: "a report by X concluded that …: the report's author speaks",
    text: "A report by the European Commission concluded that Hungary had breached the rules.",
    gives: [["European Commission", "assesses", "Hungary"]],
  },
  {
    label: "a statement by X said …: the statement's author speaks",
    text: "A statement by the Armenian Foreign Ministry also said the Azerbaijani leadership would bear full responsibility.",
    gives: [["Armenian Foreign Ministry", "assesses", "Azerbaijan"]],
  },
  {
    label: "a report seen by X said …: the one who saw the report is not its author",
    text: "A report seen by Reuters said Iran had shipped drones to Sudan.",
    entities: ["Reuters", "Iran"],
    notGives: [["Reuters", "assesses", "Iran"]],
  },
  {
    label:
      "said the ministers were united in condemning X's invasion: a later stance verb's object is judged",
    text: "Kaja Kallas said the ministers were united in condemning Russia's invasion.",
    gives: [["Kaja Kallas", "assesses", "Russia"]],
  },
  {
    label: "a quoted claim about no actor that goes on to oppose X's attempts judges X",
    text: "“Our two countries are unanimous when it comes to opposing Moscow's attempts to divide Europe,” Kaja Kallas said.",
    gives: [["Kaja Kallas", "assesses", "Russia"]],
  },
  {
    label: "said the council did not condemn X's actions: a denied stance judges no one",
    text: "Kaja Kallas said the council did not condemn Russia's actions.",
    entities: ["Kaja Kallas", "Russia"],
    notGives: [["Kaja Kallas", "assesses", "Russia"]],
  },
  {
    label: "said the resolution failed to condemn X: a failed stance judges no one",
    text: "Kaja Kallas said the resolution failed to condemn Russia's invasion.",
    entities: ["Kaja Kallas", "Russia"],
    notGives: [["Kaja Kallas", "assesses", "Russia"]],
  },
  {
    label: "officials in X confirmed the delivery of … by a <demonym> ship: the act's agent is judged",
    text: "Military officials in Kenya confirmed the delivery of a cache of rifles by a Turkish cargo ship.",
    gives: [["Kenya", "assesses", "Turkey"]],
  },
  {
    label: "confirmed the arrival of <demonym> vehicles: the goods' origin after a preposition is not judged",
    text: "Officials in Kenya confirmed the arrival of Chinese vehicles in Mombasa.",
    entities: ["Kenya", "China"],
    notGives: [["Kenya", "assesses", "China"]],
  },
  {
    label: "confirmed the sale of jets to X: the recipient is not judged",
    text: "Lloyd Austin confirmed the sale of jets to Greece.",
    entities: ["Lloyd Austin", "Greece"],
    notGives: [["Lloyd Austin", "assesses", "Greece"]],
  },
  {
    label: "questioned why X …: the subject of the questioned clause is judged",
    text: "Antony Blinken questioned why Iran's government refuses to return to the talks.",
    gives: [["Antony Blinken", "assesses", "Iran"]],
  },
  {
    label:
      "called the claims “false” and questioned whether X …: a quoted word does not break the shared subject",
    text: "Venezuelan Ambassador Samuel Moncada called the claims “false” and questioned whether Guyana wanted peace.",
    gives: [["Samuel Moncada", "assesses", "Guyana"]],
  },
  {
    label: "questioned the need for sanctions on X: no clause, no judgement",
    text: "Antony Blinken questioned the need for new sanctions on Iran.",
    entities: ["Antony Blinken", "Iran"],
    notGives: [["Antony Blinken", "assesses", "Iran"]],
  },
  {
    label: "reporters asked X whether Y …: a question asked is no judgement",
    text: "Reporters asked Antony Blinken whether Israel had used American weapons.",
    entities: ["Antony Blinken", "Israel"],
    notGives: [["Antony Blinken", "assesses", "Israel"]],
  },
  {
    label: "“we are grateful to X for …”: a quoted claim of gratitude thanks X",
    text: "“We are grateful to India for this generous donation,” Hakainde Hichilema said.",
    gives: [["Hakainde Hichilema", "assesses", "India"]],
  },
  {
    label: "said Y was thankful to X for …: the one thanked is judged, not the thankful side",
    text: "Cyril Ramaphosa said South Africa was thankful to Japan for the donation.",
    gives: [["Cyril Ramaphosa", "assesses", "Japan"]],
  },
  {
    label: "paid tribute to X for its assistance: a tribute praises X",
    text: "Cyril Ramaphosa paid tribute to India for its assistance.",
    gives: [["Cyril Ramaphosa", "assesses", "India"]],
  },
  {
    label: "paid a visit to X is no tribute",
    text: "Cyril Ramaphosa paid a visit to India last week.",
    entities: ["Cyril Ramaphosa", "India"],
    notGives: [["Cyril Ramaphosa", "assesses", "India"]],
  },
  {
    label: "said that, according to X, Y …: the phrase after “that” opens the claim, it does not close one",
    text: "Kaja Kallas said that, according to Estonian intelligence, Belarus had trained the units.",
    gives: [
      ["Kaja Kallas", "assesses", "Belarus"],
      ["Estonia", "assesses", "Belarus"],
    ],
    notGives: [["Estonia", "assesses", "Kaja Kallas"]],
  },
  {
    label: "said that, despite sanctions, X …: the claim's subject after a phrase set off by commas",
    text: "Kaja Kallas said that, despite the sanctions, Iran had supplied hundreds of drones to Russia.",
    gives: [["Kaja Kallas", "assesses", "Iran"]],
  },
  {
    label: "an appeal's reason after “, as” is a claim about its subject",
    text: "Joseph Wu said that the foreign ministry should be on the alert, as Beijing has not abandoned its strategy of poaching allies.",
    gives: [["Joseph Wu", "assesses", "China"]],
  },
  {
    label: "an appeal's reason after “because” is a claim about its subject",
    text: "Kaja Kallas said Europe must spend more on defence because Russia is rebuilding its army.",
    gives: [["Kaja Kallas", "assesses", "Russia"]],
  },
  {
    label: "said X should be ready to …: an appeal with “be” judges no one",
    text: "Kaja Kallas said Ukraine should be ready to negotiate.",
    entities: ["Kaja Kallas", "Ukraine"],
    notGives: [["Kaja Kallas", "assesses", "Ukraine"]],
  },
  {
    label: "said X must be held accountable: a passive after the modal still judges its subject",
    text: "Kaja Kallas said Russia must be held accountable for the attack.",
    gives: [["Kaja Kallas", "assesses", "Russia"]],
  },
  {
    label: "dismissed <demonym> attempts: the owner of the act rejected is judged",
    text: "Wang Yi also dismissed Philippine attempts to internationalise the dispute.",
    gives: [["Wang Yi", "assesses", "Philippines"]],
  },
  {
    label: "rejected attempts by X: the agent of the act rejected is judged",
    text: "Hakan Fidan rejected attempts by Greece to militarise the islands.",
    gives: [["Hakan Fidan", "assesses", "Greece"]],
  },
  {
    label: "rejected attempts to isolate X: the victim of the act rejected is not judged",
    text: "Wang Yi rejected attempts to isolate Taiwan.",
    entities: ["Wang Yi", "Taiwan"],
    notGives: [["Wang Yi", "assesses", "Taiwan"]],
  },
  {
    label: "rejected the attempts: an act noun does not refer back to an accusation",
    text: "Serbia accused Kosovo of provoking the clashes. Kosovo rejected the attempts, saying they would fail.",
    gives: [["Serbia", "assesses", "Kosovo"]],
    notGives: [["Kosovo", "assesses", "Serbia"]],
  },
  {
    label: "cites X as saying that …: the one quoted assesses",
    text: "The newspaper cited Pentagon officials as saying that China had shipped drone parts to Russia.",
    gives: [
      ["Pentagon", "assesses", "China"],
      ["China", "supplies", "Russia"],
    ],
  },
  {
    label: "quoted X as saying (no that)",
    text: "Interfax quoted the FSB as saying the case against Wagner fighters had been closed.",
    gives: [["FSB", "assesses", "Wagner"]],
  },
  {
    label: "was quoted as saying: the passive subject assesses",
    text: "Dmitry Peskov was quoted as saying that Ukraine had shelled Belgorod.",
    gives: [["Dmitry Peskov", "assesses", "Ukraine"]],
  },
  {
    label: "reported X as claiming: an outlet reports unnamed officials of a country, who assess",
    text: "The Washington Post reported Malian officials as claiming that Wagner fighters had been aided by Algeria.",
    gives: [["Mali", "assesses", "Wagner"]],
    notGives: [["Washington Post", "assesses", "Wagner"]],
  },
  {
    label: "reported X as saying: a named minister reported by an outlet assesses",
    text: "The Guardian reported Ghanaian Defence Minister Omane Boamah as saying that Togo had sheltered the rebels.",
    gives: [["Omane Boamah", "assesses", "Togo"]],
  },
  {
    label: "reported X as missing: no speaker, no assessment",
    text: "The Kenyan army reported two soldiers from Somalia as missing after the clash.",
    entities: ["Kenyan army", "Somalia"],
    notGives: [["Kenyan army", "assesses", "Somalia"]],
  },
  {
    label: "citing a source without 'as saying' is no assessment by it",
    text: "Yonhap reported that Pyongyang fired two missiles, citing the Joint Chiefs of Staff.",
    entities: ["Joint Chiefs of Staff", "North Korea"],
    notGives: [["Joint Chiefs of Staff", "assesses", "North Korea"]],
  },
  {
    label: "the passive voice swaps a judgement's roles (accused by)",
    text: "Russia was accused by Ukraine of shelling the Zaporizhzhia plant.",
    gives: [["Ukraine", "assesses", "Russia"]],
    notGives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "the passive voice swaps a judgement's roles (condemned by)",
    text: "Iran was condemned by the European Union for sending drones to Russia.",
    gives: [["European Union", "assesses", "Iran"]],
    notGives: [["Iran", "assesses", "European Union"]],
  },
  {
    label: "a passive judgement without an agent names no judge",
    text: "North Korea was accused of shipping artillery shells, Japan said.",
    entities: ["North Korea", "Japan"],
    notGives: [["North Korea", "assesses", "Japan"]],
  },
  {
    label: "accusations denied by officials, in the passive, assess the outlet that made them",
    text: "The New York Times reported that Laos and Vietnam had signed a secret basing deal, but the accusations were denied by Laotian officials.",
    gives: [
      ["New York Times", "assesses", "Laos"],
      ["New York Times", "assesses", "Vietnam"],
      ["Laos", "assesses", "New York Times"],
    ],
  },
  {
    label:
      "charges denied by a country in a clause after the accusation (no 'were'): the denier assesses the accuser",
    text: "Mali accused Algeria on Wednesday of arming rebels in the north, charges swiftly denied by Algeria.",
    gives: [
      ["Mali", "assesses", "Algeria"],
      ["Algeria", "assesses", "Mali"],
    ],
  },
  {
    label:
      "an accusation rejected by a country's ministry, in the passive, assesses the accuser of its country",
    text: "Peru accused Chile of arming the rebels. The accusation was rejected by the Chilean Foreign Ministry on Friday.",
    gives: [
      ["Peru", "assesses", "Chile"],
      ["Chilean Foreign Ministry", "assesses", "Peru"],
    ],
  },
  {
    label: "a report denied by a ministry with no claim before it judges no one",
    text: "Reports denied by the Chilean Foreign Ministry on Friday said Peru had armed the rebels.",
    entities: ["Chilean Foreign Ministry", "Peru"],
    notGives: [["Chilean Foreign Ministry", "assesses", "Peru"]],
  },
  {
    label:
      "an accusation against a party or criticism of it, with its author as the possessor, assesses that party",
    text: "Bolivia's accusations against Paraguay drew a sharp response. Senator Maria Lopez's criticism of the Brazilian decision was welcomed.",
    gives: [
      ["Bolivia", "assesses", "Paraguay"],
      ["Maria Lopez", "assesses", "Brazil"],
    ],
  },
  {
    label: "a territorial claim against a country, or criticism without its author, assesses nothing",
    text: "Bolivia's claims against Paraguay over the border are old. The criticism of Brazil grew in Argentina.",
    entities: ["Bolivia", "Paraguay", "Brazil", "Argentina"],
    notGives: [
      ["Bolivia", "assesses", "Paraguay"],
      ["Argentina", "assesses", "Brazil"],
    ],
  },
  {
    label: "thanks to a person for a country's support judge the country too",
    text: "General Ali Hassan thanked Ambassador Tom Wood for Canada's support to the navy.",
    gives: [
      ["Ali Hassan", "assesses", "Tom Wood"],
      ["Ali Hassan", "assesses", "Canada"],
    ],
  },
  {
    label: "thanks to a person for a country's hospitality, a courtesy, judge no one",
    text: "General Ali Hassan thanked Ambassador Tom Wood for Canada's hospitality.",
    entities: ["Ali Hassan", "Tom Wood", "Canada"],
    notGives: [
      ["Ali Hassan", "assesses", "Canada"],
      ["Ali Hassan", "assesses", "Tom Wood"],
    ],
  },
  {
    label: "a claim about coordinated actors assesses each of them",
    text: "Reuters reported that Egypt and Sudan had agreed on a joint air defence plan.",
    gives: [
      ["Reuters", "assesses", "Egypt"],
      ["Reuters", "assesses", "Sudan"],
    ],
  },
  {
    label: "a donation noun qualified by arms words in its of-phrase",
    text: "A donation by Spain of military equipment to Morocco was announced on Tuesday.",
    gives: [["Spain", "supplies", "Morocco"]],
  },
  {
    label: "a transfer of power is no supply",
    text: "The transfer of power to Niger's military council was condemned by France.",
    entities: ["France", "Niger"],
    notGives: [["France", "supplies", "Niger"]],
  },
  {
    label: "a list with a serial comma gives every recipient",
    text: "Germany approved the export of IRIS-T launchers to Egypt, Slovenia, and Latvia.",
    gives: [
      ["Germany", "supplies", "Egypt"],
      ["Germany", "supplies", "Slovenia"],
      ["Germany", "supplies", "Latvia"],
    ],
  },
  // ---- relation pass (issue 9): relative antecedents inside phrases, ministries with their state
  {
    label: "a relative pronoun's antecedent inside a prepositional phrase is the supplier",
    text: "Armenia keeps close ties with India, which has supplied Armenia with Pinaka rocket launchers.",
    gives: [
      ["India", "supplies", "Armenia"],
      ["India", "supplies", "Pinaka"],
    ],
    notGives: [["Armenia", "supplies", "India"]],
  },
  {
    label: "a relative clause after a verb's prepositional object takes that object as subject",
    text: "Kenya has long relied on the United States, which delivered six Huey II helicopters to the Kenya Defence Forces.",
    gives: [
      ["United States", "supplies", "Kenya Defence Forces"],
      ["United States", "supplies", "Huey II"],
    ],
    notGives: [["Kenya", "supplies", "Huey II"]],
  },
  {
    label: "a ministry that gives weapons supplies them, and so does its state",
    text: "Sri Lanka thanked India for its support. The Indian Ministry of Defence has gifted a Dornier 228 aircraft to the Sri Lanka Air Force.",
    gives: [
      ["Indian Ministry of Defence", "supplies", "Sri Lanka Air Force"],
      ["India", "supplies", "Sri Lanka Air Force"],
      ["India", "supplies", "Sri Lanka"],
    ],
  },
  {
    label: "a ministry that a buyer receives weapons from supplies them, and so does its state",
    text: "Sri Lanka thanked India for its support. The Sri Lanka Air Force received two Mi-17 helicopters from the Indian Ministry of Defence.",
    gives: [
      ["Indian Ministry of Defence", "supplies", "Sri Lanka Air Force"],
      ["India", "supplies", "Sri Lanka Air Force"],
      ["India", "supplies", "Mi-17"],
    ],
    notGives: [["Sri Lanka", "supplies", "India"]],
  },
  // ---- relation pass: quoted names and named parentheses inside an object list
  {
    label: "quoted weapon names after a demonym-qualified class are received from that country",
    text: 'Niger received two Turkish attack drones, "Bayraktar TB2 drones" and "Aksungur drones", according to the magazine Jeune Afrique.',
    gives: [
      ["Turkey", "supplies", "Niger"],
      ["Turkey", "supplies", "Bayraktar TB2"],
      ["Turkey", "supplies", "Aksungur"],
    ],
  },
  {
    label: "a hull number in parentheses does not end the list of ships received",
    text: "The Nigerian Navy received two Chinese frigates, Kada (Hull 601) and Kano (Hull 602), in Lagos on Friday.",
    gives: [
      ["China", "supplies", "Kada"],
      ["China", "supplies", "Kano"],
    ],
  },
  {
    label: "a quotation with its own verb after the object list is not part of it",
    text: 'Egypt received two Russian helicopters, "we bought Patriot missiles", the minister said.',
    gives: [["Russia", "supplies", "Egypt"]],
    notGives: [["Russia", "supplies", "Patriot"]],
  },
  // ---- relation pass: every person of a list with appositives meets
  {
    label: "a passive's agents listed with appositive titles all meet the guest",
    text: "Narendra Modi arrived in Riyadh on Monday. Modi was received at the airport by Prince Faisal bin Farhan, Minister of Foreign Affairs, and Princess Reema bint Bandar, Ambassador to the United States.",
    gives: [
      ["Narendra Modi", "meets", "Faisal bin Farhan"],
      ["Narendra Modi", "meets", "Reema bint Bandar"],
    ],
    notGives: [["Narendra Modi", "meets", "United States"]],
  },
  {
    label: "a partner after an appositive with its own prepositional phrase is still listed",
    text: "Antony Blinken called on President William Ruto, the head of state, and Foreign Minister Musalia Mudavadi in Nairobi.",
    gives: [
      ["Antony Blinken", "meets", "William Ruto"],
      ["Antony Blinken", "meets", "Musalia Mudavadi"],
    ],
  },
  {
    label: "a person named after a new clause's subject is not a listed partner",
    text: "Antony Blinken met President William Ruto in Nairobi, and Musalia Mudavadi said the talks went well.",
    gives: [["Antony Blinken", "meets", "William Ruto"]],
    notGives: [["Antony Blinken", "meets", "Musalia Mudavadi"]],
  },
  // ---- relation pass: own-side reports, verbs coordinated after a relative clause
  {
    label: "a ministry reporting what its own country's minister did assesses no one",
    text: "Russian Defence Minister Andrei Belousov held talks with Kazakh Defence Minister Dauren Kosanov in Moscow, the Russian Defence Ministry said.",
    gives: [["Andrei Belousov", "meets", "Dauren Kosanov"]],
    notGives: [["Russian Defence Ministry", "assesses", "Andrei Belousov"]],
  },
  {
    label: "a verb coordinated after a relative clause does not take the relative clause's subject",
    text: "Guyana thanked India on Sunday. Brigadier Omar Khan recognised the role that the Government of India has played in defence training and noted that the signing is in keeping with President Irfaan Ali's vision.",
    notGives: [["India", "assesses", "Irfaan Ali"]],
  },
  // ---- relation pass: the partner of a deal as supplier, units of a recipient body
  {
    label: "weapons received as part of an agreement with a country are supplied by it",
    text: "The Egyptian Air Force has received its first four Rafale jets as part of a procurement agreement with France.",
    gives: [
      ["France", "supplies", "Egyptian Air Force"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "a unit of a recipient army: the army and its country receive",
    text: "The Government of Japan delivered military equipment to the 3rd Infantry Brigade of the Philippine Army.",
    gives: [
      ["Japan", "supplies", "Philippine Army"],
      ["Japan", "supplies", "Philippines"],
    ],
  },
  {
    label: "a phrase after the recipient country with its own of-phrase names no recipient",
    text: "Germany delivered Leopard 2 tanks to Poland, one of the allies of the United States.",
    gives: [["Germany", "supplies", "Poland"]],
    notGives: [["Germany", "supplies", "United States"]],
  },
  // ---- relation pass: "called upon", a titled partner named after a comma and before "and", an adverb after a name
  {
    label: "called upon someone is a courtesy call",
    text: "Sergei Shoigu called upon President Ilham Aliyev in Baku.",
    gives: [["Sergei Shoigu", "meets", "Ilham Aliyev"]],
  },
  {
    label: "a titled partner named after a comma meets, even when a second verb follows the name",
    text: "Gustavo Petro also met with the Speaker of the Venezuelan National Assembly, Jorge Rodriguez and praised the talks.",
    gives: [["Gustavo Petro", "meets", "Jorge Rodriguez"]],
    notGives: [["Gustavo Petro", "meets", "Venezuelan National Assembly"]],
  },
  {
    label: "an unknown two-word name before an adverb and a verb of persons is a person who meets",
    text: "Tshering Tobgay also met with the Speaker of the Nepali Parliament, Devraj Ghimire and complimented him.",
    typed: [["Tshering Tobgay", "Person"]],
    gives: [["Tshering Tobgay", "meets", "Devraj Ghimire"]],
  },
  // ---- relation pass: a definite supply noun without a supplier refers back to the supply told before
  {
    label: "the announced sale of the same items to the same buyer takes the supplier told before",
    text: "South Korea will sell K9 howitzers to Romania. The deal was announced in Seoul on Monday. Hungary criticised the announced sale of K9 systems to Bucharest.",
    gives: [
      ["South Korea", "supplies", "Romania"],
      ["South Korea", "supplies", "K9"],
    ],
    notGives: [["Hungary", "supplies", "Romania"]],
  },
  {
    label: "a definite sale of other items takes no supplier from a supply told before",
    text: "Egypt plans to buy German submarines. France lobbied for the sale of three Scorpene submarines to Egypt.",
    notGives: [
      ["Germany", "supplies", "Egypt"],
      ["Germany", "supplies", "Scorpene"],
    ],
  },
  {
    label: "an indefinite sale does not refer back to a supply told before",
    text: "South Korea plans to sell K9 howitzers to Romania. Hungary criticised a sale of K9 systems to Bucharest.",
    notGives: [["South Korea", "supplies", "Romania"]],
  },
  // ---- relation pass: a future supply under a concluded deal is committed
  {
    label: "a future sale in a deal announced is asserted",
    text: "Sweden will sell Gripen fighter jets to Thailand in an arms deal between the two countries announced by the Swedish defence minister on Friday.",
    gives: [
      ["Sweden", "supplies", "Thailand"],
      ["Sweden", "supplies", "Gripen"],
    ],
  },
  {
    label: "a future delivery under a contract signed is asserted",
    text: "Germany will deliver IRIS-T systems to Egypt under a contract signed in 2019.",
    gives: [["Germany", "supplies", "Egypt"]],
  },
  {
    label: "a future delivery once a deal is signed stays planned",
    text: "Germany will deliver IRIS-T systems to Egypt once a deal is signed.",
    hedged: [["Germany", "supplies", "Egypt", "planned"]],
  },
  // ---- relation pass: a relayed claim is about the inner claim's subject
  {
    label: "a speaker relaying a body's finding assesses the subject of the finding",
    text: "John Kirby said the Pentagon had concluded that Iran sent Shahed-136 drones to Russia.",
    gives: [
      ["John Kirby", "assesses", "Iran"],
      ["Pentagon", "assesses", "Iran"],
    ],
    notGives: [["John Kirby", "assesses", "Pentagon"]],
  },
  {
    label: "a quoted finding relayed by a lawmaker, past a fronted time phrase",
    text: "“The Defense Intelligence Agency has determined that since early May, Belarus has sent artillery shells to Russia,” Lee Sung-kweun said.",
    gives: [["Lee Sung-kweun", "assesses", "Belarus"]],
  },
  {
    label:
      "the speaker's own 'we know / we are convinced that' in a quotation is about the inner claim's subject",
    text: "\u201cWe know that Russia is arming the separatists,\u201d Latvian Prime Minister Evika Silina said. \u201cWe are convinced that Algeria is arming the Polisario Front,\u201d Moroccan Foreign Minister Salaheddine Mezouar said. \u201cWe see that China is building up its navy very quickly,\u201d Japanese Defence Minister Minoru Kihara said.",
    gives: [
      ["Evika Silina", "assesses", "Russia"],
      ["Salaheddine Mezouar", "assesses", "Algeria"],
      ["Minoru Kihara", "assesses", "China"],
    ],
  },
  {
    label: "'is a clear sign that' in a quotation points the claim to the clause after it",
    text: "\u201cThe shelling is a clear sign that Azerbaijan is preparing a new offensive,\u201d Armenian Foreign Minister Ararat Mirzoyan said. \u201cThe flights are another indication that Turkey is testing our defences,\u201d Greek Defence Minister Nikos Panagiotopoulos said.",
    gives: [
      ["Ararat Mirzoyan", "assesses", "Azerbaijan"],
      ["Nikos Panagiotopoulos", "assesses", "Turkey"],
    ],
  },
  {
    label: "no judgement under a denied belief or a denied sign, nor on the speaker's own side",
    text: "\u201cWe do not believe that Chile is arming the rebels,\u201d Peruvian Foreign Minister Elmer Schialer said. \u201cThe exercise is no indication that Belarus is preparing an attack,\u201d Lithuanian Defence Minister Dovile Sakaliene said. \u201cWe hope that Cambodia will return to the talks,\u201d Thai Foreign Minister Maris Sangiampongsa said.",
    entities: ["Elmer Schialer", "Chile", "Dovile Sakaliene", "Belarus", "Maris Sangiampongsa", "Cambodia"],
    notGives: [
      ["Elmer Schialer", "assesses", "Chile"],
      ["Dovile Sakaliene", "assesses", "Belarus"],
      ["Maris Sangiampongsa", "assesses", "Cambodia"],
    ],
  },
  {
    label: "a claim whose subject only acts, with no relaying verb, stays about that subject",
    // (Of a foreign body: "John Kirby said the Pentagon had sent …" is about his own side,
    // _cases-assess37b.ts.)
    text: "John Kirby said the Russian Defense Ministry had sent S-300 batteries to Syria.",
    gives: [["John Kirby", "assesses", "Russian Defense Ministry"]],
    notGives: [["John Kirby", "assesses", "Syria"]],
  },
  // ---- assesses precision: the outlet that quotes, a source's apposition, phrases in the subject,
  // the speaker's own side, a pronoun after a quotation
  {
    label: "the outlet that quoted a speaker, before 'that', is not what the claim is about",
    text: "Mary Smith, the British ambassador to Jordan, was quoted as saying by Reuters during a ceremony that the delivery of the tanks is part of ongoing support.",
    entities: ["Mary Smith", "Reuters"],
    notGives: [["Mary Smith", "assesses", "Reuters"]],
  },
  {
    label: "quoted as saying by an outlet that …: the claim opens after 'that'",
    text: "Mary Smith was quoted as saying by Reuters on Monday that Iran had sent drones to Russia.",
    gives: [["Mary Smith", "assesses", "Iran"]],
    notGives: [["Mary Smith", "assesses", "Reuters"]],
  },
  {
    label: "according to a title, then the person in apposition: the person is the source, not the claim",
    text: "According to the Kenyan navy spokesman, Colonel James Mwangi, Somalia received two patrol boats from Turkey.",
    gives: [["James Mwangi", "assesses", "Somalia"]],
    notGives: [["Kenya", "assesses", "James Mwangi"]],
  },
  {
    label: "an actor in a phrase of recipient inside the claim's subject is not what the claim is about",
    text: "A shipment of rifles for the Somali National Army arrived in Mogadishu on Monday, Garowe Online reported.",
    entities: ["Garowe Online", "Somali National Army"],
    notGives: [
      ["Garowe Online", "assesses", "Somali National Army"],
      ["Garowe Online", "assesses", "Somalia"],
    ],
  },
  {
    label: "a report about a body of the speaker's own country is news of its own side",
    text: "Kenyan Major General Peter Njiru said the patrol boats were used by the Kenya Navy on the lake.",
    entities: ["Peter Njiru", "Kenya Navy"],
    notGives: [["Peter Njiru", "assesses", "Kenya Navy"]],
  },
  {
    label: "a claim about the speaker's own country and another, coordinated, is about their own ties",
    text: "Japanese Foreign Minister Taro Kono said that Japan and India have agreed to deepen defence ties.",
    entities: ["Taro Kono", "India"],
    notGives: [
      ["Taro Kono", "assesses", "India"],
      ["Taro Kono", "assesses", "Japan"],
    ],
  },
  {
    label: "a claim with coordinated subjects by a speaker of neither side assesses both",
    text: "Japanese Foreign Minister Taro Kono said that Vietnam and India have agreed to deepen defence ties.",
    gives: [
      ["Taro Kono", "assesses", "Vietnam"],
      ["Taro Kono", "assesses", "India"],
    ],
  },
  {
    label:
      "a titled official tied to no country, on the ties of a pair, is taken to be of one side: no assessment",
    text: "Air Marshal Sadia Rehman said Bangladesh and Sri Lanka are enjoying historical bilateral ties.",
    entities: ["Sadia Rehman", "Bangladesh", "Sri Lanka"],
    notGives: [
      ["Sadia Rehman", "assesses", "Bangladesh"],
      ["Sadia Rehman", "assesses", "Sri Lanka"],
    ],
  },
  {
    label:
      "a country's own ties with another ('attaches great importance to its ties with Y'), told by an official of no side, are his own side's relations; a third party's word on them judges",
    text: "Portugal attaches great importance to its ties with Morocco, Defence Minister Nuno Melo said. Kazakhstan values its strategic partnership with Turkey, Minister Nurlan Bekov said on Monday. Iran is strengthening its military ties with Russia, US Secretary of State Antony Blinken said.",
    entities: ["Nuno Melo", "Portugal", "Nurlan Bekov", "Kazakhstan"],
    gives: [["Antony Blinken", "assesses", "Iran"]],
    notGives: [
      ["Nuno Melo", "assesses", "Portugal"],
      ["Nurlan Bekov", "assesses", "Kazakhstan"],
    ],
  },
  {
    label:
      "a speaker whose own phrase after the claim names one of a pair, on the pair's ties, speaks of his own side's relations",
    text: "Belarus and Tajikistan plan to deepen military-technical cooperation, the head of the Belarusian Defense Ministry's international cooperation department, Oleg Voronov said on Monday.",
    entities: ["Oleg Voronov", "Belarus", "Tajikistan"],
    notGives: [
      ["Oleg Voronov", "assesses", "Belarus"],
      ["Oleg Voronov", "assesses", "Tajikistan"],
    ],
  },
  {
    label: "'she said' after a quotation continues its speaker, not a person the quotation names",
    text: "“The handover strengthens the ties made when President John Mahama visited Beijing,” Chinese ambassador Li Ying said. She said Vietnam was committed to cooperating with Ghana.",
    gives: [["Li Ying", "assesses", "Vietnam"]],
    notGives: [["John Mahama", "assesses", "Vietnam"]],
  },
  // ---- assesses: a statement closed by a time adverbial without a preposition
  {
    label: "'…, X said this week': the claim before the speaker, past a bare time adverbial",
    text: "Kenya bought drones from Turkey, Japan's defence ministry said this week.",
    gives: [["Japanese Defence Ministry", "assesses", "Kenya"]],
  },
  {
    label: "'…, X said last month' about the speaker's own country is no assessment",
    text: "Japan bought drones from Turkey, Japan's defence ministry said last month.",
    entities: ["Japanese Defence Ministry", "Japan"],
    notGives: [["Japanese Defence Ministry", "assesses", "Japan"]],
  },
  // ---- assesses: recognising someone as something judges them
  {
    label: "recognised X as a friend: the one recognised is judged",
    text: "President William Ruto recognised Japan as a consistent friend of Kenya.",
    gives: [["William Ruto", "assesses", "Japan"]],
    notGives: [["William Ruto", "assesses", "Kenya"]],
  },
  {
    label: "recognising a country's role, without 'as', is no judgement by this row",
    text: "President William Ruto recognised Japan's role in the peace talks.",
    entities: ["William Ruto", "Japan"],
    notGives: [["William Ruto", "assesses", "Japan"]],
  },
  // ---- assesses: condemning reports that a third party did something judges that party
  {
    label: "condemned reports that X was doing …: the subject of the reported claim is judged",
    text: "The foreign ministry of Guatemala on Tuesday condemned reports that Moscow was offering vaccines to Honduras in return for recognition.",
    gives: [["Guatemala", "assesses", "Russia"]],
    notGives: [["Guatemala", "assesses", "Honduras"]],
  },
  {
    label: "condemned reports about the condemner itself judge no one else",
    text: "Guatemala condemned reports that it had bought drones from Russia.",
    entities: ["Guatemala", "Russia"],
    notGives: [["Guatemala", "assesses", "Russia"]],
  },
  // ---- assesses: a spokesperson voices the judgements of their own side in a quotation
  {
    label: "a quotation's speaker voices the condemnation its own country makes in it",
    text: "Russian foreign ministry spokeswoman Maria Zakharova spoke on Monday. “Russia condemns the strikes by Israel. We have summoned the ambassador,” Maria Zakharova said.",
    gives: [
      ["Russia", "assesses", "Israel"],
      ["Maria Zakharova", "assesses", "Israel"],
    ],
  },
  {
    label: "another party's accusation quoted by a spokesperson is not the spokesperson's",
    text: "Russian foreign ministry spokeswoman Maria Zakharova spoke on Monday. “Ukraine accuses Belarus of hosting troops. This is absurd,” Maria Zakharova said.",
    entities: ["Maria Zakharova", "Belarus"],
    notGives: [["Maria Zakharova", "assesses", "Belarus"]],
  },
  // ---- assesses: a claim that is an appeal (should, must, need to) is no assessment of its subject
  {
    label: "said that X must stop …: an appeal, not an assessment",
    text: "Japanese Foreign Minister Taro Kono said that China must stop its military drills near Taiwan.",
    entities: ["Taro Kono", "China"],
    notGives: [["Taro Kono", "assesses", "China"]],
  },
  {
    label: "said X needs to receive more weapons: a request for one's side, not an assessment",
    text: "Kenyan President William Ruto said Somalia needs to receive more weapons from Turkey.",
    entities: ["William Ruto", "Somalia"],
    notGives: [["William Ruto", "assesses", "Somalia"]],
  },
  {
    label: "a modal before a perfect infers what X did: still an assessment",
    text: "Japanese Foreign Minister Taro Kono said that China must have known about the launch.",
    gives: [["Taro Kono", "assesses", "China"]],
  },
  // ---- assesses: an intended or reported judgement is not asserted
  {
    label: "agreed to condemn: an intended judgement stays planned",
    text: "In the assembly, Ghana agreed to condemn the Russian invasion of Ukraine.",
    hedged: [["Ghana", "assesses", "Russia", "planned"]],
  },
  {
    label: "plans to condemn: an intended judgement stays planned",
    text: "Japan plans to condemn China's missile launch.",
    hedged: [["Japan", "assesses", "China", "planned"]],
  },
  {
    label: "reportedly said: a hedged attribution is not asserted",
    text: "Japan reportedly said China had fired missiles.",
    hedged: [["Japan", "assesses", "China", "possible"]],
  },
  // ---- assesses: a claim addressed to "you" is about the addressee, not a name later in it
  {
    label: "“You are taking X out of decline,” said Y: the claim is about the one addressed",
    text: "“You are taking Kenya out of decades of decline, and this is also felt here in Japan,” Defence Minister Peter Njiru said.",
    entities: ["Peter Njiru", "Kenya"],
    notGives: [
      ["Peter Njiru", "assesses", "Kenya"],
      ["Peter Njiru", "assesses", "Japan"],
    ],
  },
  // ---- actor phrases: a noun of a tie between an actor and the name it describes ("U.S. ally Australia")
  {
    label: "coordinated donors, the second described by 'its ally': both donate",
    text: "Germany and its ally France have donated rifles and trucks to the Moldovan army.",
    gives: [
      ["Germany", "supplies", "Moldova"],
      ["France", "supplies", "Moldova"],
    ],
  },
  {
    label:
      "coordinated donors, the second described by 'U.S. ally': the described country donates, not the U.S.",
    text: "Japan and U.S. ally Australia have donated patrol boats to the Philippine Navy.",
    gives: [
      ["Japan", "supplies", "Philippine Navy"],
      ["Australia", "supplies", "Philippine Navy"],
    ],
    entities: ["United States"],
    notGives: [["United States", "supplies", "Philippine Navy"]],
  },
  {
    label: "a recipient described by 'NATO member': the described country receives",
    text: "Italy sold patrol boats to NATO member Albania in May.",
    gives: [["Italy", "supplies", "Albania"]],
    entities: ["NATO"],
    notGives: [["Italy", "supplies", "NATO"]],
  },
  // ---- clause subjects: the actors set off by dashes after the noun phrase they name
  {
    label: "a subject list set off by dashes: each listed country supplies",
    text: "The report said two other states — Serbia and Kazakhstan — had sent rifles to Sudan before the war.",
    gives: [
      ["Serbia", "supplies", "Sudan"],
      ["Kazakhstan", "supplies", "Sudan"],
    ],
  },
  {
    label: "speakers set off by dashes: each speaker assesses",
    text: "Two officials — Ivan Petrov and Olga Orlova — said Iran had sent drones to Venezuela.",
    gives: [
      ["Ivan Petrov", "assesses", "Iran"],
      ["Olga Orlova", "assesses", "Iran"],
    ],
  },
  {
    label: "an object set off by dashes is not the next verb's subject",
    text: "Egypt bought two frigates — the Al-Galala and the Bernees — and Italy delivered them to Alexandria.",
    entities: ["Egypt", "Italy"],
    notGives: [["Egypt", "supplies", "Italy"]],
  },
  // ---- supplies: "received, on Monday, X donated by Y": the owner verb before an adverbial set off by commas
  {
    label: "received, an adverbial between commas, goods with their donor's participle",
    text: "Japan donated radars to Ghana in May. The Ghana Navy received, on Tuesday, four patrol boats donated by India.",
    gives: [["India", "supplies", "Ghana Navy"]],
    notGives: [["Japan", "supplies", "Ghana Navy"]],
  },
  {
    label:
      "said, an adverbial between commas, goods with their donor's participle: the speaker receives nothing",
    text: "The Ghana Navy said, on Tuesday, four patrol boats donated by India had arrived.",
    entities: ["Ghana Navy", "India"],
    notGives: [["India", "supplies", "Ghana Navy"]],
  },
  // ---- supplies: a transfer whose clause names no supplier takes the document's supplier of its goods
  {
    label: "took delivery with no seller: the supplier the document names for the same model",
    text: "Washington delivered two Apache helicopters last year. Morocco has taken delivery of six more Apache helicopters.",
    gives: [["United States", "supplies", "Morocco"]],
  },
  {
    label: "a passive handover with no agent: the supplier the document names for the same model",
    text: "Turkey delivered a dozen Bayraktar TB2 drones in March. The TB2 drones were handed over to the Malian Army on Monday.",
    gives: [["Turkey", "supplies", "Malian Army"]],
  },
  {
    label: "received with no seller: the document's one supplier of the same recipient",
    text: "Sweden sold armoured vehicles to Senegal in May. Senegal received four CV90 vehicles in June.",
    gives: [["Sweden", "supplies", "CV90"]],
  },
  {
    label: "took delivery with no seller, two suppliers of the recipient told: none is chosen",
    text: "France sold Rafale jets to Egypt, and Germany sold Leopard 2 tanks to Egypt. Egypt took delivery of 12 K9 howitzers in May.",
    entities: ["France", "Germany", "K9"],
    notGives: [
      ["France", "supplies", "K9"],
      ["Germany", "supplies", "K9"],
    ],
  },
  {
    label: "a hedged or denied receipt with no seller takes no supplier",
    text: "Russia delivered Su-30 jets to Algeria in 2020. Algeria may take delivery of Su-57 jets next year. Algeria has not received Su-35 jets.",
    entities: ["Russia", "Su-57", "Su-35"],
    notGives: [
      ["Russia", "supplies", "Su-57"],
      ["Russia", "supplies", "Su-35"],
    ],
  },
  {
    label: "received a model another country makes: the one supplier told of the recipient is not taken",
    text: "Spain sold armoured vehicles to Senegal in May. Senegal received four Harpoon missiles in June.",
    entities: ["Spain", "Harpoon"],
    notGives: [["Spain", "supplies", "Harpoon"]],
  },
  {
    label: "models handed over with no agent and no recipient: the document's only supplier",
    text: "Mali received a dozen combat drones delivered by Turkey on Monday. These drones – Bayraktar TB2 and Bayraktar Akinci – were handed over at Bamako airport.",
    gives: [
      ["Turkey", "supplies", "Bayraktar TB2"],
      ["Turkey", "supplies", "Bayraktar Akinci"],
    ],
  },
  {
    label: "models handed over with no agent, a second supplier told even as planned: none is chosen",
    text: "Mali received a dozen combat drones delivered by Turkey on Monday. Russia may sell jets to Mali. The Bayraktar TB2 drones were handed over at Bamako airport.",
    entities: ["Turkey", "Russia", "Bayraktar TB2"],
    notGives: [
      ["Turkey", "supplies", "Bayraktar TB2"],
      ["Russia", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label: "a purchase by a buyer the document has not tied to its only supplier takes no supplier",
    text: "Germany delivered Leopard 2 tanks to Ukraine in March. Egypt bought Rafale jets last year.",
    entities: ["Germany", "Egypt", "Rafale"],
    notGives: [
      ["Germany", "supplies", "Egypt"],
      ["Germany", "supplies", "Rafale"],
    ],
  },
  {
    label: "a receipt of no goods takes no supplier",
    text: "China delivered two frigates to Pakistan in 2023. The Pakistan Navy received a delegation from Egypt on Monday.",
    entities: ["China", "Pakistan Navy"],
    notGives: [["China", "supplies", "Pakistan Navy"]],
  },
  {
    label: "a recipient's receipt of a model its one supplier is not told to send takes no supplier",
    text: "The United Kingdom delivered armoured vehicles to Moldova in May. Moldova has also received six Piranha-5 vehicles this month.",
    entities: ["United Kingdom", "Piranha-5"],
    notGives: [["United Kingdom", "supplies", "Piranha-5"]],
  },
  {
    label: "a locally built ship handed over to a navy its one supplier supplies takes no supplier",
    text: "Spain delivered two patrol boats to the Ghana Navy in 2022. On Monday, the locally built GNS Volta was handed over to the Ghana Navy.",
    entities: ["Spain", "GNS Volta"],
    notGives: [["Spain", "supplies", "GNS Volta"]],
  },
  {
    label: "a model its supplier was told to sell to another country, handed over to a third: no supplier",
    text: "The United States approved the sale of Apache helicopters to Qatar. Apache helicopters were handed over to Egypt in May.",
    entities: ["United States", "Egypt"],
    notGives: [["United States", "supplies", "Egypt"]],
  },
  {
    label: "a model delivered with no recipient, not referred back to the only supplier's goods: no supplier",
    text: "China delivered two patrol boats to Cameroon in May. The Mi-24 helicopters were delivered in 2012.",
    entities: ["China", "Mi-24"],
    notGives: [["China", "supplies", "Mi-24"]],
  },
  {
    label:
      "a model delivered to a recipient, its phrase referring back to goods after the supplier's demonym",
    text: "Hungary displayed 12 recently arrived Russian armoured vehicles at a base in Pecs. Last year, Hungary received MiG-29 jets from Russia. The 12 BTR-82 armoured vehicles were delivered to Hungary on Friday.",
    gives: [["Russia", "supplies", "BTR-82"]],
  },
  {
    label: "a donation noun does not take the agent of a request noun after it as its donor",
    text: "The Turkish donation followed a request by the Peruvian government in 2019 for three Hurkus trainer aircraft.",
    entities: ["Peru", "Hurkus"],
    gives: [["Turkey", "supplies", "Hurkus"]],
    notGives: [["Peru", "supplies", "Hurkus"]],
  },
  // ---- supplies: the place where a supply noun's goods arrive receives them
  {
    label: "a consignment with a demonym on its goods arrives in a capital: the capital's country receives",
    text: "A consignment of Turkish military equipment has arrived in the Libyan capital Tripoli, the ministry said.",
    gives: [["Turkey", "supplies", "Libya"]],
  },
  {
    label: "a shipment that arrives in a capital in transit: the stop receives nothing",
    text: "A shipment of Swedish howitzers arrived in Warsaw in transit, Poland's defence ministry said.",
    notGives: [["Sweden", "supplies", "Poland"]],
  },
  {
    label: "a shipment that may have arrived in a capital: no receipt",
    text: "A shipment of Chinese arms may have arrived in Khartoum, Sudanese officials suspect.",
    notGives: [["China", "supplies", "Sudan"]],
  },
  // ---- supplies: "support X with Y", Y arms
  {
    label: "supporting an army with arms is supplying it",
    text: "Officials said Brazil supported the Paraguayan Army with armoured vehicles last year.",
    gives: [["Brazil", "supplies", "Paraguayan Army"]],
  },
  {
    label: "supporting a country with humanitarian aid or diplomatic cover is no supply",
    text: "The European Union supported Moldova with humanitarian aid worth 50 million euros. China supported Russia with diplomatic cover at the United Nations.",
    notGives: [
      ["European Union", "supplies", "Moldova"],
      ["China", "supplies", "Russia"],
    ],
  },
  // ---- supplies: the country named on a selling company supplies too
  {
    label: "a deal with a company after its demonym and a class noun: the demonym's country sells too",
    text: "Peru signed a deal with Spanish shipbuilder Navantia for two frigates on Monday.",
    gives: [
      ["Navantia", "supplies", "Peru"],
      ["Spain", "supplies", "Peru"],
    ],
  },
  {
    label: "a purchase from a company after its country's possessive: the country sells too",
    text: "Colombia bought eight Kfir jets from Israel's Elbit Systems last year.",
    gives: [
      ["Israel", "supplies", "Colombia"],
      ["Israel", "supplies", "Kfir"],
    ],
  },
  {
    label: "a company's delivery to a buyer's air force: the company's country is not tied to the air force",
    text: "Swedish company Saab delivered six Gripen jets to the Brazilian Air Force on Friday.",
    gives: [["Saab", "supplies", "Brazilian Air Force"]],
    notGives: [["Sweden", "supplies", "Brazilian Air Force"]],
  },
  {
    label: "goods with their donor hyphened to a participle arrive at a country's port: the country receives",
    text: "The Japan-donated patrol vessel arrived at Vietnam's Hai Phong port on Monday.",
    gives: [["Japan", "supplies", "Vietnam"]],
  },
  {
    label:
      "goods with their supplier hyphened arrive in a country on their way to another: the stop receives nothing",
    text: "The US-supplied HIMARS arrived in Poland on their way to Ukraine.",
    notGives: [["United States", "supplies", "Poland"]],
  },
  // ---- supplies: the subject of a perfect participle that opens or closes the sentence
  {
    label: "a fronted perfect participle of sending: the main clause's subject after the comma sends",
    text: "Having sent 2,000 troops to Mozambique, Rwanda is the largest contributor to the mission.",
    gives: [["Rwanda", "supplies", "Mozambique"]],
  },
  {
    label: "a closing perfect participle of sending: the subject that opens the sentence sends",
    text: "Burundi is a major contributor, having sent 1,500 troops to Somalia.",
    gives: [["Burundi", "supplies", "Somalia"]],
  },
  {
    label: "a fronted participle of receiving ends at its comma: the main clause's weapons were not received",
    text: "Having received 12 F-16 jets from Denmark, Bulgaria is retiring its MiG-29s.",
    gives: [["Denmark", "supplies", "Bulgaria"]],
    notGives: [["Denmark", "supplies", "MiG-29"]],
  },
  {
    label: "a fronted gerund after 'after': the main clause's subject bought",
    text: "After buying 36 Rafale jets from France, Greece ordered six more.",
    gives: [
      ["France", "supplies", "Greece"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label: "a fronted gerund after 'upon', of receiving: the main clause's subject received",
    text: "Upon receiving four Mi-171 helicopters from Russia, Laos deployed them to the north.",
    gives: [["Russia", "supplies", "Laos"]],
  },
  {
    label: "a fronted gerund of refusing to buy: no supply",
    text: "After refusing to buy Su-35 jets from Russia, Egypt ordered Rafale jets.",
    entities: ["Russia", "Egypt"],
    notGives: [["Russia", "supplies", "Egypt"]],
  },
  {
    label: "a deal with a supplier told before the buyer's clause: the deal's partner sells",
    text: "Under a deal with Leonardo, Nigeria received 24 AW109 helicopters.",
    gives: [
      ["Leonardo", "supplies", "Nigeria"],
      ["Leonardo", "supplies", "AW109"],
    ],
  },
  {
    label: "a deal with a buyer told before the supplier's clause: the deal's partner receives",
    text: "Under a contract with Ghana, Turkey delivered 20 Cobra vehicles.",
    gives: [["Turkey", "supplies", "Ghana"]],
  },
  {
    label: "a deal with a partner told before a clause of building: no supply",
    text: "Under a deal with France, Brazil will build four Scorpene submarines.",
    entities: ["France", "Brazil"],
    notGives: [
      ["France", "supplies", "Brazil"],
      ["Brazil", "supplies", "France"],
    ],
  },
  {
    label: "a loan of goods is a supply",
    text: "Norway loaned two NASAMS batteries to Lithuania.",
    gives: [
      ["Norway", "supplies", "Lithuania"],
      ["Norway", "supplies", "NASAMS"],
    ],
  },
  {
    label: "a fronted participle of failing to send: no supply",
    text: "Having failed to send troops to Mali, Chad withdrew.",
    notGives: [["Chad", "supplies", "Mali"]],
  },
  // ---- supplies: a present participle after a finite clause shares that clause's subject
  {
    label: "a closing participle of donating after another verb: the finite clause's subject donates",
    text: "Since 2015, the Japanese government has built three training centres, donating 40 trucks to the Kenya Defence Forces.",
    gives: [["Japan", "supplies", "Kenya Defence Forces"]],
  },
  {
    label: "a closing participle of handing over, past a prepositional phrase naming a country",
    text: "Norway has expanded its support for Lithuania, handing over 20 CV90 vehicles to the Lithuanian Army.",
    gives: [
      ["Norway", "supplies", "Lithuanian Army"],
      ["Norway", "supplies", "CV90"],
    ],
  },
  {
    label:
      "a closing participle after a subject set off by an appositive: the subject, not the appositive's body, sends",
    text: "Denmark, a NATO member, has stepped up its aid, delivering 19 F-16 jets to Ukraine.",
    gives: [["Denmark", "supplies", "Ukraine"]],
    notGives: [["North Atlantic Treaty Organization", "supplies", "Ukraine"]],
  },
  {
    label: "a closing participle of receiving: the finite clause's subject receives",
    text: "Ghana modernised its fleet in 2021, receiving four Snake-class patrol boats from China.",
    gives: [["China", "supplies", "Ghana"]],
  },
  {
    label:
      "a closing participle after a named object: the participle may describe the object, no supply from the subject",
    text: "The United States sanctioned Rosoboronexport, supplying helicopters to Myanmar.",
    entities: ["United States", "Myanmar"],
    notGives: [["United States", "supplies", "Myanmar"]],
  },
  {
    label:
      "a closing participle after a class of actors: the participle may describe them, no supply from the subject",
    text: "Britain cracked down on three Turkish firms, supplying drone engines to Russia.",
    entities: ["United Kingdom", "Russia"],
    notGives: [["United Kingdom", "supplies", "Russia"]],
  },
  // ---- supplies: the state of an official who hands over goods supplies too
  {
    label: "an official set off after his title hands over goods: the title's country supplies too",
    text: "The Chinese Ambassador in Lusaka, Du Xiaohui, handed over four patrol boats to the Zambia Army on Monday.",
    gives: [
      ["Du Xiaohui", "supplies", "Zambia Army"],
      ["China", "supplies", "Zambia Army"],
    ],
  },
  {
    label: "an official hands over goods to his own country's army: no supply from that country",
    text: "The Zambian Defence Minister, Ambrose Lufuma, handed over four patrol boats to the Zambia Army on Monday.",
    entities: ["Zambia", "Zambia Army"],
    notGives: [["Zambia", "supplies", "Zambia Army"]],
  },
  // ---- a verb after ", and" shares the subject of the sentence's first verb
  {
    label:
      "a verb after ', and' shares the subject that opens the sentence, past a comma-separated adverbial",
    text: "The rapporteur Anna Berg cited Brazil for having sold rifles before the coup, and once afterward, and said two other countries — Chile and Peru — had sent arms.",
    gives: [
      ["Anna Berg", "assesses", "Brazil"],
      ["Anna Berg", "assesses", "Chile"],
      ["Anna Berg", "assesses", "Peru"],
    ],
  },
  {
    label: "a verb after ', and' does not take the subject of a subordinate clause that opens the sentence",
    text: "After Russia invaded Georgia, the council imposed sanctions, and said Chile had sent arms.",
    entities: ["Russia", "Chile"],
    notGives: [["Russia", "assesses", "Chile"]],
  },
  // ---- entities (session 11): a longer form of a listed name is the same body or model
  {
    // Session 24: a division named by its tails is a body of its own, as golds name "General Dynamics
    // Land Systems", "Hanwha Land Systems" and "Thyssenkrupp Marine Systems" (dev/129, ...).
    label: "capitalised words ending in a company word after a listed company name its division",
    text: "The firm sold parts to Lockheed Martin Aeronautics Corp. and to Airbus Defence Systems last year.",
    typed: [
      ["Lockheed Martin Aeronautics", "Organization"],
      ["Airbus Defence Systems", "Organization"],
    ],
    noEntities: ["Aeronautics Corp.", "Defence Systems"],
  },
  {
    label: "a listed body's name with a variant last word leaves no fragment",
    text: "The network helped the Islamic Revolutionary Guards Corps buy engines.",
    entities: ["Islamic Revolutionary Guard Corps"],
    noEntities: ["Corps"],
  },
  {
    label: "a listed model before capitalised words ending in 'Systems' is one weapon",
    text: "Officials approved the sale of 40 Patriot Air Defense Systems to Romania.",
    same: [["Patriot", "Patriot Air Defense Systems"]],
    noEntities: ["Air Defense Systems"],
  },
  // ---- supplies (session 11): the agent of a participle inside a supply noun's phrase
  {
    label: "the agent of a participle after the goods asked for them, it did not supply them",
    text: "The sale of the missiles requested by Chile, including 40 Harpoon missiles, would not alter the balance, the agency said.",
    entities: ["Chile", "Harpoon"],
    notGives: [["Chile", "supplies", "Harpoon"]],
  },
  {
    label: "the agent of a supply noun's own 'by' still supplies",
    text: "The delivery of Rafale jets by France to Greece was completed in May.",
    gives: [
      ["France", "supplies", "Greece"],
      ["France", "supplies", "Rafale"],
    ],
  },
  {
    label:
      "a verb form coordinated with a noun before 'of' is a noun: the sanctioning subject supplies nothing",
    text: "The Finance Ministry of Japan unveiled sanctions against firms involved in the production and transfer of Russian missiles to Syria.",
    entities: ["Finance Ministry of Japan", "Syria"],
    notGives: [
      ["Finance Ministry of Japan", "supplies", "Syria"],
      ["Japan", "supplies", "Syria"],
    ],
  },
  // ---- assesses (session 11): an infinitive complement takes no claim; a country's report on its own leader
  {
    label: "'determined to' with an infinitive and a relative 'that' after it is no claim",
    text: "Finance Minister Anna Lind said Sweden was determined to sanction firms that support Iran's drone programme.",
    entities: ["Sweden", "Iran"],
    notGives: [["Sweden", "assesses", "Iran"]],
  },
  {
    label: "a country's report on what its own president did is news of its own side",
    text: "Kenyan President William Ruto and Ghana's President John Mahama meet to review the talks, Nairobi says.",
    entities: ["Kenya", "William Ruto"],
    notGives: [["Kenya", "assesses", "William Ruto"]],
  },
  // ---- assesses (session 12): the audience of a speech is not judged; a claim of one's own act judges no one
  {
    label: "the meeting a speaker told, after a quotation, is the audience, not what the claim is about",
    text: '"Our forces acted within the law," Sameh Shoukry told a high-level ministerial meeting of the Arab League at the Security Council.',
    entities: ["Sameh Shoukry", "Arab League"],
    notGives: [["Sameh Shoukry", "assesses", "Arab League"]],
  },
  {
    label: "told a meeting on a topic that a claim: the claim's subject is judged",
    text: "Egyptian Foreign Minister Sameh Shoukry told a ministerial meeting on Libya that Turkey had sent mercenaries.",
    gives: [["Sameh Shoukry", "assesses", "Turkey"]],
  },
  {
    label:
      "'said this to' an audience: the pronoun stands for a claim told before, the audience is not judged",
    text: "Pakistani diplomat Asim Iftikhar said this to diplomats from the Association of Southeast Asian Nations on Monday.",
    entities: ["Asim Iftikhar", "Association of Southeast Asian Nations"],
    notGives: [["Asim Iftikhar", "assesses", "Association of Southeast Asian Nations"]],
  },
  {
    label: "'said to' an audience 'that' a claim: the claim's subject is judged",
    text: "Pakistani diplomat Asim Iftikhar said to diplomats from ASEAN that India had violated the treaty.",
    gives: [["Asim Iftikhar", "assesses", "India"]],
  },
  {
    label: "the addressee without a name ends before the determiner that opens a bare claim",
    text: "The Ugandan officials told the newspaper the Emirati plane was allowed to continue.",
    gives: [["Uganda", "assesses", "United Arab Emirates"]],
  },
  {
    label: "claiming responsibility for an attack is a statement of one's own act; the victim is not judged",
    text: "Lashkar-e-Taiba claimed responsibility for the bombing of a Border Security Force convoy.",
    entities: ["Lashkar-e-Taiba", "Border Security Force"],
    notGives: [["Lashkar-e-Taiba", "assesses", "Border Security Force"]],
  },
  {
    label: "claiming that another party did something judges it",
    text: "Lashkar-e-Taiba claimed the Border Security Force had killed civilians.",
    gives: [["Lashkar-e-Taiba", "assesses", "Border Security Force"]],
  },
  {
    label:
      "a speaker set off by a long relative clause says the claim; the name after 'said' opens it, no inverted speaker",
    text: "Sameh Shoukry, who spoke to CNN in Geneva where he was attending a long session of the Human Rights Council, said Turkey had sent mercenaries to Libya.",
    entities: ["Sameh Shoukry", "Turkey"],
    gives: [["Sameh Shoukry", "assesses", "Turkey"]],
    notGives: [["Turkey", "assesses", "Sameh Shoukry"]],
  },
  {
    label: "an inverted speaker after a quotation, with a relative clause of its own, still says it",
    text: '"Turkey has sent mercenaries to Libya," said Sameh Shoukry, who was speaking in Cairo.',
    gives: [["Sameh Shoukry", "assesses", "Turkey"]],
  },
  // ---- weapon names: variants, makers, class names, ship prefixes, listed systems
  {
    label: "a number after a listed model names its variant, one model",
    text: "Taiwan bought Switchblade 300 drones from the United States.",
    typed: [["Switchblade 300", "WeaponSystem"]],
    gives: [["United States", "supplies", "Switchblade 300"]],
  },
  {
    label: "capitals, a Roman numeral or a hyphen-glued variant after a listed model are its variant",
    text: "Jordan operates the Hawk XXI, Heron TP drones and the Akash-NG.",
    typed: [
      ["Hawk XXI", "WeaponSystem"],
      ["Heron TP", "WeaponSystem"],
      ["Akash-NG", "WeaponSystem"],
    ],
    noEntities: ["XXI", "TP"],
  },
  {
    label: "a number before a noun of another kind is no variant of the model before it",
    text: "Ukraine fired Storm Shadow 300 kilometres into Crimea.",
    typed: [["Storm Shadow", "WeaponSystem"]],
    noEntities: ["Storm Shadow 300"],
  },
  {
    label: "a class acronym after a listed model is its class, not a variant",
    text: "Georgia bought Javelin ATGMs from the United States.",
    typed: [["Javelin", "WeaponSystem"]],
    noEntities: ["Javelin ATGM", "Javelin ATGMs"],
  },
  {
    label: "a one-word model's name after a title names a person",
    text: "Senator Bradley met the defence minister in Canberra.",
    typed: [["Bradley", "Person"]],
    notTyped: [["Bradley", "WeaponSystem"]],
  },
  {
    label: "a maker before a short designator is in the model's name",
    text: "The police received Colt M4 carbines and Glock 19 pistols, and the air force two Airbus C295 transport planes.",
    typed: [
      ["Colt M4", "WeaponSystem"],
      ["Glock 19", "WeaponSystem"],
      ["Airbus C295", "WeaponSystem"],
    ],
  },
  {
    label: "capitalised class words after a capitalised word are one name, not a class",
    text: "The army tested the Precision Strike Missile, and the navy commissioned its first Littoral Combat Ship.",
    typed: [
      ["Precision Strike Missile", "WeaponSystem"],
      ["Littoral Combat Ship", "WeaponSystem"],
    ],
    noEntities: ["strike missile", "combat ship"],
  },
  {
    label: "a designator opens a weapon's long capitalised name, a body's head word at its end or not",
    text: "Ukraine received M270 Multiple Launch Rocket Systems from Britain.",
    typed: [["M270 Multiple Launch Rocket Systems", "WeaponSystem"]],
    notTyped: [["M270 Multiple Launch Rocket Systems", "Organization"]],
  },
  {
    label:
      "a long form before a listed weapon's acronym in brackets is that weapon, 'Systems' at its end or not",
    text: "Romania bought High Mobility Artillery Rocket Systems (HIMARS) from the United States.",
    typed: [["High Mobility Artillery Rocket Systems", "WeaponSystem"]],
    same: [["High Mobility Artillery Rocket Systems", "HIMARS"]],
    notTyped: [["High Mobility Artillery Rocket Systems", "Organization"]],
  },
  {
    label: "a long form ending in a weapon's head noun, or before one, names a weapon with its acronym",
    text: "Chile ordered a Multiple Launch Rocket System (MLRS) and the Terminal High Altitude Area Defense (THAAD) battery, and Peru tested the Ground-Based Midcourse Defense (GMD) system.",
    typed: [
      ["Multiple Launch Rocket System", "WeaponSystem"],
      ["Terminal High Altitude Area Defense", "WeaponSystem"],
      ["Ground-Based Midcourse Defense", "WeaponSystem"],
    ],
    same: [
      ["Multiple Launch Rocket System", "MLRS"],
      ["Ground-Based Midcourse Defense", "GMD"],
    ],
    notTyped: [
      ["Multiple Launch Rocket System", "Organization"],
      ["Terminal High Altitude Area Defense", "Organization"],
    ],
  },
  {
    label:
      "class words after a hyphen inside a weapon's long form before its acronym are no class of their own",
    text: "Denmark supplied the Common Advanced Surface-to-Air Missile System (CASAMS) to Latvia.",
    gives: [["Denmark", "supplies", "Latvia"]],
    typed: [["CASAMS", "WeaponSystem"]],
    noEntities: ["air missile system", "surface-to-air missile system"],
  },
  {
    label:
      "a model before a capitalised hyphenated class phrase is one weapon, the class no part of its name",
    text: "Egypt received Buk-M2 Surface-to-Air Missile Systems from Russia, and Algeria bought Kh-59 Air-to-Surface Missiles.",
    gives: [
      ["Russia", "supplies", "Egypt"],
      ["Russia", "supplies", "Buk-M2"],
    ],
    typed: [
      ["Buk-M2", "WeaponSystem"],
      ["Kh-59", "WeaponSystem"],
    ],
    noEntities: ["Buk-M2 Surface", "Kh-59 Air", "air missile system", "surface missile"],
  },
  {
    label: "a weapon's long form before its acronym keeps its first words as the acronym's alias",
    text: "The United States sold the Long Range Anti-Ship Missile (LRASM) and the Joint Light Tactical Vehicle (JLTV) to Australia.",
    gives: [
      ["United States", "supplies", "Australia"],
      ["United States", "supplies", "LRASM"],
    ],
    same: [
      ["LRASM", "Long Range Anti-Ship Missile"],
      ["JLTV", "Joint Light Tactical Vehicle"],
    ],
    noEntities: ["Range Anti-Ship Missile", "Light Tactical Vehicle", "ship missile"],
  },
  {
    label:
      "capitalised class words up to a class noun after a model's designator are its class, not its name",
    text: "Algeria bought Su-57 Stealth Fighter Jets and Tor-M2 Air Defence Systems from Russia.",
    gives: [
      ["Russia", "supplies", "Algeria"],
      ["Russia", "supplies", "Su-57"],
      ["Russia", "supplies", "Tor-M2"],
    ],
    noEntities: ["Su-57 Stealth", "Tor-M2 Air", "Defence Systems"],
  },
  {
    label: "a listed maker and an unknown acronym before a weapon's class noun name a model",
    text: "Belgium sold FN SCAR assault rifles and MBDA CAMM missiles to Peru, while Raytheon GPS systems went to Chile.",
    gives: [
      ["Belgium", "supplies", "Peru"],
      ["Belgium", "supplies", "FN SCAR"],
      ["Belgium", "supplies", "MBDA CAMM"],
    ],
    noEntities: ["Raytheon GPS"],
  },
  {
    label: "a Roman numeral after a designated model's name word is part of its name",
    text: "Qatar bought MQ-9 Reaper II drones from the United States.",
    gives: [
      ["United States", "supplies", "Qatar"],
      ["United States", "supplies", "MQ-9 Reaper II"],
    ],
    noEntities: ["MQ-9 Reaper", "II"],
  },
  {
    label: "a hyphenated variant name after a listed model's name is another model of its family",
    text: "India ordered Rafale Marine-M fighter jets from France.",
    gives: [
      ["France", "supplies", "India"],
      ["France", "supplies", "Rafale Marine-M"],
    ],
    noEntities: ["Marine-M"],
  },
  {
    label: "capitals glued or hyphened before a weapon class's acronym name a model of that class",
    text: "Azerbaijan bought SR-SAM and LRSAM systems from Israel, while police seized CSAM files.",
    gives: [
      ["Israel", "supplies", "Azerbaijan"],
      ["Israel", "supplies", "SR-SAM"],
      ["Israel", "supplies", "LRSAM"],
    ],
    notTyped: [["CSAM", "WeaponSystem"]],
  },
  {
    label: "a body's long form with its acronym stays a body, a weapon word inside it or after the brackets",
    text: "The Space Development Agency (SDA) and the Strategic Rocket Forces (SRF) missile unit briefed the Missile Technology Control Regime (MTCR), and Raytheon Missile Systems (RMS) built the interceptor.",
    typed: [
      ["Space Development Agency", "Organization"],
      ["Strategic Rocket Forces", "Organization"],
      ["Missile Technology Control Regime", "Organization"],
      ["Raytheon Missile Systems", "Organization"],
    ],
    notTyped: [
      ["Strategic Rocket Forces", "WeaponSystem"],
      ["Missile Technology Control Regime", "WeaponSystem"],
      ["Raytheon Missile Systems", "WeaponSystem"],
    ],
  },
  {
    label: "a family's name with capitalised class words is the family's one model the text names",
    text: "The air force received a Pilatus PC-9 trainer. A second Pilatus Trainer Aircraft will follow next year.",
    same: [["Pilatus PC-9", "Pilatus Trainer Aircraft"]],
  },
  {
    label: "a ship's name after a navy's prefix (Papua New Guinea, Tonga) is a WeaponSystem",
    text: "Australia handed HMPNGS Ted Diro to Papua New Guinea, and VOEA Ngahau Koula to Tonga.",
    typed: [
      ["HMPNGS Ted Diro", "WeaponSystem"],
      ["VOEA Ngahau Koula", "WeaponSystem"],
    ],
  },
  {
    label: "listed systems with no cue around them are WeaponSystems",
    text: "The convoy was jammed by a Krasukha, and the army later bought Kirpi MRAPs and Humvees.",
    typed: [
      ["Krasukha", "WeaponSystem"],
      ["Kirpi", "WeaponSystem"],
      ["Humvee", "WeaponSystem"],
    ],
  },
  {
    label: "class modifiers of patrol craft, unmanned vessels and electronic warfare make specific classes",
    text: "The navy bought offshore patrol vessels, unmanned surface vessels and electronic warfare systems.",
    typed: [
      ["offshore patrol vessel", "WeaponSystem"],
      ["unmanned surface vessel", "WeaponSystem"],
      ["electronic warfare system", "WeaponSystem"],
    ],
  },
  {
    label: "a supply noun that only qualifies 'documents' tells no transfer by the one who signs them",
    text: "Defense Secretary Ana Cruz signed the transfer documents with Navantia Project Manager Luis Gil to mark the formal turnover of the frigate to Chile.",
    entities: ["Ana Cruz", "Chile"],
    notGives: [["Ana Cruz", "supplies", "Chile"]],
  },
  {
    label: "a designator after a listed family's name is the model, the family's name an alias of it",
    text: "Egypt received two MEKO A-200 frigates and the Apache AH-64D helicopters.",
    typed: [
      ["A-200", "WeaponSystem"],
      ["AH-64D", "WeaponSystem"],
    ],
    same: [["A-200", "MEKO A-200"]],
    noEntities: ["MEKO", "Apache"],
  },
  {
    label: "a variant in mixed-case letters is a model of its own beside the bare model",
    text: "Russia will deliver Mi-17Sh helicopters to Bolivia, which already flies three Mi-17 helicopters.",
    apart: [["Mi-17Sh", "Mi-17"]],
  },
  {
    label:
      "a Roman numeral after Block, a plural number after a listed model and a joint designation's slash",
    text: "Pakistan flies JF-17 Block II fighters, Taiwan bought Switchblade 300s and Qatar an AN/FPS-132 radar.",
    typed: [
      ["JF-17", "WeaponSystem"],
      ["Switchblade 300", "WeaponSystem"],
      ["AN/FPS-132", "WeaponSystem"],
    ],
    noEntities: ["II", "FPS-132"],
  },
  {
    label: "a hyphenated modifier the tokenizer keeps whole lets a class noun type the name before it",
    text: "Ukraine used the Sting counter-drone system and M1A1SA tanks.",
    typed: [
      ["Sting", "WeaponSystem"],
      ["M1A1SA", "WeaponSystem"],
    ],
  },
  {
    label: "a maker and a short designator before a class modifier ('sniper') are one model",
    text: "The unit bought Barrett M107 sniper rifles.",
    typed: [["Barrett M107", "WeaponSystem"]],
    notTyped: [["Barrett M107", "Person"]],
  },
  {
    label: "an outlet that reports citing unnamed sources relays their claim",
    text: "Kenya is about to send troops to Haiti, Al Jazeera reported, citing sources.",
    entities: ["Al Jazeera", "Kenya"],
    notGives: [["Al Jazeera", "assesses", "Kenya"]],
  },
  {
    label: "a speaker citing evidence, not sources, still makes the claim",
    text: "North Korea tested a new missile last month, Prime Minister Shigeru Ishiba said, citing its flight path.",
    gives: [["Shigeru Ishiba", "assesses", "North Korea"]],
  },
  {
    label:
      "a demonym before a resistance group or movement names no state: talks with it are not the country's",
    text: "Talks between Colombia and the Venezuelan guerrilla movement broke down in August. Negotiations between Iraq and the Syrian resistance group were held in Oslo.",
    entities: ["Colombia", "Venezuela", "Iraq", "Syria"],
    notGives: [
      ["Colombia", "meets", "Venezuela"],
      ["Iraq", "meets", "Syria"],
    ],
  },
  {
    label:
      "a participle of accusing after a verb whose subject is no actor takes no speaker from that verb's object",
    text: "Human rights groups have been criticising the Nigerian army since it began its campaign against Boko Haram, accusing them of killing civilians.",
    entities: ["Nigeria", "Boko Haram"],
    notGives: [
      ["Nigeria", "assesses", "Boko Haram"],
      ["Nigerian Army", "assesses", "Boko Haram"],
    ],
  },
  {
    label: "a place's name before 'Day' names a day, no place",
    text: "Ministers met in Kampala on Africa Day and signed the accord.",
    entities: ["Kampala"],
    noEntities: ["Africa"],
  },
  {
    label: "one or two capitalised words no list knows before a weapon class acronym name a model",
    text: "The army deployed Tulpar IFVs and Kaplan MBTs along the border.",
    typed: [
      ["Tulpar", "WeaponSystem"],
      ["Kaplan", "WeaponSystem"],
    ],
    noEntities: ["IFV"],
  },
  {
    label: "a body's head word before a weapon class acronym names no model",
    text: "Police APCs blocked the road, and Syrian Army APCs moved north.",
    noEntities: ["Police", "Army", "Army APCs"],
  },
  {
    label: "a capitalised ship noun inside a company's name does not open a ship's name",
    text: "Two patrol vessels came from Abu Dhabi Ship Builders (ADSB).",
    noEntities: ["Builders"],
  },
  {
    label: "a long name with its acronym before a vessel noun names a vessel class",
    text: "The navy received two Landing Craft Heavy (LCH) vessels from Australia.",
    typed: [["LCH", "WeaponSystem"]],
  },
  {
    label: "one capitalised word coordinated after a demonym before a class noun is an adjective, no model",
    text: "Serbia flies Russian and Yugoslav aircraft, the Mi-17 among them.",
    entities: ["Mi-17"],
    noEntities: ["Yugoslav"],
  },
  {
    label: "a body named once after its country is the same body where the country is left out",
    text: "U.K. Strategic Command announced the seizure on Monday. A photograph released by the British military's Strategic Command shows the boat.",
    same: [["U.K. Strategic Command", "Strategic Command"]],
  },
  // ---- entities (session 11): title words before a given name are no part of a person's name
  {
    label: "a title's 'of' portfolio before a given name is no part of the name",
    text: "Deputy Chief of Mission Karen Holm met the delegation on Monday.",
    typed: [["Karen Holm", "Person"]],
    noEntities: ["Mission Karen Holm"],
  },
  {
    label: "a long 'of ... for' portfolio before a given name is no part of the name",
    text: "Minister of State for Defence Procurement Oliver Grant announced the order.",
    typed: [["Oliver Grant", "Person"]],
    noEntities: ["Procurement Oliver Grant"],
  },
  {
    label: "the tail of a hyphenated title before a given name is no part of the name",
    text: "Officer-in-Charge Maria Lopez signed the agreement.",
    typed: [["Maria Lopez", "Person"]],
    noEntities: ["-in-Charge Maria Lopez", "in-Charge Maria Lopez"],
  },
  {
    label: "a role at an institution before a given name is no part of the name",
    text: "Economist Sarah Kline said growth would slow.",
    typed: [["Sarah Kline", "Person"]],
    noEntities: ["Economist Sarah Kline"],
  },
  {
    label: "four names with a particle before the last, before a verb of persons, are one person",
    text: "Taur Matan Ruak da Costa met Olaf Scholz in Lisbon.",
    typed: [["Taur Matan Ruak da Costa", "Person"]],
  },
  {
    label: "a Portuguese three-part name with the particle do after a title of a country is one person",
    text: "Prime Minister of Angola Manuel Domingos do Nascimento met Japanese Defence Minister Nobuo Kishi in Luanda.",
    typed: [["Manuel Domingos do Nascimento", "Person"]],
    noEntities: ["Manuel Domingos", "Nascimento"],
    gives: [
      ["Nobuo Kishi", "meets", "Manuel Domingos do Nascimento"],
      ["Manuel Domingos do Nascimento", "affiliated_with", "Angola"],
    ],
  },
  {
    label: "after 'Minister of [Country]', a three-word name whose first word no list knows is all the name",
    text: "Japanese Defence Minister Nobuo Kishi held talks with Defence Minister of Angola Joao Ernesto dos Santos in Tokyo.",
    typed: [["Joao Ernesto dos Santos", "Person"]],
    noEntities: ["Ernesto dos Santos"],
    gives: [
      ["Joao Ernesto dos Santos", "affiliated_with", "Angola"],
      ["Nobuo Kishi", "meets", "Joao Ernesto dos Santos"],
    ],
  },
  {
    label:
      "after 'Minister of [Country]', a name with an apostrophe is not cut at a listed given name inside it",
    text: "Indian Defence Minister Rajnath Singh met Defence Minister of Malawi Atanasio Salvador M'bwana in Lilongwe.",
    typed: [["Atanasio Salvador M'bwana", "Person"]],
    noEntities: ["Salvador M'bwana"],
  },
  {
    label: "a name with the particle das after a demonym and a title is one person",
    text: "Brazilian President Luiz Inacio da Silva met Angolan President Joao Manuel das Neves.",
    typed: [["Joao Manuel das Neves", "Person"]],
    gives: [
      ["Luiz Inacio da Silva", "meets", "Joao Manuel das Neves"],
      ["Joao Manuel das Neves", "affiliated_with", "Angola"],
    ],
  },
  {
    label: "the surname Do, capitalised, opens a name: only the lower-case particle joins one",
    text: "Vietnamese Deputy Foreign Minister Do Hung Viet met Indian Ambassador Sandeep Arya in Hanoi.",
    typed: [["Do Hung Viet", "Person"]],
    gives: [["Do Hung Viet", "meets", "Sandeep Arya"]],
  },
  {
    label: "a lower-case 'do' between capitalised words of a question joins no name",
    text: "Why do Ukraine and Poland disagree over grain? Officials in Kyiv met their Polish counterparts.",
    entities: ["Ukraine", "Poland"],
    noEntities: ["Why do Ukraine"],
  },
  {
    label: "a particle inside a body's long foreign name makes no person",
    text: "Banco Nacional de Desenvolvimento Economico said it would lend more.",
    noEntities: ["Banco Nacional de Desenvolvimento Economico"],
  },
  {
    label: "a listed city with a lower-case word, written in title case, is a place, not a person",
    text: "The delegation flew to Burton Upon Trent on Monday.",
    typed: [["Burton Upon Trent", "Location"]],
    notTyped: [["Burton Upon Trent", "Person"]],
  },
  {
    label: "a listed person's name that a patronymic chain continues takes the chain in",
    text: "Saudi Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received Emmanuel Macron in Riyadh.",
    entities: ["Mohammed bin Salman", "Emmanuel Macron"],
    noEntities: ["Abdulaziz Al Saud", "Salman bin Abdulaziz Al Saud"],
    gives: [["Mohammed bin Salman", "meets", "Emmanuel Macron"]],
  },
  {
    label: "a listed person's surname after another given name in capitals is not that person",
    text: "PETER MEDVEDEV\nMOSCOW, Dec 4 - Russia would buy drones from Iran.",
    entities: ["Russia", "Iran"],
    noEntities: ["Dmitry Medvedev"],
  },
  {
    label: "an initial before a surname, at the start of a sentence before a verb of persons, is a person",
    text: "R. Venkataraman met Wang Yi in Beijing on Monday.",
    typed: [["R. Venkataraman", "Person"]],
    gives: [["R. Venkataraman", "meets", "Wang Yi"]],
  },
  {
    label: "a title's posting after 'in' before a given name is no part of the name",
    text: "Consul General in Shanghai Scott Walker met Chinese officials.",
    typed: [["Scott Walker", "Person"]],
    noEntities: ["Shanghai Scott Walker"],
  },
  {
    label: "a hyphenated given name of two given names opens a four-word personal name",
    text: "Marie-Claire Le Gall met Li Qiang in Beijing.",
    typed: [["Marie-Claire Le Gall", "Person"]],
    noEntities: ["Claire Le Gall"],
  },
  {
    label: "a bare service word is the service its country's alias names in the document",
    text: "The U.S. Army received the first howitzers on Monday. The Army said more would follow.",
    same: [["U.S. Army", "Army"]],
  },
  {
    label: "a bare service word is the country's service named last before it",
    text: "The Kenyan Army hosted the Ugandan Army in Nairobi. The Army said Ethiopia had bought drones.",
    gives: [["Ugandan Army", "assesses", "Ethiopia"]],
    notGives: [["Kenyan Army", "assesses", "Ethiopia"]],
  },
  {
    label: "a service a pronoun owns is the document's one country's service of that name",
    text: "Ghana added two patrol boats to its Navy. The Ghanaian Navy will base them in Sekondi.",
    same: [["Ghanaian Navy", "Navy"]],
  },
  {
    label: "bare service words after an acronym's service are no entities of their own",
    text: "The grant will equip the KDF Army, Navy, and Air Force, said Ambassador Carol Reyes.",
    entities: ["Carol Reyes"],
    noEntities: ["Navy", "Air Force"],
  },
  {
    label: "a listed city whose last word is a place noun is a place, though a given name opens it",
    text: "Logan City, a Brisbane suburb, hosted the fair.",
    typed: [["Logan City", "Location"]],
    notTyped: [["Logan City", "Person"]],
  },
  {
    label: "a listed city of two words at the start of a sentence is a place",
    text: "Makati City hosted the arms fair.",
    typed: [["Makati City", "Location"]],
  },
  {
    label: "the American spelling of a title head is a title before a name",
    text: "Political Counselor Diane Marsh met Thai officials in Bangkok.",
    typed: [["Diane Marsh", "Person"]],
    noEntities: ["Counselor Diane Marsh"],
  },
  {
    label: "a given name before a place noun is no person: a town's name or nickname",
    text: "The convoy reached Crystal City on Friday, where Mayor Alan Ruiz greeted the troops.",
    entities: ["Alan Ruiz"],
    noEntities: ["Crystal City"],
  },
  {
    label: "a given name before a weapon's class noun is no person",
    text: "Peru ordered twelve Dale Helicopters from the maker, Colonel Omar Haddad said.",
    entities: ["Omar Haddad"],
    noEntities: ["Dale Helicopters"],
  },
  {
    label: "a compound of two nouns joined by '-to-' names no body",
    text: "Both chiefs discussed Navy-to-Navy cooperation with Admiral Kenji Sato.",
    entities: ["Kenji Sato"],
    noEntities: ["Navy-to-Navy"],
  },
  {
    label: "'Coordinator' is a title head before a name",
    text: "White House Communications Coordinator Karen Dwyer said Washington would send more aid.",
    typed: [["Karen Dwyer", "Person"]],
    noEntities: ["Coordinator Karen Dwyer"],
    gives: [["Karen Dwyer", "affiliated_with", "White House"]],
  },
  {
    label: "an acronym and a variant number written apart before a weapon's class noun name a model",
    text: "Washington approved the sale of 300 HJ 8E anti-tank missiles to Kenya.",
    typed: [["HJ 8E", "WeaponSystem"]],
    gives: [["Washington", "supplies", "HJ 8E"]],
  },
  {
    label: "a class listed on its own beside a model of that class is an item of its own",
    text: "The package Norway sent Ukraine includes howitzers, anti-ship missiles, NSM 3A anti-ship missiles and radars.",
    gives: [
      ["Norway", "supplies", "NSM 3A"],
      ["Norway", "supplies", "anti-ship missile"],
    ],
  },
  {
    label: "a weapon's capitalised class before 'Systems' is a weapon, not a company",
    text: "Romania received more Guided Multiple Launch Rocket Systems from the United States.",
    typed: [["Guided Multiple Launch Rocket Systems", "WeaponSystem"]],
    notTyped: [["Guided Multiple Launch Rocket Systems", "Organization"]],
  },
  {
    label: "a bare service in a title is the document's one country's service of that name",
    text: "The U.S. Army fielded the new rifle on Monday. Secretary of the Army Carla Reyes attended the ceremony.",
    gives: [["Carla Reyes", "affiliated_with", "U.S. Army"]],
  },
  {
    label: "a listed city whose first word is a place noun is a place, though the word is also a given name",
    text: "Port Elizabeth hosted the naval exercise on Friday.",
    typed: [["Port Elizabeth", "Location"]],
    notTyped: [["Port Elizabeth", "Person"]],
  },
  {
    label: "a quotation after a prepositional phrase and a comma is the claim of 'said'",
    text: 'Foreign Ministry spokesman Lin Jian said at a regular briefing, "The Philippines is stirring up trouble."',
    gives: [["Lin Jian", "assesses", "Philippines"]],
  },
  {
    label: "a quotation after the addressee, a place and a comma is the claim of 'told'",
    text: 'Andrzej Duda told journalists in Warsaw, "Belarus is helping Moscow hide its troops."',
    gives: [["Andrzej Duda", "assesses", "Belarus"]],
  },
  {
    label: "a quotation after a time phrase is about its own subject, not an actor further in it",
    text: 'Kaja Kallas said on Tuesday, "We will send more shells to Ukraine."',
    notGives: [["Kaja Kallas", "assesses", "Ukraine"]],
  },
  {
    label: "a time adverbial with its date in brackets stands between the subject and the verb",
    text: "Poland on Tuesday (Feb. 4) condemned Belarus for the airspace violation.",
    gives: [["Poland", "assesses", "Belarus"]],
  },
  {
    label: "a bracketed acronym and a time adverbial with a bracketed date stand before the verb",
    text: "The Ministry of Foreign Affairs (MOFA) on Monday (June 2) condemned Iran for the drone strike.",
    gives: [["Ministry of Foreign Affairs", "assesses", "Iran"]],
  },
  {
    label: "a supplier before a time adverbial with a bracketed date delivers",
    text: "Germany on Monday (June 2) delivered two IRIS-T systems to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
    ],
  },
  {
    label: "an outlet that reports a statement made by a long-titled speaker relays it",
    text: "Egypt's minister of foreign affairs and emigration, Sameh Shoukry, on Monday accused Ethiopia of stalling the talks, Reuters reported.",
    gives: [["Sameh Shoukry", "assesses", "Ethiopia"]],
    notGives: [
      ["Reuters", "assesses", "Sameh Shoukry"],
      ["Reuters", "assesses", "Egypt"],
    ],
  },
  {
    label: "an outlet that reports, in a participle, a quotation said by another relays it",
    text: '"Houthi attacks on shipping threaten global trade," the Egyptian ministry said in a statement, reported by Reuters.',
    notGives: [["Reuters", "assesses", "Houthis"]],
  },
  {
    label: "two plain capitalised words before a verb of judgement are a person's name",
    text: "Zorigt Batbayar condemned the shelling by Russia.",
    typed: [["Zorigt Batbayar", "Person"]],
    gives: [["Zorigt Batbayar", "assesses", "Russia"]],
  },
  {
    label: "an abbreviated country name before an act noun, after an adjective, owns the act judged",
    text: "China on Friday condemned new US export controls.",
    gives: [["China", "assesses", "United States"]],
  },
  {
    label: "an abbreviated body name before an act noun, after a time phrase, owns the act judged",
    text: "Iran denounced on Monday the EU decision to list the Guards.",
    gives: [["Iran", "assesses", "European Union"]],
  },
  {
    label: "a full country name after an adjective and before an act noun is not taken as its owner",
    text: "Russia condemned the new Ukraine aid package.",
    notGives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "coordinated speakers who accuse each other judge one another",
    text: "Ethiopia and Eritrea on Sunday accused each other of massing troops on the border.",
    gives: [
      ["Ethiopia", "assesses", "Eritrea"],
      ["Eritrea", "assesses", "Ethiopia"],
    ],
  },
  {
    label:
      "both nations accused each other: a group subject stands for the two countries coordinated just before",
    text: "Sudan and South Sudan signed a truce last month. Both nations have accused each other of breaking it.",
    gives: [
      ["Sudan", "assesses", "South Sudan"],
      ["South Sudan", "assesses", "Sudan"],
    ],
  },
  {
    label: "the two leaders condemned: a group subject stands for the two people who met just before",
    text: "President William Ruto met President Yoweri Museveni in Entebbe. The two leaders condemned al-Shabaab's attacks.",
    gives: [
      ["William Ruto", "assesses", "al-Shabaab"],
      ["Yoweri Museveni", "assesses", "al-Shabaab"],
    ],
  },
  {
    label: "the three countries said: a counted group of countries takes the three coordinated just before",
    text: "Estonia, Latvia and Lithuania closed their borders to Russian trucks. The three Baltic countries said Russia had used the trucks for smuggling.",
    gives: [
      ["Estonia", "assesses", "Russia"],
      ["Latvia", "assesses", "Russia"],
      ["Lithuania", "assesses", "Russia"],
    ],
  },
  {
    label: "the two countries after three named: a group whose size does not fit stands for no one",
    text: "Peru, Chile and Bolivia met in Lima. The two countries accused Bolivia of delays.",
    entities: ["Peru", "Chile", "Bolivia"],
    notGives: [
      ["Peru", "assesses", "Bolivia"],
      ["Chile", "assesses", "Bolivia"],
    ],
  },
  {
    label: "the two leaders with no pair told before: no speaker",
    text: "The two leaders condemned Armenia's actions.",
    entities: ["Armenia"],
    gives: [],
  },
  {
    label: "both countries after two pairs met: more than one group before, no speaker",
    text: "Kenya and Uganda held talks in Nairobi while Sudan and Chad met in Cairo. Both countries condemned the attacks by al-Shabaab.",
    entities: ["Kenya", "Sudan", "al-Shabaab"],
    notGives: [
      ["Kenya", "assesses", "al-Shabaab"],
      ["Sudan", "assesses", "al-Shabaab"],
    ],
  },
  {
    label: "coordinated speakers who do not criticise one another judge neither",
    text: "Serbia and Hungary did not criticise one another over the pipeline.",
    notGives: [
      ["Serbia", "assesses", "Hungary"],
      ["Hungary", "assesses", "Serbia"],
    ],
  },
  {
    label: "rejecting another party's remarks judges their author",
    text: "Bangladesh rejected the remarks made by Myanmar on the border clashes.",
    gives: [["Bangladesh", "assesses", "Myanmar"]],
  },
  {
    label: "dismissing another party's position judges that party",
    text: "Morocco dismissed Algeria's position on the Western Sahara talks.",
    gives: [["Morocco", "assesses", "Algeria"]],
  },
  {
    label: "dismissing someone from a position is no judgement of him",
    text: "Vladimir Putin dismissed Sergei Shoigu from his position in May.",
    notGives: [["Vladimir Putin", "assesses", "Sergei Shoigu"]],
  },
  {
    label:
      "an outlet quoting a named speaker as saying, then a quotation after a comma, gives the speaker's claim",
    text: 'Anadolu quoted Hakan Fidan as saying, "Israel is dragging the region into war."',
    typed: [["Hakan Fidan", "Person"]],
    gives: [["Hakan Fidan", "assesses", "Israel"]],
    notGives: [["Anadolu", "assesses", "Israel"]],
  },
  {
    label: "a quoted claim of having intelligence that another party acts is about that party",
    text: '"We have intelligence that Belarus is training the fighters," Gabrielius Landsbergis said.',
    gives: [["Gabrielius Landsbergis", "assesses", "Belarus"]],
  },
  // ---- supplies: shapes of unseen news (a probe of 50 arms-transfer articles, session 12)
  {
    label:
      "a list of six recipients after 'to' gives each of them, the list's 'and' far from its first comma",
    text: "Argentina has sold Pampa trainers to Chile, Peru, Bolivia, Uruguay, Paraguay and Ecuador.",
    gives: [
      ["Argentina", "supplies", "Chile"],
      ["Argentina", "supplies", "Uruguay"],
      ["Argentina", "supplies", "Ecuador"],
    ],
  },
  {
    label: "a comma after the recipient before a speaker does not open a list of recipients",
    text: "India sold BrahMos missiles to Vietnam, Prime Minister Narendra Modi and Defence Minister Rajnath Singh said on Friday.",
    gives: [["India", "supplies", "Vietnam"]],
    notGives: [
      ["India", "supplies", "Narendra Modi"],
      ["India", "supplies", "Rajnath Singh"],
    ],
  },
  {
    label: "an approved possible sale is a committed transfer; the state of the approving ministry sells too",
    text: "Germany's Defence Ministry approved a possible $300 million sale of Leopard 2 tanks to Estonia. The US State Department approved a potential sale of Javelin missiles to Latvia.",
    gives: [
      ["Germany", "supplies", "Estonia"],
      ["State Department", "supplies", "Latvia"],
      ["State Department", "supplies", "Javelin"],
    ],
  },
  {
    label: "an amount of potential sales approved, with the recipients after 'to'",
    text: "The State Department has approved $2.1 billion of potential weapons sales to Greece and Cyprus.",
    gives: [
      ["State Department", "supplies", "Greece"],
      ["State Department", "supplies", "Cyprus"],
    ],
  },
  {
    label: "a possible sale only considered, or an approval that may come, stays possible",
    text: "The United States is considering a possible sale of F-35 jets to Qatar. Washington may approve a possible sale of Patriot missiles to Poland.",
    notGives: [
      ["United States", "supplies", "Qatar"],
      ["United States", "supplies", "Poland"],
    ],
  },
  {
    label: "a firm that signs a deal with a state sells to it",
    text: "Germany's Rheinmetall has signed a deal with Hungary for 218 Lynx infantry fighting vehicles.",
    gives: [
      ["Rheinmetall", "supplies", "Hungary"],
      ["Rheinmetall", "supplies", "Lynx"],
    ],
    notGives: [["Hungary", "supplies", "Rheinmetall"]],
  },
  {
    label: "a ministry's contract with a firm for goods for its army: the firm sells, not the ministry",
    text: "The Ministry of Defence signed a contract with Bharat Dynamics for Akash missiles for the Indian Army.",
    gives: [
      ["Bharat Dynamics", "supplies", "Indian Army"],
      ["Bharat Dynamics", "supplies", "Akash"],
    ],
    notGives: [["Ministry of Defence", "supplies", "Indian Army"]],
  },
  {
    label: "a contract signed between a state's air force and a firm: the firm sells",
    text: "The contract for 24 Rafale jets was signed between the Qatar Air Force and Dassault Aviation.",
    gives: [
      ["Dassault Aviation", "supplies", "Qatar Air Force"],
      ["Dassault Aviation", "supplies", "Rafale"],
    ],
    notGives: [["Qatar Air Force", "supplies", "Dassault Aviation"]],
  },
  {
    label: "a state's navy that signs a deal with a state buys from it",
    text: "The Pakistan Navy signed a contract with China for four Type 054A frigates.",
    gives: [["China", "supplies", "Pakistan Navy"]],
    notGives: [["Pakistan Navy", "supplies", "China"]],
  },
  {
    label: "a past form read as an adjective before a possessive determiner is the finite verb",
    text: "The Government of Japan today gifted its patrol vessel Kunisaki to the Government of Palau.",
    gives: [["Japan", "supplies", "Palau"]],
  },
  {
    label: "a quotation before 'told reporters when asked about' is the speaker's claim",
    text: 'Japan "is militarising the region", Chinese Foreign Ministry spokesman Guo Jiakun told reporters when asked about the drills.',
    gives: [["Guo Jiakun", "assesses", "Japan"]],
  },
  {
    label: "a speaker's occasion clause after the quotation names no claim of its own",
    text: '"We will never surrender," Volodymyr Zelensky said while visiting Kharkiv.',
    notGives: [["Volodymyr Zelensky", "assesses", "Kharkiv"]],
  },
  {
    label: "an inverted title of a country with a name in apposition after it: the named person speaks",
    text: '"Colombia is harbouring the guerrillas," said the president of Ecuador, Daniel Noboa.',
    gives: [["Daniel Noboa", "assesses", "Colombia"]],
  },
  {
    label: "an inverted bare title of a country: the country speaks through its officeholder",
    text: '"Colombia is harbouring the guerrillas," said the foreign minister of Ecuador.',
    gives: [["Ecuador", "assesses", "Colombia"]],
  },
  {
    label: "holding another party fully responsible judges it",
    text: "The Syrian Democratic Forces held Turkey fully responsible for the drone strikes.",
    gives: [["Syrian Democratic Forces", "assesses", "Turkey"]],
  },
  {
    label: "holding a group and a government accountable judges both",
    text: "Yoav Gallant held Hamas and the Iranian government accountable for the attack.",
    gives: [
      ["Yoav Gallant", "assesses", "Hamas"],
      ["Yoav Gallant", "assesses", "Iran"],
    ],
  },
  {
    label: "an appeal to hold another party accountable is no judgement",
    text: "Ecuador said the Security Council must hold Peru accountable for the incursion.",
    notGives: [["UN Security Council", "assesses", "Peru"]],
  },
  {
    label: "holding people captive is no judgement of them",
    text: "Al-Shabaab held Kenya's soldiers captive for months.",
    notGives: [["Al-Shabaab", "assesses", "Kenya"]],
  },
  {
    label: "'according to' an outlet after a judgement by a named speaker relays it",
    text: "Iran, meanwhile, called the raids on Syria a flagrant violation of international law, according to Reuters.",
    notGives: [["Reuters", "assesses", "Iran"]],
  },
  {
    label: "a weapon in the recipient's phrase after 'to' is what the goods serve, not goods sent",
    text: "The sale will help Norway provide continued maintenance support to the P-8 Poseidon fleet.",
    notGives: [["Norway", "supplies", "P-8 Poseidon"]],
  },
  {
    label: "a weapon in a phrase of means carries the goods; one after the recipient and a comma is sent",
    text: "Russia delivered two Pantsir systems to Serbia in an airlift using Il-76 transport planes. The United States sold 12 F-16 jets to Iraq, along with AIM-120 missiles.",
    gives: [
      ["Russia", "supplies", "Pantsir"],
      ["United States", "supplies", "AIM-120"],
    ],
    notGives: [["Russia", "supplies", "Il-76"]],
  },
  {
    label: "a phrase of cause after the recipient ends the supply's objects",
    text: "Spain has donated 20 Leopard 2A4 tanks to Slovakia, due to Slovak military assistance to Ukraine.",
    gives: [["Spain", "supplies", "Slovakia"]],
    notGives: [["Spain", "supplies", "Ukraine"]],
  },
  {
    label: "issuing a warning to another party judges it",
    text: "Pakistan's foreign ministry spokesperson, Mumtaz Zahra Baloch, issued a stern warning to Afghanistan on Friday.",
    gives: [["Mumtaz Zahra Baloch", "assesses", "Afghanistan"]],
  },
  {
    label: "a warning issued to people who are no actor judges no one",
    text: "The Australian embassy issued a travel warning to citizens in Lebanon.",
    notGives: [["Australia", "assesses", "Lebanon"]],
  },
  {
    label:
      "a weapon after the recipient of 'delivered to' is sent; a carrier after 'using' in a delivery noun's phrase is not",
    text: "Germany has delivered to Ukraine the first IRIS-T system. India completed the delivery of BrahMos missiles to the Philippines in an airlift using C-17 Globemaster aircraft.",
    gives: [
      ["Germany", "supplies", "IRIS-T"],
      ["India", "supplies", "BrahMos"],
    ],
    notGives: [["India", "supplies", "C-17 Globemaster"]],
  },
  {
    label: "being against purchasing, or warning against supplying, is no supply",
    text: "The Defence Ministry of Peru is against purchasing Israeli Spike missiles. Washington warned Berlin against supplying Taurus missiles to Ukraine.",
    notGives: [
      ["Israel", "supplies", "Spike"],
      ["Germany", "supplies", "Taurus"],
    ],
  },
  // ---- entities (session 13): a body's long form across "and" that its acronym spells; a staff inside its chief's title
  {
    label: "an acronym in brackets that spells a long form keeps the words after 'and' in the name",
    text: "The Joint Services Command and Staff College (JSCSC) trained 180 officers this year. Recruits were screened by the State Intelligence and Security Directorate (SISD).",
    entities: ["Joint Services Command and Staff College", "State Intelligence and Security Directorate"],
    noEntities: ["Joint Services Command", "Staff College", "State Intelligence", "Security Directorate"],
  },
  {
    label: "two bodies joined by 'and' whose acronym does not spell both stay two",
    text: "The Defence Ministry and Naval Dockyard Corporation (NDC) signed the contract on Monday.",
    entities: ["Naval Dockyard Corporation"],
    noEntities: ["Defence Ministry and Naval Dockyard Corporation"],
  },
  {
    label: "a staff named only inside its chief's title is no body; one named after 'of' is",
    text: "Kenya's Chief of General Staff, General Peter Njoroge, met the Chief of the General Staff of the Ghana Army.",
    entities: ["Peter Njoroge", "Ghanaian General Staff"],
    noEntities: ["Kenyan General Staff"],
    gives: [["Peter Njoroge", "affiliated_with", "Kenya"]],
  },
  {
    label: "a long body name ending with 'Depot' after a country is one body that can donate",
    text: "The British Army Logistics Depot donated tents to the Malawi Defence Force.",
    typed: [["British Army Logistics Depot", "Organization"]],
    gives: [["British Army Logistics Depot", "supplies", "Malawi Defence Force"]],
  },
  {
    label: "a depot's long name after 'that' is the body that provides support",
    text: "The trucks are part of the support that the U.S. Maintenance Support Depot provides to the Ghana Armed Forces.",
    typed: [["U.S. Maintenance Support Depot", "Organization"]],
  },
  {
    label: "'the Depot' alone, capitalised, with no depot named before, names no body",
    text: "The Depot was closed in 2019, the Ghana Armed Forces said.",
    entities: ["Ghana Armed Forces"],
    noEntities: ["Depot"],
  },
  {
    label: "a model's designator glued after a body's acronym is no part of the body's name",
    text: "The Ghana Air Force (GAF) received its first trainer in 1995. Chairman of Korea Aerospace Oscar Kim said the GAF KT1 flew 20,000 hours.",
    entities: ["Ghana Air Force", "Oscar Kim"],
    noEntities: ["GAF KT1"],
  },
  {
    label: "'Private Limited' after a company's name is its legal form, no body of its own",
    text: "The fuzes are made by Bharat Dynamics Private Limited in Hyderabad.",
    entities: ["Bharat Dynamics"],
    noEntities: ["Private Limited"],
  },
  {
    label: "a peace facility is a body's two-word head",
    text: "The radios were funded by the European Peace Facility. The Asian Peace Facility and the Pacific Islands Forum signed the plan.",
    typed: [
      ["European Peace Facility", "Organization"],
      ["Asian Peace Facility", "Organization"],
    ],
    noEntities: ["Asian Peace Facility and the Pacific Islands Forum"],
  },
  {
    label:
      "a titled name with a middle initial before 'of' and a body ends there; the body after it is another",
    text: "The parade was reviewed by Brig. Gen. Samuel K. Otieno of the Eastern Rift Command.",
    entities: ["Samuel K. Otieno", "Eastern Rift Command"],
    noEntities: ["Brig. Gen. Samuel K. Otieno of the Eastern Rift Command"],
  },
  {
    label: "words of a field of work name no person, and a guard of honour is no body",
    text: "The visiting admiral inspected a Guard of Honour mounted by the Tanzania Navy. Officials said Capacity Building and Disaster Relief Training were priorities.",
    entities: ["Tanzania Navy"],
    noEntities: ["Guard of Honour", "Capacity Building", "Disaster Relief Training"],
  },
  {
    label:
      "a unit's head after an ordinal and title modifiers is a unit; a hyphenated rank's abbreviation is no person",
    text: "Airmen of the 121st Air Refueling Wing flew with the 33rd Air Mobility Squadron. Lt-Gen. Farouk Yahaya inspected them.",
    typed: [
      ["121st Air Refueling Wing", "Organization"],
      ["33rd Air Mobility Squadron", "Organization"],
    ],
    noEntities: ["-Gen", "Gen"],
  },
  {
    label: "title modifiers that a body's head ends are part of the body's name, no title after it",
    text: "The drill was run by the Pacific Rim Aerospace Defense Command on Tuesday. Navy Commander Admiral Hamid Rahimi received the guests.",
    entities: ["Pacific Rim Aerospace Defense Command", "Hamid Rahimi"],
    noEntities: ["Defense Command", "Pacific Rim Aerospace"],
  },
  {
    label: "an ordinal in digits and a unit's head make a military unit",
    text: "Pilots of the 138th Fighter Wing and marines of the 31st Marine Expeditionary Unit trained with the 6th Fleet.",
    typed: [
      ["138th Fighter Wing", "Organization"],
      ["31st Marine Expeditionary Unit", "Organization"],
      ["6th Fleet", "Organization"],
    ],
  },
  {
    label: "extolling, appreciating and complimenting a body judge it",
    text: "Major General Amadou Sow extolled the Ghana Armed Forces. Defence Minister Richard Marles appreciated the Indonesian Navy for its role in the rescue. Lloyd Austin complimented the Philippine Navy for taking the lead.",
    gives: [
      ["Amadou Sow", "assesses", "Ghana Armed Forces"],
      ["Richard Marles", "assesses", "Indonesian Navy"],
      ["Lloyd Austin", "assesses", "Philippine Navy"],
    ],
  },
  {
    label: "crediting a body for an act judges it",
    text: "Defence Minister Rajnath Singh credited the Royal Navy for playing a crucial role in the operation.",
    gives: [["Rajnath Singh", "assesses", "Royal Navy"]],
  },
  {
    label: "welcoming another party's decision or idea judges its owner",
    text: "Kenyan ambassador to Ghana Peter Kamau welcomed Ghana's idea to host the force headquarters. Brazil on Friday welcomed the UN Security Council's decision to extend the mission. Colombian President Gustavo Petro welcomed the plan by Venezuela to reopen the border.",
    gives: [
      ["Peter Kamau", "assesses", "Ghana"],
      ["Brazil", "assesses", "UN Security Council"],
      ["Gustavo Petro", "assesses", "Venezuela"],
    ],
  },
  {
    label: "welcoming a visitor or a delegation is no judgement",
    text: "Argentine President Javier Milei welcomed Chilean President Gabriel Boric to Buenos Aires. Kenyan President William Ruto welcomed the Chinese delegation at State House.",
    entities: ["Javier Milei", "Gabriel Boric", "William Ruto", "China"],
    notGives: [
      ["Javier Milei", "assesses", "Gabriel Boric"],
      ["Javier Milei", "assesses", "Chile"],
      ["William Ruto", "assesses", "China"],
    ],
  },
  {
    label: "welcoming an arrival or appreciating an opportunity is no judgement",
    text: "Haitian Prime Minister Garry Conille welcomed the arrival of Kenyan police officers. Philippine President Ferdinand Marcos appreciated the opportunity to meet Anthony Albanese in Canberra.",
    entities: ["Garry Conille", "Kenya", "Ferdinand Marcos", "Anthony Albanese"],
    notGives: [
      ["Garry Conille", "assesses", "Kenya"],
      ["Ferdinand Marcos", "assesses", "Anthony Albanese"],
    ],
  },
  {
    label:
      "a body named by a demonym and a word, as a possessor in the judged phrase, is judged, not its country",
    text: "Sergio Mattarella praised the Brazilian Navy's efforts to carry out deployments.",
    gives: [["Sergio Mattarella", "assesses", "Brazilian Navy"]],
    notGives: [["Sergio Mattarella", "assesses", "Brazil"]],
  },
  {
    label:
      "the agent of a participle after the judged noun is judged, and a participle after adjectives does not end the phrase",
    text: "Sultan Al Muraikhi praised the outstanding role played by Kazakhstan. The Chinese foreign ministry on Tuesday condemned the latest planned U.S. arms sale to Taiwan.",
    gives: [
      ["Al Muraikhi", "assesses", "Kazakhstan"],
      ["Chinese foreign ministry", "assesses", "United States"],
    ],
    notGives: [["Chinese foreign ministry", "assesses", "Taiwan"]],
  },
  {
    label: "'the' right after a name's word opens another name",
    text: "A local official told Darfur Monitor the West Kordofan Police had arrested two men.",
    entities: ["Darfur Monitor", "West Kordofan Police"],
    noEntities: ["Darfur Monitor the West Kordofan Police"],
  },
  {
    label: "a commandant is a title: the body after 'of' is the name, the holder a person",
    text: "The Commandant of the Naval Staff College, Commodore Ruth Adeyemi, welcomed the students.",
    entities: ["Naval Staff College", "Ruth Adeyemi"],
    noEntities: ["Commandant of the Naval Staff College"],
  },
  {
    label: "a bare head before 'and' and a noun that opens no body share the institution's head",
    text: "The Joint Forces Command and Staff College graduated 90 majors. The Eastern Command and Defence Academy delegations met.",
    entities: ["Joint Forces Command and Staff College", "Eastern Command", "Defence Academy"],
    noEntities: ["Staff College", "Eastern Command and Defence Academy"],
  },
  {
    label: "a name's title words after 'of' in the judged phrase do not hide its owner",
    text: "Admiral Tony Radakin lauded the leadership of Chief of Naval Staff Admiral Naveed Ashraf.",
    gives: [["Tony Radakin", "assesses", "Naveed Ashraf"]],
  },
  {
    label: "the one a killing or an invasion is done to is not judged; its agent after 'by' is",
    text: "Turkish Foreign Minister Hakan Fidan condemned the killing of Ismail Haniyeh by Israel. Penny Wong condemned the invasion of Ukraine.",
    entities: ["Ismail Haniyeh", "Penny Wong", "Ukraine"],
    gives: [["Hakan Fidan", "assesses", "Israel"]],
    notGives: [
      ["Hakan Fidan", "assesses", "Ismail Haniyeh"],
      ["Penny Wong", "assesses", "Ukraine"],
    ],
  },
  {
    label: "a body's name set off by commas after a description of it is the speaker",
    text: "Russia's closest ally, the Collective Security Treaty Organization, criticised Armenia on Monday.",
    gives: [["Collective Security Treaty Organization", "assesses", "Armenia"]],
    notGives: [["Russia", "assesses", "Armenia"]],
  },
  {
    label:
      "a definite description of one person that the document may name elsewhere speaks for no country; unnamed spokespeople and bodies do",
    text: "General Juan Arce, Bolivia's army chief, arrived in Asuncion on Monday. The Bolivian military leader noted that the Paraguayan Army is strong. The Thai spokesperson said Cambodia was sending troops. The Indonesian military said Malaysia had violated the border.",
    entities: ["Bolivia", "Paraguayan Army", "Cambodia", "Malaysia"],
    gives: [
      ["Thailand", "assesses", "Cambodia"],
      ["Indonesia", "assesses", "Malaysia"],
    ],
    notGives: [["Bolivia", "assesses", "Paraguayan Army"]],
  },
  {
    label: "a claim noun's author may carry an appositive before 'that'",
    text: "Tehran rejected accusations by Antony Blinken, the US secretary of state, that Iran was sending missiles to Russia.",
    gives: [["Antony Blinken", "assesses", "Iran"]],
    notGives: [["Antony Blinken", "assesses", "Russia"]],
  },
  {
    label: "a verb after 'and' shares the subject of the verb before a gerund's phrase",
    text: "Admiral Samuel Paparo praised the sailors for completing the patrol and commended the Royal Australian Navy for its support. Richard Marles thanked the crew for bringing the ship home and met Indonesian Defence Minister Sjafrie Sjamsoeddin.",
    entities: ["Richard Marles", "Sjafrie Sjamsoeddin"],
    gives: [["Samuel Paparo", "assesses", "Royal Australian Navy"]],
    notGives: [["Richard Marles", "assesses", "Sjafrie Sjamsoeddin"]],
  },
  {
    label: "speaking highly of another party judges it; speaking of it does not",
    text: "Indonesian President Prabowo Subianto spoke highly of Turkey's defence industry during the visit. Philippine President Ferdinand Marcos spoke of Japan's new radar deliveries during the briefing.",
    entities: ["Ferdinand Marcos", "Japan"],
    gives: [["Prabowo Subianto", "assesses", "Turkey"]],
    notGives: [["Ferdinand Marcos", "assesses", "Japan"]],
  },
  {
    label: "lashing out or hitting out at another party, and protesting its act, judge it",
    text: "Hungarian Foreign Minister Peter Szijjarto lashed out at Ukraine over the pipeline. Iran hit out at Israel over the strikes. Vietnam protested China's deployment of the missiles. The Philippines protested against Chinese actions in the South China Sea.",
    gives: [
      ["Peter Szijjarto", "assesses", "Ukraine"],
      ["Iran", "assesses", "Israel"],
      ["Vietnam", "assesses", "China"],
      ["Philippines", "assesses", "China"],
    ],
  },
  {
    label:
      "a judgement done promptly or on an occasion is stated: was quick to, was swift to, rushed to, took the opportunity to",
    text: "Ankara was quick to denounce Greece's provocative actions. Moscow was swift to condemn the strikes by Ukraine. Kenya rushed to condemn Sudan's attack. Minister John Kamau took the opportunity to thank Japan for its support.",
    gives: [
      ["Turkey", "assesses", "Greece"],
      ["Russia", "assesses", "Ukraine"],
      ["Kenya", "assesses", "Sudan"],
      ["John Kamau", "assesses", "Japan"],
    ],
  },
  {
    label: "an occasion only planned or missed, and eagerness or reluctance, state no judgement",
    text: "Japan will use the opportunity to condemn China. Chad missed the opportunity to condemn Niger. Peru was eager to condemn Chile. Ghana was reluctant to condemn Togo. Mali was not quick to condemn Algeria.",
    entities: ["Japan", "China", "Chad", "Niger", "Peru", "Chile", "Ghana", "Togo", "Mali", "Algeria"],
    notGives: [
      ["Japan", "assesses", "China"],
      ["Chad", "assesses", "Niger"],
      ["Peru", "assesses", "Chile"],
      ["Ghana", "assesses", "Togo"],
      ["Mali", "assesses", "Algeria"],
    ],
  },
  {
    label:
      "a titled person's act judged is his, not his title's country's: Chinese Defense Minister X's contribution",
    text: "President Aigul Bekova expressed appreciation for Chinese Defense Minister Li Shangfu's contribution. Poland condemned Russian Foreign Minister Sergei Lavrov's remarks. Minister Ana Torres praised Japanese Prime Minister Taro Kono's leadership. Peru praised the Chilean defence minister's contribution.",
    gives: [
      ["Aigul Bekova", "assesses", "Li Shangfu"],
      ["Poland", "assesses", "Sergei Lavrov"],
      ["Ana Torres", "assesses", "Taro Kono"],
      ["Peru", "assesses", "Chile"],
    ],
    notGives: [
      ["Aigul Bekova", "assesses", "China"],
      ["Poland", "assesses", "Russia"],
      ["Ana Torres", "assesses", "Japan"],
    ],
  },
  {
    label:
      "a judgement of what the judge names an act judges the act's agent: what it called, described as, labelled, termed",
    text: "China condemned what it called provocative actions by Vietnam. Armenia denounced what it described as an unprovoked attack by Azerbaijan. The Government of Belize condemns what it labelled “act of aggression” by the Guatemalan armed forces. Egypt slammed what it termed Ethiopia's intransigence. Iran rejected what it called baseless accusations by Israel.",
    gives: [
      ["China", "assesses", "Vietnam"],
      ["Armenia", "assesses", "Azerbaijan"],
      ["Belize", "assesses", "Guatemala"],
      ["Egypt", "assesses", "Ethiopia"],
      ["Iran", "assesses", "Israel"],
    ],
  },
  {
    label: "an act's agent after a particle judged: carried out by, set up by, handed over by",
    text: "Ukraine condemned the massacre carried out by Russian troops. Peru denounced the blockade set up by Bolivia. Minister John Kamau praised the assistance handed over by Japan.",
    gives: [
      ["Ukraine", "assesses", "Russia"],
      ["Peru", "assesses", "Bolivia"],
      ["John Kamau", "assesses", "Japan"],
    ],
  },
  {
    label: "a free relative names no agent when the act has only a victim, another namer or no actor",
    text: "China condemned what it called an attack on the Philippines. Japan criticised what Beijing described as routine patrols. India rejected what Pakistan called evidence. Peru did not condemn what it called a blockade by Bolivia.",
    entities: ["China", "Philippines", "Japan", "India", "Pakistan", "Peru", "Bolivia"],
    notGives: [
      ["China", "assesses", "Philippines"],
      ["Japan", "assesses", "China"],
      ["India", "assesses", "Pakistan"],
      ["Peru", "assesses", "Bolivia"],
    ],
  },
  {
    label:
      "a protest addressed to another party judges it: protested to, a protest lodged, expressed or filed to it",
    text: "Kenya protested to Sudan over the incursion. Japan lodged a strong protest to China over the intrusion. The Philippines filed a diplomatic protest to Vietnam over the water cannon attack. “We have expressed a strong protest to the United States,” spokesman Chen Bo said.",
    gives: [
      ["Kenya", "assesses", "Sudan"],
      ["Japan", "assesses", "China"],
      ["Philippines", "assesses", "Vietnam"],
      ["Chen Bo", "assesses", "United States"],
    ],
  },
  {
    label:
      "a protest or a stance only planned, refused or reported is not stated: will lodge, plans to, reportedly, may",
    text: "Japan will lodge a protest with China if the intrusions continue. Peru plans to protest to Chile over the boats. Kenya reportedly expressed concern over Uganda's build-up. Ghana may voice support for Togo's proposal.",
    entities: ["Japan", "China", "Peru", "Chile", "Kenya", "Uganda", "Ghana", "Togo"],
    notGives: [
      ["Japan", "assesses", "China"],
      ["Peru", "assesses", "Chile"],
      ["Kenya", "assesses", "Uganda"],
      ["Ghana", "assesses", "Togo"],
    ],
  },
  {
    label:
      "the wider lexicon of blame judges its object: decried, censured, chided, assailed, objected to, took aim at, hit back at",
    text: "Foreign Minister Tove Lund decried Hungary's veto of the sanctions. Slovakia censured Austria over the border checks. Prime Minister Jonas Vaitkus chided Poland for the delay. Croatia assailed Serbia's arms purchases. Romania objected to Moldova's deployment of troops near the river. Greece took aim at Turkey over the drilling. Cyprus hit back at Israel over the accusations.",
    gives: [
      ["Tove Lund", "assesses", "Hungary"],
      ["Slovakia", "assesses", "Austria"],
      ["Jonas Vaitkus", "assesses", "Poland"],
      ["Croatia", "assesses", "Serbia"],
      ["Romania", "assesses", "Moldova"],
      ["Greece", "assesses", "Turkey"],
      ["Cyprus", "assesses", "Israel"],
    ],
  },
  {
    label: "faulting or blasting a party for a deed judges it; blasting positions for hours does not",
    text: "Defence Minister Yaw Boateng faulted Burkina Faso for the stalled talks. Senegal blasted Gambia for expelling the diplomats. Mali blasted Niger's positions for hours.",
    entities: ["Mali", "Niger"],
    gives: [
      ["Yaw Boateng", "assesses", "Burkina Faso"],
      ["Senegal", "assesses", "Gambia"],
    ],
    notGives: [["Mali", "assesses", "Niger"]],
  },
  {
    label: "valuing, acknowledging or citing another party's act or ties judges it; citing a report does not",
    text: "Uruguay valued Argentina's contribution to regional security. Fiji acknowledged New Zealand's support after the cyclone. The Foreign Office cited Nicaragua's close relations with Iran. Chile cited a report by Reuters.",
    entities: ["Chile", "Reuters"],
    gives: [
      ["Uruguay", "assesses", "Argentina"],
      ["Fiji", "assesses", "New Zealand"],
      ["Foreign Office", "assesses", "Nicaragua"],
    ],
    notGives: [["Chile", "assesses", "Reuters"]],
  },
  {
    label:
      "thinking highly of another party's support judges it; a country's present stance in a person's quotation is the speaker's too",
    text: "Laos thinks highly of the firm support from Vietnam. Cambodian Defence Minister Kham Phoui said, “Cambodia thinks highly of the assistance from Thailand.”",
    gives: [
      ["Laos", "assesses", "Vietnam"],
      ["Kham Phoui", "assesses", "Thailand"],
    ],
  },
  {
    label:
      "praise or blame told as a noun: its author by a possessive, or by a by- or from-phrase after its topic's phrase",
    text: "Kenya's praise of Tanzania surprised the delegates. Norway's rebuke of Denmark followed the incident. Criticism of Hungary by Sweden has grown louder. Portugal heaped praise on Spain for its quick response.",
    gives: [
      ["Kenya", "assesses", "Tanzania"],
      ["Norway", "assesses", "Denmark"],
      ["Sweden", "assesses", "Hungary"],
      ["Portugal", "assesses", "Spain"],
    ],
  },
  {
    label: "a judged act tagged as an adjective after its owner's possessive, in the passive",
    text: "Azerbaijan's offensive was strongly condemned by Armenia.",
    gives: [["Armenia", "assesses", "Azerbaijan"]],
  },
  {
    label:
      "a gerund clause of judgement after a preposition that opens the sentence takes the main clause's subject; 'instead of' does not",
    text: "In condemning Belarus, Lithuania cited the border provocations. After praising Ghana's peacekeepers, Togo announced new funding. Instead of condemning Eritrea, Sudan called for talks.",
    entities: ["Sudan", "Eritrea"],
    gives: [
      ["Lithuania", "assesses", "Belarus"],
      ["Togo", "assesses", "Ghana"],
    ],
    notGives: [["Sudan", "assesses", "Eritrea"]],
  },
  {
    label:
      "a judgement its topic draws, faces or attracts from an author judges the subject; fire from troops does not",
    text: "Hungary drew sharp criticism from Sweden over the veto. Bolivia faced condemnation from Chile after the expulsions. Serbia attracted criticism from Croatia over the drills. Ukrainian troops came under fire from Russia near Bakhmut.",
    entities: ["Ukraine", "Russia"],
    gives: [
      ["Sweden", "assesses", "Hungary"],
      ["Chile", "assesses", "Bolivia"],
      ["Croatia", "assesses", "Serbia"],
    ],
    notGives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label:
      "accusations levelled against a party, claims rebuffed, and a possessed act branded in quotes judge it",
    text: "Qatar levelled accusations against Bahrain over the airspace violation. Chile rebuffed Bolivia's claims over the river. Russia branded Lithuania's decision a hostile act. Foreign Minister Ana Quispe called Peru's move “provocative”.",
    gives: [
      ["Qatar", "assesses", "Bahrain"],
      ["Chile", "assesses", "Bolivia"],
      ["Russia", "assesses", "Lithuania"],
      ["Ana Quispe", "assesses", "Peru"],
    ],
  },
  {
    label: "one who joins another in condemning judges with it; joining talks judges no one",
    text: "Latvia joined Estonia in condemning Russia's missile strikes. Japan joined the talks in Riga.",
    entities: ["Japan", "Riga"],
    gives: [
      ["Latvia", "assesses", "Russia"],
      ["Estonia", "assesses", "Russia"],
    ],
    notGives: [["Japan", "assesses", "Riga"]],
  },
  {
    label: "a quoted 'proof' or 'evidence' of another party's support judges it",
    text: "“This is the clearest proof of the support that Japan gives to the region,” Defence Minister Salifou Mody said. “The donation is evidence of Turkey's commitment to our security,” Foreign Minister Bakary Yaou said.",
    gives: [
      ["Salifou Mody", "assesses", "Japan"],
      ["Bakary Yaou", "assesses", "Turkey"],
    ],
  },
  {
    label:
      "a predicate adjective of judgement judges the actor of its phrase; not negated, not held over time, not thanks for a courtesy",
    text: "Foreign Minister Ines Duarte was highly critical of Uruguay's policy on migrants. Honduras remained critical of Guatemala's border closure. Nepal is grateful to Bhutan for the relief supplies. Costa Rica was not critical of Panama. Belize has long been critical of Mexico. Jamaica is grateful to Cuba for the invitation.",
    entities: ["Costa Rica", "Panama", "Belize", "Mexico", "Jamaica", "Cuba"],
    gives: [
      ["Ines Duarte", "assesses", "Uruguay"],
      ["Honduras", "assesses", "Guatemala"],
      ["Nepal", "assesses", "Bhutan"],
    ],
    notGives: [
      ["Costa Rica", "assesses", "Panama"],
      ["Belize", "assesses", "Mexico"],
      ["Jamaica", "assesses", "Cuba"],
    ],
  },
  {
    label: "a judgement asked in a direct question is not made",
    text: "Will Peru condemn Ecuador at the council? Would Bolivia criticise Chile over the dispute?",
    entities: ["Peru", "Ecuador", "Bolivia", "Chile"],
    notGives: [
      ["Peru", "assesses", "Ecuador"],
      ["Bolivia", "assesses", "Chile"],
    ],
  },
  {
    label: "a missile that hit a country, and crowds that protested, judge no one",
    text: "A Russian missile hit Ukraine's power grid. Thousands of people protested in Warsaw against the government of Poland.",
    entities: ["Russia", "Ukraine", "Poland"],
    notGives: [
      ["Russia", "assesses", "Ukraine"],
      ["Warsaw", "assesses", "Poland"],
    ],
  },
  {
    label: "praising or accusing a body known only by a lower-case description judges its country too",
    text: "Ghanaian Chief of Defence Staff Thomas Oppong-Peprah visited Delhi. He also lauded the Indian defence ministry's assistance in the relief operations. Kenya accused Ethiopia's foreign ministry of spreading false claims.",
    gives: [
      ["Thomas Oppong-Peprah", "assesses", "India"],
      ["Kenya", "assesses", "Ethiopia"],
    ],
  },
  {
    label: "a judging participle clause that opens the sentence takes the main clause's subject",
    text: "Praising Kenya's role in Haiti, US Secretary of State Antony Blinken announced new funding. Welcoming the Chinese delegation, Kenyan President William Ruto said the talks would be fruitful.",
    entities: ["William Ruto", "China"],
    gives: [["Antony Blinken", "assesses", "Kenya"]],
    notGives: [["William Ruto", "assesses", "China"]],
  },
  {
    label: "a weapon's name of several words counts as one word in the reach of a concern's phrase",
    text: "Bangladesh has expressed its concern over the sale of Harpoon Block II missiles from the United States to Myanmar.",
    gives: [["Bangladesh", "assesses", "United States"]],
    notGives: [["Bangladesh", "assesses", "Myanmar"]],
  },
  {
    label:
      "recognising the qualities or role of another party judges it; recognising a state is no judgement",
    text: "Admiral Tony Radakin recognised the “honesty and integrity” of the officers of the Kenya Defence Forces. Japan recognised Kosovo in 2008.",
    entities: ["Japan", "Kosovo"],
    gives: [["Tony Radakin", "assesses", "Kenya Defence Forces"]],
    notGives: [["Japan", "assesses", "Kosovo"]],
  },
  // ---- entities (session 25): honorifics before names and styles
  {
    label: "a princess's honorific stays out of her name, and a place's name before 'bint' is her given name",
    text: "Saudi Ambassador to Italy Princess Nadia bint Faisal Al-Saud attended the ceremony. Princess Amal bint Khalid met the minister. Princess Aden bint Salim Al-Harbi opened the hospital.",
    typed: [
      ["Nadia bint Faisal Al-Saud", "Person"],
      ["Amal bint Khalid", "Person"],
      ["Aden bint Salim Al-Harbi", "Person"],
    ],
    noNames: ["Princess Amal bint Khalid", "Princess"],
    noEntities: ["Aden"],
    gives: [["Nadia bint Faisal Al-Saud", "affiliated_with", "Saudi Arabia"]],
  },
  {
    label: "'Alhaji' is an honorific before a name",
    text: "Alhaji Ibrahim Danjuma met the commander in Kaduna.",
    typed: [["Ibrahim Danjuma", "Person"]],
    noNames: ["Alhaji Ibrahim Danjuma", "Alhaji"],
  },
  {
    label: "honorifics left alone before another name name no one",
    text: "His Excellency Shri Vikram Rao met the delegation. Later His Excellency Shri Joe Biden met them.",
    typed: [
      ["Vikram Rao", "Person"],
      ["Joe Biden", "Person"],
    ],
    noEntities: ["Shri", "Excellency Shri", "Excellency"],
  },
  {
    label: "an acronym before an honorific is a style, no body",
    text: "HM King Tupou VI received the commander. HH Sheikh Saud bin Saqr met the envoy.",
    typed: [["Saud bin Saqr", "Person"]],
    noEntities: ["HM", "HH"],
  },
  {
    label: "a body's prefix word after a princess's honorific is her style, no name",
    text: "The Princess Royal visited the regiment on Monday.",
    noEntities: ["Royal"],
  },
  // ---- entities (session 25): firm and body names joined by "&"
  {
    label: "a firm's name joined by '&' and closed by a partner word is one organization",
    text: "The rifles were supplied by Moreau & Fils, a small gunmaker. The navy hired Okafor & Sons for the refit.",
    typed: [
      ["Moreau & Fils", "Organization"],
      ["Okafor & Sons", "Organization"],
    ],
    noEntities: ["Moreau", "Okafor"],
  },
  {
    label: "two capitalised words or more on each side of '&' make one body's name",
    text: "Data from the Coastal Conflict Tracking & Event Monitoring Project shows a rise in attacks.",
    typed: [["Coastal Conflict Tracking & Event Monitoring Project", "Organization"]],
  },
  {
    label: "two bare names joined by '&' make one firm only beside a company's cue",
    text: "The navy signed a contract with Varga & Toth for the trainers.",
    typed: [["Varga & Toth", "Organization"]],
  },
  {
    label: "people's names, countries and common words joined by '&' stay apart",
    text: "The report was written by Idrees Ali & Phil Stewart for the agency. The boats were delivered to Senegal & Gambia last year. Search & Rescue teams from the navy arrived on Monday.",
    noEntities: ["Idrees Ali & Phil Stewart", "Senegal & Gambia", "Search & Rescue"],
  },
  {
    label: "an acronym and a capitalised weapon head before a company's tail name a firm, no model",
    text: "The crew will attend a course run by ACME Boats International. Kenya bought MRAP vehicles from the United States.",
    typed: [
      ["ACME Boats International", "Organization"],
      ["MRAP", "WeaponSystem"],
    ],
    noEntities: ["ACME", "Boats International"],
  },
  {
    label: "a legal form written with a slash closes a firm's name",
    text: "Nordvik Trucks A/S will partner with the Swedish firm. The boats were sold by Estaleiro Atlantico S/A to the navy.",
    typed: [
      ["Nordvik Trucks A/S", "Organization"],
      ["Estaleiro Atlantico S/A", "Organization"],
    ],
  },
  // ---- entities (session 25): weapon models in title-case headlines
  {
    label: "a listed model in a title-case headline is a weapon, though the word before it is capitalised",
    text: "Croatia Buys Rafale Jets From France\n\nThe deal was signed in Zagreb on Monday.",
    typed: [["Rafale", "WeaponSystem"]],
  },
  {
    label: "a listed model after a given name in a title-case headline stays a person's name",
    text: "Elliott Abrams Visits Israel\n\nThe envoy met the prime minister on Monday.",
    notTyped: [["Abrams", "WeaponSystem"]],
  },
  // ---- entities (session 14): honorifics and post-nominal letters around names, portfolios after "for"
  {
    label: "'the Hon' before a name and post-nominal letters after it are no part of the name",
    text: "Minister for Defence Industry, the Hon Pat Conroy MP, opened the showcase. The Minister for Veterans Affairs, Senator the Hon Anne Ruston CSC, said the payment would rise.",
    entities: ["Pat Conroy", "Anne Ruston"],
    noEntities: ["Industry", "Veterans Affairs", "Pat Conroy MP", "Hon Pat Conroy", "Anne Ruston CSC"],
  },
  {
    label: "a portfolio's fields after a title and 'for' are no person; the name after the comma is",
    text: "Minister for Defence Procurement, Tom Black, said the programme supports British industry.",
    entities: ["Tom Black"],
    noEntities: ["Procurement"],
  },
  {
    label:
      "an official the document ties to no country reports on the country it is mostly about, his home: no assessment; a claim about another country stays",
    text: "Ghana has received two patrol boats from Italy, Defence Minister Kofi Mensah said on Monday. The boats will serve the Ghana Navy along Ghana's coast, and Ghana plans to buy two more. Mensah also said Togo was building a new naval base.",
    entities: ["Kofi Mensah", "Ghana"],
    gives: [["Kofi Mensah", "assesses", "Togo"]],
    notGives: [["Kofi Mensah", "assesses", "Ghana"]],
  },
  // ---- entities (session 14): a rank's abbreviation between a title and a name; fleets are bodies
  {
    label: "a rank's abbreviation with its dot after a title opens the name, not the title's last word",
    text: "Chief of Naval Operations Adm. Lisa Ruiz met Commander Atlantic Fleet Rear Adm. Tom Kerr in Norfolk.",
    entities: ["Lisa Ruiz", "Tom Kerr"],
    noEntities: ["Operations Adm", "Adm", "Fleet Rear Adm"],
  },
  {
    label: "a navy's fleet named by its country or sea is a body; a fleet of vehicles is none",
    text: "Vice Admiral Jose Cruz, Commander Philippine Fleet, received the Mobile Command Vehicle Fleet from Japan. The Black Sea Fleet moved.",
    typed: [
      ["Philippine Fleet", "Organization"],
      ["Black Sea Fleet", "Organization"],
    ],
    noEntities: ["Vehicle Fleet", "Mobile Command Vehicle Fleet"],
  },
  {
    label:
      "a definite description of one person naming a country speaks for the country when the document names no one of that country",
    text: "Addressing the handover at Tema, the Ghanaian defence minister thanked Italy for the patrol boats.",
    gives: [["Ghana", "assesses", "Italy"]],
  },
  {
    label:
      "a spokesperson of a known body of a government (the White House) speaking of that country speaks of its own side; a claim about another country stays",
    text: "White House spokesperson Karen Dale said the United States had sent no troops to the region. Dale said Venezuela was arming militias.",
    entities: ["Karen Dale", "United States"],
    gives: [["Karen Dale", "assesses", "Venezuela"]],
    notGives: [["Karen Dale", "assesses", "United States"]],
  },
  // ---- entities (session 14): a seat's hyphenated participle before a name; "&" and "and" in listed names
  {
    label: "a place glued to 'based' or 'backed' modifies the name after it and is no part of it",
    text: "The radars were built by Bengaluru-based Bharat Electronics. The report came from Moscow-backed Sputnik.",
    entities: ["Bharat Electronics"],
    noEntities: ["Bengaluru-based", "Bengaluru-based Bharat Electronics", "Moscow-backed Sputnik"],
  },
  {
    label: "a listed body written with '&' is found when the text writes 'and', and the reverse",
    text: "The frigates were built by Larsen and Toubro, and the reactors by Rolls-Royce. The Ministry of Defence and Rolls-Royce agreed a price.",
    typed: [
      ["Larsen & Toubro", "Organization"],
      ["Rolls-Royce", "Organization"],
      ["Ministry of Defence", "Organization"],
    ],
    noEntities: ["Larsen", "Ministry of Defence and Rolls-Royce"],
  },
  {
    label:
      "praising a body of the speaker's own country is news of its own side; praising another country's body judges it",
    text: "Pakistan's Defence Minister Asad Khan lauded the Pakistan Navy for its readiness. Asad Khan also praised the professionalism of the Turkish Navy.",
    entities: ["Asad Khan", "Pakistan Navy"],
    gives: [["Asad Khan", "assesses", "Turkish Navy"]],
    notGives: [["Asad Khan", "assesses", "Pakistan Navy"]],
  },
  {
    label:
      "a country named right before an event noun only modifies it: the war, conflict or operation is no recipient",
    text: "Belarus has provided Serbia with rifles and mortars to help the Kosovo war. Greece sent two frigates to the Libya operation.",
    entities: ["Belarus", "Serbia", "Kosovo", "Greece", "Libya"],
    gives: [["Belarus", "supplies", "Serbia"]],
    notGives: [
      ["Belarus", "supplies", "Kosovo"],
      ["Greece", "supplies", "Libya"],
    ],
  },
  {
    label:
      "a possessive pronoun before an event noun still names its actor: welcoming his visit is a meeting",
    text: "Anthony Albanese called Narendra Modi a good friend and welcomed his visit to Canberra.",
    entities: ["Anthony Albanese", "Narendra Modi"],
    gives: [["Anthony Albanese", "meets", "Narendra Modi"]],
  },
  // ---- entities (session 14): "and" before a title head opens another holder's title
  {
    label:
      "'and the' before a title head ends the name before it; two ministers of two countries stay two people",
    text: "The accord was signed by the Minister of Defence of Armenia Davit Sargsyan and the Minister of Defence of Georgia Levan Beridze.",
    entities: ["Davit Sargsyan", "Levan Beridze"],
    gives: [
      ["Davit Sargsyan", "affiliated_with", "Armenia"],
      ["Levan Beridze", "affiliated_with", "Georgia"],
    ],
    noEntities: ["Armenia Davit Sargsyan and the Minister of Defence of Georgia"],
  },
  {
    label:
      "a city's name right after a known given name is that person's surname, and the city elsewhere stays a place",
    text: "Chilean Army commander Carlos Santiago said the tanks had arrived. The talks in Quito ended on Friday.",
    typed: [
      ["Carlos Santiago", "Person"],
      ["Quito", "Location"],
    ],
    noEntities: ["Carlos", "Santiago"],
    gives: [["Carlos Santiago", "affiliated_with", "Chilean Army"]],
  },
  // ---- entities (session 14): a title's initials after "the" name its holder, not a body
  {
    label:
      "'the COAS', 'the CS': a title's initials after 'the' are no body; a body's unknown acronym still is",
    text: "The CS on Tuesday was in Juba, where he met the COAS of South Sudan. The NDRC in Tanzania issued a statement.",
    entities: ["NDRC"],
    noEntities: ["CS", "COAS"],
  },
  {
    label:
      "an official's report on the ties between his country and another is about the two sides' own relations; a spokesperson of a third country on two others' ties judges them",
    text: "Visiting Ukrainian Defence Minister Oleh Marchenko said the cooperation between Vietnam's and Ukraine's armies has developed. White House spokesperson John Kirby said Russia and Iran have deepened their military cooperation.",
    entities: ["Oleh Marchenko", "Vietnam"],
    gives: [
      ["John Kirby", "assesses", "Russia"],
      ["John Kirby", "assesses", "Iran"],
    ],
    notGives: [["Oleh Marchenko", "assesses", "Vietnam"]],
  },
  // ---- assesses precision (session 14): the name after a verb of telling is its hearer
  {
    label:
      "a wire credit that opens the sentence is no party of the claim, and the agency told is its hearer",
    text: "Oct 2 (TASS) — Armenia has bought four Su-30SM jets from Russia, a Russian diplomatic source told TASS.",
    entities: ["Russia", "TASS"],
    gives: [["Russia", "supplies", "Armenia"]],
    notGives: [["Russia", "assesses", "TASS"]],
  },
  {
    label: "'May' before a day in a wire credit is the month: the credited agency is no party either",
    text: "May 3 (Reuters) - Iran has sent drones to Sudan, an informed Iranian source told Reuters.",
    entities: ["Iran", "Reuters"],
    notGives: [["Iran", "assesses", "Reuters"]],
  },
  {
    label: "after a wire credit the claim's subject is judged, and the agency told is not",
    text: "Jan 10 (Interfax) - Ukraine is using Western drones, a Russian military source told Interfax.",
    entities: ["Russia", "Interfax"],
    gives: [["Russia", "assesses", "Ukraine"]],
    notGives: [["Russia", "assesses", "Interfax"]],
  },
  {
    label: "a paper that a claim is told to is its hearer even when the paper is named before as a speaker",
    text: "The BBC said Iran has sent drones to Sudan, an informed Iranian source told the BBC.",
    entities: ["Iran", "BBC"],
    notGives: [["Iran", "assesses", "BBC"]],
  },
  {
    label:
      "a subject set off by 'especially X' before 'told Y that': Y is the hearer, not an inverted speaker",
    text: "Several Asian countries, especially Japan, told Vietnam that Cambodia should stop the project.",
    entities: ["Japan", "Vietnam"],
    notGives: [
      ["Vietnam", "assesses", "Japan"],
      ["Vietnam", "assesses", "Cambodia"],
    ],
  },
  {
    label: "a coordinated subject with 'including X' before 'informed Y that': Y is the hearer",
    text: "Canada and some Latin American states, including Chile, informed Peru that Bolivia had broken the accord.",
    entities: ["Chile", "Peru"],
    notGives: [
      ["Peru", "assesses", "Chile"],
      ["Peru", "assesses", "Canada"],
      ["Peru", "assesses", "Bolivia"],
    ],
  },
  {
    label: "an inverted speaker after a quotation still speaks ('…,' said the ministry)",
    text: "“Ukraine has broken the truce,” said Russia's defence ministry.",
    gives: [["Russian Defence Ministry", "assesses", "Ukraine"]],
  },
  // ---- supplies precision (session 14): a designation allocated is no goods supplied
  {
    label: "a hull number allocated by a navy is no supply",
    text: "The corvette was allocated hull number P-61 by the Philippine Navy.",
    entities: ["Philippine Navy"],
    notGives: [["Philippine Navy", "supplies", "P-61"]],
  },
  {
    label: "a call sign allocated to a ship is no supply",
    text: "The frigate was allocated the call sign K-22 by the Greek Navy.",
    entities: ["Greek Navy"],
    notGives: [["Greek Navy", "supplies", "K-22"]],
  },
  {
    label: "a number of goods sent is still a supply",
    text: "Spain delivered a record number of howitzers to Morocco.",
    gives: [["Spain", "supplies", "Morocco"]],
  },
  {
    label: "goods allocated to a country are still a supply",
    text: "Norway allocated 12 CV90 infantry fighting vehicles to Lithuania.",
    gives: [["Norway", "supplies", "Lithuania"]],
  },
  // ---- supplies precision (session 14): a protest, complaint or note sent is a message, no goods
  {
    label: "a protest sent to a country is no supply",
    text: "Algeria sent a strong protest to France about the remarks.",
    entities: ["Algeria", "France"],
    notGives: [["Algeria", "supplies", "France"]],
  },
  {
    label: "a formal complaint delivered to a country is no supply",
    text: "Greece delivered a formal complaint to Turkey over the flights.",
    entities: ["Greece", "Turkey"],
    notGives: [["Greece", "supplies", "Turkey"]],
  },
  {
    label: "diplomatic notes and an appeal sent are no supply",
    text: "Ethiopia sent diplomatic notes to Sudan, and Armenia sent an appeal to the European Union.",
    entities: ["Ethiopia", "Sudan", "Armenia", "European Union"],
    notGives: [
      ["Ethiopia", "supplies", "Sudan"],
      ["Armenia", "supplies", "European Union"],
    ],
  },
  // ---- meets (session 14): a two-word name told again by its first word alone
  {
    label:
      "a lone first word (no known given name) names the person of the two-word name: his counterpart meets him",
    text: "Defence Minister Sjafrie Sjamsoeddin held talks with Australian Prime Minister Anthony Albanese on Tuesday. Later, Sjafrie announced the deal during a meeting with his Australian counterpart Richard Marles in Canberra.",
    gives: [["Richard Marles", "meets", "Sjafrie Sjamsoeddin"]],
    notGives: [["Anthony Albanese", "meets", "Richard Marles"]],
  },
  {
    label: "a lone first word as the subject of 'met' names its person",
    text: "Thai Army chief Narongpan Jitkaewtae held talks with Cambodian Prime Minister Hun Manet on Tuesday. Narongpan later met Malaysian Defence Minister Mohamad Hasan in Kuala Lumpur.",
    gives: [["Mohamad Hasan", "meets", "Narongpan Jitkaewtae"]],
  },
  // ---- supplies (session 15): deal nouns and hedged deals
  {
    label:
      "awarded a contract to a firm for the delivery of goods to a force: the firm supplies the force, the force supplies nothing",
    text: "The Slovak Ministry of Defence awarded a contract to BAE Systems for the delivery of 40 CV90 vehicles to the Slovak Army.",
    gives: [
      ["BAE Systems", "supplies", "Slovak Army"],
      ["BAE Systems", "supplies", "CV90"],
    ],
    notGives: [
      ["Slovak Army", "supplies", "Slovak Ministry of Defence"],
      ["Slovak Army", "supplies", "CV90"],
    ],
  },
  {
    label: "rumours that a purchase was made keep it possible",
    text: "Rumours that Myanmar bought Su-30 jets from Russia spread on Monday.",
    hedged: [["Russia", "supplies", "Myanmar", "possible"]],
    notGives: [["Russia", "supplies", "Myanmar"]],
  },
  {
    label: "'there were reports that' keeps a purchase possible",
    text: "There were reports that Mali bought Bayraktar drones from Turkey.",
    hedged: [["Turkey", "supplies", "Mali", "possible"]],
    notGives: [["Turkey", "supplies", "Mali"]],
  },
  {
    label: "a fronted condition hedges the main clause's supply",
    text: "If parliament agrees, the deal would see Sweden deliver 14 Gripen jets to Thailand.",
    entities: ["Sweden", "Thailand"],
    notGives: [["Sweden", "supplies", "Thailand"]],
  },
  {
    label: "a headline opened by 'Report:' tells a possible supply",
    text: "Report: Belarus Sends Tanks To Mali",
    headlineRelations: true,
    hedged: [["Belarus", "supplies", "Mali", "possible"]],
    notGives: [["Belarus", "supplies", "Mali"]],
  },
  {
    label: "a line closed by '– reports' tells a possible supply",
    text: "Egypt ships armoured vehicles to Chad – reports",
    headlineRelations: true,
    hedged: [["Egypt", "supplies", "Chad", "possible"]],
    notGives: [["Egypt", "supplies", "Chad"]],
  },
  {
    label: "goods received are 'no' goods: nothing was supplied",
    text: "Colonel Omar Haddad said that Jordan had received no drones from Turkey.",
    entities: ["Jordan", "Turkey"],
    notGives: [["Turkey", "supplies", "Jordan"]],
  },
  {
    label: "'No' before a passive subject's goods: nothing was delivered",
    text: "No Gripen jets have been delivered to Hungary by Sweden so far.",
    entities: ["Hungary", "Sweden"],
    notGives: [
      ["Sweden", "supplies", "Hungary"],
      ["Sweden", "supplies", "Gripen"],
    ],
  },
  {
    label: "'no fewer than' is a lower bound: the goods were supplied",
    text: "Ghana has received no fewer than 12 patrol boats from China.",
    gives: [["China", "supplies", "Ghana"]],
  },
  {
    label:
      "a halted, suspended or cancelled delivery, and a purchase a country was unable to make, are no supplies",
    text: "Denmark halted the delivery of NASAMS to Estonia. Italy suspended the sale of Aster missiles to Qatar. Peru was unable to buy Mirage jets from India.",
    entities: ["Denmark", "Estonia", "Italy", "Qatar", "Peru", "India"],
    notGives: [
      ["Denmark", "supplies", "Estonia"],
      ["Italy", "supplies", "Qatar"],
      ["India", "supplies", "Peru"],
    ],
  },
  {
    label: "a country on a path ('routes through X', 'shipments via X') is not the claim's subject",
    text: '"This marks a new smuggling route after other routes through Chad have been closed," a Libyan source said. A French official said shipments via Turkey had reached Armenia.',
    entities: ["Libya", "Chad", "France", "Turkey"],
    notGives: [
      ["Libya", "assesses", "Chad"],
      ["France", "assesses", "Turkey"],
    ],
  },
  {
    label: "a claim's subject before a path phrase is still judged",
    text: "The Kenyan army said Somalia had sent troops through the border.",
    gives: [["Kenyan Army", "assesses", "Somalia"]],
  },
  {
    label: "a request to a supplier ('asked X to deliver') keeps the supply possible",
    text: "Armenia asked France to deliver more CAESAR howitzers to Yerevan.",
    hedged: [["France", "supplies", "CAESAR", "possible"]],
    notGives: [
      ["France", "supplies", "CAESAR"],
      ["France", "supplies", "Armenia"],
    ],
  },
  {
    label: "an offer or a visit received from a country is no supply",
    text: "Indonesia received an offer from Turkey for two frigates. Ecuador received a visit from the Peruvian defence minister.",
    entities: ["Indonesia", "Turkey", "Ecuador", "Peru"],
    notGives: [
      ["Turkey", "supplies", "Indonesia"],
      ["Peru", "supplies", "Ecuador"],
    ],
  },
  {
    label: "praise, an endorsement or plaudits received from a country or body are no supply",
    text: "Malawi received a commendation from the African Union for its peacekeepers. The Kenya Defence Forces got a strong endorsement from the United States for the mission. The Zambian army won plaudits from Botswana for its discipline.",
    entities: ["Malawi", "African Union", "Kenya Defence Forces", "United States", "Botswana"],
    notGives: [
      ["African Union", "supplies", "Malawi"],
      ["United States", "supplies", "Kenya Defence Forces"],
      ["Botswana", "supplies", "Zambia"],
    ],
  },
  {
    label: "wheat, soybeans, shares, a stake or access sold or given to a party are no supply",
    text: "Ukraine sold wheat to Egypt last year. Argentina sold soybeans and beef to China in May. Airbus sold its shares in Dassault to Thales. Somaliland gave Ethiopia access to the Red Sea under the deal.",
    entities: ["Ukraine", "Egypt", "Argentina", "China", "Airbus", "Thales", "Somaliland", "Ethiopia"],
    notGives: [
      ["Ukraine", "supplies", "Egypt"],
      ["Argentina", "supplies", "China"],
      ["Airbus", "supplies", "Thales"],
      ["Somaliland", "supplies", "Ethiopia"],
    ],
  },
  {
    label: "goods received, obtained, sold or given after the same verbs stay supplies",
    text: "The Ghana Navy received four patrol boats from the United States. Kenya obtained six Bayraktar TB2 drones from Turkey. Japan sold its Abukuma-class destroyers to the Philippines. Turkey gave Somalia 20 armoured vehicles.",
    gives: [
      ["United States", "supplies", "Ghana Navy"],
      ["Turkey", "supplies", "Kenya"],
      ["Japan", "supplies", "Philippines"],
      ["Turkey", "supplies", "Somalia"],
    ],
  },
  {
    label: "goods handed back to their owner after a repair are no supply",
    text: "Polish firm PGZ handed back the upgraded tanks to the Czech Army. The corvette was handed back to the Bangladesh Navy after a refit by Khulna Shipyard.",
    entities: ["PGZ", "Czech Army", "Bangladesh Navy", "Khulna Shipyard"],
    notGives: [
      ["PGZ", "supplies", "Czech Army"],
      ["Khulna Shipyard", "supplies", "Bangladesh Navy"],
    ],
  },
  {
    label: "political or diplomatic support provided is no supply; goods beside it are",
    text: "Lithuania provided Moldova with political support at the summit. Estonia provided Georgia with diplomatic backing and 20 mortars.",
    entities: ["Lithuania", "Moldova"],
    notGives: [["Lithuania", "supplies", "Moldova"]],
    gives: [["Estonia", "supplies", "Georgia"]],
  },
  {
    label: "a company's gift is its own, not its country's; its sale beside its country is the country's too",
    text: "South Korean firm Hanwha donated ten trucks to the Uganda People's Defence Force. Fiji bought ten trucks from South Korean firm Hanwha.",
    entities: ["South Korea", "Uganda"],
    gives: [
      ["Hanwha", "supplies", "Uganda People's Defence Force"],
      ["South Korea", "supplies", "Fiji"],
    ],
    notGives: [["South Korea", "supplies", "Uganda"]],
  },
  {
    label:
      "a home body's report on an official the document ties to no side is news of its own side; on a person only described, it judges",
    text: "Norway's defence ministry announced that the purchase agreement for K9 howitzers was signed on Friday. Norway is replacing its old guns. The ministry said the army's logistics chief Major General Tor Lien signed the agreement. The ministry said Ivan Petrov, a Russian spy, had photographed the base.",
    entities: ["Norwegian Defence Ministry", "Tor Lien"],
    gives: [["Norwegian Defence Ministry", "assesses", "Ivan Petrov"]],
    notGives: [["Norwegian Defence Ministry", "assesses", "Tor Lien"]],
  },
  {
    label:
      "praise by a home official of a government body named without its country is of his own side; praise of a foreign party judges",
    text: 'The Ministry of Defence handed 12 trucks to the Ghana Armed Forces. Ghana\'s army chief Major General Kofi Boateng received them in Accra, and the Ghana Navy got two boats. Boateng said: "I commend the Ministry of Defence for its support." Major General Kofi Boateng also praised Turkey for the quality of the trucks.',
    entities: ["Kofi Boateng", "Ministry of Defence"],
    gives: [["Kofi Boateng", "assesses", "Turkey"]],
    notGives: [["Kofi Boateng", "assesses", "Ministry of Defence"]],
  },
  {
    label:
      "the Defense Security Cooperation Agency is a US body: its report on the State Department is of its own side",
    text: "The Department of State has approved the Polish government's request to buy tank shells from the U.S. government. The Defense Security Cooperation Agency said the State Department waived congressional review requirements to supply Poland with tank cartridges from the U.S. Army inventory.",
    entities: ["Defense Security Cooperation Agency", "State Department"],
    notGives: [["Defense Security Cooperation Agency", "assesses", "State Department"]],
  },
  {
    label:
      "a body or spokesman the document ties to no side, reporting on an official it ties to no side either, tells news of its own side; on another country's official, it judges",
    text: "Foreign Minister Maria Santos will return from Lima on Friday, a statement from the Foreign Office said. The Defence Ministry said Defence Minister Tomas Berg had agreed with Norway to deepen cooperation. A ministry spokesman, Jonas Lind, said Defence Minister Tomas Berg held talks in Oslo. The Defence Ministry said Russian Defence Minister Andrei Belousov had threatened Finland.",
    entities: ["Foreign Office", "Maria Santos", "Defence Ministry", "Tomas Berg", "Jonas Lind"],
    gives: [["Defence Ministry", "assesses", "Andrei Belousov"]],
    notGives: [
      ["Foreign Office", "assesses", "Maria Santos"],
      ["Defence Ministry", "assesses", "Tomas Berg"],
      ["Jonas Lind", "assesses", "Tomas Berg"],
    ],
  },
  {
    label:
      "a body the document ties to a country, reporting on an official it ties to no side, tells news of its own side; on another country's official, it judges",
    text: "The Pakistani Foreign Office said Foreign Minister Ahmed Qureshi would travel to Beijing on Monday. The Malaysian Defence Ministry said Defence Minister Khaled Nordin had agreed to buy patrol boats. The Malaysian Defence Ministry said Chinese Defence Minister Dong Jun had threatened Vietnam.",
    entities: ["Pakistani Foreign Office", "Ahmed Qureshi", "Malaysian Defence Ministry", "Khaled Nordin"],
    gives: [["Malaysian Defence Ministry", "assesses", "Dong Jun"]],
    notGives: [
      ["Pakistani Foreign Office", "assesses", "Ahmed Qureshi"],
      ["Malaysian Defence Ministry", "assesses", "Khaled Nordin"],
    ],
  },
  {
    label:
      "a government body named without its country, reporting on the country the article is about, tells news of its own side; on another country, it judges",
    text: "Poland signed a contract to buy 96 Apache helicopters from the United States, the Defence Ministry said on Monday. Poland's Armament Agency will manage the deal. Poland has also ordered tanks from South Korea. The Defence Ministry said Russia had deployed more troops near the border.",
    entities: ["Defence Ministry", "Poland", "Russia"],
    gives: [["Defence Ministry", "assesses", "Russia"]],
    notGives: [["Defence Ministry", "assesses", "Poland"]],
  },
  {
    label:
      "a phrase that opens a claim told before its speaker ('Due to …,', 'Following …,') is no subject: the claim is about the actor after its comma",
    text: "Due to the rise in Chinese incursions against Taiwan, the Japanese government decided to deploy more radars, Defence Minister Minoru Kihara said. Following the Iranian missile launch, the Israeli army staged a large drill, Reuters reported.",
    entities: ["Minoru Kihara", "Taiwan", "China", "Reuters", "Iran", "Israeli Army"],
    gives: [["Reuters", "assesses", "Israeli Army"]],
    notGives: [
      ["Minoru Kihara", "assesses", "Taiwan"],
      ["Minoru Kihara", "assesses", "China"],
      ["Reuters", "assesses", "Iran"],
    ],
  },
  {
    label:
      "an outlet that reports 'citing' a named body or a country's forces relays their word and judges no one; 'citing' a country's act gives a reason, and the speaker still judges",
    text: "Israel struck a weapons depot near Aleppo, Reuters reported, citing the Syrian army. China is arming Russia, the Ukrainian envoy Olena Kovalenko said, citing Russia's growing arsenal.",
    entities: ["Israel", "Reuters", "Syrian Army", "Olena Kovalenko", "China"],
    gives: [["Olena Kovalenko", "assesses", "China"]],
    notGives: [["Reuters", "assesses", "Israel"]],
  },
  {
    label:
      "a rank of several words ('General of the Army', 'Admiral of the Fleet') names no body: the holder serves the body his title names",
    text: "The parade was led by Belarusian Ground Forces Commander General of the Army Viktor Petrov. Admiral of the Fleet Ivan Sorokin met Vietnamese Defence Minister Phan Van Giang in Hanoi.",
    entities: ["Viktor Petrov", "Belarusian Ground Forces", "Ivan Sorokin", "Phan Van Giang"],
    noEntities: ["Army", "Fleet"],
    gives: [
      ["Viktor Petrov", "affiliated_with", "Belarusian Ground Forces"],
      ["Viktor Petrov", "affiliated_with", "Belarus"],
      ["Ivan Sorokin", "meets", "Phan Van Giang"],
    ],
  },
  {
    label:
      "a rank word that completes a title before it ('the Inspector General of the Air Force') opens no rank of several words: the title's body stays, and no person is made of the title's first word",
    text: "The Inspector General of the Air Force, Lt. Gen. Mary Jones, visited the base in Lagos. The Judge Advocate General of the Army, Maj. Gen. Paul Wilson, said the court would sit in May.",
    entities: ["Mary Jones", "Air Force", "Paul Wilson"],
    noEntities: ["Advocate"],
    gives: [["Mary Jones", "affiliated_with", "Air Force"]],
  },
  {
    label:
      "a bare service title ('Army Chief', 'Navy Commander') is not the service of the country the holder's counterpart is of",
    text: "Army Chief Gen Anil Mehta on Tuesday held talks with his visiting Kenyan counterpart Lt Gen Peter Njiru. The Kenyan Army chief is on a four-day visit. Navy Commander Vice Admiral Priya Nair met her Sri Lankan counterpart. The Sri Lanka Navy sent two ships.",
    entities: ["Anil Mehta", "Kenyan Army", "Priya Nair", "Sri Lanka Navy"],
    gives: [["Anil Mehta", "meets", "Peter Njiru"]],
    notGives: [
      ["Anil Mehta", "affiliated_with", "Kenyan Army"],
      ["Priya Nair", "affiliated_with", "Sri Lanka Navy"],
    ],
  },
  {
    label: "'leased X from Y': the subject received what Y leased; 'leased X to Z': the subject supplied",
    text: "Chile leased two Hermes drones from Israel in 2012. Israel leased two Hermes drones to Peru.",
    gives: [
      ["Israel", "supplies", "Chile"],
      ["Israel", "supplies", "Peru"],
    ],
    notGives: [["Chile", "supplies", "Hermes"]],
  },
  // ---- entities (session 16): ranks inside a run of capitalised words
  {
    label: "a rank without its stop after 'and' opens the next name; the name before 'and' stays a person",
    text: "The talks were attended by Peter Okello and Col Mary Achieng. Robert Kato and Gen Samuel Odongo inspected the troops.",
    entities: ["Peter Okello", "Mary Achieng", "Robert Kato", "Samuel Odongo"],
  },
  {
    label: "a rank glued by a stop after a title's body opens the holder's name, not the body's",
    text: "The Chief of Defence Forces Gen.Okello commended the French government for its support. The Commander of the Land Forces Maj. Peter Lumu praised the Kenyan army.",
    typed: [
      ["Okello", "Person"],
      ["Peter Lumu", "Person"],
    ],
    noEntities: ["Forces Gen.Okello", "Forces Maj. Peter Lumu"],
    gives: [
      ["Okello", "assesses", "France"],
      ["Peter Lumu", "assesses", "Kenyan Army"],
    ],
  },
  {
    label: "a rank that opens with 'Command' is no end of a body's name",
    text: "Sergeant Major of the Army Command Sgt. Maj. Michael Grinston visited Poland.",
    entities: ["Michael Grinston"],
    noEntities: ["Army Command"],
  },
  // ---- entities (session 16): long names of bodies: plural possessives, places an acronym spells, portfolios, assemblies
  {
    label: "a plural possessive inside a body's name keeps the name whole",
    text: "General Obi praised the Kenya Peoples' Defence Forces for their work. The Rwanda Peoples’ Defence Force held a parade.",
    typed: [
      ["Kenya Peoples' Defence Forces", "Organization"],
      ["Rwanda Peoples’ Defence Force", "Organization"],
    ],
    gives: [
      ["Obi", "assesses", "Kenya Peoples' Defence Forces"],
      ["Rwanda Peoples’ Defence Force", "affiliated_with", "Rwanda"],
    ],
  },
  {
    label: "a body's name runs on through 'for the' and a place when the acronym after it spells the whole",
    text: "Captain Tom Reed, the commander of the Combined Maritime Forces for the Red Sea (CMF-RS), met the admiral. The CMF-RS patrols the sea.",
    typed: [["Combined Maritime Forces for the Red Sea", "Organization"]],
    noEntities: ["Red Sea", "Combined Maritime Forces"],
    same: [["Combined Maritime Forces for the Red Sea", "CMF-RS"]],
    gives: [["Tom Reed", "affiliated_with", "Combined Maritime Forces for the Red Sea"]],
  },
  {
    label: "without an acronym that spells it, the place after 'for the' stays a place of its own",
    text: "The Regional Task Force for the Horn of Africa met on Monday.",
    entities: ["Horn of Africa", "Regional Task Force"],
  },
  {
    label: "a country after 'of' before the acronym stays the body's owner, not a word of its name",
    text: "The Armed Forces of the Philippines (AFP) said the ship was hit.",
    entities: ["Philippines"],
    gives: [["Armed Forces of the Philippines", "affiliated_with", "Philippines"]],
  },
  {
    label: "'in Charge of' inside a title is the title's, no body's name",
    text: "Col Ann Mugisha, the Deputy Director in Charge of International Affairs, attended.",
    entities: ["Ann Mugisha"],
    noEntities: ["Charge of International", "Charge of International Affairs", "Charge"],
  },
  {
    label: "a listed body's assembly is one body",
    text: "Bolivia thanked Peru for its support in the UN General Assembly. The NATO Parliamentary Assembly met in Oslo.",
    typed: [
      ["UN General Assembly", "Organization"],
      ["NATO Parliamentary Assembly", "Organization"],
    ],
    noEntities: ["General Assembly", "Parliamentary Assembly"],
  },
  // ---- entities (session 16): a body's short name
  {
    label: "a body's short name is the one body of the document whose name ends with it",
    text: "The BDF Coast Guard received two boats. The Coast Guard will patrol the coast. The 12th Mountain Brigade trained the crews, and the Mountain Brigade will train more.",
    same: [
      ["BDF Coast Guard", "Coast Guard"],
      ["12th Mountain Brigade", "Mountain Brigade"],
    ],
  },
  {
    label: "a short name that ends two bodies' names joins neither",
    text: "The Fiji Navy Maritime Command and the Tonga Police Maritime Command met. The Maritime Command said nothing.",
    apart: [
      ["Fiji Navy Maritime Command", "Maritime Command"],
      ["Tonga Police Maritime Command", "Maritime Command"],
    ],
  },
  {
    label:
      "a short name every country's body bears joins no body tied to a country: another country's may be meant",
    text: "France's defence ministry said the contract was signed. The Defense Ministry, in a statement in Jakarta, said Prabowo Subianto would visit Paris.",
    apart: [["French Defence Ministry", "Defense Ministry"]],
  },
  // ---- entities (session 16): 'Port' opening a place's name, a model's series
  {
    label: "'Port' that a list of given names holds opens a place's name",
    text: "The vessels were unveiled at a ceremony in Port Antonio. Port Maria hosted the crews.",
    typed: [
      ["Port Antonio", "Location"],
      ["Port Maria", "Location"],
    ],
  },
  {
    label: "'series' between a model and its class noun: the model is named",
    text: "Lithuania bought M113 series armoured personnel carriers from Germany. Egypt will receive K9 series howitzers.",
    entities: ["M113", "K9"],
    gives: [["Germany", "supplies", "M113"]],
  },
  // ---- entities (session 16): a body's headquarters is a place
  {
    label: "a body's name before 'Headquarters' names the building, a place, with the body's demonym",
    text: "The ceremony was held at the Kenyan Ministry of Defence Headquarters in Nairobi. General Ali Musa then visited Joint Staff Headquarters, Rawalpindi.",
    typed: [
      ["Kenyan Ministry of Defence Headquarters", "Location"],
      ["Joint Staff Headquarters", "Location"],
      ["Rawalpindi", "Location"],
    ],
    notGives: [["Kenyan Ministry of Defence Headquarters", "affiliated_with", "Kenya"]],
  },
  // ---- assesses (session 18): an official named by title alone reporting on the article's country
  {
    label:
      "an official named by title alone, tied to no country, reporting on the country the article is about speaks of his own side",
    text: "Ruto: Kenya receives two more patrol boats\n\nKenya has received two more patrol boats, President Samuel Ruto announced on Friday. The boats will guard the coast of Kenya. Ruto said that Kenya still needs more boats. Kenya bought the boats in 2021.",
    entities: ["Samuel Ruto", "Kenya"],
    notGives: [["Samuel Ruto", "assesses", "Kenya"]],
  },
  {
    label:
      "an official tied to no country reporting on the country the article names most, though not twice as often as another, speaks of his own side",
    text: "President Maia Sandu reported that Moldova needs at least five air defence systems. Moldova has asked Germany and the United States for help. Germany sent helmets to Moldova in 2022, and the United States is considering the request.",
    entities: ["Maia Sandu", "Moldova"],
    notGives: [["Maia Sandu", "assesses", "Moldova"]],
  },
  {
    label:
      "an official tied to no country who met a person of one of two countries joined as a subject speaks of the other as his own side",
    text: 'Foreign Minister Ana Costa hosted Japanese Foreign Minister Ken Sato in Lisbon. "Portugal and Japan are both committed to a free and open Indo-Pacific," Costa said. "China and Russia are both threatening the region," Costa added.',
    entities: ["Ana Costa", "Portugal", "Japan"],
    gives: [["Ana Costa", "assesses", "China"]],
    notGives: [["Ana Costa", "assesses", "Portugal"]],
  },
  {
    label:
      "an official tied to no country who met a person of the country the article names most is of the other side: his report on it judges it",
    text: "Defence Secretary John Hale met Palauan President Tommy Remengesau on Monday. Hale said Palau had shown great leadership in the region. The United States will train the coast guard of Palau with US forces.",
    gives: [
      ["John Hale", "meets", "Tommy Remengesau"],
      ["John Hale", "assesses", "Palau"],
    ],
  },
  {
    label:
      "an official tied to no country on the donor the article names most is the recipient's: 'the second gift by China' still judges China",
    text: "Defence Minister Peter Ola said the second gift by China shows the strength of the relationship. China donated ten trucks to Vanuatu on Monday. China has donated vehicles to Vanuatu before, and Vanuatu's police will use them.",
    gives: [
      ["Peter Ola", "assesses", "China"],
      ["China", "supplies", "Vanuatu"],
    ],
  },
  {
    label: "an official of another country reporting on the article's country still assesses it",
    text: "Kenya has received two more patrol boats, President Samuel Ruto announced on Friday. The boats will guard the coast of Kenya. Minister Joan Otieno of Uganda said that Kenya still needs more boats. Kenya bought the boats in 2021.",
    gives: [["Joan Otieno", "assesses", "Kenya"]],
  },
  // ---- assesses (session 18): welcoming a person on arrival, in the passive
  {
    label: "a person welcomed by someone on arrival is met, not judged, in the passive as in the active",
    text: "Defence Minister Ali Musa arrived in Accra on Monday. He was welcomed by Foreign Minister Kofi Mensah upon his arrival at the airport.",
    entities: ["Ali Musa", "Kofi Mensah"],
    gives: [["Ali Musa", "meets", "Kofi Mensah"]],
    notGives: [["Kofi Mensah", "assesses", "Ali Musa"]],
  },
  {
    label: "a party recognised by someone as something is still judged in the passive",
    text: "Togo was recognised by President Ali Musa as a reliable partner.",
    gives: [["Ali Musa", "assesses", "Togo"]],
  },
  // ---- assesses (session 18): "his" in a speaker's own claim is the speaker's
  {
    label:
      "a claim about the speaker's own trip ('the purpose of his visit') judges no one the pronoun was taken for",
    text: "General Amadou Sy met President William Ruto in Nairobi on Monday. Senegal's army chief said the purpose of his visit was to exchange experience.",
    entities: ["Senegal", "William Ruto"],
    gives: [["Amadou Sy", "meets", "William Ruto"]],
    notGives: [["Senegal", "assesses", "William Ruto"]],
  },
  // ---- entities (session 18): a one-word place opening an article's dateline
  {
    label: "a one-word place that opens the text (a dateline) is a place, and the article is read",
    text: "Ahmedabad, Feb 19 (PTI) The Kenyan Navy on Monday handed over a patrol boat to the Seychelles Coast Guard.",
    typed: [["Ahmedabad", "Location"]],
    gives: [["Kenyan Navy", "supplies", "Seychelles Coast Guard"]],
  },
  // ---- entities (session 16): a body named with and without a coordinated portfolio
  {
    label: "a body's name with a portfolio coordinated by 'and' is the body the document names without it",
    text: "An accord between the Slovak Defence Ministry and the Czech Defence and Security Ministry was signed. The minister thanked the Czech Defence Ministry for its support.",
    entities: ["Czech Defence and Security Ministry", "Slovak Defence Ministry"],
    noEntities: ["Czech Defence Ministry"],
  },
  {
    label: "a short name that two bodies with coordinated portfolios shorten to joins neither",
    text: "The Ministry of Trade and Industry and the Ministry of Trade and Tourism met. The Ministry of Trade said nothing.",
    apart: [
      ["Ministry of Trade and Industry", "Ministry of Trade"],
      ["Ministry of Trade and Tourism", "Ministry of Trade"],
    ],
  },
  // ---- names and titles (session 18)
  {
    label:
      "'Hon.' before a name is an honorific, not a sentence's end: the titled holder is found and serves the country",
    text: "The meeting was attended by Ghana's Minister of Defence, Hon. Kwame Mensah, and the army chief.",
    entities: ["Kwame Mensah"],
    gives: [["Kwame Mensah", "affiliated_with", "Ghana"]],
  },
  {
    label:
      "a capitalised name ending in a facility's head ('Camp', 'Causeway', 'Airfield') is a place, not a person",
    text: "The talks were held at the Ministry of Defence in Al Wattayah Camp. Troops paraded on the Sea Causeway and then flew from Kandahar Airfield.",
    typed: [
      ["Al Wattayah Camp", "Location"],
      ["Sea Causeway", "Location"],
      ["Kandahar Airfield", "Location"],
    ],
    notTyped: [
      ["Al Wattayah Camp", "Person"],
      ["Sea Causeway", "Person"],
    ],
  },
  {
    label: "'Surgeon General of the X' is a title whose body is X, not a body's name",
    text: "Surgeon General of the Kenya Army Major General John Otieno said the hospital was ready.",
    gives: [["John Otieno", "affiliated_with", "Kenya Army"]],
    noEntities: ["Surgeon General of the Kenya Army"],
  },
  {
    label:
      "'Chief of General Staff of X' with no article names the office, no General Staff body: the holder serves X; 'the Chief of the General Staff of X' names the staff",
    text: "The Chief of the General Staff of the Malian Armed Forces, General Moussa Traore, met General Paul Mbaye, the Chief of General Staff of the Ivorian Armed Forces.",
    gives: [
      ["Paul Mbaye", "affiliated_with", "Ivorian Armed Forces"],
      ["Moussa Traore", "affiliated_with", "General Staff"],
    ],
    notGives: [["Paul Mbaye", "affiliated_with", "General Staff"]],
  },
  {
    label:
      "a month's short form after a family name written first ('Yang Jun') is a given name, and neither it nor a month ('Jun 5') is a known person of that given name",
    text: "Yang Jun, charge d'affaires of the Chinese Embassy in Kenya, said the equipment would help. Li Jun, the Chinese ambassador to Uganda, agreed. The talks were held in Beijing Jun 5.",
    gives: [
      ["Yang Jun", "affiliated_with", "Chinese Embassy"],
      ["Li Jun", "affiliated_with", "China"],
    ],
    noEntities: ["Dong Jun"],
  },
  {
    label:
      "'chief of mission' and 'head of mission' are titles: the holder serves the embassy after 'of', not the country it is in",
    text: "Mark Jones, head of mission of the Canadian Embassy, spoke. The chief of mission of the British Embassy in Ghana, Anne Roux, handed over the boats.",
    gives: [
      ["Mark Jones", "affiliated_with", "Canadian Embassy"],
      ["Anne Roux", "affiliated_with", "British Embassy"],
      ["Anne Roux", "affiliated_with", "United Kingdom"],
    ],
    notGives: [["Anne Roux", "affiliated_with", "Ghana"]],
  },
  {
    label:
      "a participle ('deposed', 'ousted') or a portfolio's 'home affairs' between a possessive country and the title keeps the title the country's",
    text: "Kenya's deposed president, John Mwangi, said the army had failed. Mali's ousted president, Ibrahim Keita, agreed. Uganda's home affairs deputy minister Sam Okello said nothing.",
    gives: [
      ["John Mwangi", "affiliated_with", "Kenya"],
      ["Ibrahim Keita", "affiliated_with", "Mali"],
      ["Sam Okello", "affiliated_with", "Uganda"],
    ],
  },
  {
    label:
      "'according to the British institute IISS': the body named after a demonym and its nouns is the source, not the demonym's country",
    text: "Russia remains the main supplier of Vietnam, according to the British institute IISS. Iran armed the rebels, according to the Italian daily Repubblica.",
    gives: [
      ["International Institute for Strategic Studies", "assesses", "Russia"],
      ["Repubblica", "assesses", "Iran"],
    ],
    notGives: [
      ["United Kingdom", "assesses", "Russia"],
      ["Italy", "assesses", "Iran"],
    ],
  },
  {
    label:
      "a people's name glued by a hyphen to 'majority', 'dominated' or 'populated' modifies a noun and is no place; a class glued by '-class' is still a class",
    text: "Protests erupted in Serb-majority northern towns. Croat-dominated villages were calm. Tamil-populated districts voted. The navy bought two Sahel-class patrol vessels.",
    noEntities: ["Serb-majority", "Croat-dominated", "Tamil-populated"],
    entities: ["Sahel-class"],
  },
  {
    label:
      "a delegation's phrase before 'led by' with a body named after its demonym ('the Japanese Embassy in Kenya') counts the body one word: the leader meets the host",
    text: "Defence Minister Ali Hassan received a senior visiting military delegation of the Japanese Embassy in Kenya led by Ambassador Kenji Sato.",
    gives: [["Ali Hassan", "meets", "Kenji Sato"]],
  },
  {
    label:
      "talks between two people each set off by a title with its own for-phrase: both take part; a planned session is hedged",
    text: "An official round of talks between Sheikh Omar bin Khalid al Rashdi, Deputy Prime Minister for Security Affairs, and John Harper, Australian Minister for Defence, was held in Muscat on Monday. Talks between Amal Haddad, Minister for Foreign Affairs, and Pierre Lemaire, Secretary of State for Defence, are to be held in Beirut next month.",
    gives: [["John Harper", "meets", "Omar bin Khalid al Rashdi"]],
    hedged: [["Amal Haddad", "meets", "Pierre Lemaire", "planned"]],
  },
  {
    label: "a meeting between two people and a country's support listed after it: the country meets no one",
    text: "The meeting between Vladimir Putin and Xi Jinping, and China's support for Russia, worried Kenya's President William Ruto.",
    entities: ["China", "Vladimir Putin"],
    gives: [["Vladimir Putin", "meets", "Xi Jinping"]],
    notGives: [
      ["China", "meets", "Vladimir Putin"],
      ["China", "meets", "Xi Jinping"],
    ],
  },
  {
    label:
      "a short place phrase and a time adverbial between a receiving verb and its object ('received in his office on Thursday X'); not a thing received there",
    text: "General Ali Hassan, Minister of the Royal Court, also received in his office on Thursday John Smith and his delegation. Defence Minister Maria Okafor received in her office a letter from President William Ruto.",
    entities: ["Maria Okafor", "William Ruto"],
    gives: [["Ali Hassan", "meets", "John Smith"]],
    notGives: [["Maria Okafor", "meets", "William Ruto"]],
  },
  {
    label:
      "a named place, or a place noun with its named place beside it, between a meeting verb and its object ('met in the capital Nairobi the Russian minister X'); the possessor country of the subject's title meets no one",
    text: "Ghana's President John Mahama met in the capital Accra the Turkish Defence Minister Yasar Guler, who arrived on Sunday. Brazilian President Luiz Lula received in Brasilia on Monday Indian Defence Minister Rajnath Singh.",
    gives: [
      ["John Mahama", "meets", "Yasar Guler"],
      ["Luiz Lula", "meets", "Rajnath Singh"],
    ],
    notGives: [["Ghana", "meets", "John Mahama"]],
  },
  {
    label:
      "a named place after a meeting verb and no named person after it: no meeting with a possessor or the place",
    text: "Ghana's President John Mahama met in the capital Accra with business leaders on Sunday. Kenyan President William Ruto met in Nairobi President Yoweri Museveni's special envoy.",
    entities: ["Ghana", "Yoweri Museveni"],
    notGives: [
      ["Ghana", "meets", "John Mahama"],
      ["William Ruto", "meets", "Yoweri Museveni"],
    ],
  },
  {
    label:
      "a title set off after the name, then a relative clause ', who …,' before the meeting verb: the person named before the title is its subject",
    text: "General Faizul Haque, Chief of Army Staff of the Bangladesh Army, who is on a four-day visit to Nepal, paid a courtesy call on Prime Minister Pushpa Kamal Dahal. Admiral Luis Ortega, the Chilean Navy chief, who arrived in Lima on Monday, met Admiral Cesar Colunge.",
    gives: [
      ["Faizul Haque", "meets", "Pushpa Kamal Dahal"],
      ["Luis Ortega", "meets", "Cesar Colunge"],
    ],
    notGives: [["Bangladesh Army", "meets", "Pushpa Kamal Dahal"]],
  },
  {
    label: "a relative clause on a verb's object, then a list: not the sentence's subject set off by a title",
    text: "General Faizul Haque met soldiers of the Bangladesh Army, who are on a visit to Nepal, and Prime Minister Pushpa Kamal Dahal's aides.",
    entities: ["Faizul Haque", "Pushpa Kamal Dahal"],
    notGives: [["Faizul Haque", "meets", "Pushpa Kamal Dahal"]],
  },
  {
    label:
      "a title with 'of' opening the clause, its person coordinated with another: both are subjects ('President of X A and General B met')",
    text: "President of Mongolia Ukhnaa Khurelsukh and General Liu Zhenli met in Ulaanbaatar. Minister of Defence of Zambia Ambrose Lufuma and General Dan Kaine held talks in Lusaka.",
    gives: [
      ["Ukhnaa Khurelsukh", "meets", "Liu Zhenli"],
      ["Ambrose Lufuma", "meets", "Dan Kaine"],
    ],
  },
  {
    label: "a title with 'of' opening the clause, its person coordinated with someone unnamed: no meeting",
    text: "President of Mongolia Ukhnaa Khurelsukh and his wife received General Liu Zhenli's letter.",
    entities: ["Ukhnaa Khurelsukh", "Liu Zhenli"],
    notGives: [["Ukhnaa Khurelsukh", "meets", "Liu Zhenli"]],
  },
  {
    label: "coordinated subjects at separate or respective meetings met apart; at a meeting, each other",
    text: "Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke at their respective meetings in Beijing. Tanzanian President Samia Suluhu and Rwandan President Paul Kagame announced at separate meetings new defence budgets. Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera announced at a meeting in Lusaka a joint patrol.",
    gives: [["Hakainde Hichilema", "meets", "Lazarus Chakwera"]],
    notGives: [
      ["William Ruto", "meets", "Yoweri Museveni"],
      ["Samia Suluhu", "meets", "Paul Kagame"],
    ],
  },
  {
    label: "goods delivered to a named person by a person: a handover in person; a message delivered is not",
    text: "US Ambassador John Smith delivered the vessel to Prime Minister John Briceno. Ambassador Anna Weber delivered a message to President Daniel Ortiz.",
    entities: ["Anna Weber", "Daniel Ortiz"],
    gives: [["John Briceno", "meets", "John Smith"]],
    notGives: [["Anna Weber", "meets", "Daniel Ortiz"]],
  },
  {
    label: "'the two ministers' after two titled ministers, with 'discussed': the two met",
    text: "Indian Defence Minister Ravi Rao arrived in Jakarta on Monday for the summit. Japanese Defence Minister Kenji Sato also arrived. The two ministers discussed joint exercises.",
    gives: [["Kenji Sato", "meets", "Ravi Rao"]],
  },
  {
    label: "'the two ministers discussed' after two generals: no meeting of the generals",
    text: "General Tom Banda inspected the base on Monday. General Ali Khan opened a hospital in Lusaka. The two ministers discussed the budget.",
    entities: ["Tom Banda", "Ali Khan"],
    notGives: [["Ali Khan", "meets", "Tom Banda"]],
  },
  {
    label:
      "'the two presidents discussed' needs both people found before it to be presidents: not a president and the journalist who interviewed him",
    text: "Chilean President Ana Soto spoke in an interview with Deputy Director General Pavel Orlov. During the talks with Russian leader Boris Ivanov, the two presidents also discussed satellite launches.",
    entities: ["Ana Soto", "Pavel Orlov"],
    notGives: [["Ana Soto", "meets", "Pavel Orlov"]],
  },
  {
    label:
      "a vessel named after a titled person, right after a vessel's noun ('the patrol vessel General Jose Ruiz'), is the vessel, whole, not a person",
    text: "The United States has donated the patrol vessel General Jose Ruiz to Belize. The corvette Admiral Pedro Lopez sailed on Monday.",
    typed: [
      ["General Jose Ruiz", "WeaponSystem"],
      ["Admiral Pedro Lopez", "WeaponSystem"],
    ],
    noEntities: ["Jose Ruiz", "Pedro Lopez", "General"],
    gives: [["United States", "supplies", "General Jose Ruiz"]],
  },
  {
    label:
      "time and place phrases, and 'on the sidelines of' an event, between a meeting word and its partner's 'with': the partner met; a planned one hedged",
    text: "Defence Minister Ravi Rao held a bilateral meeting on the sidelines of the SCO summit with Chinese Defence Minister Dong Jun. Foreign Minister Amina Diallo held talks in Accra on Monday with the visiting Togolese Foreign Minister Marc Ayite. General Paul Mbaye met on Tuesday with General Omar Sy. President Lena Holm will hold talks in Oslo on Monday with President Juha Virta.",
    gives: [
      ["Dong Jun", "meets", "Ravi Rao"],
      ["Amina Diallo", "meets", "Marc Ayite"],
      ["Omar Sy", "meets", "Paul Mbaye"],
    ],
    hedged: [["Juha Virta", "meets", "Lena Holm", "planned"]],
  },
  {
    label:
      "a with-phrase after another phrase than time or place ('held talks on Monday on trade with X'), or with an unnamed partner: no meeting",
    text: "Defence Minister Ravi Rao held talks on Monday on trade with China, Foreign Minister Dong Jun said. Amina Diallo met in Accra with reporters.",
    entities: ["Ravi Rao", "China", "Amina Diallo"],
    notGives: [["China", "meets", "Ravi Rao"]],
  },
  {
    label:
      "goods received in person, then 'handed them over to Y': the pronoun refers back to the goods, a handover in person; a letter handed over is not",
    text: "Colonel Ali Musa received two patrol boats from the Italian Navy and handed them over to Commander Peter Odhiambo. Minister Juan Perez received a letter from Ambassador Mary Smith and handed it over to President Luis Arce.",
    entities: ["Juan Perez", "Luis Arce"],
    gives: [["Ali Musa", "meets", "Peter Odhiambo"]],
    notGives: [["Juan Perez", "meets", "Luis Arce"]],
  },
  // ---- international given names with no title (lexicon/given-names.json, field world)
  {
    label: "a West African given name with no title opens a person",
    text: "Kwame Boateng held a meeting with Akua Asante in Kumasi.",
    typed: [
      ["Kwame Boateng", "Person"],
      ["Akua Asante", "Person"],
    ],
    gives: [["Kwame Boateng", "meets", "Akua Asante"]],
  },
  {
    label: "a Japanese given name with no title opens a person, as an English one does",
    text: "Vijay Nair held a bilateral meeting with Hiroshi Tanaka.",
    gives: [["Vijay Nair", "meets", "Hiroshi Tanaka"]],
  },
  {
    label: "a ruler's title that some list as a given name is still a title",
    text: "Sultan Haitham received Chinedu Okafor in Muscat.",
    entities: ["Haitham", "Chinedu Okafor"],
    noEntities: ["Sultan Haitham"],
    gives: [["Chinedu Okafor", "meets", "Haitham"]],
  },
  {
    label: "a city that some list as a given name does not open a person",
    text: "Doha Forum delegates met Oleksandr Hnatyuk in Doha.",
    typed: [
      ["Doha Forum", "Organization"],
      ["Oleksandr Hnatyuk", "Person"],
    ],
    notTyped: [["Doha Forum", "Person"]],
  },
  {
    label: "a photo credit closing a line names no actor",
    text: "Ghana received two patrol boats from Germany. (GNA photo by Kwame Boateng)\nThe boats arrived in Takoradi. Credit: Akua Asante.",
    noEntities: ["Kwame Boateng", "Akua Asante"],
    gives: [["Germany", "supplies", "Ghana"]],
  },
  {
    label: "a byline alone on its line names no actor",
    text: "By Chinedu Okafor – Trend:\nNigeria received two patrol boats from Germany.",
    noEntities: ["Chinedu Okafor"],
    gives: [["Germany", "supplies", "Nigeria"]],
  },
  {
    label: "an international given name after 'the' or 'province of' opens no person",
    text: "The boats were handed over in the province of Quang Ngai to officers of the Amiri Guard.",
    typed: [
      ["Quang Ngai", "Location"],
      ["Amiri Guard", "Organization"],
    ],
    notTyped: [
      ["Quang Ngai", "Person"],
      ["Amiri Guard", "Person"],
    ],
  },
  {
    label:
      "a body's name that its acronym in brackets spells is one body, though its head is no listed body noun",
    text: "Colonel Ana Ruiz, head of the Joint Verification Team (JVT), said Rwanda had moved troops. The JVT said Burundi had also moved troops.",
    typed: [["Joint Verification Team", "Organization"]],
    same: [["Joint Verification Team", "JVT"]],
    gives: [
      ["Ana Ruiz", "affiliated_with", "Joint Verification Team"],
      ["Joint Verification Team", "assesses", "Burundi"],
    ],
  },
  {
    label:
      "a forum's name with a listed acronym and a plural possessive inside it, spelled by its acronym, is one body",
    text: "Ministers met at the Nordic Defence Chiefs' Meeting (NDCM) in Oslo, and the GCC Joint Planning Mechanism (GJPM) met in Riyadh.",
    typed: [
      ["Nordic Defence Chiefs' Meeting", "Organization"],
      ["GCC Joint Planning Mechanism", "Organization"],
    ],
    noEntities: ["Gulf Cooperation Council"],
  },
  {
    label: "an acronym spelling a document, a zone or a title names no body",
    text: "Qatar signed the Letter of Offer and Acceptance (LOA), and China patrols the Air Defence Identification Zone (ADIZ). Chairman Joint Chiefs of Staff Committee (CJCSC) General Asim Malik met the Qatari envoy.",
    entities: ["Qatar", "China", "Asim Malik"],
    noEntities: [
      "Letter of Offer and Acceptance",
      "Air Defence Identification Zone",
      "Chairman Joint Chiefs of Staff Committee",
    ],
    gives: [["Asim Malik", "affiliated_with", "Joint Chiefs of Staff Committee"]],
  },
  // ---- insertions between a subject and its verb: brackets, dashes, relative clauses and adverbials set off by commas
  {
    label: "a bracketed description between the supplier and its verb",
    text: "Norway (a founding member of NATO) delivered eight howitzers to Estonia.",
    gives: [["Norway", "supplies", "Estonia"]],
  },
  {
    label:
      "a bracketed relative clause between the supplier and its verb: both clauses supply, each its own goods",
    text: "Chile (which bought two frigates from Britain) sent patrol boats to Peru.",
    gives: [
      ["United Kingdom", "supplies", "Chile"],
      ["Chile", "supplies", "Peru"],
    ],
    notGives: [["United Kingdom", "supplies", "Peru"]],
  },
  {
    label:
      "a description set off by spaced hyphens before a deal verb: the spaced hyphen glues no participle",
    text: "Nammo - Norway's largest ammunition maker - signed a contract to supply artillery shells to Poland.",
    gives: [["Nammo", "supplies", "Poland"]],
  },
  {
    label: "a relative clause set off by em dashes between the supplier and its verb",
    text: "Turkey — which has not commented further — delivered Bayraktar TB2 drones to Ukraine.",
    gives: [
      ["Turkey", "supplies", "Ukraine"],
      ["Turkey", "supplies", "Bayraktar TB2"],
    ],
  },
  {
    label:
      "a purchase inside dashes ends at the closing dash: the goods of the main clause are not the buyer's",
    text: "Poland - which bought K2 tanks from South Korea - said Germany had delivered Leopard tanks to Ukraine.",
    entities: ["South Korea", "Leopard 2"],
    gives: [
      ["South Korea", "supplies", "Poland"],
      ["South Korea", "supplies", "K2"],
      ["Germany", "supplies", "Ukraine"],
    ],
    notGives: [["South Korea", "supplies", "Leopard 2"]],
  },
  {
    label:
      "a speaker before a bracketed relative clause: a person, who speaks; the clause's negation hedges nothing",
    text: "Al-Faleh (who has not commented further) added that Iran had armed the Houthis.",
    typed: [["Al-Faleh", "Person"]],
    gives: [
      ["Al-Faleh", "assesses", "Iran"],
      ["Iran", "supplies", "Houthis"],
    ],
  },
  {
    label: "a speaker before a relative clause set off by commas: the clause's negation hedges nothing",
    text: "Al-Faleh, who has not commented further, added that Iran had armed the Houthis.",
    gives: [
      ["Al-Faleh", "assesses", "Iran"],
      ["Iran", "supplies", "Houthis"],
    ],
  },
  {
    label: "a denial after a bracketed relative clause still denies, and its 'it' is the denier",
    text: "Hezbollah (which has not commented further) denied that it had received Fateh-110 missiles from Iran.",
    entities: ["Iran", "Fateh-110"],
    hedged: [
      ["Iran", "supplies", "Hezbollah", "denied"],
      ["Iran", "supplies", "Fateh-110", "denied"],
    ],
    notGives: [["Iran", "supplies", "Fateh-110"]],
  },
  {
    label: "an adverbial set off by commas between a speaker and 'said it': 'it' is the speaker",
    text: "Rheinmetall, in a statement, said it had delivered Skynex systems to Ukraine. Brazil, however, said it had received Gripen jets from Sweden.",
    gives: [
      ["Rheinmetall", "supplies", "Ukraine"],
      ["Sweden", "supplies", "Brazil"],
    ],
  },
  {
    label: "a title acronym followed by a bracketed relative clause still stands for its holder",
    text: "Chief of Naval Staff (CNS) Vice Admiral Emeka Obi received the ships. The CNS (who spoke in Lagos) said that Italy had delivered two patrol boats to Nigeria.",
    gives: [["Emeka Obi", "assesses", "Italy"]],
  },
  {
    label: "a body's possessive and a bracketed relative clause before 'said it': 'it' is the body",
    text: "Kenya's Defence Ministry (which has not commented further) said it had received 12 armoured vehicles from Turkey.",
    gives: [["Turkey", "supplies", "Kenya"]],
  },
  {
    label: "a place glued by a hyphen after a combining form is part of a compound modifier, no place",
    text: "Georgia reaffirmed its commitment to Euro-Atlantic integration, and Kenya praised the Trans-Atlantic partnership. The US-Japan alliance met in Tokyo.",
    entities: ["Georgia", "Kenya", "United States", "Japan", "Tokyo"],
    noEntities: ["Atlantic"],
  },
  {
    label: "a name cut short where an excerpt ends mid-sentence names no person and takes no title's tie",
    text: "Chad and Niger hold talks\n\nNiger's army chief arrived in N'Djamena on Monday. He met with the Minister of Defence of the Republic of Chad Ma",
    entities: ["Niger", "Chad"],
    noEntities: ["Ma"],
  },
  {
    label: "a full name ending in a capital alone where the excerpt ends is cut, no second person",
    text: "Ghana buys boats\n\nGhana bought boats from Turkey. President Nana Akufo-Addo welcomed them. The deal was signed by President Nana A",
    entities: ["Nana Akufo-Addo"],
    noEntities: ["Nana A"],
  },
  {
    label:
      "a Malay ruler's style of several words (Yang Di-Pertuan, Yang Di-Pertuan Agong) is a title, no person: no one meets it",
    text: "The Yang Di-Pertuan Agong received Prime Minister Anwar Ibrahim at the palace, and the Yang Di-Pertuan Besar met the Japanese envoy. Sultan Omar Ali, Sultan and Yang Di-Pertuan of Brunei, received Defence Minister Hishammuddin Hussein.",
    entities: ["Anwar Ibrahim", "Japan", "Omar Ali", "Hishammuddin Hussein"],
    noEntities: ["Yang Di-Pertuan Agong", "Yang Di-Pertuan Besar", "Yang Di-Pertuan"],
    gives: [["Omar Ali", "meets", "Hishammuddin Hussein"]],
  },
  // ---- precision on unseen news (session 24, precB): speakers, clause ends, distanced and own parties
  {
    label: "the speaker of a closing reporting clause is no recipient of the sale before its comma",
    text: "The State Department has approved the possible sale of 160 missiles to the United Arab Emirates for an estimated $2.0 billion, the Pentagon said on Friday.",
    gives: [["State Department", "supplies", "United Arab Emirates"]],
    notGives: [["State Department", "supplies", "Pentagon"]],
  },
  {
    label: "a closing reporting clause with a long speaker phrase names no recipient either",
    text: "Seoul approved the sale of K9 howitzers to Norway for $200 million, the Defense Acquisition Program Administration said on Monday.",
    notGives: [["South Korea", "supplies", "Defense Acquisition Program Administration"]],
  },
  {
    label: "recipients listed before a closing reporting clause all stay",
    text: "The United States sold F-16 jets to Jordan, Oman and Bahrain, the State Department said.",
    gives: [
      ["United States", "supplies", "Jordan"],
      ["United States", "supplies", "Oman"],
      ["United States", "supplies", "Bahrain"],
    ],
  },
  {
    label: "a modal after a noun ends the goods of a purchase told in a relative clause",
    text: "Turkey, which is buying S-400 from Russia will also be denied F-35 fighter aircraft.",
    gives: [["Russia", "supplies", "S-400"]],
    notGives: [["Russia", "supplies", "F-35"]],
  },
  {
    label: "a modal after a noun ends the goods of a delivery told in a relative clause",
    text: "Hungary, which received Leopard 2 tanks from Germany may also order CV90 vehicles.",
    gives: [["Germany", "supplies", "Leopard 2"]],
    notGives: [["Germany", "supplies", "CV90"]],
  },
  {
    label: "a claim quoted after 'claimed that' is alleged, not asserted",
    text: "Aliyev claimed that “Moscow has supplied about 400 tons of military supplies to Armenia.”",
    notGives: [["Russia", "supplies", "Armenia"]],
    hedged: [["Russia", "supplies", "Armenia", "possible"]],
  },
  {
    label: "a claim after 'alleged that' and a fronted phrase is alleged, not asserted",
    text: "Kyiv alleged that since August, Iran has sent Shahed-136 drones to Russia.",
    notGives: [["Iran", "supplies", "Russia"]],
    hedged: [["Iran", "supplies", "Russia", "possible"]],
  },
  {
    label: "a quoted delivery after 'said that' stays asserted",
    text: "Zelensky said that “Germany has delivered IRIS-T systems to Ukraine.”",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "a delivery named in 'what he says was' is the speaker's word for it, not asserted",
    text: "Azerbaijani President Ilham Aliyev has expressed his dissatisfaction with what he says was the fresh delivery of Russian military supplies to Armenia.",
    notGives: [["Russia", "supplies", "Armenia"]],
  },
  {
    label: "deliveries named in 'what it described as' are not asserted; a welcomed delivery is",
    text: "Moscow protested what it described as deliveries of German Leopard 2 tanks to Ukraine. Aliyev welcomed the delivery of Turkish Bayraktar TB2 drones to Azerbaijan.",
    notGives: [["Germany", "supplies", "Ukraine"]],
    gives: [["Turkey", "supplies", "Azerbaijan"]],
  },
  {
    label: "a president does not meet his own country; he meets the visitor",
    text: "Kenya's President William Ruto met Turkish Foreign Minister Hakan Fidan in Nairobi. Equatorial Guinea's President Teodoro Obiang met in the capital Malabo the Chinese Defense Minister Chang Wanquan.",
    gives: [["William Ruto", "meets", "Hakan Fidan"]],
    notGives: [["Equatorial Guinea", "meets", "Teodoro Obiang"]],
  },
  {
    label: "'he observed that' relays its clause: the report judges the clause's subject, not the speaker",
    text: "The Iranian government is preparing to supply Russia with drones, according to the intelligence report by US Officials to the White House. According to Jake Sullivan, the report said it was unclear whether Iran had handed any drones to Russia. However, he observed that Houthi rebels in Yemen had already utilized Iran's drones, the report revealed.",
    notGives: [["United States", "assesses", "Jake Sullivan"]],
  },
  {
    label: "goods expected 'to be delivered by' a supplier are a planned supply, not a done one",
    text: "Taiwan's defence ministry said it expects the first F-16V jets to be delivered by the United States next year.",
    notGives: [["United States", "supplies", "F-16V"]],
    hedged: [["United States", "supplies", "F-16V", "planned"]],
  },
  {
    label: "goods delivered by a supplier in the passive stay a done supply",
    text: "The first F-16V jets were delivered by the United States to Taiwan in March.",
    gives: [["United States", "supplies", "Taiwan"]],
  },
  {
    label: "natural gas, electricity and intelligence are no goods of a supply",
    text: "Egypt exported natural gas to Israel. Turkey supplied electricity to northern Syria. The United States provided intelligence to Ukraine on Russian troop movements.",
    notGives: [
      ["Egypt", "supplies", "Israel"],
      ["Turkey", "supplies", "Syria"],
      ["United States", "supplies", "Ukraine"],
    ],
  },
  {
    label: "gas turbines and intelligence, surveillance and reconnaissance drones are goods",
    text: "Turkey sold gas turbines to the Pakistan Navy for its frigates. The United States provided intelligence, surveillance and reconnaissance drones to Ukraine.",
    gives: [
      ["Turkey", "supplies", "Pakistan Navy"],
      ["United States", "supplies", "Ukraine"],
    ],
  },
  {
    label: "a meeting that 'has been ruled out' was not held; a summit that ruled out sanctions was",
    text: "A meeting between Modi and Sharif has been ruled out. The summit between Putin and Erdogan ruled out new sanctions.",
    notGives: [["Narendra Modi", "meets", "Shehbaz Sharif"]],
    gives: [["Vladimir Putin", "meets", "Recep Tayyip Erdogan"]],
  },
  {
    label: "a visit named in an opening phrase takes the hedge of the clause after it",
    text: "During the visit, Sergei Shoigu is expected to meet Kim Jong Un.",
    notGives: [["Sergei Shoigu", "meets", "Kim Jong Un"]],
  },
  {
    label: "talks in the phrase of a clause whose verb is a pledge stay held",
    text: "Dr John Magufuli pledged continued cooperation yesterday in talks with General Fan Changlong at the State House.",
    gives: [["John Magufuli", "meets", "Fan Changlong"]],
  },
  {
    label:
      "a judgement of 'the Colombian president', named before, is about the person, not the country the demonym names",
    text: "Colombian President Gustavo Petro announced the purchase of 17 Gripen jets. Donald Trump accused the Colombian president of drug trafficking. Chinese President Xi Jinping arrived in Moscow on Monday. Putin praised the Chinese president for his leadership.",
    notGives: [
      ["Donald Trump", "assesses", "Colombia"],
      ["Vladimir Putin", "assesses", "China"],
    ],
  },
  {
    label: "a judgement of a country's government, military, officials or its named self stays the country's",
    text: "Lavrov condemned the Israeli government for the strikes. Washington accused Iranian officials of supplying drones. Zelensky thanked the German chancellor for Germany's support.",
    gives: [
      ["Sergei Lavrov", "assesses", "Israel"],
      ["United States", "assesses", "Iran"],
      ["Volodymyr Zelensky", "assesses", "Germany"],
    ],
  },
  // ---- company names: divisions, national subsidiaries and name tails (session 24, company)
  {
    label: "a listed company's name and a proper noun after it name its division",
    text: "Denmark signed an agreement with BAE Systems Hägglunds to acquire 115 CV90 vehicles.",
    typed: [["BAE Systems Hägglunds", "Organization"]],
  },
  {
    label: "a listed company's name tails name its division, not the parent",
    text: "General Dynamics Land Systems, the Canadian company's parent, said it was pleased. Saab Dynamics will supply the missiles to Latvia.",
    typed: [
      ["General Dynamics Land Systems", "Organization"],
      ["Saab Dynamics", "Organization"],
    ],
  },
  {
    label: "a country's name after a division's name tails, hyphened or not, names a national subsidiary",
    text: "Peru awarded a contract to General Dynamics Land Systems-Canada for 32 vehicles.",
    typed: [["General Dynamics Land Systems-Canada", "Organization"]],
  },
  {
    label: "a country's name after a division's name tails names a national subsidiary",
    text: "Chile awarded a contract to General Dynamics Land Systems Canada for 12 vehicles.",
    typed: [["General Dynamics Land Systems Canada", "Organization"]],
  },
  {
    label: "a shipyard's and a boat builder's tails extend a listed name",
    text: "Ghana bought four boats from Damen Shipyards Galati in Romania. Norway bought engines from Rolls-Royce Marine last year.",
    typed: [
      ["Damen Shipyards Galati", "Organization"],
      ["Rolls-Royce Marine", "Organization"],
    ],
  },
  {
    label: "a country's possessive after a company's name is the country's, no subsidiary",
    text: "Airbus Spain's plant in Seville will assemble the aircraft. Saab Sweden's defence minister said the deal was done.",
    noNames: ["Airbus Spain", "Saab Sweden"],
  },
  {
    label: "a weekday, a title or a non-company's following word names no division",
    text: "Shares of BAE Systems Friday rose 3%. Thales Group Chief Patrice Caine spoke. The patrol breached the United Nations Convention on the Law of the Sea.",
    noNames: ["BAE Systems Friday", "Thales Group Chief", "United Nations Convention"],
  },
  // ---- precision on unseen news (session 25, precB): own side, co-signers, feelings' holders, peers
  {
    label: "a spokesman telling reporters about his own president assesses no one; about another, he does",
    text: "Kremlin spokesman Dmitry Peskov told reporters that Russian President Vladimir Putin was not planning to travel. Pentagon spokesman John Kirby told reporters that US Defense Secretary Lloyd Austin would travel to Kyiv. Chinese Foreign Ministry spokesman Wang Wenbin told reporters that the United States was fuelling tensions.",
    gives: [["Wang Wenbin", "assesses", "United States"]],
    notGives: [
      ["Dmitry Peskov", "assesses", "Vladimir Putin"],
      ["John Kirby", "assesses", "Lloyd Austin"],
    ],
  },
  {
    label: "a minister telling journalists about a foreign leader still assesses him",
    text: "Kremlin spokesman Dmitry Peskov told reporters that Ukrainian President Volodymyr Zelensky was not ready for talks.",
    gives: [["Dmitry Peskov", "assesses", "Volodymyr Zelensky"]],
  },
  {
    label: "the gratitude of a government, closed by 'for', is the speaker's side's feeling, not about it",
    text: "Brigadier Michael Rosette expressed the gratitude of the Seychelles Government for such donation. General Ali Adan conveyed the appreciation of the Somali people and Government for the support of Italy.",
    gives: [["Ali Adan", "assesses", "Italy"]],
    notGives: [
      ["Michael Rosette", "assesses", "Seychelles"],
      ["Ali Adan", "assesses", "Somalia"],
    ],
  },
  {
    label: "the gratitude of a government to another is about the other",
    text: "Colonel Assimi Diallo expressed the gratitude of Mali to Russia for the helicopters.",
    gives: [["Assimi Diallo", "assesses", "Russia"]],
    notGives: [["Assimi Diallo", "assesses", "Mali"]],
  },
  {
    label: "two countries signing a contract to supply a system with no recipient told give no supplier",
    text: "Russia and India signed a contract to supply the S-400 air defence system in 2018. France and Greece signed an agreement to deliver 24 Rafale jets.",
    notGives: [
      ["India", "supplies", "S-400"],
      ["Russia", "supplies", "S-400"],
      ["Greece", "supplies", "Rafale"],
    ],
  },
  {
    label: "co-signers supplying a named recipient, or one signer with a counterparty, still supply",
    text: "The United States and Britain signed a deal to supply Ukraine with Patriot missiles. Russia signed a contract with India to supply the S-400 system.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United Kingdom", "supplies", "Patriot"],
      ["Russia", "supplies", "India"],
      ["Russia", "supplies", "S-400"],
    ],
  },
  {
    label: "demonyms qualifying counterparts the text does not name are no meeting party",
    text: "Defence Minister Rajnath Singh met his Japanese and Philippine counterparts in Vientiane on Friday. Rajnath Singh meets his Japanese & Philippines counterparts at Vientiane",
    notGives: [
      ["Japan", "meets", "Rajnath Singh"],
      ["Philippines", "meets", "Rajnath Singh"],
    ],
  },
  {
    label: "a demonym before a counterpart's name still gives the named person's meeting",
    text: "Defence Minister Rajnath Singh met his Japanese counterpart Gen Nakatani in Vientiane on Friday.",
    gives: [["Rajnath Singh", "meets", "Nakatani"]],
  },
  {
    label: "the agent of a verb of making after a supply verb made the goods and supplies nothing",
    text: "The vehicles delivered to the Somali army include the MAV 5, a light armoured vehicle developed as a joint venture by Carrozzeria Boneschi Srl and the Defence Vehicles Division of IVECO. The trucks delivered to the Ghana Armed Forces by the United States were manufactured by Oshkosh.",
    gives: [["United States", "supplies", "Ghana Armed Forces"]],
    notGives: [
      ["Carrozzeria Boneschi Srl", "supplies", "light armoured vehicle"],
      ["Oshkosh", "supplies", "Ghana Armed Forces"],
    ],
  },
  {
    label: "an outlet reporting that a named party condemned another relays that party's stance",
    text: "Reuters reported that Japan condemned China over the drills. Xinhua reported that China criticized the United States for its arms sales.",
    gives: [
      ["Japan", "assesses", "China"],
      ["China", "assesses", "United States"],
    ],
    notGives: [
      ["Reuters", "assesses", "China"],
      ["Xinhua", "assesses", "United States"],
    ],
  },
  {
    label: "a speaker saying her country or her body condemned someone voices the stance",
    text: "Maria Zakharova said Moscow condemned the attack by Ukraine on the bridge. The Foreign Ministry said it strongly condemned the US decision to sell arms to Taiwan.",
    gives: [
      ["Maria Zakharova", "assesses", "Ukraine"],
      ["Foreign Ministry", "assesses", "United States"],
    ],
  },
  {
    label: "goods a verb of deploying takes to a place, with no actor to receive them, are no supply",
    text: "Russia sent S-400 systems to Kaliningrad last year. The Pentagon sent F-22 jets to Guam on Friday.",
    notGives: [
      ["Russia", "supplies", "S-400"],
      ["Pentagon", "supplies", "F-22"],
    ],
  },
  {
    label: "goods sent to a country or to a capital standing for it are supplied",
    text: "Germany sent two Patriot batteries to Poland in January. The United States sent HIMARS rocket systems to Kyiv last month.",
    gives: [
      ["Germany", "supplies", "Patriot"],
      ["Germany", "supplies", "Poland"],
      ["United States", "supplies", "HIMARS"],
      ["United States", "supplies", "Ukraine"],
    ],
  },
  {
    label: "a country named only as the place of an act judged is not what the judgement is about",
    text: "Pakistan expressed concern over the missile test off the coast of India. China voiced concern over the naval drills off the coast of Taiwan.",
    notGives: [
      ["Pakistan", "assesses", "India"],
      ["China", "assesses", "Taiwan"],
    ],
  },
  {
    label: "the agent of an act judged in another's waters is still judged",
    text: "The Philippines condemned the dangerous manoeuvres of China in the waters of the Philippines. India expressed concern over the presence of Chinese vessels in the waters of Sri Lanka.",
    gives: [
      ["Philippines", "assesses", "China"],
      ["India", "assesses", "China"],
    ],
  },
  {
    label: "a possessive opening an honorific before a name is that person, not one told before",
    text: "President Wavel Ramkalawan attended the handing over ceremony of four patrol boats gifted by His Majesty King Hamad to the Seychelles Defence Forces.",
    gives: [
      ["Hamad", "supplies", "Seychelles Defence Forces"],
      ["Hamad", "supplies", "patrol boat"],
    ],
    notGives: [
      ["Wavel Ramkalawan", "supplies", "Seychelles Defence Forces"],
      ["Wavel Ramkalawan", "supplies", "patrol boat"],
    ],
  },
  {
    label: "an honorific alone still stands for the person told before",
    text: "His Majesty King Hamad bin Isa Al Khalifa received General Michael Kurilla at the palace. His Majesty welcomed General Michael Kurilla. He noted the efforts of General Michael Kurilla in further developing the cooperation.",
    gives: [
      ["Hamad bin Isa Al Khalifa", "meets", "Michael Kurilla"],
      ["Hamad bin Isa Al Khalifa", "assesses", "Michael Kurilla"],
    ],
  },
];
