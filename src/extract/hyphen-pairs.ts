/**
 * Hyphen pairs: a judgement of something two countries do together, named by a hyphened pair of
 * their names before a noun ("North Korea condemned a US-South Korea military drill", "China
 * criticised the US-Japan alliance"), is about both countries, where the relation rules read only
 * the pair's first name as the target. Runs after the relation rules and before stage 5c, whose
 * own-side guards judge the added facts as they judge the first ("the South Korean military said
 * the US-South Korea drills begin on Monday" is about its own side). The joining marks are the
 * lexicon's hyphenPairJoins.
 */
import type { DocState, Fact, Mention, Stage, Token } from "./types.ts";
import { factKey, factKeySet } from "./relations/shared.ts";
import { ownCountries } from "./own-countries.ts";
import { wordsOf } from "./stage-words.ts";

/** A word in lower case: the noun the pair modifies ("drill", "military"). */
const LOWER_WORD = /^\p{Ll}/u;

/** Tags of the words of the noun phrase a pair opens ("border clashes", "military drills"). */
const NOMINAL_TAG = /^(?:NOUN|ADJ)$/u;

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
    if (next && next.space && LOWER_WORD.test(next.text) && !conflictAfter(state, i, b.last))
      pairs.push([a, b]);
  }
  return pairs;
}

/** How many lower-case words after a pair may hold its conflict noun ("India-Pakistan border clashes"). */
const CONFLICT_REACH = 3;

/**
 * True when a noun of conflict or of a border (lexicon hyphenPairConflictNouns) is among the
 * nouns and adjectives right after the pair ending before token `k` of sentence `i`: "the
 * India-Pakistan border clashes", "the Russia-Ukraine war", "Armenia-Azerbaijan tensions" name
 * what stands between the two countries, not an act they do together; but one waged on a named
 * party after it is (wagedOnActor: "the US-Israel war on Iran").
 */
function conflictAfter(state: DocState, i: number, k: number): boolean {
  const tokens = state.sentences[i]?.tokens ?? [];
  const words = wordsOf(state);
  for (let j = k; j < k + CONFLICT_REACH && j < tokens.length; j++) {
    const w = tokens[j] as Token;
    if (!LOWER_WORD.test(w.text) || !NOMINAL_TAG.test(w.pos)) return false;
    if (words.hyphenPairConflictNouns.has(w.lower) || words.hyphenPairConflictNouns.has(w.lemma))
      return !wagedOnActor(state, i, j + 1, words.hyphenPairTargetPrepositions);
  }
  return false;
}

/**
 * True when token `k` of sentence `i` is a preposition of `targets` (lexicon
 * hyphenPairTargetPrepositions) before a named country or body ("the US-Israel war on Iran", "the
 * Saudi-UAE war against the Houthis"): the pair wages the conflict together on a third party,
 * an act of both ("the India-Pakistan clashes on Monday" names no party after it).
 */
function wagedOnActor(state: DocState, i: number, k: number, targets: ReadonlySet<string>): boolean {
  const tokens = state.sentences[i]?.tokens ?? [];
  if (!targets.has(tokens[k]?.lower ?? "")) return false;
  const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  return (state.mentions[i] ?? []).some(
    (m) => m.first === at && m.kind !== "demonym" && (m.type === "Country" || m.type === "Organization"),
  );
}

/** The index of the first token of sentence `i` that is the fact's trigger as printed, or -1. */
function triggerAt(state: DocState, f: Fact): number {
  return state.sentences[f.sentence]?.tokens.findIndex((t) => t.text === f.trigger) ?? -1;
}

/**
 * Each assessment whose target is one name of a hyphen pair after its trigger, named nowhere else
 * in the sentence, with the pair's other name.
 */
function* pairedFacts(state: DocState): Generator<[Fact, Mention]> {
  for (const f of state.facts) {
    if (f.relation !== "assesses") continue;
    const pairs = hyphenPairs(state, f.sentence);
    if (pairs.length === 0) continue;
    const t = triggerAt(state, f);
    if (t < 0) continue;
    const named = (state.mentions[f.sentence] ?? []).filter((m) => m.name === f.target);
    if (named.length !== 1) continue;
    for (const [a, b] of pairs) {
      if (a.first < t) continue;
      const other = a.name === f.target ? b : b.name === f.target ? a : null;
      if (other) yield [f, other];
    }
  }
}

/** An assessment of one name of a hyphen pair, with the pair's other name (pairedFacts). */
type Paired = readonly [Fact, Mention];

/**
 * For each assessment of one name of a hyphen pair, the same assessment of the pair's other country
 * (its speaker aside), against the facts `facts` already holds.
 */
function pairedTargets(paired: readonly Paired[], facts: readonly Fact[]): Fact[] {
  const added: Fact[] = [];
  let have: Set<string> | undefined;
  for (const [f, other] of paired) {
    if (other.name === f.source) continue;
    have ??= factKeySet(facts);
    const key = factKey(f.source, "assesses", other.name);
    if (have.has(key)) continue;
    have.add(key);
    added.push({ ...f, target: other.name });
  }
  return added;
}

/**
 * The assessments of one name of a hyphen pair whose other name is the speaker or a country of the
 * speaker's own side: "South Korea said the US-South Korea drills would begin on Monday" is about
 * the speaker's own joint act, no judgement of the United States (ONTOLOGY.md: statements about the
 * speaker's own side or own action are not assessments).
 */
function ownPairFacts(state: DocState, paired: readonly Paired[]): Set<Fact> {
  const own = new Set<Fact>();
  let sides: Map<string, Set<string>> | undefined;
  for (const [f, other] of paired) {
    sides ??= ownCountries(state).own;
    if (other.name === f.source || sides.get(f.source)?.has(other.name)) own.add(f);
  }
  return own;
}

/**
 * The stage: drops the speaker's judgements of its own pair's other country (ownPairFacts), then
 * adds the other pairs' other countries as targets (see pairedTargets). The pairs are read once.
 */
export const hyphenPairsStage: Stage = {
  name: "5b-hyphen-pairs",
  run(state: DocState): void {
    if (!state.facts.some((f) => f.relation === "assesses")) return;
    const paired = [...pairedFacts(state)];
    if (paired.length === 0) return;
    const own = ownPairFacts(state, paired);
    if (own.size > 0) state.facts = state.facts.filter((f) => !own.has(f));
    state.facts.push(
      ...pairedTargets(
        paired.filter(([f]) => !own.has(f)),
        state.facts,
      ),
    );
  },
};
