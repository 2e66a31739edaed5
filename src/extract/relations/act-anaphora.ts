/**
 * Acts told in a sentence and the act nouns that refer back to them across sentences: "North
 * Korea fired two missiles on Monday. Japan condemned the launch." gives the launch's actor, North
 * Korea, as what Japan judges. A referring noun takes the actor of the nearest sentence that tells
 * a compatible act, and only when that sentence tells one actor of such acts.
 */
import { type Chunk, type SentenceIndex, actorOf, chunkHeads } from "../chunks.ts";
import { modalityOf, subjectBefore } from "../clause.ts";
import { REFERRED_ACTS, type ReferredActs } from "../lexicon/coreference.ts";
import type { Token } from "../types.ts";
import { lemmaAmong } from "../lemma.ts";
import { singular, VERB_GROUP_FILLER } from "../words.ts";
import { actorHeads } from "./shared.ts";
import { memoPerValue } from "../word-memo.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import type { WordSets } from "../stage-words.ts";

/** An act told in a sentence: its actors, and the verb or noun that tells it. */
export interface Act {
  sentence: number;
  /** The token that tells the act. */
  at: number;
  actors: readonly string[];
  /** The verb's lemma, for an act told by a verb. */
  verb?: string;
  /** The act noun (singular), for one told by a noun ("these actions from X", "X's attack") or a verb's object ("carried out strikes"). */
  noun?: string;
}

/** A lexicon of referred acts read for lookups: its lists as sets. */
interface ActWords {
  nouns: ReadonlyMap<string, readonly string[]>;
  irregularForms: ReadonlyMap<string, string>;
  verbs: ReadonlySet<string>;
  carriers: ReadonlySet<string>;
  general: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  forces: ReadonlySet<string>;
  fromVerbs: ReadonlySet<string>;
}

const compiled = new WeakMap<ReferredActs, ActWords>();

/** The lookup sets of a lexicon of referred acts, built on its first use and kept beside it. */
function actWordsOf(lexicon: ReferredActs): ActWords {
  let words = compiled.get(lexicon);
  if (!words) {
    words = {
      nouns: lexicon.nouns,
      irregularForms: lexicon.irregularForms,
      verbs: new Set(lexicon.verbs),
      carriers: new Set(lexicon.carrierVerbs),
      general: new Set(lexicon.generalNouns),
      pronouns: new Set(lexicon.pronouns),
      forces: new Set(lexicon.forceNouns),
      fromVerbs: new Set(lexicon.agentFromVerbs),
    };
    compiled.set(lexicon, words);
  }
  return words;
}

/** How many sentences before the judgement an act may be told. */
const ACT_REACH = 2;

/** How many words a carrier verb's act noun may stand after it ("carried out a series of air strikes"). */
const CARRIED_REACH = 6;

/** How many words may stand between a demonym and the force noun it qualifies ("Chinese coast guard vessels"). */
const FORCE_MODIFIER_REACH = 3;

/** How many particles or adverbs may stand between a passive act verb and its agent's "by" ("shot down by"). */
const AGENT_GAP = 2;

/** How many modifiers may stand between a referring determiner and its act noun ("the latest missile launch"). */
const MODIFIER_REACH = 3;

/** The act noun (singular) of a word, or "". */
function actNoun(actWords: ActWords, w: Token | undefined): string {
  if (!w || (w.pos !== "NOUN" && w.pos !== "VERB")) return "";
  const s = singular(w.lower);
  return actWords.nouns.has(s) || actWords.general.has(s) ? s : "";
}

/** The act verb (lemma) a verb is a form of ("fired" → fire, "shot" → shoot), or "". */
function actVerb(actWords: ActWords, w: Token): string {
  return actVerbOfForm(actWords, w.lower);
}

/**
 * The act verb ("" for none) of a word form under a lexicon's lookups, remembered beside them: every
 * verb of every sentence asks, and the answer depends on the form alone.
 */
const actVerbOfForm = memoPerValue(
  (actWords: ActWords, form: string): string =>
    actWords.irregularForms.get(form) ?? lemmaAmong(form, actWords.verbs) ?? "",
);

/** The act noun among the few words after a carrier verb at `v` ("carried out air strikes" → strike), or "". */
function carriedNoun(actWords: ActWords, tokens: Token[], v: number): string {
  for (let k = v + 1; k < Math.min(tokens.length, v + CARRIED_REACH); k++) {
    const w = tokens[k] as Token;
    if (/^[.,;:]$/u.test(w.text) || w.pos === "VERB") return "";
    const noun = actNoun(actWords, w);
    if (noun && !actWords.general.has(noun)) return noun;
  }
  return "";
}

/**
 * The acts a sentence tells: an asserted, active verb of `verbs` whose subject is an actor ("North
 * Korea fired two missiles", not "plans to fire" nor "were fired"), and an act noun with its actor
 * after "by" or "from" or as its possessor ("these actions from Myanmar", "Russia's attack").
 */
export function sentenceActs(ix: SentenceIndex, lexicon: ReferredActs = REFERRED_ACTS): Act[] {
  const actWords = actWordsOf(lexicon);
  const tokens = ix.sentence.tokens;
  const out: Act[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t] as Token;
    // ("Algeria shot down a drone": an irregular past right after its subject may be tagged as a noun.)
    const tagged = w.pos === "VERB" || (t > 0 && ix.chunkAt[t - 1] && actWords.irregularForms.has(w.lower));
    const verb = tagged && !ix.cover[t] ? actVerb(actWords, w) : "";
    if (verb) {
      const subject = subjectBefore(ix, t);
      if (modalityOf(subject.cues, ix.modalityCues) !== "asserted") continue;
      // "Russian troops shelled …": a subject told by its forces' demonym; "shells were fired from
      // Myanmar", "a drone launched by Russia": the agent of a passive or a participle.
      const actors = subject.passive
        ? agentsAfter(actWords, ix, t, verb)
        : actorHeads(subject.heads).map((h) => h.name);
      if (actors.length === 0 && !subject.passive)
        actors.push(...forceDemonym(actWords, ix, t), ...participleAgents(actWords, ix, t, verb));
      if (actors.length === 0) continue;
      const noun = actWords.carriers.has(verb) ? carriedNoun(actWords, tokens, t) : "";
      out.push({ sentence: ix.sentence.index, at: t, actors, verb, ...(noun ? { noun } : {}) });
      continue;
    }
    const noun = ix.cover[t] ? "" : actNoun(actWords, w);
    if (!noun) continue;
    const chunk = agentAfter(ix, t) ?? ownerBefore(ix, t);
    const actors = chunk ? actorHeads(chunkHeads(chunk)).map((h) => h.name) : [];
    if (actors.length > 0) out.push({ sentence: ix.sentence.index, at: t, actors, noun });
  }
  return out;
}

/**
 * The country whose demonym qualifies a noun of armed forces or craft standing right before the
 * verb at `t` ("Russian troops shelled …", "two Venezuelan Su-30 jets violated …"), or the body
 * whose craft they are ("Chinese coast guard vessels fired …"); none for a maker's mark
 * ("Russian-made drones").
 */
function forceDemonym(actWords: ActWords, ix: SentenceIndex, t: number): string[] {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k > 0 && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k--;
  const head = tokens[k];
  const covered = ix.cover[k];
  if (!head || (covered && covered.type !== "WeaponSystem") || !actWords.forces.has(singular(head.lower)))
    return [];
  let words = 0;
  for (let j = k - 1; j >= 0 && words <= FORCE_MODIFIER_REACH; j--) {
    const m = ix.cover[j];
    if (m?.type === "WeaponSystem") {
      j = m.first;
      continue;
    }
    if (m) {
      const actor = actorOf(m);
      const mark = tokens[m.last]?.text === "-";
      // ("Chinese coast guard vessels": a body's craft are the body's.)
      const force = (m.kind === "demonym" && actor.type === "Country") || actor.type === "Organization";
      // ("Russian and Belarusian troops": coordinated owners tell no one actor.)
      const coordinated = /^(?:and|or|,)$/u.test(tokens[m.first - 1]?.lower ?? "");
      return force && !mark && !coordinated ? [actor.name] : [];
    }
    if (!/^(?:NOUN|ADJ|NUM)$/u.test((tokens[j] as Token).pos)) return [];
    words++;
  }
  return [];
}

/**
 * The actors after "by" (or "from", for the verbs whose "from" tells the agent) right after the act verb at `t`,
 * past a particle or two: the agents of a passive ("shells were fired from Myanmar", "the drone
 * was shot down by Romania").
 */
function agentsAfter(actWords: ActWords, ix: SentenceIndex, t: number, verb: string): string[] {
  const tokens = ix.sentence.tokens;
  let k = t + 1;
  while (
    k < t + 1 + AGENT_GAP &&
    /^(?:ADV|PART|ADP)$/u.test(tokens[k]?.pos ?? "") &&
    !/^(?:by|from)$/u.test(tokens[k]?.lower ?? "")
  )
    k++;
  const prep = tokens[k]?.lower ?? "";
  if (prep !== "by" && !(prep === "from" && actWords.fromVerbs.has(verb))) return [];
  const chunk = ix.chunkAt[k + 1];
  return chunk && chunk.first === k + 1 ? actorHeads(chunkHeads(chunk)).map((h) => h.name) : [];
}

/** The agents of an act participle right after its noun at `t` ("mortar shells fired from Myanmar landed …"). */
function participleAgents(actWords: ActWords, ix: SentenceIndex, t: number, verb: string): string[] {
  const tokens = ix.sentence.tokens;
  const w = tokens[t] as Token;
  const participle = /ed$/u.test(w.lower) || actWords.irregularForms.has(w.lower);
  return participle && tokens[t - 1]?.pos === "NOUN" ? agentsAfter(actWords, ix, t, verb) : [];
}

/** How many words an act noun's of-phrase may hold before the agent's "by" ("the launch of a long-range missile by X"). */
const OF_PHRASE_REACH = 8;

/** True when a chunk at `k` names an actor ("of arms from X": the arms are no actor). */
function actorAt(ix: SentenceIndex, k: number): boolean {
  const chunk = ix.chunkAt[k];
  return chunk !== null && chunk !== undefined && actorHeads(chunkHeads(chunk)).length > 0;
}

/** A regular past participle ("provided"), which takes its agent with "by" after an act noun. */
const ED_PARTICIPLE = /^\p{L}+ed$/u;

/**
 * True when `word` and `next` are a participle and the preposition of its agent after an act noun:
 * any "-ed by" and the lexicon's byAgentParticiples ("given by"), and its fromAgentParticiples
 * before "from" ("received from"; not "seized from X", whose from-phrase is the one acted on).
 */
function participleAgent(words: WordSets, word: string, next: string): boolean {
  if (next === "by") return ED_PARTICIPLE.test(word) || words.byAgentParticiples.has(word);
  return next === "from" && words.fromAgentParticiples.has(word);
}

/**
 * The chunk of the agent after an act noun at `t`: right after "by" or "from", or after an
 * of-phrase ("these actions from Myanmar", "the launch of a long-range missile by North Korea").
 */
function agentAfter(ix: SentenceIndex, t: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  let k = t + 1;
  if (tokens[k]?.lower === "of")
    for (
      k++;
      k < Math.min(tokens.length, t + OF_PHRASE_REACH) && !/^(?:by|from)$/u.test(tokens[k]?.lower ?? "");
      k++
    )
      if (/^(?:VERB|AUX|PUNCT)$/u.test((tokens[k] as Token).pos) || actorAt(ix, k)) return null;
  // "the support received from the PLA", "the assistance provided by Japan": past a participle.
  if (
    tokens[k]?.pos === "VERB" &&
    participleAgent(ix.words, tokens[k]?.lower ?? "", tokens[k + 1]?.lower ?? "")
  )
    k++;
  if (!/^(?:by|from)$/u.test(tokens[k]?.lower ?? "")) return null;
  const chunk = ix.chunkAt[k + 1];
  return chunk && chunk.first === k + 1 ? chunk : null;
}

/**
 * The chunk of the possessor before an act noun at `t`, past at most MODIFIER_REACH modifiers
 * ("Russia's attack", "the North's latest weapons test", "its launch" for the actor the pronoun
 * stands for).
 */
function ownerBefore(ix: SentenceIndex, t: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  for (let k = t - 1; k >= Math.max(0, t - 1 - MODIFIER_REACH); k--) {
    const w = tokens[k] as Token;
    if (POSSESSIVE_ENDING.test(w.text)) return ix.chunkAt[k - 1] ?? null;
    const chunk = ix.chunkAt[k];
    if (chunk) return w.pos === "PRON" && chunk.first === k && chunk.last === k ? chunk : null;
    if (!/^(?:NOUN|ADJ)$/u.test(w.pos)) return null;
  }
  return null;
}

/** A referring phrase right after the verb at `t`: its act noun ("" for a pronoun) and its last token. */
interface Anaphor {
  noun: string;
  last: number;
}

/**
 * The phrase after the verb at `t` when it refers back to an act: a referring determiner, at most
 * MODIFIER_REACH modifiers and an act noun with no actor after it ("condemned the launch", "these
 * actions", "such provocations", "the latest missile test"), or a bare pronoun ("condemned it").
 */
export function actAnaphor(
  ix: SentenceIndex,
  t: number,
  lexicon: ReferredActs = REFERRED_ACTS,
): Anaphor | null {
  const actWords = actWordsOf(lexicon);
  const tokens = ix.sentence.tokens;
  const first = tokens[t + 1];
  if (!first) return null;
  // ("condemned it": a pronoun that coreference tied to no actor may still stand for an act.)
  if (actWords.pronouns.has(first.lower) && first.pos === "PRON") {
    const next = tokens[t + 2];
    return next && /^(?:NOUN|PROPN|ADJ)$/u.test(next.pos) ? null : { noun: "", last: t + 1 };
  }
  if (ix.cover[t + 1] || !ix.words.referringDeterminers.has(first.lower)) return null;
  for (let k = t + 2; k < Math.min(tokens.length, t + 3 + MODIFIER_REACH); k++) {
    const w = tokens[k] as Token;
    // ("condemned this act": an act noun right after the determiner may be tagged as a verb.)
    const tag = k === t + 2 && w.pos === "VERB" ? "NOUN" : w.pos;
    // ("these provocative and destabilizing actions": coordinated modifiers.)
    if (w.lower === "and" || w.text === ",") continue;
    if (ix.cover[k] || !/^(?:NOUN|ADJ|PUNCT)$/u.test(tag) || (tag === "PUNCT" && w.text !== "-")) return null;
    const noun = actNoun(actWords, w);
    // "the launch vehicle": a noun that only modifies the next one is no act.
    if (!noun || tokens[k + 1]?.pos === "NOUN") continue;
    // "the attack by Iran", "the decision of Serbia", "the attack's": the phrase names its own actor.
    const after = tokens[k + 1]?.lower ?? "";
    if (/^(?:by|of|from|'s|’s)$/u.test(after)) return null;
    return { noun, last: k };
  }
  return null;
}

/** True when `act` may be what `noun` refers to ("" for a pronoun: any act). */
function compatible(actWords: ActWords, act: Act, noun: string): boolean {
  if (!noun || actWords.general.has(noun)) return true;
  if (act.noun === noun) return true;
  const verbs = actWords.nouns.get(noun) ?? [];
  // "over the North's latest test … condemned the launch": two act nouns that may tell one act.
  if (act.noun && !act.verb) return (actWords.nouns.get(act.noun) ?? []).some((v) => verbs.includes(v));
  // ("carried out strikes" tells its act by its noun; "launched drones" by its verb.)
  return act.verb !== undefined && !act.noun && verbs.includes(act.verb);
}

/**
 * The actor of the act that the phrase after the verb at `t` refers back to, from `acts` (this
 * sentence's before `before` and those of the ACT_REACH sentences before it): the nearest
 * sentence telling an act the phrase may stand for, when all such acts there have one actor and
 * it is none of `own` (the judges and their own sides). A pronoun looks only one sentence back.
 * `lexicon` gives the act nouns and verbs (default the built-in REFERRED_ACTS).
 */
export function referredActor(
  ix: SentenceIndex,
  t: number,
  before: number,
  acts: readonly Act[],
  own: readonly { name: string }[],
  lexicon: ReferredActs = REFERRED_ACTS,
): { name: string }[] {
  const anaphor = actAnaphor(ix, t, lexicon);
  const actWords = actWordsOf(lexicon);
  if (!anaphor) return [];
  const s = ix.sentence.index;
  const reach = anaphor.noun ? ACT_REACH : 1;
  for (let back = 0; back <= reach; back++) {
    const here = acts.filter(
      (a) => a.sentence === s - back && (back > 0 || a.at < before) && compatible(actWords, a, anaphor.noun),
    );
    if (here.length === 0) continue;
    const actors = new Set(here.flatMap((a) => a.actors));
    if (actors.size !== 1) return [];
    const [actor] = [...actors] as [string];
    return own.some((o) => o.name === actor) ? [] : [{ name: actor }];
  }
  return [];
}
