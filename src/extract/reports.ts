/**
 * Report anaphors: "the report" and "the statement" stand for the source of the last report (or
 * statement) named ("A United Nations report concluded … The report said …", "… Kenya called the
 * report a fabrication" → United Nations), and "the report from the Pentagon" for the Pentagon;
 * the phrase becomes a role mention of that source so the relation rules see the source as the
 * speaker, or as the author judged.
 */
import { PUBLISH_VERBS, REPORT_JUDGING_VERBS, REPORT_NOUNS } from "./lexicon/descriptions.ts";
import { makeMention } from "./3-entities.ts";
import { mentionsBetween } from "./clause.ts";
import { byFirst, sortedCopy } from "./lists.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";

const REPORTS = new Set(REPORT_NOUNS);
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
const REPORT_REACH = 3;

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
  if (/^(?:'s|’s)$/u.test(tokens[j - 1]?.lower ?? "")) j--;
  const before = endingAt(list, j);
  if (before) return before;
  // "a report by X", "a report released by X": its author.
  const by = PUBLISH.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  if (/^(?:by|from)$/u.test(tokens[by]?.lower ?? "")) {
    const n = tokens[by + 1]?.lower === "the" ? by + 2 : by + 1;
    const after = mentionsBetween(list, by + 1, n + 1).find(
      (m) => (m.first === by + 1 || m.first === n) && isSource(m),
    );
    if (after) return after;
  }
  if (/^(?:a|an|its|their|new)$/u.test(tokens[k - 1]?.lower ?? "") && PUBLISH.has(tokens[k - 2]?.lower ?? ""))
    return endingAt(list, k - 2);
  return undefined;
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
  let last: Mention | null = null;
  let lastNoun = "";
  let lastAt = -1;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    // Lookups go to a sorted copy (binary search), taken at the first report word, before any
    // role mention is added to the list itself.
    let sorted: Mention[] | null = null;
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      // ("included in UN reports": a plural names its source as well.)
      const noun = REPORTS.has((tokens[k] as Token).lower)
        ? (tokens[k] as Token).lower
        : (tokens[k] as Token).lemma;
      if (!REPORTS.has(noun)) continue;
      sorted ??= sortedCopy(list, byFirst);
      const definite = tokens[k - 1]?.lower === "the";
      const source = sourceOf(tokens, sorted, k);
      if (source) {
        last = source;
        lastNoun = noun;
        lastAt = sentence.index;
        // "The report from the Pentagon added that …": the whole phrase is the speaker; so is
        // "A report released by the IAEA found that …", an indefinite one before its verb.
        const indefinite =
          /^(?:a|an)$/u.test(tokens[k - 1]?.lower ?? "") &&
          /^(?:VERB|AUX)$/u.test(tokens[source.last]?.pos ?? "");
        if ((definite || indefinite) && source.first > k) addRole(sentence, list, k - 1, source.last, source);
        continue;
      }
      // Not read past the end: that throws optimised code away.
      const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
      const subject = next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
      // ("The statement said …" after "a UN report": another document, perhaps another source's.)
      if (!last || sentence.index - lastAt > REPORT_REACH || noun !== lastNoun) continue;
      // "Kenya's army called the report a fabrication": the report judged is the last one named.
      const verb = subject ? -1 : judgingVerb(tokens, k);
      if (definite && subject) addRole(sentence, list, k - 1, k + 1, last);
      else if (verb >= 0) addRole(sentence, list, verb + 1, k + 1, last);
      else continue;
      // Each sentence that tells of the report again keeps it the one "the report" refers to.
      lastAt = sentence.index;
    }
  }
}
