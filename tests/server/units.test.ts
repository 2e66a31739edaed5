// The server's pure helpers: highlight offsets, settings validation, loopback detection, env settings.
import { describe, expect, it } from "vitest";
import { findHighlights } from "../../src/server/highlights.ts";
import { settingsFromEnv } from "../../src/server/main.ts";
import { isLoopbackHost, resolveServerSettings, DEFAULT_SERVER_SETTINGS } from "../../src/server/settings.ts";

describe("findHighlights", () => {
  const kim = { id: "kim-jong-un", names: ["Kim Jong Un", "Kim"] };
  const russia = { id: "russia", names: ["Russia"] };
  it.each([
    [
      "marks the longest form, not the alias inside it",
      "Kim Jong Un visited Russia.",
      [kim, russia],
      [
        [0, 11, "kim-jong-un"],
        [20, 26, "russia"],
      ],
    ],
    [
      "matches regardless of case",
      "KIM met RUSSIA's envoy",
      [kim, russia],
      [
        [0, 3, "kim-jong-un"],
        [8, 14, "russia"],
      ],
    ],
    ["needs word boundaries", "Kimberly flew to Russian bases", [kim, russia], []],
    [
      "finds every mention",
      "Kim said Kim would go",
      [kim],
      [
        [0, 3, "kim-jong-un"],
        [9, 12, "kim-jong-un"],
      ],
    ],
    [
      "treats regex characters in names literally",
      "The U.S. (Washington) said",
      [{ id: "us", names: ["U.S.", "(Washington)"] }],
      [
        [4, 8, "us"],
        [9, 21, "us"],
      ],
    ],
    [
      "keeps offsets right when lower-casing changes the sentence's length",
      "İ said Kim met Russia",
      [kim, russia],
      [
        [7, 10, "kim-jong-un"],
        [15, 21, "russia"],
      ],
    ],
    ["ignores one-letter forms", "A met B", [{ id: "a", names: ["A"] }], []],
  ] as const)("%s", (_label, sentence, targets, expected) => {
    const found = findHighlights(sentence, targets).map((h) => [h.start, h.end, h.entity]);
    expect(found).toEqual(expected);
  });
});

describe("server settings", () => {
  it("fills in defaults: loopback on port 3000, 1 MB bodies, no token, no CORS", () => {
    expect(resolveServerSettings()).toEqual({
      ...DEFAULT_SERVER_SETTINGS,
      rateLimit: { ...DEFAULT_SERVER_SETTINGS.rateLimit },
      corsOrigins: [],
    });
  });

  it.each([
    ["a port over 65535", { port: 70000 }, "port"],
    ["a short token", { apiToken: "abc" }, "apiToken"],
    ["an origin that is not one", { corsOrigins: ["evil"] }, "corsOrigins"],
    ["a negative rate limit", { rateLimit: { writes: -1 } }, "rateLimit.writes"],
    ["a tiny body limit", { bodyLimitBytes: 10 }, "bodyLimitBytes"],
  ])("refuses %s with INVALID_OPTION naming the field", (_label, input, field) => {
    expect(() => resolveServerSettings(input)).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", details: { field } }),
    );
  });

  it("reads PORT, HOST, KG_API_TOKEN, KG_CORS_ORIGINS and rate limits from the environment", () => {
    const s = resolveServerSettings(
      settingsFromEnv({
        PORT: "8080",
        HOST: "::1",
        KG_API_TOKEN: "long-enough",
        KG_CORS_ORIGINS: "http://a.test, http://b.test",
        KG_RATE_WRITES: "5",
      }),
    );
    expect(s).toMatchObject({
      port: 8080,
      host: "::1",
      apiToken: "long-enough",
      corsOrigins: ["http://a.test", "http://b.test"],
      rateLimit: { writes: 5, queries: 1200 },
    });
    expect(() => settingsFromEnv({ PORT: "eighty" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
  });

  it.each([
    ["127.0.0.1", true],
    ["localhost", true],
    ["::1", true],
    ["[::1]", true],
    ["127.1.2.3", true],
    ["0.0.0.0", false],
    ["192.168.1.5", false],
    ["::", false],
  ])("knows whether %s is loopback (%s)", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
