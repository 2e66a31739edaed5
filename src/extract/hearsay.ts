/**
 * Hearsay: the supplies and meetings of a sentence that only someone's word tells are possible, not
 * asserted. A line tagged as hearsay ("Report: Iran sends drones to Sudan"), a sentence that closes
 * on a speaker who alleges it ("…, Israel alleged"), and a trigger inside the phrase a speaker names
 * in a free relative ("what he says was the fresh delivery"). Used by stage 5 on each sentence's facts.
 */
import { DISTANCING_VERBS, HEARSAY_NOUNS, TRAILING_ALLEGING_VERBS } from "./lexicon/triggers.ts";
import { UPPER_FIRST } from "./letters.ts";
import type { Fact, Token } from "./types.ts";
import { isVerbOrAux, singular } from "./words.ts";

const HEARSAY = new Set(HEARSAY_NOUNS);
/** Marks that set a tag apart from the line it qualifies ("Report: …", "… – report"). */
const TAG_MARKS = new Set([":", "-", "–", "—", "|"]);

/**
 * True when a line is tagged as hearsay by a bare noun of report before a colon or after a dash
 * or colon at its end: "Report: Iran sends drones to Sudan", "Iran sends drones to Sudan: reports".
 * ("A UN report: …" names its author, and is not bare.)
 */
export function hearsayTagged(tokens: Token[]): boolean {
  const first = tokens[0];
  // The singular only: "Reports:" also labels a section of releases ("Reports: U.S. Navy Transfers …").
  if (first && HEARSAY.has(first.lower) && tokens[1]?.text === ":") return true;
  let last = tokens.length - 1;
  while (last > 0 && /^[.!?"'”’]$/u.test((tokens[last] as Token).text)) last--;
  const tag = tokens[last];
  return !!tag && last > 1 && HEARSAY.has(singular(tag.lower)) && TAG_MARKS.has(tokens[last - 1]?.text ?? "");
}

const ALLEGING = new Set(TRAILING_ALLEGING_VERBS);
/** Words that may open the clause of a trailing speaker ("…, as Israel alleged"). */
const SPEAKER_OPENERS = new Set(["as"]);
/** The most words a trailing speaker's phrase may hold ("…, Ukrainian military intelligence officials alleged"). */
const SPEAKER_REACH = 6;

/**
 * True when the sentence closes on a speaker who alleges it, after a comma and before nothing but
 * adverbials: "Iran supplied drones to Russia, Israel alleged", "Egypt delivered arms to Hamas,
 * Israeli officials claimed on Monday", "“Iran has sent missiles to Russia,” Kyiv charged". (Not
 * "…, Israel claimed that …", which opens another claim, nor "…, the firm charged $5 million",
 * whose verb takes an object.)
 */
export function trailingAllegation(tokens: Token[]): boolean {
  for (let v = 2; v < tokens.length; v++) {
    if (!ALLEGING.has((tokens[v] as Token).lower)) continue;
    // "…, contrary to Israel's claims", "despite the charges": a noun of alleging, not its verb.
    const prev = tokens[v - 1] as Token;
    if (/^(?:'s|’s|')$/u.test(prev.lower) || prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM")
      continue;
    let c = v - 1;
    while (c > 0 && v - c <= SPEAKER_REACH + 1 && (tokens[c] as Token).text !== ",") {
      const w = tokens[c] as Token;
      if (isVerbOrAux(w) || /^[;:.]$/u.test(w.text)) break;
      c--;
    }
    if ((tokens[c] as Token).text !== ",") continue;
    let first = c + 1;
    while (first < v && /^["'”’]$/u.test((tokens[first] as Token).text)) first++;
    if (SPEAKER_OPENERS.has((tokens[first] as Token).lower)) first++;
    let named = false;
    for (let k = first; k < v; k++) {
      const w = tokens[k] as Token;
      if (w.pos === "NOUN" || w.pos === "PROPN" || UPPER_FIRST.test(w.text)) named = true;
    }
    if (!named) continue;
    const next = tokens[v + 1];
    if (next?.lower === "that") continue;
    if (!next || /^[.!?"'”’,]$/u.test(next.text) || next.pos === "ADP" || next.pos === "ADV") return true;
  }
  return false;
}

const DISTANCING = new Set(DISTANCING_VERBS);
/** The most words of the speaker between "what" and the verb ("what the Azerbaijani president"). */
const DISTANCER_REACH = 5;
/** The most words of the named phrase after the verb ("was the fresh delivery"). */
const NAMED_REACH = 10;

/**
 * The tokens of the phrases a speaker names in a free relative: "what he says was the fresh
 * delivery", "what Kyiv described as deliveries", "what Baku called an arms transfer" (the words
 * after the verb, through "of", up to another preposition, a verb or a mark).
 */
function distancedTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== "what") continue;
    let v = i + 1;
    while (
      v < Math.min(tokens.length, i + 1 + DISTANCER_REACH) &&
      /^(?:PRON|PROPN|NOUN|DET|ADJ)$/u.test((tokens[v] as Token).pos)
    )
      v++;
    const verb = tokens[v];
    if (v === i + 1 || !verb || verb.pos !== "VERB" || !DISTANCING.has(verb.lemma)) continue;
    for (let k = v + 1; k < Math.min(tokens.length, v + 1 + NAMED_REACH); k++) {
      const w = tokens[k] as Token;
      // ("described as deliveries of arms": "as" after the verb, and "of" inside the phrase, go on.)
      const through = (w.lower === "as" && k === v + 1) || w.lower === "of";
      if (
        !through &&
        (w.pos === "PUNCT" || w.pos === "ADP" || w.pos === "SCONJ" || (w.pos === "VERB" && w.lemma !== "be"))
      )
        break;
      out.add(k);
    }
  }
  return out;
}

/**
 * "Aliyev expressed his dissatisfaction with what he says was the fresh delivery of Russian
 * military supplies to Armenia": a supply or meeting whose trigger stands in the phrase a speaker
 * names in a free relative is that speaker's word for it, possible, not asserted.
 */
export function hedgeDistanced(tokens: Token[], facts: Fact[]): void {
  if (!tokens.some((t) => t.lower === "what")) return;
  const named = distancedTokens(tokens);
  if (named.size === 0) return;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as Fact;
    if ((f.relation !== "supplies" && f.relation !== "meets") || f.modality !== "asserted") continue;
    if (tokens.some((t, k) => t.text === f.trigger && named.has(k)))
      facts[i] = { ...f, modality: "possible" };
  }
}

/** A supply or meeting told in a line of hearsay is possible, not asserted (affiliations and claims stand). */
export function hedgeEvents(facts: Fact[]): void {
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as Fact;
    if ((f.relation === "supplies" || f.relation === "meets") && f.modality === "asserted")
      facts[i] = { ...f, modality: "possible" };
  }
}
