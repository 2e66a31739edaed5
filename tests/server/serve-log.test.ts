// kg serve's request log (written once per turn of the event loop, see src/cli/batched-sink.ts):
// after a normal shutdown every request answered has its line.
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { serveChild, type ServedChild } from "./_child.ts";
import { makeDataDir } from "./_harness.ts";

let dataDir = "";
let served: ServedChild | null = null;
afterAll(async () => {
  if (served && served.child.exitCode === null && served.child.signalCode === null)
    served.child.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("kg serve's request log", () => {
  it("holds one line for each of many concurrent requests once the server stops on SIGTERM", async () => {
    dataDir = await makeDataDir();
    served = await serveChild(dataDir, { LOG_LEVEL: "info" });
    const ids = Array.from({ length: 60 }, (_, i) => `log-${i}`);
    const answers = await Promise.all(
      ids.map((id) => fetch(`${served!.url}/api/health`, { headers: { "x-request-id": id } })),
    );
    expect(answers.map((a) => a.status)).toEqual(ids.map(() => 200));
    // "close" comes once the child's stderr is read to its end (its exit may come before).
    const closed = new Promise((done) => served!.child.once("close", done));
    served.child.kill("SIGTERM");
    await closed;
    expect(await served.exited).toBe(0);
    const logged = served
      .stderr()
      .split("\n")
      .filter((line) => line.includes('"req":'))
      .map((line) => (JSON.parse(line) as { req: { id: string } }).req.id);
    expect(new Set(logged)).toEqual(new Set(ids));
  });
});
