/**
 * Evaluation reports: the scores of several documents and their micro-average, as a readable
 * table (P/R/F1 per entity type and per relation type) or as JSON, and the golds that could not be
 * scored (their article's extraction failed), which mark the report incomplete. Pure: scores in,
 * text out.
 */
import { type Counts, type DocumentScore, type Prf, prf, sumScores, type Tally } from "./score.ts";

/** One scored document: the gold file, the article's document id and its score. */
export interface ScoredDocument {
  gold: string;
  doc: string;
  score: DocumentScore;
}

/** A gold left unscored: its article's extraction failed (EXTRACTION_TIMEOUT, EXTRACTION_FAILED). */
export interface UnscoredGold {
  gold: string;
  doc: string;
  /** The error's stable code. */
  code: string;
  message: string;
}

/** Counts with their precision, recall and F1, as the JSON report gives them. */
export type CountsWithPrf = Counts & Prf;

/** A tally in the JSON report. */
export interface TallyReport {
  all: CountsWithPrf;
  byType: Record<string, CountsWithPrf>;
  misses: string[];
  falsePositives: string[];
}

/**
 * The JSON report: every scored document, and the micro-average of all of them; when some golds
 * could not be scored, `incomplete: true` and those golds under `unscored` (both absent otherwise).
 */
export interface EvalReport {
  documents: { gold: string; doc: string; entities: TallyReport; relations: TallyReport }[];
  total: { documents: number; entities: TallyReport; relations: TallyReport };
  incomplete?: true;
  unscored?: UnscoredGold[];
}

function withPrf(c: Counts): CountsWithPrf {
  return { ...c, ...prf(c) };
}

function tallyReport<T extends string>(tally: Tally<T>): TallyReport {
  return {
    all: withPrf(tally.all),
    byType: Object.fromEntries(Object.entries<Counts>(tally.byType).map(([type, c]) => [type, withPrf(c)])),
    misses: tally.misses,
    falsePositives: tally.falsePositives,
  };
}

/** The JSON report of scored documents (and of the golds left unscored, if any). */
export function toEvalReport(
  documents: readonly ScoredDocument[],
  unscored: readonly UnscoredGold[] = [],
): EvalReport {
  const total = sumScores(documents.map((d) => d.score));
  const report: EvalReport = {
    documents: documents.map((d) => ({
      gold: d.gold,
      doc: d.doc,
      entities: tallyReport(d.score.entities),
      relations: tallyReport(d.score.relations),
    })),
    total: {
      documents: documents.length,
      entities: tallyReport(total.entities),
      relations: tallyReport(total.relations),
    },
  };
  return unscored.length ? { ...report, incomplete: true, unscored: [...unscored] } : report;
}

const LABEL = 18;

function row(label: string, c: Counts): string {
  const empty = c.tp + c.fp + c.fn === 0;
  const { precision, recall, f1 } = prf(c);
  const ratio = (x: number): string => (empty ? "    -" : x.toFixed(3));
  const n = (x: number): string => String(x).padStart(4);
  return `${label.padEnd(LABEL)} ${ratio(precision)}  ${ratio(recall)}  ${ratio(f1)}  ${n(c.tp)} ${n(c.fp)} ${n(c.fn)}`;
}

function table(score: DocumentScore): string[] {
  const lines = [`${"".padEnd(LABEL)}     P      R     F1    tp   fp   fn`];
  lines.push(row("entities", score.entities.all));
  for (const [type, c] of Object.entries<Counts>(score.entities.byType)) lines.push(row(`  ${type}`, c));
  lines.push(row("relations", score.relations.all));
  for (const [type, c] of Object.entries<Counts>(score.relations.byType)) lines.push(row(`  ${type}`, c));
  return lines.map((l) => `  ${l}`);
}

function itemLines(score: DocumentScore): string[] {
  const list = (label: string, items: string[]): string[] => items.map((x) => `  ${label}: ${x}`);
  return [
    ...list("missed entity", score.entities.misses),
    ...list("false entity", score.entities.falsePositives),
    ...list("missed relation", score.relations.misses),
    ...list("false relation", score.relations.falsePositives),
  ];
}

/**
 * The readable report: a table per document (with misses and false positives when verbose), then
 * the micro-average, then, when some golds were left unscored, a line saying the run is incomplete
 * and one line per such gold with its error.
 */
export function formatEvalReport(
  documents: readonly ScoredDocument[],
  options: { verbose?: boolean; unscored?: readonly UnscoredGold[] } = {},
): string {
  const lines: string[] = [];
  for (const d of documents) {
    lines.push(`${d.doc} (${d.gold})`, ...table(d.score));
    if (options.verbose) lines.push(...itemLines(d.score));
    lines.push("");
  }
  lines.push(
    `all ${documents.length} document(s), micro-averaged`,
    ...table(sumScores(documents.map((d) => d.score))),
  );
  const unscored = options.unscored ?? [];
  if (unscored.length) {
    const all = documents.length + unscored.length;
    lines.push(`INCOMPLETE: ${unscored.length} of ${all} gold(s) not scored, left out of the average above:`);
    for (const u of unscored) lines.push(`  not scored ${u.gold}: ${u.message} (${u.code})`);
  }
  return `${lines.join("\n")}\n`;
}
