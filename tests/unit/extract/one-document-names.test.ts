/**
 * A person named in full and later by one part of the name alone is one node in what a document
 * extracts: the graph a build stores (one document at a time, through the extraction threads)
 * holds the same nodes and edges that `kg eval` scores.
 */
import { describe, expect, it } from "vitest";
import { extractDocument, mergeExtractions } from "../../../src/extract/index.ts";

const text =
  "Thailand's Defence Minister Sutin Klungsang called on Vietnam's Defence Minister Phan Van Giang on Friday. " +
  "In a post on Facebook, Dr Phan wrote that Thailand remained a close partner.";

describe("a name given in full and then by its first word", () => {
  const x = extractDocument({ id: "call.txt", text, meta: {} });

  it("gives one person, not a second node for the short name", () => {
    const people = x.entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(people).toContain("Phan Van Giang");
    expect(people).not.toContain("Phan");
  });

  it("gives the short name's relations to the full name, with their evidence", () => {
    const said = x.relations.find((r) => r.relation === "assesses" && r.target === "thailand");
    expect(said?.source).toBe("phan-van-giang");
    expect(said?.evidence[0]?.sentence).toContain("Dr Phan wrote");
    expect(text.slice(said!.evidence[0]!.start, said!.evidence[0]!.end)).toBe(said!.evidence[0]!.sentence);
  });

  it("is what a merge of the one document gives, so that a build and an evaluation agree", () => {
    expect(mergeExtractions([x])).toEqual(x);
  });
});
