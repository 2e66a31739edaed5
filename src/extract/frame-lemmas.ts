/**
 * Lemmas of frame rows a lexicon adds: the lemmatizer (lemma.ts) recovers only lemmas the built-in
 * tables know, so a verb a user frame row adds ("consign") would keep its inflected form
 * ("consigned") and never meet its row. The relations stage reads such tokens again toward the
 * added rows' lemmas; with the built-in rows nothing changes.
 */
import { DEFAULT_FRAMES, type FrameTable, perTable } from "./frames.ts";
import { lemmaAmong } from "./lemma.ts";
import type { DocState } from "./types.ts";

const BUILT_IN_LEMMAS: ReadonlySet<string> = new Set(DEFAULT_FRAMES.flatMap((f) => f.lemmas));

/** The lemmas of the table's rows that no built-in row has. */
const addedLemmas = perTable(
  (table: FrameTable): ReadonlySet<string> =>
    new Set(table.frames.flatMap((f) => f.lemmas).filter((l) => !BUILT_IN_LEMMAS.has(l))),
);

/**
 * Gives each verb or noun token that kept its own form as lemma the lemma of an added row it is a
 * form of ("consigned" → "consign"), in place: the tokens are the document's, read by the stages
 * after this one.
 */
export function lemmatiseAddedFrames(state: DocState, table: FrameTable): void {
  const added = addedLemmas(table);
  if (added.size === 0) return;
  for (const sentence of state.sentences)
    for (const tok of sentence.tokens) {
      if (tok.lemma !== tok.lower || (tok.pos !== "VERB" && tok.pos !== "NOUN")) continue;
      tok.lemma = lemmaAmong(tok.lower, added) ?? tok.lemma;
    }
}
