/**
 * A person or body that gives "on behalf of" a country gives for it: "On behalf of the Government of
 * India, General MM Naravane presented medical equipment … of the Nepali Army", "Ambassador John
 * Smith, on behalf of the United States, handed over 10 trucks to the Ghana Armed Forces". The
 * country is the supplier the gold conventions require, so each supplies fact whose source (a
 * person or an organisation) stands in the same clause as the phrase (fronted before it, or after
 * it with no other verb or relative word between) is told from that country too. A recipient's
 * "who accepted it on behalf of the Samoa government" names the receiving side and is left alone, as
 * does "received trucks from X on behalf of Sierra Leone".
 */
import type { SentenceIndex } from "../chunks.ts";
import type { Fact, Mention, Token } from "../types.ts";
import { addNewFact, factKeySet } from "./shared.ts";

/** How many words after "on behalf of" the country may stand ("of the Government of India"). */
const BEHALF_REACH = 6;

/** Words that open a relative clause: a phrase after one belongs to its own subject. */
const RELATIVES = new Set(["who", "whom", "whose", "which", "that"]);

/** The "on behalf of" phrases of the sentence: the index of "on" and the country it names. */
function behalfCountries(ix: SentenceIndex): { at: number; country: string }[] {
  const tokens = ix.sentence.tokens;
  const out: { at: number; country: string }[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]?.lower !== "on" || tokens[k + 1]?.lower !== "behalf" || tokens[k + 2]?.lower !== "of")
      continue;
    const country = ix.mentions.find(
      (m) => m.type === "Country" && m.first >= k + 3 && m.first < k + 3 + BEHALF_REACH,
    );
    if (country) out.push({ at: k, country: country.name });
  }
  return out;
}

/** Tags of the words of a source's phrase before its name ("from Ambassador John Hoover"). */
const NAME_PHRASE = /^(?:PROPN|NOUN|DET|ADJ)$/u;

/** True when the source is named in a from-phrase ("received trucks from X on behalf of …": the phrase is the receiver's). */
function fromPhrase(tokens: Token[], source: Mention): boolean {
  for (let j = source.first - 1; j >= Math.max(0, source.first - 4); j--) {
    const w = tokens[j] as Token;
    if (w.lower === "from") return true;
    if (!NAME_PHRASE.test(w.pos)) return false;
  }
  return false;
}

/** True when the phrase at `at` belongs to the clause of `source` (see the header). */
function sameClause(tokens: Token[], source: Mention, at: number): boolean {
  if (at > source.first && fromPhrase(tokens, source)) return false;
  const [from, to] = at < source.first ? [at + 3, source.first] : [source.last, at];
  let verbs = 0;
  for (let j = from; j < to; j++) {
    const w = tokens[j] as Token;
    if (RELATIVES.has(w.lower)) return false;
    if (w.pos === "VERB") verbs++;
  }
  // Fronted: no verb before the source; after it: the supply verb only.
  return at < source.first ? verbs === 0 : verbs <= 1;
}

/** Adds, for each supplies fact from a person or body acting on behalf of a country, the same fact from the country (rule + "+behalf"). */
export function behalfStates(ix: SentenceIndex, facts: Fact[]): void {
  if (!facts.some((f) => f.relation === "supplies")) return;
  const phrases = behalfCountries(ix);
  if (phrases.length === 0) return;
  const tokens = ix.sentence.tokens;
  const have = factKeySet(facts);
  const added: Fact[] = [];
  for (const f of facts) {
    if (f.relation !== "supplies") continue;
    const source = ix.mentions.find(
      (m) => m.name === f.source && (m.type === "Person" || m.type === "Organization"),
    );
    if (!source) continue;
    for (const p of phrases) {
      if (p.country === f.target || !sameClause(tokens, source, p.at)) continue;
      addNewFact(added, have, { ...f, source: p.country, rule: `${f.rule}+behalf` });
    }
  }
  facts.push(...added);
}
