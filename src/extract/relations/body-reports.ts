/**
 * A body's trailing report of what a person did is news, not an assessment. "Lavrov arrived at
 * Pyongyang International Airport on Wednesday …, the Korean Central News Agency said", "Sheikh
 * Nasser relayed the greetings of the Amir to King Hamad, a Defense Ministry statement read",
 * "Kalinin presented the vehicles to the minister, according to a report by Lao People's Army
 * News": a ministry, an agency or a government (a body, or a Country standing for one) named after
 * the news it reports (says, reports, according to) relays the doings of its own side or of its
 * guests (ONTOLOGY: outlets that only relay and statements about one's own side are not required),
 * so that plain report's `assesses` fact from an Organization or a Country to a Person is dropped.
 * A body that speaks first keeps its claim ("NATO said Putin had threatened Estonia"), as does what
 * a body judges (accuses, condemns, rejects, thanks: other rules), a person's report, and a body's
 * report of another body or of a country.
 */
import type { DocState, Fact, Mention } from "../types.ts";

/** The rules of a plain report (frames.json assess-say, assess-conclude; "according to X"), suffixes aside. */
const PLAIN_REPORT_RULES = new Set(["assess-say", "assess-conclude", "according-to"]);

/** Speakers that stand for a body: an organisation, or a country named for its government. */
const BODY_TYPES = new Set(["Organization", "Country"]);

/** The rule a fact was read by, without the suffixes later readers add ("assess-say+state"). */
function baseRule(rule: string): string {
  return rule.split("+")[0] as string;
}

/** The first token of the sentence's first mention of `name`, if the sentence names it. */
function firstAt(mentions: readonly Mention[], name: string): number | undefined {
  let at: number | undefined;
  for (const m of mentions) if (m.name === name && (at === undefined || m.first < at)) at = m.first;
  return at;
}

/** True for a plain report by a body of a Person that the sentence prints before the body. */
function trailingBodyReport(state: DocState, typeOf: ReadonlyMap<string, string>, f: Fact): boolean {
  if (f.relation !== "assesses" || !PLAIN_REPORT_RULES.has(baseRule(f.rule))) return false;
  if (!BODY_TYPES.has(typeOf.get(f.source) ?? "") || typeOf.get(f.target) !== "Person") return false;
  const mentions = state.mentions[f.sentence] ?? [];
  const speaker = firstAt(mentions, f.source);
  const person = firstAt(mentions, f.target);
  return speaker !== undefined && person !== undefined && person < speaker;
}

/** Drops every plain report's assessment of a Person by a body named after that person. */
export function dropBodyReportsOnPeople(state: DocState): void {
  const typeOf = new Map<string, string>();
  for (const list of state.mentions) for (const m of list) typeOf.set(m.name, m.type);
  state.facts = state.facts.filter((f) => !trailingBodyReport(state, typeOf, f));
}
