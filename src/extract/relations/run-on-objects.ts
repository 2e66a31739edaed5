/**
 * Run-on objects of a meeting verb: "received at Bayan Palace Swiss President Guy Parmelin" puts a
 * place phrase between the verb and its object, and the chunker may read the place and the titled
 * name after it as one phrase. The object is the first person named from the end of the place
 * phrase on, past a demonym and title words; a person named before that end is the place's own.
 */
import { type Chunk, type ChunkHead, type SentenceIndex, chunkHeads } from "../chunks.ts";
import { isTitleWord } from "../words.ts";
import type { Token } from "../types.ts";

/**
 * The person that a chunk running on past the verb's place phrase names as the verb's object:
 * the first person mentioned at or after `from` (one past the place phrase), when only a demonym,
 * a country, title words, ranks or capitalised title words stand between `from` and the name
 * ("received in his office John Smith", "received at Bayan Palace Swiss President Guy Parmelin");
 * none otherwise.
 */
export function runOnObject(ix: SentenceIndex, chunk: Chunk, from: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const person = chunkHeads(chunk).find(
    (h) => h.mention !== null && h.mention.type === "Person" && h.mention.first >= from,
  );
  if (!person?.mention) return [];
  for (let k = from; k < person.mention.first; k++) {
    const m = ix.cover[k];
    if (m && m.type !== "Person") {
      k = m.last - 1;
      continue;
    }
    const w = tokens[k] as Token;
    if (!isTitleWord(w.lower)) return [];
  }
  return [person];
}
