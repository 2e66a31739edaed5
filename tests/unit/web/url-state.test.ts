/**
 * The URL hash holds the shareable view: what is encoded decodes to the same state, defaults give
 * an empty hash, and malformed values fall back to defaults.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_STATE } from "../../../web/src/state.ts";
import { decodeHash, encodeHash, type HashState } from "../../../web/src/url-state.ts";

const { filters, sizeBy, colorBy, showIsolated, scope, selection, pathQuery, pathIndex, connectActors, tab } =
  DEFAULT_STATE;
const base: HashState = {
  filters,
  sizeBy,
  colorBy,
  showIsolated,
  scope,
  selection,
  pathQuery,
  pathIndex,
  connectActors,
  tab,
};

describe("the URL hash", () => {
  it("is empty for the default view", () => {
    expect(encodeHash(base)).toBe("");
    expect(decodeHash("")).toEqual(base);
  });

  const views: [string, HashState][] = [
    ["a selected node", { ...base, selection: { kind: "node", id: "kim-jong-un" } }],
    [
      "a selected edge whose key holds pipes",
      { ...base, selection: { kind: "edge", key: "north-korea|supplies|russia" } },
    ],
    [
      "filters",
      {
        ...base,
        filters: {
          types: ["Person", "Country"],
          relations: ["meets"],
          minEvidence: 2,
          hideHeadlineOnly: true,
        },
      },
    ],
    [
      "a timeline window",
      { ...base, filters: { ...base.filters, time: { from: "2024-09-01", to: "2024-11-30" } } },
    ],
    ["size by mentions on the export tab", { ...base, sizeBy: "mentions", tab: "export" }],
    ["size by PageRank, colour by community", { ...base, sizeBy: "pagerank", colorBy: "community" }],
    ["colour by betweenness on the actors tab", { ...base, colorBy: "betweenness", tab: "actors" }],
    ["actors without relations shown", { ...base, showIsolated: true }],
    ["one connected component", { ...base, scope: { kind: "component" } }],
    ["an ego network of two hops", { ...base, scope: { kind: "ego", hops: 2 } }],
    [
      "a path query with its chosen path",
      {
        ...base,
        tab: "paths",
        pathIndex: 1,
        pathQuery: {
          from: "Kim Jong Un",
          to: "National Intelligence Service",
          via: ["meets", "supplies"],
          avoid: ["assesses"],
          k: 2,
          maxHops: 5,
          directed: true,
        },
      },
    ],
    [
      "a path query asked to list up to 100 paths, with its 43rd path chosen",
      {
        ...base,
        tab: "paths",
        pathIndex: 42,
        pathQuery: {
          from: "Iran",
          to: "Ukraine",
          via: [],
          avoid: [],
          k: 3,
          maxHops: 6,
          directed: false,
          maxPaths: 100,
        },
      },
    ],
    [
      "names with & = # and spaces",
      {
        ...base,
        connectActors: ["A & B", "C=D", "E#F"],
        pathQuery: { from: "A & B", to: "x=y#z", via: [], avoid: [], k: 3, maxHops: 6, directed: false },
      },
    ],
  ];
  for (const [label, view] of views) {
    it(`restores ${label}`, () => {
      expect(decodeHash(encodeHash(view))).toEqual(view);
    });
  }

  const malformed: [string, string, (s: HashState) => void][] = [
    [
      "unknown entity types are dropped",
      "#types=Person,Alien",
      (s) => expect(s.filters.types).toEqual(["Person"]),
    ],
    ["a negative minimum evidence is clamped", "#min=-4", (s) => expect(s.filters.minEvidence).toBe(1)],
    ["an unknown tab falls back to details", "#tab=admin", (s) => expect(s.tab).toBe("details")],
    ["a path needs both ends", "#from=Kim", (s) => expect(s.pathQuery).toBeNull()],
    ["k is bounded", "#from=a&to=b&k=999", (s) => expect(s.pathQuery?.k).toBe(10)],
    [
      "the number of paths listed is bounded by the API's",
      "#from=a&to=b&paths=5000",
      (s) => expect(s.pathQuery?.maxPaths).toBe(100),
    ],
    [
      "a chosen path past the last one listed is bounded",
      "#from=a&to=b&path=500",
      (s) => expect(s.pathIndex).toBe(99),
    ],
    [
      "an old link's size=evidence sizes by mentions",
      "#size=evidence",
      (s) => expect(s.sizeBy).toBe("mentions"),
    ],
    [
      "an unknown measure falls back to the defaults",
      "#size=zz&color=zz",
      (s) => expect([s.sizeBy, s.colorBy]).toEqual(["degree", "type"]),
    ],
    [
      "an ego network's hops are bounded",
      "#scope=ego-99",
      (s) => expect(s.scope).toEqual({ kind: "ego", hops: 5 }),
    ],
  ];
  for (const [label, hash, check] of malformed) it(label, () => check(decodeHash(hash)));
});
