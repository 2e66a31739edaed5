/**
 * The viewer's API client: filters become the query of /api/graph and /api/export.*, and a
 * failed call surfaces the problem's stable code.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, createApi, exportUrl, filterParams } from "../../../web/src/api.ts";
import { DEFAULT_FILTERS } from "../../../web/src/state.ts";

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
