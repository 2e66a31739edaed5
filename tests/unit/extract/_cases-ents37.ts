/**
 * Labelled sentences of session 37's entity classes (batch 36 read as unseen text): a body's name
 * whose second word is a given name that heads bodies too ("The International Court of Justice",
 * "Court" of "Court of"); a ministry printed in both word orders with "Affairs" ("External Affairs
 * Ministry" … "Ministry of External Affairs") and its bare head and descriptions ("the Ministry",
 * "The ministry") as one node; a country's body written with the country's possessive keeps that
 * spelling as an alias ("Yemen's Army", named "Yemeni Army"); common Arabic and Persian given names
 * that open a person's name with no cue verb ("Nasser Kanaani made these statements"); an acronym
 * after a company's descriptor noun ("US company SAFE Boats") names the company, no weapon model; a
 * ship class named in lower case ("its Hamilton class frigate") keeps "Hamilton class" as an alias,
 * and "Hamilton-class" in the same document is the same class; "Sana'a", the capital's spelling
 * with an apostrophe.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a body's name opening a sentence with a head that is a given name too stays whole",
    text: "The International Court of Justice awarded the temple to Cambodia in 1962.",
    typed: [["International Court of Justice", "Organization"]],
    noNames: ["International", "Court of Justice"],
  },
  {
    label: "a bank's name opening a sentence with 'for' after its head stays whole",
    text: "The International Bank for Reconstruction and Development lent Ghana $200 million.",
    typed: [["International Bank for Reconstruction and Development", "Organization"]],
    noNames: ["International"],
  },
  {
    label: "a given name after a body's name, before a surname, is still a person (guard)",
    text: "The Foreign Ministry Court Smith said nothing, according to Reuters.",
    noNames: ["Foreign Ministry Court Smith"],
  },
  {
    label: "a ministry printed in both word orders with 'Affairs' is one body",
    text:
      "The External Affairs Ministry on Tuesday summoned a senior official of the Pakistan High Commission. " +
      "The official was summoned to the Ministry of External Affairs, the Ministry said in a statement.",
    same: [
      ["External Affairs Ministry", "Ministry of External Affairs"],
      ["External Affairs Ministry", "Ministry"],
    ],
  },
  {
    label: "a description of the ministry refers to the one ministry the bare head names",
    text:
      "The External Affairs Ministry summoned the envoy of Pakistan. The envoy was called to the Ministry of External Affairs, the Ministry said. " +
      "“The ministry condemned in the strongest terms such provocative action by Pakistan,” it said.",
    gives: [["External Affairs Ministry", "assesses", "Pakistan"]],
    noNames: ["Ministry"],
  },
  {
    label: "two ministries of one document stay two bodies (guard)",
    text: "The Home Affairs Ministry and the Ministry of External Affairs issued a joint statement on Monday.",
    apart: [["Home Affairs Ministry", "Ministry of External Affairs"]],
  },
  {
    label: "a country's army written with the possessive keeps that spelling as an alias",
    text: "Sullivan had linked Yemen's Army targeting two ships to Iran.",
    entities: ["Yemen's Army", "Yemeni Army"],
    same: [["Yemen's Army", "Yemeni Army"]],
  },
  {
    label: "a country's navy written with a curly possessive keeps that spelling as an alias",
    text: "Ghana’s Navy received two patrol boats from the United States on Monday.",
    same: [["Ghana’s Navy", "Ghanaian Navy"]],
  },
  {
    label: "an acronym after a company's descriptor noun opens the company's name, no model's",
    text: "The boats appear to be manufactured by US company SAFE Boats.",
    typed: [["SAFE Boats", "Organization"]],
    notTyped: [["SAFE", "WeaponSystem"]],
  },
  {
    label: "an acronym before a vehicle's noun with no descriptor is still a model (guard)",
    text: "The United States delivered 20 MRAP vehicles to the Nigerian Army.",
    typed: [["MRAP", "WeaponSystem"]],
    gives: [["United States", "supplies", "MRAP"]],
  },
  {
    label: "an Arabic given name and an unknown surname before a verb no cue list holds are a person",
    text: "Nasser Kanaani made these statements in response to the accusations. Kanaani also reiterated that Iran does not have proxy groups.",
    typed: [["Nasser Kanaani", "Person"]],
    same: [["Nasser Kanaani", "Kanaani"]],
  },
  {
    label: "a Persian given name opens a person's name",
    text: "Mojtaba Zolnour chaired the session of the parliament's committee in Tehran.",
    typed: [["Mojtaba Zolnour", "Person"]],
  },
  {
    label: "a given name opening a mosque's name is no person (guard)",
    text: "The protesters gathered at the Faisal Mosque in Islamabad on Friday.",
    notTyped: [["Faisal Mosque", "Person"]],
  },
  {
    label: "a class named in lower case after its name keeps 'X class' as printed (an alias)",
    text: "The Philippine Navy is expected to put into service its Hamilton class frigate from the US by September.",
    same: [["Hamilton class", "Hamilton"]],
  },
  {
    label: "a class written 'X-class' and 'X class' in one document is one WeaponSystem",
    text: "The navy will commission its Hamilton class frigate in September. The Hamilton-class frigate will let the navy venture into deeper waters.",
    same: [["Hamilton-class", "Hamilton class"]],
  },
  {
    label: "two classes of one document stay two WeaponSystems (guard)",
    text: "Australia gave Tonga a Guardian-class patrol boat, and Fiji bought two Cape Class vessels from Austal.",
    apart: [["Guardian-class", "Cape Class"]],
  },
  {
    label: "a capital's spelling with an apostrophe is the capital",
    text: "The boats were handed over to the Yemeni Coast Guard in Sana'a on Monday.",
    typed: [["Sana'a", "Location"]],
    same: [["Sana'a", "Sanaa"]],
  },
];
