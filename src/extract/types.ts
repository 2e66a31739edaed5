/**
 * Internal shapes of the extraction pipeline: tokens, sentences, mentions and facts that the
 * numbered stages pass along, and the state object every stage reads and extends.
 */
import type { EntityType, Modality, RelationType } from "../model/ontology.ts";
import type { SourceDocument } from "../model/types.ts";
import type { ResolvedExtractOptions } from "./options.ts";
import type { TextView } from "./text-view.ts";

/** One token with its UTF-16 offsets in the document text. */
export interface Token {
  text: string;
  lower: string;
  /** Lower case with curly apostrophes straightened: the gazetteer's key. */
  key: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** True when whitespace precedes the token. */
  space: boolean;
}

/** One sentence (or headline line) of a document. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** A line without final punctuation: gives entities, relations only on request. */
  headline: boolean;
  tokens: Token[];
  /**
   * Set on a sentence inside a quotation whose speaker is named in another sentence ("“S1. S2,”
   * X said" marks S1): the speaker, and the country the document says a speaking person serves.
   */
  quotedBy?: { speaker: Mention; side: string | undefined };
  /**
   * Plural subjects of this sentence that stand for people named before ("they", "the two
   * ministers"), as token spans (`last` exclusive) with the people meant (stage 4b): a meeting
   * rule reads such a subject as each of its members ("They met C": A met C, B met C).
   */
  groups?: GroupReference[];
  /**
   * The quotations whose speaker is known, as token spans of this sentence (`first` inclusive,
   * `last` exclusive), the speaker's own sentence included: "we" in them speaks for the speaker;
   * `side`, the country the document says a speaking person serves (a speaking country's own).
   */
  quotes?: { first: number; last: number; speaker: Mention; side?: string | undefined }[];
}

/** How a mention was recognised; resolution rewrites some kinds. */
export type MentionKind =
  | "name"
  | "demonym"
  | "capital"
  | "context-alias"
  | "acronym"
  | "surname"
  | "pronoun"
  | "weapon"
  | "generic-weapon"
  | "fallback"
  | "role";

/** A span of tokens that names (or stands for) an entity. */
export interface Mention {
  sentence: number;
  /** First token index and one past the last, within the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Canonical name of the entity (its id is the slug of this name). */
  name: string;
  type: EntityType;
  kind: MentionKind;
  /** For capitals and demonyms: the country they belong to. */
  country?: string;
  /** Rule that produced the mention (provenance). */
  rule: string;
  /** Context aliases: names one of which the document must mention for the alias to stand. */
  when?: string[];
  /** Coreference: the earlier mention this one was resolved to (provenance for evidence). */
  antecedent?: Antecedent;
  /** A longer spelling of the entity that this mention opens ("Armed Forces of the Republic of X"): an alias. */
  spelled?: string;
  /**
   * A fuller form of the body's name that the sentence prints around this mention ("United States
   * Embassy in Chile", "US Department of Defense"): an alias only, never the node's name.
   */
  printed?: string;
  /**
   * The mention's own text names no one body ("MFA" after "Iranian": every country's foreign
   * ministry): no alias of the entity (`printed` holds the spelling with its country).
   */
  textNoAlias?: boolean;
}

/** A plural subject ("they", "the two leaders") and the people it stands for, each by the mention that introduced it. */
export interface GroupReference {
  first: number;
  last: number;
  text: string;
  members: { name: string; mention: Mention; antecedent: Antecedent }[];
}

/** Where a pronoun or description found its entity: the antecedent mention's place and text. */
export interface Antecedent {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** A relation found in one sentence, before assembly. */
export interface Fact {
  source: string;
  relation: RelationType;
  target: string;
  sentence: number;
  trigger: string;
  rule: string;
  modality: Modality;
  /** Pronouns and descriptions of the sentence that stand for an end ("he" → Kim Jong Un). */
  resolved?: Resolution[];
}

/** A pronoun or description that a fact's end was read from, with the mention it refers back to. */
export interface Resolution {
  /** The words as written ("he", "the Chinese president"). */
  text: string;
  /** The entity they were resolved to. */
  name: string;
  antecedent: Antecedent;
}

/** Everything the stages share for one document. */
export interface DocState {
  doc: SourceDocument;
  /**
   * The normalised text the stages read (stage 0): every offset of sentences, tokens and
   * mentions is into `view.text`; assembly maps evidence back to `doc.text`.
   */
  view: TextView;
  options: ResolvedExtractOptions;
  sentences: Sentence[];
  /** Mentions per sentence, sorted by first token. */
  mentions: Mention[][];
  facts: Fact[];
}

/** One numbered stage of the pipeline. */
export interface Stage {
  name: string;
  run(state: DocState): void;
}
