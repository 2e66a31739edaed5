/**
 * The owner of a statement or act that a verb of judging takes as its object ("condemned the
 * statements by Turkey's President Erdogan", "dismissed the allegations made by Saudi Foreign
 * Minister Adel al-Jubeir", "condemned in the strongest terms such action by Pakistan"): where the
 * object opens past a manner phrase, whether a report noun read back as its author still has its
 * own agent phrase, and the state a titled owner speaks for.
 */
import { type Chunk, type ChunkHead, type SentenceIndex, actorName, officialState } from "../chunks.ts";
import type { Mention, Token } from "../types.ts";

/** Most words between "in" and the manner noun ("in the strongest possible terms"). */
const MANNER_WORDS = 4;

/**
 * Where a verb's object opens when a manner phrase stands between them at `k` ("condemned in the
 * strongest terms such provocative action by Pakistan", "rejected in no uncertain terms the claims
 * of …"): the token after the phrase's noun (the lexicon's mannerPhraseNouns), when a word that may
 * open a noun phrase follows it; `k` itself otherwise ("condemned in strong terms." has no object
 * after it). The words between "in" and the noun are adjectives, adverbs or the lexicon's
 * mannerPhraseOpeners.
 */
export function pastMannerPhrase(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  if (tokens[k]?.lower !== "in") return k;
  for (let j = k + 1; j <= k + 1 + MANNER_WORDS && j < tokens.length; j++) {
    const w = tokens[j] as Token;
    if (ix.words.mannerPhraseNouns.has(w.lower)) {
      const next = tokens[j + 1];
      return next && /^(?:DET|PROPN|NOUN|ADJ|PRON|NUM)$/u.test(next.pos) ? j + 1 : k;
    }
    if (!(w.pos === "ADJ" || w.pos === "ADV" || ix.words.mannerPhraseOpeners.has(w.lower))) return k;
  }
  return k;
}

/**
 * The agent phrase inside a report noun's phrase read back as its author (`m`, "the allegations
 * made by Saudi …", which the report reader ends at the first name, the title's demonym): the
 * actor phrase after its "by" or "from" (the lexicon's reportAuthorPrepositions), whose heads, not
 * the name the reading stopped at, tell whose report it is ("by Saudi Foreign Minister Adel
 * al-Jubeir"); null when there is none.
 */
export function ownAgentPhrase(ix: SentenceIndex, m: Mention): Chunk | null {
  const tokens = ix.sentence.tokens;
  for (let j = m.first; j < m.last; j++) {
    if (!ix.words.reportAuthorPrepositions.has((tokens[j] as Token).lower)) continue;
    const chunk = ix.chunkAt[j + 1];
    return chunk && chunk.first <= j + 2 ? chunk : null;
  }
  return null;
}

/**
 * The owners `heads` of a judged statement or act read from the actor phrase `chunk`, and the
 * country that the phrase's title names for a person among them ("the statements by Turkey's
 * President Erdogan": Erdogan and Turkey; "the remarks of Indian army chief Bipin Rawat": Rawat and
 * India): a head of state or an official speaks and acts for his state.
 */
export function withOwnerState(chunk: Chunk, heads: ChunkHead[]): ChunkHead[] {
  if (!heads.some((h) => h.mention?.type === "Person")) return heads;
  const state = officialState(chunk);
  if (!state) return heads;
  const name = actorName(state);
  return heads.some((h) => h.name === name) ? heads : [...heads, { mention: state, name, unnamed: true }];
}

/**
 * The owners `heads` of a judged object read whole from the chunk `chunk` ("condemned the
 * statements by Turkey's President Recep Tayyip Erdogan", the chunk's heads read past its report
 * noun): with the state a titled person among them speaks for, as withOwnerState, when an author
 * preposition ("by", "from") in the chunk stands before that person; `heads` otherwise ("condemned
 * Turkey's President Erdogan" names the person judged, not an act of his state).
 */
export function agentOwnerState(ix: SentenceIndex, chunk: Chunk, heads: ChunkHead[]): ChunkHead[] {
  const person = heads.find((h) => h.mention?.type === "Person")?.mention;
  if (!person) return heads;
  const tokens = ix.sentence.tokens;
  for (let j = chunk.first; j < person.first; j++)
    if (ix.words.reportAuthorPrepositions.has((tokens[j] as Token).lower))
      return withOwnerState(chunk, heads);
  return heads;
}

/**
 * The word before "the government of" that opens the owner phrase of a report noun ("accusations
 * from the government of Colombia", "the claims of the government of Sudan"): the government of a
 * country is the country (ONTOLOGY: "X's government" is the Country), so the preposition before it
 * is the one that tells author from topic: an author preposition (reportAuthorPrepositions) or
 * "of". `b` (the word before the name) itself otherwise, and when no such preposition stands before
 * it ("thanked the Government of India").
 */
export function pastGovernmentOf(ix: SentenceIndex, b: number): number {
  const tokens = ix.sentence.tokens;
  if (tokens[b]?.lower !== "of" || !ix.words.governmentNouns.has(tokens[b - 1]?.lower ?? "")) return b;
  const owner = tokens[b - 3]?.lower ?? "";
  return tokens[b - 2]?.lower === "the" && (owner === "of" || ix.words.reportAuthorPrepositions.has(owner))
    ? b - 3
    : b;
}

/**
 * True when the demonym `m` qualifies a noun of government right after it ("the Chinese
 * government", "the Colombian authorities"): the phrase names the country itself, an author, where a
 * demonym alone before a common noun names only a topic ("reports of Turkish strikes").
 */
export function governmentDemonym(ix: SentenceIndex, m: Mention): boolean {
  return m.kind === "demonym" && ix.words.governmentNouns.has(ix.sentence.tokens[m.last]?.lower ?? "");
}
