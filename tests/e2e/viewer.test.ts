/**
 * Browser tests of the viewer on the real server (first article, port 0) in headless Chromium:
 * drawing, search and details, paths, filters, export, and the URL holding the view.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawnPixels, launchBrowser, openViewer, POLL, snap } from "./_browser.ts";
import { startTestServer, type TestServer } from "./_server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;

interface ApiGraphCounts {
  nodes: { id: string; entityType: string }[];
  edges: unknown[];
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  page = await openViewer(browser, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function searchAndChoose(text: string, name: string): Promise<void> {
  const input = page.getByRole("combobox", { name: "Search actors" });
  await input.fill(text);
  await page
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .waitFor();
  await input.press("Enter");
}

describe("the viewer", () => {
  it("draws every node of the graph on the canvas", async () => {
    const api = (await (await fetch(`${server.url}/api/graph`)).json()) as ApiGraphCounts;
    expect(api.nodes.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__kg!.graph!.order)).toBe(api.nodes.length);
    expect(await drawnPixels(page)).toBeGreaterThan(500);
    await snap(page, "full-view");
  });

  it("selects Kim Jong Un from the search and shows his relations with evidence", async () => {
    await searchAndChoose("Kim", "Kim Jong Un");
    const panel = page.locator("#tabpanel-details");
    await expect.poll(() => panel.locator("h2").textContent(), POLL).toBe("Kim Jong Un");
    expect(await panel.locator(".relation-group").count()).toBeGreaterThan(0);
    expect(await panel.locator(".evidence .sentence").count()).toBeGreaterThan(0);
    expect(await panel.locator(".evidence mark").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__kg!.store.get().selection)).toEqual({
      kind: "node",
      id: "kim-jong-un",
    });
    await snap(page, "kim-selected");
  });

  it("shows an edge's evidence when a relation is opened", async () => {
    await page.locator("#tabpanel-details [data-edge]").first().click();
    const panel = page.locator("#tabpanel-details");
    await expect.poll(() => panel.locator(".evidence").count(), POLL).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__kg!.store.get().selection?.kind)).toBe("edge");
  });

  it("lists a path from Kim Jong Un to the National Intelligence Service and highlights it", async () => {
    await page.getByRole("tab", { name: "Paths" }).click();
    await page.getByRole("combobox", { name: "From", exact: true }).fill("Kim Jong Un");
    await page.getByRole("combobox", { name: "To", exact: true }).fill("National Intelligence Service");
    await page.getByRole("button", { name: "Find paths" }).click();
    const first = page.locator("#tabpanel-paths .path").first();
    await first.waitFor();
    const names = await first.locator(".chain-node").allTextContents();
    expect(names[0]).toBe("Kim Jong Un");
    expect(names.at(-1)).toBe("National Intelligence Service");
    // Every hop shows its edge's evidence sentence (the answer lists it once per edge).
    const hops = first.locator(".chain-hop");
    expect(await hops.count()).toBe(names.length - 1);
    for (const hop of await hops.all()) {
      await hop.locator("summary").click();
      await expect.poll(() => hop.locator(".evidence .sentence").first().textContent(), POLL).toMatch(/\w/);
    }
    const highlighted = await page.evaluate(() => [...(window.__kg!.store.get().highlight?.nodes ?? [])]);
    expect(highlighted).toContain("kim-jong-un");
    expect(highlighted).toContain("national-intelligence-service");
    const dimmed = await page.evaluate(() => {
      const sigma = window.__kg!.view!.sigma;
      const onPath = window.__kg!.store.get().highlight!.nodes;
      return window
        .__kg!.graph!.filterNodes((n) => !onPath.has(n) && !sigma.getNodeDisplayData(n)!.hidden)
        .map((n) => sigma.getNodeDisplayData(n)!.color);
    });
    expect(new Set(dimmed).size).toBeLessThanOrEqual(1);
    await snap(page, "path-highlighted");
  });

  it("hides the nodes of a type unticked in the legend", async () => {
    await page.evaluate(() => window.__kg!.actions.clearSelection());
    await page.getByRole("checkbox", { name: /^Person/ }).uncheck();
    const shown = await page.evaluate(() => {
      const { graph, view } = window.__kg!;
      return graph!
        .filterNodes((_n, a) => a.entityType === "Person")
        .map((n) => view!.sigma.getNodeDisplayData(n)!.hidden);
    });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every(Boolean)).toBe(true);
    expect(await page.evaluate(() => window.location.hash)).toContain("types=");
    await page.getByRole("checkbox", { name: /^Person/ }).check();
    expect(await page.evaluate(() => window.__kg!.store.get().filters.types)).toEqual([]);
  });

  it("downloads a GEXF export that parses", async () => {
    await page.getByRole("tab", { name: "Export" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('a[data-format="gexf"]').last().click(),
    ]);
    const path = await download.path();
    const xml = readFileSync(path, "utf8");
    expect(xml).toContain("<gexf");
    execFileSync("xmllint", ["--noout", path]);
    expect(xml).toContain("Kim Jong Un");
  });

  it("downloads a PNG image of the view", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /PNG/ }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it("connects three actors and highlights what links them", async () => {
    await page.getByRole("tab", { name: "Connect" }).click();
    const actor = page.getByRole("combobox", { name: "Add an actor" });
    for (const name of ["Kim Jong Un", "Sergei Shoigu", "National Intelligence Service"]) {
      await actor.fill(name);
      await page
        .getByRole("option", { name: new RegExp(name) })
        .first()
        .waitFor();
      await actor.press("Enter");
    }
    expect(await page.locator("#tabpanel-connect .chips .chip").count()).toBe(3);
    await page.getByRole("button", { name: "Connect", exact: true }).click();
    await page.locator("#tabpanel-connect .summary").waitFor();
    const highlighted = await page.evaluate(() => [...(window.__kg!.store.get().highlight?.nodes ?? [])]);
    expect(highlighted).toEqual(
      expect.arrayContaining(["kim-jong-un", "sergei-shoigu", "national-intelligence-service"]),
    );
    expect(await page.evaluate(() => window.location.hash)).toContain("connect=");
  });

  it("runs the ForceAtlas2 layout until stopped", async () => {
    const button = page.getByRole("button", { name: /Run layout/ });
    const before = await page.evaluate(() =>
      window.__kg!.graph!.mapNodes((_n, a) => `${a.x},${a.y}`).join(";"),
    );
    await button.click();
    await expect
      .poll(
        () => page.evaluate(() => window.__kg!.graph!.mapNodes((_n, a) => `${a.x},${a.y}`).join(";")),
        POLL,
      )
      .not.toBe(before);
    await page.getByRole("button", { name: /Stop layout/ }).click();
    expect(await page.getByRole("button", { name: /Run layout/ }).getAttribute("aria-pressed")).toBe("false");
  });

  it("restores selection, filters and path query from the URL", async () => {
    const hash =
      "#node=kim-jong-un&types=Person,Country,Organization&from=Kim+Jong+Un&to=National+Intelligence+Service&k=2&hops=5&tab=paths";
    const restored = await openViewer(browser, `${server.url}/${hash}`);
    try {
      const state = await restored.evaluate(() => window.__kg!.store.get());
      expect(state.selection).toEqual({ kind: "node", id: "kim-jong-un" });
      expect(state.filters.types).toEqual(["Person", "Country", "Organization"]);
      expect(state.tab).toBe("paths");
      await restored.locator("#tabpanel-paths .path").first().waitFor();
      expect(await restored.getByRole("checkbox", { name: /^Location/ }).isChecked()).toBe(false);
      expect(await restored.getByRole("combobox", { name: "From", exact: true }).inputValue()).toBe(
        "Kim Jong Un",
      );
      await expect
        .poll(() => restored.locator("#tabpanel-details h2").textContent(), POLL)
        .toBe("Kim Jong Un");
    } finally {
      await restored.close();
    }
  });

  it("writes the view into the URL so that a reload shows it again", async () => {
    await page.goto(`${server.url}/`);
    await page.evaluate(() => window.__kg!.ready);
    await searchAndChoose("Kim", "Kim Jong Un");
    await expect.poll(() => page.evaluate(() => window.location.hash), POLL).toContain("node=kim-jong-un");
    await page.reload();
    await page.evaluate(() => window.__kg!.ready);
    expect(await page.evaluate(() => window.__kg!.store.get().selection)).toEqual({
      kind: "node",
      id: "kim-jong-un",
    });
  });

  it("moves through autocomplete suggestions with the arrow keys and closes them with Escape", async () => {
    const input = page.getByRole("combobox", { name: "Search actors" });
    await input.fill("Korea");
    await page.getByRole("option").first().waitFor();
    await input.press("ArrowDown");
    const active = await input.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    await input.press("Escape");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
  });

  it("stacks the panel under the graph in a narrow window", async () => {
    const narrow = await openViewer(browser, `${server.url}/#node=kim-jong-un`, { width: 600, height: 900 });
    try {
      const [stage, panel] = await Promise.all([
        narrow.locator(".stage").boundingBox(),
        narrow.locator("#panel").boundingBox(),
      ]);
      expect(panel!.y).toBeGreaterThanOrEqual(stage!.y + stage!.height - 1);
      await snap(narrow, "narrow");
    } finally {
      await narrow.close();
    }
  });
});
