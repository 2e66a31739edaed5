// Every committed news article extracts to the end: each fixture article (the project's, the shared
// evaluation's and the dev corpus's; the held-out test split is never run) goes through the
// extraction pool that `kg build` and the server use, and none fails, crashes the extractor or
// runs out of its time budget. A rule that loops forever on one sentence (a blind batch's article
// once hung `kg extract`) or throws on one (a hyphenated title once stopped a whole article) turns
// this red instead of hanging the suite. The budget is generous: this checks that extraction ends,
// not how fast (the extract bench measures speed).
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createExtractPool } from "../../../src/graph/extract-pool.ts";
import { DEFAULT_SOURCE_SETTINGS } from "../../../src/graph/sources.ts";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
/** Far above any article's extraction (tens of milliseconds warm): only a loop or a stall reaches it. */
const BUDGET_MS = 60_000;

/** The .txt articles under the fixtures' article folders, the held-out test split excepted. */
async function articles(): Promise<string[]> {
  const found: string[] = [];
  for (const sub of ["articles", "eval", "corpus/dev"]) {
    const root = join(FIXTURES, sub);
    for (const e of await readdir(root, { recursive: true, withFileTypes: true }))
      if (e.isFile() && e.name.endsWith(".txt")) found.push(join(e.parentPath ?? e.path, e.name));
  }
  return found.sort();
}

describe("the committed news articles", () => {
  it("each extract to the end in the extraction pool, with no failure and within the time budget", async () => {
    const files = await articles();
    expect(files.length).toBeGreaterThan(200);
    const pool = createExtractPool({ workers: 2, timeoutMs: BUDGET_MS });
    try {
      const outcomes = await Promise.allSettled(
        files.map((path) =>
          pool.extractFile({
            id: path,
            path,
            settings: DEFAULT_SOURCE_SETTINGS,
            known: null,
            hashSuffix: "",
          }),
        ),
      );
      const failed = outcomes.flatMap((o, i) =>
        o.status === "rejected"
          ? [`${relative(FIXTURES, files[i]!)}: ${(o.reason as { code?: string }).code ?? String(o.reason)}`]
          : [],
      );
      expect(failed).toEqual([]);
    } finally {
      await pool.close();
    }
  }, 600_000);
});
