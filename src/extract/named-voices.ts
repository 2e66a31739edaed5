/**
 * Unnamed voices tied to someone told elsewhere.
 *
 * Spokespeople named a sentence later: "A Chinese government spokesperson on Wednesday voiced …
 * Zhu Fenglian, a spokesperson for the Taiwan Affairs Office, urged …" and "…, an army
 * spokesperson said. … Lt. Col. X, spokesperson for the UPDF, said …": a spokesperson introduced
 * by "a" or "an", unnamed and tied to no named body, is the one person the next sentence names
 * with a spokesperson's title. The description becomes a role mention of that person, so the
 * relation rules see the person as the speaker.
 *
 * One of a country's group: "US officials presented evidence … One official said: …" — "one
 * official" (or "an official", "another official") with no country of its own, as the subject of
 * a verb of saying, speaks for the one country the group of the same noun was named by, in its
 * sentence or the two before it.
 */
import { makeMention } from "./make-mention.ts";
import { GROUP_VOICES, SAY_VERBS } from "./lexicon/coreference.ts";
import { SPEAKER_TITLES } from "./lexicon/titles.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";
import { isCapitalised, isRankToken, isTitleWord, isVerbOrAux } from "./words.ts";

const SPOKES = new Set(SPEAKER_TITLES);
/** Most lower-case words between "a" and the title ("a senior army spokesperson"). */
const DESCRIPTION_WORDS = 3;
/** Most ranks and honorifics between a title and the name after it ("spokesman Lt. Col. X"). */
const RANK_WORDS = 4;
/** How far after an unnamed spokesperson an appositive name may stand (then it is named there). */
const APPOSITIVE_REACH = 7;
const LOWER_MODIFIER = /^(?:ADJ|NOUN)$/u;
/** The plural of each group voice's noun ("official" → "officials"). */
const GROUP_PLURALS = new Map(GROUP_VOICES.map((p) => p.split("|") as [string, string]));
/** How many sentences before a group voice its group may be named. */
const GROUP_REACH = 2;
/** Most lower-case modifiers between a country and its group's noun ("US defence officials"). */
const GROUP_MODIFIERS = 2;
const SAY = new Set(SAY_VERBS);

/** True when a verb of saying follows token `k`, past auxiliaries and adverbs ("one official also said"). */
function speaksAfter(tokens: Token[], k: number): boolean {
  let v = k + 1;
  // Compared with the length, not read past the end (which throws optimised code away).
  while (v < tokens.length && /^(?:AUX|ADV)$/u.test((tokens[v] as Token).pos)) v++;
  return v < tokens.length && (tokens[v] as Token).pos === "VERB" && SAY.has((tokens[v] as Token).lemma);
}

/** The person mention of `list` covering token `k`, if any. */
function personAt(list: readonly Mention[], k: number): Mention | undefined {
  return list.find((m) => m.type === "Person" && m.first <= k && m.last > k);
}

/**
 * Where the indefinite description ending in the spokesperson's title at `k` opens ("a"/"an"),
 * and the country it names, if any; null when it is no such description: a named body
 * ("an Iranian Foreign Ministry spokesman" speaks for the ministry), a name after the title
 * ("spokesman John Kirby", "a spokesman, Colonel X,") or more than a few modifiers.
 */
function description(
  tokens: Token[],
  list: readonly Mention[],
  k: number,
): { first: number; country?: Mention } | null {
  const next = tokens[k + 1];
  if (next && (isCapitalised(next.text) || isTitleWord(next.lower) || next.key === "'s")) return null;
  if (/^(?:for|of|at|with)$/u.test(next?.lower ?? "")) return null;
  for (let a = k + 1; a < Math.min(tokens.length, k + APPOSITIVE_REACH); a++)
    if (
      (tokens[a] as Token).text === "," &&
      list.some((m) => m.type === "Person" && m.first > a && m.first <= a + 3)
    )
      return null;
  let country: Mention | undefined;
  let j = k - 1;
  let words = 0;
  while (j >= 0 && words < DESCRIPTION_WORDS) {
    const inside = list.find((m) => m.first <= j && m.last > j);
    if (inside) {
      if (inside.type !== "Country" || country) return null;
      country = inside;
      j = inside.first - 1;
    } else if (LOWER_MODIFIER.test((tokens[j] as Token).pos) && !isCapitalised((tokens[j] as Token).text))
      j--;
    else break;
    words++;
  }
  if (!/^(?:a|an)$/u.test(tokens[j]?.lower ?? "")) return null;
  return country ? { first: j, country } : { first: j };
}

/** A named person with a spokesperson's title, and the tokens [from, to) of name and title. */
interface Titled {
  person: Mention;
  from: number;
  to: number;
}

/**
 * The persons of `sentence` that carry a spokesperson's title: "X, a spokesperson for …",
 * "X, spokesperson for …", "UPDF spokesperson Lt. Col. X" (not "another spokesman, X").
 */
function titledSpokespeople(sentence: Sentence, list: readonly Mention[]): Titled[] {
  const tokens = sentence.tokens;
  const out: Titled[] = [];
  for (const p of list) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    // After the name: ", (a|the) (one or two modifiers) spokesperson".
    if (tokens[p.last]?.text === ",") {
      let a = p.last + 1;
      if (/^(?:a|an|the)$/u.test(tokens[a]?.lower ?? "")) a++;
      for (let n = 0; n < 3 && a < tokens.length; n++, a++) {
        const w = tokens[a] as Token;
        if (SPOKES.has(w.lower)) {
          out.push({ person: p, from: p.first, to: a + 1 });
          break;
        }
        if (!LOWER_MODIFIER.test(w.pos) && !isCapitalised(w.text)) break;
      }
    }
    // Before the name, past ranks: "spokesperson Lt. Col. X".
    let b = p.first - 1;
    while (
      b >= 0 &&
      p.first - b <= RANK_WORDS &&
      !SPOKES.has((tokens[b] as Token).lower) &&
      isRankToken(tokens[b] as Token)
    )
      b--;
    if (SPOKES.has(tokens[b]?.lower ?? "") && !/^(?:another|other)$/u.test(tokens[b - 1]?.lower ?? ""))
      out.push({ person: p, from: b, to: p.last });
  }
  return out;
}

/** Tokens a spokesperson's title's complement may span ("for the Taiwan Affairs Office of the State Council"). */
const COMPLEMENT_REACH = 10;

/**
 * True when a country other than `country` is named in the person's name and title ("Ned Price, a
 * US spokesman") or in the title's complement up to punctuation or a verb ("Li Wei, the
 * spokesperson of the Russian Embassy,"), as a country or as a body's country.
 */
function otherCountry(tokens: Token[], list: readonly Mention[], t: Titled, country: string): boolean {
  let end = t.to;
  if (/^(?:for|of|at|with|in)$/u.test(tokens[end]?.lower ?? ""))
    while (
      end < tokens.length &&
      end < t.to + COMPLEMENT_REACH &&
      !/^[,.;:()]$/u.test((tokens[end] as Token).text) &&
      !isVerbOrAux(tokens[end])
    )
      end++;
  // A country inside a body's name counts through the body ("the Taiwan Affairs Office" is not Taiwan's).
  const inBody = (m: Mention): boolean =>
    list.some((b) => b.type === "Organization" && b.first <= m.first && m.last <= b.last);
  return list.some((m) => {
    if (m.first < t.from || m.last > end) return false;
    const theirs =
      m.type === "Country" && !(m.first >= t.to && inBody(m))
        ? m.name
        : m.type === "Organization"
          ? m.country
          : undefined;
    return theirs !== undefined && theirs !== country;
  });
}

/**
 * Resolves each unnamed spokesperson introduced by "a"/"an" to the one person the next sentence
 * names with a spokesperson's title (see the file header), when that person is not named in the
 * description's own sentence and serves no other country than one the description names; a
 * named country gives the person's affiliated_with fact.
 */
export function resolveVoicesNamedAfter(state: DocState, countries: Map<string, Set<string>>): void {
  for (let s = 0; s + 1 < state.sentences.length; s++) {
    const sentence = state.sentences[s] as Sentence;
    const list = state.mentions[s] as Mention[];
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (!SPOKES.has((tokens[k] as Token).lower) || personAt(list, k)) continue;
      const d = description(tokens, list, k);
      if (!d) continue;
      const after = state.sentences[s + 1] as Sentence;
      const afterList = state.mentions[s + 1] as Mention[];
      const named = titledSpokespeople(after, afterList);
      if (new Set(named.map((t) => t.person.name)).size !== 1) continue;
      const titled = named[0] as Titled;
      const person = titled.person;
      if (list.some((m) => m.type === "Person" && m.name === person.name)) continue;
      const known = countries.get(person.name);
      if (
        d.country &&
        ((known && !known.has(d.country.name)) ||
          otherCountry(after.tokens, afterList, titled, d.country.name))
      )
        continue;
      const m = makeMention(sentence, d.first, k + 1, person.name, "Person", "role", "voice-named-after");
      m.antecedent = { sentence: person.sentence, start: person.start, end: person.end, text: person.text };
      list.push(m);
      if (d.country)
        state.facts.push({
          source: person.name,
          relation: "affiliated_with",
          target: d.country.name,
          sentence: s,
          trigger: m.text,
          rule: "coref-voice-named-after",
          modality: "asserted",
          resolved: [{ text: m.text, name: m.name, antecedent: m.antecedent }],
        });
    }
  }
}

/** Lower-case modifiers not inside any mention, walking back from `k`: the index before them. */
function pastModifiers(tokens: Token[], list: readonly Mention[], k: number, most: number): number {
  let j = k;
  while (
    j >= 0 &&
    k - j < most &&
    LOWER_MODIFIER.test((tokens[j] as Token).pos) &&
    !isCapitalised((tokens[j] as Token).text) &&
    !list.some((m) => m.first <= j && m.last > j)
  )
    j--;
  return j;
}

/** The countries that name a group of `plural` in tokens [0, to): "US officials", "officials from Iran". */
function groupCountries(
  tokens: Token[],
  list: readonly Mention[],
  plural: string,
  to: number,
  out: Map<string, Mention>,
): void {
  for (let i = 0; i < to; i++) {
    if ((tokens[i] as Token).lower !== plural) continue;
    const j = pastModifiers(tokens, list, i - 1, GROUP_MODIFIERS);
    const before = list.find((m) => m.type === "Country" && m.last === j + 1);
    if (before) out.set(before.name, before);
    if (!/^(?:from|of)$/u.test(tokens[i + 1]?.lower ?? "")) continue;
    const at = tokens[i + 2]?.lower === "the" ? i + 3 : i + 2;
    const after = list.find((m) => m.type === "Country" && m.first === at);
    if (after) out.set(after.name, after);
  }
}

/** The words that take one of a group ("one official", "an official"). */
const ONE_OF_GROUP = /^(?:one|another|a|an)$/u;

/** Resolves "one official" to its group's country (see the file header). */
export function resolveGroupVoices(state: DocState): void {
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      const plural = GROUP_PLURALS.get((tokens[k] as Token).lower);
      // (A verb of saying right after: "One official, John Kirby, said" and "an official in Hamas
      // said" are not the group's voice.)
      if (plural === undefined || list.some((m) => m.first <= k && m.last > k) || !speaksAfter(tokens, k))
        continue;
      const j = pastModifiers(tokens, list, k - 1, GROUP_MODIFIERS);
      if (!ONE_OF_GROUP.test(tokens[j]?.lower ?? "")) continue;
      const countries = new Map<string, Mention>();
      for (let s = Math.max(0, sentence.index - GROUP_REACH); s <= sentence.index; s++) {
        const other = state.sentences[s] as Sentence;
        const to = s === sentence.index ? j : other.tokens.length;
        groupCountries(other.tokens, state.mentions[s] as Mention[], plural, to, countries);
      }
      if (countries.size !== 1) continue;
      const [name, group] = [...countries][0] as [string, Mention];
      const m = makeMention(sentence, j, k + 1, name, "Country", "role", "group-voice");
      m.antecedent = { sentence: group.sentence, start: group.start, end: group.end, text: group.text };
      list.push(m);
    }
  }
}
