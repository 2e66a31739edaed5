/**
 * Labelled sentences of session 31's entity classes (ents31): model designations written with four
 * digits, a slash or a spaced mark ("M1117", "Type 209/1200", "Gripen C/D", "PC 7 MkII"), ship
 * prefixes of navies the list lacked, and a body's head written in lower case after its field
 * ("the US Defense department"); world given names known by their plain spelling ("Paweł" as "Pawel");
 * countries named "Saint" printed "St." or "St"; places ending in a memorial, mansion, pavilion or majlis;
 * teams as bodies' heads; Romance bodies' heads before a particle ("Ministerio de Seguridad Pública");
 * a ruler's possessive inside a body's name ("the Sultan's Armed Forces") and a title glued by hyphens
 * ("Chief-of-Staff of the …") kept out of the name after it.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a designator of two capitals and four digits before a class noun is a model",
    text: "The United States donated 20 M1117 armored security vehicles to Colombia.",
    typed: [["M1117", "WeaponSystem"]],
    gives: [["United States", "supplies", "M1117"]],
  },
  {
    label: "a four-digit designator before an infantry fighting vehicle is a model",
    text: "Denmark ordered 45 CV9035 infantry fighting vehicles from BAE Systems.",
    typed: [["CV9035", "WeaponSystem"]],
  },
  {
    label: "a four-digit code with no class noun after it is no model",
    text: "The FY2024 budget was approved by parliament on Monday.",
    noEntities: ["FY2024"],
  },
  {
    label: "a class number with a variant's number after a slash is one model",
    text: "Peru operates four Type 209/1200 diesel-electric submarines; the original variant (Type 209/1100) was designed in the 1960s.",
    typed: [
      ["Type 209/1200", "WeaponSystem"],
      ["Type 209/1100", "WeaponSystem"],
    ],
    apart: [["Type 209/1200", "Type 209/1100"]],
  },
  {
    label: "a glued 'mod' after a slashed variant's number stays in the model's name",
    text: "Egypt bought Type 209/1400mod class submarines from Germany.",
    typed: [["Type 209/1400mod", "WeaponSystem"]],
  },
  {
    label: "two capitals joined by a slash after a listed model are its variant",
    text: "Thailand operates a squadron of Gripen C/D multi-role fighters.",
    typed: [["Gripen C/D", "WeaponSystem"]],
  },
  {
    label: "a mark after an acronym and a spaced number makes a model without a class noun",
    text: "The PC 7 MkIIs were purchased from Pilatus Limited and delivered last November.",
    typed: [["PC 7 MkIIs", "WeaponSystem"]],
    noEntities: ["PC"],
  },
  {
    label: "an acronym and a spaced number with neither a mark nor a class noun is no model",
    text: "The UN 2 Mk was closed.",
    noEntities: ["UN 2 Mk", "UN 2"],
  },
  {
    label: "a ship's prefix of the Royal Navy of Oman opens a vessel's name",
    text: "The interim acceptance of RNOV Al Shamikh by the Royal Navy of Oman followed in June.",
    typed: [["RNOV Al Shamikh", "WeaponSystem"]],
  },
  {
    label: "a Brazilian ocean patrol vessel's prefix opens a vessel's name",
    text: "BAE Systems delivered NPaOc Araguari to the Brazilian Navy in Portsmouth.",
    typed: [["NPaOc Araguari", "WeaponSystem"]],
  },
  {
    label: "a field's department written in lower case after a country is a body",
    text: "The DSCA, an office attached to the US Defense department, said on its website. The Philippine Defense department did not reply.",
    typed: [
      ["US Defense department", "Organization"],
      ["Philippine Defense department", "Organization"],
    ],
    gives: [["Philippine Defense department", "affiliated_with", "Philippines"]],
  },
  {
    label: "a lower-case department after a word that is no field is no body",
    text: "The US sales department said the order was late.",
    noEntities: ["US sales department"],
  },
  {
    label: "a world given name printed with a stroked letter opens a person's name at a sentence's start",
    text: "Paweł Soloch held talks with Stepan Poltorak on Friday.",
    typed: [["Paweł Soloch", "Person"]],
    gives: [["Paweł Soloch", "meets", "Stepan Poltorak"]],
  },
  {
    label: "an accented place name is no person's",
    text: "The Élysée said that Russia is a threat.",
    noEntities: ["Élysée"],
  },
  {
    label: "a Saint country printed with 'St.' is the country, no person",
    text: "The United States donated two patrol boats to St. Vincent and the Grenadines.",
    typed: [["Saint Vincent and the Grenadines", "Country"]],
    noEntities: ["Vincent"],
    gives: [["United States", "supplies", "Saint Vincent and the Grenadines"]],
  },
  {
    label: "a run ending in a majlis after a personal name is a place, no person",
    text: "The Amir received the minister at the Sheikh Abdullah Bin Jassim Majlis in Doha.",
    typed: [["Sheikh Abdullah Bin Jassim Majlis", "Location"]],
    noEntities: ["Abdullah Bin Jassim Majlis"],
  },
  {
    label: "memorials, mansions and pavilions end places' names",
    text: "The delegation visited the Kigali Genocide Memorial, the Executive Mansion and the Army Pavilion.",
    typed: [
      ["Kigali Genocide Memorial", "Location"],
      ["Executive Mansion", "Location"],
      ["Army Pavilion", "Location"],
    ],
  },
  {
    label: "a parliament called the Majlis alone stays no place",
    text: "Iran's Majlis approved the bill on Sunday.",
    noEntities: ["Majlis"],
  },
  {
    label: "a capitalised run ending in 'Team' is a body, no person",
    text: "The J-10 jets of the People's Liberation Army Air Force's Ba Yi Aerobatic Team arrived in Pakistan.",
    typed: [["Ba Yi Aerobatic Team", "Organization"]],
    noEntities: ["Ba Yi"],
  },
  {
    label: "a lower-case team is no body",
    text: "The team met Pakistan Army officials on Monday.",
    noEntities: ["team"],
  },
  {
    label: "a Romance ministry's head and its particle open a body's name",
    text: "The helicopters were transferred to the Air Surveillance Service (SVA) of the Ministerio de Seguridad Pública.",
    typed: [["Ministerio de Seguridad Pública", "Organization"]],
    gives: [["Air Surveillance Service", "affiliated_with", "Ministerio de Seguridad Pública"]],
  },
  {
    label: "a given name before a particle stays a person's name",
    text: "Marina de Souza said that Brazil is ready.",
    typed: [["Marina de Souza", "Person"]],
  },
  {
    label: "a ruler's possessive inside a body's name does not cut the name",
    text: "The meeting was attended by senior officers at the Command of the Sultan’s Armed Forces.",
    typed: [["Command of the Sultan’s Armed Forces", "Organization"]],
    noEntities: ["Command of the Sultan"],
  },
  {
    label: "a title glued by hyphens stays out of the body's name after it",
    text: "Lt. General Ahmed al-Nabhani, Chief-of-Staff of the Sultan’s Armed Forces (SAF), received him.",
    typed: [["Sultan’s Armed Forces", "Organization"]],
    noEntities: ["-Staff of the Sultan’s Armed Forces", "of the Sultan’s Armed Forces"],
    gives: [["Ahmed al-Nabhani", "affiliated_with", "Sultan’s Armed Forces"]],
  },
  {
    label: "a ruler's possessive before a lower-case noun names no body",
    text: "The King's visit to Oman ended on Monday.",
    noEntities: ["King's visit", "King"],
  },
];
