/**
 * Stage 5d, offices and the bodies of those offices: a person titled minister of a portfolio
 * ("Tunisian Defence Minister X", "Guatemala's Minister of Defense, General X", "X, Minister of
 * Defence of Lithuania,", "First Deputy Minister of Defense – Chief of …, General X") serves the
 * ministry of that portfolio that the document names ("the Tunisian Ministry of Defence",
 * "Azerbaijan's Defense Ministry"); an ambassador, high commissioner or consul serves his country's
 * embassy, high commission or consulate that the document names. Precision first: the holder and
 * the body must not belong to different countries; a mission's holder and body must both have a
 * known country; a minister or ministry of unknown country needs the document to name only one
 * holder of the portfolio and only one such ministry.
 */
import {
  MISSION_OFFICES,
  PAST_TITLE_MARKS,
  PEER_NOUNS,
  PORTFOLIO_FILLERS,
  PORTFOLIO_SPELLINGS,
} from "./lexicon/titles.ts";
import { titleOfPreviousName } from "./title-apposition.ts";
import type { DocState, Fact, Mention, Stage, Token } from "./types.ts";
import { SPACES, WORDS, isCapitalised, isRankToken, isTitleWord } from "./words.ts";
import { lowerWordsAt } from "./word-runs.ts";
import { factKey, factKeySet } from "./relations/shared.ts";

const FILLERS = new Set(PORTFOLIO_FILLERS);
const PEERS = new Set(PEER_NOUNS);
const PAST = new Set(PAST_TITLE_MARKS);
/** Mission titles as word lists, with the body word list each heads ("high commissioner" → "high commission"). */
const MISSIONS = [...MISSION_OFFICES].map(([title, body]) => ({
  title: title.split(" "),
  body: body.split(" "),
}));

/** Family of a ministry's office: the body and title are matched by portfolio. */
const MINISTRY = "ministry";

/** Most tokens a title run spans on either side of a name ("First Deputy Minister of Defense – Chief of …"). */
const TITLE_RUN_REACH = 20;

/** Small words a title run holds ("Minister of Foreign Affairs and Trade", "Ambassador to the country"). */
const RUN_JOINERS = /^(?:of|and|&|the|for|to|in|at|\.)$/u;
/** Dashes and hyphens between two titles of one person ("Deputy Prime Minister-Minister of …"). */
const RUN_DASHES = /^[-–—]$/u;
/** Prepositions before a place a holder is posted to ("Ambassador to Cameroon", "High Commissioner in Colombo"). */
const POSTING = /^(?:to|in|at)$/u;

/** An office a title gives: the family of its body ("ministry", "embassy") and, for a ministry, the portfolio. */
interface Office {
  family: string;
  key: string;
  trigger: string;
}

/** A person's offices by the titles next to his name, with the countries those titles name. */
interface Holder {
  sentence: number;
  offices: Office[];
  own: Set<string>;
  posting: Set<string>;
}

/** A portfolio's key: its words lower-cased, fillers dropped, spellings made one ("National Defense" → "defence"). */
function portfolioKey(words: string[]): string {
  const key: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (!FILLERS.has(lower)) key.push(PORTFOLIO_SPELLINGS.get(lower) ?? lower);
  }
  return key.join(" ");
}

/** A ministry's portfolio key from its name ("Ministry of Defence of Ukraine", "Russian Defense Ministry"), else null. */
function ministryKey(name: string): string | null {
  const words = name.split(SPACES);
  const at = words.findIndex((w) => w.toLowerCase() === "ministry");
  if (at < 0) return null;
  if (words[at + 1]?.toLowerCase() === "of") {
    // "Ministry of Defence of Ukraine": the portfolio ends at a second "of".
    const rest = words.slice(at + 2);
    const end = rest.findIndex(
      (w, i) => i > 0 && w.toLowerCase() === "of" && isCapitalised(rest[i + 1] ?? ""),
    );
    return portfolioKey(end < 0 ? rest : rest.slice(0, end)) || null;
  }
  return at === words.length - 1 ? portfolioKey(words.slice(0, at)) || null : null;
}

/** The office family and key a body's name gives ("Indian High Commission" → "high commission"), else null. */
function bodyOffice(name: string): { family: string; key: string } | null {
  const key = ministryKey(name);
  if (key) return { family: MINISTRY, key };
  const words = name.toLowerCase().split(SPACES);
  for (const { body } of MISSIONS)
    if (words.some((_, i) => body.every((b, j) => words[i + j] === b)))
      return { family: body.join(" "), key: "" };
  return null;
}

/** True when a ministry's key names the person's portfolio ("russian defence" for "defence"). */
function keysMatch(ministry: string, person: string): boolean {
  return ministry === person || ministry.endsWith(` ${person}`);
}

/** For each token of a sentence, the first mention of its list that covers it, else undefined. */
type Cover = readonly (Mention | undefined)[];

/** The cover of a sentence of `n` tokens by its mentions `list`: where two overlap, the earlier in the list. */
function coverOf(list: readonly Mention[], n: number): Cover {
  const cover = new Array<Mention | undefined>(n).fill(undefined);
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i] as Mention;
    for (let k = m.first; k < m.last; k++) cover[k] = m;
  }
  return cover;
}

/** True when a token may stand in a title run: a title word, a capitalised word, a joiner, a dash or "'s". */
function inRun(t: Token): boolean {
  return (
    isTitleWord(t.lower) ||
    isCapitalised(t.text) ||
    RUN_JOINERS.test(t.lower) ||
    RUN_DASHES.test(t.text) ||
    t.key === "'s"
  );
}

/**
 * The title run before a person's name [from, to): ranks and titles, one comma before the ranks,
 * and the title words, capitalised words, joiners, dashes and named bodies before it, back to a
 * verb, other punctuation or another person. Null when it holds nothing.
 */
function runBefore(
  tokens: Token[],
  cover: Cover,
  p: Mention,
): { from: number; to: number; comma: boolean } | null {
  let s = p.first;
  while (s > 0 && !cover[s - 1] && isRankToken(tokens[s - 1] as Token)) s--;
  const comma = tokens[s - 1]?.text === ",";
  if (comma) s--;
  const stop = Math.max(0, p.first - TITLE_RUN_REACH);
  while (s > stop) {
    const m = cover[s - 1];
    if (m) {
      if (m.type === "Person") break;
      s = m.first;
      continue;
    }
    if (!inRun(tokens[s - 1] as Token)) break;
    s--;
  }
  // The run opens with a word of its own, not with a joiner ("and Minister of …" is the list's "and").
  while (s < p.first && !cover[s] && /^(?:and|&|to|in|at|\.|,)$/u.test((tokens[s] as Token).lower)) s++;
  return s < p.first ? { from: s, to: p.first, comma } : null;
}

/**
 * The title run set off after a person's name (", Minister of Defense of Lithuania,"), closed by
 * punctuation or the sentence's end; null when none. `next` tells whether another person's name
 * follows its closing comma (then the run may be that person's: "A, Head of X, B").
 */
function runAfter(
  tokens: Token[],
  cover: Cover,
  p: Mention,
): { from: number; to: number; next: boolean } | null {
  if (tokens[p.last]?.text !== ",") return null;
  const from = /^(?:a|an|the)$/u.test(tokens[p.last + 1]?.lower ?? "") ? p.last + 2 : p.last + 1;
  let e = from;
  while (e < tokens.length && e < from + TITLE_RUN_REACH) {
    const m = cover[e];
    if (m) {
      if (m.type === "Person") return null;
      e = m.last;
      continue;
    }
    if (!inRun(tokens[e] as Token)) break;
    e++;
  }
  if (e === from || (e < tokens.length && !/^[,.;)]$/u.test((tokens[e] as Token).text))) return null;
  let n = e + 1;
  while (n < tokens.length && !cover[n] && isRankToken(tokens[n] as Token)) n++;
  const following = cover[n];
  const next = tokens[e]?.text === "," && following?.first === n && following.type === "Person";
  return { from, to: e, next };
}

/** True when a run holds a title head. */
function hasHead(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => WORDS.titleHeads.has(t.lower));
}

/** The portfolio key of the last "minister" of a run [from, to): the words after "of", else before the head. */
function ministerKey(tokens: Token[], cover: Cover, from: number, to: number): string | null {
  let mi = -1;
  for (let k = to - 1; k >= from && mi < 0; k--) if ((tokens[k] as Token).lower === "minister") mi = k;
  if (mi < 0) return null;
  const words: string[] = [];
  // "Minister of Defence", "Minister for Foreign Affairs".
  if (/^(?:of|for)$/u.test(tokens[mi + 1]?.lower ?? "")) {
    for (let k = mi + 2; k < to; k++) {
      const t = tokens[k] as Token;
      if (cover[k] || WORDS.titleHeads.has(t.lower)) break;
      if (!isCapitalised(t.text) && !/^(?:and|&|for)$/u.test(t.lower)) break;
      // "Minister of Defence of Ukraine": the portfolio ends at a second "of".
      words.push(t.text);
    }
  } else {
    // "Tunisian Defence Minister": the words before the head, back to another head ("Deputy").
    for (let k = mi - 1; k >= from; k--) {
      const t = tokens[k] as Token;
      if (cover[k] || WORDS.titleHeads.has(t.lower) || !isCapitalised(t.text)) break;
      words.unshift(t.text);
    }
  }
  // An empty list (V8 gives it another kind of array than a list of words) has no key.
  return words.length > 0 ? portfolioKey(words) || null : null;
}

/** The offices a title run [from, to) names: a minister's portfolio, a mission's head. */
function officesIn(tokens: Token[], cover: Cover, from: number, to: number): Office[] {
  const out: Office[] = [];
  const key = ministerKey(tokens, cover, from, to);
  if (key) out.push({ family: MINISTRY, key, trigger: "minister" });
  for (const { title, body } of MISSIONS)
    for (let k = from; k + title.length <= to; k++)
      if (lowerWordsAt(tokens, k, title) && !cover[k]) {
        out.push({ family: body.join(" "), key: "", trigger: title.join(" ") });
        break;
      }
  return out;
}

/**
 * The countries a title run [from, to) names as the holder's ("Azerbaijan's Defense Minister",
 * "Minister of Defense of Lithuania", "Chief of the General Staff of the Azerbaijan Army"), and
 * those it names as his posting ("Ambassador to Cameroon", "High Commissioner in Colombo").
 */
function runCountries(tokens: Token[], list: Mention[], from: number, to: number, h: Holder): void {
  for (const m of list) {
    if (m.first < from || m.last > to || m.type === "Person") continue;
    const before = tokens[m.first - 1]?.lower ?? "";
    const posted =
      POSTING.test(before) || (before === "the" && POSTING.test(tokens[m.first - 2]?.lower ?? ""));
    // A place names only a posting ("High Commissioner in Colombo"), never the holder's country.
    const country = m.type === "Country" ? m.name : m.type !== "Location" || posted ? m.country : undefined;
    if (country) (posted ? h.posting : h.own).add(country);
  }
}

/** True when a run [from, to) holds a word that makes its titles past ones ("former", "ex-"). */
function pastRun(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => PAST.has(t.lower.replace(/-$/u, "")));
}

/** Every person's offices by the title runs next to his name, over the document's sentences. */
function holdersOf(state: DocState): Map<string, Holder> {
  const holders = new Map<string, Holder>();
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    const tokens = sentence.tokens;
    const list = (state.mentions[sentence.index] ?? []) as Mention[];
    let built: Cover | undefined;
    for (const p of list) {
      if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
      const cover = (built ??= coverOf(list, tokens.length));
      const runs: { from: number; to: number }[] = [];
      const before = runBefore(tokens, cover, p);
      const titledBefore = !!before && hasHead(tokens, before.from, before.to);
      // "A, Head of X, B": a title set off between two names is A's unless A's own title stood before A.
      const previousOwns =
        titledBefore &&
        before.comma &&
        titleOfPreviousName(
          tokens,
          before.from,
          (k) => cover[k],
          (prev) => titledRunBefore(tokens, cover, prev),
        );
      if (titledBefore && !previousOwns) runs.push(before);
      const after = runAfter(tokens, cover, p);
      if (after && hasHead(tokens, after.from, after.to) && !(after.next && titledBefore)) runs.push(after);
      for (const run of runs) {
        if (pastRun(tokens, run.from, run.to)) continue;
        const offices = officesIn(tokens, cover, run.from, run.to);
        if (offices.length === 0) continue;
        const h = holders.get(p.name) ?? {
          sentence: sentence.index,
          offices: [],
          own: new Set(),
          posting: new Set(),
        };
        for (const o of offices)
          if (!h.offices.some((x) => x.family === o.family && x.key === o.key)) h.offices.push(o);
        runCountries(tokens, list, run.from, run.to, h);
        holders.set(p.name, h);
      }
    }
  }
  return holders;
}

/** True when a person's name has a title run with a head right before it (past one comma and ranks). */
function titledRunBefore(tokens: Token[], cover: Cover, p: Mention): boolean {
  const run = runBefore(tokens, cover, p);
  return !!run && hasHead(tokens, run.from, run.to);
}

/**
 * True when a person other than `person` serves `body` (an asserted affiliated_with fact) whom the
 * document does not tie to any of `own`, the countries of `person`.
 */
function servedByOtherSide(
  facts: readonly Fact[],
  body: string,
  person: string,
  own: Set<string>,
  countries: Map<string, Set<string>>,
): boolean {
  return facts.some(
    (f) =>
      f.relation === "affiliated_with" &&
      f.modality === "asserted" &&
      f.target === body &&
      f.source !== person &&
      !share(own, countries.get(f.source) ?? new Set<string>()),
  );
}

/** The countries each actor of the document is tied to by an asserted affiliation or its mention. */
function countriesOf(state: DocState): Map<string, Set<string>> {
  const countries = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type === "Country") countries.add(m.name);
  const out = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (!countries.has(to)) return;
    const set = out.get(from) ?? new Set<string>();
    set.add(to);
    out.set(from, set);
  };
  for (const list of state.mentions) for (const m of list) if (m.country) add(m.name, m.country);
  for (const f of state.facts)
    if (f.relation === "affiliated_with" && f.modality === "asserted") add(f.source, f.target);
  return out;
}

/**
 * For each person, the countries of the people (and the countries themselves) an asserted meeting
 * joins him with: the other side of a visit, a call or talks.
 */
function sidesMet(state: DocState, countries: Map<string, Set<string>>): Map<string, Set<string>> {
  const named = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type === "Country") named.add(m.name);
  const out = new Map<string, Set<string>>();
  const add = (from: string, other: string): void => {
    const set = out.get(from) ?? new Set<string>();
    for (const c of countries.get(other) ?? []) set.add(c);
    if (named.has(other)) set.add(other);
    out.set(from, set);
  };
  for (const f of state.facts)
    if (f.relation === "meets" && f.modality === "asserted") {
      add(f.source, f.target);
      add(f.target, f.source);
    }
  return out;
}

/** True when two sets of countries share one. */
function share(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** True when a mission is placed in a country the holder is not posted to ("the U.S. Embassy in Accra", "Ambassador to Nigeria"). */
function postedElsewhere(place: string | undefined, posting: Set<string>): boolean {
  return !!place && posting.size > 0 && !posting.has(place);
}

/**
 * The country of the place a body's mention names it in: inside its name ("the Chinese Embassy in
 * Sri Lanka") or right after it ("the U.S. Embassy in Accra"); undefined when none is known.
 */
function placeOf(
  m: Mention,
  tokens: Token[],
  cover: Cover,
  places: Map<string, string | undefined>,
): string | undefined {
  const at = m.name.lastIndexOf(" in ");
  if (at >= 0) return places.get(m.name.slice(at + 4));
  if (tokens[m.last]?.lower !== "in") return undefined;
  const place = cover[tokens[m.last + 1]?.lower === "the" ? m.last + 2 : m.last + 1];
  if (!place || place.first > m.last + 2) return undefined;
  return place.type === "Country" ? place.name : place.type === "Location" ? place.country : undefined;
}

export const officesStage: Stage = {
  name: "5d-offices",
  run(state: DocState): void {
    const places = new Map<string, string | undefined>();
    for (const list of state.mentions)
      for (const m of list)
        if (m.type === "Location" || m.type === "Country")
          places.set(m.name, m.type === "Country" ? m.name : m.country);
    const bodies = new Map<string, { family: string; key: string; place?: string | undefined }>();
    for (const sentence of state.sentences) {
      const list = (state.mentions[sentence.index] ?? []) as Mention[];
      let cover: Cover | undefined;
      for (const m of list) {
        if (m.type !== "Organization" || m.kind === "pronoun" || m.kind === "role") continue;
        // "Ministry of Defence Malaysia": the country printed after the portfolio is no word of it.
        const own = m.country !== undefined && m.name.endsWith(` ${m.country}`);
        const office = bodyOffice(own ? m.name.slice(0, -(m.country as string).length - 1) : m.name);
        if (!office) continue;
        cover ??= coverOf(list, sentence.tokens.length);
        bodies.set(m.name, {
          ...office,
          place: bodies.get(m.name)?.place ?? placeOf(m, sentence.tokens, cover, places),
        });
      }
    }
    if (bodies.size === 0) return;
    const holders = holdersOf(state);
    if (holders.size === 0) return;
    const countries = countriesOf(state);
    const peers = state.sentences.some((s) => s.tokens.some((t) => PEERS.has(t.lower)));
    const across = sidesMet(state, countries);
    const none = new Set<string>();
    // The facts held, keyed: built at the first sure office (most documents have none); state.facts
    // is not changed before the end.
    let have: Set<string> | null = null;
    const added: Fact[] = [];
    // A ministry sits in its own country's capital: "the Ministry of Foreign Affairs in Hanoi" is
    // Vietnam's where nothing else names its country (an embassy's place is its posting instead).
    const countriesOfBody = (name: string): Set<string> => {
      const known = countries.get(name);
      const b = bodies.get(name);
      if (known && known.size > 0) return known;
      return b?.family === MINISTRY && b.place ? new Set([b.place]) : none;
    };
    for (const [person, h] of holders) {
      const own = new Set([...(countries.get(person) ?? none), ...h.own]);
      for (const office of h.offices) {
        const matching = [...bodies]
          .filter(
            ([, b]) =>
              b.family === office.family && (office.family !== MINISTRY || keysMatch(b.key, office.key)),
          )
          .map(([name]) => name);
        // "Defense Minister X met Ahmet Yazal, Ambassador of Turkey": a holder of unknown country
        // who meets a country's people is not that country's minister or envoy.
        const met = own.size === 0 ? across.get(person) : undefined;
        const fitting = matching.filter((name) => {
          const theirs = countriesOfBody(name);
          if (met && share(met, theirs)) return false;
          return own.size === 0 || theirs.size === 0 || share(own, theirs);
        });
        if (fitting.length !== 1) continue;
        const body = fitting[0] as string;
        const theirs = countriesOfBody(body);
        const known = own.size > 0 && theirs.size > 0;
        // "Foreign Ministry spokesman Bahram Qasemi dismissed the allegations made by Saudi Foreign
        // Minister Adel al-Jubeir": a ministry of unknown country that someone else the document
        // does not tie to the minister's country serves may be that person's country's.
        if (own.size > 0 && theirs.size === 0 && servedByOtherSide(state.facts, body, person, own, countries))
          continue;
        // A minister or ministry of unknown country: the only holder of the portfolio, no
        // "counterpart" of his (who may hold it too, unnamed as minister), and the only such ministry.
        const sure =
          office.family === MINISTRY
            ? known ||
              (matching.length === 1 &&
                !peers &&
                [...holders.values()].filter((o) =>
                  o.offices.some(
                    (x) =>
                      x.family === MINISTRY && (keysMatch(x.key, office.key) || keysMatch(office.key, x.key)),
                  ),
                ).length === 1)
            : known && !postedElsewhere(bodies.get(body)?.place, h.posting);
        if (!sure) continue;
        const key = factKey(person, "affiliated_with", body);
        have ??= factKeySet(state.facts);
        if (have.has(key)) continue;
        have.add(key);
        added.push({
          source: person,
          relation: "affiliated_with",
          target: body,
          sentence: h.sentence,
          trigger: office.trigger,
          rule: office.family === MINISTRY ? "minister-ministry" : "envoy-mission",
          modality: "asserted",
        });
      }
    }
    state.facts.push(...added);
  },
};
