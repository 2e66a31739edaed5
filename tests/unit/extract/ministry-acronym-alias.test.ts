/**
 * A ministry named by its acronym after its country (ministry-acronyms.ts; review 37 B F7): the
 * country's ministry keeps the spelling with its country as an alias ("Iranian MFA", "Pakistan's
 * MOFA"), never the bare acronym, which is every country's ("MFA") and which a graph would join to
 * it from any other document.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

/** The aliases of the entity named `name` in the extraction of `text`. */
function aliasesOf(text: string, name: string): string[] | undefined {
  const ex = extractDocument({ id: "mfa.txt", text, meta: {} });
  return ex.entities.find((e) => e.name === name)?.aliases;
}

describe("a ministry's acronym after its country", () => {
  it("gives the country's ministry the spelling with the demonym, not the bare acronym", () => {
    const aliases = aliasesOf(
      "The Iranian MFA spokesperson said the US had violated the deal.",
      "Iranian Foreign Ministry",
    );
    expect(aliases).toContain("Iranian MFA");
    expect(aliases).not.toContain("MFA");
  });
  it("gives the spelling with the possessive, not the bare acronym", () => {
    const aliases = aliasesOf(
      "Pakistan's MOFA condemned India's remarks on Friday.",
      "Pakistani Foreign Ministry",
    );
    expect(aliases).toContain("Pakistan's MOFA");
    expect(aliases).not.toContain("MOFA");
  });
  it("gives two countries' ministries no alias in common", () => {
    const text =
      "The Iranian MFA said the US had violated the deal. The Chinese MFA said Japan was provocative.";
    const iran = aliasesOf(text, "Iranian Foreign Ministry") ?? [];
    const china = aliasesOf(text, "Chinese Foreign Ministry") ?? [];
    expect(iran.filter((a) => china.includes(a))).toEqual([]);
  });
});
