/**
 * Errors as RFC 9457 problem documents: every failure (KgError, body-parser errors, bad URI
 * encoding, unknown routes, bugs) leaves as `application/problem+json` with a stable `code`,
 * never as a stack trace or an HTML page. The 404 and error middleware are mounted last.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { isStorageFull, toStorageError } from "../graph/storage-full.ts";
import { ERROR_CODES, KgError, isKgError, type ErrorCode } from "../model/errors.ts";

/** The media type of every error answer. */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Base of the `type` URI of problems; the code in kebab case follows. */
export const PROBLEM_TYPE_BASE = "https://kg.invalid/problems/";

/** The body of an error answer. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  [extra: string]: unknown;
}

const TITLES: Partial<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  421: "Misdirected Request",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
  507: "Insufficient Storage",
};

/** Body-parser error types and the code each maps to. */
const PARSER_ERRORS: Record<string, ErrorCode> = {
  "entity.too.large": "PAYLOAD_TOO_LARGE",
  "entity.parse.failed": "INVALID_INPUT",
  "entity.verify.failed": "INVALID_INPUT",
  "encoding.unsupported": "UNSUPPORTED_MEDIA_TYPE",
  "charset.unsupported": "UNSUPPORTED_MEDIA_TYPE",
  "request.aborted": "INVALID_INPUT",
  "request.size.invalid": "INVALID_INPUT",
  "stream.encoding.set": "INTERNAL",
  "parameters.too.many": "PAYLOAD_TOO_LARGE",
};

/** Keys of KgError details that may not be overwritten by the problem's own fields. */
const RESERVED = new Set(["type", "title", "status", "code", "detail"]);

/** Turns any thrown value into a KgError (unknown errors become INTERNAL, with a neutral message). */
export function toKgError(err: unknown): KgError {
  if (isKgError(err)) return err;
  if (isStorageFull(err)) return toStorageError(err, "storage") as KgError;
  if (err && typeof err === "object") {
    const e = err as { type?: unknown; status?: unknown; statusCode?: unknown; message?: unknown };
    if (typeof e.type === "string" && e.type in PARSER_ERRORS) {
      const code = PARSER_ERRORS[e.type] ?? "INVALID_INPUT";
      const what =
        e.type === "entity.parse.failed"
          ? "request body is not valid JSON"
          : `request body: ${String(e.message ?? e.type)}`;
      return new KgError(code, code === "INTERNAL" ? "internal error" : what, { field: "body" });
    }
    if (err instanceof URIError)
      return new KgError("INVALID_INPUT", "request path is not valid URI encoding", { field: "path" });
    const status =
      typeof e.status === "number" ? e.status : typeof e.statusCode === "number" ? e.statusCode : 500;
    if (status === 404) return new KgError("NOT_FOUND", "not found");
    if (status >= 400 && status < 500) return new KgError("INVALID_INPUT", `bad request (${status})`);
  }
  return new KgError("INTERNAL", "internal error: the request could not be completed");
}

/** The problem document of an error (details become extension members). */
export function toProblem(err: KgError, instance?: string): Problem {
  const status = ERROR_CODES[err.code] ?? 500;
  const problem: Problem = {
    type: PROBLEM_TYPE_BASE + err.code.toLowerCase().replace(/_/g, "-"),
    title: TITLES[status] ?? "Error",
    status,
    code: err.code,
    detail: err.message,
  };
  for (const [key, value] of Object.entries(err.details ?? {})) {
    if (!RESERVED.has(key)) problem[key] = value;
  }
  if (instance) problem.instance = instance;
  return problem;
}

/** Sends a problem answer (headers already sent: the connection is cut instead). */
export function sendProblem(res: Response, err: KgError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const problem = toProblem(err);
  if (err.code === "UNAUTHORIZED") res.setHeader("WWW-Authenticate", 'Bearer realm="kg"');
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** The one 404 handler, mounted after every route. */
export function notFoundHandler(): RequestHandler {
  return (req, _res, next) => {
    next(new KgError("NOT_FOUND", `no route for ${req.method} ${req.path.slice(0, 200)}`));
  };
}

/** The one error handler, mounted last: logs 5xx (with the request's id), answers a problem. */
export function errorHandler(logger?: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const kgErr = toKgError(err);
    if (kgErr.status >= 500) logger?.error({ err, reqId: (req as { id?: string }).id }, "request failed");
    sendProblem(res, kgErr);
  };
}
