/**
 * The slow measures in the browser: on a graph of 4,000 actors, sizing by betweenness computes it
 * in the metrics worker while the page keeps drawing frames, says "Computing betweenness…" until
 * it lands, and then sizes the actors by it (the most central actor drawn biggest). Also: the
 * viewer draws every relation and every connected actor of the large graph.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openViewer, POLL } from "./_browser.ts";
import { startTestServer, type TestServer } from "./_server.ts";
import { staticStore, syntheticGraph } from "./_synthetic-graph.ts";

const graph = syntheticGraph(4000, 20_000, 7);
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ store: staticStore(graph) }), launchBrowser()]);
  page = await openViewer(browser, server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the measures of a large graph", () => {
  it("draws every relation and every actor that has one", async () => {
    const drawn = await page.evaluate(() => {
      const { graph: g, view } = window.__kg!;
      const sigma = view!.sigma;
      return {
        nodes: g!.filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden === false).length,
        edges: g!.filterEdges((e) => sigma.getEdgeDisplayData(e)?.hidden === false).length,
      };
    });
    expect(drawn).toEqual({
      nodes: graph.filterNodes((n) => graph.degree(n) > 0).length,
      edges: graph.size,
    });
  });

  it("computes betweenness in a worker, showing that it is computing, while the page keeps drawing", async () => {
    const legend = page.locator(".metric-legend");
    await page.getByLabel("Size by").selectOption("betweenness");
    await expect.poll(() => legend.textContent(), POLL).toContain("Computing betweenness…");
    // Two animation frames pass while betweenness is still being computed: the page is not blocked.
    const stillComputing = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve([...window.__kg!.metrics!().computing()])),
          ),
        ),
    );
    expect(stillComputing).toContain("betweenness");
    await page.waitForFunction(() => window.__kg!.metrics!().ready("betweenness"), null, {
      timeout: 180_000,
    });
    await expect.poll(() => legend.textContent(), POLL).not.toContain("Computing");
    expect(await legend.textContent()).toContain("betweenness");
    // The actor with the highest betweenness is drawn as big as the biggest actor.
    const { ofTop, biggest } = await page.evaluate(() => {
      const kg = window.__kg!;
      const sigma = kg.view!.sigma;
      const values = [...kg.metrics!().values("betweenness")].sort((a, b) => b[1] - a[1]);
      const sizes = kg.graph!.nodes().map((n) => sigma.getNodeDisplayData(n)!.size);
      return { ofTop: sigma.getNodeDisplayData(values[0]![0])!.size, biggest: Math.max(...sizes) };
    });
    expect(ofTop).toBe(biggest);
  }, 240_000);
});
