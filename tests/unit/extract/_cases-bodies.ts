/**
 * Labelled sentences of session 28's `bodies` helper: organisation bodies named by a service or
 * chamber head after a country, demonym or listed body ("Peruvian Marines", "U.S. Senate").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a demonym before a plural service head (Marines) names the country's body",
    text: "The contract covers 32 light armoured vehicles for the Peruvian Marines.",
    typed: [["Peruvian Marines", "Organization"]],
    gives: [["Peruvian Marines", "affiliated_with", "Peru"]],
  },
  {
    label: "a country's navy and its marines make one body named by all three words",
    text: "Kenya Navy Marines conducted a beach landing exercise in Lamu on Tuesday.",
    typed: [["Kenya Navy Marines", "Organization"]],
    gives: [["Kenya Navy Marines", "affiliated_with", "Kenya"]],
  },
  {
    label: "a country's senate is a body of that country",
    text: "The U.S. Senate voted on Thursday to confirm the new commander.",
    typed: [["U.S. Senate", "Organization"]],
    gives: [["U.S. Senate", "affiliated_with", "United States"]],
  },
  {
    label: "must-not: a lower-case senate or marines names no body",
    text: "A senate hearing heard that marines of several countries trained in Kenya.",
    noEntities: ["senate", "marines"],
  },
  {
    label: "a listed body's acronym then an air force's head names the service, not the parent",
    text: "The PLA Air Force flew 20 sorties near Taiwan on Monday.",
    typed: [["PLA Air Force", "Organization"]],
    noEntities: ["People's Liberation Army"],
  },
  {
    label: "a listed body's name then a navy's head names the service",
    text: "IRGC Navy boats seized the tanker in the Strait of Hormuz.",
    typed: [["IRGC Navy", "Organization"]],
  },
  {
    label: "a listed body's service before a title's head is the title's body",
    text: "People's Liberation Army Air Force Commander expressed his admiration for the pilots.",
    typed: [["People's Liberation Army Air Force", "Organization"]],
    noEntities: ["People's Liberation Army"],
  },
  {
    label: "must-not: a body's service of a listed body's own 'of' stays one name",
    text: "Shapovalov was appointed commander of the Ground Forces of the Armed Forces of Ukraine.",
    noEntities: ["Armed Forces of Ukraine Ground Forces"],
  },
  {
    label: "a body's acronym before a place's head names the body's place",
    text: "The aircraft landed at the NAF Base in Kaduna on Friday.",
    typed: [["NAF Base", "Location"]],
    notTyped: [["NAF Base", "Organization"]],
  },
  {
    label: "must-not: an acronym alone after 'the' still names a body",
    text: "The jets were handed over to the NAF at a ceremony in Kaduna.",
    typed: [["NAF", "Organization"]],
  },
  {
    label: "a given name and a surname before 'of the' and a body are a person of that body",
    text: "Congresswomen Stephanie Murphy, Kathleen Rice of the Democratic Party, and Representative Kurt Schrader met Soto.",
    typed: [
      ["Kathleen Rice", "Person"],
      ["Democratic Party", "Organization"],
    ],
    gives: [["Kathleen Rice", "affiliated_with", "Democratic Party"]],
    noEntities: ["Kathleen Rice of the Democratic Party"],
  },
  {
    label: "must-not: a body named after a person keeps its 'of the'",
    text: "The Order of the Red Banner was awarded to the unit.",
    noEntities: ["Red Banner"],
  },
  {
    label: "'Director General' before a bureau's head is the holder's title, not the body's name",
    text: "He met the Director General Bureau of Military Equipment and Technical Cooperation, Major General Wang Wei.",
    typed: [["Bureau of Military Equipment and Technical Cooperation", "Organization"]],
    noEntities: ["Director General Bureau of Military Equipment and Technical Cooperation"],
  },
  {
    label: "must-not: 'General Bureau' after another word stays the body's name",
    text: "The Reconnaissance General Bureau ran the operation, officials said.",
    typed: [["Reconnaissance General Bureau", "Organization"]],
  },
  {
    label: "an adjective between a country's possessive and a body keeps the body the country's",
    text: "The deputy commander of Iran's elite Quds Force warned Washington on Friday.",
    gives: [["Quds Force", "affiliated_with", "Iran"]],
  },
  {
    label: "a body, a copula and 'the branch of' a body is that body's part",
    text: "The Quds Force is the elite branch of the IRGC and is responsible for external operations.",
    gives: [["Quds Force", "affiliated_with", "Islamic Revolutionary Guard Corps"]],
  },
  {
    label: "must-not: a denied part-of after a copula is no affiliation",
    text: "Rosoboronexport is not a subsidiary of Rostec, the agency said.",
    notGives: [["Rosoboronexport", "affiliated_with", "Rostec"]],
  },
  {
    label: "an acronym with stops defined in brackets names the same body later",
    text: "The Islamic Revolution Guards Corps (I.R.G.C.) held drills. The I.R.G.C. said the drills ended.",
    same: [["I.R.G.C.", "Islamic Revolution Guards Corps"]],
  },
  {
    label: "an acronym in brackets that spells a modified title names the holder's title, not a body",
    text: "Vice Chief of the Defence Forces (VCDF) Lieutenant General Jonah Mwangi was also present.",
    typed: [["Jonah Mwangi", "Person"]],
    noEntities: ["Vice Chief of the Defence Forces"],
  },
  {
    label: "must-not: an acronym in brackets that spells a body's name still names the body",
    text: "The Joint Chiefs of Staff (JCS) said the missile flew 600 km.",
    typed: [["Joint Chiefs of Staff", "Organization"]],
  },
  {
    label: "two capitalised words before 'rebels' name the armed group",
    text: "Shining Path rebels ambushed an army patrol in the VRAEM valley on Sunday.",
    typed: [["Shining Path", "Organization"]],
  },
  {
    label: "two capitalised words before 'militants' name the armed group",
    text: "Abu Sayyaf militants kidnapped two fishermen off Sulu.",
    typed: [["Abu Sayyaf", "Organization"]],
  },
  {
    label: "a country's possessive before an armed group's name and 'insurgency' gives the group's country",
    text: "They discussed remnants of Peru's Shining Path insurgency on Tuesday.",
    gives: [["Shining Path", "affiliated_with", "Peru"]],
  },
  {
    label: "must-not: a demonym before 'rebels' names no group",
    text: "Tigrayan rebels and Amhara militiamen clashed near the border.",
    noEntities: ["Tigrayan", "Amhara"],
  },
  {
    label: "a body's head in the plural after a title's word is no person",
    text: "Members of the Senate and House of Representatives Committees on NAF inspected the planes.",
    notTyped: [["Committees", "Person"]],
    noEntities: ["Committees"],
  },
  {
    label: "a listed body whose own name ends in 'of' and a country belongs to that country",
    text: "Ukraine said on Monday that the Security Service of Ukraine had caught the agent.",
    gives: [["Security Service of Ukraine", "affiliated_with", "Ukraine"]],
  },
  {
    label: "an acronym no list knows before a lower-case 'regime' names a body",
    text: "The conflict may escalate to the extent of challenging the TPLF regime in Addis Ababa.",
    typed: [["TPLF", "Organization"]],
  },
  {
    label: "an acronym glued by a hyphen to a title-case word before 'party' names the party",
    text: "In a statement, the PNDS-Tarayya party said the Bazoums had no running water.",
    typed: [["PNDS-Tarayya", "Organization"]],
  },
  {
    label: "must-not: a weapon class's acronym before 'regime' names no body",
    text: "The UAV regime of the export rules was eased in May.",
    noEntities: ["UAV"],
  },
  {
    label: "a demonym before a descriptor noun ties the body named after it to the country",
    text: "The Turkish company Baykar delivered the drones to Poland in May.",
    gives: [["Baykar", "affiliated_with", "Turkey"]],
  },
  {
    label: "a quoted name after a demonym and a descriptor noun is the described body of that country",
    text: "According to the Colombian newspaper 'El Tiempo', the group doubled in a year.",
    typed: [["El Tiempo", "Organization"]],
    gives: [["El Tiempo", "affiliated_with", "Colombia"]],
  },
  {
    label: "must-not: a demonym before a descriptor noun ties no body it does not name",
    text: "The Turkish company delivered the drones to Poland, Baykar said.",
    notGives: [["Baykar", "affiliated_with", "Turkey"]],
  },
  {
    label: "a demonym before 'MoD' names the country's defence ministry",
    text: "The Slovenian MoD has ordered 45 Boxer wheeled armoured vehicles.",
    typed: [["Slovenian MoD", "Organization"]],
    gives: [["Slovenian MoD", "affiliated_with", "Slovenia"]],
  },
  {
    label: "an acronym with a joiner's initial in lower case defined in brackets is the body's",
    text: "BEML has secured orders from the Indian Ministry of Defence (MoD) to supply vehicles. The MoD said the order was signed.",
    same: [["MoD", "Indian Ministry of Defence"]],
  },
  {
    label: "a demonym's lower-case service before its members' noun names the service",
    text: "Russia is also helping train Venezuelan air force pilots to fly the aircraft.",
    typed: [["Venezuelan Air Force", "Organization"]],
    gives: [["Venezuelan Air Force", "affiliated_with", "Venezuela"]],
  },
  {
    label: "must-not: a demonym's intelligence before a title's head is the title's",
    text: "Ukraine's military intelligence chief said the strikes would go on.",
    noEntities: ["Ukrainian Military Intelligence"],
  },
];
