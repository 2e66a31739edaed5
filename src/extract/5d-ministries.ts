/**
 * Stage 5d, ministers and their ministries: a person titled minister of a portfolio ("Tunisian
 * Defence Minister X", "Guatemala's Minister of Defense, General X", "Minister of Foreign Affairs
 * X") serves the ministry of that portfolio that the document names ("the Tunisian Ministry of
 * Defence", "a ceremony at the Ministry of Defense"). Precision first: the two must not belong to
 * different countries, and where either country is unknown the document must name only one
 * holder of the portfolio and only one such ministry.
 */
import { PEER_NOUNS, PORTFOLIO_FILLERS, PORTFOLIO_SPELLINGS } from "./lexicon/titles.ts";
import type { DocState, Fact, Mention, Stage, Token } from "./types.ts";
import { WORDS, isCapitalised, isTitleWord } from "./words.ts";

const FILLERS = new Set(PORTFOLIO_FILLERS);
const SPELLINGS = new Map(Object.entries(PORTFOLIO_SPELLINGS));
const PEERS = new Set(PEER_NOUNS);

/** Most tokens read back from a name over its title ("Minister of Foreign Affairs and Trade"). */
const TITLE_BACK_REACH = 12;

/** A portfolio's key: its words lower-cased, fillers dropped, spellings made one ("National Defense" → "defence"). */
function portfolioKey(words: string[]): string {
  return words
    .map((w) => w.toLowerCase())
    .filter((w) => !FILLERS.has(w))
    .map((w) => SPELLINGS.get(w) ?? w)
    .join(" ");
}

/** A ministry's portfolio key from its name ("Ministry of Defence of Ukraine", "Russian Defense Ministry"), else null. */
function ministryKey(name: string): string | null {
  const words = name.split(/\s+/u);
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

/** True when a ministry's key names the person's portfolio ("russian defence" for "defence"). */
function keysMatch(ministry: string, person: string): boolean {
  return ministry === person || ministry.endsWith(` ${person}`);
}

/**
 * The portfolio key of a minister's title right before a person's name ("Defence Minister X",
 * "Minister of Defense, General X"), read back over title and capitalised words; else null.
 */
function ministerKey(tokens: Token[], list: Mention[], p: Mention): string | null {
  const run: Token[] = [];
  let comma = false;
  for (let k = p.first - 1; k >= 0 && k >= p.first - TITLE_BACK_REACH; k--) {
    const t = tokens[k] as Token;
    if (list.some((m) => m.first <= k && k < m.last)) break;
    if (t.text === "," && !comma && run.length > 0) {
      // "Minister of Defense, General X": one comma between the title and the ranks.
      comma = true;
      run.unshift(t);
      continue;
    }
    if (isTitleWord(t.lower) || isCapitalised(t.text) || /^(?:of|and|the|\.)$/u.test(t.lower)) run.unshift(t);
    else break;
  }
  let mi = -1;
  for (let i = run.length - 1; i >= 0; i--) if ((run[i] as Token).lower === "minister") mi = mi < 0 ? i : mi;
  if (mi < 0) return null;
  const words: string[] = [];
  if (run[mi + 1]?.lower === "of") {
    for (let i = mi + 2; i < run.length; i++) {
      const t = run[i] as Token;
      if (t.text === "," || WORDS.titleHeads.has(t.lower)) break;
      words.push(t.text);
    }
  } else {
    // "Tunisian Defence Minister": the words before the head, back to another head ("Deputy").
    const after = run.slice(mi + 1);
    if (after.some((t) => t.lower === "of")) return null;
    for (let i = mi - 1; i >= 0; i--) {
      const t = run[i] as Token;
      if (t.text === "," || WORDS.titleHeads.has(t.lower) || t.lower === "the") break;
      words.unshift(t.text);
    }
  }
  return portfolioKey(words) || null;
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

/** True when two sets of countries share one. */
function share(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export const ministriesStage: Stage = {
  name: "5d-ministries",
  run(state: DocState): void {
    const ministries = new Map<string, string>();
    const holders = new Map<string, { sentence: number; trigger: string; key: string }>();
    for (const sentence of state.sentences) {
      const list = (state.mentions[sentence.index] ?? []) as Mention[];
      for (const m of list) {
        if (m.type === "Organization") {
          const key = ministryKey(m.name);
          if (key) ministries.set(m.name, key);
        }
        if (sentence.headline || m.type !== "Person" || m.kind === "pronoun" || m.kind === "role") continue;
        const key = ministerKey(sentence.tokens, list, m);
        if (key && !holders.has(m.name))
          holders.set(m.name, { sentence: sentence.index, trigger: "minister", key });
      }
    }
    if (ministries.size === 0 || holders.size === 0) return;
    const countries = countriesOf(state);
    const peers = state.sentences.some((s) => s.tokens.some((t) => PEERS.has(t.lower)));
    const none = new Set<string>();
    const have = new Set(state.facts.map((f) => `${f.source}|${f.relation}|${f.target}`));
    const added: Fact[] = [];
    for (const [person, h] of holders) {
      const own = countries.get(person) ?? none;
      const matching = [...ministries].filter(([, key]) => keysMatch(key, h.key)).map(([name]) => name);
      const fitting = matching.filter((name) => {
        const theirs = countries.get(name) ?? none;
        return own.size === 0 || theirs.size === 0 || share(own, theirs);
      });
      if (fitting.length !== 1) continue;
      const ministry = fitting[0] as string;
      const theirs = countries.get(ministry) ?? none;
      // A country unknown on either side: the only holder of the portfolio, no "counterpart" of
      // his (who may hold it too, unnamed as minister), and the only such ministry.
      const sure =
        (own.size > 0 && theirs.size > 0) ||
        (matching.length === 1 &&
          !peers &&
          [...holders.values()].filter((o) => keysMatch(o.key, h.key) || keysMatch(h.key, o.key)).length ===
            1);
      const key = `${person}|affiliated_with|${ministry}`;
      if (!sure || have.has(key)) continue;
      have.add(key);
      added.push({
        source: person,
        relation: "affiliated_with",
        target: ministry,
        sentence: h.sentence,
        trigger: h.trigger,
        rule: "minister-ministry",
        modality: "asserted",
      });
    }
    state.facts.push(...added);
  },
};
