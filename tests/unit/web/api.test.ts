/**
 * The viewer's API client: filters become the query of /api/graph and /api/export.*, a path
 * answer's evidence (listed once per edge) reaches every hop, and a failed call surfaces the
 * problem's stable code.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  MAX_PATHS,
  createApi,
  exportUrl,
  filterParams,
  withHopEvidence,
} from "../../../web/src/api.ts";
import type { ApiEvidence, ApiPathAnswer } from "../../../web/src/api-types.ts";
import { DEFAULT_FILTERS } from "../../../web/src/state.ts";
import { LIMITS } from "../../../src/server/schemas.ts";

describe("filter parameters", () => {
  const cases: [string, Partial<typeof DEFAULT_FILTERS>, string][] = [
    ["keeping everything sends nothing", {}, ""],
    [
      "types and relations are comma lists",
      { types: ["Person", "Country"], relations: ["meets"] },
      "types=Person%2CCountry&relations=meets",
    ],
    ["a minimum of one evidence is the default and is left out", { minEvidence: 1 }, ""],
    [
      "a higher minimum and hidden headlines are sent",
      { minEvidence: 3, hideHeadlineOnly: true },
      "minEvidence=3&hideHeadlineOnly=true",
    ],
  ];
  for (const [label, filters, query] of cases)
    it(label, () => expect(filterParams({ ...DEFAULT_FILTERS, ...filters }).toString()).toBe(query));

  it("export links carry the filters, or none for the whole graph", () => {
    expect(exportUrl("", "gexf", { ...DEFAULT_FILTERS, types: ["Person"] })).toBe(
      "/api/export.gexf?types=Person",
    );
    expect(exportUrl("", "edges.csv", null)).toBe("/api/export.edges.csv");
  });
});

describe("createApi", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("throws an ApiError with the problem's code", async () => {
    const body = {
      type: "about:blank",
      title: "Not found",
      status: 404,
      code: "UNKNOWN_ENTITY",
      suggestions: ["Kim Jong Un"],
    };
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify(body), {
            status: 404,
            headers: { "Content-Type": "application/problem+json" },
          }),
      ),
    );
    const error = await createApi()
      .entity("kim")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("UNKNOWN_ENTITY");
    expect((error as ApiError).problem.suggestions).toEqual(["Kim Jong Un"]);
  });

  it("sends the bearer token on writes only", async () => {
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ id: "a.txt", change: {} }), { status: 201 }),
    );
    vi.stubGlobal("fetch", fetch);
    const api = createApi("", () => "secret-token");
    await api.ingest({ text: "Kim met Putin." });
    await api.entity("kim").catch(() => undefined);
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(new Headers(calls[0]![1].headers).get("Authorization")).toBe("Bearer secret-token");
    expect(new Headers(calls[1]![1].headers).get("Authorization")).toBeNull();
  });
});

describe("path answers", () => {
  afterEach(() => vi.unstubAllGlobals());

  const evidence = (sentence: string) =>
    ({ doc: "a.txt", sentence, start: 0, end: sentence.length, highlights: [] }) as unknown as ApiEvidence;
  const hop = (key: string, direction: "forward" | "backward") => {
    const [source, relation, target] = key.split("|") as [string, "meets", string];
    return { key, source, target, relation, direction, weight: 2 };
  };
  /** Kim meets Putin, Putin meets Kim back, then Putin meets Lukashenko: two hops share one edge. */
  const answer: ApiPathAnswer = {
    from: { id: "kim", name: "Kim", type: "Person", aliases: [], mentions: 1 },
    to: { id: "lukashenko", name: "Lukashenko", type: "Person", aliases: [], mentions: 1 },
    paths: [
      {
        nodes: ["kim", "putin", "lukashenko"],
        hops: [hop("kim|meets|putin", "forward"), hop("putin|meets|lukashenko", "forward")],
        length: 2,
        cost: 2,
        reading: "",
      },
      {
        nodes: ["putin", "kim"],
        hops: [hop("kim|meets|putin", "backward")],
        length: 1,
        cost: 1,
        reading: "",
      },
    ],
    truncated: false,
    evidence: {
      "kim|meets|putin": [evidence("Kim met Putin.")],
      "putin|meets|lukashenko": [evidence("Putin met Lukashenko.")],
    },
  };

  it("give every hop its edge's evidence, also when two hops cross one edge", () => {
    const joined = withHopEvidence(answer);
    expect(joined.paths.map((p) => p.hops.map((h) => [h.direction, h.evidence[0]!.sentence]))).toEqual([
      [
        ["forward", "Kim met Putin."],
        ["forward", "Putin met Lukashenko."],
      ],
      [["backward", "Kim met Putin."]],
    ]);
  });

  it("give a hop whose edge the answer lists no evidence for an empty list", () => {
    const joined = withHopEvidence({ ...answer, evidence: {} });
    expect(joined.paths[0]!.hops[0]!.evidence).toEqual([]);
  });

  it("reach the paths panel with evidence under each hop", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify(answer), { status: 200 })),
    );
    const result = await createApi().paths({
      from: "kim",
      to: "lukashenko",
      via: [],
      avoid: [],
      k: 1,
      maxHops: 6,
      directed: false,
    });
    expect(result.paths[0]!.hops.map((h) => h.evidence.length)).toEqual([1, 1]);
  });

  it("ask for more equally short paths only when told to (the server lists 20 unless asked)", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(answer), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const query = { from: "kim", to: "lukashenko", via: [], avoid: [], k: 1, maxHops: 6, directed: false };
    await createApi().paths(query);
    await createApi().paths({ ...query, maxPaths: MAX_PATHS });
    const sent = fetch.mock.calls.map(
      (call: unknown[]) => new URL(String(call[0]), "http://kg").searchParams,
    );
    expect(sent.map((params) => params.get("maxPaths"))).toEqual([null, String(MAX_PATHS)]);
    expect(MAX_PATHS).toBe(LIMITS.maxPaths);
  });
});
