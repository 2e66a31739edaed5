/**
 * Rows of graph-data/kg.db and the prepared statements that read and write them: documents with
 * their extraction, the merged graph (entities, aliases, relations, evidence), the mapping of each
 * document's entities to graph nodes, and the revision counter. Evidence is kept as an open JSON
 * record, so fields added to Evidence later pass through unchanged.
 */
import type { Statement } from "better-sqlite3";
import type { EntityType, RelationType } from "../../model/ontology.ts";
import type { KgGraph } from "../../model/graph.ts";
import type { EdgeAttributes, Evidence, Extraction, NodeAttributes, SourceMeta } from "../../model/types.ts";
import { fromExtractionRows, type ExtractionRows } from "../extraction-rows.ts";
import type { Db } from "./open.ts";

/** What the store keeps in memory about a document (its text and extraction stay in the DB). */
export interface DocumentInfo {
  id: string;
  path: string | null;
  hash: string;
  meta: SourceMeta;
  addedAt: string;
  entityCount: number;
  relationCount: number;
}

/** A document as written: its info, text, extraction and the hash of its text alone. */
export interface DocumentWrite extends DocumentInfo {
  text: string;
  contentHash: string;
  /** The extraction as JSON text (extraction-rows.ts). */
  extraction: ExtractionRows;
  idempotencyKey?: string | null;
}

/** One document entity's node and mention count. */
export interface MentionRow {
  entity: string;
  node: string;
  count: number;
}

interface DocRow {
  id: string;
  path: string | null;
  hash: string;
  meta: string;
  added_at: string;
  entity_count: number;
  relation_count: number;
}

const toInfo = (r: DocRow): DocumentInfo => ({
  id: r.id,
  path: r.path,
  hash: r.hash,
  meta: JSON.parse(r.meta) as SourceMeta,
  addedAt: r.added_at,
  entityCount: r.entity_count,
  relationCount: r.relation_count,
});

/** The prepared statements of one connection. */
export class Tables {
  private readonly s: Record<string, Statement>;

  constructor(readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      revision: p("SELECT coalesce(max(rev), 0) AS rev FROM revisions"),
      addRevision: p("INSERT INTO revisions (rev, at, documents, change) VALUES (?, ?, ?, ?)"),
      docInfos: p(
        "SELECT id, path, hash, meta, added_at, entity_count, relation_count FROM documents ORDER BY seq",
      ),
      docInfo: p(
        "SELECT id, path, hash, meta, added_at, entity_count, relation_count FROM documents WHERE id = ?",
      ),
      docCount: p("SELECT count(*) AS n FROM documents"),
      docText: p("SELECT text FROM documents WHERE id = ?"),
      docByContent: p("SELECT id FROM documents WHERE content_hash = ? ORDER BY seq LIMIT 1"),
      docByKey: p("SELECT id FROM documents WHERE idempotency_key = ?"),
      insertDoc: p(
        `INSERT INTO documents (id, path, hash, content_hash, meta, title, text, added_at, idempotency_key, entity_count, relation_count)
         VALUES (@id, @path, @hash, @contentHash, @meta, @title, @text, @addedAt, @idempotencyKey, @entityCount, @relationCount)`,
      ),
      deleteDoc: p("DELETE FROM documents WHERE id = ?"),
      extraction: p("SELECT entities, relations, hedged FROM extractions WHERE doc = ?"),
      insertExtraction: p("INSERT INTO extractions (doc, entities, relations, hedged) VALUES (?, ?, ?, ?)"),
      mentionsOf: p("SELECT entity, node, count FROM mentions WHERE doc = ? ORDER BY seq"),
      insertMention: p("INSERT INTO mentions (doc, entity, node, count) VALUES (?, ?, ?, ?)"),
      deleteMentions: p("DELETE FROM mentions WHERE doc = ?"),
      upsertEntity: p(
        `INSERT INTO entities (id, name, type, aliases, mentions, x, y, extra) VALUES (@id, @name, @type, @aliases, @mentions, @x, @y, @extra)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
           mentions = excluded.mentions, x = excluded.x, y = excluded.y, extra = excluded.extra`,
      ),
      deleteEntity: p("DELETE FROM entities WHERE id = ?"),
      setPosition: p("UPDATE entities SET x = ?, y = ? WHERE id = ?"),
      aliasNodes: p("SELECT node FROM aliases WHERE key = ?"),
      insertAlias: p("INSERT OR IGNORE INTO aliases (key, node) VALUES (?, ?)"),
      deleteAliases: p("DELETE FROM aliases WHERE node = ?"),
      upsertRelation: p(
        `INSERT INTO relations (key, source, target, relation, weight, docs, first_seen, last_seen, extra)
         VALUES (@key, @source, @target, @relation, @weight, @docs, @firstSeen, @lastSeen, @extra)
         ON CONFLICT (key) DO UPDATE SET weight = excluded.weight, docs = excluded.docs,
           first_seen = excluded.first_seen, last_seen = excluded.last_seen, extra = excluded.extra`,
      ),
      deleteRelation: p("DELETE FROM relations WHERE key = ?"),
      insertEvidence: p("INSERT INTO evidence (edge, doc, data) VALUES (?, ?, ?)"),
      edgesOfDoc: p("SELECT DISTINCT edge FROM evidence WHERE doc = ?"),
      deleteEvidenceOfDoc: p("DELETE FROM evidence WHERE doc = ?"),
      deleteEvidenceOfEdge: p("DELETE FROM evidence WHERE edge = ?"),
      edgesAt: p(
        `SELECT key FROM relations WHERE source IN (SELECT value FROM json_each(@list))
         UNION SELECT key FROM relations WHERE target IN (SELECT value FROM json_each(@list))`,
      ),
      nodesOnlyIn: p(
        `SELECT DISTINCT m.node FROM mentions m WHERE m.doc IN (SELECT value FROM json_each(@list))
         AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.node = m.node AND o.doc NOT IN (SELECT value FROM json_each(@list)))`,
      ),
      graphStale: p("SELECT value FROM meta WHERE key = 'graph-stale'"),
      markGraphStale: p("INSERT OR REPLACE INTO meta (key, value) VALUES ('graph-stale', ?)"),
      clearGraphStale: p("DELETE FROM meta WHERE key = 'graph-stale'"),
      graphCounts: p(
        "SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM relations) AS relations",
      ),
    };
  }

  private st(name: string): Statement {
    return this.s[name] as Statement;
  }

  /** The revision of the last committed change (0 for a new store). */
  revision(): number {
    return (this.st("revision").get() as { rev: number }).rev;
  }

  /** Records a change as revision `rev`. */
  addRevision(rev: number, at: string, documents: string[], change: unknown): void {
    this.st("addRevision").run(rev, at, JSON.stringify(documents), JSON.stringify(change));
  }

  /** Every document's info, in the order they were stored. */
  documentInfos(): DocumentInfo[] {
    return (this.st("docInfos").all() as DocRow[]).map(toInfo);
  }

  /** One document's info, or null. */
  documentInfo(id: string): DocumentInfo | null {
    const row = this.st("docInfo").get(id) as DocRow | undefined;
    return row ? toInfo(row) : null;
  }

  /** How many documents are stored. */
  documentCount(): number {
    return (this.st("docCount").get() as { n: number }).n;
  }

  /** A document's text ("" when it is not stored). */
  text(id: string): string {
    return (this.st("docText").get(id) as { text: string } | undefined)?.text ?? "";
  }

  /** A document's extraction (empty when it is not stored). */
  extraction(id: string): Extraction {
    const row = this.st("extraction").get(id) as ExtractionRows | undefined;
    if (!row) return { entities: [], relations: [], hedged: [] };
    return fromExtractionRows(row);
  }

  /** The document already holding this exact text, or null. */
  documentWithContent(contentHash: string): string | null {
    return (this.st("docByContent").get(contentHash) as { id: string } | undefined)?.id ?? null;
  }

  /** The document stored under this idempotency key, or null. */
  documentWithKey(key: string): string | null {
    return (this.st("docByKey").get(key) as { id: string } | undefined)?.id ?? null;
  }

  /**
   * Whether documents were written ahead of the graph (by a first build, document by document as
   * they were extracted) and the graph has not been rebuilt since: a build cut short leaves it set.
   */
  graphStale(): boolean {
    return this.st("graphStale").get() !== undefined;
  }

  /** Records that documents are being written ahead of the graph (`at`: when). */
  markGraphStale(at: string): void {
    this.st("markGraphStale").run(at);
  }

  /** Records that the graph holds every stored document again (a full rebuild committed). */
  clearGraphStale(): void {
    this.st("clearGraphStale").run();
  }

  /** Inserts a document and its extraction. */
  insertDocument(d: DocumentWrite): void {
    this.st("insertDoc").run({
      id: d.id,
      path: d.path,
      hash: d.hash,
      contentHash: d.contentHash,
      meta: JSON.stringify(d.meta),
      title: d.meta.title ?? null,
      text: d.text,
      addedAt: d.addedAt,
      idempotencyKey: d.idempotencyKey ?? null,
      entityCount: d.entityCount,
      relationCount: d.relationCount,
    });
    const x = d.extraction;
    this.st("insertExtraction").run(d.id, x.entities, x.relations, x.hedged);
  }

  /** Deletes a document, its extraction (cascade) and its entity mapping. */
  deleteDocument(id: string): void {
    this.st("deleteMentions").run(id);
    this.st("deleteDoc").run(id);
  }

  /** Which node each entity of a document went to. */
  mentionsOf(doc: string): MentionRow[] {
    return this.st("mentionsOf").all(doc) as MentionRow[];
  }

  /** Records which node each entity of a document went to. */
  insertMentions(doc: string, rows: readonly MentionRow[]): void {
    for (const r of rows) this.st("insertMention").run(doc, r.entity, r.node, r.count);
  }

  /** Writes a node. */
  writeNode(id: string, a: NodeAttributes): void {
    const { name: _n, type: _t, aliases: _a, mentions: _m, docs: _d, x: _x, y: _y, ...extra } = a;
    this.st("upsertEntity").run({
      extra: JSON.stringify(extra),
      id,
      name: a.name,
      type: a.type,
      aliases: JSON.stringify(a.aliases),
      mentions: a.mentions,
      x: Number.isFinite(a.x) ? a.x : null,
      y: Number.isFinite(a.y) ? a.y : null,
    });
  }

  /** Writes every node's position (x and y) as the graph holds it, nothing else. */
  writePositions(graph: KgGraph): void {
    graph.forEachNode((id, a) =>
      this.st("setPosition").run(Number.isFinite(a.x) ? a.x : null, Number.isFinite(a.y) ? a.y : null, id),
    );
  }

  /** Deletes a node and its alias keys. */
  deleteNode(id: string): void {
    this.st("deleteEntity").run(id);
    this.st("deleteAliases").run(id);
  }

  /** Nodes holding a typed name key. */
  aliasNodes(key: string): string[] {
    return (this.st("aliasNodes").all(key) as { node: string }[]).map((r) => r.node);
  }

  /** Adds a typed name key of a node. */
  addAlias(key: string, node: string): void {
    this.st("insertAlias").run(key, node);
  }

  /** Writes an edge's summary (its evidence is written apart; the attributes' own copy, if any, is not stored here). */
  writeEdge(key: string, source: string, target: string, a: EdgeAttributes): void {
    const { relation: _r, evidence: _e, weight: _w, docs: _d, firstSeen: _f, lastSeen: _l, ...extra } = a;
    this.st("upsertRelation").run({
      extra: JSON.stringify(extra),
      key,
      source,
      target,
      relation: a.relation,
      weight: a.weight,
      docs: a.docs,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
    });
  }

  /** Deletes an edge and its evidence. */
  deleteEdge(key: string): void {
    this.st("deleteRelation").run(key);
    this.st("deleteEvidenceOfEdge").run(key);
  }

  /** Appends a piece of evidence to an edge. */
  addEvidence(edge: string, evidence: Evidence): void {
    this.st("insertEvidence").run(edge, evidence.doc, JSON.stringify(evidence));
  }

  /** Edges holding evidence from a document. */
  edgesOfDocument(doc: string): string[] {
    return (this.st("edgesOfDoc").all(doc) as { edge: string }[]).map((r) => r.edge);
  }

  /** Deletes a document's evidence from every edge. */
  deleteEvidenceOf(doc: string): void {
    this.st("deleteEvidenceOfDoc").run(doc);
  }

  /** Keys of the edges with an end among `nodes`. */
  edgesAt(nodes: readonly string[]): string[] {
    if (nodes.length === 0) return [];
    return (this.st("edgesAt").all({ list: JSON.stringify(nodes) }) as { key: string }[]).map((r) => r.key);
  }

  /** Nodes that the documents `docs` mention and no other document does. */
  nodesOnlyIn(docs: readonly string[]): string[] {
    if (docs.length === 0) return [];
    return (this.st("nodesOnlyIn").all({ list: JSON.stringify(docs) }) as { node: string }[]).map(
      (r) => r.node,
    );
  }

  /** How many nodes and edges the stored graph has. */
  graphCounts(): { entities: number; relations: number } {
    return this.st("graphCounts").get() as { entities: number; relations: number };
  }

  /** Empties the entity-to-node mapping of every document (before it is written again). */
  clearMentions(): void {
    this.db.exec("DELETE FROM mentions");
  }

  /** Empties the merged graph's tables (before a full rebuild writes them again). */
  clearGraph(): void {
    this.db.exec(
      "DELETE FROM entities; DELETE FROM aliases; DELETE FROM mentions; DELETE FROM relations; DELETE FROM evidence;",
    );
  }

  /**
   * Empties the merged graph's tables and runs `write`, which fills them again, with their
   * secondary indexes (those no write looks rows up by) dropped, then builds those indexes anew:
   * SQLite builds an index from all its rows, sorted once, about twice as fast as it updates it
   * row by row, and a full rebuild writes every mention and piece of evidence. Run inside the
   * caller's transaction: a failure rolls the indexes back with the rows.
   */
  rewriteGraph(write: () => void): void {
    const indexes = this.db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN ('aliases', 'mentions', 'relations', 'evidence') ORDER BY name`,
      )
      .all() as { name: string; sql: string }[];
    for (const index of indexes) this.db.exec(`DROP INDEX "${index.name}"`);
    this.clearGraph();
    write();
    for (const index of indexes) this.db.exec(index.sql);
  }
}

/** A node row as loaded. */
export interface NodeRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string;
  mentions: number;
  x: number | null;
  y: number | null;
  extra: string;
}

/** A relation row as loaded. */
export interface RelationRow {
  key: string;
  source: string;
  target: string;
  relation: RelationType;
  weight: number;
  docs: number;
  first_seen: string | null;
  last_seen: string | null;
  extra: string;
}
