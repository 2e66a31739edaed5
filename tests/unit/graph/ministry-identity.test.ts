/**
 * A country's ministry printed three ways in three articles ("the Ministry of Defence of the
 * Republic of Armenia", "Armenia's defence ministry", "the Armenian Ministry of Defense") is one
 * node of a graph built from them; another country's ministry, and a ministry no country
 * qualifies ("the Ministry of Defence"), stay nodes of their own.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { resolveIdentities } from "../../../src/graph/identity.ts";
import { mergeExtraction } from "../../../src/graph/merge.ts";
import { createKgGraph } from "../../../src/model/graph.ts";

const article = (id: string, text: string) => extractDocument({ id, text, meta: {} });

const ofRepublic = article(
  "of-republic.txt",
  "The Ministry of Defence of the Republic of Armenia said on Monday that it had received howitzers from India.",
);
const possessive = article(
  "possessive.txt",
  "Armenia's defence ministry said the howitzers had arrived from India. The Armenian Defence Ministry said more would come.",
);
const american = article(
  "american.txt",
  "The Armenian Ministry of Defense said the last howitzers would arrive in May.",
);
const neighbour = article(
  "neighbour.txt",
  "The Azerbaijani Ministry of Defence said Armenia had fired on its positions.",
);
const bare = article("bare.txt", "The Ministry of Defence said Britain had sent tanks to Ukraine.");

const docs = [ofRepublic, possessive, american, neighbour, bare];

describe("a country's ministry printed three ways in three articles", () => {
  const ids = resolveIdentities(docs);
  const node = (id: string) => ids.nodeOf.get(id);

  it("is one node, whatever the word order and the spelling of 'defence'", () => {
    expect(node("ministry-of-defence-of-the-republic-of-armenia")).toBeDefined();
    expect(node("armenian-defence-ministry")).toBe(node("ministry-of-defence-of-the-republic-of-armenia"));
    expect(node("armenian-ministry-of-defense")).toBe(node("ministry-of-defence-of-the-republic-of-armenia"));
  });

  it("keeps another country's ministry apart", () => {
    expect(node("azerbaijani-ministry-of-defence")).toBeDefined();
    expect(node("azerbaijani-ministry-of-defence")).not.toBe(node("armenian-defence-ministry"));
  });

  it("keeps a ministry no country qualifies apart from every country's", () => {
    expect(node("ministry-of-defence")).toBeDefined();
    expect(node("ministry-of-defence")).not.toBe(node("armenian-defence-ministry"));
    expect(node("ministry-of-defence")).not.toBe(node("azerbaijani-ministry-of-defence"));
  });

  it("joins the same way when the articles are merged one at a time", () => {
    const graph = createKgGraph();
    const [a, b, c, d, e] = docs.map((doc) => mergeExtraction(graph, doc));
    const armenia = a?.get("ministry-of-defence-of-the-republic-of-armenia");
    expect(armenia).toBeDefined();
    expect(b?.get("armenian-defence-ministry")).toBe(armenia);
    expect(c?.get("armenian-ministry-of-defense")).toBe(armenia);
    expect(d?.get("azerbaijani-ministry-of-defence")).not.toBe(armenia);
    expect(e?.get("ministry-of-defence")).not.toBe(armenia);
  });
});
