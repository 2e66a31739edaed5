/**
 * Labelled sentences of session 38's weapon-name patterns, written with made-up model names that
 * no lexicon row holds, so that they test the patterns as unseen text meets them: a word of size or
 * role between a model's name and its head ("Kestrel medium transport helicopters", "Corvus
 * training jets") keeps the name a model, while a word that makes no weapon's class ("military")
 * still does not; a weapon class printed only right after the model it describes ("12 Corvus
 * fighter jets") makes no node of its own, while a class the document also names alone stays; a
 * platform's role class in lower case ("transport helicopters", "fighter jets", "naval ships") is a
 * generic weapon, no node, while a calibre keeps a class ("170mm self-propelled howitzers") and a
 * munition's class stays ("short-range ballistic missiles").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a size word between a model's name and its head keeps the name a model",
    text: "The air force will take into service four Kestrel medium transport helicopters from Poland.",
    typed: [["Kestrel", "WeaponSystem"]],
  },
  {
    label: "a role word between a model's name and its head keeps the name a model",
    text: "Nigeria received six Corvus training jets from Italy last month.",
    typed: [["Corvus", "WeaponSystem"]],
    gives: [["Italy", "supplies", "Corvus"]],
  },
  {
    label: "'military' between a name and a head makes no model of the name (guard)",
    text: "Officials said Tamarind military vehicles crossed the border on Monday.",
    noEntities: ["Tamarind"],
  },
  {
    label: "a class printed only after the model it describes makes no node",
    text: "Serbia bought 12 Corvus fighter jets from France last year.",
    typed: [["Corvus", "WeaponSystem"]],
    noEntities: ["fighter jet"],
    gives: [["France", "supplies", "Corvus"]],
  },
  {
    label: "a class after a model that the document also names alone stays a node (guard)",
    text: "France sold Vulcan anti-tank missiles to Armenia. The anti-tank missiles arrived in May.",
    typed: [
      ["Vulcan", "WeaponSystem"],
      ["anti-tank missile", "WeaponSystem"],
    ],
  },
  {
    label: "a class before the model's name is no description of it (guard)",
    text: "Lithuania bought anti-tank missiles, Vulcan anti-tank missiles among them, from Germany.",
    typed: [
      ["Vulcan", "WeaponSystem"],
      ["anti-tank missile", "WeaponSystem"],
    ],
  },
  {
    label: "a platform's role class makes no node, and the supply to the recipient stays",
    text: "Russia sold transport helicopters and naval ships to Peru.",
    gives: [["Russia", "supplies", "Peru"]],
    noEntities: ["transport helicopter", "naval ship"],
  },
  {
    label: "a calibre keeps a platform's class a node (guard)",
    text: "Egypt bought 170mm self-propelled howitzers from France.",
    gives: [["France", "supplies", "170mm self-propelled howitzer"]],
  },
  {
    label: "a munition's class stays a node (guard)",
    text: "Iran sent short-range ballistic missiles to Russia.",
    gives: [["Iran", "supplies", "short-range ballistic missile"]],
  },
  {
    label: "a role class makes no node, yet the relations still read it across sentences",
    text: "Four transport planes were delivered to the Gabonese Air Force on Friday. They were purchased from Spain.",
    gives: [["Spain", "supplies", "Gabonese Air Force"]],
    noEntities: ["transport plane"],
  },
];
