/**
 * Definite titles that stand for a person the document introduced with that title: "the
 * minister", "the Chinese president", "Argentina's president and defense minister" for
 * "President X" and "Defense Minister Y". A description without a country takes the only earlier
 * holder of its title; one that names a country takes the only holder in the document whose known
 * country does not conflict, and the person is affiliated with that country. Several holders, or
 * none, leave it unresolved.
 */
import { makeMention } from "./make-mention.ts";
import { insertionEnd } from "./insertions.ts";
import { DESCRIPTION_PARTICIPLES, GENERIC_PERSON_TITLES, PERSON_PRONOUNS } from "./lexicon/coreference.ts";
import type { Antecedent, DocState, Mention, Sentence, Token } from "./types.ts";
import { WORDS, isCapitalised, isRankToken, isTitleWord } from "./words.ts";
import { HAS_LETTER } from "./letters.ts";
import { fits, MILITARY_RANK_WORDS, mayHold, normTitleWord, type Title, titlesOf } from "./title-fit.ts";
import { wordsOf } from "./stage-words.ts";

const PRONOUNS = new Set(PERSON_PRONOUNS);
const PARTICIPLES = new Set(DESCRIPTION_PARTICIPLES);
const GENERIC_TITLES = new Set(GENERIC_PERSON_TITLES);

/**
 * A person introduced with a title, where, and with the country that title named (if any); for a
 * title with a complement ("the head of the military regime, Captain X"), the complement's words.
 */
interface Holder {
  person: Mention;
  title: Title;
  country: string | undefined;
  complement?: string;
}

/** Prepositions that open a title's complement ("ambassador to Lebanon", "head of the regime"). */
const COMPLEMENT_PREPOSITIONS = new Set(["of", "to"]);
/** Tokens a title's complement may span. */
const COMPLEMENT_REACH = 6;

/**
 * The words of a complement [from, to) that tell it apart: lower-case words, and named countries,
 * not articles, punctuation or a demonym ("the Burkinabe military regime" = "the military regime").
 */
function complementKey(tokens: Token[], list: Mention[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const country = list.find((x) => x.type === "Country" && x.first <= k && x.last > k);
    if (country) {
      if (country.kind !== "demonym" && country.first === k) words.push(country.name);
      continue;
    }
    const w = (tokens[k] as Token).lower;
    if (w !== "the" && w !== "a" && HAS_LETTER.test(w)) words.push(w);
  }
  return [...new Set(words)].sort().join(" ");
}

/**
 * Where a title run [first, end) opens a description: after "the", or after a country ("the U.S.
 * ambassador", "Burkina Faso's head"); the country it names, if any. Null when nothing opens it.
 */
function titleOpener(
  tokens: Token[],
  list: Mention[],
  first: number,
): { country: Mention | undefined } | null {
  if (tokens[first - 1]?.lower === "the") return { country: undefined };
  const possessive = tokens[first - 1]?.key === "'s" ? 1 : 0;
  const country = list.find((x) => x.type === "Country" && x.last === first - possessive);
  if (!country) return null;
  if (possessive === 1 || country.first === 0 || tokens[country.first - 1]?.lower === "the")
    return { country };
  return null;
}

/** Tags that end a complement after a title ("head of the regime, Captain X"). */
const COMPLEMENT_BREAK_TAGS = /^(?:VERB|AUX|PUNCT|CCONJ|PRON)$/u;

/**
 * "the U.S. ambassador to Lebanon Elizabeth Richard", "the head of the military regime, Captain
 * Ibrahim Traoré": a title with a complement of a few words (no verb, comma, "and" or other person)
 * right before the name, past a comma and rank words.
 */
function complementHolder(tokens: Token[], list: Mention[], m: Mention): Holder | null {
  let k = m.first;
  while (k > 0 && isRankToken(tokens[k - 1] as Token)) k--;
  if (tokens[k - 1]?.text === ",") k--;
  for (let p = k - 1; p >= 1 && k - p <= COMPLEMENT_REACH; p--) {
    const w = tokens[p] as Token;
    if (COMPLEMENT_BREAK_TAGS.test(w.pos) && w.text !== ".") return null;
    if (list.some((x) => x.type === "Person" && x.first <= p && x.last > p)) return null;
    if (
      !COMPLEMENT_PREPOSITIONS.has(w.lower) ||
      !WORDS.titleHeads.has(normTitleWord((tokens[p - 1] as Token).lower))
    )
      continue;
    let first = p - 1;
    while (first > 0 && isTitleWord((tokens[first - 1] as Token).lower)) first--;
    const titles = titlesOf(tokens, first, p);
    const title = titles[titles.length - 1];
    if (!title) return null;
    const opener = titleOpener(tokens, list, first);
    if (!opener) {
      // "held talks with Defence Minister of Angola X": with no article, a complement that is only
      // a country still names the holder's country.
      const office = p + 1 < k ? countryComplement(tokens, list, p + 1, k) : null;
      if (office)
        return {
          person: m,
          title: { head: title.head, modifiers: [...title.modifiers, ...office.modifiers] },
          country: office.country,
        };
      // "Chief of Army Staff General Prabhuram Sharma held …": a capitalised title with its
      // complement right before the name (past military ranks), no article, holds the title with
      // that complement ("The Chief of Army Staff also held talks …" is that person).
      let last = m.first;
      while (last > p + 1 && MILITARY_RANK_WORDS.has((tokens[last - 1] as Token).lower.replace(/\.$/u, "")))
        last--;
      const complement =
        p + 1 < last && isCapitalised((tokens[p - 1] as Token).text)
          ? complementKey(tokens, list, p + 1, last)
          : "";
      return complement === "" ? null : { person: m, title, country: undefined, complement };
    }
    if (p + 1 === k) return titleWordComplement(tokens, list, m, p, opener.country, title);
    const complement = complementKey(tokens, list, p + 1, k);
    if (complement === "") return null;
    // "the Defence Minister of Iran, X": a complement that is only a country is the holder's country.
    const only = list.find((x) => x.type === "Country" && x.kind !== "demonym" && x.name === complement);
    return { person: m, title, country: opener.country?.name ?? only?.name, complement };
  }
  return null;
}

/**
 * A title's complement [from, to) that names only its country, after the portfolio's words if any
 * ("Angola", "Defence of Angola"): the country (not a demonym) and the portfolio's words; or null.
 */
function countryComplement(
  tokens: Token[],
  list: Mention[],
  from: number,
  to: number,
): { country: string; modifiers: string[] } | null {
  let k = from;
  while (k < to && WORDS.titleModifiers.has(normTitleWord((tokens[k] as Token).lower))) k++;
  if (k > from) {
    if (tokens[k]?.lower !== "of") return null;
    k++;
  }
  const country = list.find(
    (x) => x.type === "Country" && x.kind !== "demonym" && x.first === k && x.last === to,
  );
  if (!country) return null;
  const modifiers = tokens.slice(from, k === from ? from : k - 1).map((t) => normTitleWord(t.lower));
  return { country: country.name, modifiers };
}

/**
 * "Lao Minister of National Defence X", "the Minister of Foreign Affairs X": a complement of title
 * modifiers (read as ranks before the name) names the office, as "the National Defence Minister"
 * would: its words join the title's modifiers, so that "the minister" and "the defence minister"
 * both fit. The modifiers run from after the preposition at `p` to the first other word (a rank
 * such as "General", or the name).
 */
function titleWordComplement(
  tokens: Token[],
  list: Mention[],
  m: Mention,
  p: number,
  country: Mention | undefined,
  title: Title,
): Holder | null {
  let end = p + 1;
  while (end < m.first) {
    const w = normTitleWord((tokens[end] as Token).lower);
    if (!WORDS.titleModifiers.has(w) || WORDS.titleHeads.has(w)) break;
    end++;
  }
  if (end === p + 1) return null;
  const words = tokens.slice(p + 1, end).map((t) => normTitleWord(t.lower));
  return {
    person: m,
    title: { head: title.head, modifiers: [...title.modifiers, ...words] },
    country: country?.name,
    complement: complementKey(tokens, list, p + 1, end),
  };
}

/**
 * "X and his Chinese counterpart General Y", "X's Chinese counterpart Y": Y serves that country
 * and X does not. The owner is a possessive name, or the nearest name before a possessive pronoun
 * in the same sentence.
 */
interface CounterpartLink {
  owner: string;
  person: Mention;
  country: string | undefined;
}

function counterpartLinks(state: DocState): CounterpartLink[] {
  const out: CounterpartLink[] = [];
  // Nouns of the person who holds a possessor's titles for another country ("his Chinese counterpart"; the lexicon's counterpartNouns).
  const counterparts = wordsOf(state).counterpartNouns;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    // The closures that read a position live in counterpartLinkAt, called at "counterpart" only: a
    // loop variable a closure captures costs an allocation on every token.
    for (let k = 1; k < tokens.length; k++) {
      if (!counterparts.has((tokens[k] as Token).lower)) continue;
      const link = counterpartLinkAt(tokens, list, k);
      if (link) out.push(link);
    }
  }
  return out;
}

/**
 * Of `persons`, the one that ends last (the first of those that end there), else undefined; an
 * empty list is not read at [0], which throws optimised code away.
 */
function nearestFirst(persons: Mention[]): Mention | undefined {
  return persons.length === 0 ? undefined : persons.sort((a, b) => b.last - a.last)[0];
}

/** The counterpart link of the word "counterpart" at `k`, or null. */
function counterpartLinkAt(tokens: Token[], list: Mention[], k: number): CounterpartLink | null {
  let n = k + 1;
  if (tokens[n]?.text === ",") n++;
  while (n < tokens.length && (isRankToken(tokens[n] as Token) || isTitleWord((tokens[n] as Token).lower)))
    n++;
  const person = list.find((x) => x.type === "Person" && x.kind !== "pronoun" && x.first === n);
  if (!person) return null;
  const country = list.find((x) => x.type === "Country" && x.last === k);
  let p = (country?.first ?? k) - 1;
  // Not read before the first token (tokens[-1]): that throws optimised code away.
  const before = p >= 0 ? tokens[p] : undefined;
  const pronoun = PRONOUNS.has(before?.lower ?? "");
  if (!pronoun && before?.key === "'s") p--;
  const owner = pronoun
    ? nearestFirst(list.filter((x) => x.type === "Person" && x.kind !== "pronoun" && x.last <= p))
    : list.find((x) => x.type === "Person" && x.kind !== "pronoun" && x.last === p + 1);
  return owner && owner.name !== person.name ? { owner: owner.name, person, country: country?.name } : null;
}

/**
 * Every person the document introduces with titles before the name ("Danish Defence Minister
 * X"), and every named counterpart, who holds the owner's titles for the counterpart's country
 * ("Defence Minister X and her Chinese counterpart General Y": Y is the Chinese defence minister).
 */
function holdersOf(state: DocState): Holder[] {
  const out = titledHolders(state);
  for (const link of counterpartLinks(state))
    for (const h of out.filter((x) => x.person.name === link.owner && x.complement === undefined))
      out.push({ person: link.person, title: h.title, country: link.country });
  return out;
}

/** Every person the document introduces with titles before the name ("Danish Defence Minister X"). */
function titledHolders(state: DocState): Holder[] {
  const out: Holder[] = [];
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (const m of list) {
      if (m.type !== "Person" || m.kind === "pronoun" || m.kind === "role") continue;
      const withComplement = complementHolder(tokens, list, m);
      if (withComplement) out.push(withComplement);
      const appositive = appositiveHolder(tokens, list, m);
      if (appositive) out.push(appositive);
      let k = m.first;
      while (k > 0 && isTitleWord((tokens[k - 1] as Token).lower)) k--;
      // "Defense Minister Sheikh Nasser": past one honorific before the name, where titles joined
      // by "and" stand before it (an honorific alone is read as before: no title).
      let end = m.first;
      if (k === m.first && k > 1 && WORDS.honorifics.has((tokens[k - 1] as Token).lower)) {
        let h = k - 1;
        while (h > 0 && isTitleWord((tokens[h - 1] as Token).lower)) h--;
        if (h < k - 1 && coordinatedTitlesStart(tokens, list, h) < h) {
          k = h;
          end = m.first - 1;
        }
      }
      if (k === m.first) {
        // "TASS First Deputy Director General, Mikhail Gusman": titles set off by a comma before the
        // name are the person's too, for telling whose titles do not fit a description.
        const titles = commaTitles(tokens, list, m);
        for (const title of titles) out.push({ person: m, title, country: undefined });
        continue;
      }
      // "Kuwait's First Deputy Prime Minister and Defense Minister Sheikh X": titles joined by "and"
      // before the name are all X's, and the country before the first is X's.
      const from = coordinatedTitlesStart(tokens, list, k);
      const country = list.find(
        (x) => x.type === "Country" && x.last === from - (tokens[from - 1]?.key === "'s" ? 1 : 0),
      );
      const titles =
        from < k ? [...titlesOf(tokens, from, k - 1), ...titlesOf(tokens, k, end)] : titlesOf(tokens, k, end);
      for (const title of titles) out.push({ person: m, title, country: country?.name });
    }
  }
  return out;
}

/**
 * Where the titles before a name start when an earlier title run ending in a head joins them by
 * "and" ("First Deputy Prime Minister and [Defense Minister X]"), no mention in it; else `k`.
 */
function coordinatedTitlesStart(tokens: Token[], list: Mention[], k: number): number {
  if (tokens[k - 1]?.lower !== "and") return k;
  let from = k - 1;
  while (from > 0 && isTitleWord((tokens[from - 1] as Token).lower)) from--;
  if (from === k - 1 || !WORDS.titleHeads.has(normTitleWord((tokens[k - 2] as Token).lower))) return k;
  return list.some((x) => x.first < k - 1 && x.last > from) ? k : from;
}

/**
 * The titles of a run of title words closed by a comma right before the name ("Director General,
 * X"), opened by a capitalised word after a body's name or the sentence's start; none when a
 * person or verb stands in it.
 */
function commaTitles(tokens: Token[], list: Mention[], m: Mention): Title[] {
  if (tokens[m.first - 1]?.text !== ",") return [];
  const end = m.first - 1;
  let k = end;
  while (k > 0 && isTitleWord((tokens[k - 1] as Token).lower) && isCapitalised((tokens[k - 1] as Token).text))
    k--;
  if (k === end || list.some((x) => x.type === "Person" && x.last > k && x.first < end)) return [];
  return titlesOf(tokens, k, end);
}

/** Words that may close a title set off after a name ("X, Peru's defence minister, said"). */
const APPOSITIVE_CLOSERS = /^[,.;:]$/u;

/**
 * "Walter Astudillo, Peru's defence minister, said …", "X, the Peruvian defence minister, …": a
 * title set off by a comma after the name, opened by "the" or a country (possessive or demonym)
 * and closed by punctuation, makes the person a holder of that one title. Null otherwise.
 */
function appositiveHolder(tokens: Token[], list: Mention[], m: Mention): Holder | null {
  if (tokens[m.last]?.text !== ",") return null;
  let k = m.last + 1;
  const article = tokens[k]?.lower === "the";
  if (article) k++;
  const country = list.find((x) => x.type === "Country" && x.first === k);
  if (country) k = country.last + (tokens[country.last]?.key === "'s" ? 1 : 0);
  if (!article && !country)
    return ofCountryAppositive(tokens, list, m, k) ?? ofBodyAppositive(tokens, list, m, k);
  const end = titleWordsEnd(tokens, k);
  if (end === k || !APPOSITIVE_CLOSERS.test(tokens[end]?.text ?? ".")) return null;
  if (list.some((x) => x.first < end && x.last > k)) return null;
  const titles = titlesOf(tokens, k, end);
  if (titles.length !== 1 || !WORDS.titleHeads.has(normTitleWord((tokens[end - 1] as Token).lower)))
    return null;
  return { person: m, title: titles[0] as Title, country: country?.name };
}

/**
 * "Piet Jansen, Minister of Defence of Norway, said …": a title set off after the name whose
 * complement is only a country, closed by punctuation, makes the person a holder of that title for
 * that country. Null otherwise.
 */
function ofCountryAppositive(tokens: Token[], list: Mention[], m: Mention, k: number): Holder | null {
  const end = titleWordsEnd(tokens, k);
  if (end === k || tokens[end]?.lower !== "of") return null;
  const title = titlesOf(tokens, k, end).pop();
  // "Minister of Defence of Norway,": the complement up to the closing punctuation.
  let close = end + 1;
  while (close < tokens.length && !APPOSITIVE_CLOSERS.test((tokens[close] as Token).text)) close++;
  const office = title ? countryComplement(tokens, list, end + 1, close) : null;
  if (!title || !office) return null;
  return {
    person: m,
    title: { head: title.head, modifiers: [...title.modifiers, ...office.modifiers] },
    country: office.country,
  };
}

/**
 * "General X, Commander of the US Central Command, arrived …", "Admiral Y, Chief of the Turkish
 * Navy,": a title set off after the name whose complement names a body, closed by punctuation
 * within a few words, makes the person a holder of that title with that complement, so that "the
 * Commander of the US Central Command" told later stands for X. Null otherwise.
 */
function ofBodyAppositive(tokens: Token[], list: Mention[], m: Mention, k: number): Holder | null {
  const end = titleWordsEnd(tokens, k);
  if (end === k || tokens[end]?.lower !== "of") return null;
  const title = titlesOf(tokens, k, end).pop();
  if (!title || !WORDS.titleHeads.has(normTitleWord((tokens[end - 1] as Token).lower))) return null;
  let close = end + 1;
  while (
    close < tokens.length &&
    close - end <= COMPLEMENT_REACH &&
    !APPOSITIVE_CLOSERS.test((tokens[close] as Token).text)
  )
    close++;
  if (!APPOSITIVE_CLOSERS.test(tokens[close]?.text ?? "")) return null;
  const inside = list.filter((x) => x.first > end && x.last <= close);
  if (!inside.some((x) => x.type === "Organization") || inside.some((x) => x.type === "Person")) return null;
  const complement = complementKey(tokens, list, end + 1, close);
  return complement === "" ? null : { person: m, title, country: undefined, complement };
}

/** A description found in a sentence: its tokens, title and the country it names. */
interface Description {
  first: number;
  last: number;
  title: Title;
  country: Mention | undefined;
  complement?: string;
  /** A demonym inside the complement ("the head of the Burkinabe regime"): the holder must fit it. */
  complementCountry?: string;
}

/** One past the title words (no verb) from `k`. */
function titleWordsEnd(tokens: Token[], k: number): number {
  let end = k;
  while (
    end < tokens.length &&
    isTitleWord((tokens[end] as Token).lower) &&
    (tokens[end] as Token).pos !== "VERB"
  )
    end++;
  return end;
}

/** The title run from `k`: [k, end) when it ends in a head and no name, "of" or other noun follows; else -1. */
function titleRunEnd(tokens: Token[], list: Mention[], k: number): number {
  const end = titleWordsEnd(tokens, k);
  if (end === k || !WORDS.titleHeads.has(normTitleWord((tokens[end - 1] as Token).lower))) return -1;
  if (list.some((x) => x.first < end && x.last > k)) return -1;
  // Not read past the end: that throws optimised code away.
  const next = end < tokens.length ? tokens[end] : undefined;
  if (next && (isCapitalised(next.text) || next.lower === "of" || next.key === "'s" || next.pos === "NOUN"))
    return -1;
  return end;
}

/**
 * True when title words from `k` (past ranks) run into a person's name, or into one capitalised
 * honorific before it ("Defense Minister Sheikh Nasser Sabah"). Read here by descriptionsOf and by
 * 4b-coreference.ts titleAfterOwner.
 */
export function runsIntoName(tokens: Token[], list: Mention[], k: number): boolean {
  let end = k;
  while (
    end < tokens.length &&
    (isTitleWord((tokens[end] as Token).lower) || isRankToken(tokens[end] as Token))
  )
    end++;
  if (end === k) return false;
  const name = (at: number): boolean =>
    list.some((x) => x.type === "Person" && x.kind !== "pronoun" && x.first <= at && x.last > at);
  return name(end) || (isCapitalised(tokens[end]?.text ?? "") && name(end + 1));
}

/**
 * "the [Chinese|US] [defence] minister" and "Argentina's president and defense minister": the
 * definite descriptions of a sentence with a title head, not followed by a name.
 */
function descriptionsOf(sentence: Sentence, list: Mention[]): Description[] {
  const tokens = sentence.tokens;
  const out: Description[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    let country: Mention | undefined;
    let k: number;
    if (t.lower === "the") {
      // "the visiting (Chinese) minister": the participle stands outside the title.
      const p = PARTICIPLES.has(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
      country = list.find((x) => x.first === p && x.type === "Country");
      k = country ? country.last : p;
      if (country && tokens[k]?.key === "'s") continue;
    } else {
      country = namedCountryAt(list, i);
      if (!country || tokens[country.last]?.key !== "'s") continue;
      k = country.last + 1;
    }
    let start = i;
    const chain = out.length;
    for (;;) {
      const end = titleRunEnd(tokens, list, k);
      const titles = end < 0 ? [] : titlesOf(tokens, k, end);
      if (titles.length !== 1) {
        // "Kuwait's First Deputy Prime Minister and Defense Minister Sheikh X": a run joined by
        // "and" to titles that run into a name is that person's title, no description.
        if (out.length > chain && runsIntoName(tokens, list, k)) out.length = chain;
        break;
      }
      out.push({ first: start, last: end, title: titles[0] as Title, country });
      // (Not read past the end: that throws optimised code away.)
      if (end >= tokens.length || tokens[end]?.lower !== "and") break;
      // "the Chinese State Councilor and Defense Minister Chang Wanquan": titles joined to a
      // title that runs into a name are that person's, no description.
      if (runsIntoName(tokens, list, end + 1)) {
        out.length = chain;
        break;
      }
      // "Argentina's president and defense minister": the possessor is shared.
      if (!country || t.lower === "the") break;
      start = end + 1;
      k = end + 1;
    }
    if (out.length > 0 && (out[out.length - 1] as Description).first >= i)
      i = (out[out.length - 1] as Description).last - 1;
  }
  return out;
}

/**
 * "The head of the Burkinabe military regime thanked …": a definite title with a complement as a
 * verb's subject (the complement runs up to the verb), to match a holder introduced with the same
 * complement.
 */
function complementDescriptionsOf(sentence: Sentence, list: Mention[]): Description[] {
  const tokens = sentence.tokens;
  const out: Description[] = [];
  // complementDescriptionAt holds the closures that read a position (see counterpartLinks).
  for (let i = 0; i + 3 < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== "the") continue;
    const d = complementDescriptionAt(tokens, list, i);
    if (!d) continue;
    out.push(d);
    i = d.last - 1;
  }
  return out;
}

/** Tags that end a described subject's complement before its verb. */
const SUBJECT_COMPLEMENT_BREAK_TAGS = /^(?:VERB|AUX|PUNCT|CCONJ|PRON|ADP)$/u;

/** The description with a complement opened by "the" at `i` (see complementDescriptionsOf), or null. */
function complementDescriptionAt(tokens: Token[], list: Mention[], i: number): Description | null {
  const country = list.find((x) => x.first === i + 1 && x.type === "Country" && x.kind === "demonym");
  const k = country ? country.last : i + 1;
  const end = titleWordsEnd(tokens, k);
  if (end === k || !COMPLEMENT_PREPOSITIONS.has(tokens[end]?.lower ?? "")) return null;
  const titles = titlesOf(tokens, k, end);
  if (titles.length !== 1 || !WORDS.titleHeads.has(normTitleWord((tokens[end - 1] as Token).lower)))
    return null;
  let v = end + 1;
  while (
    v < tokens.length &&
    v - end <= COMPLEMENT_REACH &&
    // ("the Commander of the US Central Command met": a body's name goes on whatever its tags.)
    (!SUBJECT_COMPLEMENT_BREAK_TAGS.test((tokens[v] as Token).pos) ||
      list.some((x) => x.type !== "Person" && x.first < v && x.last > v) ||
      list.some((x) => x.type === "Organization" && x.first === v)) &&
    !list.some((x) => x.type === "Person" && x.first <= v && x.last > v)
  )
    v++;
  // "the head of the X regime (who …) thanked": past an insertion before the verb; "The Chief of
  // Army Staff also held …": past adverbs, which are no part of the complement.
  let c = v;
  while (c > end + 1 && tokens[c - 1]?.pos === "ADV") c--;
  const verb = insertionEnd(tokens, v);
  if (c < v && tokens[verb]?.pos === "VERB") v = c;
  if (tokens[verb]?.pos !== "VERB" || v === end + 1) return null;
  const complement = complementKey(tokens, list, end + 1, v);
  if (complement === "") return null;
  const demonym = list.find(
    (x) => x.type === "Country" && x.kind === "demonym" && x.first > end && x.first < v,
  );
  return {
    first: i,
    last: v,
    title: titles[0] as Title,
    country,
    complement,
    complementCountry: demonym?.name,
  };
}

/** The first country named (not by a demonym) from token `i`; a loop, not a closure over `i` (see counterpartLinks). */
function namedCountryAt(list: Mention[], i: number): Mention | undefined {
  for (const x of list) if (x.first === i && x.type === "Country" && x.kind !== "demonym") return x;
  return undefined;
}

/**
 * "During his meeting with the Japanese Defence Minister", "He said the trip came at the invitation
 * of the French foreign minister": a description at `at` after a preposition, in a sentence where
 * a person's pronoun stands before it, is the other party, not someone told before.
 */
export function otherParty(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.pos !== "ADP") return false;
  return tokens.slice(0, at - 1).some((t) => PRONOUNS.has(t.lower));
}

/** The position of a mention, for "introduced before". */
const before = (a: Mention, sentence: number, token: number): boolean =>
  a.sentence < sentence || (a.sentence === sentence && a.last <= token);

/**
 * Resolves the definite titles of every sentence to their earlier holders, pushes the mentions
 * (kind `role`) and, for a description naming a country, the person's affiliated_with fact.
 * `countries` is what the document says each person serves.
 */
export function resolveTitleHolders(
  state: DocState,
  countries: Map<string, Set<string>>,
  antecedentOf: (m: Mention) => Antecedent,
): void {
  const holders = holdersOf(state);
  if (holders.length === 0) return;
  const leading = firstCountry(state);
  // "X and her Chinese counterpart Y": X is not the Chinese minister.
  const links = counterpartLinks(state);
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const named = new Set(
      list.filter((x) => x.type === "Person" && x.kind !== "pronoun" && x.kind !== "role").map((x) => x.name),
    );
    for (const d of [...descriptionsOf(sentence, list), ...complementDescriptionsOf(sentence, list)]) {
      if (otherParty(sentence.tokens, d.first)) continue;
      const country = d.country?.name;
      let candidates = holders.filter((h) => {
        if (!fits(d.title, h.title)) return false;
        if (d.complement !== undefined && d.complement !== h.complement) return false;
        // "the head of the Ugandan army": only someone the document ties to Uganda, or, with no
        // known country, someone introduced in an article that opens on Uganda.
        if (d.complementCountry !== undefined) {
          const served = holderCountry(h, countries) ?? (countries.get(h.person.name) ? null : leading);
          if (served !== d.complementCountry) return false;
        }
        // "the minister" refers back; "Argentina's president" may name someone introduced later.
        if (country === undefined) return before(h.person, sentence.index, d.first);
        if (links.some((l) => l.owner === h.person.name && l.country === country)) return false;
        const known = countries.get(h.person.name);
        return (h.country ?? country) === country && (!known || known.has(country));
      });
      // "Defence Minister X held talks with Defence Minister of Angola Y. … the Angolan defence
      // minister": a holder the document ties to the description's country is the one meant, not
      // one whose country it never says.
      if (country !== undefined) {
        const sure = candidates.filter((h) => holderCountry(h, countries) === country);
        if (sure.length > 0) candidates = sure;
      }
      const names = new Set(candidates.map((h) => h.person.name));
      // A holder the sentence names is either someone else ("X told the Sri Lankan foreign
      // minister" is not X) or the description's own appositive ("Mongolia's Defence Minister, Mr
      // Y"): either way the description is not resolved here.
      if (names.size !== 1 || [...names].some((n) => named.has(n))) continue;
      const holder = candidates[0] as Holder;
      const m = makeMention(
        sentence,
        d.first,
        d.last,
        holder.person.name,
        "Person",
        "role",
        "title-reference",
      );
      m.antecedent = antecedentOf(holder.person);
      list.push(m);
      // "the head of the Burkinabe military regime": the demonym of the complement ties the holder too.
      const tied = country ?? d.complementCountry;
      if (tied === undefined) continue;
      state.facts.push({
        source: holder.person.name,
        relation: "affiliated_with",
        target: tied,
        sentence: sentence.index,
        trigger: m.text,
        rule: "coref-title-holder",
        modality: "asserted",
        resolved: [{ text: m.text, name: m.name, antecedent: m.antecedent }],
      });
    }
  }
}

/** The country a document names first, or undefined. */
function firstCountry(state: DocState): string | undefined {
  for (const list of state.mentions) {
    const countries = (list ?? []).filter((x) => x.type === "Country");
    if (countries.length > 0) return countries.reduce((a, b) => (b.first < a.first ? b : a)).name;
  }
  return undefined;
}

/** The country a holder serves: the one its title named, else the only one the document gives it. */
function holderCountry(h: Holder, countries: Map<string, Set<string>>): string | undefined {
  if (h.country !== undefined) return h.country;
  const known = countries.get(h.person.name);
  return known?.size === 1 ? [...known][0] : undefined;
}

/**
 * "his Ukrainian counterpart", "Lavrov's Chinese counterpart": the person whose title the
 * possessor holds, for the country named. The only holder of a fitting title known to serve that
 * country (not the possessor); none or several leave it unresolved. Runs after the pronouns.
 */
export function resolveCounterparts(
  state: DocState,
  countries: Map<string, Set<string>>,
  antecedentOf: (m: Mention) => Antecedent,
): void {
  let holders: Holder[] | null = null;
  const counterparts = wordsOf(state).counterpartNouns;
  const holdersOnce = (): Holder[] => (holders ??= holdersOf(state));
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    // counterpartAt holds the closures that read a position (see counterpartLinks).
    for (let k = 2; k < tokens.length; k++) {
      if (!counterparts.has((tokens[k] as Token).lower)) continue;
      const m = counterpartAt(sentence, list, k, countries, holdersOnce, antecedentOf);
      if (m) list.push(m);
    }
  }
}

/** The mention "his Ukrainian counterpart" stands for, at the word "counterpart" at `k`, or null. */
function counterpartAt(
  sentence: Sentence,
  list: Mention[],
  k: number,
  countries: Map<string, Set<string>>,
  holdersOnce: () => Holder[],
  antecedentOf: (m: Mention) => Antecedent,
): Mention | null {
  const tokens = sentence.tokens;
  const next = tokens[k + 1];
  if (next && (isCapitalised(next.text) || next.text === ",")) return null;
  const country = list.find((x) => x.type === "Country" && x.last === k);
  if (!country) return null;
  let p = country.first - 1;
  if (tokens[p]?.key === "'s") p--;
  const owner = list.find((x) => x.type === "Person" && x.last === p + 1);
  if (!owner) return null;
  const holders = holdersOnce();
  const own = holders.filter((h) => h.person.name === owner.name).map((h) => h.title);
  const candidates = holders.filter(
    (h) =>
      h.person.name !== owner.name &&
      holderCountry(h, countries) === country.name &&
      own.some((t) => fits(t, h.title) || fits(h.title, t)),
  );
  if (new Set(candidates.map((h) => h.person.name)).size !== 1) return null;
  const holder = candidates[0] as Holder;
  const m = makeMention(sentence, owner.first, k + 1, holder.person.name, "Person", "role", "counterpart");
  m.antecedent = antecedentOf(holder.person);
  return m;
}

/**
 * For title words ("defence minister"): the people the document introduced with a title that fits
 * them ("Australian Defence Minister X", "Defence Minister Y"), and the people it introduced with
 * titles of which none fits ("External Affairs Minister Z"). The document's holders are read once,
 * on the first call.
 */
export function titleHolders(
  state: DocState,
): (words: string[]) => { fitting: Set<string>; other: Set<string> } {
  let holders: Holder[] | null = null;
  return (words) => {
    holders ??= holdersOf(state);
    const fitting = new Set<string>();
    const titled = new Set<string>();
    const head = words[words.length - 1];
    if (head === undefined || !WORDS.titleHeads.has(normTitleWord(head))) return { fitting, other: titled };
    const title: Title = { head: normTitleWord(head), modifiers: words.slice(0, -1).map(normTitleWord) };
    for (const h of holders) {
      titled.add(h.person.name);
      if (fits(title, h.title)) fitting.add(h.person.name);
    }
    return { fitting, other: new Set([...titled].filter((n) => !fitting.has(n))) };
  };
}

/**
 * A test of whether the document introduced a person with titles before the name and none of
 * them fits the title of tokens [from, to): "External Affairs Minister X" is not "the Chinese
 * foreign minister". A person introduced with no title, a run that is not one title, or a title
 * whose head fits anyone ("the Senegalese military leader" for an inspector general) gives
 * false. The document's holders are read once, on the first call.
 */
export function titleMismatch(
  state: DocState,
): (person: string, tokens: Token[], from: number, to: number) => boolean {
  const fit = titleFit(state);
  return (person, tokens, from, to) => fit(person, tokens, from, to) === "mismatch";
}

/**
 * A test of how the titles the document introduced a person with meet the title of tokens [from,
 * to): "fits" (one of them fits, or the person has only ranks and the title is a military office:
 * "General X" for "the Nigerian army chief"), "mismatch" (none fits: "External Affairs Minister X"
 * is not "the Chinese foreign minister"), or "unknown" (the person has no title, the run is not one
 * title, or its head fits anyone: "the Senegalese military leader").
 */
export function titleFit(
  state: DocState,
): (person: string, tokens: Token[], from: number, to: number) => "fits" | "mismatch" | "unknown" {
  let holders: Holder[] | null = null;
  return (person, tokens, from, to) => {
    // "the Polish foreign minister then": the title ends at its last head.
    while (to > from && !WORDS.titleHeads.has(normTitleWord((tokens[to - 1] as Token).lower))) to--;
    const titles = titlesOf(tokens, from, to);
    const title = titles[0];
    if (!title || titles.length !== 1 || GENERIC_TITLES.has([...title.modifiers, title.head].join(" ")))
      return "unknown";
    holders ??= holdersOf(state);
    const own = holders.filter((h) => h.person.name === person).map((h) => h.title);
    if (own.length === 0) return "unknown";
    return mayHold(title, own) ? "fits" : "mismatch";
  };
}

/**
 * "The defence ministers of Uzbekistan and Russia signed …", the ministers named in other
 * sentences: of the document's holders of the title (`words`, singular), and of the possessors of
 * a counterpart who holds it ("Y invited his Uzbek counterpart, X": Y holds X's title), those not
 * tied to another country than `wanted`; the two names when there are exactly two, each for a
 * different country when both are known, else null.
 */
export function countryGroupHolders(
  state: DocState,
  countries: Map<string, Set<string>>,
): (words: string[], wanted: string[]) => [string, string] | null {
  let holders: Holder[] | null = null;
  return (words, wanted) => {
    if (!holders) {
      holders = holdersOf(state);
      const links = counterpartLinks(state);
      for (const link of links)
        for (const h of holders.filter(
          (x) => x.person.name === link.person.name && x.complement === undefined,
        ))
          if (!holders.some((x) => x.person.name === link.owner && x.title === h.title))
            holders.push({
              person: { ...link.person, name: link.owner },
              title: h.title,
              country: undefined,
            });
    }
    const head = words[words.length - 1];
    if (head === undefined) return null;
    const title: Title = { head: normTitleWord(head), modifiers: words.slice(0, -1).map(normTitleWord) };
    const served = new Map<string, string | undefined>();
    for (const h of holders) {
      if (!fits(title, h.title)) continue;
      const country = holderCountry(h, countries);
      if (country !== undefined && !wanted.includes(country)) return null;
      if (!served.has(h.person.name) || country !== undefined) served.set(h.person.name, country);
    }
    if (served.size !== 2) return null;
    const [[a, ca], [b, cb]] = [...served.entries()] as [
      [string, string | undefined],
      [string, string | undefined],
    ];
    if (ca !== undefined && ca === cb) return null;
    return [a, b];
  };
}
