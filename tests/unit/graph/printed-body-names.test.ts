/**
 * A body is named as its article prints it ("the Armed Forces of Malta"), never rebuilt with the
 * demonym; another article may print it the other way ("the Maltese Armed Forces"). A graph of
 * both articles still holds one node for it: the rebuilt name stays an alias of the printed one,
 * and cross-document identity joins the two spellings.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { resolveIdentities } from "../../../src/graph/identity.ts";

const ofCountry = extractDocument({
  id: "of.txt",
  text: "The Armed Forces of Malta received two patrol boats from Italy on Monday.",
  meta: {},
});
const demonym = extractDocument({
  id: "demonym.txt",
  text: "The Maltese Armed Forces received a helicopter from France on Tuesday.",
  meta: {},
});

describe("a body printed with 'of' and its country in one article and with the demonym in another", () => {
  it("keeps each article's printed name", () => {
    expect(ofCountry.entities.map((e) => e.name)).toContain("Armed Forces of Malta");
    expect(ofCountry.entities.map((e) => e.name)).not.toContain("Maltese Armed Forces");
    expect(demonym.entities.map((e) => e.name)).toContain("Maltese Armed Forces");
  });

  it("is one node in a graph of both articles", () => {
    const ids = resolveIdentities([ofCountry, demonym]);
    expect(ids.nodeOf.get("armed-forces-of-malta")).toBeDefined();
    expect(ids.nodeOf.get("armed-forces-of-malta")).toBe(ids.nodeOf.get("maltese-armed-forces"));
  });
});
