/**
 * `kg push` through neo4j-driver: a server that is not there gives NEO4J_UNREACHABLE quickly (a
 * closed loopback port, bounded timeout), a malformed address or batch INVALID_OPTION. Against a
 * real server (NEO4J_URI, with NEO4J_USER and NEO4J_PASSWORD) a push twice leaves one copy of
 * everything, and Neo4j's allShortestPaths finds the same paths, with the same evidence, as kg.
 */
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { pushGraph } from "../../../src/io/neo4j-push.ts";
import { isKgError } from "../../../src/model/errors.ts";
import { createQueryEngine } from "../../../src/query/engine.ts";
import { closedPort, neo4jFixtureGraph } from "./_neo4j-fixture.ts";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (err) {
    return isKgError(err) ? err.code : `untyped: ${String(err)}`;
  }
}

describe("kg push when the server cannot be used", () => {
  it.each(["bolt", "neo4j"])("says NEO4J_UNREACHABLE for a closed loopback port (%s://)", async (scheme) => {
    const port = await closedPort();
    const graph = neo4jFixtureGraph();
    const code = await codeOf(
      pushGraph(graph, { uri: `${scheme}://127.0.0.1:${port}`, connectionTimeoutMs: 2000 }),
    );
    expect(code).toBe("NEO4J_UNREACHABLE");
  });

  it.each([
    ["an http address", { uri: "http://127.0.0.1:7474" }],
    ["a batch of 0", { uri: "bolt://127.0.0.1:7687", batch: 0 }],
    ["a fractional batch", { uri: "bolt://127.0.0.1:7687", batch: 1.5 }],
  ])("refuses %s with INVALID_OPTION before connecting", async (_label, options) => {
    expect(await codeOf(pushGraph(neo4jFixtureGraph(), options))).toBe("INVALID_OPTION");
  });
});

const uri = process.env.NEO4J_URI;
const user = process.env.NEO4J_USER ?? "neo4j";
const password = process.env.NEO4J_PASSWORD ?? "";

describe.runIf(uri === undefined)("kg push against a real server", () => {
  it.skip("is skipped: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a scratch Neo4j or Memgraph to run it", () => {});
});

describe.runIf(uri !== undefined)("kg push against a real server (NEO4J_URI)", () => {
  const graph = neo4jFixtureGraph();
  const keys = graph.edges();
  const ids = graph.nodes();

  async function query<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const driver = neo4j.driver(uri ?? "", neo4j.auth.basic(user, password));
    try {
      const { records } = await driver.executeQuery(cypher, params);
      return records.map((r) => r.toObject() as T);
    } finally {
      await driver.close();
    }
  }

  it("pushes twice and holds one copy of every node, relationship and piece of evidence", async () => {
    const first = await pushGraph(graph, { uri: uri ?? "", user, password, batch: 3 });
    await pushGraph(graph, { uri: uri ?? "", user, password, batch: 3 });
    expect(first).toMatchObject({ nodes: graph.order, relationships: graph.size });
    const [counts] = await query<{ nodes: number; rels: number; evidence: number }>(
      `MATCH (n:Entity) WHERE n.id IN $ids WITH count(n) AS nodes
       OPTIONAL MATCH ()-[r]->() WHERE r.key IN $keys WITH nodes, count(r) AS rels
       OPTIONAL MATCH (e:Evidence) WHERE e.edge IN $keys RETURN nodes, rels, count(e) AS evidence`,
      { ids, keys },
    );
    expect(counts).toEqual({ nodes: graph.order, rels: graph.size, evidence: first.evidence });
  });

  it.each([
    ["joint-chiefs-of-staff", "ukraine"],
    ["sum-corp", "north-korea"],
    ["vladimir-putin", "south-korea"],
  ])("finds the same shortest paths from %s to %s as kg path, with the same evidence", async (from, to) => {
    const mine = createQueryEngine(graph).paths(from, to, {});
    const theirs = await query<{ keys: string[]; evidence: string[][] }>(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = allShortestPaths((a)-[rels*..6]-(b))
       WHERE all(r IN rels WHERE r.key IN $keys)
       RETURN [r IN rels | r.key] AS keys,
              [r IN rels | COLLECT { MATCH (e:Evidence {edge: r.key}) RETURN e.sentence ORDER BY e.index }] AS evidence`,
      { from, to, keys },
    );
    const expected = mine.paths.map((p) => ({
      keys: p.hops.map((h) => h.key),
      evidence: p.hops.map((h) => h.evidence.map((e) => e.sentence)),
    }));
    const order = (list: { keys: string[] }[]) =>
      [...list].sort((x, y) => x.keys.join().localeCompare(y.keys.join()));
    expect(order(theirs)).toEqual(order(expected));
  });
});
