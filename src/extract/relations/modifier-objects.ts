/**
 * A name that only qualifies the noun after it in a verb's object ("Ukraine received NATO training
 * aircraft from Denmark", "Finland welcomed NATO membership"): the object is the noun's thing, not
 * the named actor, so a verb of hosting or receiving meets no one there. A noun of people that act
 * for the name ("hosted the NATO delegation", "received the EU team") still stands for it, and a
 * possessive pronoun still names its owner ("Xi welcomed his visit to Moscow").
 */
import type { Chunk, SentenceIndex } from "../chunks.ts";

/**
 * True when the actor phrase `chunk` ends in a name followed at once by a lower-case common noun
 * that no mention but a weapon's covers ("NATO air defence systems") and that is in none of
 * `people` (nouns of groups that act for the name).
 */
export function namesModifier(
  ix: SentenceIndex,
  chunk: Chunk,
  people: readonly ReadonlySet<string>[],
): boolean {
  // ("welcomed his visit": a possessive pronoun owns the noun, it does not qualify it.)
  const last = chunk.items[chunk.items.length - 1];
  if (last?.kind !== "mention" || last.m.kind === "pronoun") return false;
  const next = ix.sentence.tokens[chunk.last];
  const covering = ix.cover[chunk.last];
  return (
    next !== undefined &&
    next.pos === "NOUN" &&
    next.text === next.lower &&
    (!covering || covering.type === "WeaponSystem") &&
    !people.some((p) => p.has(next.lower))
  );
}
