/**
 * Trains the learned scorer (src/extract/5b-learned.ts) on the dev corpus and writes its weights
 * to src/extract/lexicon/learned-scorer.json. The rules run with the scorer off; their candidates
 * are labelled by the gold (a triple the gold requires is positive, an optional one is left out);
 * one logistic model per relation is trained (src/extract/learned-train.ts), and each relation's
 * threshold is chosen by 5-fold document-level cross-validation: the best F1 of rules + scorer
 * whose added facts keep precision >= 0.85 on the held-out folds, or off when none does.
 *
 *   node --import tsx scripts/train-scorer.ts [--dry-run] [--validate GOLD.json...]
 *
 * Prints the cross-validated figures (rules alone vs with the scorer, per relation) and, for the
 * --validate gold files (never used in training), the same with the final model.
 */
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Candidate,
  type ScorerModel,
  type ScorerRelationModel,
  scoreFeatures,
  scorerCandidates,
} from "../src/extract/5b-learned.ts";
import { assemble } from "../src/extract/6-assemble.ts";
import { type Example, trainLogistic } from "../src/extract/learned-train.ts";
import { extractDocuments, mergeExtractions, runStages } from "../src/extract/pipeline.ts";
import { articlePathOf, type Gold, parseGold } from "../src/eval/gold.ts";
import { type Counts, normaliseName, SCORED_RELATIONS, scoreDocument } from "../src/eval/score.ts";
import { readSource } from "../src/graph/sources.ts";
import type { RelationType } from "../src/model/ontology.ts";
import type { SourceDocument } from "../src/model/types.ts";

const DEV = "tests/fixtures/corpus/dev";
const OUT = "src/extract/lexicon/learned-scorer.json";
const FOLDS = 5;
const MIN_PRECISION = 0.85;
/** The fewest true facts a relation's scorer must add on the held-out folds to be turned on. */
const MIN_SUPPORT = 3;

interface Doc {
  name: string;
  doc: SourceDocument;
  gold: Gold;
}

/** A candidate with its label and what accepting it would do to the document's score. */
interface Labelled {
  doc: number;
  candidate: Candidate;
  key: string;
  /** tp: adds a required triple; fp: adds a wrong one; none: optional or already found. */
  effect: "tp" | "fp" | "none";
  example: Example | null;
}

async function loadDocs(golds: string[]): Promise<Doc[]> {
  const out: Doc[] = [];
  for (const file of golds) {
    const gold = parseGold(await readFile(file, "utf8"), file);
    const { doc } = await readSource(articlePathOf(file) as string, gold.doc ? { id: gold.doc } : {});
    out.push({ name: file, doc, gold });
  }
  return out;
}

function tripleKey(s: string, r: string, t: string): string {
  return r === "meets" && t < s ? `${t} ${r} ${s}` : `${s} ${r} ${t}`;
}

/** The dev candidates with their labels, and the rules' own found triples per document. */
function labelDoc(d: Doc, index: number): Labelled[] {
  const state = runStages(d.doc, { learnedScorer: null });
  const candidates = scorerCandidates(state);
  const extraction = mergeExtractions([assemble(state)]);
  const spellings = new Map<string, Gold["entities"][number]>();
  for (const e of d.gold.entities) {
    const own = normaliseName(e.name);
    for (const s of [e.name, ...(e.aliases ?? [])]) {
      const k = normaliseName(s);
      if (!spellings.has(k) || k === own) spellings.set(k, e);
    }
  }
  const goldOf = new Map<string, string>();
  for (const e of [...assemble(state).entities, ...extraction.entities]) {
    const g = [e.name, ...e.aliases].map((n) => spellings.get(normaliseName(n))).find((x) => x);
    if (g) goldOf.set(e.name, g.id);
  }
  const byId = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const found = new Set<string>();
  for (const r of extraction.relations) {
    const s = goldOf.get(byId.get(r.source) ?? "");
    const t = goldOf.get(byId.get(r.target) ?? "");
    if (s && t) found.add(tripleKey(s, r.relation, t));
  }
  const required = new Set(
    d.gold.relations.filter((r) => !r.optional).map((r) => tripleKey(r.source, r.relation, r.target)),
  );
  const optional = new Set(
    d.gold.relations.filter((r) => r.optional).map((r) => tripleKey(r.source, r.relation, r.target)),
  );
  const out: Labelled[] = [];
  for (const c of candidates) {
    if (c.modality !== "asserted") continue;
    const s = goldOf.get(c.source);
    const t = goldOf.get(c.target);
    const key = s && t ? tripleKey(s, c.relation, t) : `unmatched ${c.source}|${c.relation}|${c.target}`;
    const isRequired = required.has(key);
    const isOptional = !isRequired && optional.has(key);
    const effect = found.has(key) || isOptional ? "none" : isRequired ? "tp" : "fp";
    out.push({
      doc: index,
      candidate: c,
      key,
      effect,
      example: isOptional ? null : { features: c.features, positive: isRequired },
    });
  }
  return out;
}

function train(labelled: Labelled[]): Partial<Record<RelationType, ScorerRelationModel>> {
  const out: Partial<Record<RelationType, ScorerRelationModel>> = {};
  for (const r of SCORED_RELATIONS) {
    const examples = labelled
      .filter((l) => l.candidate.relation === r && l.example)
      .map((l) => l.example as Example);
    if (examples.some((e) => e.positive)) out[r] = trainLogistic(examples);
  }
  return out;
}

interface Choice {
  threshold: number | null;
  tp: number;
  fp: number;
  /** How many true triples rank at the top out of fold. */
  ranks: string;
}

/** The threshold of one relation from out-of-fold scores: best F1 of rules + added, added precision >= 0.85. */
function chooseThreshold(scored: { l: Labelled; p: number }[], rules: Counts): Choice {
  const best = new Map<string, { p: number; effect: Labelled["effect"] }>();
  for (const { l, p } of scored) {
    const k = `${l.doc}|${l.key}`;
    const prev = best.get(k);
    if (!prev || p > prev.p) best.set(k, { p, effect: l.effect });
  }
  const items = [...best.values()].filter((x) => x.effect !== "none").sort((a, b) => b.p - a.p);
  const top = (n: number): string => {
    const head = items.slice(0, n);
    return `${head.filter((x) => x.effect === "tp").length}/${head.length}`;
  };
  const reachable = items.filter((x) => x.effect === "tp").length;
  let choice: Choice = {
    threshold: null,
    tp: 0,
    fp: 0,
    ranks: `true among the top 5 ${top(5)}, 10 ${top(10)}, 20 ${top(20)}; ${reachable} reachable`,
  };
  const f1 = (tp: number, fp: number): number => {
    const all = rules.tp + tp;
    return all === 0 ? 0 : (2 * all) / (2 * all + rules.fp + fp + (rules.fn - tp));
  };
  let bestF1 = f1(0, 0);
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as { p: number; effect: Labelled["effect"] };
    if (it.effect === "tp") tp++;
    else fp++;
    const next = items[i + 1];
    if (next && next.p === it.p) continue;
    if (tp < MIN_SUPPORT || tp / (tp + fp) < MIN_PRECISION) continue;
    const f = f1(tp, fp);
    if (f > bestF1) {
      bestF1 = f;
      // Half-way to the next score down: a margin on both sides.
      choice = { ...choice, threshold: next ? (it.p + next.p) / 2 : it.p, tp, fp };
    }
  }
  return choice;
}

type Table = Record<string, Counts>;

function emptyTable(): Table {
  return Object.fromEntries([...SCORED_RELATIONS, "all"].map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
}

function scoreInto(table: Table, d: Doc, model: ScorerModel | null): void {
  const score = scoreDocument(d.gold, extractDocuments([d.doc], { learnedScorer: model }));
  for (const r of SCORED_RELATIONS) {
    const c = score.relations.byType[r];
    for (const k of ["tp", "fp", "fn"] as const) {
      (table[r] as Counts)[k] += c[k];
      (table.all as Counts)[k] += c[k];
    }
  }
}

function prf(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

function report(title: string, rules: Table, learned: Table): string {
  const lines = [title];
  for (const r of [...SCORED_RELATIONS, "all"])
    lines.push(
      `  ${r.padEnd(16)} rules ${prf(rules[r] as Counts)}\n  ${"".padEnd(16)} +scorer ${prf(learned[r] as Counts)}`,
    );
  return lines.join("\n");
}

async function main(argv: string[]): Promise<void> {
  const dryRun = argv.includes("--dry-run");
  const at = argv.indexOf("--validate");
  const validate = at >= 0 ? argv.slice(at + 1).filter((a) => !a.startsWith("--")) : [];
  const names = (await readdir(DEV)).filter((f) => f.endsWith(".gold.json")).sort();
  const docs = await loadDocs(names.map((n) => join(DEV, n)));
  const labelled = docs.flatMap((d, i) => labelDoc(d, i));
  const rulesTable = emptyTable();
  for (const d of docs) scoreInto(rulesTable, d, null);

  // Cross-validation: out-of-fold scores per relation.
  const folds = Array.from({ length: FOLDS }, (_, k) => train(labelled.filter((l) => l.doc % FOLDS !== k)));
  const oof = new Map<RelationType, { l: Labelled; p: number }[]>();
  for (const l of labelled) {
    const m = folds[l.doc % FOLDS]?.[l.candidate.relation];
    if (!m) continue;
    oof.set(l.candidate.relation, [
      ...(oof.get(l.candidate.relation) ?? []),
      { l, p: scoreFeatures(m, l.candidate.features) },
    ]);
  }
  const thresholds = new Map<RelationType, number | null>();
  for (const r of SCORED_RELATIONS) {
    const choice = chooseThreshold(oof.get(r) ?? [], rulesTable[r] as Counts);
    thresholds.set(r, choice.threshold);
    console.log(
      `${r}: candidates ${(oof.get(r) ?? []).length}, threshold ${choice.threshold?.toFixed(4) ?? "off"} (adds tp ${choice.tp} fp ${choice.fp} out of fold; ${choice.ranks})`,
    );
  }
  const withThresholds = (relations: Partial<Record<RelationType, ScorerRelationModel>>): ScorerModel => ({
    relations: Object.fromEntries(
      Object.entries(relations).map(([r, m]) => [
        r,
        { ...m, threshold: thresholds.get(r as RelationType) ?? null },
      ]),
    ),
  });
  const cvTable = emptyTable();
  docs.forEach((d, i) => scoreInto(cvTable, d, withThresholds(folds[i % FOLDS] ?? {})));
  console.log(report(`dev, ${FOLDS}-fold cross-validation (${docs.length} documents)`, rulesTable, cvTable));

  const final: ScorerModel = {
    about:
      "Weights of the learned scorer (src/extract/5b-learned.ts): one logistic model per relation over candidate-pair features; threshold null = off. Written by scripts/train-scorer.ts from tests/fixtures/corpus/dev (do not edit by hand; rerun the script after rule changes).",
    ...withThresholds(train(labelled)),
  };
  if (validate.length > 0) {
    const held = await loadDocs(validate);
    const a = emptyTable();
    const b = emptyTable();
    for (const d of held) {
      scoreInto(a, d, null);
      scoreInto(b, d, final);
    }
    console.log(report(`held-out (${held.length} documents, final model)`, a, b));
  }
  if (!dryRun) {
    await writeFile(OUT, `${JSON.stringify(final, null, 1)}\n`);
    console.log(`wrote ${OUT}`);
  }
}

await main(process.argv.slice(2));
