/**
 * "it" as a quotation's speaker: "Norway, Sweden and Denmark said in a joint statement … “Russia
 * must end its aggression,” it said." After a closing quotation mark, "it" before a verb of saying
 * stands for the body or country that spoke last before the quotation: the subject of a verb of
 * saying in its own sentence or in one of the few before. A person never is "it".
 */
import { CLOSING_DOUBLE_QUOTE as CLOSING, OPENING_DOUBLE_QUOTE as OPENING } from "./letters.ts";
import { makeMention } from "./make-mention.ts";
import { SPEAKER_VERBS } from "./lexicon/descriptions.ts";
import { ASSESS_VERBS } from "./lexicon/triggers.ts";
import { timeAdverbialStart } from "./time-adverbials.ts";
import type { DocState, Mention, Token } from "./types.ts";
import { VERB_GROUP_FILLER } from "./words.ts";

/** Verbs of saying: the speaker's verb before "it" and the earlier speaker's verb. */
const SAY = new Set([...ASSESS_VERBS, ...SPEAKER_VERBS]);

/** How many sentences before its own the speaker "it" stands for may be told. */
const IT_SPEAKER_REACH = 3;

/** A straight quotation mark, which opens or closes by where it stands. */
const STRAIGHT = /^"$/u;

/**
 * Which tokens before `end` stand inside a quotation: from an opening mark to its closing one (a
 * straight mark closes an open quotation, else opens one; elsewhere it closes only where a
 * quotation is open or just ended: `closes`).
 */
function quotedTokens(tokens: readonly Token[], end: number): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (let k = 0; k < end; k++) {
    const text = (tokens[k] as Token).text;
    if (open && CLOSING.test(text)) open = false;
    else if (!open && OPENING.test(text)) open = true;
    inside.push(open);
  }
  return inside;
}

/**
 * True when the mark at `k` closes a quotation: a curly closing mark always; a straight one when a
 * quotation opened before it in the sentence is still open, or when no space stands between it and
 * the word or mark before it (a quotation opened in an earlier sentence: "… in 2018 so far," it
 * said). A straight mark that opens a quotation ("A diplomat said \"it warned …\"") closes none.
 */
function closes(tokens: readonly Token[], k: number): boolean {
  const text = tokens[k]?.text ?? "";
  if (!CLOSING.test(text)) return false;
  if (!STRAIGHT.test(text)) return true;
  // ("… so far," it said; "… Russia will fail" it said: glued to the word or mark before it, the
  // mark ends a quotation, perhaps one opened in an earlier sentence.)
  if (k > 0 && !(tokens[k] as Token).space) return true;
  return quotedTokens(tokens, k).at(-1) === true;
}

/** True when the body or country `m` may be a speaker "it" stands for. */
function speaking(m: Mention): boolean {
  return (m.type === "Organization" || m.type === "Country") && m.kind !== "demonym";
}

/**
 * The speakers of a sentence's verbs of saying before token `end`, in order: the body or country
 * that ends right before the verb, past auxiliaries, adverbs and a time adverbial ("Norway on
 * Monday said"). A verb inside a quotation is the quoted words' own ("“The Pentagon claimed …”"),
 * no speaker's.
 */
function sayingSubjects(tokens: Token[], list: readonly Mention[], end: number): Mention[] {
  const out: Mention[] = [];
  const quoted = quotedTokens(tokens, end);
  for (let v = 1; v < end; v++) {
    const verb = tokens[v] as Token;
    if (quoted[v] || verb.pos !== "VERB" || !SAY.has(verb.lemma)) continue;
    let s = v - 1;
    while (s >= 0 && VERB_GROUP_FILLER.test((tokens[s] as Token).pos)) s--;
    const time = s >= 0 && !list.some((m) => m.last === s + 1) ? timeAdverbialStart(tokens, s) : -1;
    if (time > 0) s = time - 1;
    const subject = list
      .filter((m) => m.last === s + 1 && speaking(m))
      .sort((a, b) => b.last - b.first - (a.last - a.first))[0];
    if (subject) out.push(subject);
  }
  return out;
}

/**
 * The opening mark of the quotation that ends at `close` in its sentence, or 0 when the quotation
 * opened in an earlier sentence: the speaker is told before it.
 */
function quoteOpening(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0; k--) if (OPENING.test((tokens[k] as Token).text)) return k;
  return 0;
}

/**
 * Adds, for each "it" right after a closing quotation mark (past a comma) and before a verb of
 * saying, a pronoun mention of the last body or country that was the subject of a verb of saying
 * before the quotation, in its sentence or the IT_SPEAKER_REACH before (rule "quoted-it").
 */
export function resolveQuotedIt(state: DocState): void {
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    const list = state.mentions[sentence.index] as Mention[];
    for (let i = 1; i < tokens.length - 1; i++) {
      const t = tokens[i] as Token;
      if (t.lower !== "it" || !SAY.has((tokens[i + 1] as Token).lemma)) continue;
      const close = tokens[i - 1]?.text === "," ? i - 2 : i - 1;
      if (!closes(tokens, close) && !closes(tokens, i - 1)) continue;
      if (list.some((m) => m.first <= i && m.last > i)) continue;
      let speaker: Mention | undefined;
      for (let s = sentence.index; s >= Math.max(0, sentence.index - IT_SPEAKER_REACH) && !speaker; s--) {
        const other = state.sentences[s];
        if (!other) break;
        const subjects = sayingSubjects(
          other.tokens,
          state.mentions[s] as Mention[],
          s === sentence.index ? quoteOpening(tokens, close) : other.tokens.length,
        );
        speaker = subjects.at(-1);
      }
      if (!speaker) continue;
      const m = makeMention(sentence, i, i + 1, speaker.name, speaker.type, "pronoun", "quoted-it");
      if (speaker.country !== undefined) m.country = speaker.country;
      list.push(m);
    }
  }
}
