/**
 * Browser tests of the canvas on a graph of 300+ actors built by the real store from 40 generated
 * news articles: actors without relations hidden, labels that never overlap (measured from what
 * was drawn), selection bringing a neighbourhood into view, zoom buttons, the actors table,
 * colouring by community with its legend, and the PNG export carrying the legend.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEGEND_WIDTH } from "../../web/src/view/export.ts";
import { launchBrowser, openViewer, POLL, snap } from "./_browser.ts";
import { generateNews, writeNews } from "./_news.ts";
import { startTestServer, type TestServer } from "./_server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;
let articles = "";

beforeAll(async () => {
  articles = mkdtempSync(join(tmpdir(), "kg-canvas-"));
  writeNews(join(articles, "sources"), generateNews(40));
  [server, browser] = await Promise.all([startTestServer({ fromDataDir: articles }), launchBrowser()]);
  page = await openViewer(browser, server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(articles, { recursive: true, force: true });
});

/** Waits until the camera has stopped moving. */
async function settle(): Promise<void> {
  await page.waitForFunction(() => !window.__kg!.view!.sigma.getCamera().isAnimated());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The labels as drawn: for each, the text's extent measured again in the page with sigma's label
 * font, placed where the label layer drew it, and its node's position on screen.
 */
function drawnLabels(): Promise<
  { key: string; x: number; y: number; width: number; height: number; nodeX: number; nodeY: number }[]
> {
  return page.evaluate(() => {
    const sigma = window.__kg!.view!.sigma;
    sigma.refresh();
    const settings = sigma.getSettings();
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    return window.__kg!.view!.labels.drawn().map((box) => {
      const data = sigma.getNodeDisplayData(box.key)!;
      const at = sigma.framedGraphToViewport(data);
      const width = ctx.measureText(data.label ?? "").width;
      return {
        key: box.key,
        x: box.x,
        y: box.y,
        width: Math.max(box.width, width),
        height: Math.max(box.height, settings.labelSize),
        nodeX: at.x,
        nodeY: at.y,
      };
    });
  });
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlap(labels: Awaited<ReturnType<typeof drawnLabels>>): void {
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
}

/** The node with the most relations, its name and its neighbours. */
function hub(): Promise<{ id: string; name: string; neighbours: string[] }> {
  return page.evaluate(() => {
    const g = window.__kg!.graph!;
    const id = g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0]!;
    return { id, name: g.getNodeAttribute(id, "label"), neighbours: g.neighbors(id) };
  });
}

describe("the canvas on 300+ actors", () => {
  it("builds a graph of more than 300 actors from 40 articles", async () => {
    expect(await page.evaluate(() => window.__kg!.graph!.order)).toBeGreaterThan(300);
  });

  it("hides actors without relations by default and shows them packed under the rest on demand", async () => {
    const lonely = await page.evaluate(() => {
      const g = window.__kg!.graph!;
      return g.filterNodes((n) => g.degree(n) === 0);
    });
    expect(lonely.length).toBeGreaterThan(5);
    const hidden = () =>
      page.evaluate(
        (ids) => ids.map((id) => window.__kg!.view!.sigma.getNodeDisplayData(id)!.hidden),
        lonely,
      );
    expect((await hidden()).every(Boolean)).toBe(true);
    expect(await page.locator("#status").textContent()).toContain(
      `${lonely.length} without relations hidden`,
    );

    await page.getByLabel("Show actors without relations").check();
    await settle();
    expect((await hidden()).some(Boolean)).toBe(false);
    const block = await page.evaluate((ids) => {
      const g = window.__kg!.graph!;
      const ys = (nodes: string[]) => nodes.map((n) => g.getNodeAttribute(n, "y"));
      const others = g.filterNodes((n) => g.degree(n) > 0);
      return { lonelyTop: Math.max(...ys(ids)), othersBottom: Math.min(...ys(others)) };
    }, lonely);
    expect(block.lonelyTop).toBeLessThan(block.othersBottom);
    await page.getByLabel("Show actors without relations").uncheck();
    await settle();
    expect((await hidden()).every(Boolean)).toBe(true);
  });

  it("labels the most connected actors and never draws two labels over each other", async () => {
    await page.evaluate(() => window.__kg!.view!.fit());
    await settle();
    const labels = await drawnLabels();
    expect(labels.length).toBeGreaterThan(40);
    const labelled = new Set(labels.map((l) => l.key));
    const top = await page.evaluate(() => {
      const g = window.__kg!.graph!;
      return g
        .nodes()
        .sort((a, b) => g.degree(b) - g.degree(a))
        .slice(0, 5);
    });
    for (const id of top) expect(labelled.has(id), id).toBe(true);
    expectNoOverlap(labels);
    const view = await page.evaluate(() => window.__kg!.view!.sigma.getDimensions());
    for (const l of labels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(view.width + 1);
    }
    await snap(page, "canvas-300");
  });

  it("keeps labels apart when zooming in and out with the buttons", async () => {
    const ratio = () => page.evaluate(() => window.__kg!.view!.sigma.getCamera().getState().ratio);
    const before = await ratio();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await settle();
    expect(await ratio()).toBeLessThan(before);
    expectNoOverlap(await drawnLabels());
    await page.getByRole("button", { name: "Zoom out" }).click();
    await page.getByRole("button", { name: "Zoom out" }).click();
    await settle();
    expect(await ratio()).toBeGreaterThan(before);
    expectNoOverlap(await drawnLabels());
    await page.getByRole("button", { name: "Fit the graph to the view" }).click();
    await settle();
    expect(await ratio()).toBeCloseTo(before, 1);
  });

  it("brings a selected actor's neighbourhood into view and labels its neighbours", async () => {
    const { id, name, neighbours } = await hub();
    const search = page.getByRole("combobox", { name: "Search actors" });
    await search.fill(name);
    await page.locator(`[role=option][data-id="${id}"]`).click();
    await settle();
    expect(await page.evaluate(() => window.__kg!.store.get().selection)).toEqual({ kind: "node", id });
    const positions = await page.evaluate(
      (ids) => {
        const sigma = window.__kg!.view!.sigma;
        return ids.map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!));
      },
      [id, ...neighbours],
    );
    const view = await page.evaluate(() => window.__kg!.view!.sigma.getDimensions());
    for (const p of positions) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(view.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(view.height);
    }
    // Zoomed in from the whole graph, not left as it was.
    expect(await page.evaluate(() => window.__kg!.view!.sigma.getCamera().getState().ratio)).toBeLessThan(1);
    const labels = await drawnLabels();
    const labelled = new Set(labels.map((l) => l.key));
    expect(labelled.has(id)).toBe(true);
    expect(neighbours.filter((n) => labelled.has(n)).length).toBeGreaterThanOrEqual(
      Math.ceil(neighbours.length * 0.6),
    );
    expectNoOverlap(labels);
    await snap(page, "canvas-300-selected");
  });

  it("clears the search box when the selection is cleared", async () => {
    const search = page.getByRole("combobox", { name: "Search actors" });
    expect(await search.inputValue()).not.toBe("");
    await page.locator("#graph").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => search.inputValue(), POLL).toBe("");
  });

  it("lists actors by PageRank in a sortable table; a row selects its actor", async () => {
    await page.getByRole("tab", { name: "Actors" }).click();
    const rows = page.locator(".actor-table tbody tr");
    await rows.first().waitFor();
    // PageRank arrives from the metrics worker; the table sorts by it once it has.
    await page.waitForFunction(() => window.__kg!.metrics!().ready("pagerank"), null, POLL);
    const topByPagerank = await page.evaluate(() => {
      const ranks = window.__kg!.metrics!().values("pagerank");
      return [...ranks].sort((a, b) => b[1] - a[1])[0]![0];
    });
    await expect.poll(() => rows.first().getAttribute("data-id"), POLL).toBe(topByPagerank);
    await page.getByRole("button", { name: "Connections" }).click();
    expect(await rows.first().getAttribute("data-id")).toBe((await hub()).id);
    const second = await rows.nth(1).getAttribute("data-id");
    await rows.nth(1).click();
    expect(await page.evaluate(() => window.__kg!.store.get().selection)).toEqual({
      kind: "node",
      id: second,
    });
    await page.getByRole("tab", { name: "Details" }).click();
  });

  it("colours actors by community with a legend, and restricts the view to an ego network", async () => {
    await page.getByLabel("Colour by").selectOption("community");
    const legend = page.locator(".metric-legend .legend-item");
    await expect.poll(() => legend.count(), POLL).toBeGreaterThan(2);
    const colours = await page.evaluate(() => {
      const sigma = window.__kg!.view!.sigma;
      return new Set(window.__kg!.graph!.nodes().map((n) => sigma.getNodeDisplayData(n)!.color)).size;
    });
    expect(colours).toBeGreaterThan(2);

    const { id } = await hub();
    await page.evaluate((node) => window.__kg!.actions.selectNode(node, { center: true }), id);
    await page.getByLabel("Show", { exact: true }).selectOption("ego");
    await settle();
    const shown = await page.evaluate(() => {
      const sigma = window.__kg!.view!.sigma;
      return window.__kg!.graph!.filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden);
    });
    const expected = await page.evaluate((node) => [node, ...window.__kg!.graph!.neighbors(node)], id);
    expect(new Set(shown)).toEqual(new Set(expected));
    await page.getByLabel("Show", { exact: true }).selectOption("all");
    await page.getByLabel("Colour by").selectOption("type");
  });

  it("exports a PNG of the view with the legend beside it", async () => {
    const view = await page.evaluate(() => ({
      ...window.__kg!.view!.sigma.getDimensions(),
      ratio: window.devicePixelRatio || 1,
    }));
    await page.getByRole("tab", { name: "Export" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download PNG of the view" }).click(),
    ]);
    const path = await download.path();
    const png = readFileSync(path);
    // The PNG header's width: the view and the legend strip beside it.
    expect(png.readUInt32BE(16)).toBe(Math.round((view.width + LEGEND_WIDTH) * view.ratio));
    expect(png.readUInt32BE(20)).toBe(Math.round(view.height * view.ratio));
    await page.getByRole("tab", { name: "Details" }).click();
  });
});
