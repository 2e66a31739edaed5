/**
 * Scores the extractor on a committed gold fixture the way `kg eval` does: the article beside the
 * gold (with its sidecar) read as a source, extracted, and scored by src/eval.
 */
import { readFile } from "node:fs/promises";
import { extractDocuments } from "../../../src/extract/index.ts";
import { articlePathOf, parseGold } from "../../../src/eval/gold.ts";
import { type DocumentScore, prf, type Prf, scoreDocument, sumScores } from "../../../src/eval/score.ts";
import { readSource } from "../../../src/graph/sources.ts";
import type { Extraction } from "../../../src/model/types.ts";

/** One article's extraction and its score. */
export interface Evaluated {
  extraction: Extraction;
  score: DocumentScore;
}

/** Extracts the article of a gold file and scores it. */
export async function evaluateGold(goldPath: string): Promise<Evaluated> {
  const gold = parseGold(await readFile(goldPath, "utf8"), goldPath);
  const article = articlePathOf(goldPath);
  if (!article) throw new Error(`${goldPath} is not named NAME.gold.json`);
  const { doc } = await readSource(article, gold.doc ? { id: gold.doc } : {});
  const extraction = extractDocuments([doc]);
  return { extraction, score: scoreDocument(gold, extraction) };
}

/** Entity and relation P/R/F1 of several scores, micro-averaged. */
export function microAverage(scores: DocumentScore[]): { entities: Prf; relations: Prf } {
  const total = sumScores(scores);
  return { entities: prf(total.entities.all), relations: prf(total.relations.all) };
}
