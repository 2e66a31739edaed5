/**
 * affiliated_with rules over actor phrases: titles with demonyms or organizations ("North Korean
 * leader Kim Jong Un"), possessives ("South Korea's JCS") and appositives ("Lavrov, Russia's foreign
 * minister,").
 */
import {
  type Chunk,
  type ChunkItem,
  type SentenceIndex,
  actorOf,
  chunkHeads,
  chunkParts,
} from "../chunks.ts";
import { PERSON_PRONOUNS } from "../lexicon/coreference.ts";
import {
  MEMBER_CONNECTORS,
  MEMBER_GROUP_NOUNS,
  PART_OF_NOUNS,
  PART_OF_COPULAS,
  SUB_BODY_HEADS,
} from "../lexicon/descriptions.ts";
import { insertionDash } from "../insertions.ts";
import { BARE_SERVICES, FORUM_HEADS, PARTY_HEADS } from "../lexicon/organizations.ts";
import type { DocState, Mention, Token } from "../types.ts";
import {
  APPOINTMENT_MODIFIERS,
  APPOINTMENT_NOUNS,
  APPOINTMENT_VERBS,
  INSTITUTION_ROLES,
  INTERIM_MARKERS,
  LEAD_VERBS,
  MILITARY_RANKS,
  SEAT_BODY_NOUNS,
  SEAT_PREPOSITIONS,
  SEAT_VERBS,
  SERVING_VERBS,
  FRONTED_PHRASE_OPENERS,
} from "../lexicon/titles.ts";
import {
  WORDS,
  acronymInBrackets,
  isCapitalised,
  isPluralTitleHead,
  bracketedRankStart,
  isRankAt,
  FINAL_STOP,
  isRankToken,
  isTitleWord,
  lastWord,
  pastAcronymInBrackets,
  singular,
  isVerbOrAux,
  VERB_GROUP_FILLER,
} from "../words.ts";
import { mentionsIn, modalityOf, subjectBefore, wordsBefore } from "../clause.ts";
import { titleOfPreviousName } from "../title-apposition.ts";
import { delegationLeaderRule } from "./delegation-leaders.ts";
import { groupMemberRule } from "./group-members.ts";
import { representedBodyRules } from "./represented-bodies.ts";
import { respectiveAppositiveRule } from "./respective-appositives.ts";
import { titleConjunctRule } from "./title-conjuncts.ts";
import { blocPostingCountry, blocSenderBefore } from "../bloc-postings.ts";
import { describedBeforeTitled, describedTitlesSplit, titleHeadTokens } from "./described-titles.ts";
import { relativeServiceRule } from "./relative-service.ts";
import { countryNamedBodyTitleRule } from "./country-named-body-titles.ts";
import { type Emit } from "./shared.ts";
import { bareAppositiveAt } from "./bare-appositives.ts";
import { DESCRIPTION_REACH, demonymDescription, descriptionEnd } from "./set-off-descriptions.ts";
import { wordTable } from "../lexicon/word-table.ts";
import { HAS_LETTER, LOWER_FIRST, POSSESSIVE_ENDING, QUOTE_MARK, TITLE_CASE_WORD } from "../letters.ts";
import { bodyAt, bodyMentionAt, seatBody, staffAfter, parentAfterOf } from "./body-mentions.ts";
import {
  isTitleToken,
  LOWER_WORD,
  titlePhraseSpan,
  ARTICLE,
  isHyphenedHead,
  titlePhraseTarget,
  AND_WORD,
  pluralPossessive,
} from "./title-phrase.ts";
import { type WordSets, wordsOf } from "../stage-words.ts";
import { lowerWordsAt } from "../word-runs.ts";

/** Applies the affiliation rules to every actor phrase of a sentence. */
export function affiliationRules(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const chunk of ix.chunks) {
    const parts = chunkParts(chunk);
    const owner = leadingPossessor(parts[0] ?? []) ?? listDemonym(parts);
    parts.forEach((part, i) => {
      // "Peru's President A and Defense Minister B": a later titled part shares the possessor.
      // "Saudi Crown Prince and Deputy Prime Minister Prince X": a part of titles without a name
      // is the same person's, so its country qualifies the next titled part; so does a body's
      // name, when the part opens the phrase and a bare "and" joins the titles ("Saab president and
      // CEO X", not "A, Navy chief, and Admiral B").
      const before = parts[i - 1];
      const lead = before && titlesOnly(before) ? (countryItem(before) ?? bodyLead(parts, i, tokens)) : null;
      // "Israel's prime minister and Defense Secretary X": a described holder, then a named one.
      const described =
        before !== undefined &&
        titlesOnly(before) &&
        describedBeforeTitled(titleHeadTokens(before, tokens), titleHeadTokens(part, tokens));
      const shared = i > 0 && part[0]?.kind === "title" && !described ? (owner ?? lead) : null;
      titleRule(shared ? [shared, ...part] : part, emit, tokens, ix.words);
    });
    appositiveRule(ix, chunk, emit);
    respectiveTitleRule(ix, chunk, parts, emit);
  }
  titledOfRule(ix, emit);
  listAppositiveRule(ix, emit);
  respectiveAppositiveRule(ix, emit);
  namedCountryRule(ix, emit);
  describedOrganizationRule(ix, emit);
  leadRule(ix, emit);
  relativeServiceRule(ix, emit);
  delegationLeaderRule(ix, emit);
  officeBeforeNameRule(ix, emit);
  titleConjunctRule(ix, emit, ranksBefore);
  countryNamedBodyTitleRule(ix, emit);
  bodyOfBodyRule(ix, emit);
  bracketedDemonymRule(ix, emit);
  groupMembersRule(ix, emit);
  appointedAsRule(ix, emit);
  appointedTitleRule(ix, emit);
  groupMemberRule(ix, emit);
  representedBodyRules(ix, emit);
  possessedBodyRule(ix, emit);
  possessedTitleRule(ix, emit);
  for (const p of ix.mentions) copulaTitles(ix, p, emit);
}

/**
 * "The Government of Canada, through its Department of National Defence, donated …", "Chile sent
 * its Navy's frigate": a body named after "its", with no country of its own, belongs to the
 * country the sentence names before it, when that country is the only actor named before "its"
 * (a second country, body or person before leaves "its" unresolved).
 */
function possessedBodyRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).lower !== "its" || ix.cover[k]) continue;
    const body = ix.cover[k + 1];
    if (!body || body.first !== k + 1 || body.type !== "Organization" || body.country) continue;
    if (body.kind === "pronoun" || body.kind === "role") continue;
    const actors = ix.mentions.filter(
      (m) => m.first < k && (m.type === "Country" || m.type === "Organization" || m.type === "Person"),
    );
    const owner = actors.length === 1 ? actors[0] : undefined;
    if (owner?.type === "Country")
      emit(body.name, "affiliated_with", owner.name, "its", "possessed-body", "asserted");
  }
}

/** Most title words and ranks between "its" and the name ("its deputy chief executive, Maj. Gen."). */
const POSSESSED_TITLE_REACH = 8;

/**
 * "Rheinmetall said its chief executive, Armin Papperger, would attend", "a statement signed by its
 * director, Mr X": "its", title words with an office's head that is no rank, a comma or not, ranks,
 * then a person: the person holds the office of the only actor the sentence names before "its" (a
 * second actor before leaves "its" unresolved, as possessedBodyRule).
 */
function possessedTitleRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).lower !== "its" || ix.cover[k]) continue;
    let j = k + 1;
    let office = "";
    // "its new commander", "its president and CEO": lower-case adjectives before the office, and
    // "and" between its words.
    for (; j < Math.min(k + POSSESSED_TITLE_REACH, tokens.length) && !ix.cover[j]; j++) {
      const t = tokens[j] as Token;
      if (isTitleToken(t.lower)) {
        if (WORDS.titleHeads.has(t.lower) && !RANKS.has(t.lower)) office ||= t.text;
      } else if (!(t.pos === "ADJ" && LOWER_WORD.test(t.text) && !office) && !(t.lower === "and" && office))
        break;
    }
    if (!office) continue;
    if (tokens[j]?.text === ",") j++;
    const person = personAfterRanks(ix, j);
    if (!person) continue;
    // (A country whose name opens a body's, "Kenya Defence Forces", is the body's, not another actor.)
    const actors = ix.mentions.filter(
      (m) =>
        m.first < k &&
        (m.type === "Country" || m.type === "Organization" || m.type === "Person") &&
        !ix.mentions.some(
          (o) => o !== m && o.first <= m.first && o.last >= m.last && o.last - o.first > m.last - m.first,
        ),
    );
    const owner = actors.length === 1 ? actors[0] : undefined;
    if (owner && owner.type !== "Person" && owner.kind !== "pronoun")
      emit(person.name, "affiliated_with", actorOf(owner).name, office, "possessed-title", "asserted");
  }
}

const APPOINTMENT_NOUN_SET = new Set(APPOINTMENT_NOUNS);
const APPOINTMENT_VERB_SET = new Set(APPOINTMENT_VERBS);
const SERVING = SERVING_VERBS.map((p) => p.split(" "));
/** Most lower-case adjectives between a holder and a noun of holding office ("his recent appointment"). */
const APPOINTMENT_ADJECTIVE_REACH = 2;
/** Words read back from a noun or verb of holding office for a hedge ("his possible appointment", "may name X"). */
const HEDGE_REACH = 3;

/**
 * "congratulated X for his appointment as Mongolian Defense Minister", "X was appointed as Chief
 * of the Kenya Defence Forces", "named X as Y", "X serves as Ugandan Defence Minister": "as" and a
 * title phrase naming a country or body, after a noun or verb of holding office (lexicon
 * titles.json appointmentNouns, appointmentVerbs, servingVerbs) whose holder the grammar gives:
 * the noun's possessor, the passive's or serving verb's subject, the active verb's object.
 */
function appointedAsRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (let t = 2; t < tokens.length; t++) {
    if ((tokens[t] as Token).lower !== "as" || ix.cover[t]) continue;
    const holder = holderBeforeAs(ix, t);
    if (!holder) continue;
    const span = titlePhraseSpan(ix, pastAppointmentModifiers(ix, t + 1));
    if (!span || span.name === holder.name) continue;
    // "served as a deputy to Russian Defence Minister X": the country stands in another's title.
    let k = span.end;
    while (k < tokens.length && !ix.cover[k] && isTitleToken((tokens[k] as Token).lower)) k++;
    if (k > span.end && personAfterRanks(ix, k)) continue;
    emitOffice(holder, span, emit, "appointed-as");
  }
}

const APPOINTMENT_MODIFIER_SET = new Set(APPOINTMENT_MODIFIERS);

/**
 * Past an article and the adjectives of a new office (lexicon appointmentModifiers) at `k`, before
 * the office an appointment gives ("as the new head of Y"): the office's first word, else `k`.
 */
function pastAppointmentModifiers(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  if (!ARTICLE.test(tokens[k]?.lower ?? "") || ix.cover[k]) return k;
  let j = k + 1;
  while (j < tokens.length && !ix.cover[j] && APPOINTMENT_MODIFIER_SET.has(tokens[j]?.lower ?? "")) j++;
  return j > k + 1 ? j : k;
}

/**
 * "X was named commander of Y", "X has been appointed the new spokesperson of Y": an appointment's
 * passive (lexicon appointmentVerbs) with the office right after it, no "as" between, gives the
 * subject the office's body or country, when the subject is one named person and nothing hedges it.
 */
function appointedTitleRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (let t = 1; t < tokens.length - 1; t++) {
    if (!APPOINTMENT_VERB_SET.has((tokens[t] as Token).lower) || ix.cover[t]) continue;
    const st = pastAppointmentModifiers(ix, t + 1);
    const first = tokens[st];
    if (!first || ix.cover[st] || !WORDS.titleHeads.has(first.lower)) continue;
    const span = titlePhraseSpan(ix, st);
    if (!span) continue;
    const subject = subjectBefore(ix, t);
    if (!subject.passive || modalityOf(subject.cues, ix.modalityCues) !== "asserted") continue;
    const heads = subject.heads.filter((h) => !h.unnamed && h.mention);
    const holder = heads.length === 1 ? heads[0]?.mention : undefined;
    if (holder?.type !== "Person" || holder.kind === "pronoun" || span.name === holder.name) continue;
    emitOffice(holder, span, emit, "appointed-title");
  }
}

/** A rank's capitalised word or its abbreviation's stop ("General", "Lt.", "Gen."), not "appointed". */
const CAPITAL_RANK = /^(?:\p{Lu}|\.$)/u;

/** The person who holds the office named after "as" at `t` (see appointedAsRule), else null. */
function holderBeforeAs(ix: SentenceIndex, t: number): Mention | null {
  const tokens = ix.sentence.tokens;
  const prev = tokens[t - 1] as Token;
  if (APPOINTMENT_NOUN_SET.has(prev.lower)) {
    // "his (recent) appointment", "X's appointment": the possessor.
    let k = t - 2;
    for (let n = 0; n < APPOINTMENT_ADJECTIVE_REACH && tokens[k]?.pos === "ADJ" && !ix.cover[k]; n++) k--;
    const poss = POSSESSIVE_ENDING.test(tokens[k]?.lower ?? "");
    const m = ix.cover[poss ? k - 1 : k];
    if (!m || m.type !== "Person" || m.last !== (poss ? k : k + 1)) return null;
    // "his possible appointment as": a hedged appointment holds no office yet.
    if (modalityOf(wordsBefore(tokens, t - 1, HEDGE_REACH), ix.modalityCues) !== "asserted") return null;
    return poss || (m.kind === "pronoun" && WORDS.personPossessives.has(m.text.toLowerCase())) ? m : null;
  }
  // "appointed X as Y", "named General X as Y": the object (past its ranks) between the verb and "as".
  const object = ix.cover[t - 1];
  if (object && object.type === "Person" && object.kind !== "pronoun" && object.last === t) {
    let at = object.first - 1;
    while (at > 0 && !ix.cover[at] && CAPITAL_RANK.test(tokens[at]?.text ?? "") && isRankAt(tokens, at)) at--;
    const verb = tokens[at];
    if (!verb || !APPOINTMENT_VERB_SET.has(verb.lower)) return null;
    return modalityOf(wordsBefore(tokens, at, HEDGE_REACH), ix.modalityCues) === "asserted" ? object : null;
  }
  const serving = SERVING.find((words) => lowerWordsAt(tokens, t - words.length, words));
  const appointed = APPOINTMENT_VERB_SET.has(prev.lower);
  if (!serving && !appointed) return null;
  const verb = t - (serving ? serving.length : 1);
  const subject = subjectBefore(ix, verb);
  // "X was appointed as": only a passive's subject holds the office ("X appointed Y as" is above).
  if ((appointed && !subject.passive) || modalityOf(subject.cues, ix.modalityCues) !== "asserted")
    return null;
  const heads = subject.heads.filter((h) => !h.unnamed && h.mention);
  const head = heads.length === 1 ? heads[0]?.mention : undefined;
  return head?.type === "Person" ? head : null;
}

/** Words that introduce the members of a group just described ("officials including A and B"). */
const MEMBER_OPENERS = /^(?:including|included|include|includes)$/u;
/** Most tokens read back from "including" to the group's plural noun ("officers who attended the event"). */
const GROUP_REACH = 8;
/** Most tokens read back from the group's plural noun to the country that qualifies it ("Kenyan military officers"). */
const GROUP_QUALIFIER_REACH = 3;

/**
 * "Chinese officials including Defence Minister A and General B", "Notable British military officers
 * who attended the event included Lieutenant General A (1980 graduate), Brigadier B": a plural group
 * of people (lexicon unnamedSpeakers, plural) that a demonym or a country's possessive qualifies,
 * then "including" or "included" and a list of persons: each person serves the country, unless a
 * country or body stands in the person's own title.
 */
function groupMembersRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (let t = 1; t < tokens.length; t++) {
    // (Each opener starts with "i": the pattern is tried on those words alone, not on every token.)
    const lower = (tokens[t] as Token).lower;
    if (lower.charCodeAt(0) !== 105 || !MEMBER_OPENERS.test(lower) || ix.cover[t]) continue;
    const country = groupCountry(ix, t);
    if (!country) continue;
    let k = t + 1;
    while (k < tokens.length) {
      const tok = tokens[k] as Token;
      const m = ix.cover[k];
      if (m && m.first === k) {
        if (m.type === "Person" && m.kind !== "pronoun") {
          // "… and Joo (far right), head of HD Hyundai's ship business": a member the text goes on
          // to describe by another title ends the list, untied.
          if (apposedTitleAfter(ix, m.last)) break;
          emit(m.name, "affiliated_with", country, (tokens[t] as Token).text, "group-member", "asserted");
        } else if (m.type !== "Person") {
          // "including US Ambassador X": a member whose own title names another country or body.
          k = skipMember(ix, k);
          continue;
        }
        k = m.last;
        continue;
      }
      if (tok.text === "(") {
        // "(1980 graduate)": a bracketed note after a member.
        k = pastBracket(tokens, k);
        continue;
      }
      if (tok.text === "," || tok.lower === "and" || isRankToken(tok) || isTitleToken(tok.lower)) {
        k++;
        continue;
      }
      break;
    }
  }
}

/**
 * True when a comma and a title (after "a", "an" or "the") that runs into no person's name follow
 * a name ending at `k`, past a bracketed note: an appositive, not the next member's ranks.
 */
function apposedTitleAfter(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  if (tokens[k]?.text === "(") k = pastBracket(tokens, k);
  if (tokens[k]?.text !== ",") return false;
  let j = /^(?:a|an|the)$/u.test(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  if (!isTitleToken(tokens[j]?.lower ?? "")) return false;
  while (j < tokens.length && !ix.cover[j] && isRankToken(tokens[j] as Token)) j++;
  const next = ix.cover[j];
  return !(next && next.first === j && next.type === "Person");
}

/** The index after the ")" that closes the bracket opened at `k` (past the end when none does). */
function pastBracket(tokens: Token[], k: number): number {
  while (k < tokens.length && (tokens[k] as Token).text !== ")") k++;
  return k + 1;
}

/** Past a member whose title names a country or body, from `k` to after that member's person. */
function skipMember(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  while (k < tokens.length) {
    const m = ix.cover[k];
    if (m && m.first === k && m.type === "Person") return m.last;
    if ((tokens[k] as Token).text === "," || (tokens[k] as Token).lower === "and") return k;
    k = m ? m.last : k + 1;
  }
  return k;
}

/** The country that qualifies the plural group of people read back from token `t`, else null. */
function groupCountry(ix: SentenceIndex, t: number): string | null {
  const tokens = ix.sentence.tokens;
  for (let g = t - 1; g >= Math.max(0, t - GROUP_REACH); g--) {
    const w = tokens[g] as Token;
    if (ix.cover[g]) return null;
    const plural = singular(w.lower) !== w.lower;
    if (!plural || !(WORDS.unnamed.has(w.lower) || isPluralTitleHead(w.lower))) continue;
    for (let q = g - 1; q >= Math.max(0, g - GROUP_QUALIFIER_REACH); q--) {
      const m = ix.cover[q];
      if (m?.type === "Country" && m.last === q + 1) {
        // "Chinese officials", "Peru's diplomats", "US officials" (a name right before the noun).
        const poss = POSSESSIVE_ENDING.test(tokens[q + 1]?.lower ?? "");
        return m.kind === "demonym" || poss || m.last === g ? actorOf(m).name : null;
      }
      const word = (tokens[q] as Token).text;
      if (m || !(POSSESSIVE_ENDING.test(word) || LOWER_FIRST.test(word))) return null;
    }
    return null;
  }
  return null;
}

/** An acronym as written before a body's name ("UN", "U.N.", "NATO"): capitals, dots allowed. */
const ACRONYM = /^[A-Z](?:\.?[A-Z&]){1,5}\.?$/u;

/** An acronym's key: its capitals without dots ("U.N." → "UN"). */
const acronymKey = (text: string): string => text.replace(/\./gu, "");

/**
 * "the U.N. General Assembly", "the UN Security Council" beside "the United Nations": a body whose
 * name opens with the acronym of another organization of the document (the acronym written in the
 * text, or one of that organization's aliases in the lexicon) is part of it. Facts per sentence.
 */
export function acronymPrefixedBodies(
  state: DocState,
  aliasesOf: (name: string) => readonly string[],
  emitFor: (sentence: number) => Emit,
): void {
  const byAcronym = new Map<string, string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "Organization" || m.kind === "pronoun" || m.kind === "role") continue;
      for (const form of [m.text, m.name, ...aliasesOf(m.name)])
        if (ACRONYM.test(form) && !byAcronym.has(acronymKey(form))) byAcronym.set(acronymKey(form), m.name);
    }
  if (byAcronym.size === 0) return;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] ?? [];
    const emit = emitFor(sentence.index);
    for (const m of list) {
      if (m.type !== "Organization" || m.kind === "pronoun" || m.kind === "role") continue;
      // The acronym inside the body's own mention ("UN Security Council"), or a mention of it
      // right before ("U.N." then "General Assembly").
      const own = m.last - m.first > 1 ? (sentence.tokens[m.first] as Token).text : "";
      const before = list.find(
        (x) => x.last === m.first && x.type === "Organization" && ACRONYM.test(x.text),
      );
      const parent = ACRONYM.test(own) ? byAcronym.get(acronymKey(own)) : before?.name;
      // "the NATO-Russia Council": a body the acronym names together with a country is of both.
      const hyphen = sentence.tokens[m.first + 1];
      const paired =
        own !== "" &&
        hyphen?.text === "-" &&
        !hyphen.space &&
        list.some((x) => x.first === m.first + 2 && x.type === "Country");
      if (parent && parent !== m.name && !paired)
        emit(m.name, "affiliated_with", parent, own || (before?.text ?? ""), "acronym-prefix", "asserted");
    }
  }
}

/**
 * "Navy Commander Vice Admiral X" in a document that names one country's navy ("the Sri Lanka
 * Navy"): a bare service word (lexicon bareServices), capitalised and qualified by nothing before
 * it, opening title words with a head that run into a person's name past ranks, is that country's
 * service; the holder serves it. Two countries' services of that name leave it open.
 */
export function serviceTitledHolders(state: DocState, emitFor: (sentence: number) => Emit): void {
  const named = new Map<string, Set<string>>();
  const countries = new Set<string>();
  const countryOf = new Map<string, string>();
  /** Every body the text ties to a country ("the Turkish Armed Forces" -> Turkey). */
  const bodyCountry = new Map<string, string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type === "Country") countries.add(m.name);
      if (m.type !== "Organization" || !m.country || m.kind === "pronoun" || m.kind === "role") continue;
      bodyCountry.set(m.name, m.country);
      const lower = m.name.toLowerCase();
      const service = BARE_SERVICES.find((w) => lower.endsWith(` ${w}`));
      if (!service) continue;
      named.set(service, (named.get(service) ?? new Set<string>()).add(m.name));
      countryOf.set(m.name, m.country);
    }
  if (named.size === 0) return;
  // "Pakistan's Army Chief General X … the Indian Army": a holder the text ties to another country;
  // "Army Chief Gen X held talks with his visiting South African counterpart": a holder whose
  // counterpart is of the service's country is not; nor is "the Chief of the General Staff of the
  // Turkish Armed Forces, Army General X", a holder the text ties to a body of another country.
  const counterparts = counterpartCountries(state);
  // "Gen Rawat also held a meeting with Lt Gen X, Deputy Chief of the General Staff of Vietnam
  // People's Army": a holder who meets someone of that service, or of its country, is its guest.
  const met = (person: string, body: string, country: string | undefined): boolean =>
    state.facts.some((f) => {
      if (f.relation !== "meets" || (f.source !== person && f.target !== person)) return false;
      const other = f.source === person ? f.target : f.source;
      return state.facts.some(
        (g) =>
          g.source === other &&
          g.relation === "affiliated_with" &&
          (g.target === body || (country !== undefined && g.target === country)),
      );
    });
  const otherCountry = (person: string, country: string | undefined, body = ""): boolean =>
    met(person, body, country) ||
    (country !== undefined && counterparts.get(person)?.has(country) === true) ||
    state.facts.some(
      (f) =>
        f.source === person &&
        f.relation === "affiliated_with" &&
        ((countries.has(f.target) && f.target !== country) ||
          (country !== undefined && bodyCountry.has(f.target) && bodyCountry.get(f.target) !== country)),
    );
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    const list = state.mentions[sentence.index] ?? [];
    const covered = (k: number): boolean => list.some((m) => m.first <= k && k < m.last);
    for (const p of list) {
      if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
      let k = p.first;
      while (k > 0 && !covered(k - 1) && isRankToken(tokens[k - 1] as Token)) k--;
      // "Pakistan army chief General X", the text naming "the Pakistan Army": a country's name, its
      // service in lower case and a title head before the name (past ranks) name that country's service.
      const owned = countryServiceBody(tokens, k, p.first, list, named, countryOf);
      if (owned)
        emitFor(sentence.index)(
          p.name,
          "affiliated_with",
          owned.body,
          owned.head,
          "service-title",
          "asserted",
        );
      const before = tokens[k - 1];
      if (before && (covered(k - 1) || isCapitalised(before.text) || POSSESSIVE_ENDING.test(before.lower)))
        continue;
      for (const [service, names] of named) {
        const words = service.split(" ");
        const n = words.length;
        if (
          names.size !== 1 ||
          !words.every((w, i) => tokens[k + i]?.text === w[0]?.toUpperCase() + w.slice(1))
        )
          continue;
        const head = tokens.slice(k + n, p.first).find((t) => WORDS.titleHeads.has(t.lower));
        const body = [...names][0] as string;
        if (head && !otherCountry(p.name, countryOf.get(body), body))
          emitFor(sentence.index)(p.name, "affiliated_with", body, head.text, "service-title", "asserted");
      }
    }
  }
}

/**
 * The service body that a country's name, a lower-case service word (lexicon bareServices) at `k`
 * and title words with a head up to the name at `name` ("Pakistan army chief General") name, when
 * the text names that country's service ("the Pakistan Army"); with the title's head, else null.
 */
function countryServiceBody(
  tokens: Token[],
  k: number,
  name: number,
  list: Mention[],
  named: Map<string, Set<string>>,
  countryOf: Map<string, string>,
): { body: string; head: string } | null {
  const country = list.find((m) => m.type === "Country" && m.last === k);
  if (!country) return null;
  for (const [service, names] of named) {
    const words = service.split(" ");
    if (!words.every((w, i) => tokens[k + i]?.text === w)) continue;
    const head = tokens.slice(k + words.length, name).find((t) => WORDS.titleHeads.has(t.lower));
    const body = [...names].find((b) => countryOf.get(b) === country.name);
    if (head && body) return { body, head: head.text };
  }
  return null;
}

const OWNER_PRONOUNS = new Set(PERSON_PRONOUNS);
/** Most words (a participle, an adjective) between a possessive and a counterpart's demonym ("his visiting South African counterpart"). */
const COUNTERPART_MODIFIERS = 2;

/**
 * The countries of each person's counterparts: "X held talks with his (visiting) South African
 * counterpart", "X's Chinese counterpart": X is not of that country. The owner is a possessive
 * name, or the nearest name before a possessive pronoun in the same sentence.
 */
function counterpartCountries(state: DocState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // Nouns of the person whose title a possessor holds ("his Chinese counterpart"; the lexicon's counterpartNouns).
  const counterparts = wordsOf(state).counterpartNouns;
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    const list = state.mentions[sentence.index] ?? [];
    for (const country of list) {
      if (country.type !== "Country" || !counterparts.has(tokens[country.last]?.lower ?? "")) continue;
      let p = country.first - 1;
      for (let n = 0; n < COUNTERPART_MODIFIERS && p > 0; n++) {
        const w = tokens[p] as Token;
        if (w.pos !== "ADJ" && !(w.pos === "VERB" && w.lower.endsWith("ing"))) break;
        p--;
      }
      const pronoun = OWNER_PRONOUNS.has(tokens[p]?.lower ?? "");
      if (!pronoun && tokens[p]?.key !== "'s") continue;
      // The nearest name before the pronoun, or the name right before the possessive.
      let owner: Mention | null = null;
      for (const x of list)
        if (
          x.type === "Person" &&
          x.kind !== "pronoun" &&
          x.kind !== "role" &&
          (pronoun ? x.last <= p : x.last === p)
        )
          if (!owner || x.last > owner.last) owner = x;
      if (owner) out.set(owner.name, (out.get(owner.name) ?? new Set<string>()).add(country.name));
    }
  }
  return out;
}

/** Brackets an editor or writer sets around a word inside a title ("[Russian] President", "your (Ghanaian) Vice-President"). */
const BRACKETS = wordTable({ "[": "]", "(": ")" });
/** Most words between a bracketed demonym and the name its title runs into. */
const BRACKETED_TITLE_REACH = 8;

/**
 * "[Russian] President [Vladimir] Putin", "your (Ghanaian) Vice-President, Dr X": a demonym
 * alone in brackets, then title words (a head among them), then the name, past a bracketed name
 * word, a comma and ranks: the person serves the demonym's country.
 */
function bracketedDemonymRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const m of ix.mentions) {
    if (m.type !== "Country" || m.kind !== "demonym") continue;
    const open = tokens[m.first - 1]?.text ?? "";
    const close = BRACKETS.get(open);
    if (!close || tokens[m.last]?.text !== close) continue;
    let k = m.last + 1;
    let head: Token | null = null;
    while (k < tokens.length && !ix.cover[k] && isTitleToken((tokens[k] as Token).lower)) {
      const lower = (tokens[k] as Token).lower;
      if (isHyphenedHead(lower)) head = tokens[k] as Token;
      k++;
    }
    if (!head) continue;
    const limit = k + BRACKETED_TITLE_REACH;
    // "[Vladimir] Putin": a bracketed name word before the name.
    if (tokens[k]?.text === "[" && tokens[k + 2]?.text === "]") k += 3;
    else if (tokens[k]?.text === ",") k++;
    while (k < limit && !ix.cover[k] && isRankToken(tokens[k] as Token)) k++;
    const p = ix.cover[k];
    if (p && p.first === k && p.type === "Person" && p.kind !== "pronoun")
      emit(p.name, "affiliated_with", m.name, head.text, "title-demonym-bracketed", "asserted");
  }
}

const LEADS = new Set(LEAD_VERBS);
const FORUM_HEAD_WORDS = new Set(FORUM_HEADS);
const INSTITUTION = new Set(INSTITUTION_ROLES);
const SEATS = new Set(SEAT_PREPOSITIONS);
const SEAT_VERB_SET = new Set(SEAT_VERBS);
const SEAT_BODY_NOUN_SET = new Set(SEAT_BODY_NOUNS);

/**
 * The body a seat verb at `k` names: "serves on the Armed Services Committee", "sits on the board
 * of Saab" (the organization whose board it is), else null.
 */
function seatVerbBody(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  if (!SEAT_VERB_SET.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "on") return null;
  let j = k + 2;
  if (tokens[j]?.lower === "the" && !ix.cover[j]) j++;
  if (!ix.cover[j] && SEAT_BODY_NOUN_SET.has(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "of") j += 2;
  const body = bodyAt(ix, j);
  return body && actorOf(body).type === "Organization" ? body : null;
}

/**
 * The body named right before a seat preposition and the place `m` after it ("the Vietnamese
 * Embassy in Laos"), or null.
 */
function seatedBody(ix: SentenceIndex, m: Mention): Mention | null {
  const body = ix.cover[m.first - 2];
  return body && body.last === m.first - 1 && actorOf(body).type === "Organization" ? body : null;
}

/**
 * "X, who heads the agency," and "the agency, led by X," / "the agency is led by X": a verb of
 * leading ties the person to the body; "X, who is the head of Y," reads as an appositive title.
 */
function leadRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun") continue;
    // After the person: ", who (also) leads Y" or ", who is the head of Y"; the person's state or
    // home may stand between ("Senator X of Virginia, who …").
    const home = tokens[p.last]?.lower === "of" ? ix.cover[p.last + 1] : null;
    const end = home && home.first === p.last + 1 && home.type !== "Person" ? home.last : p.last;
    if (tokens[end]?.text === "," && tokens[end + 1]?.lower === "who") {
      let k = end + 2;
      while (tokens[k]?.pos === "ADV") k++;
      const verb = tokens[k];
      // The tagger may read "commands" after "who" as a noun: the relative pronoun decides.
      const body = verb && LEADS.has(verb.lower) ? bodyAt(ix, k + 1) : null;
      if (body && verb) {
        emit(p.name, "affiliated_with", actorOf(body).name, verb.text, "lead-relative", "asserted");
        continue;
      }
      if (verb?.lemma === "be") {
        const target = titlePhraseTarget(ix, k + 1);
        if (target) emit(p.name, "affiliated_with", target.name, target.trigger, "lead-relative", "asserted");
      }
      // ", who serves on the Armed Services Committee": a seat on the body.
      const seat = seatVerbBody(ix, k);
      if (seat && verb)
        emit(p.name, "affiliated_with", actorOf(seat).name, verb.text, "seat-verb", "asserted");
    }
    // "X serves on the Armed Services Committee": the person is the seat verb's subject.
    let v = p.last;
    while (tokens[v]?.pos === "ADV") v++;
    const seat = seatVerbBody(ix, v);
    if (seat)
      emit(p.name, "affiliated_with", actorOf(seat).name, tokens[v]?.text ?? "", "seat-verb", "asserted");
    // Before the person: "Y (is|, ) led by (titles) X".
    let b = p.first - 1;
    for (;;) {
      const c = ix.cover[b];
      if (c && c.type === "Country" && c.kind === "demonym") b = c.first - 1;
      else if (b >= 0 && !c && isTitleWord((tokens[b] as Token).lower)) b--;
      else break;
    }
    if (fronted(ix, p, emit)) continue;
    if (tokens[b]?.lower !== "by") continue;
    const verb = tokens[b - 1];
    if (!verb || !ix.words.leadParticiples.has(verb.lower)) continue;
    let s = b - 2;
    while (s >= 0 && VERB_GROUP_FILLER.test((tokens[s] as Token).pos)) s--;
    if (tokens[s]?.text === ",") s--;
    const named = ix.cover[s];
    if (!named || named.last !== s + 1) continue;
    // "the Vietnamese Embassy in Laos led by X": the body sitting in the place; "the forces in
    // Syria led by X" names no body X leads.
    const seated = SEATS.has(tokens[named.first - 1]?.lower ?? "");
    const body = seated ? seatedBody(ix, named) : named;
    if (!body) continue;
    const type = actorOf(body).type;
    if (type === "Organization" || type === "Country")
      emit(p.name, "affiliated_with", actorOf(body).name, verb.text, "lead-passive", "asserted");
    // "the Vietnamese Embassy … led by X": the demonym that opens the body's name is X's country too.
    const demonym = type === "Organization" ? ix.cover[body.first - 1] : null;
    if (demonym?.kind === "demonym" && demonym.type === "Country" && demonym.last === body.first)
      emit(p.name, "affiliated_with", actorOf(demonym).name, verb.text, "lead-passive", "asserted");
  }
}

/**
 * "Led by its Commander, Major General X, the RFMF delegation met …": a participle of leading
 * opens the sentence with "its" (or "their") and a title set off before the person; the body
 * after the person's closing comma is the one the title is of. True when it gave the fact.
 */
function fronted(ix: SentenceIndex, p: Mention, emit: Emit): boolean {
  const tokens = ix.sentence.tokens;
  let b = p.first - 1;
  while (b > 0 && !ix.cover[b] && isRankToken(tokens[b] as Token)) b--;
  if (tokens[b]?.text !== ",") return false;
  b--;
  while (b > 0 && !ix.cover[b] && isTitleWord((tokens[b] as Token).lower)) b--;
  if (!ix.words.ownerPronouns.has(tokens[b]?.lower ?? "") || tokens[b - 1]?.lower !== "by") return false;
  if (b - 2 !== 0 || !ix.words.leadParticiples.has(tokens[0]?.lower ?? "")) return false;
  if (tokens[p.last]?.text !== ",") return false;
  const at = tokens[p.last + 1]?.lower === "the" ? p.last + 2 : p.last + 1;
  const body = ix.cover[at];
  if (!body || body.first !== at || actorOf(body).type !== "Organization") return false;
  emit(p.name, "affiliated_with", actorOf(body).name, (tokens[0] as Token).text, "lead-fronted", "asserted");
  return true;
}

/**
 * "Israel's public broadcaster Kan" and "Rosoboronexport, Russia's state-controlled arms
 * exporter,": a country's possessive before a descriptor noun, the organization named next to it.
 */
function describedOrganizationRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const m of ix.mentions) {
    if (m.type !== "Organization" || m.kind === "pronoun" || m.kind === "role") continue;
    // Before: "<Country>'s <lower-case words ending in a descriptor> <Org>", or with the name set
    // off by commas ("Russia's state-owned news agency, RIA Novosti, reported").
    // "daily The News": a capitalised article before the name is the name's own.
    // "the Colombian newspaper 'El Tiempo'": a quotation mark before the name is the name's own.
    const quoted = QUOTE_MARK.test(tokens[m.first - 1]?.text ?? "") ? m.first - 1 : m.first;
    const before = tokens[quoted - 1]?.text === "The" ? quoted - 2 : quoted - 1;
    let owner = descriptionOwner(ix, before);
    if (!owner && tokens[before]?.text === "," && /^[,.;]$/u.test(tokens[m.last]?.text ?? "."))
      owner = descriptionOwner(ix, before - 1);
    // After: "<Org>, <Country>'s <lower-case words ending in a descriptor>", or "<Org>, the
    // <demonym> <lower-case words ending in a descriptor>" ("Naval Group, the French shipbuilder,"),
    // past the name's acronym in brackets ("Korea Aerospace Industries (KAI), South Korea's …").
    const comma = acronymInBrackets(tokens, m.last) ? m.last + 3 : m.last;
    if (!owner && tokens[comma]?.text === ",") {
      const c = ix.cover[comma + 1];
      if (c && c.first === comma + 1 && POSSESSIVE_ENDING.test(tokens[c.last]?.lower ?? "")) {
        if (descriptionEnd(tokens, c.last + 1) > 0) owner = c;
      }
      owner ??= demonymDescription(ix, comma + 1);
    }
    if (owner && actorOf(owner).type === "Country")
      emit(m.name, "affiliated_with", actorOf(owner).name, "'s", "possessive-description", "asserted");
  }
}

/**
 * From a descriptor noun at `k`, back over its description to "<Country>'s" or a demonym opening it
 * ("the Colombian newspaper"): that mention, else null.
 */
function descriptionOwner(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  if (!WORDS.orgDescriptors.has(tokens[k]?.lower ?? "")) return null;
  let j = k;
  for (let n = 0; n < DESCRIPTION_REACH && j >= 0; n++, j--) {
    const w = tokens[j] as Token;
    if (POSSESSIVE_ENDING.test(w.lower)) {
      const c = ix.cover[j - 1];
      return c && c.last === j ? c : null;
    }
    // "the Colombian newspaper El Tiempo", "the Turkish company Baykar": a demonym opens the description.
    const demonym = ix.cover[j];
    if (
      demonym &&
      j < k &&
      demonym.kind === "demonym" &&
      demonym.type === "Country" &&
      demonym.last === j + 1
    )
      return demonym;
    // "English-language daily": a capitalised word hyphened to the next is a modifier.
    if (tokens[j + 1]?.text === "-" && TITLE_CASE_WORD.test(w.text)) continue;
    // "the Turkish drone maker Baykar": a weapon's word names what the maker makes.
    const covered = ix.cover[j] && ix.cover[j]?.type !== "WeaponSystem";
    if (covered || !(w.text === "-" || LOWER_FIRST.test(w.text))) return null;
  }
  return null;
}

/**
 * "Kenya Defence Forces", "Qatar News Agency", "Ukraine's Ministry of Foreign Affairs": an
 * organization whose own mention the text qualified by a country (stage 3 or 4 set `country`)
 * belongs to that country.
 */
function namedCountryRule(ix: SentenceIndex, emit: Emit): void {
  for (const m of ix.mentions) {
    if (m.type !== "Organization" || !m.country || m.kind === "pronoun" || m.kind === "role") continue;
    // "the Ukraine Defense Contact Group": a forum about the country is not the country's.
    const words = m.name.toLowerCase().split(" ");
    if (FORUM_HEAD_WORDS.has(words.slice(-1).join(" ")) || FORUM_HEAD_WORDS.has(words.slice(-2).join(" ")))
      continue;
    emit(m.name, "affiliated_with", m.country, m.text, "organization-country", "asserted");
  }
}

/**
 * "President Joseph Biden of the United States", "Ambassador Mr Chen Wei of the People's Republic of
 * China": a person after a title head (ranks and honorifics may follow it), then "of" a country or body;
 * without a title, a full name "of" a body that ends its noun phrase (personOfBody).
 */
function titledOfRule(ix: SentenceIndex, emit: Emit): void {
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    const head = titleBeforeOf(ix, p, 0);
    const m = ofBodyAfter(ix, p);
    if (!m) continue;
    const target = actorOf(m);
    if (target.type !== "Country" && target.type !== "Organization") continue;
    if (head) emit(p.name, "affiliated_with", target.name, head.text, "title-of", "asserted");
    else if (personOfBody(ix, p, m))
      emit(p.name, "affiliated_with", target.name, "of", "person-of", "asserted");
  }
}

/**
 * "Kim Jong Un of North Korea", "John Smith of Lockheed Martin": a full name with no title, then
 * "of (the)" a country or body that ends the noun phrase (not "warned John Smith of the Taliban
 * threat", a body modifying a noun), the name itself not "of" another's ("the son of X of Y").
 */
function personOfBody(ix: SentenceIndex, p: Mention, body: Mention): boolean {
  const tokens = ix.sentence.tokens;
  const after = tokens[body.last];
  return (
    p.name.includes(" ") &&
    tokens[p.first - 1]?.lower !== "of" &&
    (after === undefined ||
      (after.pos !== "NOUN" && after.pos !== "PROPN" && !POSSESSIVE_ENDING.test(after.lower)))
  );
}

/**
 * "The foreign ministers of India and Japan, Arjun Mehta and Kenji Sato, met": a plural title "of"
 * a list of countries or bodies, then as many persons set off by a comma; each person serves the
 * country or body at the same place in its list.
 */
function respectiveTitleRule(ix: SentenceIndex, chunk: Chunk, parts: ChunkItem[][], emit: Emit): void {
  const tokens = ix.sentence.tokens;
  let k = chunk.first - 1;
  if (tokens[k]?.lower === "the" && !ix.cover[k]) k--;
  if (tokens[k]?.lower !== "of" || !isPluralTitleHead(tokens[k - 1]?.lower ?? "")) return;
  const single = parts.map((p) => (p.length === 1 && p[0]?.kind === "mention" ? p[0].m : null));
  const n = single.findIndex((m) => m?.type === "Person");
  if (n < 2 || single.length !== 2 * n) return;
  const bodies = single.slice(0, n);
  const persons = single.slice(n);
  // The persons' list is set off by the comma after the last body.
  if (tokens[(bodies[n - 1] as Mention).last]?.text !== ",") return;
  if (!bodies.every((m) => m && (actorOf(m).type === "Country" || actorOf(m).type === "Organization")))
    return;
  if (!persons.every((m) => m?.type === "Person")) return;
  persons.forEach((p, i) => {
    const body = bodies[i] as Mention;
    emit(
      (p as Mention).name,
      "affiliated_with",
      actorOf(body).name,
      tokens[k - 1]?.text ?? "",
      "respective-title",
      "asserted",
    );
  });
}

/** How many earlier members of a list a plural title may reach ("Ministers A of X, B of Y and C of Z"). */
const DISTRIBUTED_TITLE_REACH = 4;

/**
 * The title head before person `p` (past ranks and honorifics), or null. "Defense Ministers Viktor
 * Orlov of Russia and Pavel Belsky of Belarus": a plural title distributes over a list of persons
 * each with "of" a country or body, so the person after "and" or a comma takes the plural title
 * of the first one.
 */
function titleBeforeOf(ix: SentenceIndex, p: Mention, depth: number): Token | null {
  const tokens = ix.sentence.tokens;
  let k = p.first;
  let head: Token | null = null;
  const plural = depth > 0 || personOfFollows(ix, p);
  while (k > 0 && !ix.cover[k - 1] && isRankToken(tokens[k - 1] as Token)) {
    k--;
    const w = (tokens[k] as Token).lower;
    if (WORDS.titleHeads.has(w) || (plural && isPluralTitleHead(w))) head = tokens[k] as Token;
  }
  if (head || depth >= DISTRIBUTED_TITLE_REACH) return head;
  // The list member before: "… B of Y and", "… B of Y,", "… B of Y, and".
  let j = p.first - 1;
  if (tokens[j]?.lower !== "and" && tokens[j]?.text !== ",") return null;
  if (tokens[j]?.lower === "and" && tokens[j - 1]?.text === ",") j--;
  const body = ix.cover[j - 1];
  if (!body || body.last !== j || (body.type !== "Country" && body.type !== "Organization")) return null;
  let of = body.first - 1;
  if (tokens[of]?.lower === "the" && !ix.cover[of]) of--;
  const prev = ix.cover[of - 1];
  if (tokens[of]?.lower !== "of" || !prev || prev.type !== "Person" || prev.last !== of) return null;
  const title = titleBeforeOf(ix, prev, depth + 1);
  return title && isPluralTitleHead(title.lower) ? title : null;
}

/** True when person `p`, "of" a country or body, is followed by "and" or a comma and another person. */
function personOfFollows(ix: SentenceIndex, p: Mention): boolean {
  const body = ofBodyAfter(ix, p);
  if (!body) return false;
  const tokens = ix.sentence.tokens;
  let j = body.last;
  if (tokens[j]?.text === ",") j++;
  if (tokens[j]?.lower === "and") j++;
  const next = ix.cover[j];
  return j > body.last && next?.type === "Person" && next.first === j;
}

/**
 * True when the name ending at `end` heads its noun phrase: no noun, name or number follows it
 * ("Damen Shipyards' Stan Patrol 2606 design" is a design, not a person).
 */
function endsNounPhrase(tokens: Token[], end: number): boolean {
  const after = tokens[end];
  return (
    after === undefined ||
    (after.pos !== "NOUN" && after.pos !== "PROPN" && after.pos !== "NUM" && !/\d/u.test(after.text))
  );
}

/** What closes a set-off phrase: a comma, a stop or a semicolon. */
const SET_OFF_END = /^[,.;]$/u;

/** The country or body after person `p` and "of (the)", or null. */
function ofBodyAfter(ix: SentenceIndex, p: Mention): Mention | null {
  const tokens = ix.sentence.tokens;
  let j = p.last;
  // "John Smith, of the Liberal Party, said": an of-phrase set off by commas (or ending the sentence).
  const setOff = tokens[j]?.text === "," && tokens[j + 1]?.lower === "of";
  if (setOff) j++;
  if (tokens[j]?.lower !== "of") return null;
  j++;
  if (tokens[j]?.lower === "the") j++;
  const m = bodyMentionAt(ix, j);
  // "assured President X of Kenya's commitment": a possessive owns the noun after it; the of-phrase
  // is what X was assured of, not X's country.
  if (!m || tokens[m.last]?.key === "'s") return null;
  if (setOff && !SET_OFF_END.test(tokens[m.last]?.text ?? ".")) return null;
  // "Commander X of the South Korea-U.S. Combined Forces Command": a country glued by a hyphen to
  // the word after it opens a compound modifier of the body named next, no owner of X.
  return hyphenatedAfter(tokens, m.last + 1) ? null : m;
}

/**
 * "the Polish-Lithuanian Council", "a pro-Russian militia": a demonym glued by a hyphen to the word
 * before it is part of a compound modifier and names no owner of the body after it.
 */
function hyphenatedAfter(tokens: Token[], at: number): boolean {
  const hyphen = tokens[at - 1];
  return hyphen?.text === "-" && !hyphen.space && !(tokens[at] as Token).space;
}

/** True when a part is a country or body and titles with a head, and no person ("Saudi Crown Prince"). */
function titlesOnly(items: ChunkItem[]): boolean {
  const last = items[items.length - 1];
  // One person's title: a singular head that names no group ("officials", "leaders" do).
  return (
    last?.kind === "title" &&
    last.head &&
    singular(last.word) === last.word &&
    !WORDS.unnamed.has(last.word) &&
    items.every((it) => it.kind !== "mention" || it.m.type !== "Person")
  );
}

/** The country mention item that opens a part ("Saudi" of "Saudi Crown Prince"), else null. */
function countryItem(items: ChunkItem[]): ChunkItem | null {
  const first = items[0];
  return first?.kind === "mention" && first.m.type === "Country" ? first : null;
}

/**
 * The body item that opens the first part of a phrase ("Saab" of "Saab president"), when part `i`
 * is the second and "and" without a comma joins them, else null. An article before the body closes
 * the first part as a noun phrase of its own: "talks between the NATO chief and Prime Minister X"
 * are two people's (as title-conjuncts.ts reads them).
 */
function bodyLead(parts: ChunkItem[][], i: number, tokens: Token[]): ChunkItem | null {
  const first = parts[0]?.[0];
  const at = parts[i]?.[0]?.index ?? 0;
  if (i !== 1 || first?.kind !== "mention" || first.m.type !== "Organization") return null;
  if (ARTICLE.test(tokens[first.m.first - 1]?.lower ?? "")) return null;
  return tokens[at - 1]?.lower === "and" && tokens[at - 2]?.text !== "," ? first : null;
}

/** Fewest titled people in a list whose first title's demonym the others share. */
const DEMONYM_LIST_PARTS = 3;

/** A part's title words, in order ("foreign minister"), when one of them is a head; else "". */
function titleWords(items: ChunkItem[]): string {
  const words = items.flatMap((it) => (it.kind === "title" ? [it.word] : []));
  return items.some((it) => it.kind === "title" && it.head) ? words.join(" ") : "";
}

/**
 * "Maldivian President A, Foreign Minister B and Defence Minister C": in a list of three or more
 * titled people whose first opens with a demonym, the later titles (each headed, none repeated:
 * "Chinese President A, President B and President C" are three countries' presidents; no later
 * country or body named) share that country; the country item, else null.
 */
function listDemonym(parts: ChunkItem[][]): ChunkItem | null {
  const first = parts[0] ?? [];
  const country = countryItem(first);
  if (!country || parts.length < DEMONYM_LIST_PARTS || first[1]?.kind !== "title") return null;
  const titles = new Set<string>();
  for (const part of parts) {
    const last = part[part.length - 1];
    const title = titleWords(part);
    if (last?.kind !== "mention" || last.m.type !== "Person" || !title || titles.has(title)) return null;
    // "…, Prime Minister B and Chilean Foreign Minister C": a later country or body makes a mixed list.
    if (part !== first && part.some((it) => it.kind === "mention" && it.m.type !== "Person")) return null;
    titles.add(title);
  }
  return country;
}

/** The country item of a part that opens with "<Country>'s" (with its possessive), else null. */
function leadingPossessor(items: ChunkItem[]): ChunkItem | null {
  const [first, second] = items;
  return first?.kind === "mention" && first.m.type === "Country" && second?.kind === "poss" ? first : null;
}

/** "North Korean leader Kim Jong Un", "South Korea's JCS spokesperson Lee", "North Korea's KCNA". */
function titleRule(items: ChunkItem[], emit: Emit, tokens: Token[], words: WordSets): void {
  let country: Mention | null = null;
  let org: Mention | null = null;
  let titleHead = "";
  let prev: ChunkItem | null = null;
  // The item before `prev`: the possessor when `prev` is "'s".
  let owner: ChunkItem | null = null;
  // Where the titles before the next name start: their first item after the last mention (-1: none yet).
  let titlesFrom = -1;
  for (const it of items) {
    if (it.kind === "mention") {
      const m = it.m;
      // "Rheinmetall's chief executive and Army Chief General X": titles in lower case, "and", then
      // the name's own titles: the possessor is the described holder's, not X's (described-titles.ts).
      if (
        m.type === "Person" &&
        titleHead &&
        titlesFrom >= 0 &&
        describedTitlesSplit(tokens, titlesFrom, m.first, isTitleHead) >= 0
      ) {
        country = null;
        org = null;
      }
      if (m.type === "Person" && titleHead) {
        // "Russia's UN ambassador X": the bloc is where the country sends X (bloc-postings.ts).
        const sender = blocPostingCountry(words, country, org, titleHead);
        const target = sender ?? org ?? country;
        if (target)
          emit(
            m.name,
            "affiliated_with",
            actorOf(target).name,
            titleHead,
            sender ? "bloc-posting" : org ? "title-organization" : "title-demonym",
            "asserted",
          );
        // "Russian Army General X", "Solomon Islands Police Commissioner X": a body that the text
        // names after its country names the country too.
        if (!sender && org?.country && org.country !== m.name)
          emit(m.name, "affiliated_with", org.country, titleHead, "title-demonym", "asserted");
      } else if (m.type === "Person" && prev?.kind === "poss" && country && !org) {
        emit(
          m.name,
          "affiliated_with",
          actorOf(country).name,
          tokens[prev.index]?.text ?? "'s",
          "possessive-person",
          "asserted",
        );
      } else if (
        m.type === "Person" &&
        m.kind !== "pronoun" &&
        prev?.kind === "poss" &&
        owner?.kind === "mention" &&
        owner.m.type === "Organization" &&
        owner.m.kind !== "pronoun" &&
        endsNounPhrase(tokens, m.last)
      ) {
        // "NATO's Jens Stoltenberg", "the Kremlin's Dmitry Peskov": a body's possessive before a
        // person's name, as a country's ("Russia's Sergei Lavrov").
        emit(
          m.name,
          "affiliated_with",
          actorOf(owner.m).name,
          tokens[prev.index]?.text ?? "'s",
          "possessive-person",
          "asserted",
        );
      } else if (
        m.type === "Organization" &&
        prev?.kind === "poss" &&
        owner?.kind === "mention" &&
        owner.m.type === "Organization"
      ) {
        // "the U.S. Embassy's Office of Security Cooperation": a body in another body's possessive.
        emit(
          m.name,
          "affiliated_with",
          owner.m.name,
          tokens[prev.index]?.text ?? "'s",
          "possessive-body",
          "asserted",
        );
      } else if (
        m.type === "Organization" &&
        prev?.kind === "poss" &&
        owner?.kind === "mention" &&
        owner.m.type === "Person" &&
        partyName(m, tokens)
      ) {
        // "Prime Minister Abiy Ahmed's Prosperity Party": a person's possessive before a party.
        emit(
          owner.m.name,
          "affiliated_with",
          m.name,
          tokens[prev.index]?.text ?? "'s",
          "possessive-party",
          "asserted",
        );
      } else if (
        m.type === "Organization" &&
        country &&
        (prev?.kind === "poss" ||
          (prev?.kind === "mention" &&
            (prev.m.kind === "demonym" || countryAcronymBefore(prev.m, m, tokens)) &&
            !hyphenatedAfter(tokens, prev.m.first)))
      ) {
        emit(
          m.name,
          "affiliated_with",
          actorOf(country).name,
          prev.kind === "poss" ? (tokens[prev.index]?.text ?? "'s") : country.text,
          "possessive-organization",
          "asserted",
        );
      }
      // "the defence attaché in Sri Lanka Senior Colonel Zhou Wei": a country after "in" is a posting.
      if ((m.type === "Country" || m.kind === "capital") && tokens[m.first - 1]?.lower !== "in") country = m;
      if (m.type === "Organization") org = m;
      if (m.type === "Person") {
        country = null;
        org = null;
      }
      titleHead = "";
      titlesFrom = -1;
    } else if (it.kind === "title" || it.kind === "unnamed") {
      if (titlesFrom < 0) titlesFrom = it.index;
      if (it.kind === "title" && it.head) titleHead = tokens[it.index]?.text ?? it.word;
    }
    owner = prev;
    prev = it;
  }
}

const PARTY_HEAD_SET = new Set(PARTY_HEADS);

/**
 * True when body `m` is a political party: its name ends in a party's word, or a lower-case one
 * follows it ("Prosperity Party", "the United Democratic Alliance party"; lexicon partyHeads).
 */
function partyName(m: Mention, tokens: Token[]): boolean {
  const after = tokens[m.last];
  return (
    PARTY_HEAD_SET.has(lastWord(m.name)) ||
    (after?.text === after?.lower && PARTY_HEAD_SET.has(after?.lower ?? ""))
  );
}

/**
 * "the US Central Intelligence Agency", "the US Federal Bureau of Investigation": a country's
 * acronym right before a body whose name has a body's head (before any "of") qualifies it as a
 * demonym does.
 */
function countryAcronymBefore(country: Mention, body: Mention, tokens: Token[]): boolean {
  if (country.type !== "Country" || country.kind !== "name" || country.last !== body.first) return false;
  if (!ACRONYM.test(country.text)) return false;
  // "Federal Bureau of Investigation": the head stands before the name's "of".
  let end = body.first;
  while (end < body.last && tokens[end]?.lower !== "of") end++;
  return WORDS.orgHeads.has(tokens[end - 1]?.lower ?? "");
}

/** Marks that may close an appositive: a comma, a stop, a semicolon. */
const APPOSITIVE_CLOSERS = /^[,.;]$/u;

/**
 * "Sergei Lavrov, Russia's foreign minister," and "John Kirby, a spokesperson for the White
 * House,": a person then a title phrase naming a country or organization; and the reverse,
 * "Iran's foreign minister, Abbas Araghchi,".
 */
function appositiveRule(ix: SentenceIndex, chunk: Chunk, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const lastItem = chunk.items[chunk.items.length - 1];
  // "Tom Lee, President and CEO of Acme,": coordinated titles after a person's comma, read as a
  // list of the person and two titles, are the person's appositive.
  // "King Abdullah, King and Supreme Commander of Jordan": titles may stand before the person.
  const at = chunk.items.findIndex((it) => it.kind !== "title");
  const first = chunk.items[at];
  if (
    first?.kind === "mention" &&
    first.m.type === "Person" &&
    tokens[first.m.last]?.text === "," &&
    chunk.items.length > at + 2 &&
    chunk.items.slice(at + 1).every((it) => it.kind === "title" || it.kind === "and")
  ) {
    personAppositive(ix, first.m, first.m.last, emit);
    return;
  }
  if (!lastItem) return;
  if (
    lastItem.kind === "mention" &&
    lastItem.m.type === "Organization" &&
    opensAppositive(tokens, chunk.last)
  ) {
    // "Bharat Forge, a private defence firm, part of the Kalyani Group": past one description.
    const parent = parentAfter(ix, chunk.last + 1) ?? parentAfter(ix, bodyDescriptionEnd(ix, chunk.last + 1));
    if (parent && parent.name !== lastItem.m.name)
      emit(lastItem.m.name, "affiliated_with", parent.name, parent.trigger, "appositive-part-of", "asserted");
    // "ARTEC (a consortium comprising KMW and Rheinmetall)": each member body belongs to it.
    const members = membersAfter(ix, chunk.last + 1);
    for (const m of members?.names ?? [])
      if (m !== lastItem.m.name)
        emit(m, "affiliated_with", lastItem.m.name, members?.trigger ?? "", "appositive-members", "asserted");
    return;
  }
  // "The Quds Force is the elite branch of the IRGC": a body, a copula and the part-of phrase.
  if (
    lastItem.kind === "mention" &&
    lastItem.m.type === "Organization" &&
    BODY_COPULAS.has(tokens[chunk.last]?.lower ?? "")
  ) {
    const parent = parentAfter(ix, chunk.last + 1);
    if (parent && parent.name !== lastItem.m.name)
      emit(lastItem.m.name, "affiliated_with", parent.name, parent.trigger, "copula-part-of", "asserted");
    return;
  }
  // "William Zana the Deputy Commanding General for the CJTF-HOA": the comma left out.
  const bare = bareAppositiveAt(tokens, chunk.last);
  if (tokens[chunk.last]?.text !== "," && !bare) return;
  if (lastItem.kind === "mention" && lastItem.m.type === "Person") {
    personAppositive(ix, lastItem.m, chunk.last, emit);
    return;
  }
  if (bare) return;
  if (lastItem.kind === "title" || lastItem.kind === "unnamed") {
    const next = ix.chunkAt[chunk.last + 1];
    // "Guinea's leader, Colonel Mamady Doumbouya,": titles may precede the name.
    const end = next?.items[next.items.length - 1];
    const person =
      next &&
      end?.kind === "mention" &&
      end.m.type === "Person" &&
      next.items.every((it) => it === end || it.kind === "title")
        ? end.m
        : null;
    if (!person || (tokens[next?.last ?? 0] && !APPOSITIVE_CLOSERS.test(tokens[next?.last ?? 0]?.text ?? "")))
      return;
    const target = titlePhraseSpan(ix, chunk.first);
    if (!target) return;
    emit(person.name, "affiliated_with", target.name, target.trigger, "appositive-title", "asserted");
    if (target.country && target.country !== target.name)
      emit(person.name, "affiliated_with", target.country, target.trigger, "appositive-title", "asserted");
  }
}

/**
 * "Rear Admiral A, Ghana Navy chief, and Air Vice Marshal B, Air Force chief, toured …": in a list
 * of people, a title phrase set off by commas after a name and followed by "and" is that name's
 * appositive, as the last name's is.
 */
function listAppositiveRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role" || tokens[p.last]?.text !== ",")
      continue;
    const span = titlePhraseSpan(ix, p.last + 1);
    if (span && tokens[span.end]?.text === "," && tokens[span.end + 1]?.lower === "and")
      personAppositive(ix, p, p.last, emit);
  }
}

const FRONTED_OPENERS = new Set(FRONTED_PHRASE_OPENERS);

/**
 * "Upon meeting Rajnath Singh, the Australian PM underscored …": the sentence opens with a fronted
 * phrase (lexicon frontedPhraseOpeners) that the comma at `comma` closes, its first, and the title
 * phrase after it, ending at `end`, runs into a verb: the phrase is the main clause's subject, no
 * apposition of the name before the comma ("X, the Australian PM, said" is closed by a comma).
 */
function subjectAfterFrontedPhrase(tokens: Token[], comma: number, end: number): boolean {
  let open = 0;
  while (open < comma && !HAS_LETTER.test((tokens[open] as Token).text)) open++;
  if (!FRONTED_OPENERS.has(tokens[open]?.lower ?? "")) return false;
  if (tokens.slice(open, comma).some((t) => t.text === ",")) return false;
  const next = tokens[end];
  return next !== undefined && isVerbOrAux(next);
}

/**
 * The title phrase set off by the comma at `comma` after person `own` ("Sergei Lavrov, Russia's
 * foreign minister,", "John Kirby, a spokesperson for the White House,"), tied to the person
 * unless it is the next name's title.
 */
function personAppositive(ix: SentenceIndex, own: Mention, comma: number, emit: Emit): void {
  const target = titlePhraseSpan(ix, comma + 1);
  if (target && subjectAfterFrontedPhrase(ix.sentence.tokens, comma, target.end)) return;
  // "Head of X, A, Head of Y, B": titles stand before their names, so this one is B's (also when
  // the span left out the end of the body's name, "the Director of Thales Africa, B").
  const next = target ? personAfterSpan(ix, target.end) : null;
  if (next && titledBefore(ix, own)) return;
  // "A, the U.S. ambassador to Lebanon B and C": a title running straight into a name (past
  // ranks) is that name's, in a list of people, not A's appositive.
  if (target && personAfterRanks(ix, target.end)) return;
  if (target) {
    emit(own.name, "affiliated_with", target.name, target.trigger, "appositive-title", "asserted");
    // "X, Director General for Africa in the EU's External Action Service,": the body that owns
    // the office's body (or the service a staff heads) is the holder's too, as before the name.
    if (target.parent)
      emit(own.name, "affiliated_with", target.parent, target.trigger, "appositive-title", "asserted");
    // "X, defense attaché of the Chinese Embassy in Laos,": a body whose own phrase names its
    // country names the holder's country too.
    if (target.country && target.country !== target.name)
      emit(own.name, "affiliated_with", target.country, target.trigger, "appositive-title", "asserted");
    // "X, the People Power Party's vice chairperson on the Intelligence Committee": the body a
    // seat is held on, after the title phrase.
    const seat = seatBody(ix, target.end);
    if (seat && seat.name !== target.name)
      emit(own.name, "affiliated_with", seat.name, target.trigger, "appositive-title-seat", "asserted");
    secondTitle(ix, own, target.end, emit);
  } else {
    secondTitle(ix, own, setOffTitleEnd(ix, comma + 1), emit);
    const body = titleThenBody(ix, comma + 1) ?? institutionRole(ix, comma + 1);
    if (body) emit(own.name, "affiliated_with", body.name, body.trigger, "appositive-title-body", "asserted");
    else relativeTitles(ix, own, comma + 1, emit);
  }
}

/**
 * "A, Crown Prince of Dubai and Commander of the Dubai Police," and "A, Minister of Information and
 * spokesman for the Malawian government,": a second title joined by "and" (no comma) to the first
 * of a person's appositive (ending at `end`), closed by punctuation or a verb, with no name in it,
 * is the person's too: the body or country it names.
 */
function secondTitle(ix: SentenceIndex, own: Mention, end: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  if (end >= 0 && tokens[end]?.text === ",") titleListAfter(ix, own, end, emit);
  if (end < 0 || tokens[end]?.lower !== "and" || tokens[end - 1]?.text === ",") return;
  if (personAfterRanks(ix, end + 1)) return;
  const second = titlePhraseSpan(ix, end + 1);
  if (!second || mentionsIn(ix, end + 1, second.end).some((m) => m.type === "Person")) return;
  // "… spokesman for the Malawian government,": the body's lower-case head noun after its demonym.
  const head = tokens[second.end];
  const after = head?.pos === "NOUN" && LOWER_WORD.test(head.text) ? tokens[second.end + 1] : head;
  if (after && !/^[,.;]$/u.test(after.text) && after.pos !== "VERB" && after.pos !== "AUX") return;
  // "A, Chairman of X and the Commander of Y, B,": a title set off before the next name is B's.
  if (after?.text === "," && personAfterRanks(ix, tokens.indexOf(after) + 1)) return;
  emit(own.name, "affiliated_with", second.name, second.trigger, "appositive-second-title", "asserted");
  if (second.country && second.country !== second.name)
    emit(own.name, "affiliated_with", second.country, second.trigger, "appositive-second-title", "asserted");
}

/** Most titles listed after a person's first appositive title. */
const TITLE_LIST_REACH = 4;

/**
 * "General Michael Kurilla, the Commander of A, Commander of the US Fifth Fleet, and Commander of
 * Combined Maritime Forces.": after the first appositive title, further titles each opening with a
 * capitalised title head after a comma (or ", and"), naming a body, with no name in or right after
 * them, closed by a comma or the sentence's end, are the person's too.
 */
function titleListAfter(ix: SentenceIndex, own: Mention, end: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  let k = end;
  for (let n = 0; n < TITLE_LIST_REACH && tokens[k]?.text === ","; n++) {
    let st = k + 1;
    if (tokens[st]?.lower === "and") st++;
    const t = tokens[st];
    if (!t || !isCapitalised(t.text) || !WORDS.titleHeads.has(t.lower) || ix.cover[st]) return;
    const span = titlePhraseSpan(ix, st);
    if (!span || mentionsIn(ix, st, span.end).some((m) => m.type === "Person")) return;
    const after = tokens[span.end];
    if (after && !/^[,.;]$/u.test(after.text)) return;
    if (after?.text === "," && personAfterRanks(ix, span.end + 1)) return;
    emit(own.name, "affiliated_with", span.name, span.trigger, "appositive-title-list", "asserted");
    if (span.country && span.country !== span.name)
      emit(own.name, "affiliated_with", span.country, span.trigger, "appositive-title-list", "asserted");
    k = span.end;
  }
}

/**
 * Where a title set off after a person's comma, that names no body, ends at "and" ("Minister of
 * Information and …"): the index of that "and", else -1. Its words are title words, "of", "for",
 * articles and capitalised words, with an office's head among them.
 */
function setOffTitleEnd(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  let head = false;
  for (let j = k; j < k + SET_OFF_TITLE_REACH && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // "Crown Prince of Dubai and …": a place or body the first title is "of" stays inside it.
    const m = ix.cover[j];
    if (m) {
      if (m.type === "Person" || tokens[j - 1]?.lower !== "of") return -1;
      j = m.last - 1;
      continue;
    }
    if (t.lower === "and") return head ? j : -1;
    if (WORDS.titleHeads.has(t.lower) && t.pos !== "VERB") head = true;
    else if (!isTitleWord(t.lower) && !/^(?:of|for|the)$/u.test(t.lower) && !isCapitalised(t.text)) return -1;
  }
  return -1;
}

/** Most capitalised words of a body's name the title phrase's span may have left out ("Thales Africa"). */
const SPAN_TAIL_REACH = 3;

/**
 * The person named after a comma that closes a title phrase ending at `end`, past the rest of a
 * body's name the span left out ("the Director of Thales Africa, Jean Roux"), else null.
 */
function personAfterSpan(ix: SentenceIndex, end: number): Mention | null {
  const tokens = ix.sentence.tokens;
  let e = end;
  while (
    e < end + SPAN_TAIL_REACH &&
    isCapitalised(tokens[e]?.text ?? "") &&
    ix.cover[e]?.type !== "Person" &&
    tokens[e]?.pos !== "VERB"
  )
    e++;
  return tokens[e]?.text === "," ? personAfterRanks(ix, e + 1) : null;
}

/** Most words a relative clause's titles may run over ("who is also a Politburo member and Deputy Secretary of …"). */
const RELATIVE_TITLE_REACH = 12;

/**
 * "X, who is also a Politburo member and Deputy Secretary of the Central Military Commission,":
 * a relative clause after a person's comma whose verb is a form of "be" (or "serves as") holds
 * titles; each title phrase of its list, closed by punctuation or "and", ties the person to what
 * it names.
 */
function relativeTitles(ix: SentenceIndex, p: Mention, k: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  if (tokens[k]?.lower !== "who") return;
  let j = k + 1;
  while (tokens[j]?.pos === "ADV") j++;
  if (/^(?:serves|served)$/u.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "as") j += 2;
  else if (/^(?:is|was)$/u.test(tokens[j]?.lower ?? "")) j++;
  else return;
  titleList(ix, p, j, emit, "relative-title");
}

/**
 * The titles after a form of "be" at `j` (past adverbs), each closed by punctuation or "and", tie
 * person `p` to what they name ("is also a Politburo member and Deputy Secretary of …").
 */
function titleList(ix: SentenceIndex, p: Mention, k: number, emit: Emit, rule: string): void {
  const tokens = ix.sentence.tokens;
  let j = k;
  while (tokens[j]?.pos === "ADV") j++;
  const end = Math.min(tokens.length, j + RELATIVE_TITLE_REACH);
  for (let st = j; st < end; st++) {
    const w = tokens[st] as Token;
    if (/^[,.;:]$/u.test(w.text) || w.pos === "VERB") return;
    // A member of the list starts the clause or follows "and".
    if (st !== j && tokens[st - 1]?.lower !== "and") continue;
    const span = titlePhraseSpan(ix, st);
    const after = span ? tokens[span.end] : undefined;
    if (!span || (after && !/^(?:[,.;]|and)$/u.test(after.lower))) continue;
    emit(p.name, "affiliated_with", span.name, span.trigger, rule, "asserted");
    if (span.country && span.country !== span.name)
      emit(p.name, "affiliated_with", span.country, span.trigger, rule, "asserted");
    st = span.end - 1;
  }
}

/**
 * "Vice Admiral Michael Noonan is also the commander of the US Navy's Pacific Fleet.": a person
 * opening the sentence (past the titles before the name) as the subject of "is", "was" or "has
 * been" holds the titles after it.
 */
function copulaTitles(ix: SentenceIndex, p: Mention, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") return;
  for (let k = 0; k < p.first; k++) if (!isCapitalised((tokens[k] as Token).text)) return;
  let j = p.last;
  while (tokens[j]?.pos === "ADV") j++;
  if (/^(?:has|had)$/u.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "been") j += 2;
  else if (/^(?:is|was)$/u.test(tokens[j]?.lower ?? "")) j++;
  else return;
  titleList(ix, p, j, emit, "copula-title");
}

const PART_OF = new Set(PART_OF_NOUNS);
const BODY_COPULAS = new Set(PART_OF_COPULAS);
const SUB_BODIES = new Set(SUB_BODY_HEADS);

/**
 * "X, a subsidiary of France's Thales group", "X, the trade arm of CSIC": after the comma at
 * `k - 1`, an article, up to three modifiers, a noun of belonging and "of" before an
 * organization ("part" alone: "X, part of Y"); that organization, or null.
 */
function parentAfter(ix: SentenceIndex, k: number): { name: string; trigger: string } | null {
  const tokens = ix.sentence.tokens;
  // "Rosoboronexport, part of Rostec": "part" needs no article.
  const j = tokens[k]?.lower === "part" ? k : appositiveNoun(tokens, k, PART_OF);
  if (j < 0 || tokens[j + 1]?.lower !== "of") return null;
  const noun = tokens[j] as Token;
  const chunk = ix.chunkAt[j + 2] ?? (tokens[j + 2]?.lower === "the" ? ix.chunkAt[j + 3] : null);
  const org = chunk
    ? chunkHeads(chunk).find((h) => !h.unnamed && h.mention?.type === "Organization")
    : undefined;
  return org ? { name: org.name, trigger: noun.text } : null;
}

/** Most words of a description set off between commas before a body's part-of phrase ("a private defence firm"). */
const BODY_DESCRIPTION_REACH = 5;

/**
 * "a private defence firm," at `k`: an article, then lower-case adjectives and nouns (no entity's,
 * no verb) closed by a comma; the index after that comma, else -1.
 */
function bodyDescriptionEnd(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  if (!ARTICLE.test(tokens[k]?.lower ?? "")) return -1;
  for (let j = k + 1; j <= k + BODY_DESCRIPTION_REACH && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.text === ",") return j > k + 1 ? j + 1 : -1;
    if (ix.cover[j] || !APPOSITIVE_MODIFIER.test(t.pos) || t.text !== t.lower) return -1;
  }
  return -1;
}

/** True when the token at `k` opens an appositive: a comma, a bracket or a dash that sets off an insertion. */
function opensAppositive(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text;
  return w === "," || w === "(" || (w !== undefined && insertionDash(tokens, k));
}

/** Most modifiers between the article of an organization's appositive and its noun ("the trade arm", "a Franco-German joint venture"). */
const APPOSITIVE_MODIFIERS = 3;
/** The parts of speech of those modifiers. */
const APPOSITIVE_MODIFIER = /^(?:ADJ|NOUN)$/u;

/**
 * Where a noun of `nouns` stands in an organization's appositive that opens at `k`: after an
 * article and up to three modifiers ("a subsidiary", "the trade arm", "a Franco-German joint
 * venture"); else -1.
 */
function appositiveNoun(tokens: Token[], k: number, nouns: ReadonlySet<string>): number {
  if (!ARTICLE.test(tokens[k]?.lower ?? "")) return -1;
  let j = k + 1;
  while (
    j < k + 1 + APPOSITIVE_MODIFIERS &&
    !nouns.has(tokens[j]?.lower ?? "") &&
    APPOSITIVE_MODIFIER.test(tokens[j]?.pos ?? "")
  )
    j++;
  return nouns.has(tokens[j]?.lower ?? "") ? j : -1;
}

const MEMBER_GROUPS = new Set(MEMBER_GROUP_NOUNS);
const CONNECTORS = MEMBER_CONNECTORS.map((c) => c.split(" "));
/** Most modifiers before the members of a group ("German firms"). */
const MEMBER_MODIFIERS = 3;
/** The parts of speech of those modifiers. */
const MEMBER_MODIFIER = /^(?:ADJ|NOUN|DET)$/u;

/**
 * "X, a consortium comprising A and B", "X (a joint venture of A, B and C)", "X - a partnership
 * between A and B -": an article, up to three modifiers, a noun of a body formed by other bodies, a
 * connector (lexicon memberConnectors), up to three modifiers and a list of organizations after
 * `k`; those organizations, or null.
 */
function membersAfter(ix: SentenceIndex, k: number): { names: string[]; trigger: string } | null {
  const tokens = ix.sentence.tokens;
  const j = appositiveNoun(tokens, k, MEMBER_GROUPS);
  if (j < 0) return null;
  const noun = tokens[j] as Token;
  const connector = CONNECTORS.find((words) => lowerWordsAt(tokens, j + 1, words));
  if (!connector) return null;
  let n = j + 1 + connector.length;
  // "a consortium of German firms A and B": modifiers, a demonym among them, before the members.
  for (let skipped = 0; skipped < MEMBER_MODIFIERS; skipped++) {
    const m = ix.cover[n];
    if (m?.type === "Organization") break;
    if (m && m.first === n && m.kind === "demonym") n = m.last;
    else if (!m && MEMBER_MODIFIER.test(tokens[n]?.pos ?? "")) n++;
    else break;
  }
  const names: string[] = [];
  while (n < tokens.length) {
    const m = ix.cover[n];
    if (m && m.first === n && m.type === "Organization" && m.kind !== "pronoun") {
      names.push(m.name);
      n = m.last;
      continue;
    }
    const w = (tokens[n] as Token).lower;
    if (m || !(w === "," || w === "and" || w === "the")) break;
    n++;
  }
  return names.length > 0 ? { names, trigger: noun.text } : null;
}

/** Longest title phrase, in tokens, read back from the comma before a name. */
const OFFICE_REACH = 16;

/**
 * "alongside the chief of the General Staff of the Argentine Air Force, Maj. Gen. Fernando
 * Luis Mengo," and "High Commissioner of India to Guyana, Dr. Amit Telang said": an office set off
 * by a comma before a name (past ranks) is that person's. The phrase is read back to a comma, a
 * verb or another person, and must end at the comma; a name that does not close the appositive (a
 * verb follows) must follow a phrase that opens the sentence.
 */
function officeBeforeNameRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    const k = ranksBefore(ix, p);
    if (tokens[k - 1]?.text !== ",") {
      adjoiningOffice(ix, p, k, emit);
      continue;
    }
    const office = officeBefore(ix, p);
    if (!office) continue;
    const { span, st } = office;
    // "A, Head of X, B": the office is A's appositive, unless A's own office stood before A.
    // After "A and", it can only be B's.
    if (
      titleOfPreviousName(
        tokens,
        st,
        (k) => ix.cover[k],
        (prev) => titledBefore(ix, prev),
      )
    )
      continue;
    // The name closes the appositive unless a verb follows it ("the head of X, Y said": Y speaks);
    // an adverb of place or time may close it ("called on the Chief of X, General Y here at …").
    const after = tokens[p.last];
    const closed =
      !after ||
      /^[,.;)]$/u.test(after.text) ||
      /^(?:and|who)$/u.test(after.lower) ||
      after.pos === "ADP" ||
      ix.words.deicticAdverbs.has(after.lower);
    // "…, A and Head of X, B were present": an office after "and" is the next list item's.
    if (closed || opensClause(ix, st) || tokens[st - 1]?.lower === "and") {
      emitOffice(p, span, emit);
      // "China's Chief of the Joint Staff Department …, General X": the country that owns the office.
      const owner = ownerBefore(ix, st);
      if (owner && owner !== span.name)
        emit(p.name, "affiliated_with", owner, span.trigger, "office-before-name", "asserted");
    }
  }
}

/** Most tokens of an introductory adverbial before a clause's subject ("Subsequently,", "On 30 May,"). */
const INTRO_REACH = 4;

/** Most tokens of a participle's phrase that opens a sentence ("Speaking at today's handover ceremony,"). */
const PARTICIPLE_INTRO_REACH = 8;

/** A capitalised present participle ("Speaking", "Addressing"). */
const CAPITALISED_GERUND = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * "Speaking at the ceremony,", "Addressing the gathering in Accra,": a sentence that opens with a
 * present participle whose phrase (no actor named in it, no other verb) closes with a comma before
 * `comma`, or at it. The index after that comma, else 0.
 */
function participleIntroEnd(ix: SentenceIndex, comma: number): number {
  const tokens = ix.sentence.tokens;
  const first = tokens[0];
  if (!first || first.pos !== "VERB" || !CAPITALISED_GERUND.test(first.text)) return 0;
  for (let j = 1; j <= comma && j <= PARTICIPLE_INTRO_REACH; j++) {
    const t = tokens[j] as Token;
    if (t.text === ",") return j + 1;
    if ((ix.cover[j] && ix.cover[j]?.type !== "Location") || isVerbOrAux(t)) return 0;
  }
  return 0;
}

/** Most tokens of a prepositional phrase that opens a sentence ("In the ceremony held at the port of Praia,"). */
const PREPOSITION_INTRO_REACH = 12;

/**
 * "In the ceremony held at the port of Praia,", "At a ceremony in Nairobi,": a sentence that opens
 * with a preposition whose phrase (no actor named in it but places, no verb but a participle
 * between a noun and a preposition: "the ceremony held at") closes with a comma before `comma`, or
 * at it. The index after that comma, else 0.
 */
function prepositionIntroEnd(ix: SentenceIndex, comma: number): number {
  const tokens = ix.sentence.tokens;
  const first = tokens[0];
  if (!first || first.pos !== "ADP" || !isCapitalised(first.text)) return 0;
  for (let j = 1; j <= comma && j <= PREPOSITION_INTRO_REACH; j++) {
    const t = tokens[j] as Token;
    if (t.text === ",") return j + 1;
    if (ix.cover[j] && ix.cover[j]?.type !== "Location") return 0;
    const reduced = tokens[j - 1]?.pos === "NOUN" && tokens[j + 1]?.pos === "ADP";
    if (isVerbOrAux(t) && !(t.pos === "VERB" && reduced && t.lower !== t.lemma)) return 0;
  }
  return 0;
}

/**
 * Whether an office phrase starting at `st` opens its clause: at the sentence's start, after
 * introductory adverbials, each with its comma ("Subsequently, Chief of …", "Meanwhile, on Monday,
 * Chief of …", "On Monday, in Tbilisi, Chief of …": a place may stand in them), or after another title of the
 * same holder joined by a dash ("First Deputy Minister of Defense – Chief of …") that does.
 */
function opensClause(ix: SentenceIndex, st: number): boolean {
  const tokens = ix.sentence.tokens;
  const k = /^[–—]$/u.test(tokens[st - 1]?.text ?? "") ? officeStart(ix, st - 1) : st;
  if (k === 0) return true;
  const comma = k - 1;
  if (tokens[comma]?.text !== ",") return false;
  // "Meanwhile, subsequently, Chief of …": stacked adverbials, each closed by its comma.
  // "Speaking at the ceremony, Chief of …": a participle's phrase may open the sentence.
  // "In the ceremony held at the port, Chief of …": so may a preposition's.
  let start = participleIntroEnd(ix, comma) || prepositionIntroEnd(ix, comma);
  for (let j = start; j <= comma; j++) {
    const t = tokens[j] as Token;
    if (t.text === ",") {
      if (j === start || j - start > INTRO_REACH) return false;
      start = j + 1;
    } else if (
      (ix.cover[j] && ix.cover[j]?.type !== "Location") ||
      t.pos === "VERB" ||
      t.pos === "AUX" ||
      t.pos === "PUNCT"
    )
      return false;
  }
  return true;
}

/**
 * The country whose possessive or demonym stands right before a title phrase starting at `st`
 * ("China's Chief of …", "the Chinese Chief of …"), else null.
 */
function ownerBefore(ix: SentenceIndex, st: number): string | null {
  const tokens = ix.sentence.tokens;
  // The phrase may open with the owner or its possessive mark ("China's Chief of …").
  const own = ix.cover[st];
  if (own?.first === st && own.type === "Country" && own.kind === "demonym") return ownerBefore(ix, own.last);
  if (tokens[st]?.key === "'s") return ownerBefore(ix, st + 1);
  const poss = tokens[st - 1]?.key === "'s";
  const m = ix.cover[poss ? st - 2 : st - 1];
  if (!m || m.type !== "Country" || m.last !== (poss ? st - 1 : st)) return null;
  if (!poss && m.kind !== "demonym") return null;
  return isTitleToken(tokens[st]?.lower ?? "") ? actorOf(m).name : null;
}

/** An office's holder serves its body, and the country the body's own phrase names ("the Embassy of China"). */
function emitOffice(
  p: Mention,
  span: { name: string; trigger: string; country?: string | undefined; parent?: string | undefined },
  emit: Emit,
  rule = "office-before-name",
): void {
  emit(p.name, "affiliated_with", span.name, span.trigger, rule, "asserted");
  if (span.parent) emit(p.name, "affiliated_with", span.parent, span.trigger, rule, "asserted");
  if (span.country && span.country !== span.name)
    emit(p.name, "affiliated_with", span.country, span.trigger, rule, "asserted");
}

const RANKS = new Set(MILITARY_RANKS);

/**
 * True when a person's office stands before the name: set off by a comma ("Head of X, A"), naming
 * its body ("the Chief of the Defence Force A"), or a bare office ("Foreign Minister A", "President
 * A"), not a rank alone ("Gen. A"). In a list whose names carry their offices before them, a title
 * between two names is the next name's.
 */
function titledBefore(ix: SentenceIndex, p: Mention): boolean {
  const ranks = ranksBefore(ix, p);
  if (officeBefore(ix, p) || adjoiningSpan(ix, p, ranks)) return true;
  const tokens = ix.sentence.tokens;
  for (let k = ranks; k < p.first; k++) {
    const t = tokens[k] as Token;
    const w = t.lower.replace(FINAL_STOP, "");
    if (isCapitalised(t.text) && WORDS.titleHeads.has(w) && !RANKS.has(w)) return true;
  }
  return setOffOfficeBefore(ix, ranks - 1);
}

/**
 * "the Chief of Army Staff, General A," and "the Minister of Defence, A,": an office set off by a
 * comma before a name (past ranks) whose body is no entity still stands before it. True when the
 * words from the phrase's start to the comma at `comma` hold a capitalised office head (not a
 * rank) and only title words, "of", "and", "for", articles and capitalised words.
 */
function setOffOfficeBefore(ix: SentenceIndex, comma: number): boolean {
  const tokens = ix.sentence.tokens;
  if (tokens[comma]?.text !== ",") return false;
  let head = false;
  let k = comma - 1;
  for (; k >= Math.max(0, comma - SET_OFF_TITLE_REACH); k--) {
    const t = tokens[k] as Token;
    if (ix.cover[k]?.type === "Person" || OFFICE_BREAK.test(t.text) || isVerbOrAux(t)) break;
    const w = t.lower.replace(FINAL_STOP, "");
    if (isCapitalised(t.text) && WORDS.titleHeads.has(w) && !RANKS.has(w)) head = true;
    else if (!isCapitalised(t.text) && !isTitleWord(w) && !/^(?:of|and|for|in|the|a|an)$/u.test(w)) break;
  }
  return head && k < comma - 1;
}

const INTERIM = new Set(INTERIM_MARKERS);

/**
 * The first token of the ranks and honorifics right before a person's name ("Maj. Gen."), and of
 * a mark of an interim office before them ("Chargé d'Affaires, a.i. Jane Roe").
 */
function ranksBefore(ix: SentenceIndex, p: Mention): number {
  const tokens = ix.sentence.tokens;
  let k = p.first;
  while (k > 0 && !ix.cover[k - 1] && isRankAt(tokens, k - 1)) k--;
  // "Brigadier General (Brig Gen) X": the rank's abbreviation in brackets, then the rank.
  const open = bracketedRankStart(tokens, k);
  if (open < k && !ix.cover[open + 1]) {
    k = open;
    while (k > 0 && !ix.cover[k - 1] && isRankAt(tokens, k - 1)) k--;
  }
  if (k > 0 && !ix.cover[k - 1] && INTERIM.has(tokens[k - 1]?.lower ?? "")) k--;
  return k;
}

/** The office set off by a comma before a person (past ranks), with where it starts, else null. */
function officeBefore(
  ix: SentenceIndex,
  p: Mention,
): { span: { name: string; trigger: string }; st: number } | null {
  const comma = ranksBefore(ix, p) - 1;
  if (ix.sentence.tokens[comma]?.text !== "," || comma < 2) return null;
  for (const end of [comma, portfolioListStart(ix, comma) - 1]) {
    if (end < 2 || ix.sentence.tokens[end]?.text !== ",") continue;
    for (let st = officeStart(ix, end); st < end; st++) {
      const span = titlePhraseSpan(ix, st);
      if (span && span.end === end) return { span, st };
    }
  }
  return null;
}

/** Most words of a list of portfolios set off after an office ("National Security and Foreign Affairs"). */
const PORTFOLIO_LIST_REACH = 8;

/**
 * "the Fijian Minister for Defense, National Security and Foreign Affairs, Inia Seruiratu": the
 * first token of a list of portfolios (capitalised words, no title's head nor an entity's, with
 * "and") that ends at the comma `comma` after a comma, else -1.
 */
function portfolioListStart(ix: SentenceIndex, comma: number): number {
  const tokens = ix.sentence.tokens;
  let joined = false;
  for (let j = comma - 1; j >= 0 && j >= comma - PORTFOLIO_LIST_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.text === ",") return joined && j < comma - 1 ? j + 1 : -1;
    if (ix.cover[j] || WORDS.titleHeads.has(t.lower)) return -1;
    if (AND_WORD.test(t.lower)) joined = true;
    else if (!isCapitalised(t.text)) return -1;
  }
  return -1;
}

/** Longest title set off between commas before its body ("Minister of Defence and Military Veterans"). */
const SET_OFF_TITLE_REACH = 10;

/**
 * "X, President, Boeing India, said", "X, Chief of Operations, Nigerian Army, announced" and "X,
 * the Chief of the Naval Staff, Indian Navy.": a title (its head among title words, "of", "and",
 * "the" and capitalised words) set off by commas, then
 * the body or country it serves, closed by punctuation or a verb. The body, else null.
 */
function titleThenBody(ix: SentenceIndex, k: number): { name: string; trigger: string } | null {
  const tokens = ix.sentence.tokens;
  let head: Token | null = null;
  let j = k;
  for (; j < k + SET_OFF_TITLE_REACH && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.text === "," || ix.cover[j]) break;
    if (WORDS.titleHeads.has(t.lower) && t.pos !== "VERB") head ??= t;
    else if (!isTitleWord(t.lower) && !/^(?:of|and|&|the)$/u.test(t.lower) && !isCapitalised(t.text))
      return null;
  }
  if (!head || j === k || tokens[j]?.text !== ",") return null;
  const body = bodyMentionAt(ix, j + 1);
  if (!body || (body.type !== "Organization" && body.type !== "Country")) return null;
  const after = tokens[body.last];
  if (after && !/^[,.;]$/u.test(after.text) && after.pos !== "VERB" && after.pos !== "AUX") return null;
  return { name: actorOf(body).name, trigger: head.text };
}

/** Participles that tie a role to the body it works with ("a rapporteur working with the U.N."). */
const WORKING = /^(?:working|serving)$/u;

/** Longest run of words before an institution role ("an international relations expert"). */
const ROLE_REACH = 5;

/**
 * "X, an international relations expert at the Hebrew University in Tel Aviv": a role held at an
 * institution (lexicon titles.json institutionRoles), then "at" or "of" an organization: that body.
 */
function institutionRole(ix: SentenceIndex, k: number): { name: string; trigger: string } | null {
  const tokens = ix.sentence.tokens;
  const first = /^(?:a|an|the)$/u.test(tokens[k]?.lower ?? "") ? k + 1 : k;
  let j = first;
  const limit = j + ROLE_REACH;
  while (
    j < limit &&
    !ix.cover[j] &&
    !INSTITUTION.has(tokens[j]?.lower ?? "") &&
    /^(?:ADJ|NOUN|PROPN)$/u.test(tokens[j]?.pos ?? "")
  )
    j++;
  // "a special rapporteur working with the U.N.", "an expert working with X": a role noun, then
  // "working" or "serving" and its preposition ("for" too).
  const role = INSTITUTION.has(tokens[j]?.lower ?? "")
    ? tokens[j++]
    : j > first && WORKING.test(tokens[j]?.lower ?? "") && tokens[j - 1]?.pos === "NOUN"
      ? tokens[j - 1]
      : undefined;
  const serving = WORKING.test(tokens[j]?.lower ?? "");
  if (serving) j++;
  if (!role || !(serving ? /^(?:at|with|for)$/u : /^(?:at|of|with)$/u).test(tokens[j]?.lower ?? ""))
    return null;
  const body = bodyMentionAt(ix, tokens[j + 1]?.lower === "the" ? j + 2 : j + 1);
  return body && body.type === "Organization" ? { name: body.name, trigger: role.text } : null;
}

/** The person whose name starts at token `k`, past ranks and honorifics, else null. */
function personAfterRanks(ix: SentenceIndex, k: number): Mention | null {
  const tokens = ix.sentence.tokens;
  while (k < tokens.length && !ix.cover[k] && isRankAt(tokens, k)) k++;
  const m = ix.cover[k];
  return m && m.first === k && m.type === "Person" ? m : null;
}

/** Punctuation an office does not cross backwards. */
const OFFICE_BREAK = /^[,;:(“”"]$/u;

/** Where an office phrase ending at `end` may start: read back to a comma, a verb or another person. */
function officeStart(ix: SentenceIndex, end: number): number {
  const tokens = ix.sentence.tokens;
  let s = end;
  while (s > Math.max(0, end - OFFICE_REACH)) {
    const t = tokens[s - 1] as Token;
    // "… Organization (MDO)": a bracketed acronym inside the phrase.
    if (t.text === ")" && tokens[s - 3]?.text === "(") {
      s -= 3;
      continue;
    }
    const m = ix.cover[s - 1];
    if (m ? m.type === "Person" : OFFICE_BREAK.test(t.text) || isVerbOrAux(t)) break;
    s--;
  }
  return s;
}

/**
 * "the President of Maldives Ibrahim Solih", "Ambassador of Finland to Israel Mrs. Anna Berg": an
 * office "of" (for, at) a body that runs straight into a name, past ranks (from `ranks`, the first
 * rank before the name), is that person's; so is a body named right before the ranks. The phrase is
 * read back to a comma, a verb or another person.
 */
function adjoiningOffice(ix: SentenceIndex, p: Mention, ranks: number, emit: Emit): void {
  // "Kenya Defence Forces Maj. Gen. Ali Musa": a body right before the ranks is the person's.
  const body = ix.cover[ranks - 1];
  const rank = ix.sentence.tokens.slice(ranks, p.first).find((t) => t.text !== ".");
  if (body && body.last === ranks && body.type === "Organization" && rank && ranks < p.first) {
    // "Russia's UN ambassador X": the bloc is where the country sends X (bloc-postings.ts).
    const sender = blocSenderBefore(ix, body, ranks, p.first);
    if (sender) {
      emit(p.name, "affiliated_with", actorOf(sender).name, rank.text, "bloc-posting", "asserted");
      return;
    }
    emit(p.name, "affiliated_with", body.name, rank.text, "organization-rank", "asserted");
    if (body.country)
      emit(p.name, "affiliated_with", body.country, rank.text, "organization-rank", "asserted");
    return;
  }
  const span = adjoiningSpan(ix, p, ranks);
  if (span) emitOffice(p, span, emit);
  else if (!titleWordsBody(ix, p, ranks, emit)) bracketedTitleBody(ix, p, ranks, emit);
}

/** Most title words and "of" read back from the ranks to the body that owns the title. */
const TITLE_WORDS_BACK_REACH = 5;

/**
 * "the Chilean Navy's Chief of Staff Vice Adm. X", "Peru's Army Chief of Staff Vice Adm. X": a
 * body or a country (its possessive, or its demonym), then only title words and "of" with a head
 * among them (and the title's bracketed acronym), running into the ranks before the name (from `ranks`). The person serves the body
 * (and its country) or the country. True when it emitted.
 */
function titleWordsBody(ix: SentenceIndex, p: Mention, ranks: number, emit: Emit): boolean {
  const tokens = ix.sentence.tokens;
  // ranksBefore reads title words as ranks: the title may already lie among them.
  let k = ranks;
  let head = tokens.slice(ranks, p.first).find((t) => isHyphenedHead(t.lower)) ?? null;
  for (let n = 0; n < TITLE_WORDS_BACK_REACH && k > 0; n++) {
    // "Britain's Chief of Defence Staff (CDS) Sir X": the title's acronym in brackets (after a
    // title word; "Nationalist Party (KMT) Legislator X" brackets the body's).
    const titled = !ix.cover[k - 4] && isTitleToken(tokens[k - 4]?.lower ?? "");
    if (n === 0 && k > 3 && acronymInBrackets(tokens, k - 3) && titled) k -= 3;
    const t = tokens[k - 1] as Token;
    if (ix.cover[k - 1] || !(t.lower === "of" || isTitleToken(t.lower))) break;
    if (isHyphenedHead(t.lower)) head ??= t;
    k--;
  }
  if (!head || tokens[k]?.lower === "of") return false;
  const poss = POSSESSIVE_ENDING.test(tokens[k - 1]?.lower ?? "") || pluralPossessive(tokens, k - 1);
  const owner = ix.cover[poss ? k - 2 : k - 1];
  if (!owner || owner.last !== (poss ? k - 1 : k) || owner.kind === "pronoun") return false;
  const type = actorOf(owner).type;
  if (type === "Organization") {
    emit(p.name, "affiliated_with", actorOf(owner).name, head.text, "organization-title-rank", "asserted");
    if (owner.country && owner.country !== p.name)
      emit(p.name, "affiliated_with", owner.country, head.text, "organization-title-rank", "asserted");
    return true;
  }
  if (type !== "Country" || (!poss && owner.kind !== "demonym")) return false;
  emit(p.name, "affiliated_with", actorOf(owner).name, head.text, "country-title-rank", "asserted");
  return true;
}

/** Most tokens read back over a title with bracketed acronyms before the ranks. */
const BRACKETED_TITLE_BACK_REACH = 10;

/**
 * "Central Command (CENTCOM) chief General X", "NAF Chief of Air Staff (CAS) marshal X": a body,
 * then title words with a head (capitalised words and "of" among them) and a bracketed acronym,
 * running into the ranks before the name: the person serves the body.
 */
function bracketedTitleBody(ix: SentenceIndex, p: Mention, ranks: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  let k = ranks;
  // "chief General X": the head may stand among the ranks.
  let head = tokens.slice(ranks, p.first).find((t) => WORDS.titleHeads.has(t.lower)) ?? null;
  let bracket = false;
  for (let n = 0; n < BRACKETED_TITLE_BACK_REACH && k > 0; n++) {
    const t = tokens[k - 1] as Token;
    if (acronymInBrackets(tokens, k - 3)) {
      bracket = true;
      k -= 3;
      continue;
    }
    if (ix.cover[k - 1]) break;
    if (WORDS.titleHeads.has(t.lower)) head ??= t;
    if (isRankToken(t) || t.lower === "of" || isCapitalised(t.text)) {
      k--;
      continue;
    }
    break;
  }
  const body = ix.cover[k - 1];
  if (!bracket || !head || !body || body.last !== k || body.type !== "Organization") return;
  emit(p.name, "affiliated_with", actorOf(body).name, head.text, "organization-bracketed-title", "asserted");
}

/** True when a token is a title's head ("minister", "Chief"), not a verb ("heads"). */
const isTitleHead = (t: Token): boolean => WORDS.titleHeads.has(t.lower) && t.pos !== "VERB";

/** The office "of" a body that runs straight into a person's name past ranks from `ranks`, else null. */
function adjoiningSpan(
  ix: SentenceIndex,
  p: Mention,
  ranks: number,
): { name: string; trigger: string; country?: string | undefined } | null {
  const start = officeStart(ix, ranks);
  // "China's foreign minister and Secretary of State Antony Blinken": the phrase starts past the
  // "and" after which the name's own titles begin (described-titles.ts).
  const split = describedTitlesSplit(ix.sentence.tokens, start, ranks, isTitleHead);
  for (let st = split >= 0 ? split + 1 : start; st < ranks; st++) {
    const span = titlePhraseSpan(ix, st);
    if (span && span.end >= ranks && span.end <= p.first) return span;
  }
  return null;
}

/**
 * "the Central Military Commission of the Chinese People's Liberation Army", "the Office of
 * Security Cooperation of the US Embassy": an organization "of" another is part of it.
 */
function bodyOfBodyRule(ix: SentenceIndex, emit: Emit): void {
  for (const m of ix.mentions) {
    if (m.type !== "Organization" || m.kind === "pronoun" || m.kind === "role") continue;
    // "the 14th Group of the 3rd Squadron": a unit named by its number is a sub-body too.
    const unit = m.rule === "fallback-numbered-unit";
    if (
      !unit &&
      !SUB_BODIES.has(m.name.slice(m.name.lastIndexOf(" ") + 1).toLowerCase()) &&
      !subBodyOfName(m.name)
    )
      continue;
    // "the Eastern Naval Command (ENC) of the Indian Navy": past the body's acronym.
    const parent = parentAfterOf(ix, pastAcronymInBrackets(ix.sentence.tokens, m.last));
    if (!parent || parent.type !== "Organization") continue;
    const [a, b] = [actorOf(m).name, actorOf(parent).name];
    if (a !== b) emit(a, "affiliated_with", b, "of", "organization-of", "asserted");
  }
  // "the Kyrgyz Armed Forces General Staff": a staff named right after its service is part of it.
  for (const m of ix.mentions) {
    const staff = m.kind === "pronoun" || m.kind === "role" ? null : staffAfter(ix, m);
    if (staff && actorOf(staff).name !== actorOf(m).name)
      emit(
        actorOf(staff).name,
        "affiliated_with",
        actorOf(m).name,
        staff.text,
        "organization-of",
        "asserted",
      );
  }
}

/**
 * True when a body's name opens its head before "of" ("Directorate General of Public Information",
 * "Directorate of Information and Public Relations"): a sub-body's head, maybe "General", then "of".
 */
function subBodyOfName(name: string): boolean {
  const words = name.toLowerCase().split(" ");
  return words.some((w, k) => {
    if (!SUB_BODIES.has(w)) return false;
    const next = words[k + 1] === "general" ? k + 2 : k + 1;
    return words[next] === "of" && next < words.length - 1;
  });
}
