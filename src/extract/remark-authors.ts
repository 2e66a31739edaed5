/**
 * Remarks told after they are made (coreference, stage 4b).
 *
 * "The foreign ministry summoned the Myanmar ambassador in protest. The foreign secretary Masud
 * Bin Momen said this while speaking to reporters." and "China urged the Philippines to cease its
 * provocations. Spokesperson Guo Jiakun made the remarks at a regular press briefing.": a sentence
 * whose subject is an actor that "made the remarks" (lexicon remarkNouns) or "said this", or that
 * opens "This was stated by X" / "The remarks were made by X", names who said the sentence before
 * it. That sentence, when no speaker is known for it yet, becomes the actor's claim (its quotedBy),
 * as a quotation's sentences are. Precision first: "said this was his first trip" (a clause after
 * "this") names no earlier remark, and a coordinated subject names no one speaker.
 */
import { REMARK_NOUNS, SAY_VERBS } from "./lexicon/coreference.ts";
import type { DocState, Mention, Token } from "./types.ts";
import { wordsOf } from "./stage-words.ts";
import { authorActor } from "./statement-authors.ts";
import { isTitleWord, isVerbOrAux, VERB_GROUP_FILLER } from "./words.ts";

const REMARKS = new Set(REMARK_NOUNS);
const SAY = new Set(SAY_VERBS);
/** Most words before the speaker's mention in its sentence ("The foreign secretary Masud …"). */
const SPEAKER_OPENING = 4;

/** The index past auxiliaries and adverbs from `k`. */
function pastAuxiliaries(tokens: readonly Token[], k: number): number {
  while (k < tokens.length && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k++;
  return k;
}

/**
 * True when the words at `k` refer back to remarks: "the remarks", "these comments" (a word of
 * `referring`, the lexicon's referringDeterminers, before a remark noun), "this" alone before no clause.
 */
function backReference(
  tokens: readonly Token[],
  k: number,
  verb: Token,
  referring: ReadonlySet<string>,
): boolean {
  const w = tokens[k];
  if (!w) return false;
  if (verb.lemma === "make") return referring.has(w.lower) && REMARKS.has(tokens[k + 1]?.lower ?? "");
  if (!SAY.has(verb.lemma) || !/^(?:this|so)$/u.test(w.lower)) return false;
  // "said this while speaking …", "said so on Monday", "said this." — not "said this was …".
  const next = tokens[k + 1];
  return next === undefined || /^(?:ADP|SCONJ|PUNCT|ADV)$/u.test(next.pos);
}

/** The speaker a sentence names for the remarks before it ("X made the remarks …", "X said this …"), or null. */
function remarkSubject(
  tokens: readonly Token[],
  list: readonly Mention[],
  referring: ReadonlySet<string>,
): Mention | null {
  // The first author in the sentence (the earliest in the list among those at one token), found
  // without sorting a copy of every sentence's mentions.
  let subject: Mention | undefined;
  for (const m of list) if (authorActor(m) && (!subject || m.first < subject.first)) subject = m;
  if (!subject || subject.first > SPEAKER_OPENING) return null;
  if (tokens.slice(0, subject.first).some((t) => isVerbOrAux(t) || t.text === ",")) return null;
  if (/^(?:and|or|&)$/u.test(tokens[subject.last]?.lower ?? "")) return null;
  const v = pastAuxiliaries(tokens, subject.last);
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB") return null;
  return backReference(tokens, v + 1, verb, referring) ? subject : null;
}

/** The agent of "This was stated by X" / "The remarks were made by X" opening a sentence, or null. */
function passiveRemarkAgent(
  tokens: readonly Token[],
  list: readonly Mention[],
  referring: ReadonlySet<string>,
): Mention | null {
  let k = 0;
  if (tokens[0]?.lower === "this") k = 1;
  else if (referring.has(tokens[0]?.lower ?? "") && REMARKS.has(tokens[1]?.lower ?? "")) k = 2;
  else return null;
  if (tokens[k]?.pos !== "AUX") return null;
  const verb = tokens[k + 1];
  if (!verb || verb.pos !== "VERB" || !(SAY.has(verb.lemma) || (k === 2 && verb.lemma === "make")))
    return null;
  if (tokens[k + 2]?.lower !== "by") return null;
  // ("by Foreign Minister Hasan Mahmud": past the article and the title before the name.)
  let at = tokens[k + 3]?.lower === "the" ? k + 4 : k + 3;
  const named = (): Mention | undefined => list.find((m) => m.first === at && authorActor(m));
  while (!named() && at < tokens.length && isTitleWord((tokens[at] as Token).lower)) at++;
  return named() ?? null;
}

/**
 * Gives the sentence before each remark-naming sentence (see the header) the named speaker as its
 * quotedBy, when it has none yet and is no headline; `sideOf` tells the country the speaker serves.
 */
export function resolveRemarkAuthors(
  state: DocState,
  sideOf: (speaker: Mention) => string | undefined,
): void {
  const referring = wordsOf(state).referringDeterminers;
  for (const sentence of state.sentences) {
    const before = state.sentences[sentence.index - 1];
    if (!before || before.headline || before.quotedBy) continue;
    const list = state.mentions[sentence.index] as Mention[];
    const speaker =
      passiveRemarkAgent(sentence.tokens, list, referring) ?? remarkSubject(sentence.tokens, list, referring);
    if (!speaker) continue;
    before.quotedBy = { speaker, side: sideOf(speaker) };
  }
}
