/**
 * Browser test of live updates across a server restart: the viewer's event stream drops when the
 * server stops, reconnects by itself when a server starts again on the same port and data folder,
 * and an article added after the restart reaches the open viewer without a reload.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server/main.ts";
import { copyFirstArticle } from "../_fixtures.ts";
import { launchBrowser, openViewer, POLL } from "./_browser.ts";
import { ensureViewerBuilt, WEB_DIST } from "./_server.ts";

let dataDir: string;
let server: RunningServer | null = null;
let browser: Browser;
let page: Page;

/** `kg serve` on the data folder, as the CLI runs it (the server opens, builds and watches the store). */
function serve(port: number): Promise<RunningServer> {
  return startServer({
    dataDir,
    cwd: dataDir,
    env: {},
    host: "127.0.0.1",
    port,
    webDir: WEB_DIST,
    logger: pino({ level: "silent" }),
  });
}

beforeAll(async () => {
  ensureViewerBuilt();
  dataDir = mkdtempSync(join(tmpdir(), "kg-e2e-restart-"));
  mkdirSync(join(dataDir, "sources"), { recursive: true });
  copyFirstArticle(join(dataDir, "sources"));
  [server, browser] = await Promise.all([serve(0), launchBrowser()]);
  page = await openViewer(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("live updates across a server restart", () => {
  it("reconnect by themselves and bring an article added after the restart", async () => {
    const url = server!.url;
    const port = Number(new URL(url).port);
    const before = await page.evaluate(() => window.__kg!.graph!.order);
    await server!.close();
    server = null;
    // The viewer sees the stream drop and retries while no server listens.
    await page.waitForTimeout(1500);
    server = await serve(port);
    const res = await fetch(`${url}/api/documents`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        title: "After the restart",
        text: "Iran supplied drones to Russia in March. Belarus President Alexander Lukashenko met Kim Jong Un in Pyongyang.\n",
      }),
    });
    expect(res.status).toBe(201);
    const { change } = (await res.json()) as { change: { entitiesAdded: string[] } };
    expect(change.entitiesAdded.length).toBeGreaterThan(0);
    await expect
      .poll(
        () =>
          page.evaluate((ids) => ids.every((id) => window.__kg!.graph!.hasNode(id)), change.entitiesAdded),
        { ...POLL, timeout: 30_000 },
      )
      .toBe(true);
    expect(await page.evaluate(() => window.__kg!.graph!.order)).toBeGreaterThan(before);
  });
});
