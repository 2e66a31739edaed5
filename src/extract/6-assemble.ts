/**
 * Stage 6, assemble: turns mentions and facts into the Extraction contract: one entity per
 * canonical name (id = slug), aliases and mention counts, relations with evidence, asserted
 * ones in `relations` and hedged ones in `hedged`. Headline facts only when asked for.
 */
import type { EntityType } from "../model/ontology.ts";
import { slugify } from "../model/ids.ts";
import { memoOfWords } from "./word-memo.ts";
import type { Evidence, ExtractedEntity, ExtractedRelation, Extraction } from "../model/types.ts";
import { ministryKeyForm } from "./body-keys.ts";
import { type DateMention, findDates } from "./dates.ts";
import { clauseBreaks, eventDateFor } from "./event-dates.ts";
import { gazetteerOf } from "./gazetteer.ts";
import { MINISTRY_WORD_FORMS } from "./lexicon/organizations.ts";
import { concatLists } from "./lists.ts";
import { originalSpan } from "./text-view.ts";
import type { DocState, Fact, Mention, Sentence } from "./types.ts";
import { MAX_ALIAS_LENGTH } from "./alias-length.ts";
import { wordsOf } from "./stage-words.ts";

/** The slug of a name of one document, made once per name (a name repeats across its facts and entities). */
type Slugs = (name: string) => string;

/** Which entity types each relation accepts at its source and target. */
export const SIGNATURES: Record<Fact["relation"], { source: EntityType[]; target: EntityType[] }> = {
  supplies: {
    source: ["Country", "Organization", "Person"],
    target: ["Country", "Organization", "Person", "WeaponSystem"],
  },
  meets: { source: ["Country", "Organization", "Person"], target: ["Country", "Organization", "Person"] },
  assesses: {
    source: ["Country", "Organization", "Person"],
    target: ["Country", "Organization", "Person", "WeaponSystem"],
  },
  affiliated_with: { source: ["Person", "Organization"], target: ["Organization", "Country"] },
};

/** Builds the Extraction of one document from its state. */
export function assemble(state: DocState): Extraction {
  namePrintedBodies(state);
  const slugOf: Slugs = memoOfWords(slugify);
  const entities = assembleEntities(concatLists(state.mentions), slugOf);
  addMinistryKeyForms(entities, gazetteerOf(state.options.lexicon).countryForms);
  const types = new Map(entities.map((e) => [e.name, e.type]));
  const relations = new Map<string, ExtractedRelation>();
  const hedged = new Map<string, ExtractedRelation>();
  const published = state.doc.meta.date ?? null;
  // Alliances and blocs of countries, which belong to no one country (stage words countryBlocs).
  const blocs = wordsOf(state).countryBlocs;
  // The date expressions and clause breaks of each sentence, made at its first fact.
  const datesOf = new Map<number, { dates: DateMention[]; breaks: number[] }>();
  for (const fact of state.facts) {
    const sentence = state.sentences[fact.sentence] as Sentence;
    if (sentence.headline && !state.options.headlineRelations) continue;
    const sourceType = types.get(fact.source);
    const targetType = types.get(fact.target);
    const signature = SIGNATURES[fact.relation];
    if (
      !sourceType ||
      !targetType ||
      !signature.source.includes(sourceType) ||
      !signature.target.includes(targetType)
    )
      continue;
    // "the US and its NATO allies": a bloc of countries is no one country's body.
    if (fact.relation === "affiliated_with" && targetType === "Country" && blocs.has(fact.source)) continue;
    let source = slugOf(fact.source);
    let target = slugOf(fact.target);
    if (source === target) continue;
    if (fact.relation === "meets" && target < source) [source, target] = [target, source];
    const span = originalSpan(state.view, sentence.start, sentence.end);
    const evidence: Evidence = {
      doc: state.doc.id,
      sentence: span.text,
      start: span.start,
      end: span.end,
      trigger: fact.trigger,
      rule: fact.rule,
      modality: fact.modality,
      headline: sentence.headline,
      date: published,
    };
    let told = datesOf.get(fact.sentence);
    if (!told) {
      const dates = findDates(sentence.text, published);
      told = { dates, breaks: dates.length > 0 ? clauseBreaks(sentence.text) : [] };
      datesOf.set(fact.sentence, told);
    }
    Object.assign(evidence, eventDateFor(sentence.text, told.dates, fact.trigger, published, told.breaks));
    if (fact.resolved)
      evidence.resolved = fact.resolved.map((r) => ({
        text: r.text,
        name: r.name,
        antecedent: originalSpan(state.view, r.antecedent.start, r.antecedent.end),
      }));
    const into = fact.modality === "asserted" ? relations : hedged;
    addEvidence(into, source, fact.relation, target, evidence);
  }
  return { entities, relations: [...relations.values()], hedged: [...hedged.values()] };
}

/**
 * "The Armed Forces of Canada" read as Canada's "Canadian Armed Forces": a body's name that no
 * sentence prints is renamed to the longest spelling its mentions print ("… of [the] Country"), so
 * that the node carries the name as written, never a rebuilt one; the rebuilt name is kept as an
 * alias, the key on which cross-document identity (graph/identity.ts) joins the two spellings.
 */
function namePrintedBodies(state: DocState): void {
  const printed = new Set<string>();
  const spelled = new Map<string, string>();
  state.sentences.forEach((s, i) => {
    for (const m of state.mentions[i] ?? []) {
      if (m.type !== "Organization") continue;
      if (s.text.includes(m.name)) printed.add(m.name);
      const known = spelled.get(m.name);
      if (m.spelled && (known === undefined || m.spelled.length > known.length))
        spelled.set(m.name, m.spelled);
    }
  });
  for (const name of printed) spelled.delete(name);
  if (spelled.size === 0) return;
  for (const list of state.mentions)
    for (const m of list) {
      const to = spelled.get(m.name);
      if (to === undefined) continue;
      // The country's form stays an alias, so that a graph of many documents keeps "Maltese
      // Armed Forces" of one article and "Armed Forces of Malta" of another as one node.
      m.spelled = m.name;
      m.name = to;
    }
  for (const fact of state.facts) {
    fact.source = spelled.get(fact.source) ?? fact.source;
    fact.target = spelled.get(fact.target) ?? fact.target;
  }
}

/**
 * "Armenian Ministry of Defense" and "Armenian Defence Ministry" in two articles: each country's
 * ministry carries the key form of its name (body-keys.ts) as an alias, so that a graph of many
 * articles holds one node for it.
 */
function addMinistryKeyForms(entities: ExtractedEntity[], countryForms: ReadonlySet<string>): void {
  for (const e of entities) {
    if (e.type !== "Organization") continue;
    const have = new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()));
    const added = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      const key = ministryKeyForm(n, MINISTRY_WORD_FORMS, countryForms);
      if (key !== null && !have.has(key.toLowerCase())) added.add(key);
    }
    if (added.size > 0) e.aliases = [...e.aliases, ...added].sort();
  }
}

/** Adds one piece of evidence to the relation `source|relation|target` (once per sentence). */
export function addEvidence(
  into: Map<string, ExtractedRelation>,
  source: string,
  relation: Fact["relation"],
  target: string,
  evidence: Evidence,
): void {
  const key = `${source}|${relation}|${target}`;
  const existing = into.get(key);
  if (!existing) {
    into.set(key, { source, relation, target, evidence: [evidence] });
    return;
  }
  if (!existing.evidence.some((e) => e.doc === evidence.doc && e.start === evidence.start))
    existing.evidence.push(evidence);
}

/** A tab, line break, no-break space or two spaces. */
const UNUSUAL_SPACE = /[\t\n\r\u00a0]| {2}/u;

/** A coordination or a comma. */
const COORDINATION = /\s(?:and|or)\s|,/u;

function assembleEntities(mentions: Mention[], slugOf: Slugs): ExtractedEntity[] {
  const byName = new Map<string, { types: Map<EntityType, number>; aliases: Set<string>; count: number }>();
  for (const m of mentions) {
    if (m.kind === "pronoun" || m.kind === "role") continue;
    let e = byName.get(m.name);
    if (!e) {
      e = { types: new Map(), aliases: new Set(), count: 0 };
      byName.set(m.name, e);
    }
    e.count++;
    e.types.set(m.type, (e.types.get(m.type) ?? 0) + 1);
    if (m.spelled && m.spelled !== m.name && m.spelled.length <= MAX_ALIAS_LENGTH) e.aliases.add(m.spelled);
    if (m.printed && m.printed !== m.name) e.aliases.add(m.printed);
    if (m.text === m.name || e.aliases.has(m.text) || m.textNoAlias) continue;
    const surface = UNUSUAL_SPACE.test(m.text) ? m.text.replace(/\s+/gu, " ") : m.text;
    if (surface !== m.name && surface.length <= MAX_ALIAS_LENGTH && !COORDINATION.test(surface))
      e.aliases.add(surface);
  }
  const out: ExtractedEntity[] = [];
  for (const [name, e] of byName) {
    const type = [...e.types.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "Organization";
    out.push({ id: slugOf(name), name, type, aliases: [...e.aliases].sort(), mentions: e.count });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
