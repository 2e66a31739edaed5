/**
 * Meetings as events in discourse. A sentence that tells a meeting as held opens an event with
 * two sides: its own reading of a meeting verb or "held talks" with a named person partner ("Lawmakers
 * from the United States met Thursday with Paraguay's Defense Minister X": subject's side and
 * partner's side), or else the pairs the other meeting readers found in the sentence when they are
 * one pair or a star ("A met B and C": A's side, B and C's side). Each side keeps its named people,
 * the countries and bodies they serve (their affiliations) and, when the subject is a plural group
 * told without names ("Lawmakers from the United States", "a Congressional delegation"), that the
 * side is a group of visitors and the countries its phrase names.
 *
 * A later clause joins new people to the event through a definite reference to it: "A and B
 * participated in the meeting", "C took part in the talks", "Also present at Thursday's meeting was
 * D", "E also attended". A joiner takes the side serving a country or body it serves when exactly
 * one side does; a joiner whose ties the document does not tell takes the visitors' side when the
 * opening sentence names the visitors only as a group. A joiner meets every named person of the
 * other side and no one of its own: two joiners of one side do not meet each other (the pair the
 * meeting noun's reader gives for "A and B participated in the meeting" is dropped).
 *
 * Companions ("accompanied by Y", "joined by Y": a fronted participle, an appositive or a passive)
 * join the host's side when the host is in the event and the sentence is near it or refers to it
 * ("During the meeting, X was accompanied by Y; and Z"). With no such event, a host and a companion
 * were together in person and meet when the document ties each to a country or body and no tie is
 * shared (a visiting foreign official; not a leader and his own ministers).
 *
 * Precision first: the event is "the meeting" for two sentences after its last mention (the
 * opening sentence or a definite reference renews it), and further on only while the document
 * tells no other meeting (a meeting word that names no one, "ministers will meet in Brussels",
 * ends that); a meeting told with other named people ends it at once; a reference that names its
 * own participants ("the meeting of NATO ministers") is another meeting; an opening sentence that
 * tells two held meetings opens none; joiner and companion clauses must be asserted; people are
 * the only joiners and the only partners.
 */
import { type IndexOf, type SentenceIndex, chunkHeads, freshIndexes } from "../chunks.ts";
import { modalityOf, subjectBefore, wordsBefore, zoneAfter } from "../clause.ts";
import { perTable, type FrameTable } from "../frames.ts";
import { lemmaAmong } from "../lemma.ts";
import { PLURAL_PRONOUNS } from "../lexicon/coreference.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import type { DocState, Fact, Token } from "../types.ts";
import { BE_FORMS, type Emit, framingCues, namedPeople } from "./shared.ts";
import { type Company, companions } from "./companions.ts";
import { isVerbOrAux } from "../words.ts";

const JOIN_RULE = "meet-event-join";
const COMPANY_RULE = "meet-accompany";
/** Tags of the words between a subject and its verb ("they also discussed"). */
const ADV_OR_AUX = /^(?:ADV|AUX)$/u;
/** Plural pronoun subjects of a meeting verb that tell the event's own sides ("they discussed"). */
const PLURAL_SUBJECTS = new Set(PLURAL_PRONOUNS);
/** How many sentences after its last mention an event stays the one "the meeting" refers to. */
const EVENT_LIFE = 2;
/** How many words of modifiers may stand between a reference's determiner and its noun ("the closed-door bilateral meeting"). */
const REFERENCE_MODIFIERS = 3;
/** Tags of the words between a holding verb and its meeting noun ("held a bilateral meeting"). */
const HELD_MODIFIER_TAGS = /^(?:DET|ADJ|NUM)$/u;
/** How far after a meeting verb its partner phrase may stand. */
const PARTNER_REACH = 24;
/** Marks that end a subject list before a join phrase ("A; B and C attended"). */
const LIST_BREAK = /^[;:]$/u;
/** Marks that end a clause: a stop, a comma, a semicolon or a colon. */
const CLAUSE_MARK = /^[.,;:]$/u;
/** A hyphen inside a modifier before a meeting noun ("the closed-door meeting"). */
const HYPHEN = /-/u;

/** One side of a meeting: its named people, the countries they or its group phrase name, and whether it is a group told without names. */
interface Side {
  people: Set<string>;
  countries: Set<string>;
  group: boolean;
}

/** A meeting told as held: its two sides and the last sentence that mentioned it. */
interface MeetingEvent {
  sides: [Side, Side];
  last: number;
  /** No other meeting told since it opened: "the meeting" refers to it however far on. */
  sole: boolean;
}

/** The words the event readers look up, read off a frame table: its meeting frames' lemmas and its meeting word lists as sets. */
interface EventWords {
  /** Lemmas of the table's meeting verbs (no required cue). */
  verbs: ReadonlySet<string>;
  /** Lemmas of the table's meeting nouns (no required modifier). */
  nouns: ReadonlySet<string>;
  /** Participles of company ("accompanied by"). */
  companions: ReadonlySet<string>;
  /** Nouns of a definite reference to a meeting ("the talks"), with their determiners and the words after them that name its own participants ("the meeting of"). */
  referenceNouns: ReadonlySet<string>;
  referenceDeterminers: ReadonlySet<string>;
  referenceOwners: ReadonlySet<string>;
  /** Nouns of a group of visitors told without names ("Lawmakers", "delegation"). */
  groupNouns: ReadonlySet<string>;
  /** Verbs that hold a meeting noun ("held talks"). */
  hold: ReadonlySet<string>;
  /** The join phrases ("took part in") as lemmas, and their words. */
  joinPhrases: readonly (readonly string[])[];
  joinWords: ReadonlySet<string>;
}

/** The event words of a frame table, built on its first use and kept beside it. */
const eventWords = perTable((table): EventWords => ({
  verbs: new Set(
    table.frames
      .filter((f) => f.relation === "meets" && f.pos === "verb" && !f.requires)
      .flatMap((f) => f.lemmas),
  ),
  nouns: new Set(
    table.frames
      .filter((f) => f.relation === "meets" && f.pos === "noun" && !f.modifiers)
      .flatMap((f) => f.lemmas),
  ),
  companions: new Set(table.meetWords.companionParticiples),
  referenceNouns: new Set(table.meetWords.eventReferenceNouns),
  referenceDeterminers: new Set(table.meetWords.eventReferenceDeterminers),
  referenceOwners: new Set(table.meetWords.eventReferenceOwners),
  groupNouns: new Set(table.meetWords.visitorGroupNouns),
  hold: new Set(table.meetWords.holdVerbs),
  joinPhrases: table.meetWords.eventJoinPhrases,
  joinWords: new Set(table.meetWords.eventJoinPhrases.flat()),
}));

/** Reads the meetings told across sentences; emits the joiners' meetings and drops same-side pairs. */
export function meetingEvents(
  state: DocState,
  table: FrameTable,
  emitFor: (sentence: number) => Emit,
  indexOf: IndexOf = freshIndexes(state),
): void {
  const words = eventWords(table);
  const { verbs, nouns } = words;
  const countriesOf = affiliationCountries(state.facts);
  const drop = new Set<Fact>();
  let event: MeetingEvent | null = null;
  const factsBySentence = meetingFacts(state);
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    if (event && sentence.index - event.last > EVENT_LIFE && !event.sole) event = null;
    const tokens = sentence.tokens;
    const mayTell = tokens.some(
      (w) =>
        verbs.has(w.lemma) ||
        words.referenceNouns.has(w.lower) ||
        nouns.has(w.lemma) ||
        words.companions.has(w.lower),
    );
    if (!mayTell) continue;
    const ix = indexOf(sentence);
    const emit = emitFor(sentence.index);
    const own = openings(ix, words, countriesOf);
    const joined = own.length === 0 && event ? joiners(ix, words) : null;
    if (event && joined) {
      event.last = sentence.index;
      const live = event;
      const sides = joined.names.map((n) => sideOf(live, countriesOf.get(n)));
      joinEvent(event, joined.names, sides, (tokens[joined.at] as Token).text, emit);
      dropSameSide(joined.names, sides, sentence.index, state.facts, drop);
    } else {
      const opened =
        own.length > 0
          ? own
          : factOpening(factsBySentence.get(sentence.index) ?? [], countriesOf, sentence.index);
      if (opened.length === 1 && event && sameEvent(event, opened[0] as MeetingEvent))
        event.last = sentence.index;
      else if (opened.length === 1) event = opened[0] as MeetingEvent;
      else if (opened.length > 1) event = null;
      else if (event) {
        const other = otherMeeting(ix, words, event);
        if (other === "named") event = null;
        else if (other === "unnamed") event.sole = false;
        // "During the meeting, they discussed ...": a definite reference renews the event.
        else if (referred(tokens, words)) event.last = sentence.index;
      }
    }
    // A companion joins the event only near its last mention or in a sentence that refers to it.
    const near =
      event && (sentence.index - event.last <= EVENT_LIFE || referred(tokens, words)) ? event : null;
    for (const c of companions(ix, words.companions)) accompany(near, c, countriesOf, emit);
  }
  if (drop.size > 0) state.facts = state.facts.filter((f) => !drop.has(f));
}

/** The countries each person serves, directly or through the body it serves, by the facts so far. */
function affiliationCountries(facts: readonly Fact[]): Map<string, Set<string>> {
  const direct = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.relation !== "affiliated_with") continue;
    const set = direct.get(f.source) ?? new Set<string>();
    direct.set(f.source, set.add(f.target));
  }
  const out = new Map<string, Set<string>>();
  for (const [source, targets] of direct) {
    const all = new Set(targets);
    for (const t of targets) for (const c of direct.get(t) ?? []) all.add(c);
    out.set(source, all);
  }
  return out;
}

/** The held meetings a sentence opens: a meeting verb, or a verb that holds a meeting noun, with a named person partner. */
function openings(
  ix: SentenceIndex,
  words: EventWords,
  countriesOf: ReadonlyMap<string, Set<string>>,
): MeetingEvent[] {
  const { verbs, nouns } = words;
  const tokens = ix.sentence.tokens;
  const out: MeetingEvent[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t] as Token;
    if (w.pos !== "VERB") continue;
    const held = words.hold.has(w.lemma) ? heldNoun(tokens, t, nouns) : -1;
    if (!verbs.has(w.lemma) && held < 0) continue;
    const subject = subjectBefore(ix, t);
    if (subject.passive) continue;
    const modality = modalityOf(
      [...subject.cues, ...wordsBefore(tokens, t, 2), ...framingCues(ix, subject)],
      ix.modalityCues,
    );
    if (modality !== "asserted" || tokens[t - 1]?.lower === "to") continue;
    const partners = partnerPeople(ix, held >= 0 ? held : t);
    if (partners.length === 0) continue;
    const own = namedPeople(subject.heads);
    const group = own.length === 0 && groupSubject(ix, t, words.groupNouns);
    if (own.length === 0 && !group) continue;
    out.push({
      sides: [
        side(own, countriesOf, group ? groupCountries(ix, t) : null),
        side(partners, countriesOf, null),
      ],
      last: ix.sentence.index,
      sole: true,
    });
  }
  return out;
}

/** The meeting noun a holding verb governs ("held talks", "held a bilateral meeting"), or -1. */
function heldNoun(tokens: Token[], t: number, nouns: ReadonlySet<string>): number {
  for (let k = t + 1; k <= t + 1 + REFERENCE_MODIFIERS && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (nouns.has(w.lemma) && w.pos === "NOUN") return k;
    if (!HELD_MODIFIER_TAGS.test(w.pos)) return -1;
  }
  return -1;
}

/** One side from its people, the countries they serve and, for a group, the countries its phrase names. */
function side(names: string[], countriesOf: ReadonlyMap<string, Set<string>>, group: string[] | null): Side {
  const countries = new Set(group ?? []);
  for (const n of names) for (const c of countriesOf.get(n) ?? []) countries.add(c);
  return { people: new Set(names), countries, group: group !== null };
}

/** The named people of a meeting verb's partner phrase: its direct object or its "with" phrase. */
function partnerPeople(ix: SentenceIndex, t: number): string[] {
  const zone = zoneAfter(ix, t);
  const heads = zone.chunks
    .filter((c) => c.chunk.first <= t + PARTNER_REACH && (c.prep === "with" || c.prep === ""))
    .flatMap((c) => chunkHeads(c.chunk));
  return namedPeople(heads);
}

/**
 * A subject told as a plural group of visitors without names, at the start of the verb's clause:
 * "Lawmakers from the United States met ...", "A US congressional delegation met ...". The group
 * noun (one of `groupNouns`) must be the first noun of the sentence and no verb may stand between it
 * and the meeting verb.
 */
function groupSubject(ix: SentenceIndex, t: number, groupNouns: ReadonlySet<string>): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = 0; k < t; k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || w.text === ",") return false;
    if (w.pos === "NOUN" || (w.pos === "PROPN" && groupNouns.has(w.lower))) return groupNouns.has(w.lower);
  }
  return false;
}

/** The countries a group subject's phrase names ("Lawmakers from the United States", "British lawmakers"). */
function groupCountries(ix: SentenceIndex, t: number): string[] {
  return ix.mentions
    .filter((m) => m.last <= t && (m.type === "Country" || m.country !== undefined))
    .map((m) => m.country ?? m.name);
}

/**
 * Whether a sentence tells another meeting than the event: "named" when a meeting word's named
 * people are not all the event's, "unnamed" when a meeting word names no one ("NATO ministers will
 * meet in Brussels"), "none" when its meeting words are definite references or name only the
 * event's people.
 */
function otherMeeting(
  ix: SentenceIndex,
  words: EventWords,
  event: MeetingEvent,
): "named" | "unnamed" | "none" {
  const { verbs, nouns } = words;
  const tokens = ix.sentence.tokens;
  let out: "named" | "unnamed" | "none" = "none";
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t] as Token;
    const verb = w.pos === "VERB" && verbs.has(w.lemma);
    const noun = w.pos === "NOUN" && nouns.has(w.lemma) && referenceStart(tokens, t, words) < 0;
    if (!verb && !noun) continue;
    const named = [...partnerPeople(ix, t), ...(verb ? namedPeople(subjectBefore(ix, t).heads) : [])];
    if (named.some((n) => !event.sides.some((s) => s.people.has(n)))) return "named";
    // "they discussed ...", with no one else named: the plural pronoun of the event's two sides.
    const they = verb && PLURAL_SUBJECTS.has(tokens[adverbsBefore(tokens, t)]?.lower ?? "");
    if (named.length === 0 && !they) out = "unnamed";
  }
  return out;
}

/** The token before a verb's adverbs and auxiliaries ("they also discussed", "they have discussed"). */
function adverbsBefore(tokens: Token[], t: number): number {
  let k = t - 1;
  while (k >= 0 && ADV_OR_AUX.test((tokens[k] as Token).pos)) k--;
  return k;
}

/** The asserted meetings between two named people of each sentence, by sentence. */
function meetingFacts(state: DocState): Map<number, Fact[]> {
  const persons = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type === "Person") persons.add(m.name);
  const out = new Map<number, Fact[]>();
  for (const f of state.facts) {
    if (
      f.relation !== "meets" ||
      f.modality !== "asserted" ||
      !persons.has(f.source) ||
      !persons.has(f.target)
    )
      continue;
    const list = out.get(f.sentence) ?? [];
    out.set(f.sentence, [...list, f]);
  }
  return out;
}

/**
 * The event the other meeting readers' facts of a sentence tell: one pair ("A met B"), or a star
 * whose centre meets all the others ("A met B and C"); none when the pairs have no one centre.
 */
function factOpening(
  facts: Fact[],
  countriesOf: ReadonlyMap<string, Set<string>>,
  sentence: number,
): MeetingEvent[] {
  if (facts.length === 0) return [];
  const first = facts[0] as Fact;
  const centre = [first.source, first.target].find((c) =>
    facts.every((f) => f.source === c || f.target === c),
  );
  if (centre === undefined) return [];
  const others = facts.map((f) => (f.source === centre ? f.target : f.source));
  return [
    {
      sides: [side([centre], countriesOf, null), side([...new Set(others)], countriesOf, null)],
      last: sentence,
      sole: true,
    },
  ];
}

/** True when an opening names only people of the live event (the same meeting told again). */
function sameEvent(event: MeetingEvent, opened: MeetingEvent): boolean {
  const all = opened.sides.flatMap((s) => [...s.people]);
  return all.length > 0 && all.every((n) => event.sides.some((s) => s.people.has(n)));
}

/** True when a sentence holds a definite reference to a meeting ("During the meeting, ..."). */
function referred(tokens: Token[], words: EventWords): boolean {
  return tokens.some((w, k) => words.referenceDeterminers.has(w.lower) && referenceAt(tokens, k, words));
}

/**
 * The first token of a definite reference to a meeting ending at the noun `t` ("the meeting",
 * "Thursday's talks", "the bilateral meeting", "this session"), or -1.
 */
function referenceStart(tokens: Token[], t: number, words: EventWords): number {
  if (!words.referenceNouns.has((tokens[t] as Token).lower)) return -1;
  for (let k = t - 1; k >= Math.max(0, t - 1 - REFERENCE_MODIFIERS); k--) {
    const w = tokens[k] as Token;
    if (words.referenceDeterminers.has(w.lower)) return k;
    // "Thursday's meeting", "today's talks": a day's possessive.
    if (w.key === "'s") return timeAdverbialStart(tokens, k - 1) >= 0 ? k - 1 : -1;
    if (w.pos !== "ADJ" && !(w.pos === "NOUN" && HYPHEN.test(w.text))) return -1;
  }
  return -1;
}

/** The people a sentence joins to the event told before, or null when it does not refer to it. */
function joiners(ix: SentenceIndex, words: EventWords): { names: string[]; at: number } | null {
  const tokens = ix.sentence.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const end = joinPhraseEnd(tokens, t, words);
    if (end < 0) continue;
    const referred = referenceAt(tokens, end, words);
    const also = tokens[t - 1]?.lower === "also";
    if (!referred && !(also && clauseEndsAt(tokens, end))) continue;
    const modality = modalityOf(wordsBefore(tokens, t, 3), ix.modalityCues);
    if (modality !== "asserted") return null;
    const inverted = invertedPresence(ix, t, end);
    const names = inverted ?? listedSubject(ix, t) ?? namedPeople(subjectBefore(ix, t).heads);
    return names.length > 0 ? { names, at: t } : null;
  }
  return null;
}

/**
 * The people of a subject list that runs from the sentence's start to the join phrase at `t` with
 * no verb between ("Congresswomen A, B of the X Party, and Representatives C (D) and D (R)
 * participated in the meeting"; "On Monday, A and B attended the talks"), or null.
 */
function listedSubject(ix: SentenceIndex, t: number): string[] | null {
  const tokens = ix.sentence.tokens;
  for (let k = t - 1; k >= 0; k--) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || LIST_BREAK.test(w.text)) return null;
  }
  const names = ix.mentions.filter((m) => m.last <= t && m.type === "Person").map((m) => m.name);
  return names.length > 0 ? [...new Set(names)] : null;
}

/** One past a join phrase's last word starting at `t` ("participated in", "attended", "present at"), or -1. */
function joinPhraseEnd(tokens: Token[], t: number, words: EventWords): number {
  // The first word's lemma is read once; most words open no phrase.
  const w = tokens[t];
  const first = w && w.pos !== "PROPN" ? lemmaAmong(w.lower, words.joinWords) : null;
  if (first !== null)
    for (const phrase of words.joinPhrases)
      if (phrase[0] === first && phraseAt(tokens, t, phrase, words.joinWords)) return t + phrase.length;
  // "present" alone ends its phrase: "were also present", "Also present at the meeting was".
  return tokens[t]?.lower === "present" && tokens[t - 1]?.lower === "also" ? t + 1 : -1;
}

/**
 * True when the words from `t` are the lemmas of `phrase` among the join phrases' words `joinWords`,
 * none of them part of a name ("took part in").
 */
function phraseAt(
  tokens: Token[],
  t: number,
  phrase: readonly string[],
  joinWords: ReadonlySet<string>,
): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const w = tokens[t + i];
    if (w === undefined || w.pos === "PROPN" || lemmaAmong(w.lower, joinWords) !== phrase[i]) return false;
  }
  return true;
}

/**
 * True when a definite reference to a meeting starts at `k` ("the meeting", "Thursday's talks"),
 * one that names no participants or body of its own ("the meeting of NATO defence ministers").
 */
function referenceAt(tokens: Token[], k: number, words: EventWords): boolean {
  for (let n = k; n < Math.min(tokens.length, k + REFERENCE_MODIFIERS + 3); n++) {
    if (words.referenceNouns.has((tokens[n] as Token).lower))
      return referenceStart(tokens, n, words) === k && !words.referenceOwners.has(tokens[n + 1]?.lower ?? "");
  }
  return false;
}

/** True when a clause ends at `k` (a stop, a comma or the sentence's end). */
function clauseEndsAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return !w || CLAUSE_MARK.test(w.text);
}

/**
 * The people after the copula of an inverted presence ("Also present at Thursday's meeting was X",
 * "Also present were X and Y"): the named people after the form of "be" that follows the phrase,
 * or null when the sentence does not open with "Also present".
 */
function invertedPresence(ix: SentenceIndex, t: number, end: number): string[] | null {
  const tokens = ix.sentence.tokens;
  if (tokens[t]?.lower !== "present" || t !== 1) return null;
  for (let k = end; k < tokens.length; k++) {
    if (!BE_FORMS.has((tokens[k] as Token).lower)) continue;
    const names = ix.mentions.filter((m) => m.first > k && m.type === "Person").map((m) => m.name);
    return [...new Set(names)];
  }
  return [];
}

/** Joins people to the event's sides (a side index each, -1 for none) and emits their meetings with the other side. */
function joinEvent(event: MeetingEvent, names: string[], sides: number[], trigger: string, emit: Emit): void {
  for (const [i, name] of names.entries()) {
    const s = sides[i] ?? -1;
    if (s < 0 || event.sides.some((x) => x.people.has(name))) continue;
    for (const p of (event.sides[1 - s] as Side).people) {
      if (p < name) emit(p, "meets", name, trigger, JOIN_RULE, "asserted");
      else emit(name, "meets", p, trigger, JOIN_RULE, "asserted");
    }
  }
  for (const [i, name] of names.entries()) {
    const s = sides[i] ?? -1;
    if (s >= 0) (event.sides[s] as Side).people.add(name);
  }
}

/** Marks the meetings a sentence's other readers gave between two joiners of one side ("A and B participated in the meeting"). */
function dropSameSide(
  names: string[],
  sides: number[],
  sentence: number,
  facts: readonly Fact[],
  drop: Set<Fact>,
): void {
  const side = new Map(names.map((n, i) => [n, sides[i] ?? -1]));
  for (const f of facts) {
    if (f.sentence !== sentence || f.relation !== "meets") continue;
    const a = side.get(f.source) ?? -1;
    if (a >= 0 && a === side.get(f.target)) drop.add(f);
  }
}

/**
 * Companions join their host's side when the host takes part in the live event; with no such
 * event, a host and a companion who serve different parties (the document ties each to a country
 * or body, and no tie is shared) were together in person and meet.
 */
function accompany(
  event: MeetingEvent | null,
  company: Company,
  countriesOf: ReadonlyMap<string, Set<string>>,
  emit: Emit,
): void {
  const trigger = "accompanied";
  const s = event ? event.sides.findIndex((x) => x.people.has(company.host)) : -1;
  if (event && s >= 0) {
    joinEvent(
      event,
      company.companions,
      company.companions.map(() => s),
      trigger,
      emit,
    );
    return;
  }
  const own = countriesOf.get(company.host);
  if (!own || own.size === 0) return;
  for (const c of company.companions) {
    const theirs = countriesOf.get(c);
    if (!theirs || theirs.size === 0 || [...theirs].some((x) => own.has(x))) continue;
    if (c < company.host) emit(c, "meets", company.host, trigger, COMPANY_RULE, "asserted");
    else emit(company.host, "meets", c, trigger, COMPANY_RULE, "asserted");
  }
}

/**
 * The side a joiner takes: the one side serving a country it serves; with no country known, the
 * side told as a group of visitors when the other side is not; or -1.
 */
function sideOf(event: MeetingEvent, countries: Set<string> | undefined): number {
  const [a, b] = event.sides;
  if (countries && countries.size > 0) {
    const inA = [...countries].some((c) => a.countries.has(c));
    const inB = [...countries].some((c) => b.countries.has(c));
    if (inA !== inB) return inA ? 0 : 1;
    return -1;
  }
  if (a.group !== b.group) return a.group ? 0 : 1;
  return -1;
}
