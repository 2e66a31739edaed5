/**
 * Opening graph-data/kg.db: WAL mode, a busy timeout so that writers from several processes
 * queue on SQLite's lock, a check that the file is a kg store, and the pending migrations.
 * A file that is not SQLite, belongs to another program or comes from a newer kg is refused
 * with GRAPH_FILE_INVALID, naming the file and how to rebuild it from the sources.
 */
import Database from "better-sqlite3";
import { KgError } from "../../model/errors.ts";
import { KG_APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from "./schema.ts";

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/** How a store database is opened. */
export interface OpenDbOptions {
  /** How long a write waits for another process's lock, in ms (default 5000). */
  busyTimeoutMs?: number;
  /** Clock for the migrations' timestamps. */
  now?: () => string;
}

/** The advice every refusal ends with. */
export const REBUILD_ADVICE = "move it aside and run 'kg build' to rebuild the store from the sources";

/** GRAPH_FILE_INVALID naming the store file, why it cannot be used, and how to rebuild it. */
export function refuse(file: string, why: string): KgError {
  return new KgError("GRAPH_FILE_INVALID", `${file}: ${why}; ${REBUILD_ADVICE}`, { file });
}

/** Opens (creating when missing) the store database at `file` and brings its schema up to date. */
export function openDb(file: string, options: OpenDbOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (err) {
    throw refuse(file, `cannot open (${(err as Error).message})`);
  }
  try {
    const appId = db.pragma("application_id", { simple: true }) as number;
    const version = db.pragma("user_version", { simple: true }) as number;
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number };
    if (appId !== KG_APPLICATION_ID && (appId !== 0 || tables.n > 0))
      throw refuse(file, "not a kg store (another program's SQLite database)");
    if (version > SCHEMA_VERSION)
      throw refuse(file, `schema version ${version} is newer than this kg's (${SCHEMA_VERSION})`);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db, options.now ?? (() => new Date().toISOString()));
    return db;
  } catch (err) {
    db.close();
    if (err instanceof KgError) throw err;
    throw refuse(file, `not a readable SQLite database (${(err as Error).message})`);
  }
}

/** Applies the pending migrations, each in its own transaction (re-checked under the lock: another process may be migrating). */
function migrate(db: Db, now: () => string): void {
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      if ((db.pragma("user_version", { simple: true }) as number) >= m.version) return;
      db.exec(m.sql);
      if (m.version === 1) {
        db.exec(
          "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        );
        db.pragma(`application_id = ${KG_APPLICATION_ID}`);
      }
      db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version,
        m.name,
        now(),
      );
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
