/**
 * Goods' possessor: the actor whose possessive opens the noun phrase of goods ("Ghana's Z-9
 * helicopters, bought from China", "Egypt's F-16 jets, supplied by the United States"), who holds
 * the goods a participle after them describes and so received them.
 */
import { type ChunkHead, type SentenceIndex, actorOf } from "../chunks.ts";
import type { Token } from "../types.ts";
import { possessorHeads, recipientHeads } from "./shared.ts";

/**
 * The countries and bodies whose possessive ends right before the goods starting at token `first`
 * ("Ghana's" before "Z-9 helicopters"), or the one actor named before "its" or "their" there;
 * empty when no possessive stands there.
 */
export function goodsPossessors(ix: SentenceIndex, first: number): ChunkHead[] {
  // "its J-10C jets, supplied by China": "its" stands for the one actor the sentence names before it.
  if (ix.words.ownerPronouns.has(ix.sentence.tokens[first - 1]?.lower ?? ""))
    return recipientHeads(soleActorBefore(ix, first - 1));
  const possessive = ix.chunkAt[first - 1];
  if (possessive?.last !== first || possessive.items.at(-1)?.kind !== "poss") return [];
  return recipientHeads(possessorHeads(possessive));
}

/**
 * The one country or body the sentence names before token `k` ("its", "their"), as a head; none
 * when it names none or a second actor there (several spellings of one actor are one: "thank
 * Germany and the German people for their assistance"). "its" stands for no person ("Zelensky
 * thanked Germany for its assistance"); before "their" a person is another actor. A name that only
 * opens a longer one ("Kenya" in "Kenya Defence Forces") is not another actor.
 */
export function soleActorBefore(ix: SentenceIndex, k: number): ChunkHead[] {
  if (ix.cover[k]) return [];
  const persons = (ix.sentence.tokens[k] as Token).lower !== "its";
  const actors = ix.mentions.filter(
    (m) =>
      m.first < k &&
      (m.type === "Country" || m.type === "Organization" || (persons && m.type === "Person")) &&
      !ix.mentions.some(
        (o) => o !== m && o.first <= m.first && o.last >= m.last && o.last - o.first > m.last - m.first,
      ),
  );
  const names = new Set(actors.map((m) => actorOf(m).name));
  const owner = names.size === 1 ? actors[0] : undefined;
  if (!owner || owner.type === "Person" || owner.kind === "pronoun") return [];
  return [{ mention: owner, name: actorOf(owner).name, unnamed: false }];
}
