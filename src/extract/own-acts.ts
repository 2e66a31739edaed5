/**
 * Own acts: a report whose speaker is also named in it as a party to the act it reports ("Ecuador's
 * navy and Dutch shipbuilder Damen signed a contract …, Damen said") tells of the speaker's own act,
 * not a judgement of the parties it acted with. Used by stage 5c to drop those claims.
 */
import type { DocState, Fact, Mention } from "./types.ts";
import { isVerbOrAux } from "./words.ts";
import { frameIdOf } from "./relations/shared.ts";

/**
 * One report of a speaker: its source, sentence and trigger, whatever the rule that read each of its
 * targets ("… the company said" gives the parties and their countries by two rules).
 */
export function actKey(f: Fact): string {
  return `${f.source}|${f.sentence}|${f.trigger}`;
}

/** Words that join two parties of one act ("X and Y signed", "X signed with Y"). */
const PARTY_JOINERS = new Set(["and", "with"]);
/** The most words between two joined parties ("Ecuador's navy and Dutch shipbuilder Damen"). */
const PARTY_GAP = 4;

/**
 * The reports (by `actKey`), of the rules `reports` accepts (a rule id without its marks), whose
 * speaker is also named in them as a party joined to a party the report is about: "Ecuador's navy
 * and Dutch shipbuilder Damen signed a contract for two patrol vessels, Damen said"; "Peru's defence
 * ministry and Saab have signed …, the ministry and the company said". The speaker tells its own act, not a judgement of the parties it acted with (ONTOLOGY:
 * statements about the speaker's own action are not required).
 */
export function ownActClaims(state: DocState, reports: (rule: string) => boolean): Set<string> {
  const byClaim = new Map<string, Fact[]>();
  for (const f of state.facts) {
    // "… the company said" gives the parties' countries too ("+described-body"): the same report.
    if (f.relation !== "assesses" || !reports(frameIdOf(f.rule))) continue;
    const key = actKey(f);
    byClaim.set(key, [...(byClaim.get(key) ?? []), f]);
  }
  const out = new Set<string>();
  for (const [key, facts] of byClaim) {
    const { source, sentence } = facts[0] as Fact;
    const tokens = state.sentences[sentence]?.tokens ?? [];
    const mentions = state.mentions[sentence] ?? [];
    const targets = new Set(facts.map((f) => f.target));
    const selves = mentions.filter((m) => m.name === source);
    const parties = mentions.filter((m) => targets.has(m.name) || (m.country && targets.has(m.country)));
    const joined = (a: Mention, b: Mention): boolean => {
      if (b.first < a.last || b.first - a.last > PARTY_GAP) return false;
      let joiner = false;
      for (let k = a.last; k < b.first; k++) {
        const w = tokens[k];
        if (!w || isVerbOrAux(w) || w.pos === "PUNCT") return false;
        if (PARTY_JOINERS.has(w.lower)) joiner = true;
      }
      return joiner;
    };
    if (selves.some((s) => parties.some((p) => joined(p, s) || joined(s, p)))) out.add(key);
  }
  return out;
}
