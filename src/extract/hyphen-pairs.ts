/**
 * Hyphen pairs: a judgement of something two countries do together, named by a hyphened pair of
 * their names before a noun ("North Korea condemned a US-South Korea military drill", "China
 * criticised the US-Japan alliance"), is about both countries, where the relation rules read only
 * the pair's first name as the target. Runs after the relation rules and before stage 5c, whose
 * own-side guards judge the added facts as they judge the first ("the South Korean military said
 * the US-South Korea drills begin on Monday" is about its own side). The joining marks are the
 * lexicon's hyphenPairJoins.
 */
import type { DocState, Fact, Mention, Stage } from "./types.ts";
import { factKey, factKeySet } from "./relations/shared.ts";
import { wordsOf } from "./stage-words.ts";

/** A word in lower case: the noun the pair modifies ("drill", "military"). */
const LOWER_WORD = /^\p{Ll}/u;

/**
 * The pairs of countries joined by a hyphen (hyphenPairJoins) with no space and followed by a lower-case word ("US-South
 * Korea military drill", "US-South Korean drills") in sentence `i`,
 * each as its two mentions.
 */
function hyphenPairs(state: DocState, i: number): [Mention, Mention][] {
  const sentence = state.sentences[i];
  if (!sentence) return [];
  const text = state.view.text;
  const joins = wordsOf(state).hyphenPairJoins;
  const countries = (state.mentions[i] ?? []).filter((m) => m.type === "Country");
  const pairs: [Mention, Mention][] = [];
  for (let k = 0; k + 1 < countries.length; k++) {
    const a = countries[k] as Mention;
    const b = countries[k + 1] as Mention;
    if (a.name === b.name || !joins.has(text.slice(a.end, b.start))) continue;
    // ("the Russian-Ukrainian war": two demonyms name a conflict or a border, not two parties' act.)
    if (a.kind === "demonym" && b.kind === "demonym") continue;
    const next = sentence.tokens[b.last];
    if (next && next.space && LOWER_WORD.test(next.text)) pairs.push([a, b]);
  }
  return pairs;
}

/** The index of the first token of sentence `i` that is the fact's trigger as printed, or -1. */
function triggerAt(state: DocState, f: Fact): number {
  return state.sentences[f.sentence]?.tokens.findIndex((t) => t.text === f.trigger) ?? -1;
}

/**
 * For each assessment whose target is one name of a hyphen pair after its trigger, named nowhere else
 * in the sentence, the same assessment of the pair's other country (its speaker aside).
 */
export function pairedTargets(state: DocState): Fact[] {
  const added: Fact[] = [];
  let have: Set<string> | undefined;
  for (const f of state.facts) {
    if (f.relation !== "assesses") continue;
    const pairs = hyphenPairs(state, f.sentence);
    if (pairs.length === 0) continue;
    const t = triggerAt(state, f);
    if (t < 0) continue;
    const named = (state.mentions[f.sentence] ?? []).filter((m) => m.name === f.target);
    for (const [a, b] of pairs) {
      if (a.first < t) continue;
      const other = a.name === f.target ? b : b.name === f.target ? a : null;
      if (!other || other.name === f.source || named.length !== 1) continue;
      have ??= factKeySet(state.facts);
      const key = factKey(f.source, "assesses", other.name);
      if (have.has(key)) continue;
      have.add(key);
      added.push({ ...f, target: other.name });
    }
  }
  return added;
}

/** The stage: adds the pairs' other countries as targets (see pairedTargets). */
export const hyphenPairsStage: Stage = {
  name: "5b-hyphen-pairs",
  run(state: DocState): void {
    if (!state.facts.some((f) => f.relation === "assesses")) return;
    state.facts.push(...pairedTargets(state));
  },
};
