/**
 * Quoted bodies: the unnamed speaker a verb of quoting names as its object, tied to a body ("KCNA
 * quoted a spokesman of the policy department of the National Defence Commission (NDC) as saying",
 * "Xinhua quoted an official of the Foreign Ministry as saying"): the body speaks, as it does for
 * "a spokesman for the ministry said" (ONTOLOGY.md: a spokesperson's statement may give the
 * organisation's triple, and a country's unnamed officials give the country's).
 */
import { type Chunk, type SentenceIndex, chunkHeads } from "../chunks.ts";
import { ARTICLES } from "../lexicon/grammar.ts";
import type { Token } from "../types.ts";
import { WORDS } from "../words.ts";

const OPENERS = new Set(ARTICLES);

/** Most tokens from the unnamed speaker to "as" ("a spokesman of the policy department of the National Defence Commission (NDC)"). */
const BODY_REACH = 14;

/** Tags of the words that may stand between the unnamed speaker and "as" besides named actors. */
const PHRASE_TAGS = /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/u;

/**
 * True when a preposition of belonging (`prepositions`: stage words quotedBodyPrepositions), maybe
 * past an article, opens the chunk at `first` ("of the Commission").
 */
function belongs(tokens: readonly Token[], first: number, prepositions: ReadonlySet<string>): boolean {
  const k = OPENERS.has(tokens[first - 1]?.lower ?? "") ? first - 2 : first - 1;
  return prepositions.has(tokens[k]?.lower ?? "");
}

/** The body an unnamed quoted speaker belongs to, and the index of the "as" after it. */
export interface QuotedBody {
  chunk: Chunk;
  as: number;
}

/**
 * The body of an unnamed speaker opening at token `k` after a verb of quoting ("a spokesman of
 * the … Commission (NDC) as saying"): an article, at most one adjective, an unnamed speaker noun
 * (lexicon unnamedSpeakers), a preposition of belonging (stage words quotedBodyPrepositions), then noun phrases and prepositions up to
 * "as"; the body is the first named actor's chunk among them, or a later one that a preposition of
 * belonging opens ("a spokesman of the policy department of the National Defence Commission"), not
 * one of a place ("an official at the Iranian embassy in Moscow": the embassy's, not Russia's). Null
 * when any other word stands there.
 */
export function quotedBody(ix: SentenceIndex, k: number): QuotedBody | null {
  const tokens = ix.sentence.tokens;
  const prepositions = ix.words.quotedBodyPrepositions;
  let j = k;
  if (OPENERS.has(tokens[j]?.lower ?? "")) j++;
  if (tokens[j]?.pos === "ADJ") j++;
  const noun = tokens[j];
  if (!noun || !WORDS.unnamed.has(noun.lower) || ix.cover[j]) return null;
  j++;
  if (!prepositions.has(tokens[j]?.lower ?? "")) return null;
  let body: Chunk | null = null;
  for (; j < tokens.length && j - k < BODY_REACH; j++) {
    const w = tokens[j] as Token;
    if (w.lower === "as") return body ? { chunk: body, as: j } : null;
    const chunk = ix.chunkAt[j];
    if (chunk && chunkHeads(chunk).some((h) => !h.unnamed)) {
      if (!body || belongs(tokens, chunk.first, prepositions)) body = chunk;
      j = Math.max(j, chunk.last - 1);
      continue;
    }
    if (ix.cover[j] || PHRASE_TAGS.test(w.pos) || w.text === "(" || w.text === ")") continue;
    return null;
  }
  return null;
}
