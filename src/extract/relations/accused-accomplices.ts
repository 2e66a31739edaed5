/**
 * Accomplices of a charged act: "Sudan accused Kenya of funnelling weapons from the UAE to the
 * RSF", "Morocco cut ties with Iran, accusing it of using its ally Hezbollah to deliver weapons".
 * The act an accusation charges (an of-phrase with a gerund after the accused) may name
 * other parties to it: the source of the goods a verb of supplying moves ("from the UAE"), and the
 * party the accused acts through ("using X", "via X", "through X"). The accuser judges them too.
 * The act's recipient and its victim are not judged by this reading ("of supplying arms to the
 * RSF", "of attacking Ukraine"). The words are data: the accusing row's `accompliceWords` and
 * `sourceWords` (lexicon/frames.json).
 */
import { type Chunk, type ChunkHead, type SentenceIndex, chunkHeads } from "../chunks.ts";
import { type Frame, type FrameTable, frameLemmas, perTable } from "../frames.ts";
import type { Token } from "../types.ts";
import { lemmaAmong } from "../lemma.ts";
import { isVerbOrAux } from "../words.ts";
import { actorHeads } from "./shared.ts";

/** The preposition that opens a charged act after the accused ("accused X of …", "suspected X of …"); not "for", which a verb of praise takes too ("praised X for working through Y"). */
const ACT_LINKS = new Set(["of"]);

/** Most tokens between the accused and the act's preposition ("accused Kenya on Tuesday of"). */
const LINK_REACH = 4;

/** Most tokens of the charged act read for its accomplices, from its gerund. */
const ACT_REACH = 20;

/** Tokens that end the charged act: a clause stop, a quotation mark, or a comma. */
const ACT_END = /^[.;:,“”"()]$/u;

/** The verbs of supplying (the supply rows' verb lemmas), per frame table. */
const supplyVerbsOf = perTable(
  (table): ReadonlySet<string> => new Set(frameLemmas(table.frames, "supplies", "verb")),
);

/** The index of the gerund that opens the act charged after the accused phrase ending before `k`, or -1. */
function chargedGerund(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < Math.min(tokens.length, k + LINK_REACH) && !ACT_LINKS.has(tokens[j]?.lower ?? "")) {
    const w = tokens[j] as Token;
    if (ACT_END.test(w.text) || isVerbOrAux(w)) return -1;
    j++;
  }
  if (!ACT_LINKS.has(tokens[j]?.lower ?? "")) return -1;
  j++;
  // ("accused X of secretly supplying …": past adverbs.)
  while (tokens[j]?.pos === "ADV") j++;
  // ("of smuggling weapons": a gerund the tagger may read as a noun.)
  const gerund = tokens[j];
  return gerund && /^(?:VERB|NOUN)$/u.test(gerund.pos) && /ing$/u.test(gerund.lower) ? j : -1;
}

/** Most words before the phrase's actor after its link word ("using its ally Hezbollah"). */
const PHRASE_REACH = 3;

/** Words that may stand before the actor of the phrase after a link word: determiners, possessives, adjectives, nouns. */
const PHRASE_FILLER = /^(?:DET|PRON|ADJ|NOUN|NUM)$/u;

/**
 * The actor heads of the phrase that opens right after token `k`, past a few determiners,
 * possessives, adjectives and nouns of description ("via Oman", "using its ally Hezbollah").
 */
function phraseActors(ix: SentenceIndex, k: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (let j = k + 1; j < Math.min(tokens.length, k + 2 + PHRASE_REACH); j++) {
    const chunk: Chunk | null = ix.chunkAt[j] ?? null;
    if (chunk) return actorHeads(chunkHeads(chunk));
    if (!PHRASE_FILLER.test((tokens[j] as Token).pos)) return [];
  }
  return [];
}

/**
 * The other parties to the act charged after the accusing verb's object, whose phrase ends before
 * token `accusedEnd`:
 * actors after a word of `frame.accompliceWords` anywhere in the act (the gerund itself included:
 * "of using X"), and, when the gerund is a verb of supplying, after a word of `frame.sourceWords`
 * ("of smuggling weapons from Iran"). Empty when the row lists no such words or no act follows.
 */
export function accusedAccomplices(
  ix: SentenceIndex,
  accusedEnd: number,
  frame: Frame,
  table: FrameTable,
): ChunkHead[] {
  const through = frame.accompliceWords ?? [];
  const source = frame.sourceWords ?? [];
  if (through.length === 0 && source.length === 0) return [];
  const tokens = ix.sentence.tokens;
  const gerund = chargedGerund(tokens, accusedEnd);
  if (gerund < 0) return [];
  const supplying = lemmaAmong((tokens[gerund] as Token).lower, supplyVerbsOf(table)) !== null;
  const found: ChunkHead[] = [];
  for (let k = gerund; k < Math.min(tokens.length, gerund + ACT_REACH); k++) {
    const w = tokens[k] as Token;
    if (k > gerund && ACT_END.test(w.text)) break;
    const link = through.includes(w.lower) || (supplying && source.includes(w.lower));
    if (!link) continue;
    for (const h of phraseActors(ix, k)) if (!found.some((f) => f.name === h.name)) found.push(h);
  }
  return found;
}
