/**
 * Shared shapes: what extraction produces, what a graph node and edge hold, and the
 * source documents they come from. Every layer (extract, graph, query, io, server, web) uses these.
 */
import type { DatePrecision, EventDateSource } from "./dates.ts";
import type { EntityType, Modality, RelationType } from "./ontology.ts";

/** Metadata a source may carry (front matter, sidecar `<name>.meta.json`, or an API body). */
export interface SourceMeta {
  title?: string | null;
  outlet?: string | null;
  /** ISO date, `YYYY-MM-DD` (or a full ISO timestamp). */
  date?: string | null;
  url?: string | null;
}

/** A document ready for extraction: `text` is the exact string every offset points into. */
export interface SourceDocument {
  /** Stable document id: the source's file name (e.g. `nk-russia-troops.txt`). */
  id: string;
  text: string;
  meta: SourceMeta;
}

/** The sentence behind a relation. `text.slice(start, end) === sentence` for the document's text. */
export interface Evidence {
  /** Document id. */
  doc: string;
  sentence: string;
  /** UTF-16 offsets of the sentence in the document text, end exclusive. */
  start: number;
  end: number;
  /** The word(s) that triggered the relation, as written. */
  trigger: string;
  /** Id of the rule that produced it (e.g. `svo-active`, `appositive-title`). */
  rule: string;
  modality: Modality;
  /** True when the sentence is a headline or teaser line (no final punctuation). */
  headline?: boolean;
  /** The document's date when known (ISO): the publication date, when the fact was reported. */
  date?: string | null;
  /**
   * When the fact happened: ISO 8601 at the precision the text gives (`2019`, `2019-07`,
   * `2019-W28`, `2019-07-15`), from the date expression of its clause, else the publication date.
   */
  eventDate?: string | null;
  eventPrecision?: DatePrecision | null;
  /** `text`: from a date expression; `published`: the publication date; `unresolved`: a relative expression in an undated document. */
  eventDateSource?: EventDateSource | null;
  /** The date expression as written, when the event date comes from the text. */
  eventText?: string;
  /**
   * Pronouns and descriptions the fact's ends were read from, each with the entity and the
   * earlier mention it was resolved to (coreference provenance: "he" → Kim Jong Un).
   */
  resolved?: { text: string; name: string; antecedent: { start: number; end: number; text: string } }[];
  /** Set when the text puts the event after the report ("will arrive in 2024"). */
  eventFuture?: true;
}

/** One mention of an entity in a document. */
export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** An entity found in one or more documents. */
export interface ExtractedEntity {
  /** Slug of the canonical name (`kim-jong-un`). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions. */
  mentions: number;
}

/** A relation with all the evidence found for it. */
export interface ExtractedRelation {
  source: string;
  relation: RelationType;
  target: string;
  evidence: Evidence[];
}

/**
 * The output of `kg extract --json` (the contract in docs/ontology.md): `relations` holds asserted
 * facts only; `hedged` holds planned, possible, denied and negated ones, with their modality.
 */
export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  hedged: ExtractedRelation[];
}

/** Attributes of a node of the domain graph (keyed by entity id). */
export interface NodeAttributes {
  name: string;
  /** The entity type. Never passed to sigma as `type` (see web's converter). */
  type: EntityType;
  aliases: string[];
  mentions: number;
  /** Ids of documents that mention it. */
  docs: string[];
  x?: number;
  y?: number;
}

/** Attributes of an edge of the domain graph (keyed `source|relation|target`). */
export interface EdgeAttributes {
  relation: RelationType;
  /**
   * Every piece of evidence, on graphs built in memory (buildGraph, imports). The store's graph
   * leaves it out and keeps the evidence in its database: read it through an EvidenceSource.
   */
  evidence?: Evidence[];
  /** Number of pieces of evidence. */
  weight: number;
  /** How many pieces of evidence are headlines, on graphs whose edges hold no evidence. */
  headlines?: number;
  /** Number of distinct documents. */
  docs: number;
  /** Earliest and latest evidence date, when any evidence is dated. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Earliest and latest event date of its evidence (ISO at their precision), when any is known. */
  firstEvent?: string | null;
  lastEvent?: string | null;
}

/** Attributes of the graph itself. */
export interface GraphAttributes {
  name?: string;
}
