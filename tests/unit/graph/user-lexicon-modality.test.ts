/**
 * A data folder's lexicon files may give modality cues (session 40, helper debt40): a later file's
 * cues follow an earlier one's, and a malformed cue is INVALID_INPUT naming its file, list and row.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modalityOf, modalityTableOf } from "../../../src/extract/modality-cues.ts";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A temporary data folder's lexicon directory holding `files` (name → JSON value). */
async function lexiconDir(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-debt40-"));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(json));
  return dir;
}

describe("modality cues in a data folder's lexicon files", () => {
  it("are read over the built-in cues, a later file's row winning for its cue", async () => {
    const dir = await lexiconDir({
      "a.json": {
        modality: {
          cues: [
            ["quietly", "possible"],
            ["poised", "asserted"],
          ],
        },
      },
      "b.json": { modality: { cues: [["quietly", "planned"]] } },
    });
    const { lexicon } = await readUserLexicon(dir);
    const cues = modalityTableOf(lexicon.modality);
    expect(modalityOf(["quietly"], cues)).toBe("planned");
    expect(modalityOf(["poised"], cues)).toBe("asserted");
    expect(modalityOf(["may"], cues)).toBe("possible");
  });

  it("a malformed cue is INVALID_INPUT naming the file, the list and the row", async () => {
    const dir = await lexiconDir({
      "a.json": [{ name: "Zembla", type: "Country" }],
      "b.json": {
        modality: {
          cues: [
            ["quietly", "possible"],
            ["poised", "soon"],
          ],
        },
      },
    });
    const err = await readUserLexicon(dir).catch((e: unknown) => e);
    expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
    expect(isKgError(err) && err.details).toMatchObject({ file: "b.json", key: "cues", index: 1 });
    expect((err as Error).message).toMatch(/^lexicon b\.json: modality 'cues' row 1 /u);
  });
});
