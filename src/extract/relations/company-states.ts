/**
 * The country named on a selling company supplies too: "Serbia signed a contract to purchase 12
 * Rafale warplanes from France's Dassault Aviation", "a deal with Turkish armored vehicles company
 * Katmerciler", "from South Korean company LIG Nex1" present the country as the seller beside its
 * company, in the buyer's phrase after the trigger. A company's gift ("Japanese firm Toyota donated
 * …") is not its country's, nor is what a company does as the subject before the trigger
 * ("Germany's Rheinmetall has won a contract to supply shells to Ukraine").
 */
import type { SentenceIndex } from "../chunks.ts";
import { STATE_SELLER_NOUNS } from "../lexicon/descriptions.ts";
import { type WordSets, isStateBodyWord } from "../stage-words.ts";
import type { Fact, Mention, Token } from "../types.ts";
import { lastWord } from "../words.ts";
import { addNewFact, factKeySet } from "./shared.ts";

/** Stems of words of giving ("donated", "a gift", "presented"): a company's gift is its own, not its country's. */
const GIFT_STEM = /^(?:donat|gift|present)/u;

/** Words that may stand between a demonym and the company it qualifies ("Turkish armored vehicles company"). */
const QUALIFIER_REACH = 4;

/**
 * Adds, for each asserted supplies fact of the sentence whose source is an Organization named right
 * after its country's possessive ("France's Dassault Aviation") or after a demonym and common nouns
 * only ("South Korean company LIG Nex1"), the same fact from that country (rule + "+company") when
 * the target is another country or a weapon.
 */
export function companyStates(ix: SentenceIndex, facts: Fact[]): void {
  if (!facts.some((f) => f.relation === "supplies")) return;
  // Built at their first use: most sentences with a supply name no company of a country.
  let have: Set<string> | undefined;
  let typeOf: Map<string, string> | undefined;
  let gift: boolean | undefined;
  const added: Fact[] = [];
  for (const f of facts) {
    if (f.relation !== "supplies" || f.modality !== "asserted") continue;
    const company = ix.mentions.find((m) => m.name === f.source && m.type === "Organization");
    const body = stateBody(f.source, ix.words);
    const state = company ? qualifyingCountry(ix, company, body) : null;
    if (!state || state === f.target) continue;
    // "Japanese firm Toyota donated 20 trucks to the army": the maker gives, its country does not.
    gift ??= ix.sentence.tokens.some((t) => GIFT_STEM.test(t.lower));
    if (gift && !body) continue;
    // "Germany's Rheinmetall has won a contract to supply shells to Ukraine", "French shipyard
    // Piriou has handed over a vessel": a company that acts before the trigger sells on its own;
    // its country is presented as selling only in the buyer's phrase after the trigger ("bought
    // Rafale jets from France's Dassault", "a deal with Turkish company Katmerciler").
    if (!triggerBefore(ix, f.trigger, company as Mention) && !stateSeller(ix, company as Mention)) continue;
    // The company's country toward a country or the goods; a body of the buyer ("the Brazilian Air
    // Force") is left to the company.
    typeOf ??= new Map(ix.mentions.map((m) => [m.name, m.type]));
    const type = typeOf.get(f.target);
    if (type !== "Country" && type !== "WeaponSystem" && !(body && type === "Organization")) continue;
    have ??= factKeySet(facts);
    addNewFact(added, have, { ...f, source: state, rule: `${f.rule}+company` });
  }
  facts.push(...added);
}

/** Most lower-case words between an organization's name and its descriptor noun ("Rosoboronexport arms agency"). */
const DESCRIPTOR_REACH = 2;
const STATE_SELLERS = new Set(STATE_SELLER_NOUNS);

/**
 * True when the organization mention `m` is a body of its state: a force or ministry by its name's
 * last word ("The South African Navy donated"), or a state seller by the descriptor noun after it
 * ("Rosoboronexport arms agency").
 */
function stateSeller(ix: SentenceIndex, m: Mention): boolean {
  if (stateBody(m.name, ix.words)) return true;
  const tokens = ix.sentence.tokens;
  for (let k = m.last; k <= Math.min(tokens.length - 1, m.last + DESCRIPTOR_REACH); k++) {
    const w = tokens[k] as Token;
    if (STATE_SELLERS.has(w.lower)) return true;
    if (w.pos !== "NOUN" && w.pos !== "ADJ") return false;
  }
  return false;
}

/** True when a word of the trigger `trigger` stands before the company mention `m` in the sentence. */
function triggerBefore(ix: SentenceIndex, trigger: string, m: Mention): boolean {
  const words = new Set(trigger.toLowerCase().split(/\s+/u));
  return ix.sentence.tokens.slice(0, m.first).some((w) => words.has(w.lower) || words.has(w.lemma));
}

/**
 * True when the organization named `name` is a body of its state by its head noun (a word of the
 * stage words stateBodyWords or forceWords, not a company's): the last word ("Chinese Navy", "US
 * Coast Guard") or the word before "of" ("Department of Defense", "Ministry of Defence").
 */
function stateBody(name: string, words: WordSets): boolean {
  const parts = name.toLowerCase().split(/\s+/u);
  const of = parts.indexOf("of");
  return isStateBodyWord(words, of > 0 ? (parts[of - 1] as string) : lastWord(name));
}

/**
 * The country whose possessive or demonym qualifies the company mention `m`, or null. A state body
 * (`body`) is qualified by its country's name too, right before it ("the US Department of Defense")
 * or opening its own name ("The US Coast Guard will transfer …").
 */
function qualifyingCountry(ix: SentenceIndex, m: Mention, body: boolean): string | null {
  const tokens = ix.sentence.tokens;
  if (body) {
    const opening = ix.mentions.find((c) => c.type === "Country" && c.first === m.first && c.last < m.last);
    if (opening) return opening.name;
  }
  const before = tokens[m.first - 1];
  if (before && before.key === "'s") {
    const owner = ix.cover[m.first - 2];
    return owner?.type === "Country" ? owner.name : null;
  }
  for (let k = m.first - 1; k >= Math.max(0, m.first - 1 - QUALIFIER_REACH); k--) {
    const c = ix.cover[k];
    // "Turkish armored vehicles company Katmerciler": a class of goods may qualify the company too.
    if (c?.type === "WeaponSystem") continue;
    if (c)
      return c.type === "Country" && (c.kind === "demonym" || (body && k === m.first - 1)) ? c.name : null;
    const w = tokens[k];
    if (w?.pos !== "NOUN" && w?.pos !== "ADJ") return null;
  }
  return null;
}
