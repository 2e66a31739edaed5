// A few thousand malformed requests (seeded): random query strings, bodies, ids, huge and deep
// JSON, bad encodings. Every answer is a 4xx or a success, never a 5xx, and the server still serves.
import { request, Agent } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "./_articles.ts";
import { startTestServer, type TestServer } from "./_harness.ts";

const REQUESTS = 2500;
const PARALLEL = 8;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.dispose());

const rand = seededRandom(20261127);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (max: number) => Math.floor(rand() * max);

const PATHS = [
  "/api/health",
  "/api/stats",
  "/api/graph",
  "/api/entities",
  "/api/entities/:id",
  "/api/relations/:id",
  "/api/paths",
  "/api/connect",
  "/api/neighbors/:id",
  "/api/documents",
  "/api/documents/:id",
  "/api/export.gexf",
  "/api/export.graphml",
  "/api/export.json",
  "/api/export.nodes.csv",
  "/api/export.edges.csv",
  "/api/openapi.json",
  "/api/events",
  "/",
  "/api",
  "/api/",
  "/index.html",
  "/../etc/passwd",
  "/api/entities/",
];
const PARAMS = [
  "q",
  "type",
  "types",
  "limit",
  "relations",
  "minEvidence",
  "hideHeadlineOnly",
  "dropIsolated",
  "from",
  "to",
  "via",
  "avoid",
  "k",
  "maxHops",
  "mode",
  "directed",
  "weighted",
  "depth",
  "throughTypes",
  "avoidTypes",
  "dynamic",
  "__proto__",
  "constructor",
  "x",
];
const METHODS = ["GET", "GET", "GET", "POST", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"];
const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin-99",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
  "application/problem+json",
  "application/json-patch+json",
];

/** A random code point that is not a lone surrogate. */
function codePoint(): number {
  const c = int(0x2ffff);
  return c >= 0xd800 && c <= 0xdfff ? c - 0x800 : c;
}

/** A random piece of text: ASCII, unicode, percent-garbage, control characters, numbers, huge. */
function junk(): string {
  switch (int(10)) {
    case 0:
      return "";
    case 1:
      return String(int(1e6) - 5e5);
    case 2:
      return pick(["true", "false", "1", "0", "null", "NaN", "-0", "1e309", "0x10", "Infinity"]);
    case 3:
      return pick(["%", "%%", "%E0%A4%A", "%zz", "%00", "%FF%FE", "%C0%AF", "%2e%2e%2f"]);
    case 4:
      return encodeURIComponent(
        Array.from({ length: int(20) }, () => String.fromCodePoint(codePoint())).join(""),
      );
    case 5:
      return "a".repeat(int(3000));
    case 6:
      return pick([
        "Person",
        "Country",
        "supplies",
        "meets",
        "shortest",
        "k-shortest",
        "gexf",
        "static",
        "russia",
        "north-korea",
        "Kim",
      ]);
    case 7:
      return encodeURIComponent(
        pick(["<script>alert(1)</script>", "' OR 1=1 --", "${jndi:ldap://x}", "../../", "\u0000\u0001"]),
      );
    case 8:
      return Array.from({ length: int(8) }, () => pick(["Person", "Dragon", "supplies", "loves", ""])).join(
        ",",
      );
    default:
      return encodeURIComponent(
        `${rand()
          .toString(36)
          .slice(2, 2 + int(10))}${int(99)}`,
      );
  }
}

function randomJson(depth: number): unknown {
  if (depth > 4) return junk();
  switch (int(8)) {
    case 0:
      return null;
    case 1:
      return rand() * 1e6;
    case 2:
      return rand() > 0.5;
    case 3:
      return decodeURIComponentSafe(junk());
    case 4:
      return Array.from({ length: int(6) }, () => randomJson(depth + 1));
    case 5:
      return {
        actors: Array.from({ length: int(14) }, () => decodeURIComponentSafe(junk())),
        via: [junk()],
        maxHops: int(20) - 5,
      };
    case 6:
      return {
        text: decodeURIComponentSafe(junk()),
        title: randomJson(depth + 1),
        date: junk(),
        url: junk(),
      };
    default:
      return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(PARAMS), randomJson(depth + 1)]));
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A random body: JSON values, broken JSON, bytes that are not UTF-8, and now and then a huge, deep or wide one. */
function randomBody(): Buffer | undefined {
  if (rand() < 0.06) {
    switch (int(4)) {
      case 0:
        return Buffer.from("[".repeat(50_000 + int(100_000)));
      case 1:
        return Buffer.from('{"a":'.repeat(20_000) + "1" + "}".repeat(20_000));
      case 2:
        return Buffer.from(JSON.stringify({ text: "x".repeat(900_000 + int(400_000)) }));
      default:
        return Buffer.from(JSON.stringify(Array.from({ length: 50_000 }, (_, i) => i)));
    }
  }
  switch (int(5)) {
    case 0:
      return undefined;
    case 1:
      return Buffer.from(JSON.stringify(randomJson(0)));
    case 2:
      return Buffer.from(JSON.stringify(randomJson(0)).slice(0, -1 - int(5)));
    case 3:
      return Buffer.from(Array.from({ length: 20 + int(2000) }, () => int(256)));
    default:
      return Buffer.from(JSON.stringify({ actors: [junk(), junk()] }));
  }
}

/** One random request: method, path with random ids, random query string, random body and headers. */
function randomRequest() {
  const method = pick(METHODS);
  const path = pick(PATHS).replace(":id", () =>
    rand() < 0.3 ? pick(["russia", "north-korea", "kim-jong-un"]) : junk() || "x",
  );
  const query = Array.from({ length: int(6) }, () => `${pick(PARAMS)}=${junk()}`).join("&");
  const body =
    method === "GET" || method === "HEAD" ? (rand() < 0.05 ? randomBody() : undefined) : randomBody();
  const headers: Record<string, string> = {};
  const type = pick(CONTENT_TYPES);
  if (body && type) headers["content-type"] = type;
  if (body) headers["content-length"] = String(body.length);
  if (rand() < 0.1) headers["x-request-id"] = junk().slice(0, 200) || "id";
  if (rand() < 0.1) headers.authorization = `Bearer ${junk().slice(0, 100)}`;
  if (rand() < 0.05) headers["content-encoding"] = pick(["gzip", "br", "identity", "bogus"]);
  return { method, path: query ? `${path}?${query}` : path, body, headers };
}

const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });

/** Sends one request; resolves to its status (0 when the server cut the connection, which is allowed for refused bodies). */
function send(url: URL, r: ReturnType<typeof randomRequest>): Promise<{ status: number; type: string }> {
  return new Promise((resolve) => {
    let req;
    try {
      req = request(
        { host: url.hostname, port: url.port, method: r.method, path: r.path, headers: r.headers, agent },
        (res) => {
          if (String(res.headers["content-type"]).startsWith("text/event-stream")) {
            resolve({ status: res.statusCode ?? 0, type: "text/event-stream" }); // a live stream: leave it
            res.destroy();
            return;
          }
          res.resume();
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? "") }),
          );
          res.on("error", () => resolve({ status: res.statusCode ?? 0, type: "" }));
        },
      );
    } catch {
      resolve({ status: -1, type: "" }); // the client itself refused the request line
      return;
    }
    req.on("error", () => resolve({ status: 0, type: "" }));
    req.end(r.body);
  });
}

/** Sends raw bytes that are not well-formed HTTP; resolves to the status line's code (or 0). */
function sendRaw(url: URL, bytes: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.end(bytes));
    let data = "";
    socket.on("data", (d) => (data += d.toString("latin1")));
    socket.on("close", () =>
      resolve(
        /application\/problem\+json/.test(data) ? Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0) : 0,
      ),
    );
    socket.on("error", () => resolve(0));
  });
}

describe("fuzzing the API", () => {
  it(`answers ${REQUESTS} malformed requests with 4xx or success, never 5xx, and keeps serving`, async () => {
    const url = new URL(server.url);
    const requests = Array.from({ length: REQUESTS }, randomRequest);
    const failures: string[] = [];
    const counts = new Map<number, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          const { status, type } = await send(url, r);
          counts.set(status, (counts.get(status) ?? 0) + 1);
          if (status >= 500) failures.push(`${status} ${r.method} ${r.path.slice(0, 120)}`);
          if (status >= 400 && r.method !== "HEAD" && !type.startsWith("application/problem+json"))
            failures.push(`${status} not a problem: ${r.method} ${r.path.slice(0, 120)}`);
        }
      }),
    );
    const raw = await Promise.all(
      [
        "GARBAGE\r\n\r\n",
        "GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        "GET /api/%%% HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /api/connect HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n",
      ].map((b) => sendRaw(url, b)),
    );
    for (const status of raw)
      if (status < 400 || status >= 500) failures.push(`raw request answered ${status}, not a 4xx problem`);
    expect(failures).toEqual([]);
    expect((counts.get(0) ?? 0) + (counts.get(-1) ?? 0)).toBeLessThan(REQUESTS / 10);
    expect((await server.get("/api/health")).status).toBe(200);
    agent.destroy();
  });
});
