/**
 * Reading CSV (csv-parse underneath): quoted fields with commas, quotes and line breaks, rows
 * ending in CRLF, LF or CR, rows of different lengths and blank lines; a broken quote is
 * INVALID_FORMAT, not a silent guess.
 */
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/io/csv.ts";
import { isKgError } from "../../../src/model/errors.ts";

describe("parseCsv", () => {
  it.each([
    [
      "CRLF rows",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "LF and CR rows mixed",
      "a,b\n1,2\r3,4",
      [
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    [
      "a quoted comma, quote and line break",
      'id,name\r\nx,"Kim, ""the"" leader\nof DPRK"',
      [
        ["id", "name"],
        ["x", 'Kim, "the" leader\nof DPRK'],
      ],
    ],
    ["rows of different lengths", "a,b,c\n1\n1,2,3,4", [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]]],
    ["blank lines", "a\n\n\nb\n", [["a"], ["b"]]],
    [
      "empty fields",
      "a,,b\n,,",
      [
        ["a", "", "b"],
        ["", "", ""],
      ],
    ],
  ])("reads %s", (_label, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it("refuses a quote that is never closed with INVALID_FORMAT", () => {
    let error: unknown;
    try {
      parseCsv('id,name\nx,"Kim\n');
    } catch (err) {
      error = err;
    }
    expect(isKgError(error, "INVALID_FORMAT")).toBe(true);
  });
});
