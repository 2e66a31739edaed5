/**
 * A title after a body whose name ends in its own country ("Armed Forces of Ukraine Commander-in-Chief
 * Valerii Zaluzhnyi", "Armed Forces of the Philippines (AFP) chief Gen. Eduardo Oban", "Ministry of
 * Defence of Ukraine spokesman X"): the chunks split the body's name at its "of", so the title
 * before the name reads only the country; the person serves the body, and its country.
 */
import { type SentenceIndex, actorOf } from "../chunks.ts";
import type { Mention, Token } from "../types.ts";
import { FINAL_STOP, WORDS, acronymInBrackets, bracketedRankStart, isRankAt } from "../words.ts";
import { MILITARY_RANKS } from "../lexicon/titles.ts";
import type { Emit } from "./shared.ts";

/** Most tokens of the title and ranks between the body's country and the name ("Commander - in - Chief Gen."). */
const TITLE_REACH = 10;

const RANKS = new Set(MILITARY_RANKS);

/** Closes a name set off after the title's comma ("the AFP chief, Gen. X, in Manila"). */
const SET_OFF_CLOSERS = /^[,.;]$/u;

/** Applies the rule to every named person. */
export function countryNamedBodyTitleRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    let title = titleBefore(ix, p.first);
    // "the Armed Forces of the Philippines chief, Gen. X,": the name set off by commas after the
    // office (its ranks stay with the name).
    if (tokens[title.st - 1]?.text === ",") {
      const closer = tokens[p.last];
      if (closer && !SET_OFF_CLOSERS.test(closer.text)) continue;
      title = titleBefore(ix, title.st - 1);
    }
    if (!title.head || title.st === p.first) continue;
    const body = countryNamedBodyBefore(ix, title.st);
    if (!body) continue;
    const trigger = tokens[title.st]?.text ?? "";
    emit(p.name, "affiliated_with", actorOf(body.body).name, trigger, "country-named-body-title", "asserted");
    emit(
      p.name,
      "affiliated_with",
      actorOf(body.country).name,
      trigger,
      "country-named-body-title",
      "asserted",
    );
  }
}

/**
 * Where the title words and ranks that end right before token `k` start ("chief Gen.",
 * "Commander-in-Chief", "spokesman", a rank's bracketed abbreviation among them), no mention among
 * them, and whether an office's head (no military rank) is among them.
 */
function titleBefore(ix: SentenceIndex, k: number): { st: number; head: boolean } {
  const tokens = ix.sentence.tokens;
  let st = k;
  let head = false;
  while (st > 0 && st > k - TITLE_REACH && !ix.cover[st - 1]) {
    const open = bracketedRankStart(tokens, st);
    if (open < st) {
      st = open;
      continue;
    }
    const t = tokens[st - 1] as Token;
    const hyphenPart = t.text === "-" || (t.lower === "in" && tokens[st - 2]?.text === "-");
    if (!hyphenPart && (!isRankAt(tokens, st - 1) || t.pos === "VERB")) break;
    const w = t.lower.replace(FINAL_STOP, "");
    if (WORDS.titleHeads.has(w) && !RANKS.has(w)) head = true;
    st--;
  }
  // A hyphen opens no title ("Ukraine-based").
  while (st < k && (tokens[st]?.text === "-" || tokens[st]?.lower === "in")) st++;
  return { st, head };
}

/**
 * The body and its country when the tokens before `k` are "BODY of [the] COUNTRY", with the
 * body's acronym in brackets maybe after, and the body's mention names that country as its own
 * ("Armed Forces of the Philippines (AFP)"); else null.
 */
function countryNamedBodyBefore(ix: SentenceIndex, k: number): { body: Mention; country: Mention } | null {
  const tokens = ix.sentence.tokens;
  let end = k;
  // "(AFP)": the body's acronym in brackets.
  if (tokens[end - 1]?.text === ")") {
    if (!acronymInBrackets(tokens, end - 3)) return null;
    end -= 3;
  }
  const country = ix.cover[end - 1];
  if (!country || country.type !== "Country" || country.last !== end) return null;
  let of = country.first - 1;
  if (tokens[of]?.lower === "the" && !ix.cover[of]) of--;
  if (tokens[of]?.lower !== "of") return null;
  const body = ix.cover[of - 1];
  if (!body || body.type !== "Organization" || body.last !== of || body.kind === "pronoun") return null;
  if (body.country !== actorOf(country).name) return null;
  const acronym = ix.cover[k - 2];
  if (end < k && acronym && actorOf(acronym).name !== actorOf(body).name) return null;
  return { body, country };
}
