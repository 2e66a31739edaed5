/**
 * The committed fixtures every test reads: the first article with its metadata and gold, the
 * annotated articles, and the GEXF 1.3 grammar. Tests never read or write the live graph-data:
 * they copy what they need from here into a temporary folder.
 */
import { mkdirSync, copyFileSync } from "node:fs";
import { join } from "node:path";

/** tests/fixtures. */
export const FIXTURES = join(import.meta.dirname, "fixtures");
/** The folder of the first article, its sidecar and its gold. */
export const FIRST_ARTICLE_DIR = join(FIXTURES, "eval", "dev");
/** The first article's document id (its file name). */
export const FIRST_ARTICLE_ID = "nk-russia-troops.txt";
/** The first article's text file. */
export const FIRST_ARTICLE = join(FIRST_ARTICLE_DIR, FIRST_ARTICLE_ID);
/** The first article's gold annotation. */
export const FIRST_ARTICLE_GOLD = join(FIRST_ARTICLE_DIR, "nk-russia-troops.gold.json");
/** The eight annotated articles handed to the project for development, with their golds. */
export const SHARED_ARTICLES_DIR = join(FIXTURES, "eval", "articles");
/** The project's own annotated articles, with their golds. */
export const OWN_ARTICLES_DIR = join(FIXTURES, "articles");
/** The GEXF 1.3 RELAX NG grammar (vendored, CC BY 4.0). */
export const GEXF_GRAMMAR = join(FIXTURES, "gexf-1.3", "gexf.rng");

/** Copies the first article and its `.meta.json` sidecar (not its gold) into `sourcesDir`, creating it. */
export function copyFirstArticle(sourcesDir: string): void {
  mkdirSync(sourcesDir, { recursive: true });
  for (const name of [FIRST_ARTICLE_ID, "nk-russia-troops.meta.json"])
    copyFileSync(join(FIRST_ARTICLE_DIR, name), join(sourcesDir, name));
}
