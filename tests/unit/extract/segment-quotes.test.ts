/**
 * Segmentation after a closing quotation mark: a period that a double quotation mark closes ends
 * the quoted sentence even after a word that is also an abbreviation ("colony no.”"); a single
 * mark after an abbreviation may be a possessive's apostrophe and does not.
 */
import { describe, expect, it } from "vitest";
import { segmentText } from "../../../src/extract/1-segment.ts";

const texts = (text: string): string[] => segmentText(text).map((s) => text.slice(s.start, s.end));

describe("sentence ends after a closing quotation mark", () => {
  const table: [string, string, string[]][] = [
    [
      "a quoted slogan ending in an abbreviation's word ends its sentence",
      "Protesters marched under the slogan “Homeland yes, colony no.” “With these resources, the United States seeks control,” Padrino said.",
      [
        "Protesters marched under the slogan “Homeland yes, colony no.”",
        "“With these resources, the United States seeks control,” Padrino said.",
      ],
    ],
    [
      "straight quotation marks too",
      'They chanted "colony no." Padrino said the US wanted oil.',
      ['They chanted "colony no."', "Padrino said the US wanted oil."],
    ],
    [
      "an apostrophe after an abbreviation is a possessive, not a quotation's end",
      "He praised the U.S.’ Patriot systems in Poland.",
      ["He praised the U.S.’ Patriot systems in Poland."],
    ],
  ];
  for (const [label, text, want] of table)
    it(label, () => {
      expect(texts(text)).toEqual(want);
    });
});
