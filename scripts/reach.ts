/**
 * The reach diagnostic (session 27, learnx): for every required gold triple kg misses, why a
 * sentence-pair model could not add it. Classes:
 *   a  an end is none of kg's entities (the gold entity's type, and whether its spelling occurs
 *      in the text at all: "unnamed" = no spelling of it is in the text);
 *   b  both ends are entities but never in one sentence, counting the mentions coreference and
 *      descriptions resolved and a quotation's speaker (quotedBy / quotes): the least distance in
 *      sentences and the links that could join them (a headline; the source a speaker of the
 *      document; the document's dominant supplier or recipient in kg's own facts);
 *   c  both in one sentence: c1 by mentions, c2 only through a quotation's speaker.
 *
 *   node --import tsx scripts/reach.ts [--tsv FILE] GOLD.json...
 *
 * Prints counts per relation and class; --tsv writes one row per missed triple.
 */
import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { scorerCandidates } from "../src/extract/5b-learned.ts";
import { assemble, SIGNATURES } from "../src/extract/6-assemble.ts";
import type { RelationType } from "../src/model/ontology.ts";
import { mergeExtractions, runStages } from "../src/extract/pipeline.ts";
import type { DocState } from "../src/extract/types.ts";
import { articlePathOf, type Gold, parseGold } from "../src/eval/gold.ts";
import { matchGold, tripleKey } from "../src/eval/score.ts";
import { readSource } from "../src/graph/sources.ts";
import type { SourceDocument } from "../src/model/types.ts";

/** One missed required triple and why it was missed. */
export interface Miss {
  doc: string;
  source: string;
  relation: string;
  target: string;
  cls: string;
  detail: string;
}

/** The gold id of each kg entity name (by any spelling of either, as the scorer matches), and the triples kg found. */
function goldIds(gold: Gold, state: DocState): { goldOf: Map<string, string>; found: Set<string> } {
  return matchGold(gold, mergeExtractions([assemble(state)]));
}

/** Per gold id, the sentences that mention it (m) and those where it only speaks a quotation (q). */
function presence(
  state: DocState,
  goldOf: Map<string, string>,
): Map<string, { m: Set<number>; q: Set<number> }> {
  const out = new Map<string, { m: Set<number>; q: Set<number> }>();
  const at = (id: string | undefined): { m: Set<number>; q: Set<number> } | null => {
    if (!id) return null;
    let p = out.get(id);
    if (!p) {
      p = { m: new Set(), q: new Set() };
      out.set(id, p);
    }
    return p;
  };
  for (const list of state.mentions) for (const m of list) at(goldOf.get(m.name))?.m.add(m.sentence);
  for (const s of state.sentences) {
    if (s.quotedBy) at(goldOf.get(s.quotedBy.speaker.name))?.q.add(s.index);
    for (const q of s.quotes ?? []) at(goldOf.get(q.speaker.name))?.q.add(s.index);
  }
  return out;
}

/** The most frequent source and target of kg's supplies facts in the document. */
function dominant(state: DocState, goldOf: Map<string, string>): { supplier?: string; recipient?: string } {
  const count = (xs: (string | undefined)[]): string | undefined => {
    const n = new Map<string, number>();
    for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const sup = state.facts.filter((f) => f.relation === "supplies");
  return {
    supplier: count(sup.map((f) => goldOf.get(f.source))),
    recipient: count(sup.map((f) => goldOf.get(f.target))),
  };
}

/**
 * Why a same-sentence miss is or is not a candidate of stage 5b: "cand" (it is, asserted),
 * "hedged" (a candidate in a hedged sentence only), else the first failing condition over its
 * sentences: headline, type (kg's types of the ends do not fit the relation), trigger (no trigger
 * of the relation in the sentence), gap (mentions too far apart).
 */
function whyNoCandidate(
  state: DocState,
  goldOf: Map<string, string>,
  cands: ReturnType<typeof scorerCandidates>,
  r: { source: string; relation: string; target: string },
  sentences: number[],
): string {
  const mine = cands.filter(
    (c) =>
      c.relation === r.relation &&
      ((goldOf.get(c.source) === r.source && goldOf.get(c.target) === r.target) ||
        (r.relation === "meets" && goldOf.get(c.source) === r.target && goldOf.get(c.target) === r.source)),
  );
  const hedgedFact = state.facts.some(
    (f) =>
      f.relation === r.relation &&
      f.modality !== "asserted" &&
      ((goldOf.get(f.source) === r.source && goldOf.get(f.target) === r.target) ||
        (r.relation === "meets" && goldOf.get(f.source) === r.target && goldOf.get(f.target) === r.source)),
  );
  if (hedgedFact) return "rule-hedged";
  if (mine.some((c) => c.modality === "asserted")) return "cand";
  if (mine.length > 0) return "hedged";
  const sig = SIGNATURES[r.relation as RelationType];
  const reasons = new Set<string>();
  for (const i of sentences) {
    const s = state.sentences[i];
    if (!s) continue;
    if (s.headline) {
      reasons.add("headline");
      continue;
    }
    const ms = state.mentions[i] ?? [];
    const src = ms.filter((m) => goldOf.get(m.name) === r.source);
    const tgt = ms.filter((m) => goldOf.get(m.name) === r.target);
    const fits =
      src.some(
        (m) => sig.source.includes(m.type) || (r.relation === "meets" && sig.target.includes(m.type)),
      ) &&
      tgt.some((m) => sig.target.includes(m.type) || (r.relation === "meets" && sig.source.includes(m.type)));
    reasons.add(
      fits
        ? "trigger-or-gap"
        : `type(${[...new Set(src.map((m) => m.type))]}>${[...new Set(tgt.map((m) => m.type))]})`,
    );
  }
  return [...reasons].join("|");
}

/** The missed required triples of one gold document, classified. */
export async function missesOf(file: string): Promise<{ misses: Miss[]; required: number }> {
  const gold = parseGold(await readFile(file, "utf8"), file);
  const { doc } = await readSource(articlePathOf(file) as string, gold.doc ? { id: gold.doc } : {});
  return classifyMisses(gold, doc, file.split("/").slice(-2).join("/"));
}

/** The missed required triples of a gold and its document (`name` labels the rows), classified. */
export function classifyMisses(
  gold: Gold,
  doc: SourceDocument,
  name: string,
): { misses: Miss[]; required: number } {
  const state = runStages(doc, { learnedScorer: null });
  const { goldOf, found } = goldIds(gold, state);
  const ids = new Set(goldOf.values());
  const where = presence(state, goldOf);
  const dom = dominant(state, goldOf);
  const speakers = new Set<string>();
  for (const s of state.sentences) {
    if (s.quotedBy) speakers.add(goldOf.get(s.quotedBy.speaker.name) ?? "");
    for (const q of s.quotes ?? []) speakers.add(goldOf.get(q.speaker.name) ?? "");
  }
  for (const f of state.facts) if (f.relation === "assesses") speakers.add(goldOf.get(f.source) ?? "");
  const text = doc.text.toLowerCase();
  const entity = new Map(gold.entities.map((e) => [e.id, e]));
  const headlines = new Set(state.sentences.filter((s) => s.headline).map((s) => s.index));
  const required = gold.relations.filter((r) => !r.optional);
  const cands = scorerCandidates(state, undefined, undefined, true);
  const misses: Miss[] = [];
  const short = name;
  for (const r of required) {
    if (found.has(tripleKey(r.source, r.relation, r.target))) continue;
    const miss = { doc: short, source: r.source, relation: r.relation, target: r.target };
    const absent = [r.source, r.target].filter((id) => !ids.has(id));
    if (absent.length > 0) {
      const detail = absent
        .map((id) => {
          const e = entity.get(id);
          const named = [e?.name ?? id, ...(e?.aliases ?? [])].some((n) => text.includes(n.toLowerCase()));
          return `${id}:${e?.type ?? "?"}:${named ? "named" : "unnamed"}`;
        })
        .join(",");
      misses.push({ ...miss, cls: "a", detail });
      continue;
    }
    const ps = where.get(r.source) ?? { m: new Set<number>(), q: new Set<number>() };
    const pt = where.get(r.target) ?? { m: new Set<number>(), q: new Set<number>() };
    const both = [...ps.m].filter((s) => pt.m.has(s));
    if (both.length > 0) {
      misses.push({
        ...miss,
        cls: "c1",
        detail: `${whyNoCandidate(state, goldOf, cands, r, both)} s${both.join(",")}`,
      });
      continue;
    }
    const viaSpeaker = [...ps.q].filter((s) => pt.m.has(s) || pt.q.has(s));
    const viaSpeaker2 = [...pt.q].filter((s) => ps.m.has(s));
    if (viaSpeaker.length + viaSpeaker2.length > 0) {
      misses.push({ ...miss, cls: "c2", detail: `s${[...viaSpeaker, ...viaSpeaker2].join(",")}` });
      continue;
    }
    const sIn = [...ps.m, ...ps.q];
    const tIn = [...pt.m, ...pt.q];
    let distance = Infinity;
    let pair: [number, number] = [-1, -1];
    for (const a of sIn)
      for (const b of tIn)
        if (Math.abs(a - b) < distance) {
          distance = Math.abs(a - b);
          pair = [a, b];
        }
    const links: string[] = [];
    if (headlines.has(pair[0]) || headlines.has(pair[1])) links.push("headline");
    if (sIn.some((x) => headlines.has(x)) && tIn.some((x) => headlines.has(x)))
      links.push("both-in-headlines");
    if (speakers.has(r.source)) links.push("source-speaks");
    if (r.relation === "supplies" && dom.supplier === r.source) links.push("dominant-supplier");
    if (r.relation === "supplies" && dom.recipient === r.target) links.push("dominant-recipient");
    if (links.length === 0) links.push("none");
    misses.push({ ...miss, cls: "b", detail: `d${distance} ${links.join("+")}` });
  }
  return { misses, required: required.length };
}

async function main(argv: string[]): Promise<void> {
  const tsvAt = argv.indexOf("--tsv");
  const tsv = tsvAt >= 0 ? argv[tsvAt + 1] : undefined;
  const files = argv.filter((a, i) => a.endsWith(".gold.json") && (tsvAt < 0 || i !== tsvAt + 1));
  const rows: Miss[] = [];
  let required = 0;
  for (const f of files) {
    const r = await missesOf(f);
    rows.push(...r.misses);
    required += r.required;
  }
  const table = new Map<string, Map<string, number>>();
  for (const m of rows) {
    const t = table.get(m.relation) ?? new Map<string, number>();
    t.set(m.cls, (t.get(m.cls) ?? 0) + 1);
    table.set(m.relation, t);
  }
  console.log(`${files.length} documents, ${required} required triples, ${rows.length} missed`);
  for (const [r, t] of [...table.entries()].sort())
    console.log(`${r.padEnd(16)} ${["a", "b", "c1", "c2"].map((c) => `${c} ${t.get(c) ?? 0}`).join("  ")}`);
  if (tsv)
    await writeFile(
      tsv,
      rows.map((m) => [m.doc, m.source, m.relation, m.target, m.cls, m.detail].join("\t")).join("\n") + "\n",
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main(process.argv.slice(2));
