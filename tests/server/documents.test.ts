// Adding and removing articles through the API, and the live change events open viewers listen to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "./_articles.ts";
import { startTestServer, type TestServer, type Loose } from "./_harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.dispose());

/** Ids of the documents whose evidence is on some edge of the graph. */
function documentsWithEvidence(): Set<string> {
  const docs = new Set<string>();
  server.store.graph.forEachEdge((k) => server.store.evidence!.evidenceOf(k).forEach((e) => docs.add(e.doc)));
  return docs;
}

/** Reads an SSE stream until an event of `name` arrives; resolves to its parsed data. */
async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>, name: string): Promise<Loose> {
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error("stream ended");
    buffer += decoder.decode(value, { stream: true });
    for (const frame of buffer.split("\n\n").slice(0, -1)) {
      const lines = frame.split("\n");
      if (lines.includes(`event: ${name}`))
        return JSON.parse(lines.find((l) => l.startsWith("data: "))!.slice(6));
    }
  }
}

describe("POST /api/documents", () => {
  it("adds an article: 201 with its id and the change, listed with its metadata, its evidence in the graph", async () => {
    const [article] = generateArticles(1, 99);
    const before = server.store.revision;
    const res = await server.send("POST", "/api/documents", {
      text: article!.text,
      title: article!.title,
      date: article!.date,
      outlet: "Test Wire",
      url: "https://example.com/a",
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toEqual(expect.any(String));
    expect(res.body.change).toMatchObject({
      documents: [res.body.id],
      entitiesAdded: expect.any(Array),
      relationsAdded: expect.any(Array),
    });
    expect(server.store.revision).toBeGreaterThan(before);
    const { body } = await server.get("/api/documents");
    expect(body.documents.find((d: Loose) => d.id === res.body.id)).toMatchObject({
      title: article!.title,
      outlet: "Test Wire",
      date: article!.date,
      url: "https://example.com/a",
    });
    expect(documentsWithEvidence()).toContain(res.body.id);
  });
});

describe("DELETE /api/documents/:id", () => {
  it("removes the document and the evidence that came only from it", async () => {
    const [article] = generateArticles(1, 5);
    const added = await server.send("POST", "/api/documents", { text: article!.text });
    const res = await server.send("DELETE", `/api/documents/${encodeURIComponent(added.body.id)}`);
    expect(res.status).toBe(200);
    expect(res.body.change.documents).toEqual([added.body.id]);
    const { body } = await server.get("/api/documents");
    expect(body.documents.map((d: Loose) => d.id)).not.toContain(added.body.id);
    expect(documentsWithEvidence()).not.toContain(added.body.id);
  });
});

describe("GET /api/events", () => {
  it("announces each persisted change with the new revision", async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events`, { signal: controller.signal });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    try {
      const [article] = generateArticles(1, 11);
      const waiting = nextEvent(reader, "change");
      const added = await server.send("POST", "/api/documents", { text: article!.text });
      const event = await waiting;
      expect(event.revision).toBe(server.store.revision);
      expect(event.change.documents).toEqual([added.body.id]);
    } finally {
      controller.abort();
    }
  });

  it("gives each change the revision as its id", async () => {
    const controller = new AbortController();
    const reader = (await fetch(`${server.url}/api/events`, { signal: controller.signal })).body!.getReader();
    try {
      const [article] = generateArticles(1, 12);
      let text = "";
      const reading = (async () => {
        while (!text.includes("event: change")) text += new TextDecoder().decode((await reader.read()).value);
      })();
      await server.send("POST", "/api/documents", { text: article!.text });
      await reading;
      expect(text).toContain(`id: ${server.store.revision}\nevent: change`);
    } finally {
      controller.abort();
    }
  });

  it.each([
    [
      "a Last-Event-ID header",
      (rev: number) => [`/api/events`, { "Last-Event-ID": String(rev - 1) }] as const,
    ],
    ["a lastEventId parameter", (rev: number) => [`/api/events?lastEventId=${rev + 7}`, {}] as const],
  ])(
    "sends a client that comes back with %s behind the revision a change at once",
    async (_label, request) => {
      const controller = new AbortController();
      const [path, headers] = request(server.store.revision);
      const res = await fetch(`${server.url}${path}`, { headers, signal: controller.signal });
      try {
        const event = await nextEvent(res.body!.getReader(), "change");
        expect(event.revision).toBe(server.store.revision);
      } finally {
        controller.abort();
      }
    },
  );

  it("sends nothing at once to a client that is up to date", async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events`, {
      headers: { "Last-Event-ID": String(server.store.revision) },
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    const soon = await Promise.race([
      reader.read().then(() => "data"),
      new Promise((r) => setTimeout(() => r("quiet"), 300)),
    ]);
    controller.abort();
    expect(first).not.toContain("event: change");
    expect(soon).toBe("quiet");
  });

  it("keeps idle streams alive with a ping comment", async () => {
    const pinging = await startTestServer({ store: server.store, settings: { ssePingMs: 30 } });
    try {
      const reader = (await fetch(`${pinging.url}/api/events`)).body!.getReader();
      let text = "";
      while (!text.includes(": ping\n\n")) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toContain(": ping");
    } finally {
      await pinging.close();
    }
  });

  it("ends open streams when the server shuts down", async () => {
    const other = await startTestServer({ store: server.store });
    const res = await fetch(`${other.url}/api/events`);
    const reader = res.body!.getReader();
    await reader.read();
    await other.close();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });
});
