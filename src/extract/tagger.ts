/**
 * Part-of-speech tagger: wink-nlp's statistical tagger (its tags arrive on the tokens from
 * stage 2) decides open words from context; the lexicons override it where kg knows better:
 * closed classes and auxiliaries (lexicon/grammar.ts), capitalised words inside a sentence (names,
 * PROPN), and words that only look like verbs ("united", "alleged", "during").
 */
import {
  CLOSED_CLASSES,
  IRREGULAR_VERBS,
  CLAUSE_VERBS_AMONG_NOT_VERBS,
  NOUN_VERB_AMBIGUOUS,
  SAYING_OFFICIAL_NOUNS,
  SAYING_PLURAL_SUBJECTS,
  SAYING_PRESENT_FORMS,
  SAYING_SUBJECT_NOUNS,
  TIME_PERIOD_WORDS,
  TRANSACTION_ACRONYMS,
  TRANSACTION_TERMS,
  VOICING_VERBS,
} from "./lexicon/grammar.ts";
import { gerundVerb, lemmaOf } from "./lemma.ts";
import { lexiconTags } from "./nlp.ts";
import { indexPhrases } from "./phrase-index.ts";
import { timeAdverbialStart } from "./time-adverbials.ts";
import { type CaselessReading, NOT_VERBS, allCapitals, caselessTag } from "./title-case.ts";
import type { WordSets } from "./stage-words.ts";
import type { Token } from "./types.ts";
import { lowerWordsAt } from "./word-runs.ts";
import { isCapitalised, isThirdPersonForm, isVerbOrAux } from "./words.ts";
import { LETTER_FIRST, POSSESSIVE_ENDING } from "./letters.ts";

const CLOSED = new Map<string, string>();
for (const [tag, words] of Object.entries(CLOSED_CLASSES))
  for (const w of words) if (!CLOSED.has(w)) CLOSED.set(w, tag);
const IRREGULAR = new Set(IRREGULAR_VERBS);
const AMBIGUOUS = new Set(NOUN_VERB_AMBIGUOUS);
/** Tags after which "that" is a determiner ("the deal that …" is not; "that deal" is). */
const NOUN_CONTEXT = new Set(["DET", "ADJ", "NUM", "PART"]);
const CLAUSE_VERBS = new Set(CLAUSE_VERBS_AMONG_NOT_VERBS);
const SAYING_FORMS = new Set(SAYING_PRESENT_FORMS);
const SAYING_SUBJECTS = new Set(SAYING_SUBJECT_NOUNS);
const SAYING_OFFICIALS = new Set(SAYING_OFFICIAL_NOUNS);
const SAYING_PLURALS = new Set(SAYING_PLURAL_SUBJECTS);
/** Most words of the name that opens a clause without "that" ("North Korea", "the Rwandan army"). */
const CLAUSE_NAME_WORDS = 4;

/**
 * True when a name (wink's PROPN, maybe after "the") opens at token `k` and a verb or auxiliary
 * follows it ("Rwanda aiding …", "North Korea is sending …"), the tags after `k` still wink's.
 */
function namedClauseAfter(tokens: Token[], k: number): boolean {
  let j = tokens[k]?.lower === "the" ? k + 1 : k;
  const first = j;
  while (j < first + CLAUSE_NAME_WORDS && tokens[j]?.pos === "PROPN") j++;
  const w = tokens[j];
  return j > first && w !== undefined && (isVerbOrAux(w) || w.lower.endsWith("ing"));
}
/** wink's tags of a word that opens a that-clause's own subject ("that Iran …", "that the army …"). */
const CLAUSE_SUBJECT_TAGS = /^(?:PROPN|DET|PRON|NOUN|ADJ|NUM)$/u;
/** wink's tags kept as they are for a word; anything else on a word becomes NOUN. */
const WORD_TAGS = new Set([
  "NOUN",
  "VERB",
  "ADJ",
  "ADV",
  "PROPN",
  "AUX",
  "ADP",
  "DET",
  "PRON",
  "NUM",
  "PART",
  "CCONJ",
  "SCONJ",
  "INTJ",
]);
/** wink's tags that a sentence-initial capitalised word keeps (else it is a name, PROPN). */
const INITIAL_TAGS = new Set(["VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "NUM"]);

/**
 * Tags `tokens` (one sentence) in place: `pos` arrives holding wink's tag and leaves holding
 * kg's; `lemma` is recomputed from the final tag. A title-case line may come with its lower-case
 * reading (title-case.ts), from which its verbs are read. `words` are the lexicon's word lists
 * (stage-words.ts wordSetsOf).
 */
export function tagSentence(
  tokens: Token[],
  words: WordSets,
  titleCase = false,
  caseless: CaselessReading | null = null,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Tokens before `i` hold kg's tags already; token `i` and those after it still hold wink's.
    const tag = tagToken(tokens, i, t.pos, titleCase, words);
    // ("UN Report Finds Evidence": a title-case line's common words, read from its lower-case reading.)
    t.pos = caseless ? caselessTag(tokens, i, caseless, tag) : tag;
    t.lemma = lemmaOf(t.lower, t.pos);
    if (t.pos === "VERB" && t.lemma === t.lower) t.lemma = gerundVerb(t.lower) ?? t.lemma;
  }
  tagTransactionTerms(tokens);
}

/** The words of each transaction term (lexicon TRANSACTION_TERMS), by first word. */
const TERM_WORDS = indexPhrases(TRANSACTION_TERMS);
const TERM_ACRONYMS = new Map(Object.entries(TRANSACTION_ACRONYMS));

/**
 * Where a transaction term or acronym that starts at token `i` ends (lexicon TRANSACTION_TERMS,
 * TRANSACTION_ACRONYMS: "Foreign Military Sale", "FMS"), or `i` when none starts there. Such a
 * term names no body and no place.
 */
export function transactionTermEnd(tokens: readonly Token[], i: number): number {
  if (TERM_ACRONYMS.has(tokens[i]?.text ?? "")) return i + 1;
  const first = tokens[i];
  if (!first) return i;
  // (Most words open no term: they are looked up, no list is walked.)
  const terms = TERM_WORDS.get(first.lower);
  if (terms === undefined) return i;
  for (const words of terms) if (lowerWordsAt(tokens, i, words)) return i + words.length;
  return i;
}

/**
 * "a possible Foreign Military Sale to France", "a potential FMS of drones": a capitalised term
 * or acronym of a kind of transaction is common words, its last word the head noun (tagged
 * NOUN, with the lemma of the transaction), not a name.
 */
function tagTransactionTerms(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const end = transactionTermEnd(tokens, i);
    // "the first FMS deal", "the Foreign Military Sales (FMS) program": before a noun the term
    // only qualifies it.
    const after = tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" ? end + 3 : end;
    const afterPos = tokens[after]?.pos;
    const qualifies = afterPos === "NOUN" || afterPos === "PROPN";
    for (let k = i; k < end; k++) {
      const w = tokens[k] as Token;
      w.pos = k === end - 1 && !qualifies ? "NOUN" : "ADJ";
      w.lemma =
        k === end - 1 && !qualifies ? (TERM_ACRONYMS.get(w.text) ?? lemmaOf(w.lower, w.pos)) : w.lower;
    }
    if (end > i) i = end - 1;
  }
}

function tagToken(tokens: Token[], i: number, wink: string, titleCase: boolean, words: WordSets): string {
  const t = tokens[i] as Token;
  const text = t.text;
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && !(c > 127 && LETTER_FIRST.test(text))) {
    if (c >= 48 && c <= 57) return "NUM";
    return t.lower === "'s" || t.lower === "’s" || t.lower === "'" || t.lower === "’" ? "PART" : "PUNCT";
  }
  const lower = t.lower;
  const prev = tokens[i - 1];
  const closed = CLOSED.get(lower);
  const open = WORD_TAGS.has(wink) ? wink : "NOUN";
  // "US Approves Sale …": in a title-case line that is not all capitals, a closed word printed in
  // capitals is an acronym, a name ("US", not the pronoun "us").
  if (
    titleCase &&
    closed !== undefined &&
    text.length > 1 &&
    text === text.toUpperCase() &&
    !allCapitals(tokens)
  )
    return "PROPN";
  if (
    isCapitalised(text) &&
    !(
      titleCase &&
      (closed !== undefined ||
        IRREGULAR.has(lower) ||
        AMBIGUOUS.has(lower) ||
        words.presentTenseVerbs.has(lower))
    )
  ) {
    const initial = i === 0 || SENTENCE_OPENERS.has(prev?.text ?? "");
    if (!initial) return "PROPN";
    if (closed !== undefined) return closed;
    if (IRREGULAR.has(lower)) return "VERB";
    return INITIAL_TAGS.has(open) ? open : "PROPN";
  }
  if (closed !== undefined) {
    if (lower === "to") return "ADP";
    if (lower === "that" && prev && NOUN_CONTEXT.has(prev.pos)) return "DET";
    return closed;
  }
  if (lower.endsWith("ed") && afterHave(tokens, i)) return "VERB";
  // "Misri gifted six vehicles", "The Japanese government gifted the Army": a past form read as
  // an adjective between a name or noun and the noun phrase it takes (a number or a determiner)
  // is the finite verb.
  // "Taiwan in 2019 gifted Paraguay two helicopters": past a time adverbial, and before a name
  // that the noun phrase follows (the first of two objects), too.
  if (open === "ADJ" && lower.endsWith("ed") && afterSubject(tokens, i) && opensObjects(tokens, i + 1))
    return "VERB";
  // "Iran, which supplies them with rockets": a noun form between "which" and an object pronoun
  // is the relative clause's verb (after "who", the rule below takes any noun form).
  if (
    open === "NOUN" &&
    prev?.lower === "which" &&
    /^(?:them|it|him|her|us)$/u.test(tokens[i + 1]?.lower ?? "")
  )
    return "VERB";
  // "Japan supplies Vietnam with boats", "Russia ships missiles to Syria": a present-tense verb
  // read as a plural noun right after a name is the name's verb when an object follows it.
  // In a title-case headline the statistical tagger calls every capitalised word a name:
  // "Canada Delivers Tanks To Ukraine" is read the same way.
  if (
    (open === "NOUN" || (titleCase && open === "PROPN")) &&
    words.presentTenseVerbs.has(lower) &&
    prev?.pos === "PROPN" &&
    objectFollows(tokens, i + 1, VOICING.has(lower))
  )
    return "VERB";
  // "The report states that Iran …", "the document notes that the army …": a saying form read as
  // a plural noun right after a document or a body is its verb before a that-clause with a
  // subject of its own ("the member states that signed" is a noun).
  if (
    open === "NOUN" &&
    SAYING_FORMS.has(lower) &&
    prev !== undefined &&
    // ("The Pentagon estimates that China …": after a name, too.)
    (SAYING_SUBJECTS.has(prev.lower) || prev.pos === "PROPN") &&
    tokens[i + 1]?.lower === "that" &&
    CLAUSE_SUBJECT_TAGS.test(tokens[i + 2]?.pos ?? "")
  )
    return "VERB";
  // "DRC official claims Rwanda aiding M23 rebels": so is one after an official, a noun, before a
  // name and its verb (a headline's clause without "that"; "the official claims Kyiv made" is
  // read so only when "official" was taken for a noun).
  if (
    open === "NOUN" &&
    SAYING_FORMS.has(lower) &&
    prev?.pos === "NOUN" &&
    SAYING_OFFICIALS.has(prev.lower) &&
    namedClauseAfter(tokens, i + 1)
  )
    return "VERB";
  // "US officials estimate that Russia has lost …", "analysts estimate Moscow has …": a saying
  // verb's base form (the lexicon's sayingBaseForms) read as a noun right after a plural noun of
  // speakers is their verb before a that-clause with a subject of its own, or before a name and its
  // verb, or at the end of the sentence after the speakers' comma ("…, officials charge.").
  if (
    open === "NOUN" &&
    words.sayingBaseForms.has(lower) &&
    prev?.pos === "NOUN" &&
    SAYING_PLURALS.has(prev.lower) &&
    ((tokens[i + 1]?.lower === "that" && CLAUSE_SUBJECT_TAGS.test(tokens[i + 2]?.pos ?? "")) ||
      namedClauseAfter(tokens, i + 1) ||
      trailingSpeakers(tokens, i))
  )
    return "VERB";
  // "Moscow views the decision negatively", "GRSE plans to begin", "which shares the island": a
  // third-person form read as a plural noun is the verb of the subject before it, when the model's
  // lexicon allows the word a verb and it stands where a verb group opens.
  if (open === "NOUN" && thirdPersonVerb(tokens, i, words)) return "VERB";
  // "Countries who supply Armenia": a noun form right after "who" is its clause's verb.
  if (open === "NOUN" && prev?.lower === "who") return "VERB";
  // "Pakistan is the largest recipient of Chinese weapons": a word the model's own lexicon knows
  // only as a noun, read as an adjective where it modifies nothing (before a preposition, a
  // conjunction or a clause's punctuation), is the noun.
  if (open === "ADJ" && nounOnly(lower) && headsPhrase(tokens[i + 1])) return "NOUN";
  // "MK18 rifles gifted by Australia": a past form read as an adjective before its agent is a participle.
  if (open === "ADJ" && lower.endsWith("ed") && tokens[i + 1]?.lower === "by") return "VERB";
  // "the production and transfer of drones": a verb's base form coordinated with a noun before it
  // and followed by "of" is a noun too ("neighbours and warned of" is a verb).
  if (
    open === "VERB" &&
    lemmaOf(lower, "VERB") === lower &&
    tokens[i + 1]?.lower === "of" &&
    /^(?:and|or)$/u.test(prev?.lower ?? "") &&
    tokens[i - 2]?.pos === "NOUN"
  )
    return "NOUN";
  // "the missile launch by Iran", "the missile launch conducted by North Korea": a verb's base
  // form after a determiner's singular noun, before an agent, is the head of a compound noun.
  if (open === "VERB" && lemmaOf(lower, "VERB") === lower && compoundHead(tokens, i)) return "NOUN";
  // Photo captions: "Choe Son-hui (R) talks with Lavrov", "Xi (L) meets Putin".
  if (AMBIGUOUS.has(lower) && prev?.text === ")" && tokens[i - 3]?.text === "(") return "VERB";
  // ("by neighbouring Ethiopia": a word that only looks like a gerund stays an adjective.)
  if (lower.endsWith("ing") && prev?.pos === "ADP" && opensObject(tokens[i + 1]) && !NOT_VERBS.has(lower))
    return "VERB";
  // "Kenya alleged that Uganda armed …": the verb before its that-clause, after its subject.
  if (CLAUSE_VERBS.has(lower) && tokens[i + 1]?.lower === "that" && i > 0) return "VERB";
  if (NOT_VERBS.has(lower)) return open === "VERB" ? "ADJ" : open;
  if (titleCase && isCapitalised(text)) return open === "PROPN" ? "NOUN" : open;
  return open;
}

/** Most words of a name that stands as the subject ("the Biden Administration plans"). */
const SUBJECT_NAME_WORDS = 5;
const PERIOD_WORDS = new Set(TIME_PERIOD_WORDS);

/**
 * True when token `i`, read as a plural noun, is a verb's third-person form that heads its
 * clause's verb group: the lexicon allows it a verb; a subject ends right before it (a name that
 * is not a demonym, a pronoun, or a singular noun after its determiner) and opens a clause (at the
 * sentence's start, after punctuation, a conjunction, or "said"); and what follows is a verb's (an
 * object's determiner or pronoun, or "to" and a verb). Tags before `i` are kg's, from `i` on wink's.
 */
function thirdPersonVerb(tokens: Token[], i: number, words: WordSets): boolean {
  const t = tokens[i] as Token;
  if (!isThirdPersonForm(t.lower) || !lexiconTags(t.lower).has("VERB")) return false;
  // (A pronoun opens its clause itself: "a militia that controls much of Somalia".)
  const pronoun = words.subjectPronouns.has(tokens[i - 1]?.lower ?? "");
  const start = subjectStart(tokens, i, words);
  if (start < 0 || !(pronoun || opensClause(tokens, start))) return false;
  return verbComplement(tokens, i + 1) || closesConjoinedClause(tokens, start, i + 1);
}

/** Marks that end a sentence. */
const SENTENCE_ENDS = new Set([".", "!", "?"]);

/**
 * "China supplies arms to Pakistan and India protests.": a verb with no complement that ends the
 * sentence right after a subject that "and" or "but" joins on is that clause's intransitive verb
 * (an object list would not end on a name and a verb's form alone).
 */
function closesConjoinedClause(tokens: Token[], start: number, k: number): boolean {
  const end = tokens[k];
  if (end !== undefined && !SENTENCE_ENDS.has(end.text)) return false;
  return /^(?:and|but)$/u.test(tokens[start - 1]?.lower ?? "");
}

/**
 * Where the subject that ends at token `i - 1` starts, or -1 when none ends there: a pronoun of
 * the lexicon's subjectPronouns, a singular noun after one of its subjectDeterminers, or a name.
 */
function subjectStart(tokens: Token[], i: number, words: WordSets): number {
  const prev = tokens[i - 1];
  if (!prev) return -1;
  // ("a militia that controls": "that" is the subject when it follows the noun it stands for,
  // not when it opens a verb's clause, "announced that deals to sell …".)
  if (prev.lower === "that") return /^(?:NOUN|PROPN)$/u.test(tokens[i - 2]?.pos ?? "") ? i - 1 : -1;
  if (words.subjectPronouns.has(prev.lower)) return i - 1;
  if (prev.pos === "NOUN") {
    // ("a response to government plans to take": a plural or a bare noun before it is its compound.)
    if (prev.lower.endsWith("s") || !words.subjectDeterminers.has(tokens[i - 2]?.lower ?? "")) return -1;
    return i - 2;
  }
  if (prev.pos !== "PROPN" || !LETTER_FIRST.test(prev.text)) return -1;
  // ("Burundian combatants", "Russian forces": a demonym before it qualifies the noun.)
  if (lexiconTags(prev.lower).has("ADJ")) return -1;
  let k = i - 1;
  while (k > i - 1 - SUBJECT_NAME_WORDS && tokens[k - 1]?.pos === "PROPN") k--;
  return tokens[k - 1]?.lower === "the" ? k - 1 : k;
}

/** True when the model's lexicon allows the word a noun and nothing else. */
function nounOnly(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.size === 1 && tags.has("NOUN");
}

/** Punctuation after which a word modifies nothing (a quote or a bracket may still open its noun). */
const PHRASE_END_MARKS = new Set([",", ".", ";", ":", "!", "?"]);

/** True when the token after a word leaves it the head of its phrase: a preposition, a conjunction, a clause's mark or none. */
function headsPhrase(next: Token | undefined): boolean {
  return next === undefined || /^(?:ADP|CCONJ)$/u.test(next.pos) || PHRASE_END_MARKS.has(next.text);
}

/** Tags of the words after which a clause opens (punctuation, conjunctions). */
const CLAUSE_OPENER_TAGS = /^(?:PUNCT|SCONJ|CCONJ)$/u;

/**
 * A clause opens at token `k`: the sentence's start, after punctuation, a conjunction or "said"
 * ("said Moscow views the decision"; a verb that may take a noun phrase, "denies US charges that",
 * is read as taking it).
 */
function opensClause(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined || k === 0) return true;
  if (before.text === ")" || before.lower === "'s" || before.lower === "’s") return false;
  if (CLAUSE_OPENER_TAGS.test(before.pos) || before.lower === "that") return true;
  return before.pos === "VERB" && before.lemma === SAY;
}

/** The verb of saying, whose clause needs no "that" and which takes no noun phrase as its object. */
const SAY = "say";

/**
 * What a verb takes opens at token `k` (wink's tags): an object's determiner or pronoun (not a time
 * adverbial: "NATO forces this week"), or "to" and a verb. ("US charges that it …": a that-clause
 * follows a noun of saying as well, so it tells nothing.)
 */
function verbComplement(tokens: Token[], k: number): boolean {
  const next = tokens[k];
  if (!next) return false;
  if (next.lower === "to") return isVerbOrAux(tokens[k + 1]);
  if (OBJECT_OPENERS.has(next.lower)) return true;
  const determiner = next.pos === "DET" || CLOSED.get(next.lower) === "DET";
  return determiner && !PERIOD_WORDS.has(tokens[k + 1]?.lower ?? "");
}

/** Most nouns and adjectives between a determiner and the head of a compound ("the ballistic missile launch"). */
const COMPOUND_REACH = 3;
/** Tags of the nouns and adjectives before a compound's head. */
const NOUN_OR_ADJ = /^(?:NOUN|ADJ)$/u;

/**
 * True when token `i` closes a noun phrase that a determiner opens, right after a singular noun
 * ("the missile launch"), and an agent follows it, at once or past a participle ("by Iran",
 * "conducted by Iran"): no finite verb stands there.
 */
function compoundHead(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.pos !== "NOUN" || prev.lower.endsWith("s")) return false;
  const next = tokens[i + 1];
  const agent =
    next?.lower === "by" ||
    (next?.pos === "VERB" && next.lower.endsWith("ed") && tokens[i + 2]?.lower === "by");
  if (!agent) return false;
  let k = i - 2;
  while (k >= i - 1 - COMPOUND_REACH && NOUN_OR_ADJ.test(tokens[k]?.pos ?? "")) k--;
  return tokens[k]?.pos === "DET";
}

/** Object pronouns and possessive determiners that open a verb's object ("thanks them", "praises its"). */
const OBJECT_OPENERS = new Set(["them", "it", "him", "her", "us", "me", "its", "their", "his", "our"]);
/** Prepositions that close a plain object of a giving verb ("ships missiles to", "orders tanks from", "signs agreement on"). */
const OBJECT_CLOSERS = new Set(["to", "from", "for", "with", "on"]);
/** Prepositions that close the feeling a verb of voicing takes ("voices anger over", "concern about"). */
const FEELING_CLOSERS = new Set(["over", "about", "at"]);
const VOICING = new Set(VOICING_VERBS);
/** How many words a plain object ("two new patrol boats") may span before its closing preposition. */
const PLAIN_OBJECT_REACH = 5;

/**
 * An object opens at token `k` (tags from `k` on are still the statistical tagger's): a name, a
 * determiner, a number, an object pronoun, "over" of "hands over"; or plain nouns and adjectives
 * closed by a preposition ("missiles to Syria"), so that a compound ("Russian ships patrol the
 * sea") stays a noun.
 */
function objectFollows(tokens: Token[], k: number, feeling = false): boolean {
  const next = tokens[k];
  if (!next) return false;
  if (isCapitalised(next.text) || next.pos === "DET" || next.pos === "NUM") return true;
  if (OBJECT_OPENERS.has(next.lower) || next.lower === "over") return true;
  // "India ships first Akash missile system battery to Armenia": a model's name inside the phrase.
  let n = k;
  while (n < k + PLAIN_OBJECT_REACH && /^(?:NOUN|ADJ|NUM|PROPN)$/u.test(tokens[n]?.pos ?? "")) n++;
  const closer = tokens[n]?.lower ?? "";
  return n > k && (OBJECT_CLOSERS.has(closer) || (feeling && FEELING_CLOSERS.has(closer)));
}

/** Punctuation after which a word opens a sentence (a quotation, a parenthesis, a dash). */
const SENTENCE_OPENERS = new Set(["“", '"', "‘", "'", "(", "—", "–", "-"]);

const HAVE = new Set(["have", "has", "had", "having", "'ve", "’ve", "'d", "’d"]);

/** "has smuggled", "had not yet armed": a perfect participle follows a form of "have". */
function afterHave(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k] as Token;
    if (HAVE.has(w.lower)) return true;
    if (w.pos !== "ADV" && w.pos !== "PART") return false;
  }
  return false;
}

/** A name or noun ends at token `i - 1`, or a time adverbial right after one ("Taiwan in 2019"). */
function afterSubject(tokens: Token[], i: number): boolean {
  const time = i > 1 ? timeAdverbialStart(tokens, i - 1) : -1;
  const end = time > 0 ? tokens[time - 1] : tokens[i - 1];
  return end?.pos === "PROPN" || end?.pos === "NOUN";
}

/** How many capitalised words a first object may span before the noun phrase it precedes. */
const FIRST_OBJECT_REACH = 4;
/** Tags of a word that opens a noun phrase: a number or a determiner. */
const PHRASE_OPENER_TAGS = /^(?:NUM|DET)$/u;

/**
 * A noun phrase opens at token `k` (a number or a determiner), or a short name that one follows
 * ("Paraguay two helicopters", "the Philippine Army with"). Tags after `k` are still wink's.
 */
function opensObjects(tokens: Token[], k: number): boolean {
  if (PHRASE_OPENER_TAGS.test(tokens[k]?.pos ?? "")) return true;
  // "The Government of India gifted its naval ship …": a possessive determiner opens one too.
  if (POSSESSIVE_DETERMINERS.has(tokens[k]?.lower ?? "")) return true;
  let n = k;
  while (n < k + FIRST_OBJECT_REACH && isCapitalised(tokens[n]?.text ?? "")) n++;
  // ("Russia branded Lithuania's decision a hostile act": a name's possessive opens one too.)
  return (
    n > k && (PHRASE_OPENER_TAGS.test(tokens[n]?.pos ?? "") || POSSESSIVE_ENDING.test(tokens[n]?.lower ?? ""))
  );
}

/** Possessive pronouns that stand as a noun phrase's determiner ("its", "their"). */
const POSSESSIVE_DETERMINERS = new Set(["its", "their", "our"]);

/** "of arming the militia", "after meeting Marles": a gerund after a preposition takes an object. */
function opensObject(next: Token | undefined): boolean {
  if (!next) return false;
  return next.pos === "DET" || next.pos === "PROPN" || next.pos === "PRON" || isCapitalised(next.text);
}

/** Most words of a trailing speakers' phrase after its comma ("…, Israeli intelligence officials charge."). */
const TRAILING_SPEAKER_WORDS = 4;
/** The stop that ends a sentence a trailing speakers' phrase closes. */
const TRAILING_SPEAKER_STOP = /^[.!]$/u;
/** Tags of a trailing speakers' phrase's words ("Israeli intelligence officials"). */
const SPEAKER_PHRASE_TAGS = /^(?:DET|ADJ|NOUN|PROPN)$/u;

/**
 * True when the saying verb's base form at `i` ends its sentence and its plural speakers open
 * right after a comma ("Iran is sending missiles to Hezbollah, Israeli intelligence officials
 * charge."): the claim is the clause before the comma.
 */
function trailingSpeakers(tokens: readonly Token[], i: number): boolean {
  if (!TRAILING_SPEAKER_STOP.test(tokens[i + 1]?.text ?? "")) return false;
  for (let k = i - 2; k >= Math.max(1, i - 1 - TRAILING_SPEAKER_WORDS); k--) {
    const w = tokens[k] as Token;
    if (w.text === ",") return true;
    if (!SPEAKER_PHRASE_TAGS.test(w.pos)) return false;
  }
  return false;
}
