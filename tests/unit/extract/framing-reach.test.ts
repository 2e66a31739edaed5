/**
 * A "that" clause takes its framing words from at most ten words before it, within its clause: a
 * hedge said of another act earlier in the sentence does not reach it (an accusation noun before the
 * clause still reaches back to itself, see _cases-sup34.ts).
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

const TEXT =
  "Japanese officials believe that the United States is preparing to send more drones to Lebanon and the Pentagon reported that Taiwan had transferred HIMARS launchers to India.";

describe("a that-clause's framing words", () => {
  it("do not take a hedge from another act far before the clause", () => {
    const { entities, relations } = extractDocument({ id: "reach", text: TEXT, meta: {} });
    const names = new Map(entities.map((e) => [e.id, e.name]));
    expect([...names.values()]).toEqual(expect.arrayContaining(["Taiwan", "India"]));
    const asserted = relations.map((r) => `${names.get(r.source)} ${r.relation} ${names.get(r.target)}`);
    expect(asserted).toContain("Taiwan supplies India");
  });
});
