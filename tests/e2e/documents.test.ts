/**
 * Browser test of the documents view: it lists the stored articles with their outlet, date and
 * actor count, finds them by text with the matches marked (hostile text shown as text), and
 * deletes one after a confirmation, with the API token the server asks for.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, POLL, snap, waitForViewer } from "./_browser.ts";
import { startTestServer, type TestServer } from "./_server.ts";

const TOKEN = "documents-test-token";
const HOSTILE = "<img src=x onerror=window.__xss=1>";

let server: TestServer;
let browser: Browser;
let page: Page;
const confirmations: string[] = [];

async function add(body: Record<string, string>): Promise<string> {
  const res = await fetch(`${server.url}/api/documents`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function listedIds(): Promise<string[]> {
  const res = await fetch(`${server.url}/api/documents`);
  return ((await res.json()) as { documents: { id: string }[] }).documents.map((d) => d.id);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ env: { KG_API_TOKEN: TOKEN } }), launchBrowser()]);
  await add({
    title: "Drones for Moscow",
    outlet: "Wire",
    date: "2025-04-02",
    text: "Iran supplied drones to Russia in March. Belarus President Alexander Lukashenko met Kim Jong Un in Pyongyang.\n",
  });
  await add({
    title: `Hostile ${HOSTILE}`,
    outlet: "Tabloid",
    text: `Russia supplied fighter jets to Iran in April, the letter ${HOSTILE} said.\n`,
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("dialog", (dialog) => {
    confirmations.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(server.url);
  await waitForViewer(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the documents view", () => {
  const rows = () => page.locator("#tabpanel-documents li.document");

  it("lists every stored article with its outlet, date and actor count, newest first", async () => {
    await page.getByRole("tab", { name: "Documents" }).click();
    await expect.poll(() => rows().count(), POLL).toBe((await listedIds()).length);
    expect(await rows().first().locator(".document-title").textContent()).toBe(`Hostile ${HOSTILE}`);
    const drones = rows().filter({ hasText: "Drones for Moscow" });
    expect(await drones.locator(".document-meta").textContent()).toMatch(/^Wire · 2025-04-02 · \d+ actors?$/);
    expect(await page.locator("#tabpanel-documents img").count()).toBe(0);
    await snap(page, "documents-list");
  });

  it("finds articles by their text and marks the matched words, hostile text staying text", async () => {
    await page.getByLabel("Words to find in the articles").fill("letter");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => rows().count(), POLL).toBe(1);
    expect(await rows().locator("mark").allTextContents()).toEqual(["letter"]);
    // The snippet may be cut short after the match; what it shows of the tag is text.
    expect(await rows().locator(".snippet").textContent()).toContain("the letter <img src=x onerror=");
    expect(await page.locator("#tabpanel-documents img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await snap(page, "documents-search");
    await page.getByLabel("Words to find in the articles").fill("");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => rows().count(), POLL).toBe((await listedIds()).length);
  });

  it("deletes an article after a confirmation, asking for the API token first", async () => {
    const revision = await page.evaluate(() => window.__kg!.revision);
    const drones = rows().filter({ hasText: "Drones for Moscow" });
    const id = await drones.getAttribute("data-id");
    await drones.getByRole("button", { name: /^Delete/ }).click();
    await expect
      .poll(() => page.locator("#tabpanel-documents .error").textContent(), POLL)
      .toMatch(/API token/);
    expect(await listedIds()).toContain(id);

    await page.locator("#tabpanel-documents summary").click();
    await page
      .locator("#tabpanel-documents")
      .getByLabel(/Bearer token/)
      .fill(TOKEN);
    await drones.getByRole("button", { name: /^Delete/ }).click();
    await expect.poll(() => listedIds(), POLL).not.toContain(id);
    expect(confirmations.at(-1)).toMatch(/Drones for Moscow/);
    await expect.poll(() => rows().filter({ hasText: "Drones for Moscow" }).count(), POLL).toBe(0);
    await expect.poll(() => page.evaluate(() => window.__kg!.revision), POLL).toBeGreaterThan(revision);
  });

  it("deletes nothing when the confirmation is declined", async () => {
    page.removeAllListeners("dialog");
    page.on("dialog", (dialog) => void dialog.dismiss());
    const before = await listedIds();
    await rows()
      .first()
      .getByRole("button", { name: /^Delete/ })
      .click();
    await page.waitForTimeout(300);
    expect(await listedIds()).toEqual(before);
  });
});
