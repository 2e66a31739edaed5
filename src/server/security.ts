/**
 * Protective middleware: helmet headers (a CSP that lets the viewer run its own scripts,
 * WebGL, blob: workers and data: images; recorded once, set per request), opt-in CORS, bearer-token auth on writes, rate
 * limits, request ids, and bounds on URL length and body media type.
 */
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import express, { type RequestHandler } from "express";
import helmet from "helmet";
import { rateLimit } from "express-rate-limit";
import { KgError } from "../model/errors.ts";

/** Helmet's options: a CSP that lets the viewer run its own scripts, WebGL, blob: workers and data: images. */
export const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      workerSrc: ["'self'", "blob:"],
      childSrc: ["'self'", "blob:"],
      imgSrc: ["'self'", "data:", "blob:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // Served over plain http on loopback: HSTS would only confuse browsers.
  strictTransportSecurity: false,
};

/**
 * Security headers for the API and the viewer: helmet's, with HELMET_OPTIONS. With these options
 * helmet's headers depend on nothing in the request, so they are recorded once, from helmet run
 * on a stand-in response, and set by one function per request (helmet's chain of a dozen
 * middlewares was about 2% of a hot answer's CPU time). Should helmet ever need more of the
 * response than setting and removing headers, or answer later, helmet itself runs per request.
 */
export function securityHeaders(): RequestHandler {
  const middleware = helmet(HELMET_OPTIONS);
  const set: [string, string][] = [];
  const removed: string[] = [];
  let recorded = false;
  try {
    const standIn = {
      setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
      removeHeader: (name: string) => void removed.push(name),
    };
    middleware({ headers: {} } as never, standIn as never, (err?: unknown) => {
      recorded = err === undefined || err === null;
    });
  } catch {
    recorded = false;
  }
  if (!recorded) return middleware;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}

/** CORS for the listed origins only (no headers at all when the list is empty). */
export function cors(origins: readonly string[]): RequestHandler {
  const any = origins.includes("*");
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origins.length === 0 || !origin || (!any && !origins.includes(origin))) return next();
    res.setHeader("Access-Control-Allow-Origin", any ? "*" : origin);
    res.setHeader("Vary", "Origin");
    res.setHeader("Access-Control-Expose-Headers", "X-Request-Id");
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE");
      res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-Id");
      res.setHeader("Access-Control-Max-Age", "600");
      res.status(204).end();
      return;
    }
    next();
  };
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: a sane incoming X-Request-Id, or a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Sets `req.id` and echoes it in the X-Request-Id response header. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = requestIdOf(req.headers["x-request-id"]);
    (req as { id?: unknown }).id = id;
    res.setHeader("X-Request-Id", id);
    next();
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Requires `Authorization: Bearer <token>` when a token is set (compared in constant time). */
export function requireToken(token: string | null): RequestHandler {
  const expected = token === null ? null : digest(token);
  return (req, _res, next) => {
    if (expected === null) return next();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
    if (match?.[1] && timingSafeEqual(digest(match[1]), expected)) return next();
    next(new KgError("UNAUTHORIZED", "writes need 'Authorization: Bearer <KG_API_TOKEN>'"));
  };
}

/** A per-client rate limiter answering RATE_LIMITED; a limit of 0 lets everything through. */
export function limiter(limit: number, windowMs: number, what: string): RequestHandler {
  if (limit <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next, options) =>
      next(
        new KgError(
          "RATE_LIMITED",
          `too many ${what}: at most ${options.limit} per ${Math.round(windowMs / 1000)} s`,
          { retryAfterSeconds: Math.ceil(windowMs / 1000) },
        ),
      ),
  });
}

/** Rejects URLs longer than `max` characters. */
export function boundUrl(max: number): RequestHandler {
  return (req, _res, next) => {
    if (req.originalUrl.length > max)
      return next(
        new KgError("INVALID_INPUT", `request URL longer than ${max} characters`, { field: "url" }),
      );
    next();
  };
}

/**
 * Parses a JSON body of at most `limitBytes`: a body that is not application/json is
 * UNSUPPORTED_MEDIA_TYPE, a missing one on POST INVALID_INPUT, a larger one PAYLOAD_TOO_LARGE.
 * Mounted per route, after auth, so unauthenticated bodies are never read.
 */
export function jsonBody(limitBytes: number): RequestHandler[] {
  const needJson: RequestHandler = (req, _res, next) => {
    const hasBody =
      req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
    if (!hasBody)
      return next(new KgError("INVALID_INPUT", "request body: a JSON body is required", { field: "body" }));
    if (!req.is("application/json"))
      return next(new KgError("UNSUPPORTED_MEDIA_TYPE", "request body must be application/json"));
    next();
  };
  return [needJson, express.json({ limit: limitBytes, strict: true, type: "application/json" })];
}
