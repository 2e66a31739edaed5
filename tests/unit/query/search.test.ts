/**
 * Search and reference resolution: names and aliases as users type them, ranked and filtered;
 * ambiguous and unknown references fail with their candidates.
 */
import { describe, expect, it } from "vitest";
import { isKgError } from "../../../src/model/errors.ts";
import { createQueryEngine } from "../../../src/query/index.ts";
import { graphOf, koreaGraph } from "./_graphs.ts";

const engine = createQueryEngine(koreaGraph());

describe("search finds entities as users type them", () => {
  const cases: [label: string, text: string, first: string][] = [
    ["a full name", "Kim Jong Un", "kim-jong-un"],
    ["a name in another case", "kim jong un", "kim-jong-un"],
    ["a name with a hyphen", "kim jong-un", "kim-jong-un"],
    ["a name without its accents", "jose hernandez", "jose-hernandez"],
    ["a name with its accents", "José Hernández", "jose-hernandez"],
    ["the start of a name", "Shoi", "sergei-shoigu"],
    ["a name with a typo", "Shoigo", "sergei-shoigu"],
    ["an acronym alias", "NIS", "national-intelligence-service"],
    ["an alias with dots", "U.S.", "united-states"],
    ["an alias with a leading 'the'", "The Joint Chiefs", "joint-chiefs-of-staff"],
    ["an id", "kn-23", "kn-23"],
    ["a weapon name without its hyphen", "KN 23", "kn-23"],
  ];
  it.each(cases)("finds %s", (_label, text, first) => {
    expect(engine.search(text)[0]?.id).toBe(first);
  });

  it("ranks an exact name above names it is the start of", () => {
    const ids = engine.search("Kim Jong").map((h) => h.id);
    expect(ids.slice(0, 2).sort()).toEqual(["kim-jong-il", "kim-jong-un"]);
    const exact = engine.search("Kim Jong Il");
    expect(exact[0]?.id).toBe("kim-jong-il");
  });

  it("keeps only the entity types asked for", () => {
    const hits = engine.search("Korea", { types: ["Country"] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.type === "Country")).toBe(true);
    expect(engine.search("Kim", { types: ["Country"] })).toEqual([]);
  });

  it("returns at most `limit` hits, each with its score and degree", () => {
    const hits = engine.search("k", { limit: 2 });
    expect(hits).toHaveLength(2);
    for (const h of hits) {
      expect(h.score).toBeGreaterThan(0);
      expect(typeof h.degree).toBe("number");
    }
    expect(engine.search("Kim Jong Un")[0]).toMatchObject({ name: "Kim Jong Un", type: "Person", degree: 3 });
  });

  it("returns nothing, not an error, for text that matches nothing", () => {
    expect(engine.search("zzzzqqq")).toEqual([]);
    expect(engine.search("   ")).toEqual([]);
  });

  it("rejects an unknown entity type or a limit out of range", () => {
    expect(() => engine.search("Kim", { types: ["Planet" as never] })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
    expect(() => engine.search("Kim", { limit: 0 })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
  });
});

describe("resolve turns a reference into one entity id", () => {
  const cases: [label: string, ref: string, id: string][] = [
    ["an exact id", "north-korea", "north-korea"],
    ["an exact name", "Kim Jong Un", "kim-jong-un"],
    ["a name written as a slug would be", "Kim Jong-Un", "kim-jong-un"],
    ["a unique alias", "NIS", "national-intelligence-service"],
    ["an alias in another case", "dprk", "north-korea"],
    ["an exact name shared as an alias with nobody", "Shoigu", "sergei-shoigu"],
    ["a name written without its accents", "jose hernandez", "jose-hernandez"],
    ["an alias written with other punctuation", "u.s", "united-states"],
  ];
  it.each(cases)("resolves %s", (_label, ref, id) => {
    expect(engine.resolve(ref)).toBe(id);
  });

  it("calls an alias shared by two entities ambiguous and lists both", () => {
    try {
      engine.resolve("Kim");
      expect.unreachable();
    } catch (err) {
      expect(isKgError(err, "AMBIGUOUS_ENTITY")).toBe(true);
      const ids = (err as { details: { candidates: { id: string }[] } }).details.candidates
        .map((c) => c.id)
        .sort();
      expect(ids).toEqual(["kim-jong-un", "kim-yo-jong"]);
      expect((err as Error).message).toContain("Kim Jong Un");
    }
  });

  const guesses: [label: string, ref: string, candidate: string][] = [
    ["a typo of a name", "Shoigo", "sergei-shoigu"],
    ["a prefix of one name", "Nation", "national-intelligence-service"],
    ["a prefix of two names", "Kim Jong", "kim-jong-un"],
    ["a name sharing only a first word with another", "Kim Jong Ill", "kim-jong-il"],
  ];
  it.each(guesses)("refuses to guess from %s, listing the candidate", (_label, ref, candidate) => {
    try {
      engine.resolve(ref);
      expect.unreachable();
    } catch (err) {
      expect(isKgError(err, "UNKNOWN_ENTITY")).toBe(true);
      const ids = (err as { details: { candidates: { id: string }[] } }).details.candidates.map((c) => c.id);
      expect(ids).toContain(candidate);
    }
  });

  it("calls a reference matching nothing unknown", () => {
    expect(() => engine.resolve("Vladimir Putin")).toThrow(
      expect.objectContaining({ code: "UNKNOWN_ENTITY" }),
    );
  });

  it("rejects an empty reference", () => {
    expect(() => engine.resolve("  ")).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  it("prefers an exact name over the same words as another entity's alias", () => {
    const g = graphOf(
      [
        ["a", "Person", "Lee", []],
        ["b", "Person", "Lee Sung Joon", ["Lee"]],
      ],
      [],
    );
    expect(createQueryEngine(g).resolve("lee")).toBe("a");
  });

  it("resolves the acronym of a long name the text spelled out", () => {
    const g = graphOf(
      [
        ["national-intelligence-service", "Organization", "National Intelligence Service"],
        ["korean-central-news-agency", "Organization", "Korean Central News Agency"],
        ["joint-chiefs-of-staff", "Organization", "Joint Chiefs of Staff"],
      ],
      [],
    );
    const e = createQueryEngine(g);
    expect(e.resolve("NIS")).toBe("national-intelligence-service");
    expect(e.resolve("kcna")).toBe("korean-central-news-agency");
    expect(e.resolve("JCS")).toBe("joint-chiefs-of-staff");
    expect(e.search("NIS")[0]?.id).toBe("national-intelligence-service");
  });

  it("follows the graph as it changes", () => {
    const g = koreaGraph();
    const e = createQueryEngine(g);
    expect(() => e.resolve("Vladimir Putin")).toThrow(expect.objectContaining({ code: "UNKNOWN_ENTITY" }));
    g.addNode("vladimir-putin", {
      name: "Vladimir Putin",
      type: "Person",
      aliases: ["Putin"],
      mentions: 1,
      docs: [],
    });
    expect(e.resolve("Putin")).toBe("vladimir-putin");
    g.mergeNodeAttributes("vladimir-putin", { aliases: ["Putin", "VVP"] });
    expect(e.resolve("vvp")).toBe("vladimir-putin");
    e.dispose();
  });
});
