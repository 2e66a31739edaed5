/**
 * A foreign ministry speaks for its state: "Cuba's foreign ministry said U.S. officials had applied
 * pressure on Bolivia" gives Cuba's assessment of the United States beside the ministry's, as
 * unnamed officials known by their country give the country's. Only a body whose printed name holds
 * one of the lexicon's stateVoiceWords ("foreign ministry", "ministry of foreign affairs"), tied by
 * the document to exactly one Country; a defence ministry's press releases (meetings, its own
 * deputies' signatures) are left to the ministry. So are a foreign ministry's plain reports ("the
 * ministry said …", the assess-say rule) about a person or a body: what it judges (condemns,
 * rejects, accuses) its state judges, and what it says of another country its state says, but
 * what it only says of people and bodies ("a meeting between Burhan and Hemedti was proposed but
 * has not taken place, Saudi Arabia's Foreign Ministry said"; "the ministry said the People's
 * Liberation Army will take all necessary measures") is the ministry's statement.
 */
import type { DocState, Fact } from "../types.ts";
import type { WordSets } from "../stage-words.ts";

/** The rule suffix of an assessment a state makes through its ministry. */
const STATE_SUFFIX = "+state";
/** The rule of a plain report ("X said (that) …", frames.json assess-say): of a person or body, the ministry's own. */
const PLAIN_REPORT_RULE = "assess-say";

/** The countries each actor is tied to by an asserted affiliated_with fact toward a Country. */
function countryTies(state: DocState, typeOf: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const ties = new Map<string, Set<string>>();
  for (const f of state.facts) {
    if (f.relation !== "affiliated_with" || f.modality !== "asserted") continue;
    if (typeOf.get(f.target) !== "Country") continue;
    const set = ties.get(f.source) ?? new Set<string>();
    set.add(f.target);
    ties.set(f.source, set);
  }
  return ties;
}

/** True when a body's printed name holds one of `voices` as whole words ("Cuban Foreign Ministry"). */
function stateVoice(name: string, voices: ReadonlySet<string>): boolean {
  const words = ` ${name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .join(" ")} `;
  for (const voice of voices) if (words.includes(` ${voice} `)) return true;
  return false;
}

/**
 * Adds, for each assesses fact whose source is an Organization named as a state's voice and tied by
 * the document to one Country, the same fact from that country (rule + "+state"), unless its target
 * is that country or tied to it (the state's own side), or the fact is a plain report
 * (PLAIN_REPORT_RULE) whose target is no Country.
 */
export function ministryStates(state: DocState, words: WordSets): void {
  const voices = words.stateVoiceWords;
  const typeOf = new Map<string, string>();
  for (const list of state.mentions) for (const m of list) typeOf.set(m.name, m.type);
  const sources = new Set(
    state.facts
      .filter(
        (f) =>
          f.relation === "assesses" &&
          typeOf.get(f.source) === "Organization" &&
          stateVoice(f.source, voices),
      )
      .map((f) => f.source),
  );
  if (sources.size === 0) return;
  const ties = countryTies(state, typeOf);
  const have = new Set(state.facts.map((g) => `${g.sentence}|${g.source}|${g.relation}|${g.target}`));
  const added: Fact[] = [];
  for (const body of sources) {
    const states = ties.get(body);
    if (!states || states.size !== 1) continue;
    const [country] = [...states] as [string];
    for (const f of state.facts) {
      if (f.relation !== "assesses" || f.source !== body) continue;
      if (f.rule.split("+")[0] === PLAIN_REPORT_RULE && typeOf.get(f.target) !== "Country") continue;
      if (f.target === country || ties.get(f.target)?.has(country)) continue;
      const key = `${f.sentence}|${country}|assesses|${f.target}`;
      if (have.has(key)) continue;
      have.add(key);
      const fact: Fact = { ...f, source: country, rule: `${f.rule}${STATE_SUFFIX}` };
      // ("the ministry said …": a description read as the ministry stands for it, not its state.)
      const resolved = f.resolved?.filter((r) => r.name !== body);
      if (resolved) fact.resolved = resolved;
      added.push(fact);
    }
  }
  state.facts.push(...added);
}
