/**
 * Presumed sides: the country a speaker the document ties to no country speaks for, read from the
 * document as a whole. News names the other side's officials by their country, so an official
 * known only by title ("Foreign Ministry spokesman X", "Defence Minister X") is of one of the
 * document's sides: the country its headline makes the speaker ("Sudan denies accusations …" over
 * "Foreign Ministry spokesman X told reporters"), or, in a document about two countries, the one
 * whose people the official did not meet ("Defence Minister X met Fiji's minister …" in an article
 * about Australia and Fiji; "While visiting Fiji, Defence Minister X …"), else the country of the
 * story's dateline (dateline-sides.ts). Used by stage 5c to drop claims about the speaker's own side.
 */
import { VISITED_PLACE_CUES, VISITED_PLACE_LINKS } from "./lexicon/coreference.ts";
import { SPEAKER_VERBS } from "./lexicon/triggers.ts";
import type { DocState } from "./types.ts";
import { datelineCountry } from "./dateline-sides.ts";

const SPEAKING = new Set(SPEAKER_VERBS);
const VISIT_CUES = new Set(VISITED_PLACE_CUES);
const VISIT_LINKS = new Set(VISITED_PLACE_LINKS);
/** How many lines may open the document before its headline ends (title, then dateline). */
const HEADLINE_LINES = 2;
/** The most mentions a third country may have, as a share of the second's, in a document of two sides. */
const THIRD_SHARE = 1 / 3;

/**
 * The country that speaks in the document's headline: a headline line that opens on a country
 * followed by a verb of saying or judging ("Sudan denies accusations that …", "China warns …").
 */
export function headlineSpeaker(state: DocState): string | undefined {
  for (const sentence of state.sentences.slice(0, HEADLINE_LINES)) {
    if (!sentence.headline) continue;
    const first = (state.mentions[sentence.index] ?? [])[0];
    if (first?.type !== "Country" || first.first !== 0 || first.kind === "demonym") continue;
    const verb = sentence.tokens[first.last];
    if (verb && verb.pos === "VERB" && SPEAKING.has(verb.lemma)) return first.name;
  }
  return undefined;
}

/**
 * How often the document mentions each country, in the order of first mention: by name, demonym or
 * capital, or by a body of that one country ("the Serbian Army"; a body of two countries counts for
 * neither).
 */
export function countryMentionCounts(
  state: DocState,
  own: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, number> {
  const n = new Map<string, number>();
  for (const list of state.mentions)
    for (const m of list) {
      // (No list per mention: a body's countries are read only when it has exactly one.)
      let c: string | undefined;
      if (m.type === "Country") c = m.name;
      else if (m.type === "Organization") {
        const bodyOf = own.get(m.name);
        if (bodyOf?.size === 1) for (const x of bodyOf) c = x;
      }
      if (c) n.set(c, (n.get(c) ?? 0) + 1);
    }
  return n;
}

/**
 * The document's two sides: the two countries mentioned most (by name, capital or a body of one
 * country), when any third has under a third of the second's mentions. None otherwise.
 */
export function twoSides(
  state: DocState,
  own: ReadonlyMap<string, Set<string>>,
): [string, string] | undefined {
  const ranked = [...countryMentionCounts(state, own)].sort((a, b) => b[1] - a[1]);
  const [a, b, c] = ranked;
  if (!a || !b || b[1] < 2 || (c && c[1] >= b[1] * THIRD_SHARE)) return undefined;
  return [a[0], b[0]];
}

/**
 * "person|country" for each country a person visits: a country right after a word of visiting
 * ("visiting Fiji", "arrived in Fiji", "a visit to Fiji") in a sentence that names one person.
 */
export function visitedSides(state: DocState): Set<string> {
  const out = new Set<string>();
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] ?? [];
    const people = new Set(list.filter((m) => m.type === "Person").map((m) => m.name));
    if (people.size !== 1) continue;
    const [person] = people;
    for (const m of list) {
      if (m.type !== "Country" || m.kind === "demonym") continue;
      let k = m.first - 1;
      while (k >= 0 && VISIT_LINKS.has(sentence.tokens[k]?.lower ?? "")) k--;
      if (VISIT_CUES.has(sentence.tokens[k]?.lower ?? "")) out.add(`${person}|${m.name}`);
    }
  }
  return out;
}

/** What the presumed sides are read from. */
export interface SideClues {
  /** Government bodies named without a country, and those who serve them: the headline speaker's voices. */
  voices: readonly string[];
  /** Actors (people and bodies) the document ties to no country: the voices and titled officials. */
  sideless: readonly string[];
  /** "actor|country": the actor met a person or body of that country, or visited it. */
  metSide: ReadonlySet<string>;
  /** The countries each actor belongs to. */
  own: ReadonlyMap<string, Set<string>>;
}

/**
 * The presumed country of each sideless actor: for a government body named without a country and
 * its people, the headline's speaking country unless the actor met its people; else, in a document of two sides, the side whose people the actor did not meet
 * when it met the other's.
 */
export function presumedSides(state: DocState, clues: SideClues): Map<string, string> {
  const out = new Map<string, string>();
  const speaker = headlineSpeaker(state);
  const sides = twoSides(state, clues.own);
  const dateline = datelineCountry(state);
  for (const actor of clues.sideless) {
    const met = (c: string): boolean => clues.metSide.has(`${actor}|${c}`);
    if (speaker !== undefined && clues.voices.includes(actor) && !met(speaker)) {
      out.set(actor, speaker);
      continue;
    }
    if (sides) {
      const [a, b] = sides;
      if (met(a) && !met(b)) out.set(actor, b);
      else if (met(b) && !met(a)) out.set(actor, a);
    }
    // "PHNOM PENH (Reuters) - … Deputy Defense Minister X said …": else the dateline's country,
    // unless the actor met its people.
    if (!out.has(actor) && dateline !== undefined && !met(dateline)) out.set(actor, dateline);
  }
  return out;
}
