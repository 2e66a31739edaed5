/**
 * Labelled sentences of session 38's weapon-name patterns, written with made-up model names that
 * no lexicon row holds, so that they test the patterns as unseen text meets them: a word of size or
 * role between a model's name and its head ("Kestrel medium transport helicopters", "Corvus
 * training jets") keeps the name a model, while a word that makes no weapon's class ("military")
 * still does not.
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
];
