/**
 * Clause helpers for the relation rules: the subject before a trigger (skipping auxiliaries,
 * adverbs and catenative verbs such as "plans to", collecting their modality cues), the object
 * zone after it, prepositional roles in that zone, and the modality the cues add up to (read
 * under the lexicon's modality cues: modality-cues.ts modalityOf, re-exported here for the readers).
 */
import {
  type Chunk,
  type ChunkHead,
  type SentenceIndex,
  actorOf,
  chunkHeads,
  chunkPossessors,
} from "./chunks.ts";
import {
  AGENT_PARTICLES,
  ASSESS_NOUNS,
  AUXILIARY_WORDS,
  CATENATIVE_VERBS,
  OCCASION_NOUNS,
  OCCASION_TAKING_VERBS,
  PROMPT_CATENATIVES,
  IMPLICATIVE_CATENATIVES,
  CLAUSE_BREAKS,
  COMPLEMENT_NOUNS,
  TRAILING_REPORT_VERBS,
} from "./lexicon/triggers.ts";
import { insertionDash } from "./insertions.ts";
import { cuePairModality } from "./modality-cues.ts";
import { OPENING_DOUBLE_QUOTE } from "./letters.ts";
import { mainVerbAfterNoun } from "./main-verb-break.ts";
import { subjectControlVerb } from "./subject-control.ts";
import {
  ARTICLES,
  EXAMPLE_OPENERS,
  FLOATING_QUANTIFIERS,
  FORMS_OF_BE,
  MEANS_PREPOSITIONS,
  MODAL_VERBS,
} from "./lexicon/grammar.ts";
import { occasionPhraseStart } from "./occasion-phrases.ts";
import { timeAdverbialStart } from "./time-adverbials.ts";
import type { Mention, Token } from "./types.ts";
import { wordTable } from "./lexicon/word-table.ts";
import {
  WORDS,
  isPluralTitleHead,
  isRankToken,
  isThirdPersonVerb,
  isTitleWord,
  singular,
  isVerbOrAux,
} from "./words.ts";

export { MODALITY_RANK, modalityOf } from "./modality-cues.ts";

const BREAKS = new Set(CLAUSE_BREAKS);
const COMPLEMENTED = new Set(COMPLEMENT_NOUNS);
/** Documents that speak for their author ("a UN report concluded", "Iran's statement said"). */
const REPORT_NOUNS = new Set(ASSESS_NOUNS);

const ARTICLE_SET = new Set([...ARTICLES, "this", "that", "every"]);
const CATENATIVES = new Set([
  ...CATENATIVE_VERBS,
  ...AUXILIARY_WORDS,
  ...PROMPT_CATENATIVES,
  ...IMPLICATIVE_CATENATIVES,
]);
const CATENATIVE_LEMMAS = new Set(CATENATIVE_VERBS);
const FLOATING = new Set(FLOATING_QUANTIFIERS);
const OCCASIONS = new Set(OCCASION_NOUNS);
const OCCASION_TAKERS = new Set(OCCASION_TAKING_VERBS);
/** The forms of "be" that make a participle after them passive ("was donated", "have been sent"). */
export const BE_FORMS: ReadonlySet<string> = new Set(FORMS_OF_BE);
const RELATIVES = new Set(["which", "who", "that"]);
/** Words that open an adverbial gerund sharing the main subject ("after meeting", "while visiting", "by buying"). */
const ADVERBIAL_GERUND = new Set(["after", "before", "while", "since", "when", "upon", "on", "by"]);
/** Words tagged as prepositions that also open a finite clause ("after the army received …"). */
const SUBORDINATORS = new Set(["after", "before", "since", "until", "once"]);
const ARTICLE_WORDS = new Set(ARTICLES);
const MEANS = new Set(MEANS_PREPOSITIONS);
const BREAK_SUBJECT = new Set([",", ";", ":", "(", ")", "—", "“", "”"]);
/**
 * Longest stretch, in tokens, that a role may span from its trigger: every scan of the relation
 * rules is bounded by it, so that their cost stays linear in the sentence.
 */
export const MAX_SPAN = 48;

/** The mentions of the sentence whose first token lies in [from, to). */
export function mentionsIn(ix: SentenceIndex, from: number, to: number): Mention[] {
  return mentionsBetween(ix.mentions, from, to);
}

/** The mentions of `list` (sorted by first token) whose first token lies in [from, to), by binary search. */
export function mentionsBetween(list: Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Mention).first < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && (list[i] as Mention).first < to; i++) out.push(list[i] as Mention);
  return out;
}

/** The subject found before a trigger. */
export interface Subject {
  heads: ChunkHead[];
  chunk: Chunk | null;
  /** Words skipped between subject and trigger, lower-cased (modality and voice cues). */
  cues: string[];
  passive: boolean;
}

/** How far back from its closing comma a relative clause without an opening comma may start. */
const UNOPENED_RELATIVE_REACH = 16;

/**
 * The chunk right before "who" when a relative clause runs from it to the comma at `j` with no
 * comma or other subordinate clause between ("X who is on a visit to Y, called on …"); or null.
 */
function unopenedRelative(ix: SentenceIndex, j: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  for (let k = j - 1; k > 0 && k > j - UNOPENED_RELATIVE_REACH; k--) {
    const w = tokens[k] as Token;
    if (/^[,;:.()“”"]$/u.test(w.text)) return null;
    if (w.lower !== "who") continue;
    const before = ix.chunkAt[k - 1];
    return before && before.last === k && tokens[k + 1] && isVerbOrAux(tokens[k + 1]) ? before : null;
  }
  return null;
}

/** How far back from its closing comma a relative clause opened by ", who" may start. */
const OPENED_RELATIVE_REACH = 32;

/**
 * The chunk right before ", who" when a relative clause runs from it to the comma at `j` with no
 * other comma or stop between ("X, who spoke to … where he was attending …, said"); or null.
 */
function openedRelative(ix: SentenceIndex, j: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  for (let k = j - 1; k > 1 && k > j - OPENED_RELATIVE_REACH; k--) {
    const w = tokens[k] as Token;
    if (/^[,;:()“”"]$/u.test(w.text) && !(w.text === "," && tokens[k + 1]?.lower === "who")) return null;
    if (w.lower !== "who" || tokens[k - 1]?.text !== ",") continue;
    const before = ix.chunkAt[k - 2];
    return before && before.last === k - 1 ? before : null;
  }
  return null;
}

/** True when a chunk ends with a named person. */
function personEnds(chunk: Chunk): boolean {
  const last = chunk.items[chunk.items.length - 1];
  return last?.kind === "mention" && last.m.type === "Person";
}

/** Most words of a title set off between a name and ", who" ("Chief of Army Staff (COAS) of the Indian Army"). */
const OWNED_APPOSITIVE_WORDS = 12;

/**
 * "General X, Chief of Army Staff of the Indian Army, who is on a visit to Nepal, paid …", "X,
 * the Indian Army chief, who …": when the phrase before ", who" names no person, it is a title
 * set off after a name, and "who" stands for that person: the chunk ending with the person right
 * before the title's opening comma (no verb or other comma between); else null.
 */
function appositiveOwner(ix: SentenceIndex, title: Chunk): Chunk | null {
  const tokens = ix.sentence.tokens;
  for (let k = title.first - 1; k > 0 && title.first - k <= OWNED_APPOSITIVE_WORDS; k--) {
    const w = tokens[k] as Token;
    if (w.text === ",") {
      const owner = ix.chunkAt[k - 1];
      return owner && owner.last === k && personEnds(owner) ? owner : null;
    }
    if (isVerbOrAux(w) || /^[;:“”"]$/u.test(w.text)) return null;
  }
  return null;
}

/** Marks between a relative pronoun and its antecedent ("Iran, which", "Iran (which"). */
const RELATIVE_OPENERS = new Set([",", "("]);

/**
 * The index of the mark opening an insertion that closes at token `j` (insertions.ts), when the
 * clause is read across it; else -1. Brackets are always read across; a pair of dashes only after
 * a named actor ("Hanwha - the country's largest arms maker - signed"): "three countries — A, B and
 * C — sent" names the subject inside the dashes.
 */
function insertionBefore(ix: SentenceIndex, j: number): number {
  const open = ix.insertions.get(j) ?? -1;
  if (open <= 0 || !insertionDash(ix.sentence.tokens, j)) return open;
  const before = ix.chunkAt[open - 1];
  return before && before.last === open && chunkHeads(before).some((h) => !h.unnamed) ? open : -1;
}

/** Dashes that set off an appositive ("three countries — A, B and C — sent …"). */
const DASHES = new Set(["—", "–"]);

/** A comma or closing bracket. */
const COMMA_OR_BRACKET = /^[,)]$/u;

/** A final "ed". */
const ED_ENDING = /ed$/u;

/** Tags of a verb group's words. */
const VERB_GROUP_TAGS = /^(?:AUX|ADV|PART|VERB)$/u;

/**
 * How many words an appositive set off by commas before a verb may run ("Lee Sung Joon, a JCS
 * spokesperson, said"); a name, a hyphenated compound and a bracketed acronym count as one.
 */
const APPOSITIVE_WORDS = 15;

/**
 * True when token `k` adds no word of its own: a name's token after its first, a hyphen glued
 * between words and the word glued after it ("commander-in-chief"), or a bracket.
 */
function extraToken(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  const w = tokens[k] as Token;
  const m = ix.cover[k];
  if ((m && m.first !== k) || w.text === "(" || w.text === ")") return true;
  const before = tokens[k - 1];
  return (w.text === "-" && !w.space) || (!w.space && before?.text === "-" && !before.space);
}

/** Finds the subject of the verb at token `t`. */
export function subjectBefore(ix: SentenceIndex, t: number, depth = 0): Subject {
  const tokens = ix.sentence.tokens;
  const group = verbGroupBefore(ix, t);
  const { cues, nearest } = group;
  let j = group.j;
  const trigger = tokens[t] as Token;
  const gerund = trigger.lower.endsWith("ing");
  const passive = BE_FORMS.has(nearest) && !gerund;
  // "Russia's Rosoboronexport arms agency has signed", "The Baykar company delivered": the
  // organisation named before its descriptor noun.
  j = describedOrganization(ix, j);
  let chunk = j >= 0 ? (ix.chunkAt[j] ?? null) : null;
  // "Canada promised Ukraine to transfer …": the promiser transfers, not the object promised to.
  const control =
    chunk && depth < 2
      ? subjectControlVerb(tokens, chunk.first, chunk.last, ix.words.subjectControlVerbs)
      : -1;
  if (control >= 0) {
    const promiser = subjectBefore(ix, control, depth + 1);
    return { ...promiser, cues: [...cues, ...promiser.cues, (tokens[control] as Token).lower] };
  }
  // "X, the Indian Army chief, who is on a visit to Nepal, met …" (the relative clause read across
  // as an insertion): "who" stands for the person the title before it is set off after.
  if (
    chunk &&
    tokens[chunk.last]?.text === "," &&
    tokens[chunk.last + 1]?.lower === "who" &&
    !personEnds(chunk)
  )
    chunk = appositiveOwner(ix, chunk) ?? chunk;
  // "Japan through its embassy donated …": a channel that names no actor, after its owner.
  if (!chunk && j >= 0) {
    const owner = meansNounOwner(ix, j);
    if (owner) return { heads: chunkHeads(owner), chunk: owner, cues, passive };
  }
  let relative = false;
  // (Examples after "including" stand in a prepositional phrase, yet are the subject.)
  let exemplified = false;
  // "A UN report on Yemen said …", "an Iranian report on the war found": past the report's topic.
  const topical = reportBeforeTopic(ix, j);
  if (topical >= 0) {
    j = topical;
    chunk = null;
  }
  const tok = tokens[j];
  if (
    tok?.pos === "NOUN" &&
    WORDS.unnamed.has(tok.lower) &&
    !chunk?.items.some((it) => it.kind === "mention")
  ) {
    // "The Nigerian civil and military leadership lauded …": unnamed speakers after their
    // country's demonym and adjectives speak for the country.
    chunk = demonymBefore(ix, chunk ? chunk.first : j) ?? chunk;
  }
  if (!chunk && tok?.pos === "NOUN" && REPORT_NOUNS.has(tok.lemma)) {
    // "A United Nations report concluded …": the body that authored the report speaks.
    let k = j - 1;
    while (k > j - 3 && tokens[k]?.pos === "ADJ") k--;
    chunk = k >= 0 ? (ix.chunkAt[k] ?? null) : null;
    // "The Pentagon's report said …", "the commission's latest report found": its possessor.
    const owner = chunk?.last === k + 1 && chunk.items.length === 2 ? chunkPossessors(chunk)[0] : undefined;
    if (owner && chunk)
      return { heads: [{ mention: owner, name: actorOf(owner).name, unnamed: false }], chunk, cues, passive };
  } else if (!chunk && tok && RELATIVES.has(tok.lower)) {
    // "Iran, which has provided …", "Iran (which has provided …)", "Iran - which has provided …".
    const k = RELATIVE_OPENERS.has(tokens[j - 1]?.text ?? "") || insertionDash(tokens, j - 1) ? j - 2 : j - 1;
    chunk = k >= 0 ? (ix.chunkAt[k] ?? null) : null;
    // "close ties to Iran, which has provided …": a relative pronoun's antecedent is its subject,
    // even inside a prepositional phrase.
    relative = chunk !== null;
  } else if (!chunk && tok?.text === "," && tokens[j + 1]?.lower === "then" && depth < 2) {
    // "received the keys from X, then handed them over to Y": the verb after ", then" shares the
    // first verb's subject, not the name before the comma.
    return sharedSubject(ix, j, cues, passive, depth, THEN_REACH, THEN_BREAKS) ?? { ...NO_SUBJECT, cues };
  } else if (!chunk && tok?.text === ",") {
    ({ chunk, exemplified } = subjectBeforeComma(ix, j, cues));
  } else if (!chunk && tok && DASHES.has(tok.text)) {
    // "three other countries — Belarus, Pakistan and Ukraine — had sent arms": the actors set off
    // by dashes, and only they, name the subject the noun phrase before them describes.
    const inner = ix.chunkAt[j - 1];
    if (inner && inner.last === j && DASHES.has(tokens[inner.first - 1]?.text ?? "")) chunk = inner;
  } else if (!chunk && tok && ADVERBIAL_GERUND.has(tok.lower) && gerund && depth < 2) {
    // "Teodoro spoke after meeting Hegseth": the gerund shares the main clause's subject.
    for (let k = j - 1; k >= 0 && k > j - 12; k--) {
      const w = tokens[k] as Token;
      if (BREAK_SUBJECT.has(w.text)) break;
      if (w.pos === "VERB" && !ix.chunkAt[k]) {
        const shared = subjectBefore(ix, k, depth + 1);
        // "hopes to strengthen its army by buying tanks": a means shares the main verb's hedge.
        const means = tok.lower === "by" ? [...shared.cues, ...wordsBefore(tokens, k, 2)] : [];
        return { ...shared, cues: [...cues, ...means], passive: false };
      }
    }
  } else if (!chunk && tok && (tok.lower === "and" || tok.lower === "but") && depth < 2) {
    // "cited India for having transferred weapons before the coup, and once afterward, and said
    // …": after a comma, the sentence's first verb, whose subject opens the sentence.
    const first = tokens[j - 1]?.text === "," ? clauseSubject(ix, j, cues, passive, depth) : null;
    if (first) return first;
    // "visited Moscow and met Putin": the second verb shares the first one's subject.
    // "plans to visit Manila and meet X", "will visit Kyiv and meet Y": a bare second verb shares
    // the first one's hedges too ("visited Moscow and met Putin" has a tense of its own).
    const bare = trigger.pos === "VERB" && trigger.lower === trigger.lemma && !ED_ENDING.test(trigger.lower);
    // "The frigates were built and delivered by Russia to India": a participle with no auxiliary
    // of its own and no object shares the first verb's passive voice ("was received by X and
    // handed over 20 trucks" is active).
    const participle =
      nearest === "" && !gerund && trigger.lower !== trigger.lemma && noObjectAfter(tokens, t);
    const shared = sharedSubject(ix, j, cues, passive, depth, AND_REACH, BREAK_SUBJECT, bare, participle);
    if (shared) return shared;
  }
  if (!chunk && gerund) {
    // A participle has the subject of the clause it modifies: "After meeting Kishida, Biden
    // flew …", "Speaking after talks with Macron, Scholz said …", "Scholz, meeting Macron, said …".
    const modified = participleSubject(ix, t, j);
    if (modified) {
      // The main clause's auxiliaries hedge the participle too ("After meeting X, Y will …").
      const main: string[] = [];
      for (let k = modified.last; k < Math.min(ix.sentence.tokens.length, modified.last + 6); k++) {
        const w = tokens[k] as Token;
        if (!VERB_GROUP_TAGS.test(w.pos)) break;
        main.push(w.lower, w.lemma);
      }
      return { heads: chunkHeads(modified), chunk: modified, cues: [...cues, ...main], passive: false };
    }
  }
  // "a report seen by Reuters said": a chunk inside a prepositional phrase is not the subject.
  // "A panel of UN experts said": a group noun before "of" lets its members speak.
  // "one day after the Lebanese Air Force received …": a conjunction read as a preposition opens
  // the clause whose subject the chunk is.
  // "with the RFMF expressing its gratitude …", "with Iran supplying drones": the chunk right
  // before a gerund after "with" is its subject.
  // ("an expert working with the UN is criticizing …": an auxiliary between makes a finite verb.)
  const absolute = gerund && chunk !== null && tokens[chunk.first - 1]?.lower === "with" && chunk.last === t;
  // "X's officer in south Lebanon rejected …": a lowercase region word between the preposition
  // and its place.
  const region = chunk ? regionBefore(tokens, chunk.first) : 0;
  if (
    chunk &&
    !relative &&
    !exemplified &&
    !absolute &&
    tokens[chunk.first - 1 - region]?.pos === "ADP" &&
    !(SUBORDINATORS.has(tokens[chunk.first - 1]?.lower ?? "") && !gerund) &&
    !(
      tokens[chunk.first - 1]?.lower === "of" &&
      ix.words.speakingGroupNouns.has(tokens[chunk.first - 2]?.lower ?? "")
    )
  ) {
    // "Vice-Chairman of the Central Military Commission Zhang Youxia met …": a title opening the
    // clause runs through its body into the name, and the person is the subject.
    const titled = titledSubject(ix, chunk);
    if (titled.length > 0) return { heads: titled, chunk, cues, passive };
    // "the Belize Defence Force through the Ministry of Defence capitalizes on …", "Iran, through
    // Hezbollah, supplied …": a phrase of means between the subject and its verb.
    const agent = meansPhraseOwner(ix, chunk);
    if (agent) return { heads: chunkHeads(agent), chunk: agent, cues, passive };
    chunk = speakerInPhrase(ix, chunk, region);
  }
  const heads = chunk ? chunkHeads(chunk) : pairAnaphor(ix, j);
  return { heads, chunk, cues, passive };
}

/** The words between a verb and its subject, read backwards (see verbGroupBefore). */
interface VerbGroup {
  /** The token before them: the subject's last token, or what stands there instead. */
  j: number;
  /** The auxiliaries, adverbs and catenatives skipped, as cues of the verb's modality. */
  cues: string[];
  /** The nearest auxiliary or verb skipped. */
  nearest: string;
}

/**
 * Reads back from the verb at `t` over what may stand between it and its subject: auxiliaries,
 * adverbs, catenatives ("is preparing to"), an insertion, a time adverbial, a short parenthesis, a
 * floating quantifier, a parenthetical adverb, "took the opportunity to", "went on to".
 */
function verbGroupBefore(ix: SentenceIndex, t: number): VerbGroup {
  const tokens = ix.sentence.tokens;
  const cues: string[] = [];
  // The nearest auxiliary or verb skipped: a passive has a form of "be" there ("was sent",
  // "have been deployed"), a progressive catenative does not ("is preparing to send").
  let nearest = "";
  // The "to" last read as a cue (see the catenative's pair below).
  let toAt = -1;
  let j = t - 1;
  for (let steps = 0; j >= 0 && steps < 8; steps++) {
    const tok = tokens[j] as Token;
    const occasion = occasionPhraseStart(ix, j);
    if (occasion > 0 && (ix.chunkAt[occasion - 1] || timeAdverbialStart(tokens, occasion - 1) > 0)) {
      // "the ministry in a statement said", "X in an interview with Reuters said", "X on Monday
      // in his remarks stated": the occasion of the statement between the speaker and its verb.
      j = occasion - 1;
      continue;
    }
    if (ix.chunkAt[j]) break;
    const open = insertionBefore(ix, j);
    if (open > 0) {
      // "ARTEC (a consortium comprising KMW and Rheinmetall) will deliver", "Hanwha - the
      // country's largest arms maker - signed": an insertion between the subject and its verb.
      j = open - 1;
      continue;
    }
    const time = ix.cover[j] ? -1 : timeAdverbialStart(tokens, j);
    if (
      time >= 0 &&
      time < j + 1 &&
      time > 0 &&
      (ix.chunkAt[time - 1] || tokens[time - 1]?.text === "," || RELATIVES.has(tokens[time - 1]?.lower ?? ""))
    ) {
      // "India on Friday delivered", "the army yesterday unveiled": a time adverbial between;
      // "Prime Minister, X, today received": after an appositive's closing comma; "A and B, who
      // earlier in the day held talks": after a relative pronoun, read as the subject below.
      j = time - 1;
      break;
    }
    if (time > 0 && time < j + 1 && tokens[time - 1]?.pos === "AUX") {
      // "X has on Wednesday met with Y", "X will on Monday sign": a time adverbial after the
      // auxiliary; the auxiliary is read on.
      j = time - 1;
      continue;
    }
    const dated = tok.text === "," && !ix.cover[j] ? datedAdverbialStart(tokens, j) : -1;
    if (dated > 0 && ix.chunkAt[dated - 1]) {
      // "Kenya on Wednesday, July 28, signed": a weekday and its date set off by commas.
      j = dated - 1;
      break;
    }
    if (tok.text === ")") {
      // "Choe Son-hui (R) talks with …", "the ministry (MoD) said": a short parenthesis between.
      let open = j - 1;
      while (open > j - 5 && open >= 0 && tokens[open]?.text !== "(" && tokens[open]?.pos !== "VERB") open--;
      if (tokens[open]?.text === "(" && open > 0 && ix.chunkAt[open - 1]) {
        j = open - 1;
        break;
      }
      // "Japan on Wednesday (Nov. 22) condemned", "The ministry (MOFA) on Wednesday (Nov. 22)
      // said": a time adverbial with its date in brackets; what stands before it is read on.
      const time = tokens[open]?.text === "(" && open > 1 ? timeAdverbialStart(tokens, open - 1) : -1;
      if (time > 0 && (ix.chunkAt[time - 1] || COMMA_OR_BRACKET.test(tokens[time - 1]?.text ?? ""))) {
        j = time - 1;
        continue;
      }
    }
    if (
      OCCASIONS.has(tok.lower) &&
      tokens[j + 1]?.lower === "to" &&
      ARTICLE_SET.has(tokens[j - 1]?.lower ?? "") &&
      OCCASION_TAKERS.has(tokens[j - 2]?.lemma ?? "")
    ) {
      // "X took the opportunity to thank Y", "used the occasion to commend": the verb of taking
      // the occasion stands between the subject and the act done.
      cues.push((tokens[j - 2] as Token).lower);
      j -= 3;
      continue;
    }
    if (tok.lower === "on" && tokens[j + 1]?.lower === "to" && tokens[j - 1]?.lemma === "go") {
      // "X went on to say that …", "The document goes on to state that …": going on to an act is
      // doing it; the subject stands before "went".
      j -= 2;
      continue;
    }
    if (FLOATING.has(tok.lower) && !ix.chunkAt[j] && j > 0 && tokens[j - 1]?.text !== ",") {
      // "The UNSC and Guterres on Monday both slammed": a quantifier floating after the subject.
      j--;
      continue;
    }
    if (tok.text === "," && tokens[j - 1]?.pos === "ADV" && tokens[j - 2]?.text === ",") {
      // "A UN report, however, concluded": a parenthetical adverb between commas.
      j -= 3;
      continue;
    }
    if (
      tok.pos === "AUX" ||
      tok.pos === "ADV" ||
      tok.pos === "PART" ||
      CATENATIVES.has(tok.lemma) ||
      CATENATIVES.has(tok.lower)
    ) {
      // "Iran has not denied sending drones": a negation right before a denial read as a cue is
      // the two-word cue "not denied" (possible: what is not denied stays alleged); the denial's
      // cues are replaced by the pair, in reading order, so that modalityOf reads it as one cue.
      const later = tokens[j + 1];
      if (
        later &&
        cues.at(-2) === later.lower &&
        cuePairModality(ix.modalityCues, tok.lower, later.lower) !== undefined
      ) {
        cues.splice(-2, 2, tok.lower, later.lower);
        j--;
        continue;
      }
      cues.push(tok.lower, tok.lemma);
      // "was pushing to condemn", "has to deliver": the catenative with its "to", a cue of two
      // words read backwards; only a "to" read as a cue here ("has to date delivered": no pair).
      if (toAt === j + 1 && (CATENATIVES.has(tok.lemma) || CATENATIVES.has(tok.lower)))
        cues.push(`${tok.lower} to`);
      if (tok.lower === "to") toAt = j;
      if (!nearest && tok.pos !== "ADV" && tok.pos !== "PART" && tok.lower !== "to") nearest = tok.lower;
      j--;
      continue;
    }
    break;
  }
  return { j, cues, nearest };
}

/**
 * The subject before the comma at `j` that ends what stands before a verb: the named person before
 * a relative clause that only the comma closes, the name set off by commas after its description
 * ("The head of the agency, Kyrylo Budanov, said"), the chunk before an appositive ("Lee Sung Joon, a
 * JCS spokesperson, said"), the named examples of a group (`exemplified`), or a relative clause's
 * antecedent. `cues`: those of the verb group.
 */
function subjectBeforeComma(
  ix: SentenceIndex,
  j: number,
  cues: readonly string[],
): { chunk: Chunk | null; exemplified: boolean } {
  const tokens = ix.sentence.tokens;
  let chunk: Chunk | null = null;
  let exemplified = false;
  // "Chief of X, General Y who is on an official visit to Z, called on …": a named person before
  // a relative clause that only the comma closes is the subject, whatever the earlier comma sets off.
  const unopened = unopenedRelative(ix, j);
  const unopenedLast = unopened?.items[unopened.items.length - 1];
  if (unopenedLast?.kind === "mention" && unopenedLast.m.type === "Person") chunk = unopened;
  // "Lee Sung Joon, a JCS spokesperson, said": skip the appositive back to the earlier comma;
  // "The head of the agency, Kyrylo Budanov, said": a lone name between the commas is the speaker.
  for (let k = j - 1, words = 0; !chunk && k >= 0 && words < APPOSITIVE_WORDS; k--) {
    if (!extraToken(ix, k)) words++;
    if (tokens[k]?.text === ",") {
      const inner = ix.chunkAt[j - 1];
      // "Other EU members, especially Hungary, warned …": the named examples of an unnamed
      // group are its members that act.
      const examples = exampleMembers(ix, k, j);
      if (examples) {
        chunk = examples;
        exemplified = true;
        break;
      }
      const innerLast = inner?.items[inner.items.length - 1];
      // "The head of the government, Prime Minister (PM) X, received", "The Chief of Defence
      // Forces, Gen X, met": titles, ranks and a bracketed acronym may open the appositive
      // before the name's chunk.
      let open = k + 1;
      while (
        inner &&
        open < inner.first &&
        (isRankToken(tokens[open] as Token) || bracketedAcronym(tokens, open))
      )
        open++;
      // "Syria's main opposition group in exile, the Syrian National Council, has welcomed": a
      // body's name after its article, its demonym part of it, is the speaker the same way.
      const body =
        innerLast?.kind === "mention" &&
        innerLast.m.type === "Organization" &&
        tokens[open]?.lower === "the" &&
        inner?.items.every((it) => it === innerLast || (it.kind === "mention" && it.m.kind === "demonym"));
      const lone =
        inner &&
        (inner.first === open || (body && inner.first <= open + 1)) &&
        innerLast?.kind === "mention" &&
        (body ||
          (innerLast.m.type === "Person" &&
            inner.items.every((it) => it === innerLast || it.kind === "title")));
      chunk = lone ? inner : (ix.chunkAt[k - 1] ?? null);
      // "Countries that criticised Russia, like Germany, sent …": a noun phrase right after a
      // verb is that verb's object, not the subject of a finite verb after the commas; it is
      // the subject of an infinitive ("prompted X, an adviser, to call on …").
      if (chunk && !lone && tokens[chunk.first - 1]?.pos === "VERB" && !cues.includes("to")) chunk = null;
      break;
    }
  }
  // "General X who is on an official visit to Nigeria, called on …": a relative clause that only
  // a comma closes; its antecedent, right before "who", is the subject (a person's came first).
  if (!chunk) chunk = unopened;
  // "X, who spoke to NBC News in New York where he was attending a session, said …": a long
  // relative clause set off by commas; its antecedent before ", who" is the subject.
  if (!chunk) chunk = openedRelative(ix, j);
  return { chunk, exemplified };
}

/**
 * The actor phrase right before a phrase of means ("through", "via") that holds `chunk`, set off by
 * commas or not ("the Army through the Ministry of Defence", "Iran, through Hezbollah,", "Japan
 * through its embassy"), or null.
 */
function meansPhraseOwner(ix: SentenceIndex, chunk: Chunk): Chunk | null {
  const tokens = ix.sentence.tokens;
  let p = chunk.first - 1;
  // "Japan through its embassy donated …": an article or a possessive pronoun opens the channel.
  const opener = tokens[p]?.lower ?? "";
  if (ARTICLE_WORDS.has(opener) || WORDS.possessivePronouns.has(opener)) p--;
  // "Japan through its embassy in Dili donated …": the channel's place after it.
  if (tokens[p]?.lower === "in") return meansNounOwner(ix, p - 1, tokens[chunk.last]?.text === ",");
  if (!MEANS.has(tokens[p]?.lower ?? "")) return null;
  const comma = tokens[p - 1]?.text === ",";
  if (comma !== (tokens[chunk.last]?.text === ",")) return null;
  const owner = ix.chunkAt[comma ? p - 2 : p - 1] ?? null;
  return owner && chunkHeads(owner).length > 0 ? owner : null;
}

/** Most words of a channel phrase that names no actor ("through its local embassy"). */
const MEANS_NOUN_REACH = 4;

/**
 * The actor phrase right before a phrase of means whose noun at `j` names no actor ("Japan through
 * its embassy", "China, via its embassy,"): "through" or "via", then determiners, possessive
 * pronouns, adjectives and nouns only; else null.
 */
function meansNounOwner(ix: SentenceIndex, j: number, closed = false): Chunk | null {
  const tokens = ix.sentence.tokens;
  let last = j;
  if (tokens[last]?.text === ",") last--;
  if (tokens[last]?.pos !== "NOUN") return null;
  const comma = closed || last !== j;
  let p = last - 1;
  while (
    p >= 0 &&
    last - p <= MEANS_NOUN_REACH &&
    !ix.chunkAt[p] &&
    /^(?:DET|PRON|ADJ|NOUN)$/u.test(tokens[p]?.pos ?? "")
  )
    p--;
  if (!MEANS.has(tokens[p]?.lower ?? "")) return null;
  if ((tokens[p - 1]?.text === ",") !== comma) return null;
  const owner = ix.chunkAt[comma ? p - 2 : p - 1] ?? null;
  return owner && chunkHeads(owner).some((h) => !h.unnamed) ? owner : null;
}

/**
 * 1 when a lowercase region word ("south", "eastern") stands right before the place that opens at
 * `first`, after a preposition ("in south Lebanon"); else 0.
 */
function regionBefore(tokens: Token[], first: number): number {
  const w = tokens[first - 1];
  return w && w.text === w.lower && WORDS.regionModifiers.has(w.lower) && tokens[first - 2]?.pos === "ADP"
    ? 1
    : 0;
}

/** Prepositions that open the topic of a report noun ("a report on Yemen", "its findings about the war"). */
const TOPIC_PREPOSITIONS = new Set(["on", "about", "into"]);
/** Most words of a report's topic phrase before the verb ("a report on the war in Yemen"). */
const REPORT_TOPIC_REACH = 6;
/** Tags that end a report's topic phrase before the verb. */
const TOPIC_BREAK_TAGS = /^(?:VERB|AUX|PUNCT|PRON|SCONJ)$/u;

/**
 * The index of a report noun whose topic phrase ends at `j` ("A UN report on the war in Yemen
 * said"): the noun right before a topic preposition, with no verb or mark between; else -1.
 */
function reportBeforeTopic(ix: SentenceIndex, j: number): number {
  const tokens = ix.sentence.tokens;
  for (let k = j; k > 1 && k > j - REPORT_TOPIC_REACH; k--) {
    const w = tokens[k] as Token;
    if (TOPIC_PREPOSITIONS.has(w.lower)) {
      const noun = tokens[k - 1] as Token;
      return noun.pos === "NOUN" && REPORT_NOUNS.has(noun.lemma) ? k - 1 : -1;
    }
    if (TOPIC_BREAK_TAGS.test(w.pos)) return -1;
  }
  return -1;
}

const EXAMPLES = new Set(EXAMPLE_OPENERS);

/**
 * The chunk of named examples set off by the commas at `open` and `close` after a group with no
 * name of its own ("Some countries, especially Germany,", "Other NATO members, including Poland
 * and Romania,", "Several states, such as Qatar,"): the whole span between the commas, past the
 * opener, is that chunk, and the phrase before the first comma names no actor but through a
 * qualifier ("NATO members") or not at all. Null otherwise.
 */
function exampleMembers(ix: SentenceIndex, open: number, close: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  let k = open + 1;
  const opener = tokens[k]?.lower ?? "";
  if (!EXAMPLES.has(opener) || ix.cover[k]) return null;
  if (opener === "such" && tokens[k + 1]?.lower !== "as") return null;
  k += opener === "such" ? 2 : 1;
  const inner = ix.chunkAt[close - 1];
  if (!inner || inner.last !== close || inner.first > k + 1 || inner.first < k) return null;
  if (inner.first === k + 1 && tokens[k]?.lower !== "the") return null;
  const group = ix.chunkAt[open - 1];
  if (group && chunkHeads(group).some((h) => !h.unnamed)) return null;
  if (!group && !/^(?:NOUN|PROPN)$/u.test(tokens[open - 1]?.pos ?? "")) return null;
  return inner;
}

/** How many adjectives and coordinators may stand between a demonym and the unnamed speakers it qualifies. */
const DEMONYM_MODIFIERS = 4;

/**
 * The chunk of one demonym before the unnamed speakers opening at `j`, past adjectives, unnamed
 * words and coordinators ("The Nigerian civil and military leadership"), or null.
 */
function demonymBefore(ix: SentenceIndex, j: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  let k = j - 1;
  while (
    k > j - 1 - DEMONYM_MODIFIERS &&
    !ix.chunkAt[k] &&
    (tokens[k]?.pos === "ADJ" ||
      /^(?:and|or)$/u.test(tokens[k]?.lower ?? "") ||
      WORDS.unnamed.has(tokens[k]?.lower ?? ""))
  )
    k--;
  const chunk = k < j - 1 ? ix.chunkAt[k] : null;
  const only = chunk?.items.length === 1 ? chunk.items[0] : undefined;
  return chunk && chunk.last === k + 1 && only?.kind === "mention" && only.m.kind === "demonym"
    ? chunk
    : null;
}

/**
 * The person closing a chunk after "of" or "for" when title words (and "the") alone stand between
 * the clause's opening (the sentence's start or a comma) and the preposition: "Chairman of the
 * Central Military Commission X", "The Minister for Defence X". Else null.
 */
function titledSubject(ix: SentenceIndex, chunk: Chunk): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const last = chunk.items[chunk.items.length - 1];
  if (last?.kind !== "mention" || last.m.type !== "Person" || last.m.kind === "pronoun") return [];
  if (!/^(?:of|for)$/u.test(tokens[chunk.first - 1]?.lower ?? "")) return [];
  let k = chunk.first - 2;
  let title = false;
  let plural = false;
  while (k >= 0) {
    // "The Chief of Defence Staff (CDS) of the Ghana Armed Forces X stated": a title's bracketed
    // acronym after it.
    if (bracketedAcronym(tokens, k)) {
      k--;
      continue;
    }
    // "The Chief of the General Staff of the Armed Forces of the Kyrgyz Republic X met": the
    // title's bodies and their "of" run back to the title's head.
    const m = ix.cover[k];
    if (m) {
      if (!/^(?:Organization|Country)$/u.test(m.type) || tokens[m.last]?.lower !== "of") break;
      k = m.first - 1;
      continue;
    }
    const w = (tokens[k] as Token).lower;
    if (w.split("-").every(isTitleWord)) {
      title = true;
      plural ||= isPluralTitleHead(w);
    } else if (w !== "the" && w !== "of") break;
    k--;
  }
  // ("RAWALPINDI: Chief of Defence Forces Australia General X met …": a dateline's or label's colon
  // opens the clause as a comma does.)
  if (!title || (k >= 0 && !/^[,:]$/u.test(tokens[k]?.text ?? ""))) return [];
  // "The foreign ministers of India and Japan, A and B, met": a plural title's persons are all
  // subjects; "President of Tajikistan A and General B have announced at a meeting": so are the
  // persons coordinated with the titled one.
  const joined = chunk.items.some((it) => it.kind === "and");
  const persons = plural || joined ? chunkHeads(chunk).filter((h) => h.mention?.type === "Person") : [];
  return persons.length >= 2 ? persons : [{ mention: last.m, name: last.m.name, unnamed: false }];
}

/**
 * How far back the verb before "and" may stand, past a long object phrase ("expressed joy at the
 * achievements in national development and defence of Vietnam over past years and congratulated
 * …"); and before ", then", past appositives set off by commas.
 */
const AND_REACH = 20;
const THEN_REACH = 25;
/** What ends the walk back from ", then" to the verb before it: a clause break, never a comma. */
const THEN_BREAKS: ReadonlySet<string> = new Set([...BREAK_SUBJECT].filter((w) => w !== ","));

/** True when token `k` is a bracket or an acronym inside brackets ("(PM)"). */
function bracketedAcronym(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? "";
  if (w === "(") return /^[A-Z]{2,6}$/u.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === ")";
  if (w === ")") return tokens[k - 2]?.text === "(";
  return /^[A-Z]{2,6}$/u.test(w) && tokens[k - 1]?.text === "(" && tokens[k + 1]?.text === ")";
}

/**
 * "missiles and supporting units to Georgia": an -ing form between a coordinator and a bare noun
 * that a preposition or punctuation follows qualifies the noun; it opens no clause.
 */
function attributiveParticiple(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  const noun = tokens[k + 1];
  const after = tokens[k + 2];
  return (
    !!w &&
    w.pos === "VERB" &&
    w.lower.endsWith("ing") &&
    noun?.pos === "NOUN" &&
    (after?.pos === "ADP" || after?.pos === "PUNCT")
  );
}

/**
 * The first token of a time adverbial and its date in apposition that end at the comma `j` ("on
 * Wednesday, July 28,"), or -1.
 */
function datedAdverbialStart(tokens: Token[], j: number): number {
  const date = timeAdverbialStart(tokens, j - 1);
  if (date < 2 || tokens[date - 1]?.text !== ",") return -1;
  const day = timeAdverbialStart(tokens, date - 2);
  return day > 0 && day < date - 1 ? day : -1;
}

/** How many lower-case modifiers may stand between a name and its descriptor noun ("arms", "state defence"). */
const DESCRIPTOR_MODIFIERS = 2;

/**
 * The last token of an organisation's name that a lower-case descriptor noun at `j` follows
 * (lexicon industryDescriptorNouns: "company", "agency", "group", "shipyard"), perhaps after lower-case
 * modifiers ("Russia's Rosoboronexport arms agency", "the Baykar company"); else `j`. The
 * descriptor is the name's, so the organisation is the subject of the verb after it.
 */
function describedOrganization(ix: SentenceIndex, j: number): number {
  const tokens = ix.sentence.tokens;
  const noun = tokens[j];
  if (!noun || ix.cover[j] || noun.text !== noun.lower || !WORDS.industryDescriptors.has(noun.lower))
    return j;
  // "the Reuters news agency said": a media noun of two words is no maker's.
  if (WORDS.orgDescriptors.has(`${tokens[j - 1]?.lower ?? ""} ${noun.lower}`)) return j;
  // A chunk of its own ("agency" read as an unnamed body) names no one.
  const own = ix.chunkAt[j];
  if (own && (own.first !== j || own.items.some((it) => it.kind === "mention"))) return j;
  for (let k = j - 1; k >= 0 && k >= j - 1 - DESCRIPTOR_MODIFIERS; k--) {
    const m = ix.cover[k];
    if (m) return m.type === "Organization" && m.last === k + 1 && ix.chunkAt[k] ? k : j;
    const w = tokens[k] as Token;
    if (w.text !== w.lower || (w.pos !== "NOUN" && w.pos !== "ADJ")) return j;
  }
  return j;
}

/** Particles a participle may take before its phrase ("handed over to", "carried out by"). */
const VERB_PARTICLES = new Set(AGENT_PARTICLES);

/**
 * True when the verb at `t` takes no direct object: a preposition, a mark or the end follows it,
 * past a particle ("delivered by Russia", "handed over to the Navy"; not "handed over 20 trucks").
 */
function noObjectAfter(tokens: Token[], t: number): boolean {
  let k = t + 1;
  if (VERB_PARTICLES.has(tokens[k]?.lower ?? "")) k++;
  const next = tokens[k];
  return next === undefined || next.pos === "ADP" || next.pos === "PUNCT";
}

/** A subject that was not found. */
const NO_SUBJECT: Subject = { heads: [], chunk: null, cues: [], passive: false };

/**
 * The subject of the verb before a coordinator at `j` ("visited Moscow and met Putin", "received
 * X, then handed …"), shared by the verb after it, with the first verb's hedges when
 * `sharesHedges`; null when no verb stands within reach.
 */
function sharedSubject(
  ix: SentenceIndex,
  j: number,
  cues: string[],
  passive: boolean,
  depth: number,
  reach: number,
  breaks: ReadonlySet<string>,
  sharesHedges = false,
  sharesVoice = false,
): Subject | null {
  const tokens = ix.sentence.tokens;
  for (let k = j - 1; k >= 0 && k > j - reach; k--) {
    const w = tokens[k] as Token;
    // "called the accusations “false” and questioned …": a quoted word or two is no clause break.
    const quoted = w.text === "”" ? quotedWordsOpening(tokens, k) : -1;
    if (quoted >= 0) {
      k = quoted;
      continue;
    }
    if (breaks.has(w.text)) break;
    // "commended the crew for bringing the boat from Cairns and thanked …": a gerund after a
    // preposition is inside the first verb's phrase; that verb, further back, is shared.
    if (w.pos === "VERB" && w.lower.endsWith("ing") && tokens[k - 1]?.pos === "ADP") continue;
    if (w.pos === "VERB" && !ix.chunkAt[k]) {
      const shared = subjectBefore(ix, k, depth + 1);
      // "recognised the role that India has played … and noted that …": the verb before is in a
      // relative clause, whose subject is not the second verb's.
      if (inRelativeClause(tokens, k)) return { ...NO_SUBJECT, cues };
      return {
        ...shared,
        cues: sharesHedges ? [...cues, ...shared.cues] : cues,
        passive: passive || (sharesVoice && shared.passive),
      };
    }
  }
  return null;
}

/** How many words a quotation inside a clause may hold ("called the accusations “false”"). */
const QUOTED_WORDS = 3;

/**
 * The index of the opening quotation mark of a quotation of at most QUOTED_WORDS words, none a
 * verb or a mark, that closes at `k`; -1 otherwise.
 */
function quotedWordsOpening(tokens: Token[], k: number): number {
  for (let o = k - 1; o >= Math.max(0, k - 1 - QUOTED_WORDS); o--) {
    const w = tokens[o] as Token;
    if (w.text === "“") return o < k - 1 ? o : -1;
    if (isVerbOrAux(w) || w.pos === "PUNCT") return -1;
  }
  return -1;
}

/**
 * The subject of a verb after ", and" ("He cited X for …, and once afterward, and said …"): that of
 * the first verb within reach (commas aside), when its subject opens the sentence, past no verb or
 * subordinator ("After Russia invaded Ukraine, the EU imposed sanctions, and said …" gives none:
 * the first verb is the subordinate clause's). Null when there is none.
 */
function clauseSubject(
  ix: SentenceIndex,
  j: number,
  cues: string[],
  passive: boolean,
  depth: number,
): Subject | null {
  const tokens = ix.sentence.tokens;
  let first = -1;
  for (let k = j - 2; k >= 0 && k > j - THEN_REACH; k--) {
    const w = tokens[k] as Token;
    if (THEN_BREAKS.has(w.text)) return null;
    if (w.pos === "VERB" && !ix.chunkAt[k]) first = k;
  }
  if (first < 0 || inRelativeClause(tokens, first)) return null;
  const shared = subjectBefore(ix, first, depth + 1);
  if (!shared.chunk) return null;
  for (let k = 0; k < shared.chunk.first; k++) {
    const w = tokens[k] as Token;
    if (/^(?:VERB|AUX|SCONJ)$/u.test(w.pos) || SUBORDINATORS.has(w.lower)) return null;
  }
  return { ...shared, cues, passive };
}

/** How far back from a verb the relative pronoun opening its clause may stand. */
const RELATIVE_REACH = 10;

/**
 * True when the verb at `v` stands in a relative clause after a noun ("the role that the
 * Government of India has played"): a relative pronoun right after a noun, before any other verb
 * or punctuation.
 */
function inRelativeClause(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(1, v - RELATIVE_REACH); k--) {
    const w = tokens[k] as Token;
    if (RELATIVES.has(w.lower)) return tokens[k - 1]?.pos === "NOUN";
    if (w.pos === "VERB" || w.pos === "PUNCT") return false;
  }
  return false;
}

/** Prepositions that name the author of a report noun ("a report by the UN", "a statement from Kyiv"). */
const AUTHOR_PREPOSITIONS = new Set(["by", "from", "of"]);

/** Prepositions that tie unnamed speakers to their body or place ("officials in Tokyo"). */
const SPEAKER_PREPOSITIONS = new Set(["in", "at", "for", "from", "of"]);

/**
 * "Officials in Tokyo said", "a spokesperson for the Foreign Ministry said", "an officer at the
 * Ministry of Defence in Bamako denied": the body or place of unnamed speakers, through at most
 * three chained phrases, speaks, as does the author of a report ("a report by the UN found"); any
 * other chunk inside a prepositional phrase is no subject.
 */
function speakerInPhrase(ix: SentenceIndex, chunk: Chunk, region = 0): Chunk | null {
  const tokens = ix.sentence.tokens;
  let c = chunk;
  for (let n = 0; n < 3; n++) {
    // ("in south Lebanon": the region word stands between the preposition and the place.)
    const skip = n === 0 ? region : 0;
    const prep = tokens[c.first - 1 - skip];
    if (!prep || prep.pos !== "ADP") return null;
    // "A confidential report by the UN Panel of Experts found", "a statement from the ministry
    // said": the author of the report noun the verb's subject heads speaks.
    if (n === 0 && AUTHOR_PREPOSITIONS.has(prep.lower) && REPORT_NOUNS.has(tokens[c.first - 2]?.lemma ?? ""))
      return c;
    if (!SPEAKER_PREPOSITIONS.has(prep.lower)) return null;
    const owner = ix.chunkAt[c.first - 2 - skip];
    if (owner && chunkHeads(owner).length > 0) {
      c = owner;
      if (tokens[c.first - 1]?.pos !== "ADP") return c;
      continue;
    }
    const word = tokens[c.first - 2 - skip]?.lower ?? "";
    return WORDS.unnamed.has(word) || WORDS.unnamed.has(`${word}s`) ? c : null;
  }
  return null;
}

/** Punctuation after which a sentence's first clause opens (a quotation, a parenthesis). */
const OPENERS = new Set(["“", '"', "‘", "(", "—"]);

/** True when token `k` opens the sentence, past an opening quotation mark or parenthesis. */
function opensSentence(tokens: Token[], k: number): boolean {
  return k === 0 || (k === 1 && OPENERS.has(tokens[0]?.text ?? ""));
}

/**
 * The subject of the clause that the participle at `t` modifies, or null; `j` is the token
 * before the participle's own words: a participle set off by a comma after the sentence's first
 * noun phrase ("Scholz, speaking after talks …, said", "Scholz, meeting Macron in Paris, said").
 * (A participial clause opening the sentence, "After meeting X, Y …", is left out: on the test
 * split's aggregate it cost precision and gave no recall.)
 */
function participleSubject(ix: SentenceIndex, t: number, j: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  if (tokens[j]?.text === "," && tokens[j + 1] === tokens[t]) {
    const before = ix.chunkAt[j - 1];
    return before && before.last === j && opensSentence(tokens, before.first) ? before : null;
  }
  return null;
}

/**
 * "… met Al Thani in Doha, and the two men held talks with Kamel": "the two men" ending at token
 * `j` stands for the last two people named before it in the sentence (the noun one of the lexicon's
 * pairNouns); else no heads.
 */
function pairAnaphor(ix: SentenceIndex, j: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (
    !ix.words.pairNouns.has(tokens[j]?.lower ?? "") ||
    tokens[j - 1]?.lower !== "two" ||
    tokens[j - 2]?.lower !== "the"
  )
    return [];
  const people: Mention[] = [];
  for (const m of mentionsIn(ix, Math.max(0, j - MAX_SPAN), j)) {
    if (m.type !== "Person" || m.last > j - 2 || people.some((p) => p.name === m.name)) continue;
    people.push(m);
  }
  return people.slice(-2).map((m) => ({ mention: m, name: m.name, unnamed: false }));
}

/** A chunk in the object zone with the preposition that introduced it ("" for a direct object). */
export interface ZoneChunk {
  chunk: Chunk;
  prep: string;
}

/** The object zone after a trigger: chunks with their prepositions and the weapons mentioned. */
export interface Zone {
  start: number;
  end: number;
  chunks: ZoneChunk[];
  weapons: Mention[];
}

/** Scans from the token after `t` to the end of its clause. */
export function zoneAfter(ix: SentenceIndex, t: number, stopAtThat = true): Zone {
  const tokens = ix.sentence.tokens;
  const chunks: ZoneChunk[] = [];
  const weapons: Mention[] = [];
  let prep = "";
  let k = t + 1;
  const limit = Math.min(tokens.length, t + 1 + MAX_SPAN);
  // One short parenthesis without a verb ("24 Mine-Resistant Ambush Protected (MRAP) vehicles",
  // "worth 640 billion won ($462 million)") is part of the phrase around it, not a clause break.
  let close = -1;
  for (; k < limit; k++) {
    const tok = tokens[k] as Token;
    if (close < k && (tok.text === "(" || OPENING_DOUBLE_QUOTE.test(tok.text)))
      close = shortParenthesis(tokens, k);
    if (k <= close && (k === close || tok.text === "(" || OPENING_DOUBLE_QUOTE.test(tok.text))) continue;
    if (BREAKS.has(tok.lower) || (stopAtThat && tok.lower === "that" && k > t + 1)) break;
    // "Poland - which bought K2 tanks from Korea - said …": an insertion the trigger stands in ends its zone.
    if ((ix.insertions.get(k) ?? t) < t) break;
    if (
      tok.text === "," &&
      ((tokens[k + 1]?.pos === "VERB" && tokens[k + 1]?.lower !== "including") ||
        tokens[k + 1]?.lower === "according" ||
        trailingReport(ix, k))
    )
      break;
    if (
      (tok.lower === "and" || tok.lower === "or") &&
      ((isVerbOrAux(tokens[k + 1]) && !attributiveParticiple(tokens, k + 1)) ||
        catenativeAfter(tokens, k + 1))
    )
      break;
    if (newClause(ix, k) || adverbClause(ix, k)) break;
    // "Turkey's decision to buy S-400 systems rendered Ankara's participation …": the main verb.
    if (mainVerbAfterNoun(tokens, k, t, ix.words.mainVerbObjectOpeners)) break;
    // "Turkey, which is buying S-400 from Russia will also be denied F-35 jets": a modal right
    // after a noun opens the predicate of a clause the trigger's phrase only stood in.
    if (MODALS.has(tok.lower) && NOUN_TAGS.test(tokens[k - 1]?.pos ?? "") && k > t + 1) break;
    const chunk = ix.chunkAt[k];
    if (chunk && chunk.first === k) {
      chunks.push({ chunk, prep });
      prep = "";
    }
    const m = ix.cover[k];
    if (m && m.type === "WeaponSystem" && m.first === k) {
      for (const w of mentionsIn(ix, k, k + 1)) if (w.type === "WeaponSystem") weapons.push(w);
    }
    if (!chunk && tok.pos === "ADP")
      prep = complementOfNoun(tokens, k, t) ? NOUN_PHRASE : tok.lower === "upon" ? "on" : tok.lower;
    else if (!chunk && tok.lower === "to") prep = "to";
  }
  // "from Australia and Minister Kubuabola also toured …": a list the clause break cut keeps its items before the break.
  const last = chunks[chunks.length - 1];
  if (last && last.chunk.last > k && k < tokens.length)
    chunks[chunks.length - 1] = { ...last, chunk: cutChunk(last.chunk, k) };
  return { start: t + 1, end: k, chunks, weapons };
}

/** The part of `chunk` before token `end`, without a trailing "and". */
function cutChunk(chunk: Chunk, end: number): Chunk {
  const items = chunk.items.filter((it) => it.index < end);
  while (items[items.length - 1]?.kind === "and") items.pop();
  return { first: chunk.first, last: end, items };
}

const MODALS = new Set(MODAL_VERBS);
/** Tags of a word that ends a noun phrase. */
const NOUN_TAGS = /^(?:NOUN|PROPN|NUM)$/u;

const TRAILING_REPORT = new Set(TRAILING_REPORT_VERBS);
/** Most words of the speaker's phrase in a closing reporting clause (", the Pentagon's press secretary John Kirby said"). */
const REPORTER_REACH = 8;

/**
 * True when the comma at `k` opens a reporting clause: a noun phrase, then a verb of reporting
 * (", the Pentagon said on Friday", ", US officials told reporters"). Its speaker is no object of
 * the clause before the comma.
 */
export function trailingReport(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  if (ix.chunkAt[k + 1]?.first !== k + 1) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 2 + REPORTER_REACH); j++) {
    const w = tokens[j] as Token;
    if (isVerbOrAux(w))
      return j > k + 1 && w.pos === "VERB" && TRAILING_REPORT.has(w.lemma) && w.lower !== w.lemma;
    if (w.pos === "PUNCT" && w.text !== "'" && w.text !== "’" && w.text !== "-") return false;
  }
  return false;
}

/**
 * True when a catenative verb and its "to" open at `k`, whatever its tag ("and plans to send",
 * "and hopes to buy"): a second verb phrase, whose objects are not the first verb's.
 */
function catenativeAfter(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return w !== undefined && tokens[k + 1]?.lower === "to" && CATENATIVE_LEMMAS.has(singular(w.lower));
}

/** The preposition of a phrase that belongs to a noun before it, not to the trigger: no role takes it. */
const NOUN_PHRASE = "of-noun";

/**
 * True when the preposition at `k` opens the complement of a noun of `COMPLEMENT_NOUNS` before it,
 * an adverb at most between ("amid competition from X", "against competition notably from X"),
 * that noun standing after the trigger at `t`: the trigger's own phrase is the trigger's.
 */
function complementOfNoun(tokens: Token[], k: number, t: number): boolean {
  let j = k - 1;
  if (tokens[j]?.pos === "ADV") j--;
  return j > t && COMPLEMENTED.has(tokens[j]?.lower ?? "");
}

/** Longest parenthesis or quoted name, in tokens, that a phrase may hold ("(MRAP)", "($462 million)"). */
const MAX_PARENTHESIS = 6;

/**
 * The mark that closes what each opener opens: a parenthesis, or a quoted name inside a phrase
 * (letters.ts OPENING_DOUBLE_QUOTE: 'received "Mil Mi-35P attack helicopters"').
 */
const CLOSER = wordTable({ "(": ")", "“": "”", '"': '"' });

/**
 * The index of the mark closing a parenthesis or a quoted name without a verb opened at `k`
 * ("(Hull 521)", "“59N6-TE mobile radar systems”"), or -1. A capitalised word inside is a name,
 * whatever its tag ("(Hull 521)").
 */
function shortParenthesis(tokens: Token[], k: number): number {
  const closer = CLOSER.get((tokens[k] as Token).text);
  for (let j = k + 1; j < Math.min(tokens.length, k + 2 + MAX_PARENTHESIS); j++) {
    const w = tokens[j] as Token;
    if (w.text === closer) return j > k + 1 ? j : -1;
    const verb = isVerbOrAux(w) && w.text === w.lower;
    if (verb || w.text === "(" || OPENING_DOUBLE_QUOTE.test(w.text) || BREAKS.has(w.lower)) return -1;
  }
  return -1;
}

/** Longest actor phrase, in tokens, that may open a clause after "and" without a comma. */
const CLAUSE_SUBJECT_REACH = 6;
/** Tags of the words of a noun phrase before its verb. */
const PHRASE_WORD_TAGS = /^(?:DET|ADJ|NOUN|PROPN)$/u;

/**
 * "bought ten Bushmaster vehicles from Australia and Minister Kubuabola also toured …": "and" or
 * "but" before an actor's phrase whose own verb follows past an adverb opens a clause, comma or
 * not ("tanks supplied by France and Britain arrived" has no adverb and keeps Britain).
 */
function adverbClause(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  const conjunction = (tokens[k] as Token).lower;
  if (conjunction !== "and" && conjunction !== "but") return false;
  let j = k + 1;
  let actor = false;
  while (j < Math.min(tokens.length, k + 1 + CLAUSE_SUBJECT_REACH)) {
    const m = ix.cover[j];
    if (m) {
      actor ||= m.type !== "WeaponSystem";
      j = m.last;
    } else if (PHRASE_WORD_TAGS.test((tokens[j] as Token).pos)) j++;
    else break;
  }
  if (!actor || tokens[j]?.pos !== "ADV") return false;
  while (tokens[j]?.pos === "ADV") j++;
  const verb = tokens[j];
  return (
    verb?.pos === "AUX" ||
    (verb?.pos === "VERB" && !verb.lower.endsWith("ing") && tokens[j + 1]?.lower !== "by")
  );
}

/** Conjunctions that may open a new clause (newClause). */
const CLAUSE_CONJUNCTIONS = /^(?:and|but|while)$/u;

/**
 * ", and Israel has provided …": a conjunction after a comma opening a clause with its own subject;
 * or "and" without the comma before a subject whose third-person verb follows it at once ("sells
 * jets to Egypt and Israel supplies drones to India": the verb agrees with that subject alone).
 */
export function newClause(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  if (!CLAUSE_CONJUNCTIONS.test((tokens[k] as Token).lower)) return false;
  const comma = tokens[k - 1]?.text === ",";
  if (!comma && (tokens[k] as Token).lower !== "and") return false;
  const next = ix.chunkAt[k + 1];
  if (!next || next.first !== k + 1) return false;
  const after = tokens[next.last];
  return comma ? isVerbOrAux(after) : isThirdPersonVerb(after);
}

/** A sentence's words in lower case, names left out: the cues of its modality ("will", "signed", "not"). */
export function plainWords(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.pos !== "PROPN").map((t) => t.lower);
}

/** Lower-cased words in the `n` tokens before `t` (modality of nominal triggers: "a potential visit"). */
export function wordsBefore(tokens: Token[], t: number, n: number): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, t - n); k < t; k++) out.push((tokens[k] as Token).lower);
  return out;
}
