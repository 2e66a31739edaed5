/**
 * Labelled sentences of session 32's entity classes (ents32): a country's or body's listed name
 * printed without the apostrophe of its inner possessive ("Peoples Republic of China"), and a
 * lower-case body after a country's possessive named as printed ("Algeria's foreign ministry"), and
 * a peer or noble named by a peerage title and one name ("Lord Tu'ivanako"), and a designator's
 * plural after a variant's capitals ("T-90Ms", "Su-30Ks").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country's long name printed without its apostrophe names that country, not the tail's",
    text: "The Peoples Republic of China has donated military equipment and patrol boats to the Nigerian Navy.",
    gives: [["China", "supplies", "Nigerian Navy"]],
    noEntities: ["Taiwan"],
  },
  {
    label: "the tail of that long name alone still names its own country",
    text: "The Republic of China donated two helicopters to Paraguay on Monday.",
    gives: [["Taiwan", "supplies", "Paraguay"]],
    noEntities: ["China"],
  },
  {
    label: "a body's listed name printed without its apostrophe names that body",
    text: "Troops of the Peoples Liberation Army arrived in Hong Kong on Sunday.",
    entities: ["People's Liberation Army"],
    noEntities: ["Liberation Army"],
  },
  {
    label: "two countries' lower-case foreign ministries are each named as printed, apart",
    text: "Morocco's Foreign Ministry accused Algeria of arming the Polisario. Algeria's foreign ministry issued a statement calling Morocco's claims lies. The claims are false, Iran's foreign ministry said in a statement.",
    entities: ["Algeria's foreign ministry", "Iran's foreign ministry"],
    noNames: ["Algerian Foreign Ministry", "Iranian Foreign Ministry"],
    apart: [
      ["Algeria's foreign ministry", "Iran's foreign ministry"],
      ["Algeria's foreign ministry", "Moroccan Foreign Ministry"],
    ],
    gives: [
      ["Algeria's foreign ministry", "affiliated_with", "Algeria"],
      ["Iran's foreign ministry", "affiliated_with", "Iran"],
    ],
  },
  {
    label: "a lower-case body keeps the name the text prints in full elsewhere",
    text: "The Algerian Foreign Ministry rejected the report on Monday. Algeria's foreign ministry also summoned the French ambassador.",
    entities: ["Algerian Foreign Ministry"],
    noNames: ["Algeria's foreign ministry"],
    same: [["Algerian Foreign Ministry", "Algeria's foreign ministry"]],
  },
  {
    label: "a lower-case service after a possessive and a demonym is named as printed, with its country",
    text: "Russia delivered two Mi-171Sh helicopters to Peru's air force on Friday.",
    entities: ["Peru's air force"],
    gives: [
      ["Russia", "supplies", "Peru's air force"],
      ["Peru's air force", "affiliated_with", "Peru"],
    ],
  },
  {
    label: "a possessive before a title is no body's name",
    text: "Ukraine's military intelligence chief Kyrylo Budanov said Russia was preparing an offensive.",
    noEntities: ["Ukraine's military intelligence", "Ukrainian Military Intelligence"],
  },
  {
    label: "a noble named by 'Lord' and one name keeps the title in his name, as printed",
    text: "The treaty was signed with Tongan Prime Minister and Defence Minister Lord Tu'ivanako. Tu'ivanako said it would help Tonga.",
    entities: ["Lord Tu'ivanako"],
    noNames: ["Tu'ivanako"],
    gives: [["Lord Tu'ivanako", "affiliated_with", "Tonga"]],
  },
  {
    label: "a peer's title before a full name stays out of it, and 'lord' as a noun names nobody",
    text: "British Foreign Secretary David Cameron met Antony Blinken. The lord mayor met Smith in London.",
    entities: ["David Cameron"],
    noEntities: ["Lord Cameron", "Lord"],
  },
  {
    label: "a designator's plural after a variant's capitals is one model with its singular",
    text: "Russia delivered two Su-30K jets to Angola. The Su-30Ks will replace older MiG-23s.",
    entities: ["Su-30K"],
    noNames: ["Su-30Ks"],
  },
  {
    label: "plurals of capital variants name the model, and capital variants without a plural stay whole",
    text: "The army received four T-90Ms from Russia. The navy flies two MH-60Rs and the Su-30SM.",
    gives: [["Russia", "supplies", "T-90M"]],
    entities: ["T-90M", "MH-60R", "Su-30SM"],
    noNames: ["T-90Ms", "MH-60Rs", "Su-30S"],
  },
];
