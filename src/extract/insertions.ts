/**
 * Insertions: material set off inside a sentence between a clause's subject and its verb, by
 * brackets, by a pair of dashes, or by commas around a relative clause or a verbless adverbial
 * ("ARTEC (a consortium comprising KMW and Rheinmetall) will deliver", "Hanwha - the country's
 * largest arms maker - signed", "Iran, which has not commented further, denied", "Brazil, in a
 * statement on Monday, said"). Each sentence's insertions are found
 * once (cached by its token array) so that every reader, the clause model first, can read a subject
 * and its verb as if they stood side by side, while the tokens, mentions and offsets inside stay
 * where the text has them (their entities and ties are read as anywhere else).
 */
import { QUOTE_MARK_NO_STRAIGHT_SINGLE } from "./letters.ts";
import { COMPANION_OPENERS, EXAMPLE_OPENERS, INSERTION_RELATIVES } from "./lexicon/grammar.ts";
import { COMPANION_PARTICIPLES } from "./lexicon/meet-words.ts";
import type { Token } from "./types.ts";
import { isVerbOrAux } from "./words.ts";

/** Longest insertion, in tokens between its marks, that a clause is read across. */
export const MAX_INSERTION = 40;

/** A sentence's insertions: the opening mark's index by the closing mark's, and the reverse. */
export interface Insertions {
  byClose: ReadonlyMap<number, number>;
  byOpen: ReadonlyMap<number, number>;
  /** 1 for each token inside an insertion, its marks included; null when there is none. */
  inside: Uint8Array | null;
}

/** Marks that open a bracketed insertion, by the mark that closes it. */
const BRACKETS: Readonly<Record<string, string>> = { ")": "(", "]": "[" };

/** Dashes that set off an insertion in pairs; a hyphen or a double hyphen counts when spaced on both sides. */
const DASHES = new Set(["—", "–"]);
const SPACED_DASHES = new Set(["-", "--"]);

/** Relative pronouns that open an insertion set off by commas (", which has not commented further,"). */
const RELATIVE_PRONOUNS = new Set(INSERTION_RELATIVES);

/** Participles whose by-phrase names a person's companions, set off by commas (", accompanied by X,"). */
const COMPANIONS = new Set(COMPANION_PARTICIPLES);

/** Marks that end the search for the comma closing a relative clause. */
const CLAUSE_MARKS = /^[;:.()[\]“”"—–]$/u;

/** True when token `k` is a dash that may set off an insertion ("—", or " - " spaced). */
export function insertionDash(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  if (w === undefined) return false;
  if (DASHES.has(w.text)) return true;
  return SPACED_DASHES.has(w.text) && w.space && tokens[k + 1]?.space === true;
}

const NONE: Insertions = { byClose: new Map(), byOpen: new Map(), inside: null };
const CACHE = new WeakMap<readonly Token[], Insertions>();

/**
 * The insertions of a sentence's tokens. Brackets pair as they nest; dashes pair in order of
 * appearance, first with second, third with fourth (a lone dash sets nothing off); a comma before
 * "which" or "who" pairs with the next comma that a verb follows ("X, who …, said"), and so does a
 * comma after a name or noun before an adverb or a preposition (not one opening examples or
 * companions: "X, like Y,"), with no verb or other mark between ("X, however, said"). Most sentences have none.
 */
export function insertionsOf(tokens: readonly Token[]): Insertions {
  const cached = CACHE.get(tokens);
  if (cached) return cached;
  const byClose = new Map<number, number>();
  const open: number[] = [];
  let dash = -1;
  for (let k = 0; k < tokens.length; k++) {
    const w = (tokens[k] as Token).text;
    if (w === "(" || w === "[") open.push(k);
    else if (w === ")" || w === "]") {
      // (Compared, not looked up in BRACKETS: this runs for every token of every sentence.)
      const o = open.pop();
      if (o !== undefined && tokens[o]?.text === BRACKETS[w] && k > o + 1 && k - o - 1 <= MAX_INSERTION)
        byClose.set(k, o);
    } else if (insertionDash(tokens, k)) {
      if (dash < 0) dash = k;
      else {
        if (k > dash + 1 && k - dash - 1 <= MAX_INSERTION) byClose.set(k, dash);
        dash = -1;
      }
    } else if (
      w === "," &&
      (RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? "") ||
        (COMPANIONS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "by"))
    ) {
      // ", who …,", and ", accompanied by the Chief of Staff, General X," (the companions' phrase
      // may hold an appositive's commas): up to the comma a verb follows.
      const close = relativeClose(tokens, k);
      if (close > 0) byClose.set(close, k);
    } else if (w === "," && k > 0 && ADVERBIAL_OPENERS.test(tokens[k + 1]?.pos ?? "")) {
      const close = adverbialClose(tokens, k);
      if (close > 0) byClose.set(close, k);
    }
  }
  if (byClose.size === 0) return NONE;
  // Only a sentence with insertions is remembered: most have none, and their scan costs less
  // than an entry in the WeakMap for every sentence.
  const out = withReverse(byClose, tokens.length);
  CACHE.set(tokens, out);
  return out;
}

/** The insertions closing at the keys of `byClose`, with the reverse map and the tokens inside. */
function withReverse(byClose: Map<number, number>, n: number): Insertions {
  const byOpen = new Map<number, number>();
  const inside = new Uint8Array(n);
  for (const [close, open] of byClose) {
    byOpen.set(open, close);
    inside.fill(1, open, close + 1);
  }
  return { byClose, byOpen, inside };
}

/** The comma closing the relative clause opened by the comma at `k`, when a verb follows it; else -1. */
function relativeClose(tokens: readonly Token[], k: number): number {
  const limit = Math.min(tokens.length - 1, k + MAX_INSERTION + 1);
  for (let j = k + 3; j < limit; j++) {
    const x = tokens[j] as Token;
    if (CLAUSE_MARKS.test(x.text)) return -1;
    if (x.text === "," && followedByVerb(tokens, j)) return j;
  }
  return -1;
}

/** Tags of the first word of an adverbial set off by commas (", however,", ", in a statement,"). */
const ADVERBIAL_OPENERS = /^(?:ADV|ADP)$/u;

/** Words that open no aside: the named examples of a group, companions and contrasts ("X, like Y,", "X, with Y,"). */
const NOT_ASIDES = new Set([...EXAMPLE_OPENERS, ...COMPANION_OPENERS]);

/** Longest adverbial, in tokens between its commas, read as an insertion (", in a statement on Monday,"). */
const MAX_ADVERBIAL = 10;

/** Tags that an adverbial set off by commas holds none of: a verb would make it a clause. */
const ADVERBIAL_BREAK = /^(?:VERB|AUX|PUNCT|SCONJ|CCONJ)$/u;

/**
 * The comma closing an adverbial without a verb opened by the comma at `k` after a noun or a
 * name, when a verb follows it ("Brazil, however, said", "Rheinmetall, in a statement on Monday,
 * said"); else -1.
 */
function adverbialClose(tokens: readonly Token[], k: number): number {
  if (!/^(?:NOUN|PROPN)$/u.test(tokens[k - 1]?.pos ?? "") || NOT_ASIDES.has(tokens[k + 1]?.lower ?? ""))
    return -1;
  const limit = Math.min(tokens.length - 1, k + MAX_ADVERBIAL + 2);
  let quoted = false;
  for (let j = k + 2; j < limit; j++) {
    const x = tokens[j] as Token;
    // ("the Security Council, in a “presidential statement,” condemned": a quotation mark closing
    // after the comma closes the adverbial.)
    if (x.text === ",")
      return followedByVerb(tokens, j)
        ? j
        : QUOTE_MARK_NO_STRAIGHT_SINGLE.test(tokens[j + 1]?.text ?? "") && followedByVerb(tokens, j + 1)
          ? j + 1
          : -1;
    // (A few quoted words inside it, which may hold a participle: "in a “presidential statement”",
    // "in a “strongly worded protest”"; any quotation mark but the straight single one, an apostrophe
    // as often.)
    if (QUOTE_MARK_NO_STRAIGHT_SINGLE.test(x.text)) {
      quoted = !quoted;
      continue;
    }
    if (ADVERBIAL_BREAK.test(x.pos) && !(quoted && x.pos === "VERB")) return -1;
  }
  return -1;
}

/** True when a verb group opens right after the comma at `j` ("…, said", "…, has also said"). */
function followedByVerb(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1] as Token;
  return isVerbOrAux(next) || (next.pos === "ADV" && isVerbOrAux(tokens[j + 2]));
}

/** The index right after the insertion that opens at token `k` (its closing mark included), or `k`. */
export function insertionEnd(tokens: readonly Token[], k: number): number {
  const close = insertionsOf(tokens).byOpen.get(k);
  return close === undefined ? k : close + 1;
}

/** The index of the mark opening the insertion that closes at token `k`, or -1. */
export function insertionStart(tokens: readonly Token[], k: number): number {
  return insertionsOf(tokens).byClose.get(k) ?? -1;
}

/** True when token `k` lies inside an insertion, its marks included. */
export function insideInsertion(tokens: readonly Token[], k: number): boolean {
  return insertionsOf(tokens).inside?.[k] === 1;
}
