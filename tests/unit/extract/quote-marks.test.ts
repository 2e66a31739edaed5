/**
 * The quotation-mark patterns of letters.ts, one per kind, which the stages import instead of
 * writing their own copies (session 37: 1-segment.ts, insertions.ts and relations/assess.ts each
 * kept one): which marks each kind takes and which it leaves.
 */
import { describe, expect, it } from "vitest";
import {
  CLOSING_DOUBLE_QUOTE,
  CLOSING_QUOTE_MARK,
  OPENING_QUOTE_MARK,
  QUOTE_MARK,
  QUOTE_MARK_NO_STRAIGHT_SINGLE,
} from "../../../src/extract/letters.ts";

/** The marks among the five quotation marks and the apostrophe that `pattern` takes. */
function takes(pattern: RegExp): string {
  return ["\u201c", "\u201d", "\u2018", "\u2019", '"', "'"].filter((m) => pattern.test(m)).join("");
}

describe("the kinds of quotation mark", () => {
  it("a quote mark: every one, the straight single one too", () => expect(takes(QUOTE_MARK)).toBe("“”‘’\"'"));
  it('a quote mark but the straight single one, an apostrophe as often ("the boats\'")', () =>
    expect(takes(QUOTE_MARK_NO_STRAIGHT_SINGLE)).toBe('“”‘’"'));
  it("an opening one, double or single: “, ‘ and the straight double", () =>
    expect(takes(OPENING_QUOTE_MARK)).toBe('“‘"'));
  it("a closing one, double or single: ”, ’ and the straight double", () =>
    expect(takes(CLOSING_QUOTE_MARK)).toBe('”’"'));
  it("a closing double one: ” and the straight double, not ’ (the U.S.’ Patriots)", () =>
    expect(takes(CLOSING_DOUBLE_QUOTE)).toBe('”"'));
  it("a mark alone, not inside a word", () => expect(CLOSING_QUOTE_MARK.test("no.”")).toBe(false));
});
