/**
 * meets rules: "A met B", "A and B met", "A hosted B", "held talks with", "a meeting between A
 * and B", "A's talks with B"; symmetric facts with the smaller name first.
 */
import { subjectPredicateHedge, underPredicate } from "../subject-predicates.ts";
import type { Modality } from "../../model/ontology.ts";
import {
  type Chunk,
  type ChunkHead,
  type SentenceIndex,
  actorOf,
  chunkHeads,
  chunkParts,
  chunkPossessors,
  freshIndexes,
  type IndexOf,
  retiredMarkBefore,
} from "../chunks.ts";
import {
  MODALITY_RANK,
  type Subject,
  type Zone,
  type ZoneChunk,
  modalityOf,
  subjectBefore,
  wordsBefore,
  zoneAfter,
} from "../clause.ts";
import type { ModalityTable } from "../modality-cues.ts";
import { perTable, type Frame, type FrameTable, type GrammaticalRole } from "../frames.ts";
import { VISIT_PARTICIPLES } from "../lexicon/descriptions.ts";
import { HONORIFIC_PHRASES, PORTFOLIO_PREPOSITIONS } from "../lexicon/titles.ts";
import { ACCORD_NOUNS, CLAUSE_BREAKS, THING_RELATIVE_WORDS } from "../lexicon/triggers.ts";
import { ARTICLES } from "../lexicon/grammar.ts";
import { timeAdverbialStart } from "../time-adverbials.ts";
import {
  WORDS,
  acronymInBrackets,
  isCapitalised,
  isRankAt,
  isRankToken,
  isTitleWord,
  isVerbOrAux,
  VERB_GROUP_FILLER,
} from "../words.ts";
import type { DocState, Mention, Token } from "../types.ts";
import { pastClosingQuotes, quotedPhraseVerb } from "./quoted-meetings.ts";
import { honouredChunk } from "./honoured-guests.ts";
import { openingGerundSubject } from "./opening-gerunds.ts";
import { runOnObject } from "./run-on-objects.ts";
import { commaListedPeople } from "./listed-subjects.ts";
import { namesModifier } from "./modifier-objects.ts";
import { CLAUSE_STOP, type Emit, actorHeads, framingCues } from "./shared.ts";
import { type MeetSets, meetSetsOf } from "./meet-sets.ts";
import { groupHeads, subjectGroup } from "../group-members.ts";
import { adverbialRun, adverbialsAfter, partnerAdverbialsEnd, timeAfter } from "./meeting-adverbials.ts";

/** `heads` when it holds any, else what `next` gives. */
function orElse(heads: ChunkHead[], next: () => ChunkHead[]): ChunkHead[] {
  return heads.length > 0 ? heads : next();
}

function emitPairs(names: string[], emit: Emit, trigger: string, rule: string, modality: Modality): void {
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) {
      const x = names[a] as string;
      const y = names[b] as string;
      if (x < y) emit(x, "meets", y, trigger, rule, modality);
      else emit(y, "meets", x, trigger, rule, modality);
    }
  }
}

/** A meeting verb's frame: "A met B", "A and B met", "A hosted B", "A spoke with B", "B was received by A". */
export function meetVerb(ix: SentenceIndex, t: number, emit: Emit, frame: Frame, table: FrameTable): void {
  // Every participant a row gives passes fitsRow: with participant types ("meet-hand-over":
  // people), a mention of one of them in the sentence. "The drones were delivered by Iran to
  // Russia" names no person: the row reads nothing there.
  if (!namesParticipantType(ix, frame)) return;
  const meetSets = meetSetsOf(table);
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  if (frame.requires === "accord" && !signsAccord(tokens, t)) {
    signedBy(ix, t, emit, frame, meetSets);
    return;
  }
  // "A and B signed the agreement by video link", "signed it separately": signers apart met no one.
  if (frame.requires === "accord" && signedApart(tokens, Math.max(0, t - 2), clauseEnd(tokens, t), meetSets))
    return;
  const subject = subjectBefore(ix, t);
  const zone = zoneAfter(ix, t);
  // "urged X to meet Y", "invited X to meet Y": the infinitive's subject is the object of a verb
  // that asks for the meeting or allows it, which does not tell it as held ("prompted X to call
  // on Y" tells what X did).
  const asked =
    tokens[t - 1]?.lower === "to" &&
    subject.chunk !== null &&
    ix.words.askingVerbs.has(tokens[subject.chunk.first - 1]?.lower ?? "");
  const cued = modalityOf(
    [
      ...subject.cues,
      ...wordsBefore(tokens, t, 2),
      ...framingCues(ix, subject),
      ...(asked ? ["planned"] : []),
    ],
    ix.modalityCues,
  );
  // "X has to meet Y before the summit": an obligation right before the verb is no meeting held
  // ("has agreed to meet" is none: the two words must stand together).
  const modality =
    cued === "asserted" && obligedBefore(wordsBefore(tokens, t, 2), meetSets) ? "possible" : cued;
  // "The Japanese prime minister was received by Prabowo": a person known only by a title and a
  // country is not that country meeting anyone.
  const fits = (h: ChunkHead): boolean => fitsRow(frame, h);
  // "A delegation led by X met Y", "Led by its commander, X, the delegation met Y": the leader.
  // "After meeting X, Y said …": an opening gerund's subject is the main clause's.
  // "where they held meetings with C": a group subject stands for each of its members (stage 4b).
  const group = subjectGroup(ix, subject, t);
  const subjectHeads = actorHeads(
    group
      ? groupHeads(group)
      : subject.heads.length > 0
        ? withApposedConjuncts(ix, subject)
        : orElse(leaderOrCompanions(ix, t, meetSets), () =>
            openingGerundSubject(ix, t, meetSets.gerundOpeners),
          ),
  ).filter(fits);
  // "The Serbian and Hungarian defence ministers, X and Y, met": beside persons it names, a
  // demonym of the subject qualifies their title; the country is no party of its own.
  const named = subjectHeads.some((h) => h.mention?.type === "Person" && h.mention.kind !== "pronoun");
  // "The Commander of the US Central Command met X": one unnamed holder of a title is no meeting
  // of the body or country the title names.
  const holderOnly = titleHolderOf(ix, subject);
  const subjects = subjectHeads
    .filter((h) => !(named && h.mention?.type === "Country" && h.mention.kind === "demonym"))
    .filter((h) => !(holderOnly && h.mention?.type !== "Person"))
    .map((h) => h.name);
  // "received on Sunday Iraqi Prime Minister X": a time adverbial may stand between verb and object;
  // "received in his office on Thursday X": a short place phrase too.
  const adverbials = adverbialsAfter(ix, t, meetSets);
  const direct = zone.chunks.filter(
    (c, i) =>
      (c.chunk.first <= t + 2 + openersBefore(ix, c.chunk.first) && c.prep === "") ||
      (i === 0 && c.chunk.first > t + 2 && timeAdverbialStart(tokens, c.chunk.first - 1) === t + 1) ||
      (adverbials > t + 1 && c.chunk.first === adverbials + openersBefore(ix, c.chunk.first)),
  );
  // "met with X", "held talks with X": the partner follows the verb closely (not "… agreement with Hamas").
  // "met on Tuesday with X": a time adverbial after the verb lengthens the reach.
  const reach = (frame.reach ?? 3) + timeAfter(tokens, t);
  // "met on the sidelines of the summit with X", "met in Beijing with X": the partner's preposition
  // right after time and place phrases.
  const adverbialsEnd = partnerAdverbialsEnd(ix, t + 1, meetSets);
  const roles = frame.roles;
  // "met with X", "called on X": the prepositions the row gives the partner.
  const withs = zone.chunks.filter(
    (c) =>
      PARTNER_PREPS.has(c.prep) &&
      roles[c.prep as GrammaticalRole] === "participant" &&
      (c.chunk.first <= t + reach + openersBefore(ix, c.chunk.first) ||
        partnerRightAfter(ix, c, adverbialsEnd)) &&
      prepOpens(tokens, c),
  );
  // "had discussed the deteriorating relations with Turkey": a with-phrase right after one of the
  // row's tie nouns names the tie's other party, the topic, not a partner; a person there is still
  // met ("discussed bilateral cooperation with his counterpart X").
  if (frame.topicNouns) dropTieParties(ix, withs, frame.topicNouns);
  // "A and B exchanged views": the object must be one of the row's nouns ("exchanged prisoners" is no meeting).
  if (frame.requires === "views" && !objectNounAfter(tokens, t, frame.objectNouns ?? [])) return;
  // "received the keys from X", "were handed over to X by Y": a handover of goods in person.
  // "handed over the equipment to the Chief of Defence Staff, General X": a titled partner forms no
  // chunk; its preposition closes the goods.
  const handedTo = withs.length > 0 ? withs : titledTo(ix, t, roles, meetSets);
  if (
    frame.requires === "handover" &&
    !handsOver(ix, t, handedTo, handoverNouns(frame, meetSets), subject.passive)
  )
    return;
  // "called on President X, Prime Minister Y, and Z": a list of partners after the preposition.
  for (const c of [...withs]) withs.push(...listedPeople(ix, zone.chunks, c, withs));
  // "called on the ambassador" is a visit; "called on Iran to stop", "called on X for restraint" an appeal.
  if (frame.requires === "visit" && withs.some((c) => appeals(tokens, c.chunk.last, meetSets))) return;
  const types = frame.objectTypes;
  // ("received NATO training aircraft": a name that qualifies the noun after it is no guest; "the
  // NATO delegation" is.)
  const guestGroups = [meetSets.visitorGroupNouns, meetSets.companions];
  const objects = (roles.object === "participant" && !subject.passive ? direct : [])
    .filter((c) => !namesModifier(ix, c.chunk, guestGroups))
    .flatMap((c) => partnerHeads(ix, c.chunk))
    .filter((h) => !types || (h.mention !== null && types.includes(h.mention.type)));
  // "received in his office John Smith": the place phrase's pronoun may open a chunk that runs on
  // into the name; the person named right after the phrase is the object.
  const runOn = adverbials > t + 1 && direct.length === 0 ? ix.chunkAt[adverbials] : null;
  // ("received at Bayan Palace Swiss President X": the name may stand after a demonym and a title.)
  if (runOn && roles.object === "participant" && !subject.passive)
    objects.push(...runOnObject(ix, runOn, adverbials));
  // "Kim was received by Putin", "was received at the airport by Putin": the passive's agent
  // (its first by-phrase in the clause) is the other participant.
  const agent =
    subject.passive && roles.by === "participant" ? zone.chunks.find((c) => c.prep === "by") : undefined;
  // "was received by Prince X, Governor of Y, and Princess Z, ambassador to W": every person listed.
  // "was received by the Chinese Ambassador in Nairobi X": a title chunk reads on to the name it
  // introduces, as any partner's does.
  const agents = agent
    ? [agent, ...listedPeople(ix, zone.chunks, agent, [])].flatMap((c) => partnerHeads(ix, c.chunk))
    : [];
  // "was received by President of Uzbekistan X", "by the Sultan of Brunei, X": the by-phrase is the
  // logical subject, read as any partner phrase is, a title phrase before its name included.
  if (subject.passive && roles.by === "participant" && !agents.some(namedPerson))
    agents.push(...titledAgentIn(ix, t, meetSets));
  const titled = withs.length === 0 ? titledPartnerAfter(ix, t, reach, roles, meetSets) : [];
  const partners = [...objects, ...agents, ...titled, ...withs.flatMap((c) => partnerHeads(ix, c.chunk))];
  // "met with Prime Minister of Australia, X and Minister of Foreign Affairs, Y": the people listed
  // after the last partner, each with the title phrase that introduces it.
  partners.push(...listedAfterLast(ix, partners, t));
  // "welcomed a delegation led by X", "met with a delegation headed by X": the group's leader.
  if (partners.length === 0) partners.push(...leaderAfter(ix, t, reach, meetSets));
  const otherNames = actorHeads(partners)
    .filter(fits)
    .map((h) => h.name);
  // "Before they met, A and B expressed …": "they" in a clause opening the sentence is the
  // coordinated subject after the clause's comma (read there as the verb's object).
  if (subjects.length === 0 && frame.symmetric === true && openingThey(tokens, t, meetSets)) {
    // "Before they meet, A and B will …", "Once they meet": a present tense tells of a meeting to come.
    if (tok.lower === tok.lemma && tokens[t - 1]?.lower !== "had") return;
    const after = actorHeads(subjectAfterOpening(ix, t))
      .filter(fits)
      .map((h) => h.name);
    if (after.length >= 2) emitPairs(after, emit, tok.text, frame.id, modality);
    return;
  }
  // "The boats were handed over to X by Y": with no person as the subject, the agent met the partner.
  if (subjects.length === 0 && agents.length > 0 && frame.requires === "handover") {
    const partners = actorHeads([...titled, ...withs.flatMap((c) => partnerHeads(ix, c.chunk))])
      .filter(fits)
      .map((h) => h.name);
    const givers = actorHeads(agents)
      .filter(fits)
      .map((h) => h.name);
    for (const a of givers)
      for (const b of partners) if (a !== b) emitPairs([a, b], emit, tok.text, frame.id, modality);
    return;
  }
  if (otherNames.length === 0) {
    // "They met": whether a group met each other is read in stage 4b (coref-group-meets).
    if (group) return;
    // "Putin and Kim met": coordinated subjects of a verb that takes a with-partner met each other;
    // not "A and B met the visiting delegation", who met someone unnamed together.
    if (frame.symmetric !== true || unnamedPartner(tokens, t, roles, meetSets)) return;
    // "A, her Chilean counterpart B, and C met", "A, B, the late Chief of Defense Forces of Kenya,
    // met": the people a comma list names before the verb.
    const listed = actorHeads(commaListedPeople(ix, t))
      .filter(fits)
      .map((h) => h.name);
    const people = listed.length >= 2 ? [...new Set([...listed, ...subjectPeople(subjectHeads)])] : subjects;
    if (people.length >= 2) emitPairs(people, emit, tok.text, frame.id, modality);
    return;
  }
  for (const s of subjects)
    for (const o of otherNames) if (s !== o) emitPairs([s, o], emit, tok.text, frame.id, modality);
}

/** The names of the named people among a subject's heads. */
function subjectPeople(heads: ChunkHead[]): string[] {
  return heads.filter((h) => h.mention?.type === "Person" && h.mention.kind !== "pronoun").map((h) => h.name);
}

/** Prepositions after a title that name the body or country its holder serves ("Chief of", "head at"). */
const HOLDER_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "for", "at"]);

/**
 * True when the subject is a body or country reached through one holder's title before it ("The
 * Commander of the US Central Command", "the head of the Russian Defence Ministry"): a singular
 * title word right before "of", "for" or "at" (a plural, "officials of", or a group noun, "a
 * delegation of", still lets the body act).
 */
function titleHolderOf(ix: SentenceIndex, subject: Subject): boolean {
  const chunk = subject.chunk;
  if (!chunk || chunkHeads(chunk).some((h) => h.mention?.type === "Person")) return false;
  const tokens = ix.sentence.tokens;
  const prep = tokens[chunk.first - 1];
  const title = tokens[chunk.first - 2];
  if (!prep || !title || !HOLDER_PREPOSITIONS.has(prep.lower) || ix.chunkAt[chunk.first - 2]) return false;
  return title.pos !== "VERB" && isTitleWord(title.lower) && !title.lower.endsWith("s");
}

/**
 * Removes from `withs` the with-phrases that complement a tie noun of the row standing right before
 * "with" ("the relations with Turkey", "ties with Somalia"), unless they name a person.
 */
function dropTieParties(ix: SentenceIndex, withs: ZoneChunk[], nouns: readonly string[]): void {
  const tokens = ix.sentence.tokens;
  for (let i = withs.length - 1; i >= 0; i--) {
    const c = withs[i] as ZoneChunk;
    if (c.prep !== "with") continue;
    const at = c.chunk.first - 1;
    if (tokens[at]?.lower !== "with" || !nouns.includes(tokens[at - 1]?.lower ?? "")) continue;
    if (chunkHeads(c.chunk).some((h) => h.mention?.type === "Person")) continue;
    withs.splice(i, 1);
  }
}

/**
 * True when a head may take part in the row's meeting: a named actor, of one of the row's
 * participant types when it lists them ("received a visit from X": people only).
 */
function fitsRow(frame: Frame, h: ChunkHead): boolean {
  const allowed = frame.participantTypes;
  return !h.unnamed && (!allowed || (h.mention !== null && allowed.includes(h.mention.type)));
}

/** True when the sentence names an actor of a type the row admits as a participant (any type when it names none). */
function namesParticipantType(ix: SentenceIndex, frame: Frame): boolean {
  const allowed = frame.participantTypes;
  return !allowed || ix.mentions.some((m) => allowed.includes(m.type));
}

/** A named person among a phrase's heads. */
function namedPerson(h: ChunkHead): boolean {
  return !h.unnamed && h.mention?.type === "Person";
}

/** How far after a passive meeting verb its "by" may stand ("was received in audience on Monday by"). */
const AGENT_REACH = 10;

/** titledAgent with the meeting word sets of the table at hand. */
function titledAgentIn(ix: SentenceIndex, t: number, meetSets: MeetSets): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (let k = t + 1; k < Math.min(tokens.length, t + AGENT_REACH); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "by") return titledPartner(ix, k, meetSets) ?? [];
    if (isVerbOrAux(w) || CLAUSE_STOP.test(w.text)) return [];
  }
  return [];
}

/**
 * The passive's agent when a title phrase opens it ("was received by President of Uzbekistan X",
 * "was received in audience by the Sultan of Brunei, X", "was condemned by the Foreign Minister of
 * Germany, X"): the person the title phrase after the verb's first "by" names; none when a verb or
 * a clause's end comes first. The passive's by-phrase is its logical subject for every relation.
 */
export function titledAgent(ix: SentenceIndex, t: number, table: FrameTable): ChunkHead[] {
  return titledAgentIn(ix, t, meetSetsOf(table));
}

/** Most people a list after a partner may add. */
const LIST_MEMBERS = 8;

/**
 * The people listed after the last named person among `heads` that stands after `t` (see
 * listedAfter).
 */
function listedAfterLast(ix: SentenceIndex, heads: ChunkHead[], t: number): ChunkHead[] {
  let end = -1;
  for (const h of heads)
    if (namedPerson(h) && h.mention && h.mention.first > t) end = Math.max(end, h.mention.last);
  return end < 0 ? [] : listedAfter(ix, end);
}

/**
 * The people listed after a name that ends at `end`: each member, after list punctuation (", ",
 * " and ", ", and "), is a person's name with the title phrase that introduces it ("and Minister
 * of Foreign Affairs, Julie Bishop", ", National Leader of the Turkmen people X", ", and Lieutenant
 * Colonel X"); a title set off by commas after a member (", the chief of the Office for Defense
 * Cooperation,") is skipped. The list ends at anything else: a verb ("and also held"), a name that
 * opens a clause ("…, Foreign Minister Y said"), a preposition ("on 24th May").
 */
function listedAfter(ix: SentenceIndex, end: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const out: ChunkHead[] = [];
  let k = end;
  while (out.length < LIST_MEMBERS) {
    let j = k;
    if (tokens[j]?.text === ",") j++;
    if (tokens[j]?.lower === "and") j++;
    if (j === k) break;
    const member = memberAt(ix, j);
    if (member) {
      out.push(member.head);
      k = member.end;
      continue;
    }
    const close = j === k + 1 && tokens[k]?.text === "," ? appositiveTitleEnd(ix, j) : -1;
    if (close < 0) break;
    k = close;
  }
  return out;
}

/** Most words a listed person's title phrase may run before the name ("National Leader of the Turkmen people"). */
const MEMBER_TITLE_REACH = 12;
/** Tags of the words of a title phrase around a listed name ("the new defense attaché"). */
const TITLE_PHRASE_TAGS = /^(?:DET|ADJ|NOUN|PROPN)$/u;
/** Prepositions inside a title phrase ("Minister of Foreign Affairs", "Ambassador to Japan"). */
const TITLE_PHRASE_PREPS = new Set(PORTFOLIO_PREPOSITIONS);

/**
 * A listed person whose member starts at `k`: a name alone, or a title phrase and the name it
 * introduces, a comma and ranks allowed between them ("Minister of Foreign Affairs, Julie Bishop",
 * "the new defense attaché, Colonel X"). The name must close the member (list punctuation, a
 * clause's end, a preposition other than "of") and open no clause. Its head and one past the name, or null.
 */
function memberAt(ix: SentenceIndex, k: number): { head: ChunkHead; end: number } | null {
  const tokens = ix.sentence.tokens;
  let titled = false;
  let comma = false;
  for (let j = k; j < tokens.length && j < k + MEMBER_TITLE_REACH; j++) {
    const w = tokens[j] as Token;
    const m = ix.cover[j];
    if (m && m.first === j && m.type === "Person") {
      // "Deputy Defense Minister for Arming": a name right after a preposition is its object, not
      // the holder the title introduces.
      const objectOfPrep = j > k && TITLE_PHRASE_PREPS.has(tokens[j - 1]?.lower ?? "");
      if (
        (j > k && !titled) ||
        objectOfPrep ||
        m.kind === "pronoun" ||
        m.kind === "role" ||
        opensClause(tokens, m.last)
      )
        return null;
      const after = tokens[m.last];
      const closes =
        !after ||
        /^[,.;)]$/u.test(after.text) ||
        after.lower === "and" ||
        ix.words.deicticAdverbs.has(after.lower) ||
        (after.pos === "ADP" && after.lower !== "of");
      return closes ? { head: { mention: m, name: actorOf(m).name, unnamed: false }, end: m.last } : null;
    }
    if (m) {
      // "of the Turkmen people", "of Australia": a country or body inside the title's phrase.
      if (m.type === "Person" || comma) return null;
      j = m.last - 1;
      continue;
    }
    if (acronymInBrackets(tokens, j) && !comma) {
      j += 2;
      continue;
    }
    if (w.text === ",") {
      // "Minister of Foreign Affairs, X": one comma, after a title, before the name and its ranks.
      if (!titled || comma) return null;
      comma = true;
      continue;
    }
    if (w.text !== "." && isRankToken(w)) {
      titled = true;
      continue;
    }
    if (comma) return null;
    // "Diplomatic Adviser to President X": the titled person after "to" is the title's addressee.
    if (w.lower === "to" && isRankToken(tokens[j + 1] ?? w) && tokens[j + 1]?.text !== ".") return null;
    if (TITLE_PHRASE_PREPS.has(w.lower) && titled) continue;
    if (!TITLE_PHRASE_TAGS.test(w.pos) && w.text !== "-") return null;
  }
  return null;
}

/**
 * The closing comma of a title set off after a listed name (", the chief of the Office for Defense
 * Cooperation,"), starting at `k`: title words, determiners, nouns and the bodies or places of its
 * phrase, no person and no verb; or -1.
 */
function appositiveTitleEnd(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  let titled = false;
  for (let j = k; j < Math.min(tokens.length, k + APPOSITIVE_REACH); j++) {
    const w = tokens[j] as Token;
    const m = ix.cover[j];
    if (m?.type === "Person") return -1;
    if (m) {
      j = m.last - 1;
      continue;
    }
    if (w.text === ",") return titled ? j : -1;
    if (isTitleWord(w.lower)) titled = true;
    else if (!TITLE_PHRASE_TAGS.test(w.pos) && !TITLE_PHRASE_PREPS.has(w.lower) && w.text !== "-") return -1;
  }
  return -1;
}

/**
 * True when the chunk's preposition stands at `end`, right after the time and place phrases that
 * follow a meeting word, and the chunk opens right after it, past a determiner or ranks ("held
 * talks on Monday with the Chinese minister X").
 */
function partnerRightAfter(ix: SentenceIndex, c: ZoneChunk, end: number): boolean {
  const w = ix.sentence.tokens[end]?.lower;
  return (
    (w === c.prep || (w === "upon" && c.prep === "on")) &&
    c.chunk.first === end + 1 + openersBefore(ix, c.chunk.first)
  );
}

const PARTNER_OPENERS = new Set([...ARTICLES, ...WORDS.possessivePronouns, ...VISIT_PARTICIPLES]);

/** Most rank words a partner's name may stand after outside its phrase ("Brig. Gen.", "Rear Adm ."). */
const RANK_OPENERS = 4;

/**
 * How many words right before a partner's phrase only open it, past the ranks no phrase took
 * ("met with Brig Gen X", "met with Brig. Gen. X"), a determiner and a visit's participle ("met
 * with the visiting French general X"): they do not count against the reach.
 */
function openersBefore(ix: SentenceIndex, first: number): number {
  const tokens = ix.sentence.tokens;
  let n = 0;
  while (n < RANK_OPENERS && first - 1 - n >= 0 && !ix.cover[first - 1 - n] && !ix.chunkAt[first - 1 - n]) {
    if (!isRankAt(tokens, first - 1 - n)) break;
    n++;
  }
  // "met His Highness Sheikh X", "called on His Excellency General Y": an honorific phrase.
  n += honorificPhraseBefore(tokens, first - n);
  const ranks = n;
  while (n < ranks + 2 && PARTNER_OPENERS.has(tokens[first - 1 - n]?.lower ?? "")) n++;
  return n;
}

const HONORIFIC_PHRASE_SET: ReadonlySet<string> = new Set(HONORIFIC_PHRASES);
/** Most words of an honorific phrase ("his royal highness"). */
const HONORIFIC_PHRASE_WORDS = 3;

/** How many words an honorific phrase of the lexicon spans right before token `end` ("His Excellency"), or 0. */
function honorificPhraseBefore(tokens: Token[], end: number): number {
  for (let n = Math.min(HONORIFIC_PHRASE_WORDS, end); n >= 2; n--) {
    const words = tokens.slice(end - n, end).map((t) => t.lower);
    if (HONORIFIC_PHRASE_SET.has(words.join(" "))) return n;
  }
  return 0;
}

/**
 * True when the chunk's preposition opens its own phrase: no comma stands between them ("handed
 * the boats to the navy, Ambassador X said" gives the navy the "to", not the ambassador).
 */
function prepOpens(tokens: Token[], c: ZoneChunk): boolean {
  for (let k = c.chunk.first - 1; k >= 0; k--) {
    const w = tokens[k] as Token;
    if (w.lower === c.prep || (c.prep === "on" && w.lower === "upon")) return true;
    if (w.text === ",") return false;
  }
  return false;
}

/**
 * The heads less the countries that only qualify the people's titles, when a named person stands
 * among them: "the foreign ministers of Russia and North Korea, A and B, who held talks" (the
 * countries of an of-phrase, coordinated or not). Without a named person the heads stay ("the
 * foreign ministers of Russia and North Korea held talks").
 */
function withoutTitleCountries(ix: SentenceIndex, heads: ChunkHead[]): ChunkHead[] {
  if (!heads.some((h) => h.mention?.type === "Person" && h.mention.kind !== "pronoun")) return heads;
  const tokens = ix.sentence.tokens;
  const ofPhrase = (m: Mention): boolean => {
    for (let k = m.first - 1; k >= 0;) {
      const w = tokens[k]?.lower;
      if (w === "of") return true;
      if (w !== "and" && w !== ",") return false;
      const before = ix.cover[k - 1];
      if (!before || before.type !== "Country") return false;
      k = before.first - 1;
    }
    return false;
  };
  return heads.filter(
    (h) => !(h.mention?.type === "Country" && h.mention.kind !== "demonym" && ofPhrase(h.mention)),
  );
}

/** How many words an appositive title between two coordinated subjects may run ("Deputy Prime Minister-Minister of National Defense"). */
const CONJUNCT_APPOSITIVE_REACH = 16;

/**
 * A subject's heads with the people coordinated before it, each set off with a title between
 * commas: "A, Minister of Defence of X, and B, Minister of Defence of Y, met" (subjectBefore finds
 * B), "A, T1, B, T2, and C, T3, held talks". The nearest join must hold "and"; each appositive
 * holds a title word and no verb.
 */
function withApposedConjuncts(ix: SentenceIndex, subject: Subject): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const heads = [...subject.heads];
  const person = (c: Chunk | null | undefined): ChunkHead | undefined =>
    c ? chunkHeads(c).find(namedPerson) : undefined;
  if (!subject.chunk || heads.length !== 1 || !person(subject.chunk)) return heads;
  let first = subject.chunk.first;
  for (let step = 0; ; step++) {
    let k = first - 1;
    const joined = tokens[k]?.lower === "and";
    if (joined) k--;
    if (tokens[k]?.text !== "," || (step === 0 && !joined)) break;
    // Back over the appositive to the comma that opens it.
    let open = -1;
    let titled = false;
    for (let j = k - 1; j >= Math.max(0, k - CONJUNCT_APPOSITIVE_REACH); j--) {
      const w = tokens[j] as Token;
      if (w.text === ",") {
        open = j;
        break;
      }
      if (isVerbOrAux(w) || CLAUSE_STOP.test(w.text)) break;
      if (isTitleWord(w.lower)) titled = true;
    }
    const before = open > 0 ? ix.chunkAt[open - 1] : null;
    const head = before && before.last === open ? person(before) : undefined;
    if (!titled || !before || !head) break;
    heads.push(head);
    first = before.first;
  }
  return heads;
}

/** How far before a meeting verb the participle naming a delegation's leader may stand. */
const LEADER_BEFORE_REACH = 30;
/** How many words may stand between a delegation noun and "led by" ("delegation, led by"; "delegation that was led by"). */
const DELEGATION_GAP = 4;

/** The leader named after "led by" / "headed by" at `k` ("led by its Commander, X": the person after the title). */
function leaderAt(ix: SentenceIndex, k: number, meetSets: MeetSets): ChunkHead[] {
  const led = ix.words.leadParticiples;
  const tokens = ix.sentence.tokens;
  if (!led.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "by") return [];
  const chunk = ix.chunkAt[k + 2];
  if (chunk && chunk.first === k + 2)
    return partnerHeads(ix, chunk).filter((h) => h.mention?.type === "Person");
  // "led by its Commander, Major General X": a possessive pronoun before the title.
  const at = WORDS.possessivePronouns.has(tokens[k + 2]?.lower ?? "") ? k + 2 : k + 1;
  return titledPartner(ix, at, meetSets) ?? [];
}

/**
 * True when a delegation noun stands within a few words before `k` ("the delegation, led by"); a
 * named body or place counts one word, and the prepositions and articles of the delegation's
 * phrase none ("a delegation of the Vietnamese Embassy in Laos led by").
 */
function delegationBefore(ix: SentenceIndex, k: number, meetSets: MeetSets): boolean {
  const led = ix.words.leadParticiples;
  const tokens = ix.sentence.tokens;
  for (let j = k - 1, words = 0; j >= 0 && words < DELEGATION_GAP; j--) {
    const w = tokens[j] as Token;
    if (meetSets.delegationNouns.has(w.lower)) return true;
    if (CLAUSE_STOP.test(w.text) || (w.pos === "VERB" && !led.has(w.lower))) return false;
    const m = ix.cover[j];
    if (m) j = m.first;
    if (m || !meetSets.delegationLinkWords.has(w.lower)) words++;
  }
  return false;
}

/** "that" or "which". */
const THAT_WHICH = new Set(THING_RELATIVE_WORDS);

/** Tags of a delegation's noun phrase. */
const DELEGATION_PHRASE_TAGS = /^(?:DET|ADJ|PROPN|NOUN)$/u;

/**
 * The leader of a delegation that is the subject of the verb at `t`: "A delegation led by X met",
 * "The Chinese delegation, led by X, held talks", "Led by its Commander, X, the delegation met".
 */
function leaderBefore(ix: SentenceIndex, t: number, meetSets: MeetSets): ChunkHead[] {
  const led = ix.words.leadParticiples;
  const tokens = ix.sentence.tokens;
  // "General X led a delegation that met Y": the subject of "led" whose delegation is the
  // relative clause's antecedent.
  if (
    THAT_WHICH.has(tokens[t - 1]?.lower ?? "") &&
    meetSets.delegationNouns.has(tokens[t - 2]?.lower ?? "")
  ) {
    let k = t - 3;
    // "a Kenyan military delegation": determiners and modifiers, a demonym among them.
    while (k >= 0 && k > t - 8 && DELEGATION_PHRASE_TAGS.test((tokens[k] as Token).pos)) k--;
    if (tokens[k]?.pos === "VERB" && led.has(tokens[k]?.lower ?? ""))
      return subjectBefore(ix, k).heads.filter((h) => h.mention?.type === "Person");
  }
  for (let k = t - 1; k >= Math.max(0, t - LEADER_BEFORE_REACH); k--) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text)) return [];
    if (!led.has(w.lower) || tokens[k + 1]?.lower !== "by") continue;
    // The delegation names the subject: before the participle, or after the phrase that opens
    // the sentence with it, right before the verb.
    const opens = k === 0 && delegationBefore(ix, t, meetSets);
    return opens || delegationBefore(ix, k, meetSets) ? leaderAt(ix, k, meetSets) : [];
  }
  return [];
}

/** Tags of the words between a meeting verb and the companion noun before it ("and his team also met"). */
const ADV_OR_AUX = /^(?:ADV|AUX)$/u;

/**
 * With no subject found before the verb at `t`: a delegation's leader ("A delegation led by X
 * met"), or a person coordinated with their own companions ("X and his delegation also met with
 * Y", "X and her team held talks"): the person takes part.
 */
function leaderOrCompanions(ix: SentenceIndex, t: number, meetSets: MeetSets): ChunkHead[] {
  const leader = leaderBefore(ix, t, meetSets);
  if (leader.length > 0) return leader;
  const tokens = ix.sentence.tokens;
  let j = t - 1;
  while (j > 0 && ADV_OR_AUX.test((tokens[j] as Token).pos)) j--;
  if (
    !meetSets.companions.has(tokens[j]?.lower ?? "") ||
    !WORDS.possessivePronouns.has(tokens[j - 1]?.lower ?? "")
  )
    return [];
  if (tokens[j - 2]?.lower !== "and") return [];
  // The pronoun's own mention stands for the person before "and"; the chunk holds both.
  const chunk = ix.chunkAt[j - 3];
  const pronoun = ix.cover[j - 1];
  return chunk
    ? chunkHeads(chunk).filter(
        (h) =>
          h.mention?.type === "Person" && h.mention.last <= j - 2 && (!pronoun || pronoun.name === h.name),
      )
    : [];
}

/** The leader of a delegation that is the verb's partner: "welcomed a delegation led by X". */
function leaderAfter(ix: SentenceIndex, t: number, reach: number, meetSets: MeetSets): ChunkHead[] {
  const led = ix.words.leadParticiples;
  const tokens = ix.sentence.tokens;
  // A named body or place in the delegation's phrase counts one word, also when it is read as
  // two mentions side by side ("the Vietnamese Embassy": the demonym's and the body's).
  for (let k = t + 1, words = 0; k < tokens.length && words < reach + 2 * DELEGATION_GAP; k++, words++) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text) || (w.pos === "VERB" && !led.has(w.lower))) return [];
    if (led.has(w.lower) && tokens[k + 1]?.lower === "by")
      return delegationBefore(ix, k, meetSets) ? leaderAt(ix, k, meetSets) : [];
    const m = ix.cover[k];
    if (!m || m.first !== k) continue;
    const prev = k > t + 1 ? ix.cover[k - 1] : null;
    if (prev && prev !== m) words--;
    k = m.last - 1;
  }
  return [];
}

/** Most words before the head of an unnamed partner ("the newly arrived Kenyan delegation"). */
const PARTNER_MODIFIERS = 4;

/**
 * True when the verb at `t` takes an unnamed partner, as object or after "with" where its row
 * makes them the participant: a noun phrase ("the visiting delegation", "with reporters", "him")
 * that is neither reciprocal ("each other") nor a time phrase ("last week", "Tuesday"). ("signed a
 * memorandum": the object of a signing is the accord, not a partner.)
 */
function unnamedPartner(tokens: Token[], t: number, roles: Frame["roles"], meetSets: MeetSets): boolean {
  const prep = tokens[t + 1]?.lower === "with" ? "with" : "object";
  if (roles[prep as GrammaticalRole] !== "participant") return false;
  let k = prep === "with" ? t + 2 : t + 1;
  const start = k;
  while (k - start < PARTNER_MODIFIERS && /^(?:DET|ADJ|NUM|VERB|PROPN)$/u.test(tokens[k]?.pos ?? "")) k++;
  const head = tokens[k];
  if (!head || (head.pos !== "NOUN" && head.pos !== "PRON")) return false;
  for (let j = start; j <= k; j++) if (meetSets.reciprocalWords.has((tokens[j] as Token).lower)) return false;
  const time = timeAdverbialStart(tokens, k);
  return time < 0 || time > start;
}

/** True when one of `nouns` is the verb's object, past determiners and adjectives ("exchanged in-depth views"). */
function objectNounAfter(tokens: Token[], t: number, nouns: string[]): boolean {
  let k = t + 1;
  while (k < t + 4 && /^(?:DET|ADJ|ADV|PUNCT)$/u.test(tokens[k]?.pos ?? "") && tokens[k]?.text !== ",") k++;
  return nouns.includes(tokens[k]?.lower ?? "");
}

/** Prepositions a row may give the partner ("met with X", "called on X", "received … from X", "handed over to X"). */
const PARTNER_PREPS = new Set(["with", "on", "from", "to"]);

/** The nouns of goods a handover row takes: its own objectNouns, or else the table's meeting lists' (handoverGoods). */
function handoverNouns(frame: Frame, meetSets: MeetSets): readonly string[] {
  return frame.objectNouns ?? meetSets.lists.handoverGoods;
}

/**
 * True when the verb at `t` hands over goods: its object (before the first partner phrase, past
 * "over") holds one of the row's object nouns or a named weapon; with no object ("then handed over
 * to X"), or in the passive ("the trucks were received by X from Y"), the words of the sentence
 * before the verb hold one.
 */
function handsOver(
  ix: SentenceIndex,
  t: number,
  partners: ZoneChunk[],
  nouns: readonly string[],
  passive: boolean,
): boolean {
  const tokens = ix.sentence.tokens;
  const end = Math.min(...partners.map((c) => c.chunk.first - 1), tokens.length);
  if (end >= tokens.length && !passive) return false;
  const holds = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const m = ix.cover[k];
      // "Four trucks were received", not "Drone footage was received": goods that only qualify the
      // noun after them are no goods handed over.
      if (tokens[k + 1]?.pos === "NOUN" && !ix.cover[k + 1]) continue;
      if (m?.type === "WeaponSystem" || (!m && nouns.includes((tokens[k] as Token).lower))) return true;
    }
    return false;
  };
  let start = t + 1;
  if (tokens[start]?.lower === "over") start++;
  // "received the keys from X, then handed them over to Y": a pronoun object refers back to the
  // goods told before the verb.
  const back = tokens[start]?.pos === "PRON" && tokens[start + 1]?.lower === "over";
  return start < end && !passive && !back ? holds(start, end) : holds(0, t);
}

/**
 * "handed over the equipment to the Chief of Defence Staff, General X": the to- or from-phrase the
 * row maps to a participant whose title phrase forms no chunk, as a zone chunk that starts at its
 * title; none when there is no such phrase in the clause.
 */
function titledTo(ix: SentenceIndex, t: number, roles: Frame["roles"], meetSets: MeetSets): ZoneChunk[] {
  const tokens = ix.sentence.tokens;
  for (let p = t + 1; p < tokens.length; p++) {
    const w = tokens[p] as Token;
    if (CLAUSE_STOP.test(w.text) || isVerbOrAux(w)) break;
    if (
      (w.lower === "to" || w.lower === "from") &&
      roles[w.lower] === "participant" &&
      titledPartner(ix, p, meetSets)
    )
      return [{ chunk: { first: p + 1, last: p + 1, items: [] }, prep: w.lower }];
  }
  return [];
}

/** Words an appositive title's own phrase may run on before its comma ("the ambassador to the country,"). */
const TITLE_PHRASE_REACH = 10;

/**
 * A partner phrase's heads; for a title without a name ("the Chief of the Army Staff, Ashok Raj
 * Sigdel,", "the Indian Ambassador to the country, X."), the person named in apposition after it.
 */
function partnerHeads(ix: SentenceIndex, chunk: Chunk): ChunkHead[] {
  const shared = listQualifier(ix, chunk)
    ? new Set(chunkHeads(chunk).map((h) => h.name))
    : sharedQualifiers(chunk);
  const heads = chunkHeads(chunk).map((h) =>
    shared.has(h.name) || demonymOfPeers(ix, h.mention) ? { ...h, unnamed: true } : h,
  );
  // "the Speaker of Mongolian Parliament, X": a title whose phrase names only a body is the person after it.
  if (heads.some((h) => h.mention?.type === "Person") || !chunk.items.some((it) => it.kind === "title"))
    return heads;
  return appositiveAfter(ix, chunk.last) ?? titledName(ix, chunk.last) ?? heads;
}

/** Most words between a demonym and the title or unnamed noun it qualifies ("Japanese & Philippines counterparts"). */
const PEER_REACH = 4;

/** Words that join the demonyms or names qualifying one noun ("Japanese & Philippines counterparts"). */
const QUALIFIER_JOINS = new Set(["and", "&", ","]);

/**
 * True for a country named by a demonym that qualifies a title or unnamed noun after it, past more
 * qualifiers the phrase did not take in: "met his Japanese & Philippines counterparts", "met Japanese
 * and Philippine officials". The partners are people the text does not name, not the country.
 */
function demonymOfPeers(ix: SentenceIndex, m: Mention | null): boolean {
  if (m?.type !== "Country" || m.kind !== "demonym") return false;
  const tokens = ix.sentence.tokens;
  for (let k = m.last; k < Math.min(tokens.length, m.last + PEER_REACH); k++) {
    const w = tokens[k] as Token;
    if (WORDS.unnamed.has(w.lower) || isTitleWord(w.lower)) return k > m.last || !isCapitalised(w.text);
    const named = ix.cover[k];
    if (!QUALIFIER_JOINS.has(w.lower) && !(named && named.type === "Country") && w.pos !== "PROPN")
      return false;
  }
  return false;
}

/**
 * "with US, Japan and India counterparts", "with Chinese and Russian counterparts": countries
 * listed alone before a last conjunct that ends in a title or unnamed noun qualify that noun
 * with it; the partners are people the text does not name, not the countries.
 */
function sharedQualifiers(chunk: Chunk): Set<string> {
  const out = new Set<string>();
  const parts = chunkParts(chunk);
  const last = parts[parts.length - 1]?.at(-1);
  if (parts.length < 2 || !last || !(last.kind === "unnamed" || (last.kind === "title" && last.head)))
    return out;
  for (const part of parts.slice(0, -1)) {
    const only = part.length === 1 ? part[0] : undefined;
    if (only?.kind === "mention" && actorOf(only.m).type === "Country") out.add(actorOf(only.m).name);
  }
  return out;
}

/**
 * "with US, Japan, Australia, New Zealand counterparts" (a headline's list without "and"): a
 * country alone before commas and more countries whose last qualifies a title or unnamed noun.
 */
function listQualifier(ix: SentenceIndex, chunk: Chunk): boolean {
  const tokens = ix.sentence.tokens;
  const only = chunk.items.length === 1 ? chunk.items[0] : undefined;
  if (only?.kind !== "mention" || actorOf(only.m).type !== "Country") return false;
  let k = chunk.last;
  let listed = false;
  while (tokens[k]?.text === ",") {
    const m = ix.cover[k + 1];
    if (!m || m.first !== k + 1 || actorOf(m).type !== "Country") return false;
    k = m.last;
    listed = true;
  }
  const head = tokens[k]?.lower ?? "";
  return listed && (WORDS.unnamed.has(head) || isTitleWord(head));
}

/** Words a title's own phrase may run on before the name it introduces ("of this country Lieutenant General"). */
const TITLE_NAME_REACH = 12;

/**
 * "with Minister of Defense of this country Lieutenant General Andrei Ravkov", "with the Defence
 * Minister of the Russian counterpart Sergei Shoigu": a title phrase that runs without a comma or
 * a verb into a person's name is that person; or null.
 */
function titledName(ix: SentenceIndex, from: number): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  // Words and whole names count one each, a bracketed acronym one ("the Chief of Defence Staff (CDS)
  // of the Ghana Armed Forces (GAF) Vice Admiral X").
  for (let k = from, steps = 0; k < tokens.length && steps < TITLE_NAME_REACH; k++, steps++) {
    const w = tokens[k] as Token;
    const m = ix.cover[k];
    // "an adviser to Emmanuel Macron": a name right after a preposition is the title's
    // complement, not the person who holds it.
    if (m?.first === k && m.type === "Person" && !m.antecedent)
      return (tokens[k - 1] as Token).pos === "ADP" ? null : [{ mention: m, name: m.name, unnamed: false }];
    if (m?.first === k && m.type !== "Person") {
      // "of the Russian counterpart", "of the Republic of Azerbaijan": a country or body in the title's phrase.
      k = m.last - 1;
      continue;
    }
    // "Chairman Joint Chiefs of Staff Committee (CJCSC) General X": the title's acronym in brackets.
    if (acronymInBrackets(tokens, k)) {
      k += 2;
      continue;
    }
    // "National Defence Minister of Turkey General (R) X": a retired rank's mark before the name.
    const retired = retiredMarkBefore(tokens, ix.cover, k);
    if (retired > 0) {
      k += retired - 1;
      continue;
    }
    // "received the national security council after Ambassador X spoke": a clause's opener ends the title.
    if (m || isVerbOrAux(w) || /^[,.;:()]$/u.test(w.text) || BREAKS.has(w.lower)) return null;
    if (!/^(?:ADP|DET|NOUN|PROPN|ADJ)$/u.test(w.pos)) return null;
  }
  return null;
}

/**
 * "talks with the Chief of the Army Staff, Ashok Raj Sigdel,": a title phrase that forms no actor
 * phrase (no country or body in it) right after the preposition at `p`, and the person named in
 * apposition after it; or null.
 */
function titledPartner(ix: SentenceIndex, p: number, meetSets: MeetSets): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  let k = p + 1;
  if (tokens[k]?.pos === "DET") k++;
  // "the new Minister of Defense of Montenegro, X", "the newly appointed Ambassador of Y, X": lower-case
  // modifiers before the title (a tagger may read "new" before a capital as a name); "the European
  // Commissioner for X, Y": a capitalised word no name took, right before a title word.
  while (
    k < p + 4 &&
    !ix.chunkAt[k] &&
    !ix.cover[k] &&
    !isTitleWord(tokens[k]?.lower ?? "") &&
    (meetSets.partnerTitleModifiers.has(tokens[k]?.text ?? "") ||
      (isCapitalised(tokens[k]?.text ?? "") && isTitleWord(tokens[k + 1]?.lower ?? "")))
  )
    k++;
  const w = tokens[k];
  // "the Vice-Chairman of …": title words joined by hyphens in one token are a title too.
  const title = w ? w.lower.split("-").every(isTitleWord) : false;
  if (!w || ix.chunkAt[k] || !title) return null;
  return appositiveAfter(ix, k + 1) ?? titledName(ix, k + 1);
}

const BREAKS = new Set(CLAUSE_BREAKS);

/** The person named after the comma that closes a title phrase running on from `from` ("…, X,"), or null. */
function appositiveAfter(ix: SentenceIndex, from: number): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  // Words and whole names count one each ("of the Central Military Commission of the Chinese
  // People's Liberation Army (PLA),"); a bracketed acronym counts one.
  for (let k = from, steps = 0; k < tokens.length && steps < TITLE_PHRASE_REACH; k++, steps++) {
    const w = tokens[k] as Token;
    const m = ix.cover[k];
    if (m && m.first === k && m.type !== "Person") {
      k = m.last - 1;
      continue;
    }
    if (acronymInBrackets(tokens, k)) {
      k += 2;
      continue;
    }
    if (isVerbOrAux(w) || CLAUSE_STOP.test(w.text)) break;
    if (w.text !== ",") continue;
    // "…, Gen Li Qiaoming": a rank or honorific that no chunk took may stand before the name.
    let at = k + 1;
    while (
      at < k + 4 &&
      at < tokens.length &&
      !ix.chunkAt[at] &&
      !ix.cover[at] &&
      isRankToken(tokens[at] as Token)
    )
      at++;
    const next = ix.chunkAt[at];
    // The name opens a chunk of its own, or stands inside a list chunk that runs over the comma
    // ("Mongolian Parliament, Gombojavyn Zandanshatar").
    const named = ix.cover[at];
    const inList = next && next.first !== at && named?.first === at && named.type === "Person";
    const person = inList
      ? { mention: named, name: actorOf(named).name, unnamed: false }
      : next?.first === at
        ? chunkHeads(next).find(namedPerson)
        : undefined;
    const end = inList ? named.last : next?.last;
    const after = end === undefined ? undefined : tokens[end];
    // The name ends the appositive: punctuation, an adverb of place or time ("…, General X here
    // at …"), "and" opening the next verb ("…, X and complimented him"), or a preposition other
    // than "of" ("…, Gen X on his official visit").
    const ends =
      !after ||
      /^[,.;]$/u.test(after.text) ||
      ix.words.deicticAdverbs.has(after.lower) ||
      (after.lower === "and" && tokens[(end ?? 0) + 1]?.pos === "VERB") ||
      (after.pos === "ADP" && after.lower !== "of") ||
      // "…, X and Minister of Foreign Affairs, Y": the next member's title, not X's.
      (after.lower === "and" && memberAt(ix, (end ?? 0) + 1) !== null);
    if (person && ends) return [person];
    break;
  }
  return null;
}

/**
 * The titled partner right after the verb when the row's object is a participant, else after the
 * first "with", "on", "from" or "to" the row maps to a participant within `reach` words of `t`.
 */
function titledPartnerAfter(
  ix: SentenceIndex,
  t: number,
  reach: number,
  roles: Frame["roles"],
  meetSets: MeetSets,
  visit = false,
): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  // "met the Chief of Defence Staff, General X": a title phrase as the verb's object, maybe after
  // place and time phrases ("received in audience the Ambassador of Kenya, X").
  // ("hosted today the new Minister of Defense of X, Y": time adverbials alone too.)
  // ("received on Monday at Bayan Palace the President of X, Y": a named place among them.)
  const adverbials = adverbialRun(ix, t + 1, false, meetSets, true).end;
  const direct =
    roles.object === "participant"
      ? (titledPartner(ix, t, meetSets) ??
        (adverbials > t + 1 ? titledPartner(ix, adverbials - 1, meetSets) : null))
      : null;
  if (direct) return direct;
  for (let p = t + 1; p <= Math.min(tokens.length - 1, t + reach); p++) {
    const w = (tokens[p] as Token).lower;
    const prep = w === "upon" ? "on" : w;
    // "handed over the equipment to the Chief of Defence Staff, General X": a row's to-partner too.
    // "paid a visit to the Chief of Defence Staff of the Ghana Armed Forces, Vice Admiral X": a
    // visit's to-partner when a title phrase names the person (a visit to a country is no meeting).
    if (
      (prep === "with" || prep === "on" || prep === "from" || prep === "to") &&
      (roles[prep] === "participant" || (visit && prep === "to"))
    )
      return titledPartner(ix, p, meetSets) ?? [];
  }
  return [];
}

/** How many words an appositive after a listed person may run on ("Advisor to the Custodian of the Two Holy Mosques, Governor of Makkah Region"). */
const APPOSITIVE_REACH = 20;

/**
 * The chunks that continue a list opened by `from` among the zone's chunks: a chunk right after
 * list punctuation (", ", " and ", ", and "), or a person's chunk after ", " or "and" that closes
 * an appositive without a verb ("by Prince X, Governor of Makkah Region, and Princess Y", "by the
 * US Consul General in Jeddah, Faris Asad"). Chunks inside an appositive are skipped.
 */
function listedPeople(
  ix: SentenceIndex,
  chunks: ZoneChunk[],
  from: ZoneChunk,
  taken: ZoneChunk[],
): ZoneChunk[] {
  const tokens = ix.sentence.tokens;
  const out: ZoneChunk[] = [];
  let prev = from.chunk;
  let gap = 0;
  for (let i = chunks.indexOf(from) + 1; i < chunks.length; i++) {
    const next = chunks[i] as ZoneChunk;
    if (taken.includes(next)) break;
    let verb = false;
    for (let k = prev.last; k < next.chunk.first; k++) {
      const w = tokens[k] as Token;
      if (isVerbOrAux(w) || /^[.;:()]$/u.test(w.text)) verb = true;
    }
    gap += next.chunk.first - prev.last;
    if (verb || gap > APPOSITIVE_REACH) break;
    // A prepositional phrase in the appositive ("the head of state, and X") leaves its preposition
    // on the next chunk: list punctuation right before a chunk opens a new member.
    const person = chunkHeads(next.chunk).some(namedPerson);
    // "…, Chief of Army Staff Lt-Gen X", "and Chief of Air Staff of Nigeria Air Marshal Y": a
    // person's title phrase, with ranks and the country it names, stands between the list's
    // punctuation and the name's chunk.
    const before = person
      ? tokens[titlePhraseStart(ix, next.chunk.first) - 1]?.lower
      : tokens[next.chunk.first - 1]?.lower;
    // "handed the boats to the navy, Ambassador X said": a chunk right before a verb is its subject.
    if (opensClause(tokens, next.chunk.last)) break;
    // "…, Special Envoy of Y": a person right after a preposition of the title phrase is its object,
    // not the person the title introduces (as in memberAt).
    const objectOfPrep = chunkHeads(next.chunk).some(
      (h) => namedPerson(h) && TITLE_PHRASE_PREPS.has(tokens[(h.mention?.first ?? 0) - 1]?.lower ?? ""),
    );
    if (
      !objectOfPrep &&
      (before === "," || before === "and") &&
      (person || (next.prep === "" && listContinues(tokens, prev.last, next.chunk.first)))
    ) {
      out.push(next);
      gap = 0;
    }
    prev = next.chunk;
  }
  return out;
}

/** How many words a listed person's title phrase may run before the chunk of the name. */
const TITLE_PHRASE_BACK = 10;

/**
 * Where the title phrase before the chunk at `first` starts: back over title words, ranks,
 * hyphens, "of" and capitalised words outside any mention ("Chief of Army Staff Lt-Gen").
 */
function titlePhraseStart(ix: SentenceIndex, first: number): number {
  const tokens = ix.sentence.tokens;
  let k = first;
  while (k > 0 && k > first - TITLE_PHRASE_BACK) {
    const w = tokens[k - 1] as Token;
    const free = !ix.cover[k - 1];
    if (
      (free && (isTitleWord(w.lower) || isRankToken(w) || w.text === "-" || w.lower === "of")) ||
      (free && w.pos === "PROPN")
    )
      k--;
    else break;
  }
  return k;
}

/** True when a verb follows the chunk ending before `k`, past up to two adverbs ("X said", "X later said"). */
function opensClause(tokens: Token[], k: number): boolean {
  let v = k;
  while (tokens[v]?.pos === "ADV" && v < k + 2) v++;
  return isVerbOrAux(tokens[v]);
}

/** True when only list punctuation stands between two chunks (", ", " and ", ", and "). */
function listContinues(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!/^(?:,|and)$/u.test((tokens[k] as Token).lower)) return false;
  return true;
}

/**
 * True when an appeal follows the partner phrase ending at `k`: "to" and a verb, "for", or "not to"
 * ("called on Iran to stop", "called on Kyiv for restraint"), past a short appositive title
 * ("the ambassador to the country, X,").
 */
function appeals(tokens: Token[], k: number, meetSets: MeetSets): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 12); j++) {
    const w = tokens[j] as Token;
    if (/^[.;:!?]$/u.test(w.text)) return false;
    // "called on X and discussed the way forward to enhance …": a second finite verb of the
    // caller closes the partner phrase; what follows is no appeal to the partner.
    if (w.lower === "and" && finiteVerb(tokens[j + 1])) return false;
    if (w.lower === "for" || w.lower === "not") return true;
    // "called on General X to discuss matters of mutual interest": the call's purpose, a visit.
    if (w.lower === "to" && meetSets.visitPurposeVerbs.has(tokens[j + 1]?.lower ?? "")) return false;
    if (w.lower === "to" && isVerbOrAux(tokens[j + 1])) return true;
  }
  return false;
}

/** A verb in a tense of its own ("discussed", "reviewed"), not a bare infinitive ("stop"). */
function finiteVerb(w: Token | undefined): boolean {
  return w?.pos === "VERB" && w.lower !== w.lemma;
}

const ACCORDS = new Set(ACCORD_NOUNS);

/** "signed a memorandum", "signed the 2023 defence agreement": an agreement noun within a few words. */
function signsAccord(tokens: Token[], t: number): boolean {
  for (let k = t + 1; k < Math.min(tokens.length, t + 6); k++) {
    const w = tokens[k] as Token;
    if (ACCORDS.has(w.lower)) return true;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|PUNCT)$/u.test(w.pos) || w.text === ",") return false;
  }
  return false;
}

/** How far before a signing verb its agreement noun may stand ("the agreement to export the S26T submarine was signed"). */
const ACCORD_BEFORE_REACH = 8;

/** True when the words from `from` to `t` are only a relative pronoun and auxiliaries ("which was"), or none. */
function relativeOpening(tokens: Token[], from: number, t: number): boolean {
  for (let k = from; k < t; k++) {
    const w = tokens[k] as Token;
    if (!(k === from && THAT_WHICH.has(w.lower)) && w.pos !== "AUX") return false;
  }
  return true;
}

/** How far past the comma closing an opening participle's phrase its accord noun may stand ("the new memorandum"). */
const ACCORD_AFTER_OPENING = 3;

/**
 * The accord noun that heads the clause after the comma closing a participle phrase at the start of
 * the sentence ("Signed by A and B, the memorandum …"), past articles and adjectives; or -1.
 */
function accordAfterOpening(tokens: Token[], t: number): number {
  let comma = t + 1;
  while (comma < tokens.length && tokens[comma]?.text !== ",") {
    if (/^[.;:!?]$/u.test((tokens[comma] as Token).text) || (tokens[comma] as Token).pos === "VERB")
      return -1;
    comma++;
  }
  for (let k = comma + 1; k < tokens.length && k <= comma + ACCORD_AFTER_OPENING; k++) {
    const w = tokens[k] as Token;
    if (ACCORDS.has(w.lower)) return k;
    if (!/^(?:DET|ADJ|NUM)$/u.test(w.pos)) return -1;
  }
  return -1;
}

/**
 * "The agreement … was signed in Beijing by A, chief of X, and B", "a memorandum signed on
 * February 6 by A and B": an agreement noun before the signing verb in its clause (no comma
 * between) and the people of the by-phrase after it, who signed together.
 */
function signedBy(ix: SentenceIndex, t: number, emit: Emit, frame: Frame, meetSets: MeetSets): void {
  const tokens = ix.sentence.tokens;
  if (frame.roles.by !== "participant") return;
  let accord = -1;
  for (let k = t - 1; k >= Math.max(0, t - ACCORD_BEFORE_REACH); k--) {
    const w = tokens[k] as Token;
    // "The memorandum, signed by A and B,", "The contract, which was signed by A and B,": a comma
    // that sets off the participle or its relative clause from the accord right before it.
    if (w.text === "," && relativeOpening(tokens, k + 1, t) && ACCORDS.has(tokens[k - 1]?.lower ?? ""))
      continue;
    if (/^[,.;:!?()“”"—]$/u.test(w.text)) break;
    if (ACCORDS.has(w.lower) && !ix.cover[k]) {
      accord = k;
      break;
    }
  }
  // "Signed by A and B, the memorandum covers …": a participle opening the sentence describes the
  // accord that heads the clause after its comma.
  if (accord < 0 && t === 0) accord = accordAfterOpening(tokens, t);
  if (accord < 0) return;
  const zone = zoneAfter(ix, t);
  const agent = zone.chunks.find((c) => c.prep === "by" && c.chunk.first <= t + (frame.reach ?? 3));
  if (!agent) {
    signersAfterBy(ix, t, accord, emit, frame, meetSets);
    return;
  }
  // "by A and French minister of the armed forces B": a title closing the phrase runs into its name.
  const heads = (chunk: Chunk): ChunkHead[] => {
    const last = chunk.items[chunk.items.length - 1];
    return [...chunkHeads(chunk), ...(last?.kind === "title" ? (titledName(ix, chunk.last) ?? []) : [])];
  };
  const names = actorHeads(
    [agent, ...listedPeople(ix, zone.chunks, agent, [])].flatMap((c) => heads(c.chunk)),
  )
    .filter((h) => fitsRow(frame, h))
    .map((h) => h.name);
  // "by the Senegalese Minister of Armed Forces, A and the Turkish Ambassador to Senegal, B": a
  // long title set off before its name leaves the first chunk without its signer.
  if (new Set(names).size < 2 && !chunkHeads(agent.chunk).some((h) => h.mention?.type === "Person")) {
    signersAfterBy(ix, t, accord, emit, frame, meetSets);
    return;
  }
  const modality = modalityOf(accord < t ? wordsBefore(tokens, t, t - accord) : [], ix.modalityCues);
  if (signedApart(tokens, Math.min(accord, t), agent.chunk.first, meetSets)) return;
  emitPairs([...new Set(names)], emit, (tokens[t] as Token).text, frame.id, modality);
}

/** How far after a passive signing verb its "by" may stand, past a place and a date ("in Yaounde, Wednesday July 18, 2018,"). */
const BY_REACH = 20;
/** How far a by-phrase of signers with long titles may run. */
const SIGNERS_REACH = 40;
/** Words after which a by-phrase names no more signers ("in the presence of X", "witnessed by Y"). */
const NOT_SIGNERS = new Set([
  "presence",
  "witness",
  "witnessed",
  "attended",
  "while",
  "who",
  "which",
  "whose",
]);

/**
 * "The protocol was signed in Yaounde, Wednesday July 18, 2018, by the Minister Delegate … of
 * Defence, A and the Chinese Ambassador to Cameroon, B": a by-phrase after a place and a date,
 * whose long titles no chunk holds; the people named in it, up to its clause's end, signed
 * together when "and" joins them.
 */
function signersAfterBy(
  ix: SentenceIndex,
  t: number,
  accord: number,
  emit: Emit,
  frame: Frame,
  meetSets: MeetSets,
): void {
  const tokens = ix.sentence.tokens;
  let by = -1;
  for (let k = t + 1; k < Math.min(tokens.length, t + BY_REACH); k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || /^[.;:!?]$/u.test(w.text) || w.lower === "according") return;
    // "… in Abu Dhabi, in a statement by X": a "by" of another noun phrase.
    if (w.pos === "DET" && !ix.cover[k] && tokens[k + 1]?.pos === "NOUN" && !ix.cover[k + 1]) return;
    if (w.lower === "by") {
      by = k;
      break;
    }
  }
  if (by < 0) return;
  const people: Mention[] = [];
  let joined = false;
  for (let k = by + 1; k < Math.min(tokens.length, by + SIGNERS_REACH); k++) {
    const w = tokens[k] as Token;
    // "signed by the Minister of X, A, and President B welcomed it": a name right before a verb
    // is the subject of the next clause, not a signer.
    if (isVerbOrAux(w) && people.length > 0 && (people[people.length - 1] as Mention).last >= k - 1)
      people.pop();
    if (isVerbOrAux(w) || /^[.;:!?]$/u.test(w.text) || NOT_SIGNERS.has(w.lower)) break;
    if (w.lower === "and" && people.length > 0) joined = true;
    const m = ix.cover[k];
    if (m?.first === k && m.type === "Person" && !m.antecedent) people.push(m);
  }
  if (!joined || people.length < 2 || signedApart(tokens, accord, by, meetSets)) return;
  const modality = modalityOf(wordsBefore(tokens, t, t - accord), ix.modalityCues);
  emitPairs(
    [...new Set(people.map((m) => actorOf(m).name))],
    emit,
    (tokens[t] as Token).text,
    frame.id,
    modality,
  );
}

/** How far after a signing verb its clause is searched for words that keep the signers apart. */
const APART_REACH = 15;

/** The end of the clause of the verb at `t`: the next ";", "." or the reach. */
function clauseEnd(tokens: Token[], t: number): number {
  let k = t + 1;
  while (k < Math.min(tokens.length, t + APART_REACH) && !/^[.;:!?]$/u.test((tokens[k] as Token).text)) k++;
  return k;
}

/**
 * True when a word between `from` and `to` says the signers were not together ("signed
 * separately", "by video link"); not one that only maps each signer to a party ("signed on
 * behalf of the two ministries respectively").
 */
function signedApart(tokens: Token[], from: number, to: number, meetSets: MeetSets): boolean {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).lower;
    if (!meetSets.apartWords.has(w)) continue;
    const mapping = meetSets.lists.partyMappings.some(
      ([apart, opener]) => apart === w && tokens.slice(from, k).some((b) => b.lower === opener),
    );
    if (!mapping) return true;
  }
  return false;
}

/** Punctuation a meeting's parties do not cross. */
const MEETING_BREAK = /^[;:,—]$/u;

/** A meeting noun's frame: "a meeting between A and B", "A's talks with B", "a visit by A to B". */
export function meetNoun(ix: SentenceIndex, t: number, emit: Emit, frame: Frame, table: FrameTable): void {
  const meetSets = meetSetsOf(table);
  // "A meeting between Xi and Putin is on the table", "A visit by X to Y is still pending": a
  // meeting noun that is its clause's subject is only as held as the predicate says.
  emit = underPredicate(emit, subjectPredicateHedge(ix, t, t));
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  // "a phone call", "a courtesy call": the word before the noun must be one of the row's modifiers.
  if (frame.modifiers && !frame.modifiers.includes(tokens[t - 1]?.lower ?? "")) return;
  // ("a “good meeting” with X": the zone opens past the quote marks that close the phrase.)
  const quotesEnd = pastClosingQuotes(tokens, t);
  const zone = zoneAfter(ix, quotesEnd - 1, false);
  const before = wordsBefore(tokens, t, 6);
  // "ahead of a highly anticipated meeting between A and B": a meeting still to come.
  const ahead =
    before.some((w, i) => w === "ahead" && before[i + 1] === "of") || pendingNoun(tokens, t, meetSets);
  let modality = ahead
    ? "planned"
    : obligedBefore(before, meetSets)
      ? "possible"
      : modalityOf(wordsBefore(tokens, t, 4), ix.modalityCues);
  const between = zone.chunks.find((c) => c.prep === "between");
  if (between && between.chunk.first - t <= 6) {
    meetingBetween(ix, t, zone, between, emit, frame, modality, meetSets);
    return;
  }
  // "talks with X"; "a courtesy call on X", "received a courtesy call from X": the prepositions
  // the row gives the partner.
  // ("hosted a luncheon for X": a meal's guest.)
  const partnerPreps = (["with", "on", "from", "for"] as const).filter(
    (g) => frame.roles[g] === "participant",
  );
  // "held talks on Monday with X", "a meeting on the sidelines of the summit with X": the partner's
  // preposition right after time and place phrases.
  // ("held a “good meeting” with X": past the quote marks that close a quoted phrase.)
  const adverbialsEnd = partnerAdverbialsEnd(ix, quotesEnd, meetSets);
  // "hosted a banquet in honour of X": the guest a "for" row names by "in honour of".
  const withChunk =
    zone.chunks.find(
      (c) =>
        (partnerPreps as readonly string[]).includes(c.prep) &&
        (c.chunk.first - t <= 3 || partnerRightAfter(ix, c, adverbialsEnd)),
    ) ??
    (frame.roles.for === "participant" ? honouredChunk(ix, zone.chunks, t, meetSets.honourNouns) : undefined);
  const byChunk = zone.chunks.find((c) => c.prep === "by" && c.chunk.first - t <= 3);
  const toChunk = zone.chunks.find((c) => c.prep === "to" && c.chunk.first - t <= 8);
  const named = hostsBefore(ix, t, frame, modality, meetSets);
  let hosts = named.hosts;
  modality = named.modality;
  if (frame.governedBy && hosts.length === 0) return;
  hosts = withoutTitleCountries(ix, hosts);
  // "In his meeting with Y, he discussed", "Apart from his meetings with A and B, he also …": a
  // person's possessive pronoun before the noun (past its modifiers) holds the meeting.
  const owned = hosts.length === 0 ? possessivePronounHost(ix, t) : [];
  if (owned.length > 0) hosts = owned;
  const lead = hosts.length === 0 ? leadingPreposition(tokens, t, meetSets) : -1;
  // The verb of the clause whose subject took part in a meeting named in its phrase: its hedge is the meeting's.
  let clauseVerb = -1;
  if (lead >= 0) {
    const partnerNamed = withChunk !== undefined || between !== undefined;
    ({ hosts, clauseVerb } = leadingPhraseHosts(ix, t, lead, partnerNamed));
  }
  if (byChunk) hosts = chunkHeads(byChunk.chunk);
  if (hosts.length === 0 && withChunk) hosts = counterpartOwner(ix, withChunk.chunk);
  const titled = withChunk ? [] : titledPartnerAfter(ix, t, 3, frame.roles, meetSets, tok.lemma === "visit");
  // "during his meeting with the Austrian colleague": a pronoun's meeting is with named people,
  // not with the country that qualifies a partner's description.
  const guests = withChunk
    ? partnerHeads(ix, withChunk.chunk).filter((h) => owned.length === 0 || h.mention?.type === "Person")
    : titled.length > 0
      ? titled
      : toChunk && (tok.lemma === "visit" || frame.roles.to === "participant")
        ? partnerHeads(ix, toChunk.chunk).filter((h) => h.mention?.type === "Person")
        : [];
  // "talks with his Ukrainian counterpart": a person known only by a title is no country meeting anyone.
  // "Ukraine received a visit from X": a row's participant types (a visit to a country is no meeting).
  const fits = (h: ChunkHead): boolean => fitsRow(frame, h);
  const hostNames = actorHeads(hosts)
    .filter(fits)
    .map((h) => h.name);
  // "at today's meeting with the US ambassador, X, the new defense attaché, Colonel Y, and Z".
  guests.push(...listedAfterLast(ix, guests, t));
  const guestNames = actorHeads(guests)
    .filter(fits)
    .map((h) => h.name);
  if (guestNames.length === 0 && hostNames.length >= 2 && tok.lemma !== "visit") {
    // "Putin and Kim held talks": the coordinated subjects met each other; not "held talks with
    // the visiting delegation", someone left unnamed, nor "announced at separate meetings".
    if (apartNoun(tokens, t, meetSets)) return;
    if (tokens[t + 1]?.lower !== "with" || !unnamedPartner(tokens, t, frame.roles, meetSets))
      emitPairs(hostNames, emit, tok.text, frame.id, modality);
    return;
  }
  // "X's meeting with Y was postponed", "said X's talks with Y could take place in May": the
  // predicate of a meeting noun that is its clause's subject tells whether it was held.
  let told =
    withChunk && nounIsSubject(ix, t)
      ? predicateModality(tokens, withChunk.chunk.last, modality, meetSets, ix.modalityCues)
      : modality;
  // "During the visit, Shoigu is expected to meet Kim": the clause's own hedge.
  if (clauseVerb >= 0) {
    const clause = modalityOf(
      [
        ...subjectBefore(ix, clauseVerb).cues,
        ...wordsBefore(tokens, clauseVerb, 2),
        // "is expected to meet": a verb that governs an infinitive hedges it; not "pledged the above in talks".
        ...(tokens[clauseVerb + 1]?.lower === "to" ? [(tokens[clauseVerb] as Token).lower] : []),
      ],
      ix.modalityCues,
    );
    if (MODALITY_RANK[clause] > MODALITY_RANK[told]) told = clause;
  }
  for (const h of hostNames)
    for (const g of guestNames) if (h !== g) emitPairs([h, g], emit, tok.text, frame.id, told);
}

/**
 * "a meeting between A and B": the actors listed after "between" meet each other, as held as the
 * predicate says when the noun is its clause's subject.
 */
function meetingBetween(
  ix: SentenceIndex,
  t: number,
  zone: Zone,
  between: ZoneChunk,
  emit: Emit,
  frame: Frame,
  modality: Modality,
  meetSets: MeetSets,
): void {
  const tokens = ix.sentence.tokens;
  // "talks between A, Deputy Prime Minister for Defence Affairs, and B, Secretary of State for
  // Defence,": a title's own prepositional phrase splits the list into chunks; the people listed
  // after it take part as well (not "between A and B, and China's support for …").
  const people = listedPeople(ix, zone.chunks, between, []).filter((c) =>
    chunkHeads(c.chunk).some(namedPerson),
  );
  const last = people[people.length - 1] ?? between;
  emitPairs(
    actorHeads([between, ...people].flatMap((c) => chunkHeads(c.chunk)))
      .filter((h) => !h.unnamed)
      .map((h) => h.name),
    emit,
    (tokens[t] as Token).text,
    frame.id,
    nounIsSubject(ix, t)
      ? predicateModality(tokens, last.chunk.last, modality, meetSets, ix.modalityCues)
      : modality,
  );
}

/**
 * The index of the token `n` words before `t`, where the parts of a hyphened compound ("in-person",
 * "face-to-face", written without spaces) count as one word.
 */
function wordsBack(tokens: readonly Token[], t: number, n: number): number {
  let k = t;
  for (let i = 0; i < n && k > 0; i++) {
    k--;
    while (
      k > 0 &&
      !(tokens[k] as Token).space &&
      ((tokens[k] as Token).text === "-" || tokens[k - 1]?.text === "-")
    )
      k--;
  }
  return k;
}

/**
 * The hosts of the meeting noun at `t` named before it: a possessive right before it ("Lavrov's
 * talks"), the person a caption's "talks" follows, else the subject of the verb that holds it ("X
 * held talks with Y"), whose own cues then hedge the meeting (`modality`, as it comes out).
 */
function hostsBefore(
  ix: SentenceIndex,
  t: number,
  frame: Frame,
  modality: Modality,
  meetSets: MeetSets,
): { hosts: ChunkHead[]; modality: Modality } {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  let hosts: ChunkHead[] = [];
  // "received a visit from X": a row governed by its verbs takes its host from their subject only.
  const governors = frame.governedBy;
  for (let k = t - 1; k >= Math.max(0, t - 4) && !governors; k--) {
    const chunk = ix.chunkAt[k];
    if (chunk) {
      // "Lavrov's talks": only a possessive right before the noun hosts it.
      if (chunk.items[chunk.items.length - 1]?.kind === "poss") {
        hosts = chunkPossessors(chunk).map((m) => ({ mention: m, name: m.name, unnamed: false }));
      } else if (
        tok.lower === "talks" &&
        chunk.last === t &&
        tokens[t + 1]?.lower === "with" &&
        !verbAfter(tokens, t)
      ) {
        // "Vladimir Putin talks with Kim Jong Un during …" (a caption): "talks" is the verb of
        // the person right before it.
        hosts = chunkHeads(chunk).filter(namedPerson);
      }
      break;
    }
    if (isVerbOrAux(tokens[k])) break;
  }
  if (hosts.length === 0) {
    // "X held talks with Y": the subject of the verb right before the noun.
    const holds = (w: Token | undefined): boolean =>
      w !== undefined &&
      isVerbOrAux(w) &&
      (governors ? governors.includes(w.lemma) : meetSets.holdVerbs.has(w.lemma));
    // "held a “warm and productive meeting”", "holding what he described as a meeting": the verb
    // before a quoted or described phrase, when no verb stands close before the noun.
    const quoted = quotedPhraseVerb(tokens, t, meetSets.describingVerbs);
    // ("held their first in-person talks": a hyphened compound counts as one word.)
    const near = wordsBack(tokens, t, 4);
    const lowest = quoted >= 0 ? Math.min(quoted, near) : near;
    for (let k = t - 1; k >= Math.max(0, lowest); k--) {
      const w = tokens[k] as Token;
      if (holds(w) && (k >= near || k === quoted)) {
        // "The delegation, led by X, held talks with Y": the delegation's leader.
        const subject = subjectBefore(ix, k);
        // "where they held talks with C": a group subject's members (stage 4b).
        const group = subjectGroup(ix, subject, k);
        hosts = group
          ? groupHeads(group)
          : subject.heads.length > 0
            ? withApposedConjuncts(ix, subject)
            : leaderOrCompanions(ix, k, meetSets);
        // "X is expected to make a courtesy call on Y": the verb's own cues tell the meeting too.
        if (modality === "asserted")
          modality = modalityOf([...subject.cues, ...wordsBefore(tokens, k, 2)], ix.modalityCues);
        break;
      }
    }
  }
  return { hosts, modality };
}

/**
 * The hosts of a meeting named in a phrase its preposition at `lead` opens ("Merz said after talks
 * with Zelensky"): the subject of the clause's verb before it, or, for a phrase that opens the
 * sentence, the subject after its closing comma; with that verb (-1 if none), whose hedge is the
 * meeting's. `partnerNamed`: the noun has its partner after "with" or "between".
 */
function leadingPhraseHosts(
  ix: SentenceIndex,
  t: number,
  lead: number,
  partnerNamed: boolean,
): { hosts: ChunkHead[]; clauseVerb: number } {
  const tokens = ix.sentence.tokens;
  let hosts: ChunkHead[] = [];
  let clauseVerb = -1;
  // "Merz said after talks with Zelensky", "Stoltenberg spoke to the media outside the White
  // House on June 17 following a meeting with Biden": the clause's subject took part.
  for (let k = lead - 1; k >= Math.max(0, lead - 23); k--) {
    if (MEETING_BREAK.test((tokens[k] as Token).text)) break;
    // "Vulin said Serbia was in talks with Russia": "be" right before the phrase is its clause's
    // verb; its subject took part, not the speaker of the verb before.
    const copula =
      k === lead - 1 && (tokens[k] as Token).pos === "AUX" && (tokens[k] as Token).lemma === "be";
    if (copula) {
      hosts = subjectBefore(ix, k).heads;
      clauseVerb = k;
      break;
    }
    if ((tokens[k] as Token).pos === "VERB") {
      hosts = subjectBefore(ix, k).heads;
      clauseVerb = k;
      // "A thanked B during their meeting": "their" is the subject and the verb's object, a
      // person named right after the verb.
      const object = ix.chunkAt[k + 1];
      if (!partnerNamed && tokens.slice(lead, t).some((w) => w.lower === "their") && object?.first === k + 1)
        hosts = [...hosts, ...chunkHeads(object).filter(namedPerson)];
      break;
    }
  }
  // "During telephone conversations with A and B, the Russian minister accused …": a phrase
  // that opens the sentence; the subject after its closing comma took part.
  if (hosts.length === 0 && lead === 0) {
    hosts = subjectAfterOpening(ix, t);
    clauseVerb = hosts.length > 0 ? verbAfterOpening(ix, t) : -1;
  }
  return { hosts, clauseVerb };
}

/**
 * The first verb after the comma that closes a sentence's opening phrase holding the meeting noun
 * at `t` ("During the visit, Shoigu is expected to meet Kim" → "expected"), or -1.
 */
function verbAfterOpening(ix: SentenceIndex, t: number): number {
  const tokens = ix.sentence.tokens;
  let comma = t + 1;
  while (comma < Math.min(tokens.length, t + OPENING_REACH) && tokens[comma]?.text !== ",") comma++;
  for (let k = comma + 1; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text)) return -1;
    if (w.pos === "VERB") return k;
  }
  return -1;
}

/** Most modifiers between a possessive pronoun and the meeting noun it owns ("his bilateral meetings"). */
const POSSESSIVE_MODIFIERS = 2;

/**
 * The person a possessive pronoun right before the meeting noun at `t` resolved to (stage 4b), past
 * adjectives and nouns ("his meeting with Y", "her bilateral talks with Y"); none when the pronoun
 * is unresolved or names no person.
 */
function possessivePronounHost(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k > t - 1 - POSSESSIVE_MODIFIERS && k >= 0 && /^(?:ADJ|NOUN)$/u.test((tokens[k] as Token).pos)) k--;
  if (!WORDS.personPossessives.has(tokens[k]?.lower ?? "")) return [];
  const owner = ix.mentions.find((m) => m.kind === "pronoun" && m.type === "Person" && m.first === k);
  return owner ? [{ mention: owner, name: owner.name, unnamed: false }] : [];
}

/**
 * "This was followed by a meeting with his counterpart X": a meeting noun nobody holds, whose
 * partner is someone's counterpart through a possessive pronoun, is held by the person the
 * pronoun resolved to (stage 4b); an unresolved pronoun gives nobody.
 */
function counterpartOwner(ix: SentenceIndex, chunk: Chunk): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const owner = ix.mentions.find(
    (m) => m.kind === "pronoun" && m.type === "Person" && m.first === chunk.first,
  );
  if (!owner || !WORDS.personPossessives.has((tokens[owner.first] as Token).lower)) return [];
  // "his counterpart", "his Japanese counterpart": the noun within two words of the pronoun.
  for (let k = owner.last; k < Math.min(chunk.last, owner.last + 2); k++)
    if (ix.words.counterpartNouns.has((tokens[k] as Token).lower))
      return [{ mention: owner, name: owner.name, unnamed: false }];
  return [];
}

/** True when an adjective of meeting apart stands among the modifiers right before the meeting noun at `t` ("at separate meetings", "their respective talks"). */
function apartNoun(tokens: Token[], t: number, meetSets: MeetSets): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) {
    const w = tokens[k] as Token;
    if (meetSets.apartModifiers.has(w.lower)) return true;
    if (!/^(?:DET|ADJ|NOUN|NUM)$/u.test(w.pos) && !WORDS.possessivePronouns.has(w.lower)) return false;
  }
  return false;
}

/** True when a verb or auxiliary follows `t` in its clause (before a comma): "X talks with Y are planned" makes "talks" a noun. */
function verbAfter(tokens: Token[], t: number): boolean {
  for (let k = t + 1; k < tokens.length && !/^[,.;:]$/u.test((tokens[k] as Token).text); k++)
    if (isVerbOrAux(tokens[k])) return true;
  return false;
}

/**
 * True when the verb at `t` follows "they" (past auxiliaries) right after a subordinator opening
 * the sentence, and the comma closing that clause follows the verb ("Before they met, …"; not
 * "Before they met Kishida, …").
 */
function openingThey(tokens: Token[], t: number, meetSets: MeetSets): boolean {
  if (tokens[t + 1]?.text !== ",") return false;
  let k = t - 1;
  while (k > 0 && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k--;
  return tokens[k]?.lower === "they" && k === 1 && meetSets.openingSubordinators.has(tokens[0]?.lower ?? "");
}

/**
 * The index of a preposition that opens the meeting noun's phrase at `t` ("after talks", "during
 * their phone conversations", "following a bilateral meeting"), past determiners, possessives and
 * modifiers; or -1.
 */
function leadingPreposition(tokens: Token[], t: number, meetSets: MeetSets): number {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const w = tokens[k] as Token;
    if (meetSets.eventPrepositions.has(w.lower)) return k;
    // "at today's meeting", "after Monday's talks": a day's possessive.
    if (w.key === "'s" && timeAdverbialStart(tokens, k - 1) >= 0) continue;
    if (!/^(?:DET|ADJ|NOUN)$/u.test(w.pos) && !WORDS.possessivePronouns.has(w.lower)) return -1;
  }
  return -1;
}

/** How far a sentence's opening phrase may run before the comma that closes it. */
const OPENING_REACH = 30;

/** The subject after the comma that closes a sentence's opening phrase, when no verb stands in that phrase. */
function subjectAfterOpening(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (let k = t + 1; k < Math.min(tokens.length, t + OPENING_REACH); k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || CLAUSE_STOP.test(w.text)) return [];
    if (w.text !== "," || (ix.cover[k + 1]?.type === "Person" && ix.chunkAt[k + 1]?.first !== k + 1))
      continue;
    let j = k + 1;
    while (/^(?:the|a|an)$/u.test(tokens[j]?.lower ?? "")) j++;
    const chunk = ix.chunkAt[j];
    if (!chunk || chunk.first !== j) continue;
    // The chunk must be the subject of the verb that follows it (past adverbs: "publicly expressed").
    if (opensClause(tokens, chunk.last)) return chunkHeads(chunk);
  }
  return [];
}

/**
 * True when the meeting noun at `t` heads its clause's subject: only determiners, adjectives and a
 * possessor stand between it and the sentence's start, a comma, "that" or a verb of saying ("A
 * meeting between …", "Putin's meeting with …", "said talks between …").
 */
function nounIsSubject(ix: SentenceIndex, t: number): boolean {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k >= 0) {
    const w = tokens[k] as Token;
    const chunk = ix.chunkAt[k];
    if (chunk && chunk.last === k + 1 && chunk.items[chunk.items.length - 1]?.kind === "poss")
      k = chunk.first - 1;
    else if (/^(?:DET|ADJ|NUM)$/u.test(w.pos) || WORDS.possessivePronouns.has(w.lower)) k--;
    else break;
  }
  const opener = tokens[k];
  return !opener || opener.text === "," || opener.lower === "that" || opener.lemma === "say";
}

/**
 * "Egypt, Ethiopia and Sudan have to resume meetings on the GERD", "the two sides has to hold
 * talks": an obligation (lexicon obligationVerbs, then "to") in the words before a meeting noun is
 * no meeting held; so is one right before a meeting verb ("X has to meet Y": meetVerb passes the
 * two words before it).
 */
function obligedBefore(before: string[], meetSets: MeetSets): boolean {
  return before.some((w, i) => meetSets.obligationVerbs.has(w) && before[i + 1] === "to");
}

/**
 * True when a noun that leaves the meeting to come governs the meeting noun at `t` through a
 * preposition ("preparations for a summit", "the possibility of talks", "an invitation to talks").
 */
function pendingNoun(tokens: Token[], t: number, meetSets: MeetSets): boolean {
  let k = t - 1;
  while (k >= 0 && /^(?:DET|ADJ|NUM)$/u.test((tokens[k] as Token).pos)) k--;
  return (
    /^(?:for|of|to)$/u.test(tokens[k]?.lower ?? "") && meetSets.pendingNouns.has(tokens[k - 1]?.lower ?? "")
  );
}

/** Tags of the words of a predicate that tell its modality: verbs, their auxiliaries and adverbs. */
const PREDICATE_CUE_TAGS = /^(?:AUX|VERB|PART|ADV)$/u;

/**
 * "A meeting between A and B was proposed … but has not taken place": the predicate that follows
 * the meeting's participants (past an appositive ", known as X,") gives the meeting's modality.
 */
function predicateModality(
  tokens: Token[],
  from: number,
  base: Modality,
  meetSets: MeetSets,
  cues: ModalityTable,
): Modality {
  const words: string[] = [];
  let k = from;
  if (tokens[k]?.text === ",") {
    k++;
    while (k < tokens.length && tokens[k]?.text !== ",") k++;
    k++;
  }
  let verb = false;
  for (; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text) || (w.text === "," && verb)) break;
    if (isVerbOrAux(w)) verb = true;
    if (meetSets.unrealised.has(w.lower)) return "negated";
    // "A meeting between A and B has been ruled out" (not "the summit ruled out sanctions").
    if (
      meetSets.unrealisedPassives.has(w.lower) &&
      /^(?:be|been|is|are|was|were)$/u.test(tokens[k - 1]?.lower ?? "")
    )
      return "negated";
    if (meetSets.pendingPredicates.has(w.lower)) return "planned";
    // Only the verbs and their auxiliaries and adverbs tell the predicate's modality ("ended
    // without a deal" tells a meeting that was held).
    // "Talks between A and B are to be held next month", "were to take place": an arrangement.
    if (w.lower === "to" && /^(?:is|are|was|were)$/u.test(tokens[k - 1]?.lower ?? "")) return "planned";
    if (PREDICATE_CUE_TAGS.test(w.pos)) words.push(w.lower);
  }
  const baseCue: Record<Modality, string> = {
    asserted: "",
    possible: "possible",
    planned: "planned",
    negated: "not",
    denied: "denied",
  };
  return modalityOf([...words, baseCue[base]], cues);
}

/** How many words a title phrase set off by a comma, and not closed by one, may run before the verb. */
const UNCLOSED_REACH = 14;

/**
 * The people of a subject whose appositive title no comma closes before the verb at `t`: "X,
 * military attaché at the US Embassy made the delivery"; "A, Chargé d'Affaires of the Embassy and
 * Colonel B, military attaché made …" (each appositive opens with a title word after a person's
 * name at the sentence's start or after "and", and holds no verb). Empty when the shape is not there.
 */
function unclosedAppositiveSubject(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const heads: ChunkHead[] = [];
  let end = t;
  for (let step = 0; step < 3; step++) {
    let comma = -1;
    for (let k = end - 1; k >= Math.max(0, end - UNCLOSED_REACH); k--) {
      const w = tokens[k] as Token;
      if (w.text === ",") {
        comma = k;
        break;
      }
      if (isVerbOrAux(w) || /^[.;:()]$/u.test(w.text)) return heads;
    }
    if (comma < 1) return heads;
    // The appositive opens on a title word, past an article and adjectives ("military attaché",
    // "the Chargé"); a phrase of title words alone may be a chunk of its own.
    let open = comma + 1;
    if (tokens[open]?.pos === "DET") open++;
    while (open < end && !isTitleWord((tokens[open] as Token).lower) && tokens[open]?.pos === "ADJ") open++;
    const opener = ix.chunkAt[open];
    if (!isTitleWord(tokens[open]?.lower ?? "") || opener?.items.some((it) => it.kind === "mention"))
      return heads;
    const before = ix.chunkAt[comma - 1];
    const person =
      before && before.last === comma
        ? chunkHeads(before).find((h) => namedPerson(h) && h.mention?.last === comma)
        : undefined;
    if (!person?.mention) return heads;
    // The name opens the sentence, or follows "and" past its ranks.
    let k = person.mention.first - 1;
    while (k >= 0 && !ix.cover[k] && isRankAt(tokens, k)) k--;
    if (k >= 0 && tokens[k]?.lower !== "and") return heads;
    heads.push(person);
    if (k < 0) return heads;
    end = k;
  }
  return heads;
}

/** Tags of a verb group's words ("was made", "has been conducted"). */
const VERB_GROUP = /^(?:AUX|ADV|PART|VERB)$/u;

/** True for a row of goods received in person from a partner (meet-receive-from). */
function receivingRow(frame: Frame): boolean {
  return frame.relation === "meets" && frame.requires === "handover" && frame.roles.from === "participant";
}

/**
 * The people who made a handover the sentence refers back to by a definite noun ("Ambassador X
 * made the delivery", "The handover was made by Y"), with the clause's modality; or null.
 */
function deliverers(
  ix: SentenceIndex,
  meetSets: MeetSets,
): { heads: ChunkHead[]; modality: Modality; at: number } | null {
  const tokens = ix.sentence.tokens;
  for (let k = 1; k < tokens.length; k++) {
    // "made the delivery to the port": a delivery told with its own destination is another one.
    if (
      !meetSets.deliveryNouns.has((tokens[k] as Token).lower) ||
      tokens[k - 1]?.lower !== "the" ||
      tokens[k + 1]?.lower === "to"
    )
      continue;
    const verb = tokens[k - 2];
    if (verb && isVerbOrAux(verb) && meetSets.deliveryVerbs.has(verb.lemma)) {
      // "X made the delivery": the verb's subject.
      const subject = subjectBefore(ix, k - 2);
      const heads =
        subject.heads.length > 0 ? withApposedConjuncts(ix, subject) : unclosedAppositiveSubject(ix, k - 2);
      const modality = modalityOf([...subject.cues, ...wordsBefore(tokens, k - 2, 2)], ix.modalityCues);
      return { heads, modality, at: k };
    }
    // "The delivery was made by X": the noun opens its clause, the by-phrase names who made it.
    if (k !== 1 && tokens[k - 2]?.text !== ",") continue;
    const cues: string[] = [];
    for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
      const w = tokens[j] as Token;
      if (w.lower === "by") {
        const chunk = ix.chunkAt[j + 1];
        if (!chunk || chunk.first !== j + 1) return null;
        return { heads: partnerHeads(ix, chunk), modality: modalityOf(cues, ix.modalityCues), at: k };
      }
      if (!VERB_GROUP.test(w.pos)) break;
      if (w.pos === "VERB" && !meetSets.deliveryVerbs.has(w.lemma)) break;
      cues.push(w.lower, w.lemma);
    }
  }
  return null;
}

/**
 * The people who received goods in person in this sentence while it names no giver there ("The
 * aircraft was received at the base by Minister X", "General Y accepted the vehicles"): the
 * receiving rows' verbs, asserted, with goods and no person after "from".
 */
function unmetReceivers(ix: SentenceIndex, table: FrameTable): ChunkHead[] {
  const meetSets = meetSetsOf(table);
  const tokens = ix.sentence.tokens;
  const out: ChunkHead[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.pos !== "VERB" || ix.cover[t]) continue;
    for (const frame of table.verb.get(tok.lemma) ?? []) {
      if (!receivingRow(frame)) continue;
      const subject = subjectBefore(ix, t);
      if (modalityOf([...subject.cues, ...wordsBefore(tokens, t, 2)], ix.modalityCues) !== "asserted")
        continue;
      const zone = zoneAfter(ix, t);
      const people = (c: ZoneChunk): ChunkHead[] => partnerHeads(ix, c.chunk).filter(namedPerson);
      if (zone.chunks.some((c) => c.prep === "from" && people(c).length > 0)) continue;
      if (subject.passive) {
        const agent = zone.chunks.find((c) => c.prep === "by");
        if (!agent || !handsOver(ix, t, [], handoverNouns(frame, meetSets), true)) continue;
        out.push(...people(agent));
      } else {
        // "General Y accepted the vehicles": the goods in the object, up to its clause's end.
        const end = zone.chunks[0]?.prep ? zone.chunks[0].chunk.first : zone.end;
        if (
          !handsOver(
            ix,
            t,
            [{ chunk: { first: end, last: end, items: [] }, prep: "" }],
            handoverNouns(frame, meetSets),
            false,
          )
        )
          continue;
        out.push(...withApposedConjuncts(ix, subject).filter(namedPerson));
      }
    }
  }
  return out;
}

/** The lemmas of a table's receiving rows. */
const receivingLemmasOf = perTable(
  (table): ReadonlySet<string> => new Set(table.frames.filter(receivingRow).flatMap((f) => f.lemmas)),
);

/**
 * A handover in person told across two sentences: "The aircraft was received at the base by
 * Minister X. Ambassador Y and Colonel Z made the delivery." The receivers of goods whose giver
 * their sentence leaves out meet the people who made the delivery in the next sentence.
 */
export function handoverAcross(
  state: DocState,
  table: FrameTable,
  emitFor: (sentence: number) => Emit,
  indexOf: IndexOf = freshIndexes(state),
): void {
  const receivingLemmas = receivingLemmasOf(table);
  const meetSets = meetSetsOf(table);
  let receivers: ChunkHead[] = [];
  let last = -2;
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    const delivery = tokens.some((w) => meetSets.deliveryNouns.has(w.lower));
    const receiving = tokens.some((w) => w.pos === "VERB" && receivingLemmas.has(w.lemma));
    if (!delivery && !receiving) continue;
    const ix = indexOf(sentence);
    if (delivery && last === sentence.index - 1 && receivers.length > 0) {
      const made = deliverers(ix, meetSets);
      if (made) {
        const givers = actorHeads(made.heads)
          .filter(namedPerson)
          .map((h) => h.name);
        const got = actorHeads(receivers).map((h) => h.name);
        const emit = emitFor(sentence.index);
        for (const g of givers)
          for (const r of got)
            if (g !== r)
              emitPairs(
                [g, r],
                emit,
                (tokens[made.at] as Token).text,
                "meet-receive-from+told",
                made.modality,
              );
      }
    }
    if (receiving) {
      receivers = unmetReceivers(ix, table);
      last = sentence.index;
    }
  }
}
