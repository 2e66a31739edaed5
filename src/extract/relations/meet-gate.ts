/**
 * The exact gate of the frame engine's meeting readers (meet.ts meetVerb, meetNoun): a meeting
 * fact joins two different actors, and every actor those readers name is a mention of the
 * sentence, by its own name or, for a capital standing for its state, its country's (chunks.ts
 * actorName). A sentence whose mentions give fewer than two such names ("Talks on a ceasefire
 * resumed on Monday", "X told reporters") can give no meeting, whatever its words: the readers
 * need not run. Computed once per sentence, from the index alone (no word list it could go stale
 * against).
 */
import { type SentenceIndex, actorName } from "../chunks.ts";

/** True when the sentence's mentions give at least two different actor names (a meeting may be read). */
export function namesTwoActors(ix: SentenceIndex): boolean {
  const one = ix.mentions[0]?.name;
  return ix.mentions.some((m) => m.name !== one || actorName(m) !== one);
}
