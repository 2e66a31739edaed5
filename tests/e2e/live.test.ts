/**
 * Browser tests that change the graph: an article POSTed to the API appears in an open viewer
 * without a reload (Server-Sent Events), and hostile names and sentences render as text only.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openViewer, POLL, snap } from "./_browser.ts";
import { startTestServer, type TestServer } from "./_server.ts";

let server: TestServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";

async function ingest(
  body: Record<string, string>,
): Promise<{ id: string; change: { entitiesAdded: string[]; relationsAdded: string[] } }> {
  const res = await fetch(`${server.url}/api/documents`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; change: { entitiesAdded: string[]; relationsAdded: string[] } };
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  page = await openViewer(browser, server.url);
  page.on("dialog", (dialog) => void dialogs.push(dialog.message()));
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the live viewer", () => {
  it("shows an article added through the API without a reload", async () => {
    const before = await page.evaluate(() => ({
      order: window.__kg!.graph!.order,
      revision: window.__kg!.revision,
    }));
    const { change } = await ingest({
      title: "Belarus and Iran",
      date: "2025-04-02",
      text: "Iran supplied drones to Russia in March. Belarus President Alexander Lukashenko met Kim Jong Un in Pyongyang on Tuesday.\n",
    });
    expect(change.entitiesAdded.length + change.relationsAdded.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => window.__kg!.revision), POLL)
      .toBeGreaterThan(before.revision);
    const present = await page.evaluate(
      (ids) => ids.map((id) => window.__kg!.graph!.hasNode(id)),
      change.entitiesAdded,
    );
    expect(present.every(Boolean)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
    await snap(page, "after-ingest");
  });

  it("adds an article pasted into the form", async () => {
    const revision = await page.evaluate(() => window.__kg!.revision);
    await page.getByRole("tab", { name: "Add" }).click();
    await page
      .getByLabel("Article text")
      .fill("Russia supplied fighter jets to Iran in April. Kim Jong Un met Vladimir Putin in Moscow.\n");
    await page.getByLabel("Title (optional)").fill("Jets for Iran");
    await page.getByRole("button", { name: "Add article" }).click();
    await page.locator("#tabpanel-add .ok").waitFor(POLL);
    await expect.poll(() => page.evaluate(() => window.__kg!.revision), POLL).toBeGreaterThan(revision);
    expect(await page.getByLabel("Article text").inputValue()).toBe("");
  });

  it("renders hostile names and sentences as text, running no script", async () => {
    const revision = await page.evaluate(() => window.__kg!.revision);
    const { change } = await ingest({
      title: `Report ${SCRIPT}`,
      outlet: `Outlet ${IMG}`,
      text: `Kim Jong Un met Robert ${IMG} Smith in Pyongyang ${IMG}.\nNorth Korea supplied Agency ${SCRIPT} with missiles ${SCRIPT}.\nKim Jong Un met Sergei Shoigu in Moscow ${SCRIPT} ${IMG}.\n`,
    });
    await expect.poll(() => page.evaluate(() => window.__kg!.revision), POLL).toBeGreaterThan(revision);
    const hostile = change.entitiesAdded.filter((id) => id.includes("img") || id.includes("script"));
    await page.evaluate(() => window.__kg!.actions.selectNode("kim-jong-un", { center: true }));
    const panel = page.locator("#tabpanel-details");
    await expect.poll(() => panel.locator("h2").textContent(), POLL).toBe("Kim Jong Un");
    await expect.poll(() => panel.textContent(), POLL).toContain("<img src=x");
    expect(await panel.textContent()).toContain(`Report ${SCRIPT}`);
    for (const id of hostile) {
      await page.evaluate((node) => window.__kg!.actions.selectNode(node), id);
      await expect.poll(() => panel.locator("h2").textContent(), POLL).toMatch(/<img|<script/);
    }
    await page.getByRole("combobox", { name: "Search actors" }).fill("Robert");
    await page.waitForTimeout(400);
    await page.getByRole("tab", { name: "Paths" }).click();
    await page.getByRole("combobox", { name: "From", exact: true }).fill("Kim Jong Un");
    await page.getByRole("combobox", { name: "To", exact: true }).fill("Sergei Shoigu");
    await page.getByRole("button", { name: "Find paths" }).click();
    await page
      .locator("#tabpanel-paths .path, #tabpanel-paths .error, #tabpanel-paths .hint")
      .first()
      .waitFor();
    for (const d of await page.locator("#tabpanel-paths details").all())
      await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    await snap(page, "xss");
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator("#panel img, #panel script, #search img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
