/**
 * Miss shapes: for each gold file, extracts its article as `kg eval` does, matches by the scorer
 * (src/eval/score.ts) and puts every missed required triple in one class: E (an end kg did not
 * find as an entity), H (kg has it hedged), Q (an end has no mention of kg's), the grammatical link
 * between the two ends' mentions where one sentence holds both (src/eval/miss-shapes.ts:
 * "subj(V) + to(V)", "poss(N) + of(N)", "speaker(said) + subj(claim)", "apposition", "list-member",
 * "in-quote", "other-clause", "no-parse" …, with the class of the linking word), or, across
 * sentences, X with the distance, whether the missing end is the sentence before's subject and
 * whether the trigger sentence holds a pronoun or a definite description.
 * Run: node --import tsx scripts/miss-shapes.ts [--aggregate-only] [--examples N] [--json] GOLD.json...
 * --aggregate-only prints counts per relation x shape only (no sentence, name or document): the
 * only form for validation batches. --examples N prints up to N sentences per shape (tuning only).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { indexSentence, type SentenceIndex } from "../src/extract/chunks.ts";
import { frameTableOf } from "../src/extract/frames.ts";
import { mergeExtractions, runStages } from "../src/extract/pipeline.ts";
import { assemble } from "../src/extract/6-assemble.ts";
import { tablesOf } from "../src/extract/lexicon-tables.ts";
import { modalityCuesOf } from "../src/extract/modality-cues.ts";
import { wordsOf } from "../src/extract/stage-words.ts";
import type { Mention } from "../src/extract/types.ts";
import { articlePathOf, parseGold } from "../src/eval/gold.ts";
import { goldIndex, matchGold, normaliseName, SCORED_RELATIONS, tripleKey } from "../src/eval/score.ts";
import { classifyAcross, classifySentence, frameTriggersIn } from "../src/eval/miss-shapes.ts";
import type { RelationType } from "../src/model/ontology.ts";
import { slugify } from "../src/model/ids.ts";
import { MISS_SHAPES_USAGE, parseMissShapesArgs } from "./miss-shapes-args.ts";

process.stdout.on("error", () => process.exit(0));
const { json, examples, files, help } = parseMissShapesArgs(process.argv.slice(2));
if (help) {
  console.log(MISS_SHAPES_USAGE);
  process.exit(0);
}

/** Counts per relation, then per shape. */
const counts = new Map<string, Map<string, number>>();
/** Example lines per relation|shape. */
const shown = new Map<string, string[]>();
const crossClues = new Map<string, Map<string, number>>();

/** Distinct documents and sentences per relation|shape: how clustered a shape's misses are. */
const spread = new Map<string, { docs: Set<string>; sentences: Set<string> }>();

function note(rel: string, shape: string, doc: string, sentence: number): void {
  const key = `${rel}|${shape}`;
  const s = spread.get(key) ?? { docs: new Set<string>(), sentences: new Set<string>() };
  s.docs.add(doc);
  s.sentences.add(`${doc}#${sentence}`);
  spread.set(key, s);
}

function add(map: Map<string, Map<string, number>>, rel: string, key: string): void {
  const inner = map.get(rel) ?? new Map<string, number>();
  inner.set(key, (inner.get(key) ?? 0) + 1);
  map.set(rel, inner);
}

function example(rel: string, shape: string, line: string): void {
  if (examples <= 0) return;
  const key = `${rel}|${shape}`;
  const list = shown.get(key) ?? [];
  if (list.length < examples) list.push(line);
  shown.set(key, list);
}

for (const goldPath of files) {
  const gold = parseGold(readFileSync(goldPath, "utf8"), goldPath);
  const article = articlePathOf(goldPath) as string;
  const metaPath = article.replace(/\.txt$/u, ".meta.json");
  const date = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, "utf8")) as { date?: string }).date
    : undefined;
  const state = runStages({
    id: basename(article),
    text: readFileSync(article, "utf8"),
    meta: date ? { date } : {},
  });
  const raw = assemble(state);
  const extraction = mergeExtractions([raw]);
  const { goldOf, found } = matchGold(gold, extraction, raw.entities);
  const index = goldIndex(gold);
  const foundIds = new Set(goldOf.values());
  const hedged = matchGold(gold, { entities: extraction.entities, relations: extraction.hedged }).found;
  // The gold id each mention stands for.
  const byId = new Map<string, string>();
  for (const e of [...raw.entities, ...extraction.entities]) {
    const g = goldOf.get(e.name);
    if (!g) continue;
    byId.set(e.id, g);
    for (const a of e.aliases) byId.set(slugify(a), g);
  }
  const goldOfMention = (m: Mention): string | undefined =>
    byId.get(slugify(m.name)) ?? index.get(normaliseName(m.name))?.id ?? index.get(normaliseName(m.text))?.id;
  const table = frameTableOf(state.options.lexicon);
  const words = wordsOf(state);
  const ixCache = new Map<number, SentenceIndex>();
  const ixOf = (s: number): SentenceIndex => {
    let ix = ixCache.get(s);
    if (!ix) {
      ix = indexSentence(
        state.sentences[s]!,
        state.mentions[s] ?? [],
        words,
        tablesOf(state),
        modalityCuesOf(state),
      );
      ixCache.set(s, ix);
    }
    return ix;
  };
  const mentionsOf = (s: number, id: string): Mention[] =>
    (state.mentions[s] ?? []).filter((m) => goldOfMention(m) === id);
  const names = new Map(gold.entities.map((e) => [e.id, e.name]));
  for (const r of gold.relations) {
    if (r.optional || !SCORED_RELATIONS.includes(r.relation)) continue;
    const key = tripleKey(r.source, r.relation, r.target);
    if (found.has(key)) continue;
    const rel = r.relation as RelationType;
    const label = `${names.get(r.source)} ${rel} ${names.get(r.target)}`;
    if (!foundIds.has(r.source) || !foundIds.has(r.target)) {
      add(counts, rel, "E entity");
      note(rel, "E entity", goldPath, -1);
      example(rel, "E entity", `${goldPath}: ${label}`);
      continue;
    }
    if (hedged.has(key)) {
      add(counts, rel, "H hedged");
      note(rel, "H hedged", goldPath, -1);
      example(rel, "H hedged", `${goldPath}: ${label}`);
      continue;
    }
    const withA: number[] = [];
    const withB: number[] = [];
    for (let s = 0; s < state.sentences.length; s++) {
      if (mentionsOf(s, r.source).length) withA.push(s);
      if (mentionsOf(s, r.target).length) withB.push(s);
    }
    if (withA.length === 0 || withB.length === 0) {
      add(counts, rel, "Q no mention");
      note(rel, "Q no mention", goldPath, -1);
      example(rel, "Q no mention", `${goldPath}: ${label}`);
      continue;
    }
    const both = withA.filter((s) => withB.includes(s));
    if (both.length > 0) {
      // The sentence whose link is tightest: a phrase or one verb's roles before looser ones.
      const rank = (shape: string): number =>
        shape === "no-parse"
          ? 5
          : shape.startsWith("one-end-only")
            ? 4
            : shape === "in-quote"
              ? 3
              : shape.startsWith("other-clause")
                ? 2
                : 0;
      let best: { s: number; shape: string; trigger: string; lemma: string } | null = null;
      for (const s of both) {
        const got = classifySentence(ixOf(s), mentionsOf(s, r.source), mentionsOf(s, r.target), rel, table);
        const trig = got.trigger.startsWith("frame") ? 0 : 1;
        const score = rank(got.shape) * 2 + trig;
        const bestScore = best ? rank(best.shape) * 2 + (best.trigger.startsWith("frame") ? 0 : 1) : Infinity;
        if (score < bestScore) best = { s, ...got };
      }
      const b = best!;
      const shape = `S ${b.shape} [${b.trigger}]`;
      add(counts, rel, shape);
      note(rel, shape, goldPath, b.s);
      example(
        rel,
        shape,
        `${goldPath}: ${label} <${b.lemma}> | ${state.sentences[b.s]!.text.replace(/\s+/gu, " ")}`,
      );
      continue;
    }
    // Across sentences: the nearest pair, a sentence with a frame trigger of the relation preferred.
    let pick: { t: number; other: number; presentId: string; missingId: string; d: number } | null = null;
    for (const sa of withA)
      for (const sb of withB) {
        const d = Math.abs(sa - sb);
        for (const [t, other, presentId, missingId] of [
          [sa, sb, r.source, r.target],
          [sb, sa, r.target, r.source],
        ] as const) {
          const trig = frameTriggersIn(ixOf(t), rel, table).length ? 0 : 1000;
          const cost = d + trig;
          const pickCost = pick
            ? pick.d + (frameTriggersIn(ixOf(pick.t), rel, table).length ? 0 : 1000)
            : Infinity;
          if (cost < pickCost) pick = { t, other, presentId, missingId, d };
        }
      }
    const p = pick!;
    const across = classifyAcross(
      ixOf(p.t),
      ixOf(p.other),
      mentionsOf(p.t, p.presentId),
      (m) => goldOfMention(m) === p.missingId,
      p.d,
      rel,
      table,
    );
    const end = p.missingId === r.source ? "src" : "tgt";
    const shape = `X ${across.distance} [${across.trigger}] missing=${end} ${p.other < p.t ? "before" : "after"}`;
    add(counts, rel, shape);
    note(rel, shape, goldPath, p.t);
    add(crossClues, rel, `missing-role=${across.missingRole}`);
    add(crossClues, rel, `missing-type=${gold.entities.find((e) => e.id === p.missingId)?.type ?? "?"}`);
    add(crossClues, rel, `other-subj=${across.otherSubject ? "y" : "n"}`);
    add(crossClues, rel, `pronoun=${across.pronoun ? "y" : "n"}`);
    add(crossClues, rel, `description=${across.description ? "y" : "n"}`);
    add(crossClues, rel, `present-role=${across.presentRole}`);
    example(
      rel,
      shape,
      `${goldPath}: ${label} other-subj=${across.otherSubject} pron=${across.pronoun} desc=${across.description} role=${across.presentRole} missing-role=${across.missingRole} | ${state.sentences[p.t]!.text.replace(/\s+/gu, " ")}`,
    );
  }
}

const sorted = (m: Map<string, number> | undefined): [string, number][] =>
  [...(m ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
if (json) {
  const out = Object.fromEntries(
    SCORED_RELATIONS.map((rel) => [
      rel,
      {
        shapes: Object.fromEntries(sorted(counts.get(rel))),
        spread: Object.fromEntries(
          sorted(counts.get(rel)).map(([shape]) => {
            const s = spread.get(`${rel}|${shape}`);
            return [shape, { docs: s?.docs.size ?? 0, sentences: s?.sentences.size ?? 0 }];
          }),
        ),
        cross: Object.fromEntries(sorted(crossClues.get(rel))),
      },
    ]),
  );
  console.log(JSON.stringify(out, null, 1));
} else {
  for (const rel of SCORED_RELATIONS) {
    const list = sorted(counts.get(rel));
    const total = list.reduce((n, [, c]) => n + c, 0);
    console.log(`${rel}: ${total} missed`);
    for (const [shape, c] of list) {
      const s = spread.get(`${rel}|${shape}`);
      console.log(
        `  ${String(c).padStart(4)}  ${shape}  (${s?.docs.size ?? 0} docs, ${s?.sentences.size ?? 0} sentences)`,
      );
      for (const line of shown.get(`${rel}|${shape}`) ?? []) console.log(`          ${line}`);
    }
    const clues = sorted(crossClues.get(rel));
    if (clues.length) console.log(`  across: ${clues.map(([k, c]) => `${k}:${c}`).join("  ")}`);
  }
}
