/**
 * Report anaphors: "the report" and "the statement" stand for the source of the last report (or
 * statement) named ("A United Nations report concluded … The report said …", "… Kenya called the
 * report a fabrication" → United Nations), and "the report from the Pentagon" for the Pentagon;
 * the phrase becomes a role mention of that source so the relation rules see the source as the
 * speaker, or as the author judged.
 */
import {
  GENERIC_DOCUMENT_NOUNS,
  PUBLISH_VERBS,
  REPORT_JUDGING_VERBS,
  REPORT_NOUNS,
} from "./lexicon/descriptions.ts";
import { TOLD_REPORT_NOUNS } from "./lexicon/triggers.ts";
import { makeMention } from "./make-mention.ts";
import { mentionsBetween } from "./clause.ts";
import { byFirst, sortedCopy } from "./lists.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";
import { singular, isVerbOrAux } from "./words.ts";
import { POSSESSIVE_ENDING } from "./letters.ts";

const TOLD = new Set(TOLD_REPORT_NOUNS);
/** Nouns of any document ("the document goes on to state"): they refer back to the last document whatever its noun. */
const GENERIC = new Set(GENERIC_DOCUMENT_NOUNS);
const DOCUMENTS = new Set([...REPORT_NOUNS, ...GENERIC]);
// Documents, and things said ("statements made by X … the statements contained …").
const REPORTS = new Set([...DOCUMENTS, ...TOLD]);

/** The last report of one kind named with its source: the source, its noun and number, and the sentence that last told of it. */
interface LastReport {
  source: Mention | null;
  noun: string;
  plural: boolean;
  at: number;
}
const PUBLISH = new Set(PUBLISH_VERBS);
const JUDGING = new Set(REPORT_JUDGING_VERBS);
/** Most adjectives between "the" and a judged report noun ("rejected the latest UN-backed report"). */
const JUDGED_ADJECTIVES = 2;

/**
 * The index of the verb of judging whose object is the definite report noun at `k` ("called the
 * report a fabrication", "rejected the latest report as baseless"), or -1.
 */
function judgingVerb(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j > k - 1 - JUDGED_ADJECTIVES && tokens[j]?.pos === "ADJ") j--;
  if (tokens[j]?.lower !== "the") return -1;
  const verb = tokens[j - 1];
  return verb && verb.pos === "VERB" && JUDGING.has(verb.lemma) ? j - 1 : -1;
}
/** How many sentences back "the report" may look for its source. */
const REPORT_REACH = 6;
/** Most adverbs and auxiliaries between a publisher and its verb ("has also released"). */
const VERB_GROUP_REACH = 3;
/** Most words between "by" and the source's name ("by Belarusian ruler Alexander X"). */
const SOURCE_REACH = 5;

function isSource(m: Mention): boolean {
  return m.type !== "WeaponSystem" && m.type !== "Location";
}

/** The mention ending at token `end` (exclusive), if it may be a source. */
function endingAt(list: Mention[], end: number): Mention | undefined {
  return mentionsBetween(list, end - 12, end).find((m) => m.last === end && isSource(m));
}

/**
 * The source a report noun at `k` names in its own sentence: "a United Nations report",
 * "the ministry's latest report", "a report by/from X", "X published a report".
 */
function sourceOf(tokens: Token[], list: Mention[], k: number): Mention | undefined {
  let j = k;
  while (j > 0 && /^(?:ADJ|NUM)$/u.test((tokens[j - 1] as Token).pos) && j > k - 3) j--;
  if (POSSESSIVE_ENDING.test(tokens[j - 1]?.lower ?? "")) j--;
  const before = endingAt(list, j);
  if (before) return before;
  // "a report by X", "a report released by X": its author.
  const by = PUBLISH.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  // ("statements made by Belarusian ruler X": past a demonym and a title, the person.)
  if (/^(?:by|from)$/u.test(tokens[by]?.lower ?? "")) {
    const near = mentionsBetween(list, by + 1, by + 1 + SOURCE_REACH);
    for (let n = by + 1; n < Math.min(tokens.length, by + 1 + SOURCE_REACH); n++) {
      const after = near.find((m) => m.first === n && isSource(m) && m.kind !== "demonym");
      if (after) return after;
      if (!/^(?:DET|ADJ|NOUN|PROPN)$/u.test((tokens[n] as Token).pos)) break;
    }
    const n = tokens[by + 1]?.lower === "the" ? by + 2 : by + 1;
    const first = near.find((m) => (m.first === by + 1 || m.first === n) && isSource(m));
    if (first) return first;
  }
  // "X released a report", "X published its annual report": the publisher, past the noun's adjectives.
  let d = k;
  while (d > k - 3 && /^(?:ADJ|NUM)$/u.test(tokens[d - 1]?.pos ?? "")) d--;
  if (
    !/^(?:a|an|its|their|new)$/u.test(tokens[d - 1]?.lower ?? "") ||
    !PUBLISH.has(tokens[d - 2]?.lower ?? "")
  )
    return undefined;
  // ("The UN also released a report", "Amnesty has released a report": past adverbs and auxiliaries.)
  let e = d - 2;
  while (e > d - 2 - VERB_GROUP_REACH && /^(?:ADV|AUX)$/u.test(tokens[e - 1]?.pos ?? "")) e--;
  return endingAt(list, e);
}

/** Verbs of saying before an inverted document speaker ("…,” said a statement by X", "…, read the statement"). */
const INVERTING = /^(?:said|says|added|read|reads|stated|noted)$/u;

/**
 * True when the article at `det` opens an inverted speaker: after a verb of saying that itself
 * follows a comma or a closing quotation mark ("…,” said a statement by X").
 */
function invertedSpeaker(tokens: Token[], det: number): boolean {
  if (!/^(?:a|an|the)$/u.test(tokens[det]?.lower ?? "")) return false;
  return INVERTING.test(tokens[det - 1]?.lower ?? "") && /^[,”"’]$/u.test(tokens[det - 2]?.text ?? "");
}

/**
 * Where the phrase of a body named as a source ends: past an "of" and the country it is of ("the
 * Foreign Ministry of Peru", which the recogniser names apart from "Peru"), else at its end.
 */
function bodyPhraseEnd(tokens: Token[], list: Mention[], source: Mention): number {
  if (source.type !== "Organization" || tokens[source.last]?.lower !== "of") return source.last;
  const country = list.find((m) => m.first === source.last + 1 && m.type === "Country");
  return country ? country.last : source.last;
}

/** Participles by which a document names who put it out ("signed by X", "issued by X"). */
const SIGNING = new Set(["signed", "issued", "released", "read"]);
/** Most tokens of a signing phrase set off by commas ("The statement, signed by Foreign Minister X,"). */
const SIGNED_REACH = 12;

/**
 * A signing phrase right after the document noun at `k`, set off by commas or not ("The
 * statement, signed by Foreign Minister X, accused", "a statement signed by X said"), when the
 * document's verb follows it: the signer it names (a person, body or country; none for "signed by
 * the minister") and the end of the phrase, past its closing comma; else null.
 */
function signedPhrase(tokens: Token[], list: Mention[], k: number): { signer?: Mention; end: number } | null {
  const comma = tokens[k + 1]?.text === ",";
  const j = comma ? k + 2 : k + 1;
  if (!SIGNING.has(tokens[j]?.lower ?? "") || tokens[j + 1]?.lower !== "by") return null;
  const near = mentionsBetween(list, j + 2, j + 2 + SOURCE_REACH);
  let signer: Mention | undefined;
  for (let n = j + 2; n < Math.min(tokens.length, j + 2 + SOURCE_REACH) && !signer; n++) {
    signer = near.find((m) => m.first === n && isSource(m) && m.kind !== "demonym");
    if (!signer && !/^(?:DET|ADJ|NOUN|PROPN)$/u.test((tokens[n] as Token).pos)) break;
  }
  let end = signer ? signer.last : -1;
  if (comma) {
    end = -1;
    for (let n = j + 2; n < Math.min(tokens.length, j + SIGNED_REACH); n++)
      if ((tokens[n] as Token).text === ",") {
        end = n + 1;
        break;
      }
  }
  if (end < 0 || !isVerbOrAux(tokens[end])) return null;
  return signer ? { signer, end } : { end };
}

function addRole(sentence: Sentence, list: Mention[], first: number, last: number, source: Mention): void {
  const m = makeMention(sentence, first, last, source.name, source.type, "role", "report-anaphor");
  if (source.country !== undefined) m.country = source.country;
  list.push(m);
}

/**
 * Adds a role mention of its source for each "the report (from X)" used as a subject, and for each
 * "the report" a verb of judging takes as object ("called the report a fabrication").
 */
export function resolveReportAnaphors(state: DocState): void {
  // The last source named, kept apart for documents ("a UN report") and for other things said
  // ("remarks by X"), so that "the statement said" after "the remarks by Russia" is still the
  // statement's.
  const documents: LastReport = { source: null, noun: "", plural: false, at: -1 };
  const said: LastReport = { source: null, noun: "", plural: false, at: -1 };
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    // Lookups go to a sorted copy (binary search), taken at the first report word, before any
    // role mention is added to the list itself.
    let sorted: Mention[] | null = null;
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      // ("included in UN reports": a plural names its source as well.)
      // ("remarks": a plural the tagger leaves unlemmatised is read by its singular.)
      const w = tokens[k] as Token;
      const noun = REPORTS.has(w.lower) ? w.lower : REPORTS.has(w.lemma) ? w.lemma : singular(w.lower);
      if (!REPORTS.has(noun)) continue;
      sorted ??= sortedCopy(list, byFirst);
      // ("these statements", "such claims" refer back as "the statements" does.)
      const definite = /^(?:the|these|those|such|this|that)$/u.test(tokens[k - 1]?.lower ?? "");
      const source = sourceOf(tokens, sorted, k);
      const plural = (tokens[k] as Token).lower !== noun;
      // Not read past the end: that throws optimised code away.
      const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
      const slot = DOCUMENTS.has(noun) ? documents : said;
      // "The statement, signed by Foreign Minister X, accused …", "a statement signed by X said …":
      // the signer speaks; a statement signed by someone unnamed is the last one's source's.
      const signed =
        definite || /^(?:a|an)$/u.test(tokens[k - 1]?.lower ?? "") ? signedPhrase(tokens, sorted, k) : null;
      const recent =
        slot.source && sentence.index - slot.at <= REPORT_REACH && noun === slot.noun ? slot.source : null;
      const speaker = signed ? (signed.signer ?? (definite ? recent : null)) : null;
      if (signed && speaker) {
        addRole(sentence, list, k - 1, signed.end, speaker);
        slot.source = speaker;
        slot.noun = noun;
        slot.plural = plural;
        slot.at = sentence.index;
        continue;
      }
      if (source) {
        slot.source = source;
        slot.noun = noun;
        slot.plural = plural;
        slot.at = sentence.index;
        // "The report from the Pentagon added that …": the whole phrase is the speaker; so is
        // "A report released by the IAEA found that …", an indefinite one before its verb.
        // ("a statement by the Foreign Ministry of Peru condemned": past the body's country.)
        const end = bodyPhraseEnd(tokens, sorted, source);
        const indefinite = /^(?:a|an)$/u.test(tokens[k - 1]?.lower ?? "") && isVerbOrAux(tokens[end]);
        if ((definite || indefinite) && source.first > k) addRole(sentence, list, k - 1, end, source);
        // "“…,” said a statement by the ministry": after a verb of saying that follows a comma or
        // a closing quotation mark, the phrase is the inverted speaker.
        else if (source.first > k && invertedSpeaker(tokens, k - 1))
          addRole(sentence, list, k - 1, source.last, source);
        // "The ministry's statement said …": a possessed document before its verb is its owner speaking.
        else if (source.last <= k && next !== undefined && isVerbOrAux(next) && !plural)
          addRole(sentence, list, source.first, k + 1, source);
        continue;
      }
      const subject = next !== undefined && isVerbOrAux(next);
      // "According to the report, X had …": the report cited is its source speaking.
      const cited = tokens[k - 2]?.lower === "to" && tokens[k - 3]?.lower === "according";
      // ("The statement said …" after "a UN report": another document, perhaps another source's.)
      // ("… the statements contained …" after "statements made by X"; "the statement said", one
      // statement, is another's: things said agree in number, documents need not, "UN reports …
      // the report".)
      const last = slot.source;
      if (!last || sentence.index - slot.at > REPORT_REACH || (noun !== slot.noun && !GENERIC.has(noun)))
        continue;
      if (TOLD.has(noun) && plural !== slot.plural) continue;
      // "Kenya's army called the report a fabrication": the report judged is the last one named.
      const verb = subject ? -1 : judgingVerb(tokens, k);
      if (definite && (subject || cited)) addRole(sentence, list, k - 1, k + 1, last);
      else if (verb >= 0) addRole(sentence, list, verb + 1, k + 1, last);
      else continue;
      // Each sentence that tells of the report again keeps it the one "the report" refers to.
      slot.at = sentence.index;
    }
  }
}
