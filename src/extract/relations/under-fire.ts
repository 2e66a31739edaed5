/**
 * Under fire: a claim that someone "came under fire from" an actor is about that actor. "Azerbaijan
 * says its positions come under fire from Armenia", "said its troops came under heavy shelling from
 * Russian forces", "said the convoy was under attack by the rebels": the attacker is the actor of
 * the "from" or "by" phrase after "under" and a noun of attack (the lexicon's attackNouns),
 * when no other actor stands in the claim before "under" (the speaker's own side aside, "Ukraine
 * said Ukrainian positions came under fire from …"; for a person, the country or body named in his
 * own phrase: "India's military spokesman X said Indian positions came under fire from …").
 */
import { type ChunkHead, type Chunk, type SentenceIndex, actorOf, chunkHeads } from "../chunks.ts";
import { mentionsIn } from "../clause.ts";
import { ARTICLES } from "../lexicon/grammar.ts";
import { actorHeads } from "./shared.ts";

const ARTICLE_WORDS = new Set(ARTICLES);

/** Most adjectives and nouns between "under" and its noun of attack ("under heavy artillery fire"). */
const ATTACK_MODIFIERS = 2;

/** The chunk that opens at `k`, past up to two articles; null when another word comes first. */
function chunkAfter(ix: SentenceIndex, k: number): Chunk | null {
  for (let j = k; j < Math.min(ix.sentence.tokens.length, k + 3); j++) {
    const chunk = ix.chunkAt[j];
    if (chunk) return chunk;
    if (!ARTICLE_WORDS.has(ix.sentence.tokens[j]?.lower ?? "")) return null;
  }
  return null;
}

/**
 * The speaker `source` and the actors named in its own phrase before the claim opening at `from`
 * ("India's military spokesman Deepak Sammanwar": India): the speaker's own side.
 */
function speakerPhraseActors(ix: SentenceIndex, from: number, source: string): Set<string> {
  const own = new Set([source]);
  const spoken = mentionsIn(ix, 0, from).find((m) => actorOf(m).name === source);
  const chunk = spoken ? ix.chunkAt[spoken.first] : null;
  if (chunk) for (const m of mentionsIn(ix, chunk.first, chunk.last)) own.add(actorOf(m).name);
  return own;
}

/**
 * The attacker of an "under fire from X" phrase in the claim from `from` to `end` (not `source`),
 * or null: the first "under" followed, past at most two modifiers, by a noun of attack and "from"
 * or "by" and an actor; no actor but `source` may stand before "under" except as a "by" agent.
 */
export function underFireAgent(
  ix: SentenceIndex,
  from: number,
  end: number,
  source: string,
): ChunkHead | null {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < end; k++) {
    if (tokens[k]?.lower !== "under" || ix.cover[k]) continue;
    let j = k + 1;
    while (j < k + 1 + ATTACK_MODIFIERS && !ix.words.attackNouns.has(tokens[j]?.lower ?? "")) {
      // ("under heavy artillery fire": a generic weapon may modify the noun of attack.)
      const covering = ix.cover[j];
      const named = covering !== null && covering !== undefined && covering.type !== "WeaponSystem";
      if (named || !/^(?:ADJ|NOUN)$/u.test(tokens[j]?.pos ?? "")) break;
      j++;
    }
    if (!ix.words.attackNouns.has(tokens[j]?.lower ?? "")) continue;
    const prep = tokens[j + 1]?.lower;
    if (prep !== "from" && prep !== "by") continue;
    const chunk = chunkAfter(ix, j + 2);
    const head = chunk ? actorHeads(chunkHeads(chunk)).find((h) => h.name !== source) : undefined;
    if (!head) return null;
    const own = speakerPhraseActors(ix, from, source);
    const before = mentionsIn(ix, from, k).filter((m) => {
      const actor = actorOf(m);
      return m.type !== "WeaponSystem" && actor.type !== "Location" && !own.has(actor.name);
    });
    return before.every((m) => tokens[m.first - 1]?.lower === "by") ? head : null;
  }
  return null;
}
