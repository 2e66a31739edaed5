/**
 * Denial accusers: a denial whose clause of time tells who made the charge denied. "Pakistan has
 * denied violating a ceasefire after neighbour India said its forward posts were targeted",
 * "Russia rejected the charge following Ukraine's claims": the one who denies rejects the accuser's
 * charge, and rejecting an accusation assesses the accuser (ONTOLOGY.md). The clause opens with one
 * of the row's links ("after", "following") within a few words of the verb, its subject is an actor
 * and its verb one of the row's verbs of saying or charging (frames.json accuserClause). What is
 * denied must be a charge: nothing, a gerund ("denied violating a ceasefire") or a noun of a report
 * or of a charged act ("the charge", "involvement"), not a thing refused ("denied entry to the ship").
 * A verb of charging ("accused", "alleged"; the row's chargeLemmas) tells the charge itself; a
 * neutral verb of saying ("said", "reported") tells one only when its claim names the denier's side
 * ("after Ukraine said Russian troops had shelled Kharkiv") or opens on the speaker's own things
 * ("after India said its posts were targeted"): "Iran denied any involvement after Iraq said an
 * investigation was under way" and "after China said it would send an envoy" judge no one.
 */
import { type ChunkHead, type SentenceIndex, actorOf, chunkHeads } from "../chunks.ts";
import { mentionsIn } from "../clause.ts";
import type { Frame } from "../frames.ts";
import type { Token } from "../types.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import { actorHeads } from "./shared.ts";

/** Most words between the rejection verb and the link of its clause of time ("denied violating a ceasefire after"). */
const LINK_REACH = 8;

/** Most words of a time phrase between the accuser and its verb ("India on Tuesday said"). */
const TIME_PHRASE = 3;

/** Tags of the words of that time phrase. */
const TIME_TAGS = /^(?:ADP|DET|NOUN|PROPN|NUM|ADV)$/u;

/** Words that may open the accuser's phrase after the link, before its chunk ("after the", "after neighbour"). */
const OPENER_REACH = 2;

/** Tokens that end the denial's clause before any link: a sentence or clause end, or a quotation. */
const CLAUSE_END = /^[.;:!?“”"]$/u;

/**
 * True when the words from the verb at `t` to the link at `k` deny a charge: none, a gerund right
 * after the verb, or one of the row's report nouns or `accuserClause.objects` among them.
 */
function deniesCharge(ix: SentenceIndex, t: number, k: number, frame: Frame): boolean {
  const tokens = ix.sentence.tokens;
  if (k === t + 1) return true;
  const first = tokens[t + 1];
  if (first?.pos === "VERB" && first.lower.endsWith("ing")) return true;
  const nouns = new Set([...(frame.objectNouns ?? []), ...(frame.accuserClause?.objects ?? [])]);
  return tokens.slice(t + 1, k).some((w) => w.pos === "NOUN" && nouns.has(w.lemma));
}

/**
 * The actors whose naming makes a claim a charge against the deniers: each denier, the country its
 * mention names and the state whose known body it is ("the Kremlin": Russia; the lexicon's
 * governmentBodies table, `bodies`).
 */
function deniersSide(deniers: readonly ChunkHead[], bodies: ReadonlyMap<string, string>): Set<string> {
  const side = new Set<string>();
  for (const h of deniers) {
    side.add(h.name);
    const country = h.mention?.country ?? bodies.get(h.name);
    if (country) side.add(country);
  }
  return side;
}

/**
 * True when the claim after the accuser's verb at `v` charges the deniers: it opens (past "that")
 * on an owner pronoun ("said its forward posts were targeted") or names one of `side` before the
 * clause ends ("said Russian troops had shelled Kharkiv").
 */
function claimCharges(ix: SentenceIndex, v: number, side: Set<string>): boolean {
  const tokens = ix.sentence.tokens;
  let k = v + 1;
  if (tokens[k]?.lower === "that") k++;
  if (ix.words.ownerPronouns.has(tokens[k]?.lower ?? "")) return true;
  let end = k;
  while (end < tokens.length && !CLAUSE_END.test((tokens[end] as Token).text)) end++;
  return mentionsIn(ix, k, end).some((m) => side.has(actorOf(m).name));
}

/**
 * The accusers named by the clause of time after the rejection verb at `t`: the actor heads of
 * the chunk after the link, when a verb of `frame.accuserClause.speechLemmas` follows that chunk
 * (past a possessive's claim noun, "after India's claims", none: only a verb counts), when that
 * verb charges or its claim charges the `deniers` (see claimCharges). Empty when the verb is not one
 * of the row's denials or no such clause follows.
 */
export function denialAccusers(
  ix: SentenceIndex,
  t: number,
  frame: Frame,
  deniers: readonly ChunkHead[],
): ChunkHead[] {
  const rule = frame.accuserClause;
  const tokens = ix.sentence.tokens;
  if (!rule || !rule.lemmas.includes(tokens[t]?.lemma ?? "")) return [];
  for (let k = t + 1; k < Math.min(tokens.length, t + 1 + LINK_REACH); k++) {
    const w = tokens[k];
    if (!w || CLAUSE_END.test(w.text)) return [];
    if (ix.cover[k] || !rule.links.includes(w.lower)) continue;
    if (!deniesCharge(ix, t, k, frame)) return [];
    let chunk = null;
    for (let j = k + 1; j <= k + 1 + OPENER_REACH && !chunk; j++) chunk = ix.chunkAt[j] ?? null;
    if (!chunk) return [];
    let v = chunk.last;
    if (POSSESSIVE_ENDING.test(tokens[v]?.lower ?? "")) return [];
    while (v < chunk.last + TIME_PHRASE && TIME_TAGS.test(tokens[v]?.pos ?? "")) v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== "VERB" || !rule.speechLemmas.includes(verb.lemma)) return [];
    // (A row with no chargeLemmas takes every verb of its speechLemmas as charging.)
    const charging = rule.chargeLemmas ?? rule.speechLemmas;
    if (
      !charging.includes(verb.lemma) &&
      !claimCharges(ix, v, deniersSide(deniers, ix.tables.governmentBodies))
    )
      return [];
    return actorHeads(chunkHeads(chunk));
  }
  return [];
}
