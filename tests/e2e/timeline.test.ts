/**
 * Browser test of the timeline: on a graph of articles published months apart, the strip counts
 * evidence per week or month; brushing a range hides the edges whose events fall outside it (and
 * the actors left without edges); the details panel shows both dates of every evidence.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openViewer, POLL, snap } from "./_browser.ts";
import { startTestServer, type TestServer } from "./_server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;

const ARTICLES = [
  [
    "2024-10-02",
    "Iran supplied Shahed drones to Russia in September 2024, Ukrainian intelligence said on Tuesday.",
  ],
  [
    "2024-12-05",
    "North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang last week.",
  ],
  ["2025-01-20", "Belarus supplied artillery shells to Russia earlier this month, the Pentagon said."],
  ["2025-02-14", "China supplied drone engines to Russia in January, according to Ukrainian officials."],
] as const;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  for (const [date, text] of ARTICLES) {
    const res = await fetch(`${server.url}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, date, title: `Report of ${date}` }),
    });
    expect(res.status).toBe(201);
  }
  page = await openViewer(browser, server.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Whether sigma draws an edge (after the reducers). */
function edgeShown(key: string): Promise<boolean> {
  return page.evaluate((k) => {
    const kg = window.__kg!;
    kg.view!.sigma.refresh();
    const data = kg.view!.sigma.getEdgeDisplayData(k);
    return Boolean(data && !data.hidden);
  }, key);
}

describe("the timeline strip", () => {
  it("counts the evidence per month from the first event to the last", async () => {
    const bins = page.locator(".timeline-bin");
    await expect.poll(() => bins.count(), POLL).toBeGreaterThan(3);
    await expect.poll(() => page.locator(".timeline-caption").textContent(), POLL).toContain("per month");
  });

  it("brushing the months before December hides the later relations and their actors", async () => {
    const track = page.locator(".timeline-track");
    const box = (await track.boundingBox())!;
    const count = await page.locator(".timeline-bin").count();
    const first = await page.locator(".timeline-bin").first().getAttribute("data-start");
    const sept = await page.locator('.timeline-bin[data-start="2024-09-01"]').boundingBox();
    const nov = await page.locator('.timeline-bin[data-start="2024-11-01"]').boundingBox();
    expect(first && sept && nov && count).toBeTruthy();
    await page.mouse.move(sept!.x + sept!.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(nov!.x + nov!.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(() => page.evaluate(() => window.__kg!.store.get().filters.time), POLL)
      .toEqual({ from: "2024-09-01", to: "2024-11-30" });
    expect(await edgeShown("iran|supplies|russia")).toBe(true);
    expect(await edgeShown("belarus|supplies|russia")).toBe(false);
    expect(await edgeShown("china|supplies|russia")).toBe(false);
    const belarusHidden = await page.evaluate(
      () => window.__kg!.view!.sigma.getNodeDisplayData("belarus")?.hidden ?? true,
    );
    expect(belarusHidden).toBe(true);
    expect(await page.locator("#status").textContent()).toContain("filtered out");
    expect(page.url()).toContain("since=2024-09-01");
  });

  it("shows both dates of every evidence in the details panel", async () => {
    await page.evaluate(() => window.__kg!.actions.selectEdge("iran|supplies|russia"));
    const evidence = page.locator("#panel .evidence").first();
    await expect.poll(() => evidence.textContent(), POLL).toContain("published 2024-10-02");
    expect(await evidence.textContent()).toContain("happened 2024-09 (month) · “September 2024”");
    await snap(page, "timeline");
  });

  it("play grows the network bin by bin, and All dates clears the window", async () => {
    const to = () => page.evaluate(() => window.__kg!.store.get().filters.time?.to ?? "");
    const shownEdges = () =>
      page.evaluate(() => {
        const sigma = window.__kg!.view!.sigma;
        sigma.refresh();
        return sigma.getGraph().filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden).length;
      });
    await page.locator(".timeline-play").click();
    await expect.poll(to, POLL).not.toBe("");
    const firstEnd = await to();
    const firstShown = await shownEdges();
    await expect.poll(to, POLL).not.toBe(firstEnd);
    await expect.poll(async () => (await to()) > "2024-09-30", { ...POLL, timeout: 30_000 }).toBe(true);
    expect(await shownEdges()).toBeGreaterThan(firstShown);
    await page.locator(".timeline-play").click();
    await page.locator(".timeline-clear").click();
    await expect
      .poll(() => page.evaluate(() => window.__kg!.store.get().filters.time ?? null), POLL)
      .toBeNull();
    expect(await edgeShown("china|supplies|russia")).toBe(true);
  });
});
