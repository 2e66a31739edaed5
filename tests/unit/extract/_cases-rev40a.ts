/**
 * Labelled sentences of review rev40a (session 40's extraction changes): a lone plural forces'
 * word after a country in a title-case headline ("Russian Forces Capture …") is the country's
 * troops, no body's name, and a headline's forces' name that the article prints as it is joins
 * that name, not a longer one (headline-forces.ts); goods joined after an of-phrase of a non-supply
 * word are still supplied ("sent 500 tonnes of wheat and 20 Kirpi armoured vehicles", supply.ts
 * communicates); a state or its official that confirms the delivery of goods another state made
 * confirms its own (announced-receipts.ts thirdPartyConfirmation); a title-case headline's verb
 * before a count names no weapon model ("Kenya Receives 500 Rifles", 3-entities.ts); a list of
 * places that a preposition of the subject's phrase governs keeps its last member before a verb of
 * reporting or speech ("Officials in Odesa and Izmail reported", place-lists.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a demonym and a lone plural 'Forces' in a title-case headline name no body (troops)",
    text: "Russian Forces Capture Two Villages Near Pokrovsk\nRussian forces captured two villages near Pokrovsk on Sunday, the Russian Defence Ministry said.",
    entities: ["Russia", "Russian Defence Ministry"],
    noEntities: ["Russian Forces"],
    noNames: ["Russian Forces"],
  },
  {
    label: "a country's name and a lone plural 'Forces' in a title-case headline name no body (troops)",
    text: "US Forces Receive First Batch Of Patriot Missiles From Raytheon\nAmerican troops received the missiles on Monday, the Pentagon said.",
    gives: [["Raytheon", "supplies", "Patriot"]],
    noNames: ["US Forces"],
  },
  {
    label: "a lone plural forces' word 'Marines' after a country in a title-case headline names no body",
    text: "US Marines Arrive In Darwin For Annual Rotation\nThe marines landed in Darwin on Monday.",
    noNames: ["US Marines"],
  },
  {
    label: "a demonym and a singular forces' head in a title-case headline still name the forces",
    text: "Moldovan Army Receives 12 Romanian Trucks\nMoldova received twelve trucks from Romania.",
    typed: [["Moldovan Army", "Organization"]],
    gives: [["Moldovan Army", "affiliated_with", "Moldova"]],
  },
  {
    label: "forces' words before a plural head in a title-case headline still name the forces",
    text: "Germany Donates Trucks To Ghana Armed Forces\nGermany donated ten trucks to Ghana on Tuesday.",
    typed: [["Ghana Armed Forces", "Organization"]],
  },
  {
    label:
      "a headline's forces' name is the body's same name, not a longer name of the same country's forces",
    text: "Russia Delivers AK-203 Rifles To Indian Army\nThe Indian Army thanked the crews on Monday. The Indian Territorial Army will get rifles next year.",
    headlineRelations: true,
    gives: [["Russia", "supplies", "Indian Army"]],
    notGives: [["Russia", "supplies", "Indian Territorial Army"]],
    apart: [["Indian Army", "Indian Territorial Army"]],
  },
  {
    label: "a named weapon joined after an of-phrase of a commodity is still supplied (send)",
    text: "Turkey sent 500 tonnes of wheat and 20 Kirpi armoured vehicles to Somalia.",
    gives: [
      ["Turkey", "supplies", "Somalia"],
      ["Turkey", "supplies", "Kirpi"],
    ],
  },
  {
    label: "a named weapon joined after an of-phrase of a non-supply word is still supplied (receive)",
    text: "Nigeria received a batch of shares and 12 Super Tucano aircraft from Brazil.",
    gives: [
      ["Brazil", "supplies", "Nigeria"],
      ["Brazil", "supplies", "Super Tucano"],
    ],
  },
  {
    label: "a guard of honour and a gun salute received from an army is no supply",
    text: "Japan's Prime Minister received a guard of honour and a 21-gun salute from the Indian Army.",
    entities: ["Japan", "Indian Army"],
    notGives: [
      ["Indian Army", "supplies", "Japan"],
      ["India", "supplies", "Japan"],
    ],
  },
  {
    label: "a state confirming the delivery of goods another state made supplies them (donation from stock)",
    text: "Poland confirmed the delivery of 14 Leopard 2 tanks to Ukraine.",
    gives: [
      ["Poland", "supplies", "Ukraine"],
      ["Poland", "supplies", "Leopard 2"],
    ],
  },
  {
    label:
      "a state's official confirming the delivery of goods another state made supplies them, with his state",
    text: "Polish Defence Minister Mariusz Blaszczak confirmed the delivery of 14 Leopard 2 tanks to Ukraine.",
    gives: [
      ["Poland", "supplies", "Ukraine"],
      ["Poland", "supplies", "Leopard 2"],
    ],
  },
  {
    label:
      "must-not: a body of another state confirming the delivery of goods it does not make is no supplier",
    text: "The Pentagon confirmed the delivery of Leopard 2 tanks to Ukraine.",
    notGives: [["Pentagon", "supplies", "Ukraine"]],
  },
  {
    label: "must-not: a title-case headline's verb before a count is no weapon model ('Receives 500')",
    text: "Kenya Receives 500 Rifles From Turkey\nKenya received the rifles on Monday.",
    entities: ["Kenya", "Turkey"],
    noEntities: ["Receives 500"],
    noNames: ["Receives 500"],
  },
  {
    label: "must-not: a title-case headline's 'Buys' before a count is no weapon model",
    text: "Nigeria Buys 12 Helicopters From Italy\nNigeria bought twelve helicopters from Italy.",
    noNames: ["Buys 12"],
    gives: [["Italy", "supplies", "Nigeria"]],
  },
  {
    label: "an unknown name and a model number before a weapon class in a headline is still a model",
    text: "Pakistan Navy Commissions Agosta 90-B Submarines\nThe Pakistan Navy commissioned two Agosta 90-B submarines.",
    typed: [["Agosta 90-B", "WeaponSystem"]],
  },
  {
    label: "a place list after a preposition in the subject's phrase keeps its last member before 'reported'",
    text: "Officials in Odesa and Izmail reported damage to port facilities after the drone attack.",
    typed: [
      ["Odesa", "Location"],
      ["Izmail", "Location"],
    ],
  },
  {
    label: "a place list after a preposition in the subject's phrase keeps its last member before 'said'",
    text: "Officials in Odesa and Izmail said the port was hit.",
    typed: [["Izmail", "Location"]],
  },
  {
    label: "must-not: a name after a place list in the predicate, before 'said', is still no place",
    text: "Drones struck targets in Odesa and Energatom said power was cut.",
    notTyped: [["Energatom", "Location"]],
  },
  {
    label: "an arms word heading the phrase joined after an of-phrase of a commodity is still supplied",
    text: "Turkey sent 500 tonnes of wheat and military equipment to Somalia.",
    gives: [["Turkey", "supplies", "Somalia"]],
  },
  {
    label: "must-not: a guard of honour and a military salute received from an army is no supply",
    text: "Japan's Prime Minister received a guard of honour and a military salute from the Indian Army.",
    entities: ["Japan", "Indian Army"],
    notGives: [
      ["Indian Army", "supplies", "Japan"],
      ["India", "supplies", "Japan"],
    ],
  },
];
