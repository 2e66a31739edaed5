/**
 * Metamorphic robustness measure: extracts each article as written and each meaning-preserving
 * variant of it (scripts/metamorphic-variants.ts: an opener, a parenthetical, an adverb, a re-wrap;
 * shape rewrites: a comma or dash appositive, "A and B met", "met (with)", a passive supply, a
 * swapped pair of titled persons)
 * and prints, per variant, the triples of the plain text and how many the variant lost and gained.
 * A triple lost to a variant is a place where kg's reading hangs on surface syntax, not meaning.
 * Run: node --import tsx scripts/metamorphic.ts [--variant NAME[,NAME...]] [--verbose] FILES...
 * (.txt files; never the test split). Per variant: its edits (insertions or rewritten places; for
 * wrap, line breaks added), the plain text's triples, lost and gained. --verbose prints each lost (-) and gained (+)
 * triple with its evidence sentence.
 */
import { readFileSync } from "node:fs";
import { extractDocumentDetailed } from "../src/extract/index.ts";
import type { Extraction } from "../src/model/types.ts";
import { type Analysis, EDITS, MARKS, VARIANTS } from "./metamorphic-variants.ts";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const vi = args.indexOf("--variant");
const only = vi >= 0 ? args[vi + 1] : undefined;
const files = args.filter((x, i) => !x.startsWith("--") && (vi < 0 || i !== vi + 1));
const names = only ? only.split(",") : Object.keys(VARIANTS);
for (const n of names) if (!VARIANTS[n]) throw new Error(`unknown variant ${n}`);

/** Triples (asserted and hedged) by entity name, each with the evidence sentence it came from. */
function triples(x: Extraction, text: string): Map<string, string> {
  const n = new Map(x.entities.map((e) => [e.id, e.name]));
  const out = new Map<string, string>();
  for (const [h, list] of [
    ["", x.relations],
    ["(h) ", x.hedged],
  ] as const)
    for (const r of list) {
      const ev = r.evidence[0];
      const where = ev ? text.slice(ev.start, ev.end).replace(/\s+/gu, " ") : "";
      out.set(`${h}${n.get(r.source) ?? r.source} -${r.relation}-> ${n.get(r.target) ?? r.target}`, where);
    }
  return out;
}

/** A pronoun kg reads as a speaker's mention: not a name, so no variant puts an aside after it. */
const PRONOUN = /^(?:he|she|it|they|we|i|you)$/iu;

function analyse(text: string): { analysis: Analysis; plain: Map<string, string> } {
  const d = extractDocumentDetailed({ id: "a", text, meta: {} } as never);
  const type = new Map(d.extraction.entities.map((e) => [e.name, e.type]));
  const analysis: Analysis = {
    sentences: d.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      headline: s.headline,
      tokens: s.tokens,
    })),
    mentions: d.mentions
      .filter((m) => !["pronoun", "role", "generic-weapon"].includes(m.kind) && /^\p{Lu}/u.test(m.text))
      .filter((m) => !PRONOUN.test(m.text))
      .map((m) => ({ start: m.start, end: m.end, type: type.get(m.name) ?? "" })),
    relations: [...d.extraction.relations, ...d.extraction.hedged].flatMap((r) =>
      r.evidence.map((e) => ({ relation: r.relation, start: e.start, end: e.end })),
    ),
  };
  return { analysis, plain: triples(d.extraction, text) };
}

const totals = new Map(names.map((n) => [n, { plain: 0, lost: 0, gained: 0, files: 0, edits: 0 }]));
for (const f of files) {
  const text = readFileSync(f, "utf8");
  const { analysis, plain } = analyse(text);
  const name = f.split("/").slice(-2).join("/");
  for (const v of names) {
    const vt = VARIANTS[v]!(text, analysis);
    const x = extractDocumentDetailed({ id: "a", text: vt, meta: {} } as never).extraction;
    const got = triples(x, vt);
    const t = totals.get(v)!;
    const marks = MARKS[v];
    if (marks) t.edits += (vt.match(marks) ?? []).length - (text.match(marks) ?? []).length;
    else t.edits += EDITS[v]?.(text, analysis).length ?? 0;
    t.plain += plain.size;
    let d = 0;
    for (const [k, where] of plain)
      if (!got.has(k)) {
        t.lost++;
        d++;
        if (verbose) console.log(`${v}\t${name}\t-\t${k}\t${where}`);
      }
    for (const [k, where] of got)
      if (!plain.has(k)) {
        t.gained++;
        d++;
        if (verbose) console.log(`${v}\t${name}\t+\t${k}\t${where}`);
      }
    if (d) t.files++;
  }
}
for (const [v, t] of totals)
  console.log(
    `${v}: files ${files.length}, edits ${t.edits}, plain triples ${t.plain}, lost ${t.lost}, gained ${t.gained}, files differing ${t.files}`,
  );
