/**
 * The supplier a transfer with no supplier of its own takes from the discourse ("BAE Systems has
 * delivered two warships to overseas customers. The first Amazonas-class patrol vessel was handed
 * over to the Brazilian Navy on 21 June."): the one supplier of every supply told in the REACH body
 * sentences before it or, when none is told there, of every supply the body tells (the document's
 * supplier; one told after the transfer only for goods of a kind both name). The discourse
 * continues one transfer only where nothing else speaks: every supply in reach is asserted and from
 * one country or body (or a company and its own country; a person who handed goods over speaks for
 * them), it names no recipient or the transfer's own, its goods are of the transfer's kind or of no
 * known kind (weapons.json weaponKinds: "patrol boats" then "Mi-17 helicopters" are two transfers)
 * and the transfer tells no goods of another make ("the locally built GNS Volta", weapons.json
 * otherMakeWords; supply-words otherGoodsWords "old"), the sentences from it to the transfer name
 * no other country or body than the parties and their own, no model moved is made elsewhere, and a
 * recipient already supplied takes more goods from the same supplier only when the lexicon knows
 * them as its make ("Ukraine also received 14 Leclerc tanks").
 */
import type { FrameTable } from "../frames.ts";
import type { DocState, Fact, Mention, Sentence } from "../types.ts";
import { bodyCountry } from "../own-countries.ts";
import { tablesOf } from "../lexicon-tables.ts";
import { OTHER_MAKE_WORDS, SHIP_PREFIXES, WEAPON_KINDS } from "../lexicon/weapons.ts";
import { singular } from "../words.ts";
import type { FactIndex } from "./fact-index.ts";
import { resolutionOf, suppliesInReach } from "./shared.ts";

/** The words of other makes, as a set. */
const OTHER_MAKES: ReadonlySet<string> = new Set(OTHER_MAKE_WORDS);

/** The kind of a warship named by its prefix (weapons.json weaponKinds). */
const VESSEL = WEAPON_KINDS.get("ship") ?? "vessel";

/** The rule mark of a company's sale credited to its country (company-states.ts). */
const COMPANY_MARK = "+company";

/** How many body sentences back the supply a transfer continues may be told. */
const REACH = 2;

/** The supplier found for a transfer, with the earlier mention its sentence leaves unsaid. */
export interface NearestSupplier {
  sources: string[];
  /** The transfer's ends those suppliers supply: its recipients and models, less a class that only describes a model. */
  targets: string[];
  resolved: Fact["resolved"];
}

/** The transfer a supplier is sought for: its recipients, models, trigger word, and whether its recipient is its subject ("Ukraine received"). */
export interface Parties {
  recipients: readonly string[];
  models: readonly string[];
  trigger: string;
  receipt: boolean;
}

/**
 * The supplier of the supply told just before sentence `s` that the transfer to `recipients` of
 * `models` continues (see the file's header), or null.
 */
export function nearestSupplier(
  state: DocState,
  index: FactIndex,
  s: number,
  parties: Parties,
  table: FrameTable,
): NearestSupplier | null {
  if ((state.sentences[s] as Sentence).headline) return null;
  const near = suppliesInReach(state, index, s, -1, REACH, false);
  if (near.length > 0) {
    if (near.some((f) => f.modality !== "asserted")) return null;
    return continued(state, s, near, Math.min(...near.map((f) => f.sentence)) + 1, parties, table);
  }
  // None just before: the document's one supplier, when the body tells no other; a company's sale
  // its country is credited with (company-states.ts) names no supplier of its own.
  const body = state.facts.filter(
    (f) =>
      f.relation === "supplies" &&
      f.sentence !== s &&
      !f.rule.endsWith(COMPANY_MARK) &&
      !(state.sentences[f.sentence] as Sentence).headline,
  );
  // A supply told after the transfer is the same deal told again only for goods of a kind both
  // name ("The Egyptian Navy has taken delivery of a FREMM frigate. ... The frigate, delivered by
  // Fincantieri"); a lead "The armed forces took delivery of military hardware" is not the sale
  // of helicopters the article tells later.
  const moved = kindsOf(state, s);
  const sameKind = (i: number): boolean => [...kindsOf(state, i)].some((k) => moved.has(k));
  const told = body.filter((f) => f.sentence < s || sameKind(f.sentence));
  if (!told.some((f) => f.modality === "asserted")) return null;
  return continued(state, s, told, s, parties, table);
}

/**
 * The suppliers of `facts` when the transfer in sentence `s` continues them: one supplier (or a
 * company and its own country), no other recipient, no model made elsewhere, and no other actor named
 * in the sentences from `from` to `s`; else null.
 */
function continued(
  state: DocState,
  s: number,
  facts: readonly Fact[],
  from: number,
  parties: Parties,
  table: FrameTable,
): NearestSupplier | null {
  // A person who announced or handed over a supply speaks for its supplier; only countries and bodies are taken.
  const persons = personNames(state);
  const sources = [...new Set(facts.map((f) => f.source))].filter((x) => !persons.has(x));
  if (sources.length === 0) return null;
  const own = countriesOf(state, sources);
  // Two suppliers stand as one only as a company and its own country.
  if (
    sources.length > 2 ||
    (sources.length === 2 && !sources.some((x) => sources.every((y) => y === x || own.get(y)?.has(x))))
  )
    return null;
  const weapons = weaponNames(state);
  // Goods of another kind than the supply told ("Israel donated four patrol boats. The Mi-17
  // helicopters were handed over ...") or told as of another make ("the locally built GNS Volta")
  // are another transfer, whoever made them; goods of the same or an unknown kind continue it.
  if (otherMake(state.sentences[s] as Sentence, table)) return null;
  const told = new Set([...new Set(facts.map((f) => f.sentence))].flatMap((i) => [...kindsOf(state, i)]));
  const moved = kindsOf(state, s);
  if (told.size > 0 && moved.size > 0 && ![...moved].some((k) => told.has(k))) return null;
  const taken = new Set(facts.filter((f) => !weapons.has(f.target)).map((f) => f.target));
  const recipients = new Set(parties.recipients);
  const theirs = countriesOf(state, [...recipients]);
  const ownRecipient = (r: string): boolean =>
    taken.has(r) || [...(theirs.get(r) ?? [])].some((c) => taken.has(c));
  // A supply to another recipient is another deal.
  if (taken.size > 0 && recipients.size > 0 && ![...recipients].every(ownRecipient)) return null;
  if (sources.some((x) => recipients.has(x))) return null;
  // A model made in another country than the supplier's is another supplier's; "Ukraine also
  // received 14 Leclerc tanks" after US vehicles for Ukraine may be anyone's: a recipient the
  // supplier was told to supply takes more goods from it only when they are known to be its make.
  const makers = new Set([...sources, ...sources.flatMap((x) => [...(own.get(x) ?? [])])]);
  const again = parties.receipt && recipients.size > 0 && [...recipients].some(ownRecipient);
  const made = (w: string): boolean => {
    const origin = table.modelOrigin.get(w);
    return origin === undefined ? !again : makers.has(origin);
  };
  if (!parties.models.every(made)) return null;
  // Every actor named from the supply to the transfer is a party or a party's own.
  const allowed = new Set([...makers, ...taken, ...recipients]);
  for (const set of [...theirs.values(), ...countriesOf(state, [...taken]).values()])
    for (const c of set) allowed.add(c);
  for (let i = from; i <= s; i++)
    for (const m of state.mentions[i] ?? [])
      if (
        (m.type === "Country" || m.type === "Organization") &&
        !allowed.has(m.name) &&
        !ownBody(state, m, allowed)
      )
        return null;
  const nearest = Math.max(...facts.filter((f) => f.sentence < s).map((f) => f.sentence));
  const mention = (state.mentions[nearest] ?? []).find((m) => sources.includes(m.name));
  // The supplier is left unsaid by the transfer's verb ("was handed over"): it keeps the earlier mention.
  return {
    sources,
    targets: [...parties.recipients, ...namedGoods(state, s, parties.models)],
    resolved: mention ? [resolutionOf(parties.trigger, mention.name, nearest, mention)] : [],
  };
}

/**
 * The models of `models` named in sentence `s`, less a class phrase beside a named model ("two FREMM
 * naval ships": the class only describes the model).
 */
function namedGoods(state: DocState, s: number, models: readonly string[]): string[] {
  const mentions = (state.mentions[s] ?? []).filter((m) => models.includes(m.name));
  const named = mentions.some((m) => m.rule !== "weapon-class");
  return models.filter((w) => !named || mentions.some((m) => m.name === w && m.rule !== "weapon-class"));
}

/**
 * The kinds of goods sentence `i` names (lexicon weapons.json weaponKinds): by each class noun that
 * heads its phrase ("Mi-17 helicopters", not "missile boats" nor "aircraft carrier") and by a
 * warship's prefix ("GNS Volta").
 */
function kindsOf(state: DocState, i: number): Set<string> {
  const sentence = state.sentences[i] as Sentence;
  const out = new Set<string>();
  sentence.tokens.forEach((t, k) => {
    const kind = WEAPON_KINDS.get(singular(t.lower));
    const next = sentence.tokens[k + 1];
    if (kind && (t.pos === "NOUN" || t.pos === "PROPN") && next?.pos !== "NOUN") out.add(kind);
  });
  for (const m of state.mentions[i] ?? [])
    if (m.type === "WeaponSystem" && SHIP_PREFIXES.includes(sentence.tokens[m.first]?.text ?? ""))
      out.add(VESSEL);
  return out;
}

/** True when sentence `sentence` tells its goods as others than a supply's ("old", "locally built", "Soviet"). */
function otherMake(sentence: Sentence, table: FrameTable): boolean {
  return sentence.tokens.some((t) => table.otherGoods.has(t.lower) || OTHER_MAKES.has(t.lower));
}

/** The names of the weapons the document mentions. */
function weaponNames(state: DocState): Set<string> {
  return namesOf(state, "WeaponSystem");
}

/** The names of the persons the document mentions. */
function personNames(state: DocState): Set<string> {
  return namesOf(state, "Person");
}

/** The names of the entities of `type` the document mentions. */
function namesOf(state: DocState, type: Mention["type"]): Set<string> {
  const out = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type === type) out.add(m.name);
  return out;
}

/** The countries the document ties each of `names` to: by a mention's country or an asserted affiliated_with. */
function countriesOf(state: DocState, names: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  const bodies = tablesOf(state).governmentBodies;
  for (const f of state.facts)
    if (f.relation === "affiliated_with" && f.modality === "asserted") out.get(f.source)?.add(f.target);
  for (const list of state.mentions)
    for (const m of list) {
      // A known body of a government ("the Pentagon") is its country's own, as a body named with it is.
      const country = m.country ?? bodyCountry(m, bodies);
      if (country) out.get(m.name)?.add(country);
    }
  return out;
}

/**
 * True when body mention `m` is tied to one of the `allowed` actors (a party's navy, ministry or
 * company), by its mention's country, the lexicon's known government bodies ("the Defense Security
 * Cooperation Agency" is the United States') or an asserted affiliation.
 */
function ownBody(state: DocState, m: Mention, allowed: ReadonlySet<string>): boolean {
  const country = bodyCountry(m, tablesOf(state).governmentBodies);
  if (country && allowed.has(country)) return true;
  return state.facts.some(
    (f) => f.relation === "affiliated_with" && f.source === m.name && allowed.has(f.target),
  );
}
