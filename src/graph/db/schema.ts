/**
 * The schema of graph-data/kg.db as an ordered list of migrations. Each migration runs once,
 * in its own transaction, and is recorded in `migrations`; `PRAGMA user_version` holds the
 * schema version and `PRAGMA application_id` marks the file as kg's.
 */

/** `PRAGMA application_id` of a kg store ("KGDB"). */
export const KG_APPLICATION_ID = 0x4b474442;

/** One schema step. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The migrations, oldest first. Documents and their extractions are the record; entities,
 * aliases, relations and evidence are the merged graph (kept so that opening a store needs no
 * re-merge); revisions number every change; curation holds the analyst's records (see ../curation.ts). A node's or
 * edge's attributes beyond the columns (event dates, say) are kept in its `extra` JSON.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, extractions, graph, revisions, curation",
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        path TEXT,
        hash TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        meta TEXT NOT NULL,
        title TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL,
        idempotency_key TEXT UNIQUE,
        entity_count INTEGER NOT NULL,
        relation_count INTEGER NOT NULL
      );
      CREATE INDEX documents_content_hash ON documents (content_hash);
      CREATE TABLE extractions (
        doc TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        entities TEXT NOT NULL,
        relations TEXT NOT NULL,
        hedged TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE entities (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        x REAL,
        y REAL,
        extra TEXT NOT NULL DEFAULT '{}'
      );
      CREATE TABLE aliases (key TEXT NOT NULL, node TEXT NOT NULL, PRIMARY KEY (key, node)) WITHOUT ROWID;
      CREATE INDEX aliases_node ON aliases (node);
      CREATE TABLE mentions (
        seq INTEGER PRIMARY KEY,
        doc TEXT NOT NULL,
        entity TEXT NOT NULL,
        node TEXT NOT NULL,
        count INTEGER NOT NULL
      );
      CREATE INDEX mentions_doc ON mentions (doc);
      CREATE INDEX mentions_node ON mentions (node, doc);
      CREATE TABLE relations (
        seq INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        relation TEXT NOT NULL,
        weight INTEGER NOT NULL,
        docs INTEGER NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        extra TEXT NOT NULL DEFAULT '{}'
      );
      CREATE TABLE evidence (
        seq INTEGER PRIMARY KEY,
        edge TEXT NOT NULL,
        doc TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX evidence_edge ON evidence (edge, seq);
      CREATE INDEX evidence_doc ON evidence (doc);
      CREATE TABLE revisions (
        rev INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        documents TEXT NOT NULL,
        change TEXT NOT NULL
      );
      CREATE TABLE curation (
        seq INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content = 'documents', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: "relations by their ends",
    // A removal that drops a node finds the node's edges without reading every relation.
    sql: `
      CREATE INDEX relations_source ON relations (source);
      CREATE INDEX relations_target ON relations (target);
    `,
  },
  {
    version: 3,
    name: "curation records can be undone, and remember where the nodes they removed stood",
    sql: `
      ALTER TABLE curation ADD COLUMN undone_at TEXT;
      ALTER TABLE curation ADD COLUMN positions TEXT NOT NULL DEFAULT '{}';
    `,
  },
  {
    version: 4,
    name: "each relation's headline count (its evidence is no longer loaded into memory)",
    sql: `
      UPDATE relations SET extra = json_set(extra, '$.headlines', (
        SELECT count(*) FROM evidence v WHERE v.edge = relations.key AND json_extract(v.data, '$.headline') IS 1
      ));
    `,
  },
];

/** The schema version this code writes: the last migration's. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
