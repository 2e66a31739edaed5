/**
 * Reading sources: each supported format gives the text offsets point into and its metadata;
 * bad input fails with a typed error naming the file, or reads with a warning.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listSourceFiles, readSource } from "../../../src/graph/sources.ts";
import { parseFrontMatter } from "../../../src/graph/front-matter.ts";
import { tempDir } from "./_tmp.ts";

let dir: string;
const file = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await tempDir();
  const files: [string, string | Uint8Array][] = [
    ["plain.txt", "\uFEFFNorth Korea sent troops.\r\nRussia agreed.\r\n"],
    ["front.md", '---\ntitle: "Troops: more"\ndate: 2025-03-27\noutlet: ~\n---\n\nBody text here.\n'],
    ["dashes.md", "--- not front matter\ntext"],
    [
      "page.html",
      "<html><head><title>Page title</title><script>var x = 'Kim met Putin';</script><style>p{}</style></head>" +
        "<body><nav>Home | World</nav><h1>Headline</h1><p>North Korea sent troops.</p><script>alert(1)</script></body></html>",
    ],
    ["side.txt", "With a sidecar."],
    [
      "side.meta.json",
      JSON.stringify({
        title: "Sidecar title",
        outlet: "Yonhap",
        date: "2025-01-01",
        url: "https://example.com/a",
      }),
    ],
    ["blank-side.txt", "Date unknown."],
    ["blank-side.meta.json", JSON.stringify({ title: "Known title", date: "", outlet: "  " })],
    ["bad-side.txt", "Text."],
    ["bad-side.meta.json", "{ not json"],
    ["empty.txt", ""],
    ["binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02])],
    ["controls.txt", new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 65 : 1 + (i % 7))))],
    ["latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])],
    ["notes.pdf", "%PDF"],
    ["utf16.txt", new Uint8Array([0xff, 0xfe, ...[..."Kim\r\nmet"].flatMap((c) => [c.charCodeAt(0), 0])])],
  ];
  for (const [name, data] of files) await writeFile(file(name), data);
});

describe("reading a source", () => {
  it("strips the BOM and turns CRLF into LF, with the file name as id", async () => {
    const { doc } = await readSource(file("plain.txt"));
    expect(doc).toEqual({ id: "plain.txt", text: "North Korea sent troops.\nRussia agreed.\n", meta: {} });
  });

  it("takes Markdown front matter as metadata and keeps only the body as text", async () => {
    const { doc } = await readSource(file("front.md"));
    expect(doc.meta).toEqual({ title: "Troops: more", date: "2025-03-27" });
    expect(doc.text).toBe("Body text here.\n");
  });

  it("leaves a first line of dashes alone when it opens no front matter", async () => {
    expect((await readSource(file("dashes.md"))).doc.text).toBe("--- not front matter\ntext");
  });

  it("turns HTML into text without scripts, styles or navigation, and takes its title", async () => {
    const { doc } = await readSource(file("page.html"));
    expect(doc.text).toContain("North Korea sent troops.");
    expect(doc.text).toContain("Headline");
    expect(doc.text).not.toMatch(/Putin|alert|Home \| World|p\{\}/);
    expect(doc.meta.title).toBe("Page title");
  });

  it("reads metadata from a .meta.json sidecar", async () => {
    expect((await readSource(file("side.txt"))).doc.meta).toEqual({
      title: "Sidecar title",
      outlet: "Yonhap",
      date: "2025-01-01",
      url: "https://example.com/a",
    });
  });

  it("reads an empty date or outlet in a sidecar as not known, without a warning", async () => {
    const { doc, warnings } = await readSource(file("blank-side.txt"));
    expect(doc.meta).toEqual({ title: "Known title" });
    expect(warnings).toEqual([]);
  });

  it("hashes the raw bytes so unchanged sources can be skipped", async () => {
    const a = await readSource(file("plain.txt"));
    const b = await readSource(file("plain.txt"));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(b.hash);
  });

  it("reads an empty file as an empty document with a warning", async () => {
    const { doc, warnings } = await readSource(file("empty.txt"));
    expect(doc.text).toBe("");
    expect(warnings).toHaveLength(1);
  });

  it("decodes UTF-16 text that starts with a byte-order mark", async () => {
    expect((await readSource(file("utf16.txt"))).doc.text).toBe("Kim\nmet");
  });

  it("decodes invalid UTF-8 with replacement characters and a warning", async () => {
    const { doc, warnings } = await readSource(file("latin1.txt"));
    expect(doc.text).toBe("caf\uFFFD ok");
    expect(warnings).toHaveLength(1);
  });

  it.each([
    ["a file with NUL bytes", "binary.txt", "SOURCE_UNREADABLE"],
    ["a file of control characters", "controls.txt", "SOURCE_UNREADABLE"],
    ["a sidecar that is not JSON", "bad-side.txt", "SOURCE_UNREADABLE"],
    ["an unsupported extension", "notes.pdf", "UNSUPPORTED_FORMAT"],
    ["a missing file", "missing.txt", "SOURCE_UNREADABLE"],
  ])("refuses %s (%s) with %s", async (_label, name, code) => {
    await expect(readSource(file(name))).rejects.toMatchObject({
      code,
      details: expect.objectContaining({ source: expect.stringContaining(name) }),
    });
  });

  it("refuses a file over the size limit with TOO_LARGE", async () => {
    await expect(readSource(file("plain.txt"), { settings: { maxBytes: 10 } })).rejects.toMatchObject({
      code: "TOO_LARGE",
    });
  });
});

describe("reading big sources", () => {
  it("reads a 20 MB file and a single 1 MB line whole", async () => {
    const line = "North Korea sent troops to Russia. ".repeat(30_000);
    await writeFile(file("one-line.txt"), line);
    await writeFile(file("big.txt"), `${"Russia and Ukraine agreed to talks.\n".repeat(580_000)}`);
    expect((await readSource(file("one-line.txt"))).doc.text.length).toBe(line.length);
    expect((await readSource(file("big.txt"))).doc.text.length).toBeGreaterThan(20_000_000);
  });
});

describe("listing sources", () => {
  it("walks folders recursively in name order, skipping sidecars, hidden and unsupported files", async () => {
    const root = join(dir, "tree");
    await mkdir(join(root, "2025", "march"), { recursive: true });
    await mkdir(join(root, ".git"));
    for (const name of [
      "b.txt",
      "a.md",
      "a.meta.json",
      "x.pdf",
      "2025/c.html",
      "2025/march/d.htm",
      ".git/e.txt",
    ]) {
      await writeFile(join(root, name), "text");
    }
    expect((await listSourceFiles(root)).map((f) => f.id)).toEqual([
      "2025/c.html",
      "2025/march/d.htm",
      "a.md",
      "b.txt",
    ]);
  });

  it("lists a single file as itself", async () => {
    expect(await listSourceFiles(file("plain.txt"))).toEqual([{ id: "plain.txt", path: file("plain.txt") }]);
  });
});

describe("front matter", () => {
  it.each([
    ["single quotes", "---\ntitle: 'It''s'\n---\nx", { title: "It's" }],
    ["null values", "---\nurl: null\noutlet:\n---\nx", { url: null, outlet: null }],
    ["unknown keys ignored", "---\ntags: [a, b]\ntitle: T\n---\nx", { title: "T" }],
  ])("reads %s", (_label, text, meta) => {
    expect(parseFrontMatter(text)).toEqual({ meta, body: "x" });
  });

  it("leaves text with an unclosed block unchanged", () => {
    expect(parseFrontMatter("---\ntitle: T\nno end")).toEqual({ meta: {}, body: "---\ntitle: T\nno end" });
  });
});
