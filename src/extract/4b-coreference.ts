/**
 * Stage 4b, coreference: pronouns and definite descriptions take the entity of the nearest
 * compatible antecedent (by type, number and country), and each resolved mention keeps that
 * antecedent as provenance. Precision first: a mention that cannot be resolved to exactly one
 * candidate stays unresolved and gives no fact.
 *  - he/she/his/her: the most recent person; "his country": that person's known country;
 *  - I/me/my and we/us/our inside a quotation: its speaker (we: the speaker's country);
 *  - "the president", "the Chinese president": the person introduced with that title, else the
 *    nearest person of a compatible country (giving the person's affiliated_with the country);
 *  - "the visiting dignitary", "the guest": the one person the document told as a visitor;
 *  - "He said" after "an Iranian Foreign Ministry spokesman …": the body the unnamed voice speaks for;
 *  - "a government spokesperson said …" before "X, a spokesperson for …": X; "One official said"
 *    after "US officials …": the United States (named-voices.ts);
 *  - "It also said": the only body or country the sentence before has as a subject;
 *  - "the statement said": the author of the statement told last (statement-authors.ts);
 *  - "X made the remarks …", "This was stated by X": X said the sentence before (remark-authors.ts);
 *  - "the country": the only country of the nearest sentence that names one;
 *  - "the company", "the shipbuilder": the only company of the nearest sentence that names one;
 *  - "they" / "the two leaders" + "met", "held talks": meets between the two people meant; with a
 *    partner in its clause ("They met C", "where they were received by C"), each of the two met C
 *    and not each other (the group is recorded on its sentence for the meeting rules, group-members.ts).
 */
import { makeMention } from "./make-mention.ts";
import { gazetteerOf } from "./gazetteer.ts";
import { insertionEnd } from "./insertions.ts";
import { byFirst, byFirstLongest, sortInPlace } from "./lists.ts";
import { lowerWordsAt } from "./word-runs.ts";
import { type Gender, personGenders, pronounGender } from "./gender.ts";
import { COMPANY_SUFFIXES, GENERIC_ORG_STARTS as GENERIC_ORG_START_WORDS } from "./lexicon/organizations.ts";
import { WEAPON_MAKERS } from "./lexicon/weapons.ts";
import { HONORIFIC_PHRASES, PAST_TITLE_MARKS, TITLE_ACRONYMS } from "./lexicon/titles.ts";
import { OPENING_SUBORDINATORS } from "./lexicon/meet-words.ts";
import { SPEAKER_VERBS } from "./lexicon/triggers.ts";
import { resolveSpeakerPronouns } from "./descriptions.ts";
import { resolveQuotedIt } from "./quoted-it.ts";
import { resolveGroupVoices, resolveVoicesNamedAfter } from "./named-voices.ts";
import { resolveStatementAuthors } from "./statement-authors.ts";
import { resolveRemarkAuthors } from "./remark-authors.ts";
import { partnerInClause, recordGroup } from "./group-members.ts";
import {
  countryGroupHolders,
  otherParty,
  resolveCounterparts,
  resolveTitleHolders,
  runsIntoName,
  titleFit,
  titleHolders,
  titleMismatch,
} from "./title-holders.ts";
import {
  COMPANY_HEADS,
  COMPANY_NOUNS,
  CLOSING_REPORT_VERBS,
  COUNTRY_KINDS,
  DEFINITE_GROUP_NOUNS,
  DESCRIPTION_PARTICIPLES,
  GENERIC_PERSON_TITLES,
  GROUP_APART_WORDS,
  GROUP_MEET_PHRASES,
  HOST_VERBS,
  GROUP_NOUNS,
  IT_REPLY_VERBS,
  IT_SUPPLY_VERBS,
  NOT_ASSERTED,
  OTHER_COUNTRY_MODIFIERS,
  SUBJECT_CLAUSE_LINKS,
  SUBJECT_VERB_FILLERS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  SAY_VERBS,
  SPEAKER_PLURAL,
  SPEAKER_SINGULAR,
  STATE_NOUNS,
  TITLED_GROUP_PHRASES,
  VISIT_CUES,
  VISITED_PLACE_CUES,
  VISITED_PLACE_LINKS,
  VISITOR_NOUNS,
} from "./lexicon/coreference.ts";
import type { Antecedent, DocState, Mention, Sentence, Stage, Token } from "./types.ts";
import { wordsOf } from "./stage-words.ts";
import { timeAdverbialStart } from "./time-adverbials.ts";
import { lemmaAmong } from "./lemma.ts";
import {
  WORDS,
  isCapitalised,
  isRankToken,
  isTitleWord,
  titleAcronymInBrackets,
  isVerbOrAux,
  VERB_GROUP_FILLER,
} from "./words.ts";
import { LOWER_FIRST, UPPER_FIRST, DOUBLE_QUOTE_MARK } from "./letters.ts";

const PRONOUNS = new Set(PERSON_PRONOUNS);
const I_WORDS = new Set(SPEAKER_SINGULAR);
const WE_WORDS = new Set(SPEAKER_PLURAL);
const THEY = new Set(PLURAL_PRONOUNS);
const OPENERS = new Set(OPENING_SUBORDINATORS);
const GROUPS = new Set(GROUP_NOUNS);
const DEFINITE_GROUPS = new Set(DEFINITE_GROUP_NOUNS);
const MEET_PHRASES = GROUP_MEET_PHRASES.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
const TITLED_PHRASES = [...GROUP_MEET_PHRASES, ...TITLED_GROUP_PHRASES]
  .map((p) => p.split(" "))
  .sort((a, b) => b.length - a.length);
const BLOCKERS = new Set(NOT_ASSERTED);
/** Kinds of country ("sultanate", "island nation"), longest first, with the countries of each. */
const KINDS = COUNTRY_KINDS.flatMap((row) => {
  const [kinds = "", names = ""] = row.split("|");
  const countries = new Set(names.split(","));
  return kinds.split("/").map((kind) => ({ words: kind.split(" "), countries }));
}).sort((a, b) => b.words.length - a.words.length);
const STATE_WORDS = new Set(STATE_NOUNS);
const OTHER_COUNTRY = new Set(OTHER_COUNTRY_MODIFIERS);
const COMPANY_WORDS = new Set(COMPANY_NOUNS);
const COMPANY_LAST_WORDS = new Set([...COMPANY_SUFFIXES, ...COMPANY_HEADS]);
const MAKERS = new Set(WEAPON_MAKERS);
const SAY = new Set(SAY_VERBS);
/** Verbs by which an opening "It" speaks or judges: the say verbs and the judging verbs of the frames ("It accused …"). */
const IT_SPEECH_VERBS = new Set([...SAY_VERBS, ...SPEAKER_VERBS]);
const GENERIC_ORG_STARTS = new Set(GENERIC_ORG_START_WORDS);
/** How many sentences back a pronoun may look for its person. */
const PRONOUN_REACH = 3;
/** How many sentences back a description or group may look for its antecedents. */
const DESCRIPTION_REACH = 2;
/** Words that may stand between a group subject and its verb ("They then met", "had met"). */
const BETWEEN = new Set(SUBJECT_VERB_FILLERS);
const IT_VERBS = new Set(IT_SUPPLY_VERBS);
const IT_REPLIES = new Set(IT_REPLY_VERBS);
/** Most words (a determiner, modifiers) before the subject that opens a sentence ("The Malian government"). */
const OPENING_SUBJECT_WORDS = 3;
const VISITING = new Set(DESCRIPTION_PARTICIPLES);
const VISITOR_WORDS = new Set(VISITOR_NOUNS);
const GENERIC_TITLES = new Set(GENERIC_PERSON_TITLES);
const VISITS = new Set(VISIT_CUES);
const VISITED_CUES = new Set(VISITED_PLACE_CUES);
const VISITED_LINKS = new Set(VISITED_PLACE_LINKS);
const HOSTS = new Set(HOST_VERBS);
const APART = new Set(GROUP_APART_WORDS);
const CLAUSE_LINKS = SUBJECT_CLAUSE_LINKS.map((p) => p.split(" "));
const CLOSING_REPORTS = new Set(CLOSING_REPORT_VERBS);
/** How many words may open a closing report before its speaker ("The press service of the …"). */
const REPORTER_OPENING = 4;
/** How many words after a person a visit may be told ("X, who is on an official visit to …"). */
const VISIT_REACH = 8;
/** How many words an appositive set off by commas after a person may hold before the visit ("X, UK Minister for the Armed Forces, arrived …"). */
const APPOSITIVE_VISIT_REACH = 14;
/** How many words before a person a "visiting" or a verb of receiving may stand ("received the visiting delegation headed by Chairman … of Pakistan, General X"). */
const VISITED_REACH = 16;

/** Stage 4b: resolves pronouns and descriptions; adds mentions, and facts for groups that met. */
export const coreferenceStage: Stage = {
  name: "4b-coreference",
  run(state: DocState): void {
    const countries = knownCountries(state);
    resolveTitleHolders(state, countries, antecedentOf);
    resolveCountryTitles(state, countries);
    resolveVisitorDescriptions(state, countries);
    resolveTitleAcronyms(state);
    resolveVoicesNamedAfter(state, countries);
    resolveGroupVoices(state);
    resolvePronouns(state);
    resolveCounterparts(state, countries, antecedentOf);
    resolveSpeakerPronouns(state);
    resolveQuotedIt(state);
    resolvePossessiveCountries(state, countries);
    resolveCountryKinds(state);
    resolveStateDescriptions(state);
    resolveCountryDescriptions(state);
    resolveSupplyIt(state);
    resolveCompanyDescriptions(state);
    qualifyOwnedOrganizations(state);
    resolveStatementAuthors(state, antecedentOf);
    resolveQuotationSpeakers(state, countries);
    resolveClosingReports(state);
    resolveRemarkAuthors(state, (m) =>
      m.type === "Person" ? onlyCountry(countries, m.name) : m.type === "Country" ? m.name : m.country,
    );
    resolveGroupMeetings(state);
    resolveCountryGroupMeetings(state, countries);
    for (const list of state.mentions) sortInPlace(list, byFirstLongest);
  },
};

/** The antecedent record of a mention (kept on the mention it resolves). */
function antecedentOf(m: Mention): Antecedent {
  return m.antecedent ?? { sentence: m.sentence, start: m.start, end: m.end, text: m.text };
}

function resolved(
  sentence: Sentence,
  first: number,
  last: number,
  to: Mention,
  rule: string,
  kind: Mention["kind"],
): Mention {
  const m = makeMention(sentence, first, last, to.name, to.type, kind, rule);
  if (to.country !== undefined) m.country = to.country;
  m.antecedent = antecedentOf(to);
  return m;
}

function covered(list: Mention[], k: number): boolean {
  return list.some((m) => m.first <= k && m.last > k);
}

const HONORIFIC_SET = new Set(HONORIFIC_PHRASES);

/** Most words between an honorific and the name it introduces ("His Majesty King Hamad", "His Excellency General X"). */
const HONORIFIC_NAME_REACH = 3;

/**
 * True when the possessive pronoun at `i` opens an honorific that a name follows ("gifted by His
 * Majesty King Hamad", "His Excellency General Eberhard Zorn"): it names that person, not someone
 * told before. An honorific alone ("His Majesty welcomed the general") still stands for the person
 * told before.
 */
function opensHonorific(tokens: readonly Token[], list: Mention[], i: number): boolean {
  const two = `${tokens[i]?.lower ?? ""} ${tokens[i + 1]?.lower ?? ""}`;
  const end = HONORIFIC_SET.has(`${two} ${tokens[i + 2]?.lower ?? ""}`)
    ? i + 3
    : HONORIFIC_SET.has(two)
      ? i + 2
      : -1;
  // Only capitalised title words between ("King", "General", "Sheikh"): not "His Majesty welcomed General X".
  const titled = (m: Mention): boolean =>
    tokens.slice(end, m.first).every((w) => w.pos !== "VERB" && UPPER_FIRST.test(w.text));
  return (
    end > 0 &&
    list.some(
      (m) => m.type === "Person" && m.first >= end && m.first <= end + HONORIFIC_NAME_REACH && titled(m),
    )
  );
}

/**
 * What the document says each person serves: "Chinese President Xi Jinping", "Russia's
 * Lavrov", "Lavrov, Russia's foreign minister" give the person's country.
 */
function knownCountries(state: DocState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const note = (person: string, country: string): void => {
    const set = out.get(person) ?? new Set<string>();
    set.add(country);
    out.set(person, set);
  };
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (const m of list) {
      if (m.type !== "Person" || m.kind === "pronoun") continue;
      let k = m.first;
      while (k > 0 && isTitleWord((tokens[k - 1] as Token).lower)) k--;
      if (tokens[k - 1]?.key === "'s") k--;
      const before = list.find((x) => x.type === "Country" && x.last === k);
      if (before && k < m.first) note(m.name, before.name);
      // Appositive: "Lavrov, Russia's foreign minister," / "Xi, the Chinese president,".
      let a = m.last;
      if (tokens[a]?.text !== ",") continue;
      a++;
      if (tokens[a]?.lower === "the") a++;
      const after = list.find((x) => x.type === "Country" && x.first === a);
      if (!after) continue;
      let t = after.last;
      if (tokens[t]?.key === "'s") t++;
      if (isTitleWord(tokens[t]?.lower ?? "")) note(m.name, after.name);
    }
  }
  return out;
}

/** Persons of a sentence before token `before` (all when undefined), nearest first. */
function personsOf(state: DocState, sentence: number, before?: number): Mention[] {
  const list = (state.mentions[sentence] ?? []) as Mention[];
  return list
    .filter((m) => m.type === "Person" && (before === undefined || m.last <= before))
    .sort((a, b) => b.first - a.first);
}
/**
 * He, she, his, her: the most recent person within a few sentences; a pronoun that opens a
 * sentence ("He said …") continues the previous sentence's subject. A resolved pronoun is itself
 * the most recent mention of its person ("He said he …"). Precision first:
 *  - a person the text calls only by a title ("the president said he …") hides the people
 *    before it: a pronoun after it, or opening the next sentence, stays unresolved;
 *  - a subject pronoun that opens its sentence is not a person named later in that sentence
 *    ("He said Xi has …" is not Xi);
 *  - a pronoun is not a person of the other gender (gender.ts): "she" after a man takes the one
 *    recent person she fits, else nobody.
 */
function resolvePronouns(state: DocState): void {
  let lastPerson: Mention | null = null;
  /** The previous subject: a person, "unknown" (a title without a name), or null (none yet). */
  let subject: Mention | "unknown" | null = null;
  const genders = personGenders(state);
  const voiceTitles = wordsOf(state).unnamedVoiceTitles;
  /** Person mentions so far, named and resolved, in text order. */
  const recent: Mention[] = [];
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    sortInPlace(list, byFirst);
    const tokens = sentence.tokens;
    const unnamed = unnamedPersonStarts(tokens, list);
    const voices = unnamedVoices(tokens, list, voiceTitles);
    const named = new Set(list.filter((m) => m.type === "Person" && m.kind !== "pronoun").map((m) => m.name));
    const added: Mention[] = [];
    let own: Mention | "unknown" | null = null;
    let next = 0;
    // Inside a quotation: a person it names is not the sentence's subject ("“…, when Vice-President
    // X visited China,” Sun said. … She said …": she is Sun, the speaker).
    let quoted = false;
    tokens.forEach((t, i) => {
      if (t.text === "“") quoted = true;
      else if (t.text === "”") quoted = false;
      while (next < list.length && (list[next] as Mention).first <= i) {
        const m = list[next] as Mention;
        if (m.type === "Person") {
          lastPerson = m;
          recent.push(m);
          if (!quoted) own ??= m;
        }
        next++;
      }
      if (unnamed.has(i)) {
        lastPerson = null;
        own ??= "unknown";
      }
      // "an Iranian Foreign Ministry spokesman responded: … He said …": an unnamed spokesman is
      // the next subject, and a "he" that speaks stands for the body or country he speaks for.
      const voice = voices.get(i);
      if (voice && !quoted) {
        lastPerson = voice;
        if (own === null || own === "unknown") own = voice;
      }
      if (!PRONOUNS.has(t.lower) || covered(list, i) || opensHonorific(tokens, list, i)) return;
      const opening =
        i === 0 ||
        (i === 1 && DOUBLE_QUOTE_MARK.test((tokens[0] as Token).text)) ||
        afterFronted(tokens, list, i) ||
        quoteSpeaker(tokens, i) ||
        frontedPossessive(tokens, i);
      // "During his meeting with Y, he discussed …": the subject after a fronted phrase is the
      // person its possessive pronoun of the same gender stands for, not a name inside the phrase.
      const bound = boundByFrontedPossessive(tokens, added, i);
      // "X paid a courtesy call to Y, after which he held talks with Z": the main clause's subject.
      const main = opening ? null : linkedSubject(tokens, own, i);
      const preferred: Mention | "unknown" | null =
        bound ?? (opening && subject ? subject : (main ?? lastPerson));
      // "she" after a man: the one recent person of her gender, else nobody.
      const gender = pronounGender(t.lower);
      const fitting =
        preferred !== null && preferred !== "unknown" && !genderFits(genders, preferred, gender)
          ? onlyOfGender(recent, genders, gender, sentence.index)
          : preferred;
      // "Aliyev welcomed him": a verb's object pronoun is not its own clause's subject; it is the
      // person mentioned before that one.
      const person =
        fitting !== null && fitting !== "unknown" && ownSubject(tokens, fitting, sentence.index, i)
          ? (recent.findLast(
              (r) =>
                r.name !== fitting.name && genderFits(genders, r, gender) && beforeClause(tokens, r, fitting),
            ) ?? null)
          : fitting;
      if (
        person === null ||
        person === "unknown" ||
        sentence.index - person.sentence > PRONOUN_REACH ||
        (opening && NOMINATIVE.has(t.lower) && named.has(person.name)) ||
        (person.type !== "Person" && !(NOMINATIVE.has(t.lower) && speaksAfter(tokens, i)))
      ) {
        // An unresolved subject hides who the next sentence's "he" continues.
        if (opening && NOMINATIVE.has(t.lower)) own ??= "unknown";
        return;
      }
      const m = resolved(
        sentence,
        i,
        i + 1,
        person,
        person.type === "Person" ? "pronoun" : "unnamed-voice",
        "pronoun",
      );
      added.push(m);
      if (person.type === "Person") recent.push(m);
      lastPerson = m;
      own ??= m;
    });
    list.push(...added);
    if (own) subject = own;
  }
}

/**
 * The subject of the main clause when the nominative pronoun at `i` opens a clause linked to it
 * after its comma by a link of sequence ("X paid a courtesy call to Y, after which he held talks
 * with Z", "…, and then she met Z"): the same subject's next act, not the object's. Only a person
 * who opens the sentence's clause (no verb before it) and governs a verb that neither hosts ("X
 * received Y, after which he …" leaves the visitor to the object) nor reports speech; else null.
 */
function linkedSubject(tokens: Token[], own: Mention | "unknown" | null, i: number): Mention | null {
  if (
    own === null ||
    own === "unknown" ||
    own.type !== "Person" ||
    !NOMINATIVE.has((tokens[i] as Token).lower)
  )
    return null;
  const link = CLAUSE_LINKS.find((words) => lowerWordsAt(tokens, i - words.length, words));
  const comma = link ? i - link.length - 1 : -1;
  if (comma <= own.last || tokens[comma]?.text !== ",") return null;
  for (let k = 0; k < own.first; k++) if (finiteVerb(tokens[k] as Token)) return null;
  let verb: Token | undefined;
  for (let k = own.last; k < comma && !verb; k++) if ((tokens[k] as Token).pos === "VERB") verb = tokens[k];
  if (!verb || HOSTS.has(verb.lemma) || SAY.has(verb.lemma)) return null;
  return own;
}

/** True when `r` stands in an earlier sentence than `subject`, or before a comma that precedes it ("After X arrived, Y received him"). */
function beforeClause(tokens: Token[], r: Mention, subject: Mention): boolean {
  if (r.sentence !== subject.sentence) return r.sentence < subject.sentence;
  for (let k = r.last; k < subject.first; k++) if ((tokens[k] as Token).text === ",") return true;
  return false;
}

/**
 * Unnamed speakers of a sentence, by the index of their title: "an Iranian Foreign Ministry
 * spokesman", "a US official", "a spokesman for the Defence Ministry" (a title of one person right
 * after, or with "for"/"of" before, a body or country, and no name after it) map to that body or
 * country. `titles`: the titles of such a voice (the lexicon's unnamedVoiceTitles).
 */
function unnamedVoices(tokens: Token[], list: Mention[], titles: ReadonlySet<string>): Map<number, Mention> {
  const out = new Map<number, Mention>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!titles.has(t.lower) || covered(list, k)) continue;
    const next = tokens[k + 1];
    if (next && (isCapitalised(next.text) || isTitleWord(next.lower) || next.key === "'s")) continue;
    // "a ministry spokesman, Colonel X,": named in apposition.
    if (appositiveName(tokens, list, k + 1)) continue;
    const actor = (m: Mention): boolean => m.type === "Organization" || m.type === "Country";
    const before = list.find((m) => m.last === k && actor(m));
    let body = before;
    if (!body && /^(?:for|of)$/u.test(next?.lower ?? "")) {
      let j = tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
      // ("a spokesman for the Kenyan Defence Ministry": past the demonym that qualifies the body.)
      const demonym = list.find((m) => m.first === j && m.type === "Country" && m.kind === "demonym");
      if (demonym && list.some((m) => m.first === demonym.last && m.type === "Organization"))
        j = demonym.last;
      body = list.find((m) => m.first === j && actor(m) && m.kind !== "demonym");
    }
    // Only one person, introduced by an article: "a", "an", "the" or "one" before the phrase
    // (and before a demonym that qualifies the body: "an Iranian Foreign Ministry spokesman").
    let start = before ? before.first : k;
    const demonym = list.find((m) => m.last === start && m.type === "Country" && m.kind === "demonym");
    if (demonym && before?.type === "Organization") start = demonym.first;
    const opening = start - 1;
    if (!body || !/^(?:a|an|the|one)$/u.test(tokens[opening]?.lower ?? "")) continue;
    out.set(k, body);
  }
  return out;
}

/** True when a verb of saying follows the pronoun at `i`, past auxiliaries and adverbs ("He also said"). */
function speaksAfter(tokens: Token[], i: number): boolean {
  let v = i + 1;
  // Compared with the length, not read past the end (which throws optimised code away).
  while (v < tokens.length && /^(?:AUX|ADV)$/u.test((tokens[v] as Token).pos)) v++;
  return v < tokens.length && (tokens[v] as Token).pos === "VERB" && SAY.has((tokens[v] as Token).lemma);
}

/**
 * True when the object pronoun "him" right after a verb at `i` would take the subject of that
 * verb's own clause: `person` stands earlier in the same sentence with only auxiliaries, adverbs,
 * names and time words between it and the verb ("Kim Jong Un received him", "Aliyev on Monday
 * welcomed him").
 */
function ownSubject(tokens: Token[], person: Mention, sentence: number, i: number): boolean {
  if ((tokens[i] as Token).lower !== "him" || tokens[i - 1]?.pos !== "VERB" || person.sentence !== sentence)
    return false;
  if (person.kind === "pronoun" || person.last > i - 1) return false;
  for (let k = person.last; k < i - 1; k++)
    if (!/^(?:AUX|ADV|PART|ADP|NUM|PROPN|DET)$/u.test((tokens[k] as Token).pos)) return false;
  return true;
}

/**
 * "“I want to thank Putin …,” he wrote": a pronoun speaking right after a closing quotation mark
 * is not someone the quotation names; like a sentence's opening subject, it continues the
 * previous sentence's subject.
 */
function quoteSpeaker(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text;
  return (prev === "”" || (prev === '"' && i > 1)) && tokens[i + 1]?.pos === "VERB";
}

/**
 * "On Sunday, he called on …", "In a statement, she said …": a pronoun right after a fronted
 * adverbial (a comma, with no person, pronoun or finite verb before it in the sentence) opens
 * its clause as its subject, as a sentence-initial one does.
 */
function afterFronted(tokens: Token[], list: Mention[], i: number): boolean {
  if (i < 2 || tokens[i - 1]?.text !== ",") return false;
  for (let k = 0; k < i - 1; k++) {
    const w = tokens[k] as Token;
    if (w.pos === "PRON" || finiteVerb(w)) return false;
  }
  for (const m of list) if (m.type === "Person" && m.first < i) return false;
  return true;
}

/** A finite verb or auxiliary (a gerund or participle in "-ing" is not: "Meeting in X, …"). */
function finiteVerb(w: Token): boolean {
  return w.pos === "AUX" || (w.pos === "VERB" && !w.lower.endsWith("ing"));
}

/** True when the sentence opens with a preposition, adverb or subordinator ("In", "Apart from", "During"). */
function opensFrontedPhrase(tokens: Token[]): boolean {
  return /^(?:ADP|ADV|SCONJ)$/u.test(tokens[0]?.pos ?? "");
}

/**
 * The person a possessive pronoun at the start of a fronted prepositional phrase was resolved to
 * ("In his meeting with Y, he …", "During her talks with Y, she …"), when the pronoun at `i` is a
 * nominative of the same gender right after the phrase's comma and no finite verb stands in the
 * phrase; else null.
 */
function boundByFrontedPossessive(tokens: Token[], added: Mention[], i: number): Mention | null {
  if (!NOMINATIVE.has((tokens[i] as Token).lower) || tokens[i - 1]?.text !== ",") return null;
  if (!opensFrontedPhrase(tokens)) return null;
  for (let k = 1; k < i - 1; k++) if (finiteVerb(tokens[k] as Token)) return null;
  const gender = pronounGender((tokens[i] as Token).lower);
  // The possessive opens the preposition's object, past an article-free modifier or two.
  for (let k = 1; k <= FRONTED_POSSESSIVE_REACH && k < i - 1; k++) {
    const w = tokens[k] as Token;
    if (WORDS.personPossessives.has(w.lower) && pronounGender(w.lower) === gender)
      return added.find((m) => m.first === k) ?? null;
    if (w.pos !== "ADJ" && w.pos !== "ADP") return null;
  }
  return null;
}

/**
 * True when the pronoun at `i` is a person's possessive that opens a fronted prepositional phrase
 * ("In his meeting with Y, he …", "Apart from her talks with Y, she …") and a nominative of the
 * same gender opens the clause after the phrase's comma: both stand for the subject the sentence
 * continues, not for a name inside the phrase or at the end of the sentence before.
 */
function frontedPossessive(tokens: Token[], i: number): boolean {
  const w = tokens[i] as Token;
  if (!WORDS.personPossessives.has(w.lower) || i < 1 || i > FRONTED_POSSESSIVE_REACH) return false;
  if (!opensFrontedPhrase(tokens)) return false;
  for (let k = 1; k < i; k++) if (!/^(?:ADP|ADJ)$/u.test((tokens[k] as Token).pos)) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (finiteVerb(t) || /^[.;:]$/u.test(t.text)) return false;
    if (t.text === ",")
      return (
        NOMINATIVE.has(tokens[k + 1]?.lower ?? "") &&
        pronounGender(tokens[k + 1]?.lower ?? "") === pronounGender(w.lower)
      );
  }
  return false;
}

/** How far into a fronted phrase its possessive pronoun may stand ("Apart from his", "In all of his"). */
const FRONTED_POSSESSIVE_REACH = 3;

/** How far after a description its appositive name may stand ("the ambassador to the country, X"). */
const APPOSITIVE_REACH = 6;

/** True when a person is named after a comma, or right after the title's complement, within a few words of `end` (an appositive). */
function appositiveName(tokens: Token[], list: Mention[], end: number): boolean {
  return list.some((x) => {
    if (x.type !== "Person" || x.kind === "pronoun" || x.first < end || x.first > end + APPOSITIVE_REACH)
      return false;
    // "the Kenyan Vice-President, Dr X,": ranks and honorifics may stand between the comma and the name.
    let k = x.first - 1;
    while (k > end && isRankToken(tokens[k] as Token)) k--;
    return tokens[k]?.text === "," || complementRunsInto(tokens, list, end, x.first);
  });
}

/**
 * "the Japanese Ambassador to the Maldives Takeuchi Midori": a title's complement ("to" or "of", an
 * article, a named place or body) that runs without a comma, past ranks, into the name at `name`.
 */
function complementRunsInto(tokens: Token[], list: Mention[], end: number, name: number): boolean {
  if (!/^(?:to|of)$/u.test(tokens[end]?.lower ?? "")) return false;
  const at = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  const place = list.find((y) => y.type !== "Person" && y.first === at);
  if (!place) return false;
  let r = place.last;
  while (r < name && isRankToken(tokens[r] as Token)) r++;
  return r === name;
}

/** Whether a person may stand for a pronoun of `gender` (unknown genders fit any). */
function genderFits(genders: Map<string, Gender>, person: Mention, gender: Gender | undefined): boolean {
  const known = genders.get(person.name);
  return gender === undefined || known === undefined || known === gender;
}

/** The one person among the recent mentions within reach that `gender` fits, else null. */
function onlyOfGender(
  recent: Mention[],
  genders: Map<string, Gender>,
  gender: Gender | undefined,
  sentence: number,
): Mention | null {
  if (gender === undefined) return null;
  let found: Mention | null = null;
  for (let r = recent.length - 1; r >= 0; r--) {
    const m = recent[r] as Mention;
    if (sentence - m.sentence > PRONOUN_REACH) break;
    if (!genderFits(genders, m, gender)) continue;
    if (found && found.name !== m.name) return null;
    found ??= m;
  }
  return found;
}

/** Subject pronouns: one that opens a sentence cannot be a person the same sentence names. */
const NOMINATIVE = new Set(["he", "she"]);

/**
 * Where the sentence names a person only by a definite title ("the president", "the Russian
 * foreign minister") that no resolution tied to anyone: the token indices of "the".
 */
function unnamedPersonStarts(tokens: Token[], list: Mention[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== "the" || covered(list, i)) continue;
    let k = i + 1;
    const demonym = list.find((x) => x.first === k && x.type === "Country");
    if (demonym) k = demonym.last;
    while (
      k < tokens.length &&
      isTitleWord((tokens[k] as Token).lower) &&
      !WORDS.titleHeads.has((tokens[k] as Token).lower)
    )
      k++;
    // Not read past the end: that throws optimised code away.
    const head = k < tokens.length ? tokens[k] : undefined;
    if (!head || !WORDS.titleHeads.has(head.lower) || covered(list, k)) continue;
    const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
    if (next && (isCapitalised(next.text) || next.lower === "of" || WORDS.titleHeads.has(next.lower)))
      continue;
    out.add(i);
  }
  return out;
}

/**
 * A "the <Demonym> <title…>" description starting at `i` ("the Chinese president"), or a "the
 * <Body> <title…>" one ("the Indian Army chief", its owner an organization named before the
 * title): the owner and one past the title; null when none.
 */
function countryTitleAt(
  tokens: Token[],
  list: Mention[],
  i: number,
): { country: Mention; end: number } | null {
  if ((tokens[i] as Token).lower !== "the") return possessiveCountryTitleAt(tokens, list, i);
  // "the Chinese president", "the U.S. defense secretary": a demonym or a country's own name.
  const demonym = list.find(
    (x) => x.first === i + 1 && x.type === "Country" && COUNTRY_MODIFIER_KINDS.has(x.kind),
  );
  if (demonym && tokens[demonym.last]?.key === "'s") return null;
  // "the Indian Army chief": a body read after its demonym ("Army") or with it owns the title.
  const from = demonym ? demonym.last : i + 1;
  const body = list.find(
    (x) =>
      x.type === "Organization" &&
      x.kind !== "role" &&
      x.kind !== "pronoun" &&
      (x.first === from || x.first === i + 1) &&
      x.last > from,
  );
  const country = body ?? demonym;
  if (!country) return null;
  return titleAfterOwner(tokens, list, country, country.last);
}

/** Kinds of a country's mention that may stand before a title as its modifier ("Chinese", "U.S."). */
const COUNTRY_MODIFIER_KINDS: ReadonlySet<string> = new Set(["demonym", "name", "acronym"]);

/**
 * "Russia's defence minister": a description opened by a country's possessive at `i` (see
 * countryTitleAt), with no article before it; null when none.
 */
function possessiveCountryTitleAt(
  tokens: Token[],
  list: Mention[],
  i: number,
): { country: Mention; end: number } | null {
  const country = list.find(
    (x) => x.first === i && x.type === "Country" && x.kind === "name" && tokens[x.last]?.key === "'s",
  );
  const before = tokens[i - 1];
  if (!country || (before && (isCapitalised(before.text) || before.key === "'s"))) return null;
  return titleAfterOwner(tokens, list, country, country.last + 1);
}

/**
 * The title words after an owner's mention (from `k`), with a title's head among them and no name
 * or "of" after them: the owner and one past the title; null when none.
 */
function titleAfterOwner(
  tokens: Token[],
  list: Mention[],
  country: Mention,
  from: number,
): { country: Mention; end: number } | null {
  let k = from;
  let head = false;
  while (k < tokens.length && isTitleWord((tokens[k] as Token).lower)) {
    if (WORDS.titleHeads.has((tokens[k] as Token).lower)) head = true;
    k++;
  }
  if (!head || k === from) return null;
  const next = tokens[k];
  if (next && (isCapitalised(next.text) || next.lower === "of" || next.key === "'s")) return null;
  // "Kuwait's First Deputy Prime Minister and Defense Minister Sheikh X", "the Chinese State
  // Councilor and Defense Minister Wei Fenghe": titles joined by "and" to titles that run into a
  // name are that person's (title-holders.ts reads them so), no description of someone told before.
  if (next?.lower === "and" && runsIntoName(tokens, list, k + 1)) return null;
  if (list.some((x) => x.first >= country.last && x.first < k)) return null;
  return { country, end: k };
}

/**
 * "Xi Jinping arrived …; the Chinese president thanked …": a definite description with a
 * demonym and a title stands for the nearest person whose known country does not conflict,
 * when the nearest sentence with such persons has exactly one; the person is then affiliated
 * with the country.
 */
function resolveCountryTitles(state: DocState, countries: Map<string, Set<string>>): void {
  const mismatch = titleFit(state);
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    // Only "the" opens a description; the closures that read a position live in countryTitleAt
    // and resolveCountryTitleAt, called there only: a loop variable a closure captures costs an
    // allocation on every token.
    for (let i = 0; i + 2 < tokens.length; i++) {
      if ((tokens[i] as Token).lower !== "the" && tokens[i + 1]?.key !== "'s" && tokens[i + 2]?.key !== "'s")
        continue;
      const d = countryTitleAt(tokens, list, i);
      if (d && resolveCountryTitleAt(state, countries, mismatch, sentence, i, d)) i = d.end - 1;
    }
  }
}

/**
 * Resolves the description `d` opened by "the" at `i` (see resolveCountryTitles): pushes its
 * mention and the person's affiliated_with fact; true when it did.
 */
function resolveCountryTitleAt(
  state: DocState,
  countries: Map<string, Set<string>>,
  mismatch: ReturnType<typeof titleFit>,
  sentence: Sentence,
  i: number,
  d: { country: Mention; end: number },
): boolean {
  const list = state.mentions[sentence.index] as Mention[];
  const tokens = sentence.tokens;
  if (list.some((x) => x.first === i && x.type === "Person")) return false;
  // "the Indian Ambassador to the country, Sridharan Madhusudhanan": named in apposition, not
  // someone told before.
  if (appositiveName(tokens, list, d.end) || otherParty(tokens, i)) return false;
  // A name elsewhere in the description's own sentence is someone else ("the Chinese
  // president thanked Putin" is not Putin).
  const others = new Set(list.filter((x) => x.type === "Person" && x.kind !== "pronoun").map((x) => x.name));
  // "Lavrov met (Iran's) Araghchi in Moscow, where the Iranian minister thanked …": someone
  // named before it in its own sentence who may be of that country is likely the one meant;
  // guess no one told earlier.
  // "the Indian Army chief": the body's country, if known, is the person's.
  const body = d.country.type === "Organization";
  const country = body ? d.country.country : d.country.name;
  const mayBe = (p: Mention): boolean => {
    const known = countries.get(p.name);
    return p.kind !== "pronoun" && (!known || country === undefined || known.has(country));
  };
  if (personsOf(state, sentence.index, i).some(mayBe)) return false;
  // "He added that … threats to arrest the Greek Consul General": a subject pronoun before it in
  // its own sentence tells the person told before, whom the description then is not; guess no one.
  if (unresolvedSubjects(state, sentence.index, i) > 0) return false;
  // "External Affairs Minister X" is not "the Chinese foreign minister"; a body's officer must be
  // someone introduced with a title that fits ("General X" for "the Indian Army chief").
  const fits = (p: Mention): boolean => {
    const known = countries.get(p.name);
    const fit = mismatch(p.name, tokens, d.country.last, d.end);
    return (
      !others.has(p.name) &&
      (!known || country === undefined || known.has(country)) &&
      (body ? fit === "fits" : fit !== "mismatch")
    );
  };
  let person: Mention | null = null;
  for (let s = sentence.index; s >= 0 && sentence.index - s <= DESCRIPTION_REACH; s--) {
    const candidates = personsOf(state, s, s === sentence.index ? i : undefined).filter(fits);
    const names = new Set(candidates.map((p) => p.name));
    // An unresolved "he" or "she" beside a named person may be someone else; alone in its
    // sentence ("…," he added.) it goes on telling the person told before.
    const unknown =
      unresolvedTitles(state, s, s === sentence.index ? i : undefined, country) +
      (names.size > 0 ? unresolvedSubjects(state, s, s === sentence.index ? i : undefined) : 0);
    if (names.size === 0 && unknown === 0) continue;
    if (names.size === 1 && unknown === 0) person = candidates[0] as Mention;
    break;
  }
  if (!person) return false;
  // Not added to `countries`: a wrong guess must not make the next one.
  const m = resolved(sentence, i, d.end, person, "country-title-reference", "role");
  list.push(m);
  state.facts.push({
    source: person.name,
    relation: "affiliated_with",
    target: d.country.name,
    sentence: sentence.index,
    trigger: tokens
      .slice(i, d.end)
      .map((t) => t.text)
      .join(" "),
    rule: body ? "coref-body-title" : "coref-country-title",
    modality: "asserted",
    resolved: [{ text: m.text, name: m.name, antecedent: antecedentOf(m) }],
  });
  return true;
}

/**
 * The index after the closing comma of an appositive that opens with a comma at `k` and holds no
 * verb (a capitalised word tagged as one is part of a name: "the Armed Forces"), within
 * APPOSITIVE_VISIT_REACH words; -1 otherwise.
 */
function appositiveEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ",") return -1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + APPOSITIVE_VISIT_REACH); j++) {
    const w = tokens[j] as Token;
    if (w.text === ",") return j > k + 1 ? j + 1 : -1;
    if (/^[.;:“”"()]$/u.test(w.text) || w.lower === "who" || w.lower === "which") return -1;
    if (isVerbOrAux(w) && !isCapitalised(w.text)) return -1;
  }
  return -1;
}

/**
 * True when the person of mention `m` is told as a visitor: a visit right after the name, past an
 * appositive or relative clause ("X, who is on an official visit to Pakistan", "X arrived in …",
 * "X called on …"), or "visiting" or a verb of receiving before the name and its titles ("the
 * visiting delegation headed by … General X", "received Thai Defence Minister X").
 */
function toldAsVisitor(tokens: Token[], list: Mention[], m: Mention, led: ReadonlySet<string>): boolean {
  // "X, UK Minister for the Armed Forces, arrived in Doha": past an appositive of nouns and names
  // set off by commas (no verb but a capitalised word of a name), the visit after it.
  const apposition = appositiveEnd(tokens, m.last);
  const from = apposition > 0 ? apposition : m.last;
  for (let k = from; k < Math.min(tokens.length, from + VISIT_REACH); k++) {
    const w = tokens[k] as Token;
    if (/^[.;:“”"]$/u.test(w.text)) break;
    // "X and Ugandan General Y visited …": a coordinated person shares the visit.
    const other = list.find((x) => x.type === "Person" && x.first === k);
    if (other) {
      if (tokens.slice(m.last, k).some((t) => t.lower === "and"))
        return toldAsVisitor(tokens, list, other, led);
      break;
    }
    // ("X arrived in Doha": the cue's forms, which the shared lemmatizer need not know.)
    if (
      VISITS.has(w.lemma) ||
      lemmaAmong(w.lower, VISITS) ||
      (w.lemma === "call" && /^(?:on|upon)$/u.test(tokens[k + 1]?.lower ?? ""))
    )
      return true;
    if (w.pos === "VERB" && !/^(?:pay|make|be)$/u.test(w.lemma)) break;
  }
  for (let k = m.first - 1; k >= Math.max(0, m.first - VISITED_REACH); k--) {
    const w = tokens[k] as Token;
    if (VISITING.has(w.lower) || (w.pos === "VERB" && HOSTS.has(w.lemma))) return true;
    if (/^[.;:“”"]$/u.test(w.text) || list.some((x) => x.type === "Person" && x.last === k + 1)) return false;
    if (w.pos === "VERB" && !led.has(w.lower)) return false;
  }
  return false;
}

/**
 * "Chief of South African National Defence Force, General X who is on official visit to Pakistan,
 * called on … The visiting dignitary lauded …": "the visiting dignitary", "the visitor", "the
 * guest", or "the visiting minister" that no title resolved, stands for the one person the
 * document told as a visitor before it (toldAsVisitor); two visitors, or none, leave it unresolved.
 * A title other than a description that fits anyone must fit the visitor's own. "The British
 * guest" names the visitor's country too: the visitor must be known to serve it (`countries`).
 */
function resolveVisitorDescriptions(state: DocState, countries: Map<string, Set<string>>): void {
  let visitors: Mention[] | null = null;
  let mismatch: ReturnType<typeof titleMismatch> | null = null;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if ((tokens[i] as Token).lower !== "the") continue;
      // "the British guest": a demonym before the visitor noun names the visitor's country.
      const demonym = demonymVisitorAt(list, tokens, i);
      if (!demonym && covered(list, i + 1)) continue;
      let end = demonym ? demonym.last + 1 : i + 2;
      const participle = !demonym && VISITING.has((tokens[i + 1] as Token).lower);
      if (participle) {
        while (end < tokens.length && isTitleWord((tokens[end] as Token).lower)) end++;
        const words = tokens.slice(i + 2, end).map((t) => t.lower);
        const generic = GENERIC_TITLES.has(tokens[i + 2]?.lower ?? "");
        if (generic) end = i + 3;
        else if (words.length === 0 || !WORDS.titleHeads.has(words[words.length - 1] as string)) continue;
      } else if (!demonym && !VISITOR_WORDS.has((tokens[i + 1] as Token).lower)) continue;
      const next = tokens[end];
      if (next && (isCapitalised(next.text) || next.lower === "of" || next.pos === "NOUN")) continue;
      visitors ??= concatVisitors(state);
      const before = visitors.filter(
        (v) => v.sentence < sentence.index || (v.sentence === sentence.index && v.last <= i),
      );
      const names = new Set(before.map((v) => v.name));
      if (names.size !== 1) continue;
      const visitor = before[before.length - 1] as Mention;
      if (list.some((x) => x.type === "Person" && x.name === visitor.name)) continue;
      if (demonym && !countries.get(visitor.name)?.has(demonym.name)) continue;
      mismatch ??= titleMismatch(state);
      if (
        participle &&
        !GENERIC_TITLES.has(tokens[i + 2]?.lower ?? "") &&
        mismatch(visitor.name, tokens, i + 2, end)
      )
        continue;
      list.push(resolved(sentence, i, end, visitor, "visitor-description", "role"));
      i = end - 1;
    }
  }
}

/** Title acronyms ("COAS", "CJCSC"): initials that stand for a title's holder. */
const TITLE_INITIALS = new Set(TITLE_ACRONYMS);

const PAST_MARKS = new Set(PAST_TITLE_MARKS);
/** Most words of the title a bracketed acronym closes ("Chairman Joint Chiefs of Staff Committee"). */
const ACRONYM_TITLE_WORDS = 8;

/** True when the title that closes at `k` (its capitalised words and "of") opens on a past mark ("Former Chief of Army Staff"). */
function pastTitleBefore(tokens: Token[], k: number): boolean {
  for (let p = k - 1; p >= 0 && p >= k - ACRONYM_TITLE_WORDS; p--) {
    const w = tokens[p] as Token;
    if (PAST_MARKS.has(w.lower)) return true;
    if (!isCapitalised(w.text) && w.lower !== "of") return false;
  }
  return false;
}

/**
 * The person a title acronym in brackets introduces ("Chief of Army Staff (COAS), General X":
 * past the closing bracket, a comma and ranks), for the bracket opening at `k`; else undefined.
 * A past holder ("Former Chief of Army Staff (COAS) X") is not the one the acronym names later.
 */
function acronymHolderAt(tokens: Token[], list: Mention[], k: number): Mention | undefined {
  if (tokens[k + 2]?.text !== ")") return undefined;
  if (!TITLE_INITIALS.has(tokens[k + 1]?.text ?? "") && !titleAcronymInBrackets(tokens, k)) return undefined;
  if (pastTitleBefore(tokens, k)) return undefined;
  let n = k + 3;
  if (tokens[n]?.text === ",") n++;
  while (n < tokens.length && isRankToken(tokens[n] as Token)) n++;
  return list.find((m) => m.first === n && m.type === "Person" && m.kind !== "pronoun");
}

/** Tags of a lower-case word before a title acronym that makes it another holder ("the new COAS", "a COAS"). */
const HOLDER_MODIFIER_TAGS = /^(?:ADJ|NOUN|PROPN|NUM|DET)$/u;

/** True when the word before a title acronym qualifies it as another holder: a lower-case modifier or article other than "the". */
function otherHolderBefore(prev: Token | undefined): boolean {
  return (
    prev !== undefined &&
    prev.lower !== "the" &&
    LOWER_FIRST.test(prev.text) &&
    HOLDER_MODIFIER_TAGS.test(prev.pos)
  );
}

/**
 * "… called on Chief of Army Staff (COAS), General Qamar Javed Bajwa … COAS thanked Derek H.
 * Chollet", "The CJCSC said …": a title acronym (lexicon titleAcronyms) that the document
 * introduced in brackets before one person's name stands, alone later, for that person; one
 * introduced for two people, or an acronym before a name ("COAS Bajwa", who is named), is left.
 */
function resolveTitleAcronyms(state: DocState): void {
  const holders = new Map<string, Mention[]>();
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.text === "(") {
        const holder = acronymHolderAt(tokens, list, k);
        const acronym = (tokens[k + 1] as Token).text;
        if (holder) holders.set(acronym, [...(holders.get(acronym) ?? []), holder]);
        k += holder ? 2 : 0;
        continue;
      }
      const defined = holders.get(t.text);
      if (!defined || covered(list, k) || new Set(defined.map((m) => m.name)).size !== 1) continue;
      const next = tokens[k + 1];
      // ("The CJCSC (who …) said": an insertion after it is no name.)
      if (
        next &&
        (isCapitalised(next.text) ||
          isRankToken(next) ||
          (next.text === "(" &&
            (insertionEnd(tokens, k + 1) === k + 1 || isCapitalised(tokens[k + 2]?.text ?? ""))))
      )
        continue;
      // "the new COAS", "the former COAS", "The new COAS, General Y,": another holder.
      if (otherHolderBefore(tokens[k - 1]) || appositiveName(tokens, list, k + 1)) continue;
      list.push(resolved(sentence, k, k + 1, defined[0] as Mention, "title-acronym", "role"));
    }
  }
}

/** The demonym of "the British guest" (a demonym right after "the" at `i`, then a visitor noun), or undefined. */
function demonymVisitorAt(list: Mention[], tokens: Token[], i: number): Mention | undefined {
  const demonym = list.find((x) => x.first === i + 1 && x.type === "Country" && x.kind === "demonym");
  return demonym && VISITOR_WORDS.has(tokens[demonym.last]?.lower ?? "") && !covered(list, demonym.last)
    ? demonym
    : undefined;
}

/** The named persons of the document told as visitors, in text order. */
function concatVisitors(state: DocState): Mention[] {
  const led = wordsOf(state).leadParticiples;
  const out: Mention[] = [];
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    for (const m of list)
      if (
        m.type === "Person" &&
        m.kind !== "pronoun" &&
        m.kind !== "role" &&
        toldAsVisitor(sentence.tokens, list, m, led)
      )
        out.push(m);
  }
  return out;
}

/**
 * People a sentence refers to by a title the resolution has not tied to anyone ("the president
 * told Xi"), before token `before`: they make a nearest-person choice ambiguous. With `country`,
 * one whose demonym names another country ("the French envoy" beside "the Senegalese leader") is
 * not counted.
 */
function unresolvedTitles(state: DocState, sentence: number, before?: number, country?: string): number {
  const tokens = (state.sentences[sentence] as Sentence).tokens;
  const list = (state.mentions[sentence] ?? []) as Mention[];
  let n = 0;
  const end = before ?? tokens.length;
  for (let i = 0; i + 1 < end; i++) {
    if ((tokens[i] as Token).lower !== "the") continue;
    let k = i + 1;
    const demonym = list.find((x) => x.first === k && x.type === "Country" && x.kind === "demonym");
    if (demonym) k = demonym.last;
    if (demonym && country !== undefined && demonym.name !== country) continue;
    const head = tokens[k];
    if (!head || !WORDS.titleHeads.has(head.lower)) continue;
    const next = tokens[k + 1];
    if (next && (isCapitalised(next.text) || next.lower === "of")) continue;
    if (!list.some((x) => x.type === "Person" && x.first <= k && x.last > k)) n++;
  }
  return n;
}

/**
 * "… namely Turkey and the Erdogan regime, she added: …": a subject pronoun ("he", "she") that no
 * resolution tied to anyone is a person the sentence speaks of all the same; the number of them
 * (before token `before`).
 */
function unresolvedSubjects(state: DocState, sentence: number, before?: number): number {
  const tokens = (state.sentences[sentence] as Sentence).tokens;
  const list = (state.mentions[sentence] ?? []) as Mention[];
  let n = 0;
  const end = before ?? tokens.length;
  for (let i = 0; i < end; i++)
    if (
      NOMINATIVE.has((tokens[i] as Token).lower) &&
      !list.some((x) => x.type === "Person" && x.first <= i && x.last > i)
    )
      n++;
  return n;
}

/** The one country a person is known to serve, or undefined. */
function onlyCountry(countries: Map<string, Set<string>>, person: string): string | undefined {
  const set = countries.get(person);
  return set?.size === 1 ? [...set][0] : undefined;
}

function countryMention(state: DocState, name: string): Mention | undefined {
  for (const list of state.mentions) {
    const m = list.find((x) => x.name === name && x.type === "Country");
    if (m) return m;
  }
  return undefined;
}

/** "his country", "her nation": the country of the person the pronoun stands for. */
function resolvePossessiveCountries(state: DocState, countries: Map<string, Set<string>>): void {
  const countryNouns = wordsOf(state).countryNouns;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (const p of [...list]) {
      if (p.kind !== "pronoun" || p.type !== "Person" || p.last !== p.first + 1) continue;
      if (!WORDS.personPossessives.has((tokens[p.first] as Token).lower)) continue;
      if (!countryNouns.has(tokens[p.last]?.lower ?? "")) continue;
      const country = onlyCountry(countries, p.name);
      const anchor = country === undefined ? undefined : countryMention(state, country);
      list.splice(list.indexOf(p), 1);
      if (!anchor) continue;
      const m = makeMention(
        sentence,
        p.first,
        p.last + 1,
        anchor.name,
        "Country",
        "role",
        "possessive-country",
      );
      m.antecedent = p.antecedent ?? antecedentOf(p);
      list.push(m);
    }
  }
}

/**
 * "his country's Air Force" (his country → Denmark): a body every country has, owned by a
 * resolved country description, takes that country's demonym and belongs to it, as "Denmark's
 * Air Force" would.
 */
function qualifyOwnedOrganizations(state: DocState): void {
  const demonyms = gazetteerOf(state.options.lexicon).demonyms;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    for (const m of list) {
      if (m.type !== "Organization" || m.kind !== "fallback" || m.country) continue;
      if (sentence.tokens[m.first - 1]?.key !== "'s") continue;
      const owner = list.find((x) => x.kind === "role" && x.type === "Country" && x.last === m.first - 1);
      const demonym = owner ? demonyms.get(owner.name) : undefined;
      if (!owner || !demonym || !GENERIC_ORG_STARTS.has(m.name.split(" ")[0]?.toLowerCase() ?? "")) continue;
      m.name = `${demonym} ${m.name}`;
      m.country = owner.name;
    }
  }
}

/**
 * The antecedent of a description at token `before` of sentence `sentence`: among the mentions
 * `accept` takes, the last of the nearest sentence (this one first, before the description,
 * then up to DESCRIPTION_REACH back) that has any, when they all name one entity, or when the
 * ones `salient` keeps (given the sentence's mentions) do; null when that sentence names two, or
 * none within reach does.
 */
function onlyAntecedent(
  state: DocState,
  sentence: number,
  before: number,
  accept: (m: Mention, tokens: Token[]) => boolean,
  salient?: (m: Mention, mentions: Mention[], tokens: Token[]) => boolean,
): Mention | null {
  for (let s = sentence; s >= 0 && sentence - s <= DESCRIPTION_REACH; s--) {
    const words = (state.sentences[s] as Sentence).tokens;
    const mentions = (state.mentions[s] ?? []) as Mention[];
    const found = mentions.filter((m) => (s !== sentence || m.last <= before) && accept(m, words));
    const names = new Set(found.map((m) => m.name));
    if (names.size === 0) continue;
    if (names.size === 1) return found[found.length - 1] as Mention;
    // Two named: the only one `salient` keeps, if any.
    const kept = salient ? found.filter((m) => salient(m, mentions, words)) : [];
    return new Set(kept.map((m) => m.name)).size === 1 ? (kept[kept.length - 1] as Mention) : null;
  }
  return null;
}

/**
 * Where the country noun of "the country" or "the island nation" stands: at `k`, or after one
 * modifier that does not point at another country ("the other country"), capitalised too when it
 * is no name of its own ("the Communist state"; the caller leaves out "the Russian state"); -1 when none.
 * `countryNouns`: stage words countryNouns.
 */
function countryNounAt(tokens: Token[], k: number, countryNouns: ReadonlySet<string>): number {
  const at = (j: number): boolean => {
    // Compared with the length, not read past the end (which throws optimised code away).
    if (j >= tokens.length) return false;
    const t = tokens[j] as Token;
    return t.text === t.lower && countryNouns.has(t.lower);
  };
  if (at(k)) return k;
  const modifier = tokens[k];
  if (!modifier || OTHER_COUNTRY.has(modifier.lower)) return -1;
  const capitalised = modifier.text !== modifier.lower;
  return (ADJ_OR_NOUN.test(modifier.pos) || (capitalised && modifier.pos === "PROPN")) && at(k + 1)
    ? k + 1
    : -1;
}

/**
 * True when `m` stands inside the longer name `o` ("U.S." in "U.S. Navy"), or is the demonym that
 * opens the body `o` ("British" before "Army", kept apart as a demonym of a body of that country).
 */
function insideName(m: Mention, o: Mention): boolean {
  if (o.first <= m.first && o.last >= m.last) return true;
  return m.kind === "demonym" && o.first === m.last && o.type === "Organization";
}

/** Most link words between a visit cue and the place visited ("arrived in the Philippines"). */
const VISITED_LINK_REACH = 2;

/**
 * True when the mention `m` is the place of a visit: right after a visit cue, past a preposition
 * or article ("visited Peru", "arrived in Peru", "a visit to the Philippines").
 */
function visitedPlace(tokens: Token[], m: Mention): boolean {
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= VISITED_LINK_REACH && VISITED_LINKS.has((tokens[k] as Token).lower)) k--;
  return VISITED_CUES.has(tokens[k]?.lower ?? "");
}

/** How many sentences back the one country of a kind must have been named last ("the Sultanate"). */
const KIND_REACH = 4;
/** How many lower-case adjectives may stand between "the" and a kind ("the oil-rich kingdom"). */
const KIND_MODIFIERS = 2;

/** The kind of country whose words start at token `k` (the longest), and one past them; null when none. */
function kindAt(tokens: Token[], k: number): { countries: Set<string>; end: number } | null {
  for (const kind of KINDS)
    if (lowerWordsAt(tokens, k, kind.words)) return { countries: kind.countries, end: k + kind.words.length };
  return null;
}

/**
 * The kind of country a description opened by "the" at `i` names, past lower-case adjectives that
 * do not point at another country ("the oil-rich Gulf state"; not "the other kingdom"), and where
 * it starts; null when none, or when a name follows ("the Kingdom of Tonga" is a name).
 */
function kindDescriptionAt(
  tokens: Token[],
  i: number,
): { countries: Set<string>; start: number; end: number } | null {
  let k = i + 1;
  for (; k <= i + KIND_MODIFIERS && k < tokens.length && !kindAt(tokens, k); k++) {
    const w = tokens[k] as Token;
    if (w.text !== w.lower || w.pos !== "ADJ" || OTHER_COUNTRY.has(w.lower)) return null;
  }
  const kind = kindAt(tokens, k);
  if (!kind) return null;
  const next = tokens[kind.end];
  if (next && (isCapitalised(next.text) || next.lower === "of")) return null;
  return { countries: kind.countries, start: k, end: kind.end };
}

/**
 * The one country of `kinds` the document names before token `before` of sentence `sentence`,
 * by name, demonym or an earlier resolution, when its last mention stands within KIND_REACH
 * sentences; null when it names none or two ("the kingdom" after Jordan and Saudi Arabia).
 */
function onlyOfKind(state: DocState, sentence: number, before: number, kinds: Set<string>): Mention | null {
  let last: Mention | null = null;
  for (let s = 0; s <= sentence; s++)
    for (const m of (state.mentions[s] ?? []) as Mention[]) {
      if (m.type !== "Country" || !kinds.has(m.name) || (s === sentence && m.last > before)) continue;
      if (last && last.name !== m.name) return null;
      if (!last || m.sentence > last.sentence || m.first > last.first) last = m;
    }
  return last && sentence - last.sentence <= KIND_REACH ? last : null;
}

/**
 * "The British guest expressed his appreciation for the Sultanate's positive role", "the
 * kingdom", "the island nation", "the Gulf state": a description that names a kind of country
 * (lexicon countryKinds: an official style or a geography) stands for the one country of that
 * kind the document named before it, when it was named within the last few sentences; two of
 * that kind, or none, leave it unresolved ("Iran accused Saudi Arabia …; the kingdom" is Saudi
 * Arabia, never Iran).
 */
function resolveCountryKinds(state: DocState): void {
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if ((tokens[i] as Token).lower !== "the") continue;
      const d = kindDescriptionAt(tokens, i);
      if (!d || list.some((m) => m.first < d.end && m.last > i)) continue;
      const country = onlyOfKind(state, sentence.index, i, d.countries);
      if (!country) continue;
      list.push(resolved(sentence, i, d.end, country, "country-kind", "role"));
      i = d.end - 1;
    }
  }
}

/** "in" or "of" after a state noun ("the junta in Bamako"). */
const IN_OR_OF = /^(?:in|of)$/u;
/** Lower-case words that may stand between a country and a state noun ("Mali's ruling military junta"). */
const STATE_MODIFIERS = 2;

/**
 * The country a state noun at `k` is introduced with, and the mention that names it: a country's
 * possessive, demonym or name before it, past lower-case adjectives ("Niger's junta", "the Malian
 * military junta", "the Niger junta"), or a country or its capital after "in" ("the ruling junta
 * in Bamako"); else null.
 */
function stateCountryAt(
  list: Mention[],
  tokens: Token[],
  k: number,
  capitals: Map<string, string>,
): { name: string; by: Mention } | null {
  let p = k - 1;
  while (p >= k - STATE_MODIFIERS && p >= 0) {
    const w = tokens[p] as Token;
    if (w.text !== w.lower || !ADJ_OR_NOUN.test(w.pos) || covered(list, p)) break;
    p--;
  }
  if (tokens[p]?.key === "'s") p--;
  const before = list.find((m) => m.type === "Country" && m.last === p + 1);
  if (before) return { name: before.name, by: before };
  if (!IN_OR_OF.test(tokens[k + 1]?.lower ?? "")) return null;
  const after = list.find((m) => m.first === k + 2 && (m.type === "Country" || m.type === "Location"));
  const name = after?.type === "Country" ? after.name : capitals.get(after?.name ?? "");
  return after && name !== undefined ? { name, by: after } : null;
}

/**
 * "Niger's junta accused France … The party of the deposed president accused the junta": a state
 * noun (lexicon stateNouns), which by the conventions is its country's government, introduced
 * with its country, makes a later bare "the junta" (past lower-case adjectives, "the ruling
 * junta") that country, when the document introduced one such country before it; two, or none,
 * leave it unresolved. The resolution keeps the mention that introduced the country.
 */
function resolveStateDescriptions(state: DocState): void {
  let capitals: Map<string, string> | null = null;
  /** The countries introduced with a state noun so far. */
  const introduced: { name: string; by: Mention }[] = [];
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (!STATE_WORDS.has((tokens[k] as Token).lower) || covered(list, k)) continue;
      capitals ??= capitalCountries(state);
      const country = stateCountryAt(list, tokens, k, capitals);
      if (country) {
        introduced.push(country);
        continue;
      }
      // A bare description: "the" and lower-case adjectives before the noun, no name after it; a
      // noun before it makes another kind of regime ("the sanctions regime", "the ceasefire regime").
      let i = k - 1;
      while (
        i > k - 1 - STATE_MODIFIERS &&
        i > 0 &&
        tokens[i]?.text === tokens[i]?.lower &&
        tokens[i]?.pos === "ADJ"
      )
        i--;
      const next = tokens[k + 1];
      if (tokens[i]?.lower !== "the" || (next && isCapitalised(next.text))) continue;
      const first = introduced[0];
      if (!first || introduced.some((c) => c.name !== first.name)) continue;
      const m = makeMention(sentence, i, k + 1, first.name, "Country", "role", "state-description");
      m.antecedent = antecedentOf(first.by);
      list.push(m);
    }
  }
}

/** Each known capital's country ("Bamako" → Mali), from the gazetteer. */
function capitalCountries(state: DocState): Map<string, string> {
  const out = new Map<string, string>();
  for (const [country, capital] of gazetteerOf(state.options.lexicon).capitals) out.set(capital, country);
  return out;
}

/**
 * "the country": the only country named in the nearest sentence (this one first) that names one,
 * or, when it names two, the only one there that is the place of a visit and not inside a body's
 * name ("U.S. Navy Admiral X, commander of U.S. Southern Command, visited Peru, where he met the
 * country's minister", "British Army General X arrived in Kenya and met the country's army
 * chief"); "The Russian Defence Ministry said Ukraine launched drones. The country's …" stays
 * unresolved.
 */
function resolveCountryDescriptions(state: DocState): void {
  const countryNouns = wordsOf(state).countryNouns;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if ((tokens[i] as Token).lower !== "the") continue;
      const n = countryNounAt(tokens, i + 1, countryNouns);
      // "the island nation" names a kind of country (resolveCountryKinds), not any country.
      if (n < 0 || kindDescriptionAt(tokens, i)) continue;
      const next = tokens[n + 1];
      if ((next && (isCapitalised(next.text) || next.lower === "of")) || covered(list, n)) continue;
      // "the Russian state": a modifier that names something itself points elsewhere.
      if (n === i + 2 && covered(list, i + 1)) continue;
      const country = onlyAntecedent(
        state,
        sentence.index,
        i,
        (m) => m.type === "Country",
        (m, found, words) => visitedPlace(words, m) && !found.some((o) => o !== m && insideName(m, o)),
      );
      if (country) list.push(resolved(sentence, i, n + 1, country, "country-description", "role"));
    }
  }
}

/**
 * "Egypt bought Rafale jets in 2015. It ordered 30 more from France in 2021.": a sentence-opening
 * "It" whose verb (after fillers such as "has", "also") gives or gets arms, or states something
 * ("The ministry announced the contract. It also said …"), is the only country or organization
 * the previous sentence names, by name or description. A previous sentence naming two (Egypt and
 * France) leaves it unresolved, and a dummy "It" ("It was reported", "It is expected") has no such verb.
 */
function resolveSupplyIt(state: DocState): void {
  const governments = wordsOf(state).governmentNouns;
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    if (sentence.index === 0 || tokens[0]?.text !== "It") continue;
    let v = 1;
    while (tokens[v] && BETWEEN.has((tokens[v] as Token).lower)) v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== "VERB") continue;
    const speech = IT_SPEECH_VERBS.has(verb.lemma);
    if (!speech && !IT_VERBS.has(verb.lemma)) continue;
    const previous = (state.mentions[sentence.index - 1] ?? []) as Mention[];
    const words = (state.sentences[sentence.index - 1] as Sentence).tokens;
    let actors = previous.filter(
      (m) => (m.type === "Country" || m.type === "Organization") && m.kind !== "demonym",
    );
    // "Kenya's Defence Ministry issued a statement. It accused …": of a body and its possessor,
    // the one that is the verb's subject (not two conjuncts, "Saab and the agency signed …").
    const subjects = actors.filter((m) => subjectOfVerb(words, m.last));
    const subject = subjects.length === 1 ? (subjects[0] as Mention) : undefined;
    // A speaking "It" that does not reply ("It denied …" may be the accused answering) continues
    // the previous sentence's speaker, whoever else that sentence names (previousSpeaker).
    const speaker =
      speech && !IT_REPLIES.has(verb.lemma)
        ? previousSpeaker(words, actors, previous, governments)
        : undefined;
    if (
      speech &&
      subject &&
      actors.every((m) => m === subject || (words[m.last]?.key === "'s" && subject.first - m.last <= 2))
    )
      actors = [subject];
    else if (speaker) actors = [speaker];
    if (new Set(actors.map((m) => m.name)).size !== 1) continue;
    // A speaking "It" continues the previous sentence's speaker: the actor must be a verb's
    // subject there ("The ministry claimed …"), not an actor the claim names ("MOFA said two
    // attempts by North Korea to launch … failed. It added …").
    if (speech && actors[0] !== speaker && !actors.some((m) => subjectOfVerb(words, m.last))) continue;
    // Nor the subject of a claim an unnamed speaker made ("The ministry said Ukraine launched
    // drones. It added …": "It" is the ministry, not Ukraine).
    const chosen = actors[actors.length - 1] as Mention;
    if (speech && words.slice(0, chosen.first).some((w) => w.pos === "VERB" && IT_SPEECH_VERBS.has(w.lemma)))
      continue;
    const list = state.mentions[sentence.index] as Mention[];
    const rule = speech ? "it-speaker" : "it-supply";
    list.push(resolved(sentence, 0, 1, chosen, rule, "pronoun"));
  }
}

/**
 * True when the mention opens its sentence, past a determiner, lower-case modifiers and a demonym
 * ("The Malian government", "The Turkish Foreign Ministry").
 */
function opensSentence(tokens: Token[], m: Mention, all: readonly Mention[]): boolean {
  if (m.first > OPENING_SUBJECT_WORDS) return false;
  for (let k = 0; k < m.first; k++) {
    if (/^(?:DET|ADJ)$/u.test((tokens[k] as Token).pos)) continue;
    if (!all.some((d) => d.kind === "demonym" && d.first <= k && d.last > k)) return false;
  }
  return true;
}

/** True when a verb follows token `k`, past auxiliaries, adverbs and a time adverbial ("said", "on Monday said"). */
function subjectOfVerb(tokens: Token[], k: number): boolean {
  return verbAfter(tokens, k) >= 0;
}

/** The index of the verb that follows token `k` as `subjectOfVerb` reads it, or -1. */
function verbAfter(tokens: Token[], k: number): number {
  // "The ministry (which …) claimed": past an insertion.
  k = insertionEnd(tokens, k);
  while (k < tokens.length && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k++;
  const over = timeAdverbialEnd(tokens, k);
  if (over > k) k = over;
  return tokens[k]?.pos === "VERB" ? k : -1;
}

/** A comma or a closing quotation mark before a reporting clause ("…, the ministry said"). */
const REPORTING_OPENER = /^[,”"’]$/u;

/**
 * The speaker of a sentence, whom a speaking "It" in the next one continues: the actor that opens
 * it as a verb's subject ("Sudan accused Kenya … It also accused …", "The Turkish Foreign Ministry
 * said that Turkey had … It added …"), else the actor of a reporting clause after a comma or a
 * closing quotation mark ("Turkey summoned the envoy, the Ministry of Foreign Affairs said in a
 * statement. It added …"); none else.
 */
function previousSpeaker(
  words: Token[],
  actors: readonly Mention[],
  all: readonly Mention[],
  governments: ReadonlySet<string>,
): Mention | undefined {
  const demonymAt = (k: number): boolean =>
    all.some((d) => d.kind === "demonym" && d.first <= k && d.last > k);
  const reporter = actors.find((m) => {
    // ("…, the Ugandan foreign ministry said": past the article and a demonym.)
    let before = m.first - 1;
    while (before >= 0 && (words[before]?.lower === "the" || demonymAt(before))) before--;
    const v = verbAfter(words, m.last);
    return REPORTING_OPENER.test(words[before]?.text ?? "") && v >= 0 && SAY.has((words[v] as Token).lemma);
  });
  const opening = actors.find((m) => opensSentence(words, m, all) && subjectOfVerb(words, m.last));
  // ("The Ghanaian government thanked …": a demonym before a government noun opens it as its country.)
  return (
    reporter ??
    opening ??
    all.find(
      (m) =>
        m.kind === "demonym" &&
        m.type === "Country" &&
        governments.has(words[m.last]?.lower ?? "") &&
        m.first <= OPENING_SUBJECT_WORDS &&
        words.slice(0, m.first).every((w) => w.pos === "DET") &&
        subjectOfVerb(words, m.last + 1),
    )
  );
}

/** How many lower-case modifiers may stand in "the … company" ("the state-owned defence company"). */
const COMPANY_MODIFIERS = 2;

/**
 * True when the organization mention is a company: a maker the lexicon knows, a name ending in a
 * legal form or a company word ("… Corp", "… Aerospace Industries"), or a name a company noun
 * introduces ("French firm Armaris", "armored vehicles company Katmerciler").
 */
function isCompany(m: Mention, tokens: Token[]): boolean {
  if (m.type !== "Organization") return false;
  const last = (name: string): string => name.split(/\s+/u).pop() ?? "";
  if (MAKERS.has(m.name) || COMPANY_LAST_WORDS.has(last(m.name)) || COMPANY_LAST_WORDS.has(last(m.text)))
    return true;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 1 - COMPANY_MODIFIERS); k--)
    if (COMPANY_WORDS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Tags of an adjective or noun. */
const ADJ_OR_NOUN = /^(?:ADJ|NOUN)$/u;

/**
 * "the company", "the shipbuilder": the only company named in the nearest sentence (this one
 * first, before the description) that names one; two companies there leave it unresolved.
 */
function resolveCompanyDescriptions(state: DocState): void {
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if ((tokens[i] as Token).lower !== "the") continue;
      let n = i + 1;
      // Compared with the length, not read past the end (which throws optimised code away).
      while (
        n < i + 1 + COMPANY_MODIFIERS &&
        n < tokens.length &&
        !COMPANY_WORDS.has((tokens[n] as Token).lower)
      ) {
        const w = tokens[n] as Token;
        if (w.text !== w.lower || !ADJ_OR_NOUN.test(w.pos)) break;
        n++;
      }
      if (!COMPANY_WORDS.has(tokens[n]?.lower ?? "")) continue;
      const next = tokens[n + 1];
      if (
        (next && (isCapitalised(next.text) || next.lower === "of" || next.lower === "'s")) ||
        covered(list, n)
      )
        continue;
      const company = onlyAntecedent(
        state,
        sentence.index,
        i,
        (m, words) => m.kind !== "role" && isCompany(m, words),
      );
      if (company) list.push(resolved(sentence, i, n + 1, company, "company-description", "role"));
    }
  }
}

/** Marks that introduce a quotation ("Wei said, ”…”", "He added: ”…”"). */
const QUOTE_INTRODUCERS = /^[,:]$/u;

/** A quotation: where it opens and closes (sentence, token). */
interface Quote {
  open: { sentence: number; token: number };
  close: { sentence: number; token: number };
  /** A paragraph the quotation runs through unclosed, the next quotation going on from it. */
  runsOn?: true;
}

function quotations(state: DocState): Quote[] {
  const out: Quote[] = [];
  let open: Quote["open"] | null = null;
  for (const sentence of state.sentences) {
    sentence.tokens.forEach((t, i) => {
      // (One character: the length is compared before the pattern, for every token of the document.)
      if (t.text.length !== 1 || !DOUBLE_QUOTE_MARK.test(t.text)) return;
      // ("Wei said, ”China …”": a closing mark printed as the opening one, after a space and a
      // comma or colon, with no quotation open, opens one.)
      const misprinted =
        t.text === "”" &&
        open === null &&
        t.space &&
        QUOTE_INTRODUCERS.test(sentence.tokens[i - 1]?.text ?? "");
      const closing = (t.text === "”" && !misprinted) || (t.text === '"' && open !== null);
      if (closing && open) {
        out.push({ open, close: { sentence: sentence.index, token: i } });
        open = null;
      } else if (!closing) {
        // "“To trust, we need … at all.¶“On the contrary, …,” Peskov said": a quotation that
        // goes on in the next paragraph opens it again without closing the first.
        const before = state.sentences[sentence.index - 1];
        if (open && i === 0 && before && paragraphBreak(state, before, sentence))
          out.push({ open, close: { sentence: before.index, token: before.tokens.length }, runsOn: true });
        open = { sentence: sentence.index, token: i };
      }
    });
    // A quotation left open over more than a few sentences is a stray mark.
    if (open && sentence.index - (open as Quote["open"]).sentence > 4) open = null;
  }
  return out;
}

/** True when a line break stands between the sentence `before` and the sentence `next`. */
function paragraphBreak(state: DocState, before: Sentence, next: Sentence): boolean {
  return state.view.text.slice(before.end, next.start).includes("\n");
}

/**
 * The speaker of a quotation: "…," said X / "…," X said after it, or X said: "…" before it.
 * A pronoun speaker counts when it was resolved ("…," he said).
 */
function speakerOf(state: DocState, q: Quote): Mention | null {
  const actor = (m: Mention): boolean =>
    m.type === "Person" || m.type === "Organization" || m.type === "Country";
  const after = state.sentences[q.close.sentence] as Sentence;
  const list = state.mentions[after.index] as Mention[];
  let k = q.close.token + 1;
  const before = after.tokens[q.close.token - 1];
  if (before?.text === "," || after.tokens[k]?.text === ",") k += after.tokens[k]?.text === "," ? 1 : 0;
  const t = after.tokens[k];
  if (t && SAY.has(t.lemma)) {
    let s = k + 1;
    if (after.tokens[s]?.lower === "the") s++;
    const m = list.find((x) => x.first === s && actor(x));
    if (m) return m.type === "Person" ? m : (titledPersonAfter(after, list, m.last) ?? m);
  }
  // "…,” the Foreign Ministry said in a statement", "…,” the Turkish Foreign Ministry said": past
  // the article, a name that opens on a demonym or a title word.
  if (after.tokens[k]?.lower === "the") k++;
  const named = (): Mention | undefined =>
    list.find((x) => x.first === k && actor(x) && x.kind !== "demonym");
  // "…,” Finnish President Alexander Stubb told reporters": skip the title before the name.
  while (!named() && k < after.tokens.length && isTitleWord((after.tokens[k] as Token).lower)) k++;
  const demonym = named() ? undefined : list.find((x) => x.first === k && x.kind === "demonym");
  if (demonym) k = demonym.last;
  while (!named() && k < after.tokens.length && isTitleWord((after.tokens[k] as Token).lower)) k++;
  const m = named() ?? list.find((x) => x.first === k && actor(x));
  if (m) {
    let v = m.last;
    while (after.tokens[v]?.pos === "ADV" || after.tokens[v]?.pos === "AUX") v++;
    if (SAY.has(after.tokens[v]?.lemma ?? "")) return m;
  }
  // Before the opening mark: "X said: “…”", "X told reporters, “…”".
  const opening = state.sentences[q.open.sentence] as Sentence;
  const olist = state.mentions[opening.index] as Mention[];
  let v = q.open.token - 1;
  if (opening.tokens[v]?.text === ":" || opening.tokens[v]?.text === ",") v--;
  if (opening.tokens[v]?.pos === "NOUN" || opening.tokens[v]?.pos === "PRON") v--;
  if (!SAY.has(opening.tokens[v]?.lemma ?? "")) return null;
  let s = v - 1;
  while (s >= 0 && /^(?:AUX|ADV)$/u.test((opening.tokens[s] as Token).pos)) s--;
  return olist.find((x) => x.last === s + 1 && actor(x)) ?? null;
}

/** How many lower-case words a title after a speaker's country or body may hold ("opposition leader"). */
const SPEAKER_TITLE_WORDS = 4;

/**
 * The person a title after a country or body introduces ("…,” said Solomon Islands opposition
 * leader Matthew Wale", "said Chinese Foreign Ministry spokesman Lin Jian"): past lower-case nouns
 * and adjectives, ending on a title word, at token `k`; null when none.
 */
function titledPersonAfter(sentence: Sentence, list: Mention[], k: number): Mention | null {
  let j = k;
  let title = false;
  while (j < k + SPEAKER_TITLE_WORDS) {
    const w = sentence.tokens[j];
    if (!w || list.some((x) => x.first === j)) break;
    if (!isTitleWord(w.lower) && !(/^(?:NOUN|ADJ)$/u.test(w.pos) && w.text === w.lower)) break;
    title = isTitleWord(w.lower);
    j++;
  }
  const person = title ? list.find((x) => x.first === j && x.type === "Person") : undefined;
  return person ?? null;
}

/** True when a quotation is its sentences whole: it opens them and only punctuation follows it. */
function standsAlone(state: DocState, q: Quote): boolean {
  const open = state.sentences[q.open.sentence] as Sentence;
  const close = state.sentences[q.close.sentence] as Sentence;
  if (open.tokens.findIndex((t) => t.pos !== "PUNCT" || DOUBLE_QUOTE_MARK.test(t.text)) !== q.open.token)
    return false;
  for (let k = q.close.token + 1; k < close.tokens.length; k++)
    if ((close.tokens[k] as Token).pos !== "PUNCT") return false;
  return true;
}

/**
 * "“We have shipped …,” said Defence Minister X": inside a quotation, I/me/my stand for its
 * speaker and we/us/our for the speaker's country (a speaking country or body is itself).
 */
function resolveQuotationSpeakers(state: DocState, countries: Map<string, Set<string>>): void {
  let previous: { close: Quote["close"]; speaker: Mention } | null = null;
  const quotes = quotations(state);
  for (const [n, q] of quotes.entries()) {
    // A paragraph run on unclosed is the speaker's of the quotation that goes on from it.
    const next = quotes[n + 1];
    let speaker = speakerOf(state, q) ?? (q.runsOn && next ? speakerOf(state, next) : null);
    // "“…,” he wrote. “Russia is a very good friend.”": a quotation standing alone right after
    // another continues its speaker.
    const continued =
      !speaker &&
      previous !== null &&
      q.open.sentence - previous.close.sentence <= 1 &&
      standsAlone(state, q);
    if (continued && previous) speaker = previous.speaker;
    previous = speaker ? { close: q.close, speaker } : null;
    if (!speaker) continue;
    let group: Mention | undefined;
    if (speaker.type === "Person") {
      const country = onlyCountry(countries, speaker.name);
      group = country === undefined ? undefined : countryMention(state, country);
    } else group = speaker;
    // The sentences of the quotation that do not hold its speaker: each is the speaker's claim.
    const after = speaker.sentence === q.close.sentence && speaker.first > q.close.token;
    // (A paragraph run on, its speaker told after it, is its speaker's claim whole.)
    const whole = continued || (q.runsOn === true && speaker.sentence > q.close.sentence);
    const side = speaker.type === "Person" ? onlyCountry(countries, speaker.name) : speaker.country;
    for (
      let s = after || whole ? q.open.sentence : q.open.sentence + 1;
      s <= (after ? q.close.sentence - 1 : q.close.sentence);
      s++
    )
      (state.sentences[s] as Sentence).quotedBy = { speaker, side };
    for (let s = q.open.sentence; s <= q.close.sentence; s++) {
      const sentence = state.sentences[s] as Sentence;
      const list = state.mentions[s] as Mention[];
      const first = s === q.open.sentence ? q.open.token + 1 : 0;
      const last = s === q.close.sentence ? q.close.token : sentence.tokens.length;
      (sentence.quotes ??= []).push({ first, last, speaker, side });
      sentence.tokens.forEach((t, i) => {
        if (s === q.open.sentence && i <= q.open.token) return;
        if (s === q.close.sentence && i >= q.close.token) return;
        if (covered(list, i)) return;
        const to =
          I_WORDS.has(t.lower) && speaker.type === "Person"
            ? speaker
            : WE_WORDS.has(t.lower)
              ? group
              : undefined;
        if (to) list.push(resolved(sentence, i, i + 1, to, "quotation-speaker", "pronoun"));
      });
    }
  }
}

/**
 * "Turkey handed over military equipment to Kyrgyzstan. Press service of the General Staff of the
 * Armed Forces of the Kyrgyz Republic reported.": a sentence that is only a speaker (a body or
 * country, after at most a few words ending in "of" or "the") and a verb of reporting tells who
 * said the sentence before it; that sentence, when it has no speaker of its own, is the speaker's
 * claim (as a quotation's sentences are).
 */
function resolveClosingReports(state: DocState): void {
  for (const sentence of state.sentences) {
    const before = state.sentences[sentence.index - 1];
    if (!before || before.quotedBy) continue;
    const tokens = sentence.tokens;
    let v = tokens.length - 1;
    while (v > 0 && (tokens[v] as Token).pos === "PUNCT") v--;
    const verb = tokens[v] as Token;
    if (verb.pos !== "VERB" || !CLOSING_REPORTS.has(verb.lemma)) continue;
    const list = state.mentions[sentence.index] as Mention[];
    // The speaker is the first body or country, named by the phrase that runs up to the verb
    // ("the General Staff of the Armed Forces of the Kyrgyz Republic": the General Staff).
    const speaker = list
      .filter((m) => m.kind !== "demonym" && (m.type === "Organization" || m.type === "Country"))
      .sort((a, b) => a.first - b.first)[0];
    if (!speaker || speaker.first > REPORTER_OPENING) continue;
    // ("The Cambodian Ministry of National Defence reported.": past the demonym that qualifies it.)
    const demonym = list.find((m) => m.kind === "demonym" && m.last === speaker.first);
    const start = demonym ? demonym.first : speaker.first;
    if (start > 0 && !/^(?:of|the)$/u.test((tokens[start - 1] as Token).lower)) continue;
    if (tokens.slice(0, start).some((t) => isVerbOrAux(t))) continue;
    let k = speaker.last;
    while (k < v && (/^(?:of|the)$/u.test((tokens[k] as Token).lower) || covered(list, k))) k++;
    if (k !== v) continue;
    // The sentence before must tell no speaker of its own ("X said …").
    if (before.tokens.some((t) => t.pos === "VERB" && (SAY.has(t.lemma) || CLOSING_REPORTS.has(t.lemma))))
      continue;
    before.quotedBy = { speaker, side: speaker.type === "Country" ? speaker.name : speaker.country };
  }
}

/**
 * The two people a group subject stands for: those of this sentence before it, else of the
 * nearest earlier sentences, when exactly two distinct people are found first. A titled group
 * ("the two defence ministers") leaves out people introduced with other titles only, and needs
 * one of the two to hold its title.
 */
function groupBefore(
  state: DocState,
  sentence: number,
  before: number,
  titled?: { fitting: Set<string>; other: Set<string> },
): Mention[] | null {
  const found = new Map<string, Mention>();
  for (let s = sentence; s >= 0 && sentence - s <= DESCRIPTION_REACH; s--) {
    for (const p of personsOf(state, s, s === sentence ? before : undefined))
      if (!found.has(p.name) && !titled?.other.has(p.name)) found.set(p.name, p);
    if (found.size >= 2) break;
  }
  if (found.size !== 2) return null;
  if (titled && ![...found.keys()].some((n) => titled.fitting.has(n))) return null;
  return [...found.values()];
}

/** How many people the sentence names after token `i`. */
function personsAfter(state: DocState, sentence: number, i: number): number {
  const list = (state.mentions[sentence] ?? []) as Mention[];
  return new Set(list.filter((m) => m.type === "Person" && m.first > i).map((m) => m.name)).size;
}

/** Where a group subject ends: "they", "the two leaders", "both men", "the sides"; -1 when none starts at `i`. */
function groupSubjectEnd(tokens: Token[], i: number): number {
  const t = tokens[i] as Token;
  if (THEY.has(t.lower)) return i + 1;
  if (t.lower === "the" && tokens[i + 1]?.lower === "two" && GROUPS.has(tokens[i + 2]?.lower ?? ""))
    return i + 3;
  if (t.lower === "both" && GROUPS.has(tokens[i + 1]?.lower ?? "")) return i + 2;
  // "The sides exchanged views", "The delegations held talks": the two parties, without "two".
  if (t.lower === "the" && DEFINITE_GROUPS.has(tokens[i + 1]?.lower ?? "")) return i + 2;
  return -1;
}

/**
 * "the two defence ministers", "the two foreign ministers", "the two ministers": the title words of
 * a titled group (up to two lower-case title modifiers, then a plural title head), where the group
 * ends, and whether the head stands alone (bare); null when none starts at `i`.
 */
function titledGroupAt(tokens: Token[], i: number): { end: number; words: string[]; bare: boolean } | null {
  if (tokens[i]?.lower !== "the" || tokens[i + 1]?.lower !== "two") return null;
  const words: string[] = [];
  let k = i + 2;
  while (k < i + 4 && isTitleWord(tokens[k]?.lower ?? "") && !GROUPS.has(tokens[k]?.lower ?? "")) {
    words.push((tokens[k] as Token).lower);
    k++;
  }
  const head = tokens[k]?.lower ?? "";
  if (!GROUPS.has(head) || !head.endsWith("s")) return null;
  // "the two ministers": a plural title head alone is a titled group too.
  if (words.length === 0 && !isTitleWord(head.slice(0, -1))) return null;
  return { end: k + 1, words: [...words, head.slice(0, -1)], bare: words.length === 0 };
}

/** A meeting phrase found in a sentence: its words, and one past its last token. */
interface MeetPhrase {
  text: string;
  end: number;
}

/** The meeting phrase starting at `k` (after adverbs, "had" and a time adverbial), or null when none or not asserted. */
function meetPhraseAt(tokens: Token[], k: number, phrases: string[][] = MEET_PHRASES): MeetPhrase | null {
  for (; k < tokens.length; k++) {
    for (const words of phrases) {
      if (lowerWordsAt(tokens, k, words)) return { text: words.join(" "), end: k + words.length };
    }
    const t = tokens[k] as Token;
    if (BLOCKERS.has(t.lower)) return null;
    if (BETWEEN.has(t.lower) || t.pos === "ADV") continue;
    // "The two ministers on Friday discussed …": step over a time adverbial.
    const over = timeAdverbialEnd(tokens, k);
    if (over < 0) return null;
    k = over - 1;
  }
  return null;
}

/** One past a time adverbial that starts at `k` ("on Friday", "last week"), or -1. */
function timeAdverbialEnd(tokens: Token[], k: number): number {
  for (let v = Math.min(tokens.length, k + 5); v > k; v--)
    if (timeAdverbialStart(tokens, v - 1) === k) return v;
  return -1;
}

/**
 * True when the clause of a group subject ending at `end` says its members met others apart
 * ("where they held talks with their respective counterparts", "they separately met …", "they met
 * with their hosts"): the clause runs to the next comma, semicolon or full stop.
 */
function metApart(tokens: Token[], end: number): boolean {
  for (let k = end; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (/^[,;.]$/u.test(w.text)) return false;
    if (APART.has(w.lower) || (w.lower === "with" && tokens[k + 1]?.lower === "their")) return true;
  }
  return false;
}

/** "They met …", "The two leaders held talks …": meets between the two people meant. */
function resolveGroupMeetings(state: DocState): void {
  let holding: ReturnType<typeof titleHolders> | null = null;
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const titled = titledGroupAt(tokens, i);
      const end = titled ? titled.end : groupSubjectEnd(tokens, i);
      if (end < 0) continue;
      // Only a subject: at the start of the sentence or of a clause.
      const prev = tokens[i - 1];
      if (prev && !/^(?:,|;|and|but|where|when|after|before|as|then|“|")$/u.test(prev.lower)) continue;
      if (metApart(tokens, end)) continue;
      // "When they met, A and B signed …": a clause opening the sentence names its group after
      // its comma (the meets rules take that pair), not in the sentences before.
      if (i === 1 && OPENERS.has(prev?.lower ?? "") && personsAfter(state, sentence.index, i) >= 2) continue;
      const phrase = meetPhraseAt(tokens, end, titled ? TITLED_PHRASES : MEET_PHRASES);
      // "the two ministers met" reads as "the two leaders met"; "the two ministers discussed …", a
      // phrase only a titled group takes, needs both to have been introduced with the title.
      const generic = titled?.bare === true && meetPhraseAt(tokens, end) !== null;
      if (titled && !generic) holding ??= titleHolders(state);
      const holders = titled && !generic && holding ? holding(titled.words) : undefined;
      const group = groupBefore(state, sentence.index, i, holders);
      if (!group) continue;
      if (titled?.bare && !generic && !group.every((m) => holders?.fitting.has(m.name))) continue;
      // "where they held meetings with C", "They were received by C": the meeting rules read the
      // group as each of its members.
      if (verbAfter(tokens, end) >= 0) recordGroup(sentence, i, end, group, antecedentOf);
      // "They met C", "the two ministers held talks with C": its members met C, not each other.
      if (!phrase || partnerInClause(tokens, state.mentions[sentence.index] ?? [], phrase.end)) continue;
      const [a, b] = group as [Mention, Mention];
      state.facts.push({
        source: a.name,
        relation: "meets",
        target: b.name,
        sentence: sentence.index,
        trigger: phrase.text,
        rule: "coref-group-meets",
        modality: "asserted",
      });
    }
  }
}

/**
 * "The defence ministers of X and Y": where a titled group of two countries ("of" two named
 * countries, not demonyms) ends at `i`'s group, the title's words (singular) and the two
 * countries; null when none starts at `i` ("the" or the sentence's first word).
 */
function countryGroupAt(
  tokens: Token[],
  list: Mention[],
  i: number,
): { end: number; words: string[]; countries: [string, string] } | null {
  let k = tokens[i]?.lower === "the" ? i + 1 : i;
  if (k === i && i > 0) return null;
  const words: string[] = [];
  while (k < i + 3 && isTitleWord(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower !== "of") {
    words.push((tokens[k] as Token).lower);
    k++;
  }
  // "ministers", "chiefs": the plural of a title's head.
  const head = tokens[k]?.lower ?? "";
  if (!head.endsWith("s") || !WORDS.titleHeads.has(head.slice(0, -1))) return null;
  if (tokens[k + 1]?.lower !== "of") return null;
  const a = list.find((x) => x.type === "Country" && x.kind !== "demonym" && x.first === k + 2);
  if (!a || tokens[a.last]?.lower !== "and") return null;
  const b = list.find((x) => x.type === "Country" && x.kind !== "demonym" && x.first === a.last + 1);
  if (!b || b.name === a.name) return null;
  return { end: b.last, words: [...words, head.slice(0, -1)], countries: [a.name, b.name] };
}

/**
 * "The defense ministers of Uzbekistan and Russia signed an agreement …", the two named in other
 * sentences ("the Uzbek defense minister X", "Y invited his Uzbek counterpart, X"): a titled
 * group of two countries as the subject of a meeting phrase meets between the document's only two
 * holders of the title not tied to a third country (countryGroupHolders); any other number, or a
 * phrase not asserted ("will meet"), gives nothing.
 */
function resolveCountryGroupMeetings(state: DocState, countries: Map<string, Set<string>>): void {
  let holders: ReturnType<typeof countryGroupHolders> | null = null;
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    const list = state.mentions[sentence.index] as Mention[];
    for (let i = 0; i + 4 < tokens.length; i++) {
      if (i > 0 && tokens[i]?.lower !== "the") continue;
      const group = countryGroupAt(tokens, list, i);
      if (!group) continue;
      const prev = tokens[i - 1];
      if (prev && !/^(?:,|;|and|but|“|")$/u.test(prev.lower)) continue;
      const phrase = meetPhraseAt(tokens, group.end, TITLED_PHRASES);
      if (!phrase) continue;
      holders ??= countryGroupHolders(state, countries);
      const pair = holders(group.words, group.countries);
      if (!pair) continue;
      state.facts.push({
        source: pair[0],
        relation: "meets",
        target: pair[1],
        sentence: sentence.index,
        trigger: phrase.text,
        rule: "coref-country-group-meets",
        modality: "asserted",
      });
    }
  }
}

/**
 * Runs after relations: a speaker's "we" is the speaker's own side, and a statement about one's
 * own side is not an assessment (ONTOLOGY.md), so an `assesses` fact whose target stands in its
 * sentence only through such a pronoun is dropped. Other relations through it stay ("we bought
 * tanks from South Korea" still gives the supply).
 */
export const ownSideStage: Stage = {
  name: "5b-own-side",
  run(state: DocState): void {
    state.facts = state.facts.filter((f) => {
      if (f.relation !== "assesses") return true;
      const list = (state.mentions[f.sentence] ?? []) as Mention[];
      const targets = list.filter((m) => m.name === f.target);
      return targets.length === 0 || targets.some((m) => m.rule !== "quotation-speaker");
    });
  },
};
