/**
 * Typed errors with stable codes. Adapters map codes to exit statuses and HTTP statuses;
 * tests check the code, never the message.
 */

/** Every code a KgError can carry, with the HTTP status it maps to. */
export const ERROR_CODES = {
  INVALID_INPUT: 400,
  INVALID_OPTION: 400,
  UNKNOWN_ENTITY: 404,
  AMBIGUOUS_ENTITY: 409,
  UNKNOWN_RELATION: 404,
  UNKNOWN_DOCUMENT: 404,
  // curation (src/graph/curation*.ts): evidence, an alias or a record that is not there; a record that changes nothing.
  UNKNOWN_EVIDENCE: 404,
  UNKNOWN_ALIAS: 404,
  UNKNOWN_CURATION: 404,
  CURATION_CONFLICT: 409,
  SOURCE_UNREADABLE: 422,
  UNSUPPORTED_FORMAT: 415,
  INVALID_FORMAT: 422,
  GRAPH_FILE_INVALID: 500,
  GRAPH_NOT_BUILT: 409,
  BUILD_FAILED: 500,
  TOO_LARGE: 413,
  // extraction of one document: over its time budget, or the extractor itself failed on it.
  EXTRACTION_TIMEOUT: 422,
  EXTRACTION_FAILED: 422,
  // storage: the disk (or the user's quota) is full; nothing was changed.
  STORAGE_FULL: 507,
  // io (src/io): a file that could not be read or written.
  FILE_NOT_FOUND: 404,
  WRITE_FAILED: 500,
  // a remote graph database (kg push): unreachable, refused the credentials, or failed a statement.
  NEO4J_UNREACHABLE: 503,
  NEO4J_AUTH_FAILED: 401,
  NEO4J_FAILED: 502,
  // HTTP adapter codes (src/server): unknown route, body limits, auth and rate limits, bugs.
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHORIZED: 401,
  RATE_LIMITED: 429,
  HOST_NOT_ALLOWED: 421,
  ORIGIN_NOT_ALLOWED: 403,
  TOO_MANY_STREAMS: 429,
  STREAMS_FULL: 503,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The base error of kg: a stable `code`, a scoped message, and optional structured details. */
export class KgError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "KgError";
    this.code = code;
    this.details = details;
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** True when `err` is a KgError (optionally with the given code). */
export function isKgError(err: unknown, code?: ErrorCode): err is KgError {
  return err instanceof KgError && (code === undefined || err.code === code);
}
