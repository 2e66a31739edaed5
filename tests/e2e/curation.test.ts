/**
 * Browser tests of curation in the viewer, on a graph of 300+ actors built by the real store from
 * 40 generated news articles (and three that name people two ways): rename and reject a relation from the details panel (seen on the
 * canvas and in the details), accept and dismiss suggested merges, undo a merge from the history
 * (the previous graph comes back), and a merge made in the viewer that a full `kg build` through
 * the CLI keeps.
 */
import { execFile } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openViewer, POLL, snap, waitForViewer } from "./_browser.ts";
import { generateNews, writeNews } from "./_news.ts";
import { ROOT, startTestServer, type TestServer } from "./_server.ts";

const run = promisify(execFile);

let server: TestServer;
let rebuilt: TestServer | undefined;
let browser: Browser;
let page: Page;
let articles = "";

/**
 * Three more reports that write the same people two ways, as wire copy does (given name last or
 * first, two transliterations), so that the graph has merges to suggest.
 */
const VARIANTS: Record<string, string> = {
  "variants-seoul.txt":
    "South Korean President Lee Jae-myung met Polish Defence Minister Marek Silva in Seoul on Monday.\n\n" +
    "Hungarian Prime Minister Viktor Orbán met Karim Tamm in Budapest on Friday.\n",
  "variants-budapest.txt":
    "President Jae-myung Lee said on Wednesday that South Korea would send K9 Thunder howitzers to Poland.\n\n" +
    "Prime Minister Orbán Viktor said on Friday that Hungary would not send Leopard 2 tanks to Ukraine.\n",
  "variants-kharkiv.txt":
    "General Mykola Sirsky said Russia had fired Iskander missiles at Kharkiv.\n\n" +
    "General Mykola Syrsky met Polish Army chief Piotr Thani in Warsaw.\n",
};

beforeAll(async () => {
  articles = mkdtempSync(join(tmpdir(), "kg-curation-"));
  writeNews(join(articles, "sources"), generateNews(40));
  for (const [name, text] of Object.entries(VARIANTS)) writeFileSync(join(articles, "sources", name), text);
  [server, browser] = await Promise.all([startTestServer({ fromDataDir: articles }), launchBrowser()]);
  page = await openViewer(browser, server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rebuilt?.stop();
  await server?.stop();
  rmSync(articles, { recursive: true, force: true });
});

/** The actors and relations the viewer holds. */
function counts(): Promise<{ order: number; size: number }> {
  return page.evaluate(() => ({ order: window.__kg!.graph!.order, size: window.__kg!.graph!.size }));
}

/** An actor as the viewer holds it. */
interface Actor {
  id: string;
  name: string;
  aliases: string[];
  degree: number;
}

function actor(id: string): Promise<Actor | null> {
  return page.evaluate((n) => {
    const g = window.__kg!.graph!;
    if (!g.hasNode(n)) return null;
    const a = g.getNodeAttributes(n);
    return { id: n, name: a.label, aliases: a.aliases, degree: g.degree(n) };
  }, id);
}

/**
 * `count` people with relations, no two of them linked, none used by an earlier test
 * (`exclude`), in a stable order.
 */
function unlinkedPeople(count: number, exclude: readonly string[] = []): Promise<Actor[]> {
  return page.evaluate(
    ({ count, exclude }) => {
      const g = window.__kg!.graph!;
      const chosen: string[] = [];
      for (const n of g.nodes().sort()) {
        const a = g.getNodeAttributes(n);
        if (a.entityType !== "Person" || g.degree(n) < 2 || exclude.includes(n)) continue;
        if (chosen.some((c) => g.areNeighbors(c, n))) continue;
        chosen.push(n);
        if (chosen.length === count) break;
      }
      return chosen.map((n) => {
        const a = g.getNodeAttributes(n);
        return { id: n, name: a.label, aliases: a.aliases, degree: g.degree(n) };
      });
    },
    { count, exclude: [...exclude] },
  );
}

/** Selects an actor as a click on the canvas does, and waits for its details. */
async function select(id: string): Promise<void> {
  await page.evaluate((n) => window.__kg!.actions.selectNode(n, { center: true }), id);
  await page.locator(".details .curate-actor").waitFor();
}

/** Opens the selected actor's "Edit actor" section. */
async function openEdit(): Promise<void> {
  const section = page.locator(".details .curate-actor");
  if ((await section.getAttribute("open")) === null) await section.locator("summary").click();
}

/** Merges the selected actor into `keep` through the details panel's Merge into… field. */
async function mergeInto(keep: Actor): Promise<void> {
  await openEdit();
  const field = page.getByRole("combobox", { name: "Merge into…" });
  await field.fill(keep.name);
  await page.locator(`.curate-merge [role=option][data-id="${keep.id}"]`).click();
  const confirm = page.locator(".curate-merge .confirm");
  await expect.poll(() => confirm.textContent(), POLL).toContain(keep.name);
  await confirm.getByRole("button", { name: "Merge", exact: true }).click();
}

const usedIds: string[] = [];

describe("curation in the viewer on 300+ actors", () => {
  it("builds a graph of more than 300 actors from 40 articles", async () => {
    expect((await counts()).order).toBeGreaterThan(300);
  });

  it("renames an actor from the details panel: the canvas and the details show the new name", async () => {
    const [person] = await unlinkedPeople(1);
    usedIds.push(person!.id);
    await select(person!.id);
    await openEdit();
    const name = "Marta <b>Kowalska</b>-Renamed";
    await page.locator(".details").getByLabel("Name", { exact: true }).fill(name);
    await page.locator(".details").getByRole("button", { name: "Rename" }).click();

    const renamed = () =>
      page.evaluate((wanted) => window.__kg!.graph!.findNode((_n, a) => a.label === wanted) ?? null, name);
    await expect.poll(renamed, POLL).not.toBeNull();
    const id = (await renamed())!;
    expect(await page.evaluate((n) => window.__kg!.view!.sigma.getNodeDisplayData(n)!.label, id)).toBe(name);
    // The details show it as text, and the old name is gone from the graph's labels.
    await expect.poll(() => page.locator("#details-title").textContent(), POLL).toBe(name);
    expect(await page.locator("#details-title b").count()).toBe(0);
    expect(
      await page.evaluate(
        (old) => window.__kg!.graph!.filterNodes((_n, a) => a.label === old).length,
        person!.name,
      ),
    ).toBe(0);
    await expect.poll(() => page.locator(".notice").textContent(), POLL).toContain("Renamed");
    await snap(page, "curation-rename");
  });

  it("rejects a relation from the details panel after a confirmation: it leaves the canvas and the details", async () => {
    const [person] = await unlinkedPeople(1, usedIds);
    usedIds.push(person!.id);
    const before = await counts();
    await select(person!.id);
    const reject = page.locator(".details [data-reject-edge]").first();
    const key = (await reject.getAttribute("data-reject-edge"))!;
    expect(await page.evaluate((k) => window.__kg!.graph!.hasEdge(k), key)).toBe(true);

    // By keyboard: Enter asks first (focus on the confirm button), Escape takes it back.
    const focused = () =>
      page.evaluate(() => ({
        text: document.activeElement?.textContent ?? null,
        edge: document.activeElement?.getAttribute("data-reject-edge") ?? null,
      }));
    await reject.focus();
    await page.keyboard.press("Enter");
    expect((await focused()).text).toBe("Reject relation");
    await page.keyboard.press("Escape");
    expect((await focused()).edge).toBe(key);
    expect(await page.evaluate((k) => window.__kg!.graph!.hasEdge(k), key)).toBe(true);
    expect(await page.evaluate(() => window.__kg!.store.get().selection)).toEqual({
      kind: "node",
      id: person!.id,
    });
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");

    await expect.poll(() => page.evaluate((k) => window.__kg!.graph!.hasEdge(k), key), POLL).toBe(false);
    expect((await counts()).size).toBe(before.size - 1);
    expect(await page.evaluate((k) => window.__kg!.view!.sigma.getGraph().hasEdge(k), key)).toBe(false);
    await expect.poll(() => page.locator(`.details [data-edge="${key}"]`).count(), POLL).toBe(0);
    await expect
      .poll(() => page.locator("#status").textContent(), POLL)
      .toContain(`${before.size - 1} relations`);
  });

  it("rejects one evidence sentence: the relation keeps the others", async () => {
    const key = await page.evaluate(() => {
      const g = window.__kg!.graph!;
      return g.findEdge((_e, a) => a.weight >= 2)!;
    });
    const weight = () => page.evaluate((k) => window.__kg!.graph!.getEdgeAttribute(k, "weight"), key);
    const before = await weight();
    await page.evaluate((k) => window.__kg!.actions.selectEdge(k), key);
    const reject = page.locator(".details [data-reject-evidence]").first();
    await reject.click();
    await page.locator(".details .confirm").getByRole("button", { name: "Reject evidence" }).click();
    await expect.poll(weight, POLL).toBe(before - 1);
    await expect.poll(() => page.locator(".details .evidence").count(), POLL).toBe(before - 1);
  });

  it("lists suggested merges: Accept merges the pair, Dismiss removes it for good", async () => {
    await page.getByRole("tab", { name: "Curate" }).click();
    const items = page.locator(".suggestions .suggestion");
    await expect.poll(() => items.count(), POLL).toBeGreaterThanOrEqual(2);
    const first = {
      a: await items.first().getAttribute("data-a"),
      b: await items.first().getAttribute("data-b"),
    };
    const keep = (await actor((await items.first().getAttribute("data-keep"))!))!;
    const absorb = (await actor((await items.first().getAttribute("data-absorb"))!))!;
    expect(new Set([keep.id, absorb.id])).toEqual(new Set([first.a, first.b]));
    // The name kept is the one the articles say more of: more mentions, else more relations.
    const weight = (id: string) =>
      page.evaluate((n) => {
        const g = window.__kg!.graph!;
        return g.getNodeAttribute(n, "mentions") * 1e6 + g.degree(n);
      }, id);
    expect(await weight(keep.id)).toBeGreaterThanOrEqual(await weight(absorb.id));

    await items.first().getByRole("button", { name: "Accept" }).click();
    await expect.poll(() => actor(absorb.id), POLL).toBeNull();
    expect((await actor(keep.id))!.aliases).toContain(absorb.name);

    const second = {
      a: await items.first().getAttribute("data-a"),
      b: await items.first().getAttribute("data-b"),
    };
    expect(second).not.toEqual(first);
    await items.first().getByRole("button", { name: "Dismiss" }).click();
    const listed = (pair: typeof second) =>
      page.locator(`.suggestions .suggestion[data-a="${pair.a}"][data-b="${pair.b}"]`).count();
    await expect.poll(() => listed(second), POLL).toBe(0);
    // Still gone when the list is read again, and both actors are still there.
    await page.getByRole("tab", { name: "Details" }).click();
    await page.getByRole("tab", { name: "Curate" }).click();
    await expect.poll(() => items.count(), POLL).toBeGreaterThan(0);
    expect(await listed(second)).toBe(0);
    expect(await actor(second.a!)).not.toBeNull();
    expect(await actor(second.b!)).not.toBeNull();
    usedIds.push(first.a!, first.b!, second.a!, second.b!);
  });

  it("undoes a merge from the history: both actors and every relation come back", async () => {
    const [absorb, keep] = await unlinkedPeople(2, usedIds);
    usedIds.push(absorb!.id, keep!.id);
    const before = await counts();
    await select(absorb!.id);
    await mergeInto(keep!);
    await expect.poll(() => actor(absorb!.id), POLL).toBeNull();
    expect((await counts()).order).toBe(before.order - 1);
    expect((await actor(keep!.id))!.aliases).toContain(absorb!.name);
    // The selection moved to the actor that stayed.
    expect(await page.evaluate(() => window.__kg!.store.get().selection)).toEqual({
      kind: "node",
      id: keep!.id,
    });

    await page.getByRole("tab", { name: "Curate" }).click();
    const latest = page.locator(".history .record").first();
    await expect.poll(() => latest.getAttribute("data-kind"), POLL).toBe("merge");
    expect(await latest.textContent()).toContain(absorb!.name);
    expect(await latest.textContent()).toContain(keep!.name);
    await snap(page, "curation-history");

    await page.getByRole("button", { name: "Undo last" }).click();
    await expect.poll(counts, POLL).toEqual(before);
    expect((await actor(absorb!.id))!.degree).toBe(absorb!.degree);
    expect((await actor(keep!.id))!.aliases.sort()).toEqual([...keep!.aliases].sort());
    await expect.poll(() => latest.getAttribute("class"), POLL).toContain("undone");
    expect(await latest.textContent()).toContain("undone");
  });

  it("keeps a merge made in the viewer through a full `kg build` by the CLI", async () => {
    const [absorb, keep] = await unlinkedPeople(2, usedIds);
    await select(absorb!.id);
    await mergeInto(keep!);
    await expect.poll(() => actor(absorb!.id), POLL).toBeNull();
    const merged = await counts();

    // Every article changes (one more sentence without actors), so the build re-extracts them all.
    await server.close();
    const sources = join(server.dataDir, "sources");
    for (const file of readdirSync(sources).filter((f) => f.endsWith(".txt")))
      appendFileSync(join(sources, file), "\n\nThis report was updated with minor corrections.\n");
    const { stdout } = await run(
      process.execPath,
      [join(ROOT, "bin", "kg.js"), "build", "--data", server.dataDir, "--json"],
      { cwd: ROOT, timeout: 240_000 },
    );
    const report = JSON.parse(stdout) as { entities: number; relations: number; failed: unknown[] };
    expect(report.failed).toEqual([]);
    expect(report.entities).toBe(merged.order);

    rebuilt = await startTestServer({ fromDataDir: server.dataDir });
    await page.goto(rebuilt.url);
    await waitForViewer(page);
    expect(await actor(absorb!.id)).toBeNull();
    const survivor = (await actor(keep!.id))!;
    expect(survivor.name).toBe(keep!.name);
    expect(survivor.aliases).toContain(absorb!.name);
    expect(await counts()).toEqual(merged);
  }, 300_000);
});
