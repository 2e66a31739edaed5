/**
 * The leader of a delegation that a country or body qualifies: "A Saudi delegation led by Deputy
 * Crown Prince Mohammad bin Salman", "The Indian Navy delegation led by Vice Admiral X", "a
 * high-level U.S. military delegation headed by General Y". Whoever leads a country's or a body's
 * delegation serves that country or body, as "the agency, led by X," ties X to the agency.
 */
import { actorOf, type SentenceIndex } from "../chunks.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import { DELEGATION_NOUNS } from "../lexicon/meet-words.ts";
import { LEAD_PARTICIPLES } from "../lexicon/titles.ts";
import type { Mention, Token } from "../types.ts";
import { isRankToken } from "../words.ts";
import type { Emit } from "./shared.ts";
import { ARTICLE, LOWER_WORD } from "./title-phrase.ts";

const DELEGATIONS = new Set(DELEGATION_NOUNS);
const LED = new Set(LEAD_PARTICIPLES);

/** Most lower-case words between the qualifying mention and the delegation noun ("military", "high-level"). */
const MODIFIER_REACH = 2;

/**
 * The token of "by" before person `p`, past the titles, ranks, articles and demonyms that stand
 * between ("led by the Deputy Crown Prince X", "led by Saudi General X"); -1 when none.
 */
function byBefore(ix: SentenceIndex, p: Mention): number {
  const tokens = ix.sentence.tokens;
  let b = p.first - 1;
  for (;;) {
    const c = ix.cover[b];
    if (c && c.type === "Country" && c.kind === "demonym") b = c.first - 1;
    else if (b >= 0 && !c && (isRankToken(tokens[b] as Token) || ARTICLE.test((tokens[b] as Token).lower)))
      b--;
    else break;
  }
  return tokens[b]?.lower === "by" ? b : -1;
}

/** True when a lower-case adjective or noun no mention covers stands at `k` ("military", "high-level"; not "hosted a"). */
function modifierAt(ix: SentenceIndex, k: number): boolean {
  const t = ix.sentence.tokens[k];
  return !!t && !ix.cover[k] && (t.pos === "ADJ" || t.pos === "NOUN") && LOWER_WORD.test(t.text);
}

/**
 * The country or body that qualifies the delegation noun ending at `s` ("Saudi", "the Indian Navy",
 * "China's"), past up to two lower-case modifiers; null when none does.
 */
function delegationOwner(ix: SentenceIndex, s: number): Mention | null {
  const tokens = ix.sentence.tokens;
  if (ix.cover[s] || !DELEGATIONS.has(tokens[s]?.lower ?? "")) return null;
  let k = s - 1;
  for (let n = 0; n < MODIFIER_REACH && k >= 0 && modifierAt(ix, k); n++) k--;
  if (POSSESSIVE_ENDING.test(tokens[k]?.lower ?? "") && !ix.cover[k]) k--;
  const owner = ix.cover[k];
  if (!owner || owner.last !== k + 1 || owner.kind === "pronoun" || owner.kind === "role") return null;
  const type = actorOf(owner).type;
  return type === "Country" || type === "Organization" ? owner : null;
}

/** Emits person → country or body for each "<country or body> delegation led by <person>" of a sentence. */
export function delegationLeaderRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    const b = byBefore(ix, p);
    const verb = tokens[b - 1];
    if (b < 0 || !verb || !LED.has(verb.lower)) continue;
    // "The delegation, led by X,": a comma may stand between the noun and the participle.
    const s = tokens[b - 2]?.text === "," ? b - 3 : b - 2;
    const owner = delegationOwner(ix, s);
    if (owner)
      emit(p.name, "affiliated_with", actorOf(owner).name, verb.text, "delegation-leader", "asserted");
  }
}
