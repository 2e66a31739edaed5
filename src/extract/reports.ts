/**
 * Report anaphors: "the report" and "the statement" stand for the source of the last report named
 * ("A United Nations report concluded … The report said …" → United Nations), and "the report
 * from the Pentagon" for the Pentagon; the phrase becomes a role mention of that source so the
 * relation rules see the source as the speaker.
 */
import { PUBLISH_VERBS, REPORT_NOUNS } from "./lexicon/descriptions.ts";
import { makeMention } from "./3-entities.ts";
import { mentionsBetween } from "./clause.ts";
import { byFirst, sortedCopy } from "./lists.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";

const REPORTS = new Set(REPORT_NOUNS);
const PUBLISH = new Set(PUBLISH_VERBS);
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
  if (/^(?:by|from)$/u.test(tokens[k + 1]?.lower ?? "")) {
    const n = tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
    const after = mentionsBetween(list, k + 2, n + 1).find(
      (m) => (m.first === k + 2 || m.first === n) && isSource(m),
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

/** Adds a role mention of its source for each "the report (from X)" used as a subject. */
export function resolveReportAnaphors(state: DocState): void {
  let last: Mention | null = null;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    // Lookups go to a sorted copy (binary search), taken at the first report word, before any
    // role mention is added to the list itself.
    let sorted: Mention[] | null = null;
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (!REPORTS.has((tokens[k] as Token).lower)) continue;
      sorted ??= sortedCopy(list, byFirst);
      const definite = tokens[k - 1]?.lower === "the";
      const source = sourceOf(tokens, sorted, k);
      if (source) {
        last = source;
        // "The report from the Pentagon added that …": the whole phrase is the speaker.
        if (definite && source.first > k) addRole(sentence, list, k - 1, source.last, source);
        continue;
      }
      const next = tokens[k + 1];
      const subject = next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
      if (definite && subject && last && sentence.index - last.sentence <= REPORT_REACH)
        addRole(sentence, list, k - 1, k + 1, last);
    }
  }
}
