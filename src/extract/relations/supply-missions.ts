/**
 * A diplomatic mission gives for its state: "The Chinese Embassy donated 20 trucks to the Cambodian
 * army", "The US Embassy in Kingston handed over two patrol boats to the Jamaica Defence Force", "the
 * British High Commission handed over 10 Land Rovers to the Sierra Leone Army". The country is the
 * supplier the gold conventions require (ONTOLOGY.md: the country is the supplier; the embassy's
 * own triple is optional), so each supplies fact of the sentence whose source is a mission
 * (lexicon supply-words.json `missionWords`) of a known country is told from that country too.
 */
import type { SentenceIndex } from "../chunks.ts";
import type { FrameTable } from "../frames.ts";
import type { Fact } from "../types.ts";
import { addNewFact, factKeySet } from "./shared.ts";

/** The country of each mission of the sentence: its own name's country, or the one the sentence affiliates it with. */
function missionCountries(ix: SentenceIndex, facts: readonly Fact[], table: FrameTable): Map<string, string> {
  const countries = new Set(ix.mentions.filter((m) => m.type === "Country").map((m) => m.name));
  const mission = (name: string): boolean => {
    const lower = name.toLowerCase();
    return table.mission.some(
      (w) => lower.endsWith(` ${w}`) || lower.includes(` ${w} `) || lower.startsWith(`${w} `),
    );
  };
  const out = new Map<string, string>();
  for (const m of ix.mentions)
    if (m.type === "Organization" && m.country && mission(m.name)) out.set(m.name, m.country);
  for (const f of facts)
    if (
      f.relation === "affiliated_with" &&
      f.modality === "asserted" &&
      countries.has(f.target) &&
      mission(f.source)
    )
      if (!out.has(f.source)) out.set(f.source, f.target);
  return out;
}

/** Adds, for each supplies fact from a mission of a known country, the same fact from the country (rule + "+mission"). */
export function missionStates(ix: SentenceIndex, facts: Fact[], table: FrameTable): void {
  if (!facts.some((f) => f.relation === "supplies")) return;
  const countryOf = missionCountries(ix, facts, table);
  if (countryOf.size === 0) return;
  const have = factKeySet(facts);
  const added: Fact[] = [];
  for (const f of facts) {
    if (f.relation !== "supplies") continue;
    const state = countryOf.get(f.source);
    if (!state || state === f.target) continue;
    addNewFact(added, have, { ...f, source: state, rule: `${f.rule}+mission` });
  }
  facts.push(...added);
}
