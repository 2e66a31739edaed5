/**
 * Document sides: what a document says of its actors' sides, read once for stage 5c's tests of each
 * fact. The countries each actor belongs to, the home of the officials it names without a country
 * (the country it mentions most, with a body of it), the country it is mostly about, who met whom,
 * its titled persons, its state bodies named without a country, and the side each actor it ties to
 * nothing is presumed to speak for.
 */
import { homeCountryOf, tablesOf } from "./lexicon-tables.ts";
import { wordsOf } from "./stage-words.ts";
import { countryMentionCounts, presumedSides, visitedSides } from "./presumed-sides.ts";
import type { DocState, Mention } from "./types.ts";
import { isTitleWord } from "./words.ts";

/**
 * True for a government body named without its country ("the Ministry of Defence", "the Defence
 * Ministry"; no known body such as the White House): in an article about one country, its own.
 */
function unnamedStateBody(
  m: Mention,
  governmentBodies: ReadonlyMap<string, string>,
  stateBodyWords: ReadonlySet<string>,
): boolean {
  if (m.type !== "Organization" || m.country || governmentBodies.has(m.name)) return false;
  return m.name
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => stateBodyWords.has(w));
}

/**
 * What the document says of its actors' sides, read once per document for the stage's tests of
 * each fact.
 */
export interface DocSides {
  /** The countries each actor belongs to (ownCountries). */
  own: Map<string, Set<string>>;
  /** "source|target" for each asserted affiliation: the bodies and countries each actor serves. */
  serves: Set<string>;
  /** The home of the officials the document names without a country (homeCountry), if any. */
  home: string | undefined;
  /** Actors with an asserted affiliation. */
  tied: Set<string>;
  /** The names of the document's people and bodies. */
  people: Set<string>;
  /** The names of its persons. */
  persons: Set<string>;
  /** The names of its organizations. */
  organizations: Set<string>;
  /** Persons named after a title word (titledPersons). */
  titled: Set<string>;
  /** Government bodies named without their country (unnamedStateBody). */
  homeBodies: Set<string>;
  /** "actor|country" for each actor who met a person or body of that country (metSides). */
  metSide: Set<string>;
  /** The country the document is mostly about, whether or not it names a body of it. */
  strict: string | undefined;
  /** That country or, without one, the leading country that supplies no one (leadingNonSupplier). */
  mainCountry: string | undefined;
  /** The presumed country of each actor the document ties to no side (presumedSides). */
  presumed: Map<string, string>;
  /** Well-known officials' home countries by folded name (the lexicon's homeCountries table). */
  homeCountries: ReadonlyMap<string, string>;
  /** Bodies of one country's government by name, to the country (the lexicon's governmentBodies table). */
  governmentBodies: ReadonlyMap<string, string>;
}

/** The document's sides, read after the quotations' voiced judgements were added. */
export function documentSides(state: DocState, own: Map<string, Set<string>>, serves: Set<string>): DocSides {
  // "Defense Minister X said Serbia has received …": an official whom the document ties to no
  // side speaks for its home country (news names foreign officials by their country).
  const home = homeCountry(state, own);
  const tied = new Set([...serves].map((k) => k.slice(0, k.indexOf("|"))));
  // People and bodies: a report about either, by a speaker of the same country, is news of its own side.
  const { people, persons, organizations } = namedActors(state);
  const titled = titledPersons(state);
  const tables = tablesOf(state);
  const bodyWords = wordsOf(state).stateBodyWords;
  const homeBodies = new Set<string>();
  for (const list of state.mentions)
    for (const m of list) if (unnamedStateBody(m, tables.governmentBodies, bodyWords)) homeBodies.add(m.name);
  // "Ukraine has received two systems, President X announced. … X reported that Ukraine needs
  // seven": an official named by title alone, whom the document ties to no side, reporting on
  // the country it is mostly about speaks of his home even when it names none of its bodies.
  // A country mentioned more than any other, though not twice as often, is that home too unless it
  // supplies someone in the document: "Israel signed a contract to buy 14 F-35 jets from the United
  // States, the Defense Ministry said" is the buyer's ministry, while the untied official of an
  // article about a donation most often speaks for the recipient ("the second gift by China").
  const strict = homeCountry(state, own, false);
  const mainCountry = strict ?? leadingNonSupplier(state, own);
  // An official who meets a person of that country is of the other side ("Secretary of Defense
  // Austin met President Whipps of Palau …: Palau is the first country that vaccinated 80 percent").
  const metSide = metSides(state, own);
  const ties = { own, tied, persons, homeCountries: tables.homeCountries };
  // "Sudan denies accusations …" over "Foreign Ministry spokesman X told reporters": an official
  // or body the document ties to no country speaks for the side the document makes it speak for.
  const countryless = (a: string): boolean => !own.has(a) && knownHome(ties, a) === undefined;
  const stateBodies = [...homeBodies].filter(countryless);
  const voices = [...people].filter(
    (a) => countryless(a) && (homeBodies.has(a) || stateBodies.some((b) => serves.has(`${a}|${b}`))),
  );
  const officials = [...persons].filter((a) => countryless(a) && titled.has(a) && !tied.has(a));
  const presumed = presumedSides(state, {
    voices,
    sideless: [...voices, ...officials],
    metSide: new Set([...metSide, ...visitedSides(state)]),
    own,
  });
  return {
    own,
    serves,
    home,
    tied,
    people,
    persons,
    organizations,
    titled,
    homeBodies,
    metSide,
    strict,
    mainCountry,
    presumed,
    homeCountries: tables.homeCountries,
    governmentBodies: tables.governmentBodies,
  };
}

/** The sides' parts that say whether a person is tied to a country. */
export type PersonTies = Pick<DocSides, "own" | "tied" | "persons" | "homeCountries">;

/** True for a person the document ties to no country. */
export function untied(s: PersonTies, actor: string): boolean {
  return s.persons.has(actor) && !s.tied.has(actor) && !s.own.has(actor);
}

/**
 * "President Biden said US troops would …", "Peskov said Putin had …": a well-known official
 * whom the document ties to no country is of the one the lexicon's homeCountries gives him (for this guard
 * only: no affiliation fact).
 */
export function knownHome(s: PersonTies, actor: string): Set<string> | undefined {
  const c = untied(s, actor) ? homeCountryOf(s.homeCountries, actor) : undefined;
  return c === undefined ? undefined : new Set([c]);
}

/** The names of the document's people and bodies (`people`), of its persons and of its organizations. */
function namedActors(state: DocState): {
  people: Set<string>;
  persons: Set<string>;
  organizations: Set<string>;
} {
  const people = new Set<string>();
  const persons = new Set<string>();
  const organizations = new Set<string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type === "Person" || m.type === "Organization") people.add(m.name);
      if (m.type === "Person") persons.add(m.name);
      if (m.type === "Organization") organizations.add(m.name);
    }
  return { people, persons, organizations };
}

/**
 * The country mentioned more than any other, though not twice as often (homeCountry with a lead of
 * one), unless it supplies someone in the document (see documentSides).
 */
function leadingNonSupplier(state: DocState, own: Map<string, Set<string>>): string | undefined {
  const suppliers = new Set(
    state.facts.filter((f) => f.relation === "supplies" && f.modality === "asserted").map((f) => f.source),
  );
  const leading = homeCountry(state, own, false, 1);
  return leading !== undefined && !suppliers.has(leading) ? leading : undefined;
}

/** "actor|country" for each actor who met, as asserted, a person or body of that country. */
function metSides(state: DocState, own: ReadonlyMap<string, Set<string>>): Set<string> {
  const metSide = new Set<string>();
  for (const f of state.facts)
    if (f.relation === "meets" && f.modality === "asserted") {
      for (const c of own.get(f.target) ?? []) metSide.add(`${f.source}|${c}`);
      for (const c of own.get(f.source) ?? []) metSide.add(`${f.target}|${c}`);
    }
  return metSide;
}

/**
 * People whom the document names after a title word ("logistics chief Major General X", "Defence
 * Minister X"): officials, as against people only described ("X, a Russian spy").
 */
function titledPersons(state: DocState): Set<string> {
  const out = new Set<string>();
  state.mentions.forEach((list, i) => {
    const tokens = state.sentences[i]?.tokens ?? [];
    for (const m of list)
      if (m.type === "Person" && m.first > 0 && isTitleWord(tokens[m.first - 1]?.lower ?? ""))
        out.add(m.name);
  });
  return out;
}

/**
 * The country the document mentions most (by name, demonym, capital or a body named with it),
 * when it has three or more, at least twice the mentions of any other, and the document names a
 * body of it: the home of the officials it names without a country.
 */
function homeCountry(
  state: DocState,
  own: Map<string, Set<string>>,
  needsBody = true,
  lead = 2,
): string | undefined {
  const n = countryMentionCounts(state, own);
  // The document must name a body of its home (its army, its ministry): a country only talked about has none.
  const bodies = new Set<string>();
  for (const list of state.mentions)
    for (const m of list) {
      const bodyOf = m.type === "Organization" ? own.get(m.name) : undefined;
      if (bodyOf) for (const x of bodyOf) bodies.add(x);
    }
  const [first, second] = [...n.values()].sort((a, b) => b - a);
  if (
    first === undefined ||
    first < 3 ||
    (second !== undefined && (first <= second || first < lead * second))
  )
    return undefined;
  const home = [...n].find(([, k]) => k === first)?.[0];
  return home !== undefined && (bodies.has(home) || !needsBody) ? home : undefined;
}
