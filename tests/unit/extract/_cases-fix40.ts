/**
 * Labelled sentences of helper fix40 (session 40): wrong edges users would see, noticed by the
 * previous session's helpers and reviews, each with the triples its sentence must give and must
 * not give. A negated denial ("did not deny that", "has never denied") is one cue of two words
 * (lexicon modality-cues.json), read once: it neither denies nor negates. What it leaves undenied
 * stays alleged, so a supply under it is possible (session 40's final read, review rev40a A4;
 * fix40's e793dfc5 had asserted it); a judgement in a that-clause under it takes no hedge from its
 * frame (assess.ts takes only denied or negated frames) and stays asserted, as e793dfc5 made it.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- a negated denial is no hedge (clause.ts modalityOf, verbGroupBefore)
  {
    label: "a judgement inside a that-clause under 'did not deny' is asserted",
    text: "China did not deny that Russia condemned Ukraine over the strikes.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "an accusation inside a that-clause under 'didn't deny' is asserted",
    text: "Iran didn't deny that Hezbollah had accused Israel of the attack.",
    gives: [["Hezbollah", "assesses", "Israel"]],
  },
  {
    label: "a judgement under 'has never denied that' is asserted",
    text: "Ankara has never denied that Baku criticised Yerevan for the shelling.",
    gives: [["Azerbaijan", "assesses", "Armenia"]],
  },
  {
    label: "must-not: a supply not denied is alleged: possible, neither asserted nor denied",
    text: "Belarus has not denied sending ammunition to Russia.",
    notGives: [["Belarus", "supplies", "Russia"]],
    hedged: [["Belarus", "supplies", "Russia", "possible"]],
  },
  {
    label: "must-not: a supply in a that-clause under 'has never denied that' is possible, not asserted",
    text: "Iran has never denied that it supplied Shahed drones to Russia.",
    notGives: [["Iran", "supplies", "Russia"]],
    hedged: [["Iran", "supplies", "Russia", "possible"]],
  },
  {
    label: "must-not: a plain denial still hedges the judgement in its that-clause",
    text: "Turkey denied that Qatar condemned Egypt over the raid.",
    notGives: [["Qatar", "assesses", "Egypt"]],
    hedged: [["Qatar", "assesses", "Egypt", "denied"]],
  },
  {
    label: "must-not: a plain denial of a gerund still hedges the supply",
    text: "Belarus denied sending ammunition to Russia.",
    notGives: [["Belarus", "supplies", "Russia"]],
    hedged: [["Belarus", "supplies", "Russia", "denied"]],
  },
  {
    label: "must-not: a negation alone still negates a supply",
    text: "Belarus has not sent ammunition to Russia.",
    notGives: [["Belarus", "supplies", "Russia"]],
    hedged: [["Belarus", "supplies", "Russia", "negated"]],
  },
  // ---- a ceremony received is no supply (supply.ts communicates, stage words nonSupplyObjects)
  {
    label: "must-not: a guard of honour received from an army is no supply",
    text: "Japan's Prime Minister received a guard of honour from the Indian Army.",
    notGives: [
      ["India", "supplies", "Japan"],
      ["Indian Army", "supplies", "Japan"],
    ],
  },
  {
    label: "must-not: a ceremonial guard of honour, an adjective before it, is no supply",
    text: "Poland's defence minister received a ceremonial guard of honour from the Turkish Navy.",
    notGives: [["Turkey", "supplies", "Poland"]],
  },
  {
    label: "must-not: an honour guard or a gun salute received is no supply",
    text: "Kenya's president received an honour guard and a 21-gun salute from the Ugandan Army.",
    notGives: [["Uganda", "supplies", "Kenya"]],
  },
  {
    label: "goods in the of-phrase of a batch received are still supplied",
    text: "Ukraine received a batch of Leopard 2 tanks from Poland.",
    gives: [
      ["Poland", "supplies", "Ukraine"],
      ["Poland", "supplies", "Leopard 2"],
    ],
  },
  // ---- a headline's lone word names a gazetteer person only when the document names them (4-resolve.ts)
  {
    label: "must-not: a headline's short 'Pak' after a colon is no Korean person the body never names",
    text: "Indian troops violated ceasefire: Pak\nPakistan on Monday accused Indian troops of violating the ceasefire along the Line of Control.",
    noEntities: ["Pak Jong Chon"],
    gives: [["Pakistan", "assesses", "India"]],
  },
  {
    label: "must-not: a headline opening with 'Pak' and a comma names no person",
    text: "Pak, Iran agree to boost border security\nPakistan and Iran agreed on Tuesday to boost security along their border.",
    noEntities: ["Pak Jong Chon"],
  },
  {
    label: "must-not: 'Pak' joined by an en dash to a country is a short form, no person",
    text: "The army chief said that Pak–China relations are strong.",
    noEntities: ["Pak Jong Chon"],
  },
  {
    label: "a headline's surname names the person the body names in full",
    text: "Shoigu arrives in Tehran\nRussian Defence Minister Sergei Shoigu arrived in Tehran on Monday.",
    gives: [["Sergei Shoigu", "affiliated_with", "Russia"]],
    same: [["Shoigu", "Sergei Shoigu"]],
  },
  // ---- a name that reports after a list of places is no place (place-lists.ts, placeListClauseVerbs)
  {
    label: "must-not: an unknown name after a place and 'and' before 'reported' is no place",
    text: "Kharkiv and Ukrenergo reported power outages on Monday.",
    notTyped: [["Ukrenergo", "Location"]],
  },
  {
    label: "must-not: an unknown name closing a list of places before 'announced' is no place",
    text: "Missiles hit Odesa, Mykolaiv and Naftogaz announced repairs to the pipeline.",
    notTyped: [["Naftogaz", "Location"]],
  },
  {
    label: "an unknown name after a place and 'and' before no verb of reporting is still a place",
    text: "Drones struck Kherson and Zolochiv overnight.",
    typed: [["Zolochiv", "Location"]],
  },
  // ---- a staff officer serves the country its service's phrase names (title-phrase.ts)
  {
    label: "the chief of a general staff of a country's armed forces serves that country",
    text: "Chief of the General Staff of the Armed Forces of Ukraine Valerii Zaluzhnyi said the attack failed.",
    gives: [
      ["Valerii Zaluzhnyi", "affiliated_with", "General Staff"],
      ["Valerii Zaluzhnyi", "affiliated_with", "Armed Forces of Ukraine"],
      ["Valerii Zaluzhnyi", "affiliated_with", "Ukraine"],
    ],
  },
  {
    label: "a chief of staff of a demonym's air force, set off by commas, serves its country",
    text: "The minister arrived with the chief of the General Staff of the Chilean Air Force, Gen. Hugo Rodriguez.",
    gives: [
      ["Hugo Rodriguez", "affiliated_with", "Chilean Air Force"],
      ["Hugo Rodriguez", "affiliated_with", "Chile"],
    ],
  },
  {
    label: "must-not: the staff officer's country is the service's, not a country met after the name",
    text: "Chief of the General Staff of the Armed Forces of Armenia Edvard Asryan met the ambassador of Russia.",
    gives: [["Edvard Asryan", "affiliated_with", "Armenia"]],
    notGives: [["Edvard Asryan", "affiliated_with", "Russia"]],
  },
  // ---- a third party that confirms a delivery is no supplier (announced-receipts.ts thirdPartyConfirmation)
  {
    label:
      "must-not: a body of a state that does not make the goods confirming their delivery is no supplier",
    text: "The Pentagon confirmed the delivery of Leopard 2 tanks to Ukraine.",
    notGives: [
      ["Pentagon", "supplies", "Ukraine"],
      ["Pentagon", "supplies", "Leopard 2"],
    ],
  },
  {
    label:
      "must-not: a confirmer of goods the document told another state sent is no supplier; the sender is",
    text: "Spain sent six Leopard 2 tanks to Ukraine in April. The US State Department confirmed the delivery of the Leopard 2 tanks to Ukraine on Monday.",
    gives: [
      ["Spain", "supplies", "Ukraine"],
      ["Spain", "supplies", "Leopard 2"],
    ],
    notGives: [
      ["State Department", "supplies", "Ukraine"],
      ["United States", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "must-not: a news agency confirming a delivery supplies nothing",
    text: "Reuters confirmed the delivery of Storm Shadow missiles to Ukraine.",
    notGives: [
      ["Reuters", "supplies", "Ukraine"],
      ["Reuters", "supplies", "Storm Shadow"],
    ],
  },
  {
    label: "must-not: a news agency that could not confirm a delivery is no hedged supplier either",
    text: "The Associated Press could not independently confirm the transfer of Shahed drones to Russia.",
    notGives: [["Associated Press", "supplies", "Russia"]],
  },
  {
    label: "a state confirming the delivery of goods it makes to a named recipient supplies them",
    text: "The Pentagon confirmed the delivery of Patriot systems to Ukraine.",
    gives: [
      ["Pentagon", "supplies", "Ukraine"],
      ["Pentagon", "supplies", "Patriot"],
    ],
  },
  {
    label: "an official confirming a delivery of his state's goods supplies them, with his state",
    text: "German Defence Minister Boris Pistorius confirmed the delivery of IRIS-T systems to Ukraine.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "IRIS-T"],
    ],
  },
];
