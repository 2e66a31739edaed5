/**
 * The relations stages read their frame rows from the lexicon value (Lexicon.frames, built-in
 * lexicon/frames.json): two lexicons with other rows in one process extract by their own rows, a
 * user lexicon may add a row for a verb the built-in table lacks, and a malformed row is a typed
 * error naming the row. (Session 34: the relations stage was built from DEFAULT_FRAME_TABLE, so
 * no frame row could be passed in.)
 */
import { describe, expect, it } from "vitest";
import { extractDocument, loadUserLexicon } from "../../../src/extract/index.ts";
import { BUILT_IN_LEXICON, createLexicon } from "../../../src/extract/lexicons.ts";
import {
  DEFAULT_FRAME_TABLE,
  type Frame,
  frameTableOf,
  parseFrameRows,
} from "../../../src/extract/frames.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { relations } from "./_under-lexicon.ts";

/** A row for "consign", a verb of supplying the built-in table lacks. */
const CONSIGN: Frame = {
  id: "user-consign",
  relation: "supplies",
  pos: "verb",
  lemmas: ["consign"],
  roles: { subject: "supplier", object: "item", to: "recipient" },
};

/** The entity ids `text` gives. */
function entities(text: string): string[] {
  return extractDocument({ id: "frames.txt", text, meta: {} }).entities.map((e) => e.id);
}

/** The error `run` throws, or null. */
function errorOf(run: () => unknown): { code: string; message: string; details?: unknown } | null {
  try {
    run();
  } catch (err) {
    return isKgError(err)
      ? { code: err.code, message: err.message, details: err.details }
      : { code: "untyped", message: "" };
  }
  return null;
}

describe("frame rows travel with the lexicon value", () => {
  const text = "Germany consigned 20 Leopard tanks to Ukraine last year.";

  it("reads a verb of supplying by a row the lexicon adds, and the built-in lexicon in the same process still does not", () => {
    const withConsign = createLexicon([], BUILT_IN_LEXICON, BUILT_IN_LEXICON.words, [
      ...BUILT_IN_LEXICON.frames,
      CONSIGN,
    ]);
    expect(entities(text)).toEqual(expect.arrayContaining(["germany", "ukraine"]));
    expect(relations(text)).not.toContain("germany supplies ukraine");
    expect(relations(text, withConsign)).toContain("germany supplies ukraine");
    expect(relations(text)).not.toContain("germany supplies ukraine");
  });

  it("gives the built-in rows the built-in table, and other rows a table of their own, once per rows value", () => {
    expect(frameTableOf(BUILT_IN_LEXICON)).toBe(DEFAULT_FRAME_TABLE);
    const lexicon = loadUserLexicon({ entities: [], frames: [CONSIGN] });
    expect(frameTableOf(lexicon)).not.toBe(DEFAULT_FRAME_TABLE);
    expect(frameTableOf(lexicon)).toBe(frameTableOf(lexicon));
    expect(
      frameTableOf(lexicon)
        .verb.get("consign")
        ?.map((f) => f.id),
    ).toEqual(["user-consign"]);
    expect(lexicon.words).toBe(BUILT_IN_LEXICON.words);
  });

  it("adds a user file's row after the built-in rows, and a row with a built-in id replaces that row", () => {
    const send = BUILT_IN_LEXICON.frames.find((f) => f.id === "supply-send") as Frame;
    const rows = parseFrameRows([CONSIGN, { ...send, lemmas: ["send"] }], BUILT_IN_LEXICON.frames);
    expect(rows.length).toBe(BUILT_IN_LEXICON.frames.length + 1);
    expect(rows.at(-1)).toEqual(CONSIGN);
    expect(rows.find((f) => f.id === "supply-send")?.lemmas).toEqual(["send"]);
    expect(BUILT_IN_LEXICON.frames.find((f) => f.id === "supply-send")?.lemmas).toContain("deliver");
  });

  it("gives a user lexicon with frames alone (no entities) the built-in entries", () => {
    const lexicon = loadUserLexicon({ frames: [CONSIGN] });
    expect(lexicon.entries).toBe(BUILT_IN_LEXICON.entries);
    expect(relations(text, lexicon)).toContain("germany supplies ukraine");
  });
});

describe("a malformed frame row is a typed error naming the row", () => {
  it.each([
    ["an unknown relation", { ...CONSIGN, id: "bad", relation: "sells" }, "unknown relation"],
    ["lemmas that are not words", { ...CONSIGN, id: "bad", lemmas: [3] }, "lemmas"],
    [
      "a role mapped to no frame role",
      { ...CONSIGN, id: "bad", roles: { subject: "seller" } },
      "role 'subject'",
    ],
    ["a list field of numbers", { ...CONSIGN, id: "bad", modifiers: [1] }, "'modifiers'"],
    ["no id", { ...CONSIGN, id: undefined }, "id"],
  ])("rejects %s with INVALID_INPUT and the row's index", (_what, row, says) => {
    const error = errorOf(() =>
      loadUserLexicon({ entities: [], frames: [CONSIGN, { ...CONSIGN, id: "x" }, row] }),
    );
    expect(error?.code).toBe("INVALID_INPUT");
    expect(error?.message).toContain("row 2");
    expect(error?.message).toContain(says);
    expect(error?.details).toMatchObject({ index: 2 });
  });

  it("rejects two rows of one id in a file, and frames that are no list", () => {
    expect(errorOf(() => loadUserLexicon({ frames: [CONSIGN, CONSIGN] }))?.message).toContain("repeated id");
    expect(errorOf(() => loadUserLexicon({ frames: { consign: CONSIGN } }))?.code).toBe("INVALID_INPUT");
  });
});
