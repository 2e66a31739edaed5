/**
 * Identity resolution collected one extraction at a time (as a build does while its threads
 * extract): the same answer as resolving all at once, whatever the order, and a check that the
 * collected extractions are exactly the ones to resolve.
 */
import { describe, expect, it } from "vitest";
import { IdentityCollector, resolveIdentities } from "../../../src/graph/identity.ts";
import { entity, extraction } from "./_extractions.ts";

const docs = [
  extraction([entity("Kim Jong Un", "Person", ["Kim"]), entity("North Korea", "Country", ["DPRK"])]),
  extraction([entity("Kim", "Person"), entity("DPRK", "Country", [], 3)]),
  // "Kim" as an alias of two people: an ambiguous short form merges nothing.
  extraction([entity("Kim Yo Jong", "Person", ["Kim"]), entity("Sergei Shoigu", "Person", ["Shoigu"])]),
  extraction([entity("Shoigu", "Person", [], 2), entity("Russia", "Country")]),
];

const collected = (order: number[]) => {
  const collector = new IdentityCollector();
  for (const i of order) collector.add(docs[i]!);
  return collector;
};
const plain = (ids: ReturnType<typeof resolveIdentities>) => ({
  nodeOf: [...ids.nodeOf].sort(),
  nodes: [...ids.nodes].sort(),
});

describe("identities collected one extraction at a time", () => {
  it.each([
    ["in the documents' order", [0, 1, 2, 3]],
    ["in reverse", [3, 2, 1, 0]],
    ["in another order", [2, 0, 3, 1]],
  ])("resolve as all the extractions at once, %s", (_, order) => {
    expect(plain(collected(order).resolve())).toEqual(plain(resolveIdentities(docs)));
  });

  it("merge a short name into the full one and keep an ambiguous alias apart", () => {
    const ids = collected([0, 1, 2, 3]).resolve();
    expect(ids.nodeOf.get("sergei-shoigu")).toBe(ids.nodeOf.get("shoigu"));
    expect(ids.nodeOf.get("north-korea")).toBe(ids.nodeOf.get("dprk"));
    expect(ids.nodeOf.get("kim-jong-un")).not.toBe(ids.nodeOf.get("kim-yo-jong"));
  });

  it("hold exactly the extraction objects added, each once", () => {
    expect(collected([0, 1, 2, 3]).holdsExactly(docs)).toBe(true);
    expect(collected([3, 1, 0, 2]).holdsExactly(docs)).toBe(true);
    expect(collected([0, 1, 2]).holdsExactly(docs)).toBe(false);
    expect(collected([0, 1, 2, 3]).holdsExactly(docs.slice(0, 3))).toBe(false);
    expect(collected([0, 1, 2, 2]).holdsExactly([...docs.slice(0, 3), docs[2]!])).toBe(false);
    // An equal copy is another object: it may come from elsewhere (curated, or read back from the store).
    expect(collected([0, 1, 2, 3]).holdsExactly([...docs.slice(0, 3), structuredClone(docs[3]!)])).toBe(
      false,
    );
  });
});
