/**
 * Labelled sentences of helper gaz (session 26): a capitalised word no list knows before a listed
 * body's generic name ("Federal" before "Security Council") names another body, not the listed one.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an unlisted qualifier before a listed council's short name makes another council",
    text: "The Federal Security Council also approved the export of four warships to Israel.",
    entities: ["Federal Security Council"],
    noEntities: ["UN Security Council"],
  },
  {
    label: "an unlisted qualifier before a listed body's full generic name makes another body",
    text: "The Supreme National Security Council said Iran would supply drones to Russia.",
    entities: ["Supreme National Security Council"],
    noEntities: ["National Security Council"],
    gives: [["Supreme National Security Council", "assesses", "Iran"]],
  },
  {
    label: "the listed council's short name alone stays the listed council",
    text: "The Security Council condemned the sale of missiles to Yemen on Monday.",
    entities: ["UN Security Council"],
  },
  {
    label: "a day's name before the council's short name qualifies nothing",
    text: "On Monday Security Council members condemned the sale of drones to Russia.",
    entities: ["UN Security Council"],
  },
  {
    label: "a title modifier before a body's name and a title after it make a title, not a body",
    text: "Deputy Security Council Secretary Dmitry Medvedev said Iran supplied drones to Russia.",
    noEntities: ["Deputy Security Council"],
  },
  {
    label: "a listed body's own name after the article stays the listed body",
    text: "The National Security Council said Iran supplied drones to Russia.",
    entities: ["National Security Council"],
  },
];
