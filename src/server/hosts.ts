/**
 * DNS-rebinding and cross-site write guards: requests must name this server by a Host it is
 * known by (loopback names, the configured host, the allowed list), and writes sent by a browser
 * must come from the server's own origin or a CORS origin the operator listed.
 */
import type { RequestHandler } from "express";
import { KgError } from "../model/errors.ts";

/** The names every kg server answers to: its loopback names. */
export const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"] as const;

/** Methods that read only; every other method is a write for the Origin check. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A host name as compared: lower case, without port or trailing dot; IPv6 in brackets.
 * `Localhost:3000` → `localhost`, `::1` → `[::1]`, `[::1]:80` → `[::1]`.
 */
export function hostNameOf(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1 || undefined);
  if ((h.match(/:/g) ?? []).length > 1) return `[${h}]`; // a bare IPv6 address
  return h.replace(/:\d*$/, "").replace(/\.$/, "");
}

/** The set of host names a server answers to: the loopback names, its own host, and `extra`. */
export function allowedHostNames(host: string, extra: readonly string[]): Set<string> {
  return new Set([...LOOPBACK_NAMES, host, ...extra].map(hostNameOf).filter(Boolean));
}

/** Answers HOST_NOT_ALLOWED (421) to a request whose Host header is not one of `allowed`. */
export function hostGuard(allowed: ReadonlySet<string>): RequestHandler {
  return (req, _res, next) => {
    const host = req.headers.host ?? "";
    if (allowed.has(hostNameOf(host))) return next();
    next(
      new KgError(
        "HOST_NOT_ALLOWED",
        `this server does not answer to the host '${host.slice(0, 100)}' (add it to KG_ALLOWED_HOSTS)`,
        { host: host.slice(0, 100) },
      ),
    );
  };
}

/**
 * Answers ORIGIN_NOT_ALLOWED (403) to a write whose Origin header is neither the server's own
 * origin (the scheme-less `host:port` the request was sent to) nor a listed CORS origin.
 * Requests without an Origin (the CLI, curl, same-origin GETs) pass.
 */
export function originGuard(corsOrigins: readonly string[]): RequestHandler {
  const any = corsOrigins.includes("*");
  return (req, _res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || SAFE_METHODS.has(req.method) || any || corsOrigins.includes(origin))
      return next();
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      // "null" and malformed origins are foreign.
    }
    if (originHost !== null && originHost === (req.headers.host ?? "").toLowerCase()) return next();
    next(
      new KgError("ORIGIN_NOT_ALLOWED", `writes from the origin '${origin.slice(0, 100)}' are refused`, {
        origin: origin.slice(0, 100),
      }),
    );
  };
}
