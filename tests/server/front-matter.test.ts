// Front matter inside a POSTed text is validated like the API's own fields: a `javascript:` URL,
// an impossible date or a 5,000-character title is refused, and nothing is stored; a source
// file with such front matter builds without the bad field, and the build says so (kg serve's
// build at start says so in its log).
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/graph/store.ts";
import { fakeExtract } from "../unit/graph/_fake-extract.ts";
import { startTestServer, type TestServer } from "./_harness.ts";

let dataDir: string;
let server: TestServer;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "kg-front-matter-"));
  server = await startTestServer({ dataDir, store: await openStore({ dataDir, extract: fakeExtract }) });
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const withFrontMatter = (lines: string[]) => `---\n${lines.join("\n")}\n---\nNorth Korea supplies Russia.\n`;

describe("POST /api/documents with front matter in the text", () => {
  it.each([
    ["a javascript: URL", ["url: javascript:alert(document.cookie)"], "frontMatter.url"],
    ["a data: URL, quoted", ['url: "data:text/html,<script>alert(1)</script>"'], "frontMatter.url"],
    ["an impossible date", ["date: 2025-13-45"], "frontMatter.date"],
    ["a date that is not a date", ["date: yesterday"], "frontMatter.date"],
    ["a 5,000-character title", [`title: ${"A".repeat(5000)}`], "frontMatter.title"],
    ["a 300-character outlet", [`outlet: ${"B".repeat(300)}`], "frontMatter.outlet"],
  ])(
    "refuses %s with 400 INVALID_INPUT naming the field, and stores nothing",
    async (_label, lines, field) => {
      const before = server.store.revision;
      const res = await server.send("POST", "/api/documents", { text: withFrontMatter(lines) });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: "INVALID_INPUT", field });
      expect(server.store.revision).toBe(before);
      expect(server.store.sources.size).toBe(0);
      expect(await readdir(join(dataDir, "sources")).catch(() => [])).toEqual([]);
    },
  );

  it("refuses front matter written with CRLF line ends too", async () => {
    const res = await server.send("POST", "/api/documents", {
      text: "---\r\nurl: javascript:alert(1)\r\n---\r\nNorth Korea supplies Russia.\r\n",
    });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe("frontMatter.url");
  });

  it("keeps valid front matter as the document's metadata", async () => {
    const res = await server.send("POST", "/api/documents", {
      text: withFrontMatter(["title: Troops and missiles", "date: 2025-03-27", "url: https://example.com/a"]),
    });
    expect(res.status).toBe(201);
    const { body } = await server.get("/api/documents");
    expect(body.documents.find((d: { id: string }) => d.id === res.body.id)).toMatchObject({
      title: "Troops and missiles",
      date: "2025-03-27",
      url: "https://example.com/a",
    });
  });
});

describe("kg build of a source file with bad front matter", () => {
  it("builds the file without the bad fields, and warns naming the file and each field", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-front-matter-build-"));
    try {
      await mkdir(join(dir, "sources"));
      await writeFile(
        join(dir, "sources", "bad.md"),
        withFrontMatter(["title: Fine title", "url: javascript:alert(1)", "date: 2025-02-30"]),
      );
      const store = await openStore({ dataDir: dir, extract: fakeExtract });
      const report = await store.build();
      expect(report.built).toEqual(["bad.md"]);
      expect(store.sources.get("bad.md")?.meta).toEqual({ title: "Fine title" });
      expect(report.warnings).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/bad\.md.*url/),
          expect.stringMatching(/bad\.md.*date/),
        ]),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("kg serve's build at start of a source file with bad front matter", () => {
  it("logs the build's warnings as warnings", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-front-matter-serve-"));
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    try {
      await mkdir(join(dir, "sources"));
      await writeFile(join(dir, "sources", "bad.md"), withFrontMatter(["url: javascript:alert(1)"]));
      const served = await startTestServer({ dataDir: dir, logger });
      await served.close();
      const warnings = lines.filter((l) => l.level === 40).map((l) => l.msg);
      expect(warnings).toEqual([expect.stringMatching(/^build: .*bad\.md.*url/)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
