/**
 * Helpers shared by the relation rules: the emit callback type, actor heads of chunks and of
 * the object zone, the cues of a framing clause ("denied that …"), and the start of a clause.
 */
import type { Modality, RelationType } from "../../model/ontology.ts";
import {
  type Chunk,
  type ChunkHead,
  type SentenceIndex,
  actorOf,
  chunkHeads,
  chunkPossessors,
} from "../chunks.ts";
import { MAX_SPAN, type Subject, type Zone, mentionsBetween } from "../clause.ts";
import type { Frame, FrameTable } from "../frames.ts";
import { insideInsertion } from "../insertions.ts";
import { accusationBefore } from "./alleged-clauses.ts";
import {
  CONFIRMING_VERBS,
  FRAMING_VERB_LEMMAS,
  HEARSAY_NOUNS,
  HEARSAY_PREPOSITIONS,
} from "../lexicon/triggers.ts";
import { DEFINITE_PLURAL_DETERMINERS } from "../lexicon/grammar.ts";
import type { DocState, Fact, Mention, Resolution, Sentence, Token } from "../types.ts";
import type { FactIndex } from "./fact-index.ts";
import { singular } from "../words.ts";

/** The forms of "be" that make a participle after them passive (clause.ts). */
export { BE_FORMS } from "../clause.ts";

/**
 * The definite determiners a plural noun takes, which open goods or claims referred back to ("the helicopters",
 * "these vessels", "those allegations"): grammar's DEFINITE_PLURAL_DETERMINERS.
 */
export const DEFINITE_PLURAL_DETERMINER_WORDS: ReadonlySet<string> = new Set(DEFINITE_PLURAL_DETERMINERS);

/**
 * The resolution of `text` (a phrase or pronoun) to `name` through `mention`, the earlier span in
 * sentence `sentence` that names it: what evidence shows for a fact resolved across sentences.
 */
export function resolutionOf(
  text: string,
  name: string,
  sentence: number,
  mention: { start: number; end: number; text: string },
): Resolution {
  return { text, name, antecedent: { sentence, start: mention.start, end: mention.end, text: mention.text } };
}

/** The frame id of a fact's rule: its part before the marks later stages add ("supply-contract+company" → "supply-contract"). */
export function frameIdOf(rule: string): string {
  return rule.split("+")[0] as string;
}

/** The frame row a fact's rule comes from (frameIdOf), or undefined for a rule no row names. */
export function frameOfRule(table: FrameTable, rule: string): Frame | undefined {
  const id = frameIdOf(rule);
  return table.frames.find((f) => f.id === id);
}

/** The first `reach` body sentences after sentence `s`, nearest first (a headline counts as none and is left out). */
export function bodySentencesAfter(state: DocState, s: number, reach: number): Sentence[] {
  const out: Sentence[] = [];
  for (let i = s + 1; i < state.sentences.length && out.length < reach; i++) {
    const later = state.sentences[i] as Sentence;
    if (!later.headline) out.push(later);
  }
  return out;
}

/**
 * The supplies told in the `reach` body sentences before sentence `s` (`step` -1) or after it (`step`
 * 1), nearest sentence first, as the document's facts `index` holds them; a headline among them counts as
 * no body sentence, and its supplies are read only `withHeadlines`.
 */
export function suppliesInReach(
  state: DocState,
  index: FactIndex,
  s: number,
  step: -1 | 1,
  reach: number,
  withHeadlines: boolean,
): Fact[] {
  const sentences: number[] = [];
  let body = 0;
  for (let i = s + step; i >= 0 && i < state.sentences.length && body < reach; i += step) {
    const headline = (state.sentences[i] as Sentence).headline;
    if (!headline) body++;
    if (!headline || withHeadlines) sentences.push(i);
  }
  return sentences.flatMap((i) => index.suppliesIn(i));
}

/** A stop, semicolon or colon. */
export const CLAUSE_STOP = /^[.;:]$/u;

/** Records one fact of the sentence being read. */
export type Emit = (
  source: string,
  relation: RelationType,
  target: string,
  trigger: string,
  rule: string,
  modality: Modality,
) => void;

/** The entity type a chunk head stands for (capitals as their country). */
export function headType(h: ChunkHead): Mention["type"] | null {
  return h.mention ? actorOf(h.mention).type : null;
}

/** Heads that can act: persons, organizations and countries (not places or weapons). */
export function actorHeads(heads: ChunkHead[]): ChunkHead[] {
  return heads.filter((h) => {
    const type = headType(h);
    return type !== null && type !== "Location" && type !== "WeaponSystem";
  });
}

/** Named people among chunk heads. */
export function namedPeople(heads: ChunkHead[]): string[] {
  return actorHeads(heads)
    .filter((h) => !h.unnamed && headType(h) === "Person")
    .map((h) => h.name);
}

/** Heads that can receive a supply: countries and organizations. */
export function recipientHeads(heads: ChunkHead[]): ChunkHead[] {
  return heads.filter((h) => headType(h) === "Country" || headType(h) === "Organization");
}

/**
 * Heads of the zone's chunks introduced by one of `preps`; a place owned by a country stands
 * for the country ("to Russia's Kursk region" → Russia).
 */
export function zoneHeads(zone: Zone, preps: string[]): ChunkHead[] {
  // (One array filled in order: no filtered copy of the zone and no array per chunk.)
  const out: ChunkHead[] = [];
  for (const c of zone.chunks) {
    if (!preps.includes(c.prep)) continue;
    const heads = chunkHeads(c.chunk);
    if (heads.some((h) => h.mention?.type !== "Location")) {
      for (const h of heads) out.push(h);
      continue;
    }
    const owners = chunkPossessors(c.chunk).filter((m) => m.type === "Country");
    if (owners.length === 0) for (const h of heads) out.push(h);
    else for (const m of owners) out.push({ mention: m, name: m.name, unnamed: false });
  }
  return out;
}

/**
 * The names of the actors a chunk's mentions stand for (a capital's country, as `actorOf` reads it),
 * added to `into`, which is returned.
 */
export function chunkActorNames(chunk: Chunk | null | undefined, into = new Set<string>()): Set<string> {
  for (const it of chunk?.items ?? []) if (it.kind === "mention") into.add(actorOf(it.m).name);
  return into;
}

/** The possessors of a chunk ("Poland's purchase", "France's aid programme") as heads named by their actor. */
export function possessorHeads(chunk: Chunk): ChunkHead[] {
  return chunkPossessors(chunk).map((m) => ({ mention: m, name: actorOf(m).name, unnamed: false }));
}

const FRAMING_VERBS = new Set(FRAMING_VERB_LEMMAS);

/** How many words before a clause's subject its framing cues may stand ("denied that"). */
const FRAME_REACH = 6;
/** The same after "that", within its clause: the report noun and its agent may stand between ("denied allegations by X that"). */
const FRAME_REACH_THAT = 10;

/**
 * Cues from the frame around a subordinate clause: "denied that X sent", "no evidence that X
 * sent", "unclear whether X will meet". Only words before a complementiser or a denial verb count.
 */
export function framingCues(ix: SentenceIndex, subject: Subject): string[] {
  if (!subject.chunk) return [];
  const tokens = ix.sentence.tokens;
  if (inInvertedCondition(tokens, subject.chunk.first) || afterFrontedCondition(tokens, subject.chunk.first))
    return ["if"];
  // "claimed that “Moscow has supplied …”", "claimed that beginning on July 17, “Moscow has …”":
  // the clause opens past its quotation mark, or past a phrase fronted after the framed "that".
  const first = framedClauseStart(ix, subject.chunk.first);
  const before = tokens[first - 1];
  if (!before) return [];
  // "rejected accusations made by John Kerry that Iran has sent …", "refutes accusations it
  // supplies …": the content of an accusation, whoever makes it, is only alleged.
  const accusation = accusationBefore(ix, first);
  // "Russia rejects reports it sent troops", "amid reports Iran sent drones": a noun of hearsay right
  // before the clause's subject opens its content without "that", as a headline writes it.
  const bareContent = before.pos === "NOUN" && HEARSAY.has(singular(before.lower));
  const complementiser =
    before.lower === "that" ||
    before.lower === "whether" ||
    before.lower === "if" ||
    accusation >= 0 ||
    bareContent;
  if (!complementiser && !(before.pos === "VERB" && FRAMING_VERBS.has(before.lemma))) return [];
  // "denied allegations by Russia's Foreign Ministry that …": a complementiser reaches back over
  // the report noun and its agent to the verb, within its clause (not past a comma).
  let from = Math.max(0, first - FRAME_REACH);
  // (An accusation's complementiser reaches back to the accusation noun itself; "if", "that" and
  // "whether" alone keep their reach.)
  const thatFloor = first - FRAME_REACH_THAT;
  const floor = !complementiser ? from : accusation >= 0 ? Math.min(thatFloor, accusation - 1) : thatFloor;
  while (from > 0 && from > floor && !/^[,;:.]$/u.test((tokens[from - 1] as Token).text)) from--;
  const out: string[] = [];
  for (let k = from; k < first; k++) {
    // "X (who has not commented further) said that …": an insertion's words frame nothing.
    if (ix.insertions.size > 0 && insideInsertion(tokens, k)) continue;
    const w = tokens[k] as Token;
    out.push(w.lower, w.lemma);
  }
  const hearsay =
    (before.lower === "that" && hearsayBefore(ix, first - 2, from)) ||
    (bareContent && hearsayBefore(ix, first - 1, from));
  if (hearsay || accusation >= 0) out.push("allegedly");
  return out;
}

/** Marks that open a quotation. */
const QUOTE_OPEN = /^["“‘']$/u;
/** How many tokens a phrase fronted in a framed clause may hold ("that beginning on July 17, when …, X"). */
const FRONTED_REACH = 25;

/**
 * Where the clause of a subject at `first` opens for its frame: past an opening quotation mark
 * ("claimed that “Moscow has supplied …”"), and past a phrase set off by a comma after a "that"
 * whose verb frames it ("claimed that beginning on July 17, when …, “Moscow has supplied …”");
 * `first` itself otherwise.
 */
function framedClauseStart(ix: SentenceIndex, first: number): number {
  const tokens = ix.sentence.tokens;
  let k = first;
  while (k > 0 && QUOTE_OPEN.test((tokens[k - 1] as Token).text)) k--;
  if (tokens[k - 1]?.text !== ",") return k;
  for (let j = k - 2; j > 0 && j >= k - FRONTED_REACH; j--) {
    const w = tokens[j] as Token;
    if (/^[;:.]$/u.test(w.text) || QUOTE_OPEN.test(w.text)) return k;
    const verb = tokens[j - 1];
    // ("Kyiv alleged that since August, …": the tagger may read the participle as an adjective.)
    const framing = (verb?.pos === "VERB" || verb?.pos === "ADJ") && FRAMING_VERBS.has(verb.lemma);
    if (w.lower === "that") return framing ? j + 1 : k;
  }
  return k;
}

/** Words that open a fronted condition ("If approved, the deal would see …"). */
const CONDITIONS = new Set(["if", "unless"]);

/**
 * True when the sentence opens with a condition ("If approved, …", "Unless Congress objects, …")
 * and the subject at `first` stands after the comma that closes it: the main clause is a
 * consequence, not a fact.
 */
function afterFrontedCondition(tokens: Token[], first: number): boolean {
  if (!CONDITIONS.has(tokens[0]?.lower ?? "")) return false;
  for (let k = 1; k < first; k++) if ((tokens[k] as Token).text === ",") return true;
  return false;
}

/** Words after which a clause may open ("hinted that should X …", "…, and should X …"). */
const CLAUSE_OPENERS = new Set([",", ";", ":", "that", "and", "but", "—", "–", '"']);

/**
 * True when the clause of a subject starting at `first` is a condition told by inversion: "Should
 * Israel detect Iran shipping weapons, …", "hinted that should X …". The words from the clause's
 * opening "should" to the subject are read back, within FRAME_REACH and its clause.
 */
function inInvertedCondition(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - FRAME_REACH; k--) {
    const w = tokens[k] as Token;
    if (/^[,;:.]$/u.test(w.text)) return false;
    if (w.lower !== "should") continue;
    const opener = tokens[k - 1];
    return opener === undefined || CLAUSE_OPENERS.has(opener.lower);
  }
  return false;
}

const HEARSAY = new Set(HEARSAY_NOUNS);
const CONFIRMING = new Set(CONFIRMING_VERBS);
const HEARSAY_PREPOSITIONS_SET = new Set(HEARSAY_PREPOSITIONS);
const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);

/**
 * True when token `n` is a noun of hearsay whose "that" clause follows ("condemned reports that
 * …"), told by no actor of its own ("a UN report that …" is attributed) and vouched for by no
 * verb between `from` and it ("confirmed reports that …").
 */
function hearsayBefore(ix: SentenceIndex, n: number, from: number): boolean {
  const tokens = ix.sentence.tokens;
  const noun = tokens[n];
  if (!noun || !HEARSAY.has(singular(noun.lower))) return false;
  // "Rumours that …" opening the sentence is tagged as a name, "There were reports that …" as a verb.
  const existential = tokens[n - 1]?.lemma === "be" && tokens[n - 2]?.lower === "there";
  if (noun.pos !== "NOUN" && !(n === 0 && noun.pos === "PROPN") && !existential) return false;
  if (existential) return !confirmedBetween(tokens, from, n);
  // The noun's own phrase: an actor in it tells the report ("a UN report", "Reuters' reports").
  let k = n - 1;
  while (k >= 0 && NOUN_PHRASE.has((tokens[k] as Token).pos)) k--;
  if (mentionsBetween(ix.mentions, k + 1, n).length > 0) return false;
  // Its governor: a verb that takes it as object ("condemned reports that"), or a preposition of
  // hearsay ("amid reports that"), not "said in a report that".
  const governor = tokens[k];
  if (governor && governor.pos !== "VERB" && !HEARSAY_PREPOSITIONS_SET.has(governor.lower)) return false;
  return !confirmedBetween(tokens, from, n);
}

/** True when a verb vouching for a report ("confirmed reports that") stands from `from` to `n`. */
function confirmedBetween(tokens: Token[], from: number, n: number): boolean {
  for (let k = from; k < n; k++) if (CONFIRMING.has((tokens[k] as Token).lemma)) return true;
  return false;
}

/** Index of the first token of the clause that holds token `t`. */
export function clauseStart(ix: SentenceIndex, t: number): number {
  const tokens = ix.sentence.tokens;
  let start = t - 1;
  const floor = Math.max(0, t - MAX_SPAN);
  while (start > floor && !/^[;:,]$/u.test((tokens[start - 1] as Token).text)) start--;
  return Math.max(0, start);
}

/** The key of a triple, `source|relation|target`, by which the lifting stages tell a fact they would add from one already there. */
export function factKey(source: string, relation: RelationType, target: string): string {
  return `${source}|${relation}|${target}`;
}

/**
 * Adds the lifted `fact` to `added` unless `have` (factKeySet of the sentence's facts and those added
 * so far) already holds its triple, and records it there: how each lifting stage tells a triple it
 * would add from one already given.
 */
export function addNewFact(added: Fact[], have: Set<string>, fact: Fact): void {
  const key = factKey(fact.source, fact.relation, fact.target);
  if (have.has(key)) return;
  have.add(key);
  added.push(fact);
}

/** The keys (factKey) of some facts. */
export function factKeySet(
  facts: readonly { source: string; relation: RelationType; target: string }[],
): Set<string> {
  return new Set(facts.map((f) => factKey(f.source, f.relation, f.target)));
}
