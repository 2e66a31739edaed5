// The OpenAPI document tells the truth: every route is documented, every documented path is
// routed, and real answers have the documented shapes.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.ts";
import { ROUTE_DOCS, toOpenApiPath } from "../../src/server/openapi.ts";
import { resolveServerSettings } from "../../src/server/settings.ts";
import { startTestServer, type TestServer, type Loose } from "./_harness.ts";

let server: TestServer;
let doc: Loose;
beforeAll(async () => {
  server = await startTestServer();
  doc = (await server.get("/api/openapi.json")).body;
});
afterAll(async () => server?.dispose());

/** "METHOD /path" of every route the Express app has. */
function routedRoutes(): string[] {
  const kg = createApp({
    store: server.store,
    settings: resolveServerSettings(),
    logger: pino({ level: "silent" }),
  });
  const found: string[] = [];
  const walk = (stack: Loose[]) => {
    for (const layer of stack) {
      if (layer.route)
        for (const m of Object.keys(layer.route.methods))
          found.push(`${m.toUpperCase()} ${layer.route.path}`);
      else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((kg.app as Loose).router.stack);
  kg.close();
  return found.sort();
}

/** A tiny JSON Schema check (type, properties, required, items, enum, const, $ref): the paths that fail. */
function mismatches(schema: Loose, value: unknown, at = "$"): string[] {
  if (schema.$ref) return mismatches(doc.components.schemas[schema.$ref.split("/").pop()], value, at);
  const errors: string[] = [];
  const types = schema.type === undefined ? [] : [schema.type].flat();
  const typeOf = (v: unknown) =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  if (
    types.length &&
    !types.some((t: string) => t === typeOf(value) || (t === "number" && typeOf(value) === "integer"))
  )
    return [`${at}: ${typeOf(value)} is not ${types}`];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: not in enum`);
  if ("const" in schema && schema.const !== value) errors.push(`${at}: not ${schema.const}`);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${at}.${key}: missing`);
    for (const [key, sub] of Object.entries(schema.properties ?? {}))
      if (key in value) errors.push(...mismatches(sub, (value as Loose)[key], `${at}.${key}`));
    if (typeof schema.additionalProperties === "object")
      for (const [key, v] of Object.entries(value))
        errors.push(...mismatches(schema.additionalProperties, v, `${at}.${key}`));
  }
  if (Array.isArray(value) && schema.items)
    value.slice(0, 20).forEach((v, i) => errors.push(...mismatches(schema.items, v, `${at}[${i}]`)));
  return errors;
}

/** A documented path with sample values for its parameters. */
function samplePath(path: string): string {
  const g = server.store.graph;
  const edge = g.edges()[0] as string;
  return path.replace(":id", g.nodes()[0] as string).replace(":key", encodeURIComponent(edge));
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every documented route under paths", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const r of ROUTE_DOCS) expect(doc.paths[toOpenApiPath(r.path)][r.method]).toBeDefined();
  });

  it("documents every route the app has, and routes every documented one", () => {
    const documented = ROUTE_DOCS.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(routedRoutes()).toEqual(documented);
  });

  it("declares every path parameter, bounds the query parameters, and describes the errors as problems", () => {
    for (const [path, ops] of Object.entries<Loose>(doc.paths)) {
      for (const op of Object.values<Loose>(ops)) {
        const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(op.parameters.filter((p: Loose) => p.in === "path").map((p: Loose) => p.name)).toEqual(inPath);
        expect(Object.keys(op.responses).some((s) => s.startsWith("2"))).toBe(true);
        expect(op.responses.default.content["application/problem+json"]).toBeDefined();
      }
    }
    const paths = doc.paths["/api/paths"].get.parameters;
    expect(paths.find((p: Loose) => p.name === "k").schema.maximum).toBe(20);
    expect(paths.find((p: Loose) => p.name === "maxPaths").schema).toMatchObject({
      default: 20,
      maximum: 100,
    });
    expect(paths.find((p: Loose) => p.name === "from").required).toBe(true);
    expect(
      doc.paths["/api/documents"].post.requestBody.content["application/json"].schema.required,
    ).toContain("text");
  });

  it("matches real answers: each documented path is routed and its JSON answers have the documented shape", async () => {
    for (const r of ROUTE_DOCS) {
      if (r.path === "/api/events") continue; // a stream; covered in documents.test.ts
      const g = server.store.graph;
      const [a, b] = [
        g.nodes()[0] as string,
        g.opposite(g.nodes()[0] as string, g.edges(g.nodes()[0] as string)[0] as string),
      ];
      let path = samplePath(r.path);
      let body: unknown;
      if (r.path === "/api/entities") path += "?q=kor";
      if (r.path === "/api/paths") path += `?from=${a}&to=${b}`;
      if (r.path === "/api/connect") body = { actors: [a, b] };
      if (r.method === "post" && r.path === "/api/documents") body = { text: "" };
      const res = await server.send(r.method.toUpperCase(), path, body);
      expect(res.body.code, `${r.method} ${r.path}`).not.toBe("NOT_FOUND");
      if (res.status === r.ok.status && r.ok.schema)
        expect(mismatches(r.ok.schema, res.body), `${r.method} ${r.path}`).toEqual([]);
      if (res.status >= 400)
        expect(mismatches({ $ref: "#/components/schemas/Problem" }, res.body)).toEqual([]);
    }
  });
});
