/**
 * The viewer's curation logic without a browser: where the selection goes when a change removed
 * the selected item, how a history record reads, and what the API client sends for curation
 * writes (the bearer token, the record's undo URL).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApi } from "../../../web/src/api.ts";
import type { ApiChange, ApiCurationRecord } from "../../../web/src/api-types.ts";
import { followSelection } from "../../../web/src/curator.ts";
import type { Selection } from "../../../web/src/state.ts";
import { describeRecord, isUndone } from "../../../web/src/view/records.ts";

const change = (patch: Partial<ApiChange>): ApiChange => ({
  documents: [],
  entitiesAdded: [],
  entitiesRemoved: [],
  relationsAdded: [],
  relationsRemoved: [],
  relationsUpdated: [],
  ...patch,
});

describe("the selection after a curation", () => {
  const cases: [
    string,
    Selection,
    ApiChange,
    Parameters<typeof followSelection>[2],
    ReturnType<typeof followSelection>,
  ][] = [
    ["nothing selected stays so", null, change({ entitiesRemoved: ["a"] }), undefined, undefined],
    [
      "a node the change kept stays selected",
      { kind: "node", id: "a" },
      change({ entitiesRemoved: ["b"] }),
      undefined,
      undefined,
    ],
    [
      "a merged-away node gives way to the actor that kept its name",
      { kind: "node", id: "b" },
      change({ entitiesRemoved: ["b"] }),
      { kind: "merge", keep: "a", absorb: "b" },
      { kind: "node", id: "a" },
    ],
    [
      "a node that came back under one new id is followed there",
      { kind: "node", id: "a" },
      change({ entitiesRemoved: ["a"], entitiesAdded: ["a-2"] }),
      undefined,
      { kind: "node", id: "a-2" },
    ],
    [
      "a node that left without a successor clears the selection",
      { kind: "node", id: "a" },
      change({ entitiesRemoved: ["a"], entitiesAdded: ["x", "y"] }),
      undefined,
      null,
    ],
    [
      "a rejected edge gives way to its source",
      { kind: "edge", key: "a|meets|b" },
      change({ relationsRemoved: ["a|meets|b"] }),
      { kind: "reject-edge", edge: "a|meets|b" },
      { kind: "node", id: "a" },
    ],
    [
      "an edge whose source was merged away gives way to its target",
      { kind: "edge", key: "a|meets|b" },
      change({ relationsRemoved: ["a|meets|b"], entitiesRemoved: ["a"] }),
      undefined,
      { kind: "node", id: "b" },
    ],
    [
      "an edge the change kept stays selected",
      { kind: "edge", key: "a|meets|b" },
      change({ relationsUpdated: ["a|meets|b"] }),
      undefined,
      undefined,
    ],
  ];
  for (const [label, selection, c, op, expected] of cases)
    it(label, () => expect(followSelection(selection, c, op)).toEqual(expected));
});

describe("a history record", () => {
  const sel = (node: string, name: string) => ({ node, name, ids: [node], keys: [] });
  const record = (kind: ApiCurationRecord["kind"], target: string, data: Record<string, unknown>) => ({
    id: 1,
    kind,
    target,
    data: { kind, ...data },
    createdAt: "2026-12-03T15:00:00.000Z",
    undoneAt: null,
  });
  const names: Record<string, string> = {
    "lee-jae-myung": "Lee Jae-myung",
    china: "China",
    russia: "Russia",
  };
  const nameOf = (id: string) => names[id] ?? null;
  const cases: [string, ApiCurationRecord, string][] = [
    [
      "a merge names the absorbed actor and the one kept, as they were named then",
      record("merge", "lee-jae-myung", {
        keep: sel("lee-jae-myung", "Lee Jae-myung"),
        absorb: sel("jae-myung-lee", "Jae-myung Lee"),
      }),
      "“Jae-myung Lee” into “Lee Jae-myung”",
    ],
    [
      "a split names the alias and its actor",
      record("split", "nis", { entity: sel("nis", "NIS"), alias: "National Intelligence Service" }),
      "“National Intelligence Service” off “NIS”",
    ],
    [
      "a rename gives both names",
      record("rename", "x", { entity: sel("x", "Kim"), from: "Kim", name: "Kim Jong Un" }),
      "“Kim” to “Kim Jong Un”",
    ],
    [
      "a change of type gives both types",
      record("retype", "patriot", {
        entity: sel("patriot", "Patriot"),
        from: "Person",
        type: "WeaponSystem",
      }),
      "“Patriot” from Person to WeaponSystem",
    ],
    [
      "a rejected relation reads as a sentence",
      record("reject-edge", "china|supplies|russia", {
        edge: "china|supplies|russia",
        source: sel("china", "China"),
        relation: "supplies",
        target: sel("russia", "Russia"),
      }),
      "“China supplies Russia”",
    ],
    [
      "a record without names falls back on the graph's names for the edge key",
      record("reject-evidence", "china|affiliated_with|russia", { doc: "a.txt" }),
      "“China affiliated with Russia” in a.txt",
    ],
  ];
  for (const [label, r, text] of cases) it(label, () => expect(describeRecord(r, nameOf)).toBe(text));

  it("is undone when it has an undone time or flag", () => {
    expect(isUndone(record("merge", "a", {}))).toBe(false);
    expect(isUndone({ ...record("merge", "a", {}), undoneAt: "2026-12-03T16:00:00.000Z" })).toBe(true);
    expect(isUndone({ ...record("merge", "a", {}), undone: true })).toBe(true);
  });
});

describe("curation calls", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("send the bearer token, and undo one record by its id or the latest without one", async () => {
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ record: {}, change: {} }), { status: 201 }),
    );
    vi.stubGlobal("fetch", fetch);
    const api = createApi("", () => "secret-token");
    await api.curate({ kind: "rename", entity: "kim", name: "Kim Jong Un" });
    await api.undo(7);
    await api.undo();
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url]) => url)).toEqual([
      "/api/curation",
      "/api/curation/7/undo",
      "/api/curation/undo",
    ]);
    for (const [, init] of calls) {
      expect(init.method).toBe("POST");
      expect(new Headers(init.headers).get("Authorization")).toBe("Bearer secret-token");
    }
    expect(JSON.parse(String(calls[0]![1].body))).toEqual({
      kind: "rename",
      entity: "kim",
      name: "Kim Jong Un",
    });
  });
});
