// A server killed with SIGKILL in the middle of a stream of ingests leaves a store that opens, and
// starts again on a graph that holds every document whose POST was answered with success.
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/graph/store.ts";
import { generateArticles } from "./_articles.ts";
import { serveChild, type ServedChild } from "./_child.ts";
import { makeDataDir, type Loose } from "./_harness.ts";

let dataDir = "";
const children: ServedChild[] = [];
afterAll(async () => {
  for (const c of children)
    if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("kill -9 during ingests", () => {
  it("leaves the previous or the new graph, and the server starts again with every acknowledged document", async () => {
    dataDir = await makeDataDir();
    const first = await serveChild(dataDir);
    children.push(first);
    const articles = generateArticles(60, 42);
    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < articles.length) {
        const a = articles[next++]!;
        try {
          const res = await fetch(`${first.url}/api/documents`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ text: a.text, title: a.title }),
          });
          if (res.status === 201) acknowledged.push((await res.json()).id);
          if (acknowledged.length >= 8 && !killed) {
            killed = true; // other workers still have requests in flight
            first.child.kill("SIGKILL");
          }
        } catch {
          // the connection died with the server
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(await first.exited).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(8);

    const store = await openStore({ dataDir });
    expect([...store.sources.keys()]).toEqual(expect.arrayContaining(acknowledged));
    await store.close();

    const second = await serveChild(dataDir);
    children.push(second);
    try {
      const listed = new Set(
        ((await (await fetch(`${second.url}/api/documents`)).json()) as Loose).documents.map(
          (d: Loose) => d.id,
        ),
      );
      expect(acknowledged.filter((id) => !listed.has(id))).toEqual([]);
      const health = (await (await fetch(`${second.url}/api/health`)).json()) as Loose;
      expect(health).toMatchObject({ ok: true });
      expect(health.documents).toBeGreaterThanOrEqual(acknowledged.length + 1);
    } finally {
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    }
  });
});
