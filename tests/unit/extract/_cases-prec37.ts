/**
 * Labelled sentences of helper prec37 (session 37): false facts of the blind batches 35 and 36
 * (dev/374-401) that are shapes of English. Titles joined by "and" before a name are that person's,
 * no description of someone told elsewhere (title-holders.ts); an honorary title serves nothing
 * (relations/title-phrase.ts); an obligation before a meeting noun is no meeting held
 * (relations/meet.ts), and "must" hedges what it governs (lexicon modality-cues.json cues); a state's own
 * procurement body hands over to its own forces, no supply (5e-internal-supplies.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label:
      "a country's title joined by 'and' to a title before a name is that person's (dev/379): no other holder of the first title is tied to that country",
    text: "KUWAIT: Bahrain's King Hamad bin Issa Al-Khalifa received Kuwait's First Deputy Prime Minister and Defense Minister Sheikh Nasser Sabah Al-Ahmad Al-Sabah at Al-Sakhir Palace on Wednesday. The meeting was attended by the delegation of the Kuwaiti first deputy prime minister and defense minister. Sheikh Nasser arrived in Manama at the invitation of Bahrain's Crown Prince, Deputy Supreme Commander of the Bahrain Defense Force and First Deputy Prime Minister Prince Salman bin Hamad Al-Khalifa.",
    gives: [
      ["Hamad bin Issa Al-Khalifa", "meets", "Nasser Sabah Al-Ahmad Al-Sabah"],
      ["Nasser Sabah Al-Ahmad Al-Sabah", "affiliated_with", "Kuwait"],
    ],
    notGives: [
      ["Salman bin Hamad Al-Khalifa", "affiliated_with", "Kuwait"],
      ["Hamad bin Issa Al-Khalifa", "meets", "Salman bin Hamad Al-Khalifa"],
    ],
  },
  {
    label:
      "'the Chinese State Councilor and Defense Minister X' is X's title, no description of a counterpart told later (dev/236)",
    text: "Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo met in the capital Malabo the Chinese State Councilor and Defense Minister Chang Wanquan, who arrived here Sunday for a two-day visit. Chang recalled that in 2015 Obiang and his Chinese counterpart Xi Jinping jointly established a partnership.",
    gives: [
      ["Chang Wanquan", "affiliated_with", "China"],
      ["Chang Wanquan", "meets", "Teodoro Obiang Nguema Mbasogo"],
    ],
    notGives: [["Teodoro Obiang Nguema Mbasogo", "meets", "Xi Jinping"]],
  },
  {
    label: "an honorary rank conferred by another country's army ties its holder to neither (dev/388)",
    text: "Indian Army chief General Manoj Pande arrived in Kathmandu on Sunday. Nepal's President Bidya Devi Bhandari conferred the title of honorary General of the Nepali Army to Gen Pande at a special ceremony on Monday.",
    gives: [
      ["Manoj Pande", "affiliated_with", "Indian Army"],
      ["Bidya Devi Bhandari", "affiliated_with", "Nepal"],
    ],
    notGives: [
      ["Manoj Pande", "affiliated_with", "Nepali Army"],
      ["Manoj Pande", "affiliated_with", "Nepal"],
    ],
  },
  {
    label: "'have to resume meetings' is an obligation, no meeting held (dev/392)",
    text: "Egypt, Ethiopia and Sudan have to resume meetings on the dam in the upcoming days.",
    notGives: [
      ["Egypt", "meets", "Ethiopia"],
      ["Egypt", "meets", "Sudan"],
      ["Ethiopia", "meets", "Sudan"],
    ],
    hedged: [["Egypt", "meets", "Ethiopia", "possible"]],
  },
  {
    label: "'has to hold talks' is an obligation, no meeting held",
    text: "Pakistan and India have to hold talks on the Indus waters, Pakistani Foreign Minister Ishaq Dar said.",
    gives: [["Ishaq Dar", "affiliated_with", "Pakistan"]],
    notGives: [["Pakistan", "meets", "India"]],
  },
  {
    label: "'must send' is an obligation, no supply",
    text: "Germany must send more Leopard tanks to Ukraine, Polish President Andrzej Duda said.",
    gives: [["Andrzej Duda", "affiliated_with", "Poland"]],
    notGives: [["Germany", "supplies", "Ukraine"]],
    hedged: [["Germany", "supplies", "Ukraine", "possible"]],
  },
  {
    label: "'has agreed to buy' is a purchase, not an obligation: the seller still supplies (dev/146)",
    text: "Estonia has agreed to buy South Korean artillery in a 46 million-euro deal.",
    gives: [["South Korea", "supplies", "Estonia"]],
  },
  {
    label: "a state's procurement centre delivering to its own forces is no supply (dev/374)",
    text: "The Estonian Centre for Defence Investments delivered the 230 vehicles to the Estonian Defence Forces on Monday.",
    notGives: [
      ["Estonian Centre for Defence Investments", "supplies", "Estonian Defence Forces"],
      ["Estonian Centre for Defence Investments", "supplies", "Estonia"],
    ],
  },
  {
    label: "another country's procurement agency delivering abroad still supplies",
    text: "The Defence Materiel Agency of Norway delivered NASAMS launchers to Ukraine.",
    gives: [
      ["Defence Materiel Agency of Norway", "supplies", "Ukraine"],
      ["Defence Materiel Agency of Norway", "supplies", "NASAMS"],
    ],
  },
  {
    label:
      "'X said Y was in talks with Z': Y, the subject of 'was', holds the talks, not the speaker X (dev/302)",
    text: "In December, Defence Minister Aleksandar Vulin said Serbia was in talks with Russia to buy six Mi-17 helicopters.",
    notGives: [["Aleksandar Vulin", "meets", "Russia"]],
  },
  {
    label: "'A was in talks with B' with named people still gives their meeting",
    text: "Indian Prime Minister Narendra Modi was in talks with Russian President Vladimir Putin on Monday.",
    gives: [["Narendra Modi", "meets", "Vladimir Putin"]],
  },
  {
    label: "'X said after talks with Y' still makes X a party of the talks",
    text: "German Chancellor Friedrich Merz said after talks with Ukrainian President Volodymyr Zelensky that Germany would send more Patriot systems.",
    gives: [["Friedrich Merz", "meets", "Volodymyr Zelensky"]],
  },
  {
    label:
      "a minister of a known country is not tied to a ministry of unknown country that another side's spokesman serves (dev/300)",
    text: "IRNA - Foreign Ministry spokesman Bahram Qasemi on Saturday strongly dismissed the allegations made by Saudi Foreign Minister Adel al-Jubeir against the Islamic Republic of Iran as baseless.",
    gives: [["Adel al-Jubeir", "affiliated_with", "Saudi Arabia"]],
    notGives: [["Adel al-Jubeir", "affiliated_with", "Foreign Ministry"]],
  },
  {
    label: "the only foreign minister of a document still serves its only, unqualified foreign ministry",
    text: "Saudi Foreign Minister Adel al-Jubeir arrived in Cairo on Monday. The Foreign Ministry said he would meet Egyptian officials.",
    gives: [["Adel al-Jubeir", "affiliated_with", "Foreign Ministry"]],
  },
];
