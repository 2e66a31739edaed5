/**
 * Trains the learned scorer (src/extract/5b-learned.ts) on the dev corpus and writes its weights
 * to src/extract/lexicon/learned-scorer.json. The rules run with the scorer off; every candidate
 * pair, those the rules already join included, is labelled by the gold (a triple the gold
 * requires is positive, an optional one is left out): a model trained only on the pairs the rules
 * left over learns what the rules, tuned on dev, miss on dev, and out of fold ranked no true
 * triple first (so does --leftovers-only on dev 1-257). One logistic model per relation is trained
 * (src/extract/learned-train.ts); each relation's L2 penalty (L2_GRID), class weight of its
 * positive examples (POSITIVE_WEIGHTS) and threshold are chosen by 5-fold document-level
 * cross-validation, scored on the pairs the rules left over only: the best F1 of rules + scorer
 * whose added facts keep precision >= 0.85 with at least MIN_SUPPORT true ones on the held-out
 * folds, or off when none does. Last, a relation whose final model gives any must-not triple of
 * the labelled sentences (tests/unit/extract/_cases.ts, _affiliation-cases.ts and every
 * _cases-NAME.ts) is turned off.
 *
 *   node --import tsx scripts/train-scorer.ts [--dry-run] [--last-dev N] [--dump FILE]
 *     [--case-examples] [--grid-wide] [--train-extra GOLD.json...] [--validate GOLD.json... [--aggregate-only]]
 *
 * Trains on dev/01 to dev/N less the validation batches (N = the last article of the newest
 * validation batch unless --last-dev says otherwise), the other gold sets (OTHER_GOLDS) and the
 * --train-extra golds. A gold under a probes/ directory is a family gold:
 * only the relations it annotates are labelled and scored there (--train-extra and --validate).
 * --case-examples trains on the gives / must-not triples of every other labelled sentence with
 * must-not triples, and vetoes with the rest only. --validate also lists the pairs each relation
 * would add there at its cross-validated threshold, veto or not, to judge by hand; with
 * --aggregate-only it prints counts alone, never a pair or a sentence (for validation batches,
 * whose text no one may read). The validation batches of dev (validation-batches.ts VALIDATION_DEV)
 * are never trained on, whatever --last-dev says.
 * --grid-wide tries L2 penalties up to 0.1 and positive class weights up to 10. Each relation's
 * line says how many of the pairs the rules leave over are true, on dev and on the family golds
 * (and on the --validate golds): rules tuned on dev leave fewer true pairs there than on other text.
 *
 * Prints the cross-validated figures (rules alone vs with the scorer, per relation) and, for the
 * --validate gold files (never used in training), the same with the final model and how its
 * scores rank the pairs left over there, whatever the thresholds. --dump writes, per relation, the
 * training pairs the rules left over ranked by their out-of-fold score, with label and sentence.
 * `--validate dev/258..277 --aggregate-only` (batch 26) is a check on text no rule was tuned on.
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
import {
  DEFAULT_TRAIN_SETTINGS,
  type Example,
  type TrainSettings,
  trainLogistic,
} from "../src/extract/learned-train.ts";
import { extractDocument, extractDocuments, mergeExtractions, runStages } from "../src/extract/pipeline.ts";
import { articlePathOf, type Gold, parseGold } from "../src/eval/gold.ts";
import { type Counts, matchGold, SCORED_RELATIONS, scoreDocument, tripleKey } from "../src/eval/score.ts";
import { readSource } from "../src/graph/sources.ts";
import type { RelationType } from "../src/model/ontology.ts";
import type { SourceDocument } from "../src/model/types.ts";
import { AFFILIATION_CASES } from "../tests/unit/extract/_affiliation-cases.ts";
import { CASES, type SentenceCase } from "../tests/unit/extract/_cases.ts";
import { has } from "../tests/unit/extract/_triples.ts";
import { isValidationDev, VALIDATION_DEV } from "./validation-batches.ts";

const DEV = "tests/fixtures/corpus/dev";
/** The other gold sets trained on beside dev: the shared 8, the first article, the project's 7. */
const OTHER_GOLDS = ["tests/fixtures/eval/articles", "tests/fixtures/eval/dev", "tests/fixtures/articles"];
/**
 * The last dev article trained on by default: the end of the newest validation batch, so that
 * every tuning article is trained on and an article after it (a batch not listed yet, still
 * blind) is not unless --last-dev names it.
 */
const LAST_DEV = Math.max(...VALIDATION_DEV.map(([, end]) => end));
const OUT = "src/extract/lexicon/learned-scorer.json";
const FOLDS = 5;
const MIN_PRECISION = 0.85;
/** The fewest true facts a relation's scorer must add on the held-out folds to be turned on. */
const MIN_SUPPORT = 3;
/** The L2 penalties tried per relation; cross-validation picks one. */
const L2_GRID = process.argv.includes("--grid-wide") ? [1e-4, 1e-3, 1e-2, 3e-2, 1e-1] : [1e-4, 1e-3, 1e-2];
/** The class weights of positive examples tried per relation (with each L2); cross-validation picks one. */
const POSITIVE_WEIGHTS = process.argv.includes("--grid-wide") ? [1, 3, 10] : [1, 3];
/** Experiment switch: train on the pairs the rules leave unjoined only (worse on dev 1-257: s25 learn.md). */
const LEFTOVERS_ONLY = process.argv.includes("--leftovers-only");
/**
 * Experiment switch: half of the labelled sentences with must-not triples train (their gives and
 * must-not triples as examples), the other half is the veto (no better on dev 1-257 and the
 * family golds' held-out halves, session 27).
 */
const CASE_EXAMPLES = process.argv.includes("--case-examples");

interface Doc {
  name: string;
  doc: SourceDocument;
  gold: Gold;
  /** A family gold (fresh probes): only its own relations are labelled; null = all are. */
  only: Set<string> | null;
}

/** A candidate with its label and what accepting it would do to the document's score. */
interface Labelled {
  doc: number;
  candidate: Candidate;
  key: string;
  /** tp: adds a required triple; fp: adds a wrong one; none: optional, already found or a rule pair. */
  effect: "tp" | "fp" | "none";
  example: Example | null;
  /** The candidate's sentence text (for --dump). */
  text: string;
}

/** The labelled sentences of every tests/unit/extract/_cases-NAME.ts file (the helpers' own). */
async function ownCases(): Promise<SentenceCase[]> {
  const dir = "tests/unit/extract";
  const out: SentenceCase[] = [];
  for (const f of (await readdir(dir)).filter((n) => /^_cases-.*\.ts$/.test(n)).sort()) {
    const mod = (await import(`../${dir}/${f}`)) as { CASES?: SentenceCase[] };
    out.push(...(mod.CASES ?? []));
  }
  return out;
}

const OWN_CASES = await ownCases();

async function loadDocs(golds: string[]): Promise<Doc[]> {
  const out: Doc[] = [];
  for (const file of golds) {
    const gold = parseGold(await readFile(file, "utf8"), file);
    const { doc } = await readSource(articlePathOf(file) as string, gold.doc ? { id: gold.doc } : {});
    const partial = file.includes("/probes/");
    out.push({
      name: file,
      doc,
      gold,
      only: partial ? new Set(gold.relations.map((r) => r.relation)) : null,
    });
  }
  return out;
}

/** The gold files trained on: dev/01 to dev/`lastDev` less the validation batches, then the other gold sets, each sorted. */
async function trainingGolds(lastDev: number): Promise<string[]> {
  const dev = (await readdir(DEV))
    .filter((f) => {
      const n = Number(/^(\d+)-/.exec(f)?.[1] ?? Infinity);
      return f.endsWith(".gold.json") && n <= lastDev && !isValidationDev(n);
    })
    .sort()
    .map((f) => join(DEV, f));
  const others: string[] = [];
  for (const dir of OTHER_GOLDS)
    for (const f of (await readdir(dir)).filter((n) => n.endsWith(".gold.json")).sort())
      others.push(join(dir, f));
  return [...dev, ...others];
}

/** The dev candidates with their labels, and the rules' own found triples per document. */
function labelDoc(d: Doc, index: number): Labelled[] {
  const state = runStages(d.doc, { learnedScorer: null });
  const candidates = scorerCandidates(state, undefined, undefined, true);
  const extraction = mergeExtractions([assemble(state)]);
  const { goldOf, found } = matchGold(d.gold, extraction, assemble(state).entities);
  const required = new Set(
    d.gold.relations.filter((r) => !r.optional).map((r) => tripleKey(r.source, r.relation, r.target)),
  );
  const optional = new Set(
    d.gold.relations.filter((r) => r.optional).map((r) => tripleKey(r.source, r.relation, r.target)),
  );
  const out: Labelled[] = [];
  for (const c of candidates) {
    if (c.modality !== "asserted") continue;
    if (d.only && !d.only.has(c.relation)) continue;
    const s = goldOf.get(c.source);
    const t = goldOf.get(c.target);
    const key = s && t ? tripleKey(s, c.relation, t) : `unmatched ${c.source}|${c.relation}|${c.target}`;
    const isRequired = required.has(key);
    const isOptional = !isRequired && optional.has(key);
    const effect = c.known || found.has(key) || isOptional ? "none" : isRequired ? "tp" : "fp";
    out.push({
      doc: index,
      candidate: c,
      key,
      effect,
      example: isOptional ? null : { features: c.features, positive: isRequired },
      text: state.sentences[c.sentence]?.text ?? "",
    });
  }
  return out;
}

/**
 * The must-not triples of the labelled sentences (tests/unit/extract/_cases.ts and
 * _affiliation-cases.ts, other names than the corpus) that a relation's model gives at its
 * threshold. A relation that gives any stays off: those sentences are the traps the rules were
 * taught to avoid, and cross-validation on dev has too few of them to see it.
 */
function mustNotGiven(relation: RelationType, model: ScorerRelationModel): { given: string[]; of: number } {
  const given: string[] = [];
  let of = 0;
  const scorer: ScorerModel = { relations: { [relation]: model } };
  const all = CASE_EXAMPLES
    ? casesWithTraps().filter((_, i) => i % 2 === 1)
    : [...CASES, ...AFFILIATION_CASES, ...OWN_CASES];
  for (const c of all) {
    const traps = (c.notGives ?? []).filter((t) => t[1] === relation);
    if (traps.length === 0) continue;
    of += traps.length;
    const options = {
      learnedScorer: scorer,
      ...(c.headlineRelations === undefined ? {} : { headlineRelations: c.headlineRelations }),
    };
    const x = extractDocument({ id: "case.txt", text: c.text, meta: {} }, options);
    for (const t of traps) if (has(x, x.relations, t)) given.push(`${t.join(" ")} (${c.label})`);
  }
  return { given, of };
}

/** The labelled sentences with must-not triples (--case-examples: the even ones train, the odd ones veto). */
function casesWithTraps(): SentenceCase[] {
  return [...CASES, ...AFFILIATION_CASES, ...OWN_CASES].filter((c) => (c.notGives ?? []).length > 0);
}

/**
 * The candidates of one labelled sentence that its gives / notGives triples label (the rest are
 * left out), as training examples of document -1: in every fold's training part, never scored.
 */
function labelCase(c: SentenceCase): Labelled[] {
  const options = {
    learnedScorer: null,
    ...(c.headlineRelations === undefined ? {} : { headlineRelations: c.headlineRelations }),
  };
  const state = runStages({ id: "case.txt", text: c.text, meta: {} }, options);
  const x = mergeExtractions([assemble(state)]);
  const canonical = new Map<string, string>();
  for (const e of x.entities) for (const n of [e.name, ...e.aliases]) canonical.set(n.toLowerCase(), e.name);
  const label = new Map<string, boolean>();
  const put = (t: readonly string[], positive: boolean): void => {
    const a = canonical.get((t[0] as string).toLowerCase());
    const b = canonical.get((t[2] as string).toLowerCase());
    if (!a || !b) return;
    label.set(`${a}|${t[1]}|${b}`, positive);
    if (t[1] === "meets") label.set(`${b}|${t[1]}|${a}`, positive);
  };
  for (const t of c.gives ?? []) put(t, true);
  for (const t of c.notGives ?? []) put(t, false);
  const out: Labelled[] = [];
  for (const cand of scorerCandidates(state, undefined, undefined, true)) {
    if (cand.modality !== "asserted") continue;
    const positive = label.get(`${cand.source}|${cand.relation}|${cand.target}`);
    if (positive === undefined) continue;
    out.push({
      doc: -1,
      candidate: cand,
      key: `case ${cand.source}|${cand.relation}|${cand.target}`,
      effect: "none",
      example: { features: cand.features, positive },
      text: c.text,
    });
  }
  return out;
}

/**
 * How many of the pairs the rules leave over the gold holds (true / all, one per document and
 * triple): of the family golds (`family` true), of the other golds (false) or of all (null).
 */
function leftoverRate(labelled: readonly Labelled[], docs: readonly Doc[], family: boolean | null): string {
  const seen = new Map<string, boolean>();
  for (const l of labelled) {
    if (l.effect === "none") continue;
    if (family !== null && ((docs[l.doc]?.only ?? null) !== null) !== family) continue;
    const k = `${l.doc}|${l.key}`;
    seen.set(k, (seen.get(k) ?? false) || l.effect === "tp");
  }
  const all = seen.size;
  const tp = [...seen.values()].filter(Boolean).length;
  return `${tp}/${all} (${all === 0 ? "0" : ((100 * tp) / all).toFixed(1)}%)`;
}

/** One relation's model from its labelled candidates, or null when none is positive. */
function trainOne(labelled: Labelled[], settings: TrainSettings): ScorerRelationModel | null {
  const examples = labelled
    .filter((l) => l.example && !(LEFTOVERS_ONLY && l.candidate.known))
    .map((l) => l.example as Example);
  return examples.some((e) => e.positive) ? trainLogistic(examples, settings) : null;
}

/** One model per relation, each with its own settings (the default where none is given). */
function train(
  labelled: Labelled[],
  settings: ReadonlyMap<RelationType, TrainSettings>,
): Partial<Record<RelationType, ScorerRelationModel>> {
  const out: Partial<Record<RelationType, ScorerRelationModel>> = {};
  for (const r of SCORED_RELATIONS) {
    const m = trainOne(
      labelled.filter((l) => l.candidate.relation === r),
      settings.get(r) ?? DEFAULT_TRAIN_SETTINGS,
    );
    if (m) out[r] = m;
  }
  return out;
}

/** What a threshold choice adds out of fold: true minus false facts (off adds nothing). */
function gain(c: Choice): number {
  return c.threshold === null ? 0 : c.tp - c.fp;
}

type Scored = { l: Labelled; p: number };

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

/** How many top-scored leftovers of a relation --dump lists. */
const DUMP_TOP = 40;

/** The leftovers of one relation ranked by their out-of-fold score, with label and sentence (--dump). */
function dumpLeftovers(out: string[], relation: RelationType, oof: Scored[], docs: Doc[]): void {
  const left = oof.filter((x) => x.l.effect !== "none").sort((a, b) => b.p - a.p);
  out.push(
    `## ${relation}: ${left.length} leftovers, ${left.filter((x) => x.l.effect === "tp").length} true`,
  );
  for (const { l, p } of left.slice(0, DUMP_TOP))
    out.push(
      `${p.toFixed(3)} ${l.effect} ${docs[l.doc]?.name.split("/").pop()} | ${l.candidate.source} > ${l.candidate.target} [${l.candidate.trigger}] | ${l.text.slice(0, 220)}`,
    );
  for (const { l, p } of left.filter((x) => x.l.effect === "tp").slice(0, DUMP_TOP))
    out.push(
      `TRUE ${p.toFixed(3)} ${docs[l.doc]?.name.split("/").pop()} | ${l.candidate.source} > ${l.candidate.target} [${l.candidate.trigger}] | ${l.text.slice(0, 220)}`,
    );
}

type Table = Record<string, Counts>;

function emptyTable(): Table {
  return Object.fromEntries([...SCORED_RELATIONS, "all"].map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
}

function scoreInto(table: Table, d: Doc, model: ScorerModel | null): void {
  const score = scoreDocument(d.gold, extractDocuments([d.doc], { learnedScorer: model }));
  for (const r of SCORED_RELATIONS) {
    if (d.only && !d.only.has(r)) continue;
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

/** The arguments after `flag` up to the next flag. */
function listAfter(argv: string[], flag: string): string[] {
  const at = argv.indexOf(flag);
  if (at < 0) return [];
  const rest = argv.slice(at + 1);
  const end = rest.findIndex((a) => a.startsWith("--"));
  return end < 0 ? rest : rest.slice(0, end);
}

async function main(argv: string[]): Promise<void> {
  const dryRun = argv.includes("--dry-run");
  const aggregateOnly = argv.includes("--aggregate-only");
  const at = argv.indexOf("--validate");
  const validate = at >= 0 ? listAfter(argv, "--validate") : [];
  const lastAt = argv.indexOf("--last-dev");
  const lastDev = lastAt >= 0 ? Number(argv[lastAt + 1]) : LAST_DEV;
  if (!Number.isInteger(lastDev) || lastDev < 1)
    throw new Error(`train-scorer: --last-dev takes a dev article number, not '${argv[lastAt + 1]}'`);
  const dumpAt = argv.indexOf("--dump");
  const dump: string[] | null = dumpAt >= 0 ? [] : null;
  const trainExtra = listAfter(argv, "--train-extra");
  const docs = await loadDocs([...(await trainingGolds(lastDev)), ...trainExtra]);
  const labelled = docs.flatMap((d, i) => labelDoc(d, i));
  if (CASE_EXAMPLES) {
    const fromCases = casesWithTraps()
      .filter((_, i) => i % 2 === 0)
      .flatMap((c) => labelCase(c));
    console.log(
      `case examples: ${fromCases.length} (${fromCases.filter((l) => !l.example?.positive).length} negative)`,
    );
    labelled.push(...fromCases);
  }
  const rulesTable = emptyTable();
  for (const d of docs) scoreInto(rulesTable, d, null);

  // Cross-validation per relation and per L2 penalty: out-of-fold scores, then the threshold.
  const settings = new Map<RelationType, TrainSettings>();
  const thresholds = new Map<RelationType, number | null>();
  for (const r of SCORED_RELATIONS) {
    const own = labelled.filter((l) => l.candidate.relation === r);
    console.log(
      `${r}: leftovers true/all, dev ${leftoverRate(own, docs, false)}, family golds ${leftoverRate(own, docs, true)}`,
    );
    let chosen: { s: TrainSettings; choice: Choice; oof: Scored[] } | null = null;
    for (const [l2, positiveWeight] of L2_GRID.flatMap((l) => POSITIVE_WEIGHTS.map((w) => [l, w] as const))) {
      const s = { ...DEFAULT_TRAIN_SETTINGS, l2, positiveWeight };
      const folds = Array.from({ length: FOLDS }, (_, k) =>
        trainOne(
          own.filter((l) => l.doc % FOLDS !== k),
          s,
        ),
      );
      const oof: Scored[] = [];
      for (const l of own) {
        const m = folds[l.doc % FOLDS];
        if (m) oof.push({ l, p: scoreFeatures(m, l.candidate.features) });
      }
      const choice = chooseThreshold(oof, rulesTable[r] as Counts);
      console.log(
        `${r} (L2 ${l2}, positive weight ${positiveWeight}): candidates ${oof.length}, threshold ${choice.threshold?.toFixed(4) ?? "off"} (adds tp ${choice.tp} fp ${choice.fp} out of fold; ${choice.ranks})`,
      );
      if (!chosen || gain(choice) > gain(chosen.choice)) chosen = { s, choice, oof };
    }
    if (dump && chosen) dumpLeftovers(dump, r, chosen.oof, docs);
    if (!chosen) continue;
    settings.set(r, chosen.s);
    thresholds.set(r, chosen.choice.threshold);
    console.log(
      `${r}: L2 ${chosen.s.l2}, positive weight ${chosen.s.positiveWeight}, threshold ${chosen.choice.threshold?.toFixed(4) ?? "off"}`,
    );
  }
  const folds = Array.from({ length: FOLDS }, (_, k) =>
    train(
      labelled.filter((l) => l.doc % FOLDS !== k),
      settings,
    ),
  );
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

  // The veto of the labelled sentences: a relation whose final model gives a must-not triple is off.
  const finalModels = train(labelled, settings);
  const cvThresholds = new Map(thresholds);
  for (const [r, threshold] of thresholds) {
    const m = finalModels[r];
    if (threshold === null || !m) continue;
    const { given, of } = mustNotGiven(r, { ...m, threshold });
    console.log(`${r}: gives ${given.length} of the ${of} must-not triples of the labelled sentences`);
    if (given.length === 0) continue;
    thresholds.set(r, null);
    console.log(`${r}: off; it gives ${given.join("; ")}`);
  }
  const final: ScorerModel = {
    about:
      "Weights of the learned scorer (src/extract/5b-learned.ts): one logistic model per relation over candidate-pair features; threshold null = off. Written by scripts/train-scorer.ts from tests/fixtures/corpus/dev (do not edit by hand; rerun the script after rule changes).",
    ...withThresholds(finalModels),
  };
  if (validate.length > 0) {
    const held = await loadDocs(validate);
    const a = emptyTable();
    const b = emptyTable();
    const c = emptyTable();
    const beforeVeto: ScorerModel = {
      relations: Object.fromEntries(
        Object.entries(finalModels).map(([r, m]) => [
          r,
          { ...m, threshold: cvThresholds.get(r as RelationType) ?? null },
        ]),
      ),
    };
    for (const d of held) {
      scoreInto(a, d, null);
      scoreInto(b, d, final);
      scoreInto(c, d, beforeVeto);
    }
    console.log(report(`held-out (${held.length} documents, final model)`, a, b));
    console.log(
      report(`held-out (${held.length} documents, cross-validated thresholds before the veto)`, a, c),
    );
    // The held-out ranking whatever the thresholds: what each relation's model would add there.
    const heldLabelled = held.flatMap((d, i) => labelDoc(d, i));
    for (const r of SCORED_RELATIONS) {
      const m = final.relations[r];
      if (!m) continue;
      const scored = heldLabelled
        .filter((l) => l.candidate.relation === r)
        .map((l) => ({ l, p: scoreFeatures(m, l.candidate.features) }));
      const at = (cut: number): string => {
        const above = scored.filter((x) => x.p >= cut && x.l.effect !== "none");
        return `${above.filter((x) => x.l.effect === "tp").length}/${above.length}`;
      };
      console.log(
        `held-out ${r}: leftovers true/all ${leftoverRate(
          scored.map((x) => x.l),
          held,
          null,
        )}`,
      );
      console.log(
        `held-out ${r}: ${chooseThreshold(scored, a[r] as Counts).ranks}; true/added at p >= 0.5 ${at(0.5)}, 0.8 ${at(0.8)}, 0.9 ${at(0.9)}, 0.95 ${at(0.95)}`,
      );
      // What the model would add at its cross-validated threshold, veto or not (judged by hand).
      const cut = cvThresholds.get(r);
      if (typeof cut === "number" && aggregateOnly)
        console.log(`  held-out ${r} at ${cut.toFixed(4)}: adds ${at(cut)}`);
      else if (typeof cut === "number")
        for (const { l, p } of scored.filter((x) => x.p >= cut && x.l.effect !== "none"))
          console.log(
            `  held-out ${r} at ${cut.toFixed(4)}: ${p.toFixed(4)} ${l.effect} ${held[l.doc]?.name} | ${l.candidate.source} > ${l.candidate.target} | ${l.text.slice(0, 200)}`,
          );
    }
  }
  if (dump && dumpAt >= 0) await writeFile(argv[dumpAt + 1] as string, `${dump.join("\n")}\n`);
  if (!dryRun) {
    await writeFile(OUT, `${JSON.stringify(final, null, 2)}\n`);
    console.log(`wrote ${OUT}`);
  }
}

await main(process.argv.slice(2));
