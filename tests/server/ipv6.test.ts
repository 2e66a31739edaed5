// `--host [::1]` (the IPv6 loopback, written as in a URL) listens and answers on ::1 where the
// machine has IPv6 loopback; where it has none, the server says so plainly.
import { createServer } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isKgError } from "../../src/model/errors.ts";
import { startTestServer } from "./_harness.ts";

/** True when this machine can listen on ::1. */
function hasIpv6Loopback(): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(0, "::1", () => probe.close(() => done(true)));
  });
}

describe("serve --host [::1]", () => {
  it("listens on ::1 and answers there (or refuses with a clear message without IPv6 loopback)", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "kg-ipv6-"));
    try {
      if (await hasIpv6Loopback()) {
        const server = await startTestServer({ dataDir, settings: { host: "[::1]" } });
        try {
          expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
          const res = await fetch(`${server.url}/api/health`);
          expect(res.status).toBe(200);
        } finally {
          await server.close();
        }
      } else {
        const err = await startTestServer({ dataDir, settings: { host: "[::1]" } }).catch((e: unknown) => e);
        expect(isKgError(err, "INVALID_OPTION")).toBe(true);
        expect((err as Error).message).toMatch(/::1.*IPv6/);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
