/**
 * Labelled sentences of the platforms helper (session 28): weapon systems known by a ship's or a
 * class's name, hull numbers, owners' acronyms before a vessel, marks of a model.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- a named ship: one entity under its prefixed and its bare name, a place's name included
  {
    label: "a ship named after a state, prefixed once and bare after, is one weapon system",
    text: "The future USS Montana was delivered to the US Navy by Huntington Ingalls. Montana is the 21st boat of the class.",
    typed: [["Montana", "WeaponSystem"]],
    notTyped: [["Montana", "Location"]],
    same: [["USS Montana", "Montana"]],
  },
  {
    label: "a state's name after a comma that closes a city stays a place beside a ship of another name",
    text: "The shipyard in Wilmington, Delaware, built the submarine Montana for the US Navy.",
    typed: [
      ["Delaware", "Location"],
      ["Montana", "WeaponSystem"],
    ],
  },
  {
    label: "a hull number in brackets after a ship's name is no weapon of its own",
    text: "The Navy took delivery of the Virginia-class submarine Idaho (SSN 799) on Monday.",
    typed: [["Idaho", "WeaponSystem"]],
    noEntities: ["SSN 799"],
  },
  // ---- a class's name written again
  {
    label: "a class's name before a vessel noun is the class, not a place",
    text: "The Navy ordered another Virginia-class submarine in May. The tenth Virginia boat was delivered to the Navy in June.",
    same: [["Virginia-class submarine", "Virginia"]],
    notTyped: [["Virginia", "Location"]],
  },
  {
    label: "a class's name in the plural is the class and the item of a supply",
    text: "The navy commissioned two Cyclone-class patrol ships. The United States gave the two Cyclones to Bahrain last year.",
    gives: [["United States", "supplies", "Cyclone-class"]],
    same: [["Cyclone-class", "Cyclones"]],
  },
  // ---- words that are no weapon's name
  {
    label: "a coast guard's acronym before a named vessel is not the vessel's class",
    text: "The PCG vessel Cabra sailed to the shoal on Monday.",
    typed: [["Cabra", "WeaponSystem"]],
    noEntities: ["PCG"],
  },
  {
    label: "a Roman numeral of a series is no model's acronym",
    text: "The new boats belong to Block III submarines, the Navy said.",
    noEntities: ["III"],
  },
  // ---- marks: a model of its own
  {
    label: "a mark glued to a model's number names a model apart from the bare model",
    text: "Egypt received Su-30MKE fighters from Russia, after earlier Su-30 jets.",
    gives: [["Russia", "supplies", "Su-30MKE"]],
    apart: [["Su-30MKE", "Su-30"]],
  },
  {
    label: "a mark written apart after a model names a model apart from the bare model",
    text: "Sweden ordered CV90 MkIV vehicles from BAE Systems; its army already drives CV90 vehicles.",
    gives: [["BAE Systems", "supplies", "CV90 MkIV"]],
    apart: [["CV90 MkIV", "CV90"]],
  },
  {
    label: "a variant letter without a mark stays the bare model",
    text: "Taiwan received F-16V jets from the United States, which also upgraded its F-16 fleet.",
    same: [["F-16V", "F-16"]],
  },
  // ---- models named by their shape: quotes, a drive formula, a craft's length, a class's word
  {
    label: "a quoted name before a weapon's noun is a model, though a word that opens no name begins it",
    text: "Thailand sent ten “First Strike” armoured vehicles to Laos.",
    gives: [["Thailand", "supplies", "First Strike"]],
  },
  {
    label: "a name with a drive formula is a model and the item of a supply",
    text: "Kenya received 12 Kestrel 6x6 armoured personnel carriers from Jordan.",
    gives: [["Jordan", "supplies", "Kestrel 6x6"]],
  },
  {
    label: "a name after a craft's length and before a vessel noun is the craft's model",
    text: "The United States handed over two 35-foot Vigilant patrol boats to Tunisia.",
    gives: [["United States", "supplies", "Vigilant"]],
  },
  {
    label: "capitalised words after a craft's length that end in a vessel noun are a model, not a person",
    text: "The 27-ft Harbor Patrol Boat arrived in Dakar on Monday.",
    typed: [["Harbor Patrol Boat", "WeaponSystem"]],
    notTyped: [["Harbor Patrol Boat", "Person"]],
  },
  {
    label: "a body's name after a craft's length stays the body's",
    text: "A 40-foot Coast Guard boat rescued the crew on Monday.",
    typed: [["Coast Guard", "Organization"]],
  },
  {
    label: "a capitalised Class ends a class's name before a body's words that describe the vessels",
    text: "Jamaica took delivery of two Island Class Coast Guard cutters from the United States.",
    gives: [["United States", "supplies", "Island Class"]],
    noEntities: ["Island Class Coast Guard"],
  },
  {
    label: "a boat of a named class is named after a comma, its Roman number included",
    text: "Tuvalu accepted the Guardian Class patrol boat, Te Mataili II from the Australian government.",
    gives: [["Australia", "supplies", "Te Mataili II"]],
  },
  // ---- a ship's name in capitals; the owner of the goods as recipient
  {
    label: "a ship's name printed in capitals after its prefix is the ship",
    text: "The Nigerian Navy commissioned NNS KADA (P190) at the Lagos naval base.",
    typed: [["NNS KADA", "WeaponSystem"]],
  },
  {
    label: "an armed force named as the owner of the delivered goods receives them",
    text: "Huntington Ingalls Industries delivered the US Navy's Virginia-class submarine Montana on Friday.",
    gives: [["Huntington Ingalls Industries", "supplies", "US Navy"]],
  },
  {
    label: "a maker named as the owner of the delivered goods does not receive them",
    text: "Germany delivered Rheinmetall's Skyranger systems on Friday.",
    notGives: [["Germany", "supplies", "Rheinmetall"]],
  },
  // ---- national variants
  {
    label: "a variant ending in the code of a country the text names is that country's model",
    text: "Poland signed for 180 K2PL tanks, after it had bought 180 K2 tanks from South Korea.",
    apart: [["K2PL", "K2"]],
  },
  {
    label: "variant letters that are the code of no country the text names stay the bare model",
    text: "Algeria received T-90SA tanks from Russia, and more T-90 tanks will follow.",
    same: [["T-90SA", "T-90"]],
  },
  // ---- renamed ships; coast guards' prefixes
  {
    label: "a ship renamed after its handover is one ship under its old and its new name",
    text: "The INS Sindhughosh, a Kilo-class submarine of the Indian Navy, has been renamed as the UMS Yan Naing.",
    same: [["INS Sindhughosh", "UMS Yan Naing"]],
  },
  {
    label: "a coast guard's ship prefix names the ship",
    text: "The SLCG Suraksha was commissioned at the Colombo port on Wednesday.",
    typed: [["SLCG Suraksha", "WeaponSystem"]],
  },
];
