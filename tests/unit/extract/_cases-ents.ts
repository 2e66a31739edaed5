/**
 * Labelled sentences of the entity helper (session 27): entities of unseen news that no gazetteer
 * lists, found by grammar (a person after "met with" or "received by") and by the document's own
 * names (an acronym that a body of the document spells, over the gazetteer's sense).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- a listed acronym that the document's own body spells
  {
    label:
      "an acronym the gazetteer lists for an agency is the armed forces the text names by those initials",
    text: "The Armed Forces of the Philippines said on Monday that the AFP would hold drills with Japan.",
    same: [["Armed Forces of the Philippines", "AFP"]],
    noEntities: ["Agence France-Presse"],
  },
  {
    label: "a headline's acronym is the body that the body text defines in brackets",
    text: "AFP chief meets Japanese general\n\nThe chief of the Armed Forces of the Philippines (AFP), General Jose Reyes, met a Japanese general on Monday.",
    same: [["Armed Forces of the Philippines", "AFP"]],
    noEntities: ["Agence France-Presse"],
  },
  {
    label: "an agency spelled out in the text keeps its acronym",
    text: "Agence France-Presse reported that the Armed Forces of the Philippines held drills, AFP said.",
    typed: [["Agence France-Presse", "Organization"]],
    apart: [["Armed Forces of the Philippines", "Agence France-Presse"]],
  },
  {
    label: "a two-letter listed acronym is never taken by a body of those initials",
    text: "The Ukrainian Navy said the UN had sent observers.",
    apart: [["Ukrainian Navy", "UN"]],
  },
  // ---- a person named without a title after a verb and a preposition
  {
    label: "an untitled name after 'met with' is a person",
    text: "Estonian Defence Minister Hanno Pevkur met with Antti Kaikkonen in Helsinki on Monday.",
    typed: [["Antti Kaikkonen", "Person"]],
    gives: [["Hanno Pevkur", "meets", "Antti Kaikkonen"]],
  },
  {
    label: "an untitled name after 'received by' is a person",
    text: "The visiting minister was received by Kaarlo Hietanen at the ministry.",
    typed: [["Kaarlo Hietanen", "Person"]],
  },
  {
    label: "an untitled name after 'held talks with' is a person",
    text: "Pevkur held talks with Ilkka Partanen on Tuesday.",
    typed: [["Ilkka Partanen", "Person"]],
  },
  {
    label: "a company after 'met with' stays a company",
    text: "Defence Minister Hanno Pevkur met with Hyundai Rotem on Tuesday.",
    typed: [["Hyundai Rotem", "Organization"]],
    notTyped: [["Hyundai Rotem", "Person"]],
  },
  {
    label: "a place's name after 'welcomed by' that modifies a noun is no person",
    text: "The minister was welcomed by Camp Aguinaldo staff on Monday.",
    notTyped: [["Camp Aguinaldo", "Person"]],
  },
  // ---- titles and places inside names
  {
    label: "a unit's word opening a rank is the rank's: 'Group Captain' before a name",
    text: "Group Captain Ann Lee of the Republic of Singapore Air Force met the visitors.",
    typed: [["Ann Lee", "Person"]],
    gives: [["Ann Lee", "affiliated_with", "Republic of Singapore Air Force"]],
  },
  {
    label: "a firm's 'Group' before a title stays the firm's name",
    text: "Adani Group Chairman Gautam Adani met the minister on Monday.",
    typed: [
      ["Adani Group", "Organization"],
      ["Gautam Adani", "Person"],
    ],
  },
  {
    label: "a capitalised 'Bin' ending a Chinese name is the given name, not a particle",
    text: "Defense Ministry Spokesperson, Colonel Li Bin, said the drills would go on.",
    typed: [["Li Bin", "Person"]],
    noEntities: ["Li Qiang"],
  },
  {
    label: "'Bin' before another name stays a particle",
    text: "Crown Prince Mohammed Bin Salman met the delegation.",
    same: [["Mohammed bin Salman", "Mohammed Bin Salman"]],
  },
  {
    label: "a listed city right after a titled one-word name is the person's last name",
    text: "Air Chief Marshal Tariq Amman met the visiting commander in Islamabad.",
    typed: [["Tariq Amman", "Person"]],
    noEntities: ["Jordan"],
  },
  {
    label: "a listed city after 'in' stays the city",
    text: "General Ahmed met officials in Amman.",
    typed: [["Amman", "Location"]],
  },
  // ---- people in title-case headlines
  {
    label: "a title-case headline's opening name before its verb and a titled name after it are persons",
    text: "Rajnath Singh Meets Japanese Defence Minister Gen Nakatani In Vientiane\n\nThe two ministers discussed defence ties.",
    typed: [
      ["Rajnath Singh", "Person"],
      ["Nakatani", "Person"],
    ],
    gives: [
      ["Rajnath Singh", "meets", "Nakatani"],
      ["Nakatani", "affiliated_with", "Japan"],
    ],
  },
  {
    label: "a title-case headline's name after a body's title words and before 'Holds' is a person",
    text: "Army Chief Gen Upendra Dwivedi Holds Talks With Egyptian Counterpart Ahmed Fathy Khalifa\n\nThe talks covered training.",
    typed: [
      ["Upendra Dwivedi", "Person"],
      ["Ahmed Fathy Khalifa", "Person"],
    ],
  },
  {
    label: "common words after a title in a title-case headline are no person",
    text: "Indian Navy Receives Two Advanced Frigates From Shipyard\n\nThe frigates arrived on Friday.",
    notTyped: [["Two Advanced Frigates", "Person"]],
    noEntities: ["Advanced Frigates", "Frigates"],
  },
  {
    label: "a title's abbreviation cut by a stop in a title-case headline is no person",
    text: "FM Spox. Rejected Allegations Made By The Envoy\n\nThe spokesman spoke on Monday.",
    noEntities: ["Spox"],
  },
  // ---- a listed body's generic alias inside another country's title
  {
    label: "'Security Council' wrapped in a title is the holder's own council, not the UN Security Council",
    text: "Deputy Security Council Secretary Alexander Venediktov met Iranian officials in Tehran.",
    typed: [["Alexander Venediktov", "Person"]],
    noEntities: ["UN Security Council", "Deputy Security Council"],
    gives: [["Alexander Venediktov", "affiliated_with", "Security Council"]],
  },
  {
    label: "'the Security Council' where the UN is named is the UN Security Council",
    text: "The United Nations said the Security Council would vote on the sanctions on Monday.",
    same: [["UN Security Council", "Security Council"]],
  },
  // ---- one person's name spelt two ways
  {
    label: "a given name's vowel spelt two ways in one article names one person",
    text: "Air Marshal Suhail Aman met the envoy on Monday. Later the envoy called on Air Chief Marshal Sohail Aman in his office.",
    same: [["Suhail Aman", "Sohail Aman"]],
  },
  {
    label: "two-word names that differ in the surname stay two persons",
    text: "Ali Saleh met Ali Salah in Sanaa on Monday.",
    apart: [["Ali Saleh", "Ali Salah"]],
  },
  // ---- rank abbreviations
  {
    label: "'Lieut.' is a rank's abbreviation: no sentence ends there and no person is named 'Lieut'",
    text: "Vietnamese Deputy Defence Minister Sen. Lieut. Gen Nguyen Chi Vinh hosted a reception in Hanoi on January 20.",
    noEntities: ["Lieut"],
    gives: [["Nguyen Chi Vinh", "affiliated_with", "Vietnam"]],
  },
  {
    label: "'Head Quarters' written as two words is no title and no person named 'Quarters'",
    text: "On arrival, the guest was received at the Air Head Quarters (AHQ) by Air Chief Marshal Sohail Aman.",
    noEntities: ["Quarters"],
    typed: [["Sohail Aman", "Person"]],
  },
];
