/**
 * The HTTP client of the viewer: one function per API call, answers typed, failures thrown
 * as ApiError carrying the problem document's stable `code`.
 */
import type {
  ApiChange,
  ApiConnectAnswer,
  ApiConnectResult,
  ApiCurationOp,
  ApiCurationRecord,
  ApiCurationResult,
  ApiSuggestion,
  ApiDocumentList,
  ApiEntityDetails,
  ApiEvidence,
  ApiGraph,
  ApiHealth,
  ApiIngestResult,
  ApiPath,
  ApiPathAnswer,
  ApiPathResult,
  ApiPathSent,
  ApiProblem,
  ApiRelationDetails,
  ApiSearchResult,
} from "./api-types.ts";
import type { GraphColumns } from "../../src/model/graph-columns.ts";
import type { Filters } from "./state.ts";

/** A failed API call: the HTTP status and the problem's code (e.g. UNKNOWN_ENTITY). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: ApiProblem;

  constructor(problem: ApiProblem) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

/** A path query as the paths panel and the URL hold it. */
export interface PathQuery {
  from: string;
  to: string;
  via: string[];
  avoid: string[];
  k: number;
  maxHops: number;
  directed: boolean;
  /** Most equally short paths listed (the server lists 20 unless asked; up to MAX_PATHS). */
  maxPaths?: number;
}

/** The most equally short paths one answer may list (the API's bound on `maxPaths`). */
export const MAX_PATHS = 100;

/** The body of POST /api/documents. */
export interface IngestInput {
  text: string;
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

/** Query parameters of /api/graph and /api/export.* for the given filters (empty ones omitted). */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.types.length) params.set("types", filters.types.join(","));
  if (filters.relations.length) params.set("relations", filters.relations.join(","));
  if (filters.minEvidence > 1) params.set("minEvidence", String(filters.minEvidence));
  if (filters.hideHeadlineOnly) params.set("hideHeadlineOnly", "true");
  return params;
}

/** The URL of an export of the graph (`format`: gexf, graphml, json, nodes.csv, edges.csv). */
export function exportUrl(base: string, format: string, filters: Filters | null): string {
  const query = filters ? filterParams(filters).toString() : "";
  return `${base}/api/export.${format}${query ? `?${query}` : ""}`;
}

/**
 * A paths or connect answer with each hop's evidence put in the hop: the API lists each edge's
 * evidence once, in the answer's `evidence` by edge key, and the views show it under every hop
 * that crosses the edge (an edge the answer lists no evidence for shows none).
 */
export function withHopEvidence<T extends ApiPathAnswer | ApiConnectAnswer>(
  answer: T,
): Omit<T, "paths"> & { paths: ApiPath[] } {
  const evidence = answer.evidence;
  return {
    ...answer,
    paths: answer.paths.map((path: ApiPathSent) => ({
      ...path,
      hops: path.hops.map((hop) => ({ ...hop, evidence: evidence[hop.key] ?? [] })),
    })),
  };
}

/** Creates the client for the API at `base` ("" for the same origin). */
export function createApi(base = "", getToken: () => string | null = () => null) {
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    // No extra headers on plain GETs, so the browser can reuse the preloaded /api/graph.
    const headers = new Headers(init.headers);
    const token = getToken();
    if (token && init.method && init.method !== "GET") headers.set("Authorization", `Bearer ${token}`);
    const res = await fetch(`${base}${path}`, { ...init, headers });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const problem = (body ?? {}) as Partial<ApiProblem>;
      throw new ApiError({
        ...problem,
        status: res.status,
        code: problem.code ?? `HTTP_${res.status}`,
      } as ApiProblem);
    }
    return body as T;
  }
  const json = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

  return {
    base,
    health: () => call<ApiHealth>("/api/health"),
    graph: () => call<ApiGraph>("/api/graph"),
    /** The graph in columns (what the viewer draws; index.html preloads it). */
    graphColumns: () => call<GraphColumns>("/api/graph/columns"),
    search: (q: string, limit = 8, signal?: AbortSignal) =>
      call<{ results: ApiSearchResult[] }>(
        `/api/entities?${new URLSearchParams({ q, limit: String(limit) })}`,
        { signal },
      ),
    entity: (id: string) => call<ApiEntityDetails>(`/api/entities/${encodeURIComponent(id)}`),
    /** A relation and a page of its evidence (`offset` pieces skipped, at most `limit`). */
    relation: (key: string, page: { offset?: number; limit?: number } = {}) => {
      const params = new URLSearchParams();
      if (page.offset) params.set("offset", String(page.offset));
      if (page.limit) params.set("limit", String(page.limit));
      const query = params.size > 0 ? `?${params}` : "";
      return call<ApiRelationDetails>(`/api/relations/${encodeURIComponent(key)}${query}`);
    },
    /** The next pieces of a relation's evidence, from `offset` (what "show more" fetches). */
    evidence: async (key: string, offset: number): Promise<ApiEvidence[]> =>
      (await call<ApiRelationDetails>(`/api/relations/${encodeURIComponent(key)}?offset=${offset}&limit=20`))
        .relation.evidence,
    paths: (q: PathQuery) => {
      const params = new URLSearchParams({
        from: q.from,
        to: q.to,
        k: String(q.k),
        maxHops: String(q.maxHops),
        directed: String(q.directed),
        mode: q.k > 1 ? "k-shortest" : "shortest",
      });
      if (q.via.length) params.set("via", q.via.join(","));
      if (q.avoid.length) params.set("avoid", q.avoid.join(","));
      if (q.maxPaths !== undefined) params.set("maxPaths", String(q.maxPaths));
      return call<ApiPathAnswer>(`/api/paths?${params}`).then((answer): ApiPathResult =>
        withHopEvidence(answer),
      );
    },
    connect: (actors: string[], q: Pick<PathQuery, "via" | "avoid" | "maxHops" | "directed">) =>
      call<ApiConnectAnswer>(
        "/api/connect",
        json("POST", {
          actors,
          ...q,
          via: q.via.length ? q.via : undefined,
          avoid: q.avoid.length ? q.avoid : undefined,
        }),
      ).then((answer): ApiConnectResult => withHopEvidence(answer)),
    ingest: (input: IngestInput) => call<ApiIngestResult>("/api/documents", json("POST", input)),
    /** The curation records, newest first. */
    curation: () => call<{ records: ApiCurationRecord[] }>("/api/curation"),
    /** Applies a curation operation (merge, split, rename, retype, reject an edge or evidence). */
    curate: (op: ApiCurationOp) => call<ApiCurationResult>("/api/curation", json("POST", op)),
    /** Undoes one record, or the latest one when `id` is absent. */
    undo: (id?: ApiCurationRecord["id"]) =>
      call<ApiCurationResult>(
        id === undefined ? "/api/curation/undo" : `/api/curation/${encodeURIComponent(String(id))}/undo`,
        json("POST", {}),
      ),
    /** Suggested merges, best first. */
    suggestions: (limit = 20) =>
      call<{ suggestions: ApiSuggestion[] }>(
        `/api/curation/suggestions?${new URLSearchParams({ limit: String(limit) })}`,
      ),
    /** Dismisses a suggested merge for good. */
    dismissSuggestion: (a: string, b: string) =>
      call<unknown>("/api/curation/suggestions/dismiss", json("POST", { a, b })),
    /** A page of the stored articles (`offset`, `limit`), or those whose text matches `q`. */
    documents: (query: { q?: string; offset?: number; limit?: number }) => {
      const params = new URLSearchParams();
      if (query.q) params.set("q", query.q);
      if (query.offset) params.set("offset", String(query.offset));
      if (query.limit) params.set("limit", String(query.limit));
      return call<ApiDocumentList>(`/api/documents${params.size ? `?${params}` : ""}`);
    },
    removeDocument: (id: string) =>
      call<{ change: ApiChange }>(`/api/documents/${encodeURIComponent(id)}`, { method: "DELETE" }),
  };
}

/** The viewer's API client. */
export type Api = ReturnType<typeof createApi>;
