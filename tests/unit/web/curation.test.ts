/**
 * The viewer's curation logic without a browser: where the selection goes when a change removed
 * the selected item, how a history record reads, and what the API client sends for curation
 * writes (the bearer token, the record's undo URL).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApi } from "../../../web/src/api.ts";
import type { ApiChange, ApiCurationData, ApiCurationRecord } from "../../../web/src/api-types.ts";
import { followSelection } from "../../../web/src/curator.ts";
import type { Selection } from "../../../web/src/state.ts";
import { describeRecord } from "../../../web/src/view/records.ts";

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
  const record = (data: ApiCurationData): ApiCurationRecord => ({
    id: 1,
    kind: data.kind,
    target: "x",
    data,
    createdAt: "2026-12-03T15:00:00.000Z",
    undone: false,
  });
  const china = sel("china", "China");
  const russia = sel("russia", "Russia");
  const cases: [string, ApiCurationData, string][] = [
    [
      "a merge names the absorbed actor and the one kept, as they were named then",
      {
        kind: "merge",
        keep: { ...sel("lee-jae-myung", "Lee Jae-myung"), type: "Person" },
        absorb: sel("jae-myung-lee", "Jae-myung Lee"),
      },
      "“Jae-myung Lee” into “Lee Jae-myung”",
    ],
    [
      "a split names the alias and its actor",
      {
        kind: "split",
        entity: sel("nis", "NIS"),
        alias: "National Intelligence Service",
        otherKeys: [],
        newId: "x",
      },
      "“National Intelligence Service” off “NIS”",
    ],
    [
      "a rename gives both names",
      { kind: "rename", entity: sel("kim", "Kim"), from: "Kim", name: "Kim Jong Un" },
      "“Kim” to “Kim Jong Un”",
    ],
    [
      "a change of type gives both types",
      { kind: "retype", entity: sel("patriot", "Patriot"), from: "Person", type: "WeaponSystem" },
      "“Patriot” from Person to WeaponSystem",
    ],
    [
      "a rejected relation reads as a sentence",
      {
        kind: "reject-edge",
        edge: "china|supplies|russia",
        source: china,
        relation: "supplies",
        target: russia,
      },
      "“China supplies Russia”",
    ],
    [
      "a rejected evidence names its relation and its document",
      {
        kind: "reject-evidence",
        edge: "china|affiliated_with|russia",
        source: china,
        relation: "affiliated_with",
        target: russia,
        doc: "a.txt",
        start: 0,
        end: 10,
      },
      "“China affiliated with Russia” in a.txt",
    ],
    [
      "a dismissal names the pair kept apart",
      { kind: "dismiss", a: china, b: russia },
      "“China” and “Russia” kept apart",
    ],
  ];
  for (const [label, data, text] of cases) it(label, () => expect(describeRecord(record(data))).toBe(text));
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
