/**
 * The extraction pipeline: the numbered stages run in order over one document, then the
 * per-document extractions merge into one (one entity per real-world thing across documents).
 */
import { slugify } from "../model/ids.ts";
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  Mention as DocMention,
  SourceDocument,
} from "../model/types.ts";
import { normaliseStage } from "./0-normalise.ts";
import { segmentStage } from "./1-segment.ts";
import { tokensStage } from "./2-tokens.ts";
import { entitiesStage } from "./3-entities.ts";
import { resolveStage } from "./4-resolve.ts";
import { coreferenceStage, ownSideStage } from "./4b-coreference.ts";
import { relationsStage } from "./5-relations.ts";
import { learnedStage } from "./5b-learned.ts";
import { hyphenPairsStage } from "./hyphen-pairs.ts";
import { ownCountryStage } from "./5c-own-country.ts";
import { officesStage } from "./5d-offices.ts";
import { internalSuppliesStage } from "./5e-internal-supplies.ts";
import { namedVesselsStage } from "./5f-named-vessels.ts";
import { addEvidence, assemble } from "./6-assemble.ts";
import { genericWeaponsStage } from "./weapon-families.ts";
import { describedClassesStage } from "./described-classes.ts";
import { gazetteerOf } from "./gazetteer.ts";
import { getNlp } from "./nlp.ts";
import { surnameOf } from "./words.ts";
import { BUILT_IN_LEXICON } from "./lexicons.ts";
import { wordSetsOf } from "./stage-words.ts";
import { type ExtractOptions, resolveExtractOptions } from "./options.ts";
import { identityView, originalSpan, type TextView, toOriginalEnd, toOriginalStart } from "./text-view.ts";
import type { Antecedent, DocState, Sentence, Stage } from "./types.ts";

/** The stages, in the order they run. */
export const STAGES: readonly Stage[] = [
  normaliseStage,
  segmentStage,
  tokensStage,
  entitiesStage,
  resolveStage,
  coreferenceStage,
  relationsStage,
  learnedStage,
  hyphenPairsStage,
  ownSideStage,
  officesStage,
  ownCountryStage,
  internalSuppliesStage,
  namedVesselsStage,
  describedClassesStage,
  genericWeaponsStage,
];

/** A document's extraction with the intermediate results tests and tools may inspect. */
export interface DetailedExtraction {
  extraction: Extraction;
  sentences: Sentence[];
  /** Every mention with its entity name, rule and, for a resolved pronoun or description, its antecedent. */
  mentions: (DocMention & { name: string; rule: string; antecedent?: Antecedent })[];
}

/** Runs every stage over one document and returns its state (the training script reads it). */
export function runStages(doc: SourceDocument, options?: ExtractOptions): DocState {
  const state: DocState = {
    doc,
    view: identityView(doc.text),
    options: resolveExtractOptions(options),
    sentences: [],
    mentions: [],
    facts: [],
  };
  for (const stage of STAGES) stage.run(state);
  return state;
}

/**
 * Runs every stage over one document and returns the extraction with its sentences and mentions,
 * their offsets and text (and their tokens' offsets) into the document as written.
 */
export function extractDocumentDetailed(doc: SourceDocument, options?: ExtractOptions): DetailedExtraction {
  const state = runStages(doc, options);
  const { view } = state;
  // Assembly names bodies as printed (stage 6): the mentions carry the names the extraction gives.
  const extraction = assemble(state);
  const mentions = state.mentions.flat().map((m) => ({
    doc: doc.id,
    ...originalSpan(view, m.start, m.end),
    name: m.name,
    rule: m.rule,
    ...(m.country ? { country: m.country } : {}),
    ...(m.antecedent
      ? {
          antecedent: {
            sentence: m.antecedent.sentence,
            ...originalSpan(view, m.antecedent.start, m.antecedent.end),
          },
        }
      : {}),
  }));
  const sentences = state.sentences.map((s) => ({
    ...s,
    ...originalSpan(view, s.start, s.end),
    tokens: s.tokens.map((t) => ({ ...t, ...spanOffsets(view, t.start, t.end) })),
  }));
  return { extraction, sentences, mentions };
}

/** The original offsets of the view span [start, end). */
function spanOffsets(view: TextView, start: number, end: number): { start: number; end: number } {
  const from = toOriginalStart(view, start);
  return { start: from, end: Math.max(from, toOriginalEnd(view, end)) };
}

/**
 * Loads what the first extraction with these options would load (the tagger's model, the
 * lexicon's compiled gazetteer), so that a thread can do it before its first document arrives.
 * Extraction gives the same results with or without it.
 */
export function prepareExtraction(options?: ExtractOptions): void {
  getNlp();
  gazetteerOf(resolveExtractOptions(options).lexicon);
}

/**
 * Entities and relations of one document, with evidence. A lone surname or given name is merged
 * onto the only full name of the document that it ends or starts (`mergeExtractions` on the one
 * document), so that the graph a build stores holds the same nodes `kg eval` scores.
 */
export function extractDocument(doc: SourceDocument, options?: ExtractOptions): Extraction {
  return withNamesMerged(assemble(runStages(doc, options)), particlesOf(options));
}

/**
 * The patronymic particles of the lexicon the options give (the built-in one by default), for
 * mergeExtractions.
 */
export function particlesOf(options?: ExtractOptions): ReadonlySet<string> {
  return wordSetsOf(resolveExtractOptions(options).lexicon.words).patronymicParticles;
}

/**
 * One document's extraction as `mergeExtractions` on it alone gives it, made only when there is
 * something to merge (two names with one id, or a lone surname of a full name): else the
 * extraction itself, whose entities are already one per id, sorted, and whose relations are
 * already keyed and ordered as the merge would key and order them.
 */
function withNamesMerged(extraction: Extraction, particles: ReadonlySet<string>): Extraction {
  const ids = new Set(extraction.entities.map((e) => e.id));
  if (ids.size === extraction.entities.length && surnameMerges(extraction.entities, particles).size === 0)
    return extraction;
  return mergeExtractions([extraction], particles);
}

/** Entities and relations of several documents, entities merged across documents. */
export function extractDocuments(docs: SourceDocument[], options?: ExtractOptions): Extraction {
  return mergeExtractions(
    docs.map((d) => extractDocument(d, options)),
    particlesOf(options),
  );
}

/**
 * Merges per-document extractions: entities by id (mentions summed, aliases united, the type
 * seen most), a lone surname onto the only full name that ends with it, relations by key.
 * `particles` are the patronymic particles that tell a full name by its given name ("Khalid bin
 * Salman"): the lexicon's the extraction was made with (the built-in lexicon's by default, as
 * extractions carry no lexicon value).
 */
export function mergeExtractions(
  parts: Extraction[],
  particles: ReadonlySet<string> = wordSetsOf(BUILT_IN_LEXICON.words).patronymicParticles,
): Extraction {
  const entities = new Map<string, ExtractedEntity & { typeVotes: Map<string, number> }>();
  for (const part of parts) {
    for (const e of part.entities) {
      const existing = entities.get(e.id);
      if (!existing) {
        entities.set(e.id, { ...e, aliases: [...e.aliases], typeVotes: new Map([[e.type, e.mentions]]) });
        continue;
      }
      existing.mentions += e.mentions;
      existing.aliases = [...new Set([...existing.aliases, ...e.aliases])].sort();
      existing.typeVotes.set(e.type, (existing.typeVotes.get(e.type) ?? 0) + e.mentions);
    }
  }
  const rename = surnameMerges([...entities.values()], particles);
  for (const [from, to] of rename) {
    const a = entities.get(from);
    const b = entities.get(to);
    if (!a || !b) continue;
    b.mentions += a.mentions;
    b.aliases = [...new Set([...b.aliases, a.name, ...a.aliases])].sort();
    entities.delete(from);
  }
  const out: ExtractedEntity[] = [...entities.values()].map(({ typeVotes, ...e }) => ({
    ...e,
    type: ([...typeVotes.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? e.type) as ExtractedEntity["type"],
  }));
  const id = (x: string): string => rename.get(x) ?? x;
  const relations = new Map<string, ExtractedRelation>();
  const hedged = new Map<string, ExtractedRelation>();
  for (const part of parts) {
    for (const [list, into] of [
      [part.relations, relations],
      [part.hedged, hedged],
    ] as const) {
      for (const r of list) {
        let source = id(r.source);
        let target = id(r.target);
        if (source === target) continue;
        if (r.relation === "meets" && target < source) [source, target] = [target, source];
        for (const ev of r.evidence) addEvidence(into, source, r.relation, target, ev);
      }
    }
  }
  return {
    entities: out.sort((a, b) => a.id.localeCompare(b.id)),
    relations: [...relations.values()],
    hedged: [...hedged.values()],
  };
}

/** Lone names (ids) to merge onto the only full name they end or start; `particles` as mergeExtractions. */
function surnameMerges(entities: ExtractedEntity[], particles: ReadonlySet<string>): Map<string, string> {
  const bySurname = new Map<string, string[]>();
  for (const e of entities) {
    if (e.type !== "Person") continue;
    const words = e.name.split(/\s+/u);
    if (words.length < 2) continue;
    for (const w of [words[0] as string, surnameOf(words, particles)]) {
      const key = slugify(w);
      bySurname.set(key, [...(bySurname.get(key) ?? []), e.id]);
    }
  }
  const rename = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== "Person" || e.name.includes(" ")) continue;
    const candidates = [...new Set(bySurname.get(e.id) ?? [])];
    if (candidates.length === 1) rename.set(e.id, candidates[0] as string);
  }
  return rename;
}
