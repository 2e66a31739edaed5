/**
 * Server settings: what the HTTP adapter can be told (address, token, limits, CORS, viewer folder),
 * as an interface, its defaults, a validator and a resolver. createApp gets them injected.
 */
import { KgError } from "../model/errors.ts";

/** Requests per window, per client address; 0 turns a limiter off. */
export interface RateLimitSettings {
  windowMs: number;
  /** POST and DELETE on /api/documents. */
  writes: number;
  /** Every other /api request. */
  queries: number;
}

/** Everything the server can be configured with. */
export interface ServerSettings {
  host: string;
  /** 0 asks the system for a free port. */
  port: number;
  /** Bearer token that writes must carry; null means writes are open (loopback only). */
  apiToken: string | null;
  /** Host names the server answers to besides its loopback names and `host` (DNS-rebinding guard). */
  allowedHosts: string[];
  /** Origins allowed by CORS; empty means no CORS headers at all. */
  corsOrigins: string[];
  /** Largest accepted request body, in bytes (JSON). */
  bodyLimitBytes: number;
  /** Longest accepted URL (path and query string), in characters. */
  maxUrlLength: number;
  rateLimit: RateLimitSettings;
  /** Time budget handed to the query engine for paths and connect. */
  queryTimeoutMs: number;
  /** Node budget handed to the query engine for paths and connect. */
  queryMaxVisited: number;
  /**
   * Most edges whose first evidence the server keeps as JSON text for path, connect and
   * neighbour answers (see evidence-json.ts); 0 keeps none.
   */
  evidenceCacheEdges: number;
  /** Interval of the SSE keep-alive comment. */
  ssePingMs: number;
  /** Most event streams one client address may hold open (TOO_MANY_STREAMS past it). */
  sseMaxPerClient: number;
  /** Most event streams the server holds open in all (STREAMS_FULL past it). */
  sseMaxTotal: number;
  /** Folder of the built viewer (web/dist), or null to serve none. */
  webDir: string | null;
}

/** The defaults: loopback, port 3000, 1 MB bodies, generous rate limits. */
export const DEFAULT_SERVER_SETTINGS: Readonly<ServerSettings> = Object.freeze({
  host: "127.0.0.1",
  port: 3000,
  apiToken: null,
  allowedHosts: [],
  corsOrigins: [],
  bodyLimitBytes: 1024 * 1024,
  maxUrlLength: 4096,
  rateLimit: Object.freeze({ windowMs: 60_000, writes: 120, queries: 1200 }),
  queryTimeoutMs: 2000,
  queryMaxVisited: 200_000,
  evidenceCacheEdges: 20_000,
  ssePingMs: 25_000,
  sseMaxPerClient: 32,
  sseMaxTotal: 2000,
  webDir: null,
});

/** A partial settings object (nested rateLimit may be partial too). */
export type ServerSettingsInput = Partial<Omit<ServerSettings, "rateLimit">> & {
  rateLimit?: Partial<RateLimitSettings>;
};

function invalid(field: string, why: string): KgError {
  return new KgError("INVALID_OPTION", `server settings: ${field} ${why}`, { field });
}

function checkInt(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw invalid(field, `must be a whole number from ${min} to ${max}`);
}

/** Checks every field, throwing INVALID_OPTION naming the offending one. */
export function validateServerSettings(s: ServerSettings): ServerSettings {
  if (typeof s.host !== "string" || s.host.length === 0)
    throw invalid("host", "must be a host name or address");
  checkInt("port", s.port, 0, 65535);
  if (s.apiToken !== null && (typeof s.apiToken !== "string" || s.apiToken.length < 8)) {
    throw invalid("apiToken", "must be at least 8 characters");
  }
  for (const name of s.allowedHosts) {
    if (typeof name !== "string" || !/^[A-Za-z0-9.\-[\]:]{1,255}$/.test(name))
      throw invalid("allowedHosts", `has an invalid host name '${String(name)}'`);
  }
  for (const origin of s.corsOrigins) {
    if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin))
      throw invalid("corsOrigins", `has an invalid origin '${origin}'`);
  }
  checkInt("bodyLimitBytes", s.bodyLimitBytes, 1024, 64 * 1024 * 1024);
  checkInt("maxUrlLength", s.maxUrlLength, 256, 65_536);
  checkInt("rateLimit.windowMs", s.rateLimit.windowMs, 1000, 86_400_000);
  checkInt("rateLimit.writes", s.rateLimit.writes, 0, 10_000_000);
  checkInt("rateLimit.queries", s.rateLimit.queries, 0, 10_000_000);
  checkInt("queryTimeoutMs", s.queryTimeoutMs, 1, 600_000);
  checkInt("queryMaxVisited", s.queryMaxVisited, 1, 100_000_000);
  checkInt("evidenceCacheEdges", s.evidenceCacheEdges, 0, 10_000_000);
  checkInt("ssePingMs", s.ssePingMs, 10, 3_600_000);
  checkInt("sseMaxPerClient", s.sseMaxPerClient, 1, 100_000);
  checkInt("sseMaxTotal", s.sseMaxTotal, 1, 1_000_000);
  return s;
}

/** Fills the defaults in and validates the result. */
export function resolveServerSettings(input: ServerSettingsInput = {}): ServerSettings {
  const { rateLimit, ...rest } = input;
  const defined = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  ) as Partial<ServerSettings>;
  return validateServerSettings({
    ...DEFAULT_SERVER_SETTINGS,
    ...defined,
    allowedHosts: [...(defined.allowedHosts ?? DEFAULT_SERVER_SETTINGS.allowedHosts)],
    corsOrigins: [...(defined.corsOrigins ?? DEFAULT_SERVER_SETTINGS.corsOrigins)],
    rateLimit: { ...DEFAULT_SERVER_SETTINGS.rateLimit, ...rateLimit },
  });
}

/** True when `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}
