/**
 * The leader of a delegation that a country or body qualifies: "A Saudi delegation led by Deputy
 * Crown Prince Mohammad bin Salman", "The Indian Navy delegation led by Vice Admiral X", "a
 * high-level U.S. military delegation headed by General Y". Whoever leads a country's or a body's
 * delegation serves that country or body, as "the agency, led by X," ties X to the agency.
 */
import { actorOf, type SentenceIndex } from "../chunks.ts";
import { POSSESSIVE_ENDING } from "../letters.ts";
import { DELEGATION_NOUNS } from "../lexicon/meet-words.ts";
import type { Mention, Token } from "../types.ts";
import { isRankToken, isVerbOrAux } from "../words.ts";
import type { Emit } from "./shared.ts";
import { ARTICLE, LOWER_WORD } from "./title-phrase.ts";

const DELEGATIONS = new Set(DELEGATION_NOUNS);

/** Most lower-case words between the qualifying mention and the delegation noun ("military", "high-level"). */
const MODIFIER_REACH = 2;

/** Most words between the delegation noun and its participle ("at the talks will be"). */
const PHRASE_REACH = 6;

/** Most persons joined by "and" after one "led by" ("led by A, B and C" reads the last two). */
const COORDINATION_REACH = 3;

/**
 * The token of "by" before person `p`, past the titles, ranks, articles and demonyms that stand
 * between ("led by the Deputy Crown Prince X", "led by Saudi General X"); -1 when none.
 */
function byBefore(ix: SentenceIndex, p: Mention, depth = 0): number {
  const tokens = ix.sentence.tokens;
  let b = p.first - 1;
  for (;;) {
    const c = ix.cover[b];
    if (c && c.type === "Country" && c.kind === "demonym") b = c.first - 1;
    else if (b >= 0 && !c && (isRankToken(tokens[b] as Token) || ARTICLE.test((tokens[b] as Token).lower)))
      b--;
    else break;
  }
  // "led by Defence Minister A and B": a person after "and" shares the "by" of the person before.
  const before = tokens[b]?.lower === "and" ? ix.cover[b - 1] : null;
  if (before && before.last === b && before.type === "Person" && depth < COORDINATION_REACH)
    return byBefore(ix, before, depth + 1);
  return tokens[b]?.lower === "by" ? b : -1;
}

/**
 * The delegation noun before the participle at `v`, past a comma, auxiliaries ("will be led",
 * "was headed") and a short phrase of place or occasion after the noun ("The Indian delegation at
 * the talks will be led by X"); -1 when none.
 */
function delegationNounBefore(ix: SentenceIndex, v: number): number {
  const tokens = ix.sentence.tokens;
  let s = v - 1;
  while (s >= 0 && (tokens[s]?.pos === "AUX" || tokens[s]?.text === ",") && !ix.cover[s]) s--;
  // Back over a prepositional phrase of a few words: no verb, comma or person in it.
  for (let k = s; k >= 0 && k > s - PHRASE_REACH; k--) {
    const t = tokens[k] as Token;
    if (DELEGATIONS.has(t.lower) && !ix.cover[k]) return k === s || tokens[k + 1]?.pos === "ADP" ? k : -1;
    if (isVerbOrAux(t) || t.text === "," || ix.cover[k]?.type === "Person") return -1;
  }
  return -1;
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
    if (b < 0 || !verb || !ix.words.leadParticiples.has(verb.lower)) continue;
    // "The delegation, led by X,", "The delegation at the talks will be led by X".
    const s = delegationNounBefore(ix, b - 1);
    const owner = s < 0 ? null : delegationOwner(ix, s);
    if (owner)
      emit(p.name, "affiliated_with", actorOf(owner).name, verb.text, "delegation-leader", "asserted");
  }
}
