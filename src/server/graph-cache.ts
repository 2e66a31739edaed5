/**
 * A cache of serialised /api/graph answers: the JSON and its gzip, per store revision and
 * filter. A 10k-node graph is ~12 MB of JSON; building and sending it again on every viewer
 * load cost seconds, so it is built once per revision and sent compressed when the client accepts it.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

/** One serialised answer. */
export interface CachedBody {
  json: Buffer;
  gzip: Buffer;
  etag: string;
}

/** A small per-revision cache keyed by the filter. */
export interface GraphBodyCache {
  get(revision: number, filterKey: string, build: () => unknown): CachedBody;
}

/** Creates a cache holding at most `maxEntries` filtered answers of the current revision. */
export function createGraphBodyCache(maxEntries = 8): GraphBodyCache {
  let cachedRevision = -1;
  const entries = new Map<string, CachedBody>();
  return {
    get(revision, filterKey, build) {
      if (revision !== cachedRevision) {
        entries.clear();
        cachedRevision = revision;
      }
      const hit = entries.get(filterKey);
      if (hit) {
        entries.delete(filterKey);
        entries.set(filterKey, hit);
        return hit;
      }
      const json = Buffer.from(JSON.stringify(build()));
      const body: CachedBody = {
        json,
        gzip: gzipSync(json, { level: 6 }),
        etag: `"${createHash("sha1").update(json).digest("base64url").slice(0, 20)}"`,
      };
      entries.set(filterKey, body);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return body;
    },
  };
}
