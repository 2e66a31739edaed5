/**
 * The gazetteer tokenizes all its surfaces in one wink document (tokenizeEach, src/extract/nlp.ts):
 * each surface must get exactly the tokens it gets alone.
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_LEXICON } from "../../../src/extract/lexicons.ts";
import { tagText, tokenizeEach } from "../../../src/extract/nlp.ts";

/** Every surface the built-in lexicon compiles (names, aliases, demonyms, capitals, context aliases). */
function builtInSurfaces(): string[] {
  const out: string[] = [];
  for (const e of BUILT_IN_LEXICON.entries)
    out.push(
      e.name,
      ...(e.aliases ?? []),
      ...(e.demonyms ?? []),
      ...(e.capitals ?? []),
      ...(e.contextAliases?.aliases ?? []),
    );
  return out.map((s) => s.trim()).filter(Boolean);
}

describe("tokenizing many texts at once", () => {
  it("gives every surface of the built-in lexicon the tokens it has alone", () => {
    const surfaces = builtInSurfaces();
    expect(surfaces.length).toBeGreaterThan(1000);
    expect(tokenizeEach(surfaces)).toEqual(surfaces.map((s) => tagText(s).values));
  });

  it("keeps apart texts whose ends would join: abbreviations, hyphens, apostrophes, contractions, extended Latin", () => {
    const texts = [
      "U.S.",
      "Corp.",
      "F-16s",
      "-",
      "Lockheed Martin's",
      "cannot",
      "Vučić",
      "São Paulo",
      "a\tb",
      "'s",
      "(IAF)",
      "Ł",
      "don't",
      "e-mail",
    ];
    expect(tokenizeEach(texts)).toEqual(texts.map((s) => tagText(s).values));
  });

  it("gives nothing for no texts, and one text its own tokens", () => {
    expect(tokenizeEach([])).toEqual([]);
    expect(tokenizeEach(["Rheinmetall AG"])).toEqual([tagText("Rheinmetall AG").values]);
  });
});
