/**
 * Evidence on import: checking the evidence a file carries in full (kg's own exports), or
 * rebuilding what a flat file keeps of it (first sentence, documents, dates) when it carries less.
 */
import { summarizeEvidence } from "../model/evidence.ts";
import { MODALITIES, type Modality } from "../model/ontology.ts";
import type { EdgeAttributes, Evidence } from "../model/types.ts";
import type { RelationType } from "../model/ontology.ts";
import { splitList } from "./summary.ts";

const MODALITY_SET: ReadonlySet<unknown> = new Set(MODALITIES);

function isModality(value: unknown): value is Modality {
  return MODALITY_SET.has(value);
}

function toEvidence(value: unknown): Evidence | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.doc !== "string" || typeof v.sentence !== "string") return null;
  const complete =
    typeof v.start === "number" &&
    typeof v.end === "number" &&
    typeof v.trigger === "string" &&
    typeof v.rule === "string" &&
    isModality(v.modality) &&
    (v.headline === undefined || typeof v.headline === "boolean") &&
    (v.date === undefined || v.date === null || typeof v.date === "string");
  // A parsed piece that is already complete is kept as it is (no copy: a million edges, a million objects).
  if (complete) return v as unknown as Evidence;
  const evidence: Evidence = {
    doc: v.doc,
    sentence: v.sentence,
    start: typeof v.start === "number" ? v.start : 0,
    end: typeof v.end === "number" ? v.end : 0,
    trigger: typeof v.trigger === "string" ? v.trigger : "",
    rule: typeof v.rule === "string" ? v.rule : "import",
    modality: isModality(v.modality) ? v.modality : "asserted",
  };
  if (typeof v.headline === "boolean") evidence.headline = v.headline;
  if (typeof v.date === "string" || v.date === null) evidence.date = v.date;
  if (typeof v.eventDate === "string") {
    evidence.eventDate = v.eventDate;
    if (typeof v.eventPrecision === "string")
      evidence.eventPrecision = v.eventPrecision as Evidence["eventPrecision"];
    if (typeof v.eventDateSource === "string")
      evidence.eventDateSource = v.eventDateSource as Evidence["eventDateSource"];
    if (typeof v.eventText === "string") evidence.eventText = v.eventText;
  }
  return evidence;
}

/**
 * The evidence list an attribute holds (an array, or its JSON text), or null when the value
 * is absent or is not a list of evidence.
 */
export function parseEvidence(value: unknown): Evidence[] | null {
  let list = value;
  const parsed = typeof value === "string";
  if (parsed) {
    if (!value.startsWith("[")) return null;
    try {
      list = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(list) || list.length === 0) return null;
  let out: Evidence[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const evidence = toEvidence(item);
    if (!evidence) return null;
    // A list parsed here whose pieces are all complete is kept as it is; else copied from the first change on.
    if (out === null && (evidence !== item || !parsed)) out = list.slice(0, i) as Evidence[];
    out?.push(evidence);
  }
  return out ?? (list as Evidence[]);
}

/** What a flat file keeps of an edge's evidence. */
export interface EvidenceHints {
  documents: unknown;
  firstSentence: unknown;
  dates: readonly string[];
  trigger: string;
  rule: string;
  fallbackDoc: string;
}

/**
 * Evidence rebuilt from a flat file: one piece per document named (the first holds the first
 * sentence), dated by the file's timeline; offsets are unknown (0, 0).
 */
export function rebuildEvidence(hints: EvidenceHints): Evidence[] {
  const docs = splitList(hints.documents);
  if (docs.length === 0) docs.push(hints.fallbackDoc);
  const sentence = typeof hints.firstSentence === "string" ? hints.firstSentence : "";
  return docs.map((doc, i) => {
    const evidence: Evidence = {
      doc,
      sentence: i === 0 ? sentence : "",
      start: 0,
      end: 0,
      trigger: hints.trigger,
      rule: hints.rule,
      modality: "asserted",
    };
    const date = hints.dates[Math.min(i, hints.dates.length - 1)];
    if (date) evidence.date = date;
    return evidence;
  });
}

/**
 * The edge attributes that follow from a relation and its evidence (summarizeEvidence: weight,
 * documents, first and last dates); the event dates only when some evidence has one.
 */
export function edgeAttributesOf(relation: RelationType, evidence: Evidence[]): EdgeAttributes {
  const { firstEvent, lastEvent, ...summary } = summarizeEvidence(evidence);
  const attrs: EdgeAttributes = { relation, evidence, ...summary };
  if (firstEvent) Object.assign(attrs, { firstEvent, lastEvent });
  return attrs;
}

/** Adds the pieces of `extra` that `evidence` lacks (same document, offsets and sentence). */
export function mergeEvidence(evidence: Evidence[], extra: readonly Evidence[]): Evidence[] {
  const seen = new Set(evidence.map((e) => `${e.doc}\u0000${e.start}\u0000${e.end}\u0000${e.sentence}`));
  const out = [...evidence];
  for (const e of extra) {
    const key = `${e.doc}\u0000${e.start}\u0000${e.end}\u0000${e.sentence}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}
