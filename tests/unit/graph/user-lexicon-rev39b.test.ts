/**
 * A data folder's malformed lexicon entry is named by its file and its index in that file, with
 * the error's details (review 39 B, helper rev39b): the entries of all files were validated
 * together, so the error gave the index in their concatenation, no file and no details.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readUserLexicon } from "../../../src/graph/user-lexicon.ts";
import { isKgError } from "../../../src/model/errors.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A temporary data folder's lexicon directory holding `files` (name → JSON value). */
async function lexiconDir(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-lexicon-rev39b-"));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(json));
  return dir;
}

describe("a malformed entry in one of several lexicon files", () => {
  it("is INVALID_INPUT naming the file and the entry's index in it", async () => {
    const dir = await lexiconDir({
      "a.json": [
        { name: "Zembla", type: "Country" },
        { name: "Jane Doe", type: "Person" },
      ],
      "b.json": { entities: [{ name: "Zorvo Palace", type: "Palace" }] },
    });
    const err = await readUserLexicon(dir).catch((e: unknown) => e);
    expect(isKgError(err) && err.code).toBe("INVALID_INPUT");
    expect(isKgError(err) && err.details).toMatchObject({ file: "b.json", index: 0 });
    expect((err as Error).message).toMatch(
      /^lexicon b\.json: entry 0 \('Zorvo Palace'\) has an unknown type/u,
    );
  });

  it("leaves well-formed files read as before, every file's entries in file order", async () => {
    const dir = await lexiconDir({
      "a.json": [{ name: "Zembla", type: "Country" }],
      "b.json": { entities: [{ name: "Zorvo Palace", type: "Organization", aliases: [" Zorvo "] }] },
    });
    const { lexicon, entries } = await readUserLexicon(dir);
    expect(entries).toBe(2);
    expect(lexicon.entries.slice(0, 2)).toEqual([
      { name: "Zembla", type: "Country", aliases: [] },
      { name: "Zorvo Palace", type: "Organization", aliases: ["Zorvo"] },
    ]);
  });
});
