// Coreference provenance through the API: evidence read through a pronoun says what it was read
// as ("He" → Lula da Silva), and its highlights mark the pronoun as that entity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type Loose } from "./_harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const res = await server.send("POST", "/api/documents", {
    text: "Lula da Silva arrived in Luanda on Monday. He met Joao Lourenco at the presidential palace.",
    title: "Lula in Luanda",
  });
  expect(res.status).toBe(201);
});
afterAll(async () => server?.dispose());

const KEY = "joao-lourenco|meets|lula-da-silva";

describe("evidence read through a pronoun", () => {
  it("GET /api/relations/:key gives the pronoun, its entity and its antecedent", async () => {
    const { status, body } = await server.get(`/api/relations/${encodeURIComponent(KEY)}`);
    expect(status).toBe(200);
    const [evidence] = body.relation.evidence as Loose[];
    expect(evidence?.sentence).toBe("He met Joao Lourenco at the presidential palace.");
    expect(evidence?.resolved).toEqual([
      { text: "He", name: "Lula da Silva", antecedent: { start: 0, end: 13, text: "Lula da Silva" } },
    ]);
  });

  it("marks the pronoun as the entity it stands for, beside the named end", async () => {
    const { body } = await server.get(`/api/relations/${encodeURIComponent(KEY)}`);
    const [evidence] = body.relation.evidence as Loose[];
    expect(evidence?.highlights).toEqual([
      { start: 0, end: 2, entity: "lula-da-silva" },
      { start: 7, end: 20, entity: "joao-lourenco" },
    ]);
  });

  it("GET /api/entities/:id carries the same provenance on the relation's evidence", async () => {
    const { body } = await server.get("/api/entities/lula-da-silva");
    const relations = Object.values(body.relations as Record<string, Loose[]>).flat();
    const meets = relations.find((r) => r.key === KEY);
    expect(meets?.evidence[0]?.resolved?.[0]).toMatchObject({ text: "He", name: "Lula da Silva" });
  });
});
