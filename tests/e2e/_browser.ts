/**
 * Headless Chromium for the browser tests and the viewer benchmark (playwright-core driving the
 * system's /usr/bin/chromium, offline), plus page helpers: wait for the viewer, count drawn pixels,
 * save screenshots to tests/artifacts/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "./_server.ts";

/** How long a test waits for the page to reach an expected state (the machine may be busy). */
export const POLL = { timeout: 15_000, interval: 100 };

/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(ROOT, "tests", "artifacts");

/** Launches headless Chromium with the flags that keep it offline and quiet. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens the viewer at `url` and waits until the graph is drawn (rejects on a load error). */
export async function openViewer(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 860 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.on("dialog", (dialog) => void dialog.dismiss());
  await page.goto(url);
  await waitForViewer(page);
  return page;
}

/** Waits until the viewer has drawn its first frame. */
export async function waitForViewer(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__kg && (window.__kg.graph || window.__kg.error)), null, {
    timeout: 30_000,
  });
  await page.evaluate(async () => {
    await window.__kg!.ready;
  });
}

/** How many pixels of the graph view are not background (sigma's layers drawn onto one canvas). */
export function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sigma = window.__kg!.view!.sigma;
    sigma.refresh();
    const layers = sigma.getCanvases();
    const first = Object.values(layers)[0]!;
    const canvas = document.createElement("canvas");
    canvas.width = first.width;
    canvas.height = first.height;
    const ctx = canvas.getContext("2d")!;
    for (const layer of Object.values(layers)) ctx.drawImage(layer, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
    return drawn;
  });
}

/** Saves a screenshot of the page to tests/artifacts/<name>.png and returns its path. */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
