/**
 * `kg push`: streams a graph into a running Neo4j (or Memgraph) over Bolt with the official
 * neo4j-driver, in batched, idempotent `UNWIND $rows AS row MERGE …` transactions: constraints
 * first, then entity nodes, evidence nodes and relationships. Failures are typed
 * (NEO4J_UNREACHABLE, NEO4J_AUTH_FAILED, NEO4J_FAILED) and never carry the password.
 */
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { KgError } from "../model/errors.ts";
import type { KgGraph } from "../model/graph.ts";
import {
  constraintStatements,
  pushEvidenceStatement,
  pushNodesStatement,
  pushRelationshipsStatement,
} from "./neo4j-cypher.ts";
import {
  evidenceColumns,
  evidenceId,
  evidenceRecords,
  labelOf,
  NODE_COLUMNS,
  REL_COLUMNS,
  relTypeOf,
  type Neo4jColumn,
} from "./neo4j-schema.ts";
import { createExportView, type ExportView } from "./view.ts";
import type { EvidenceSource } from "../model/evidence.ts";
import type { GraphFilter } from "../graph/filter.ts";

/** Options of pushGraph. */
export interface PushOptions {
  /** `neo4j://host:7687`, `bolt://…`, `neo4j+s://…`. */
  uri: string;
  user?: string;
  password?: string;
  /** The database to write to (default: the server's default database). */
  database?: string;
  /** Rows per transaction (1..100,000; default 1,000). */
  batch?: number;
  /** How long to wait for a connection, in ms (default 10,000). */
  connectionTimeoutMs?: number;
  /** What to push (default: everything). */
  filter?: GraphFilter;
  /** Called after each batch with what is done so far. */
  onProgress?: (progress: PushProgress) => void;
}

/** How far a push has got. */
export interface PushProgress {
  phase: "constraints" | "nodes" | "evidence" | "relationships";
  done: number;
  total: number;
}

/** What a push wrote. */
export interface PushReport {
  nodes: number;
  relationships: number;
  evidence: number;
  batches: number;
}

/** Default rows per transaction. */
export const PUSH_BATCH_DEFAULT = 1000;
const PUSH_BATCH_MAX = 100_000;

/** One row of a push batch: the MERGE key(s) and the properties to set. */
interface PushRow {
  [key: string]: unknown;
  props: Record<string, unknown>;
}

/** The properties of a record, integers sent as Neo4j integers (a JS number would arrive as a float). */
function propsOf<T>(columns: readonly Neo4jColumn<T>[], record: T): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const column of columns) {
    const value = column.get(record);
    if (value === null || value === undefined) {
      props[column.name] = null;
    } else if ((column.type === "int" || column.type === "long") && typeof value === "number") {
      props[column.name] = neo4j.int(value);
    } else {
      props[column.name] = value;
    }
  }
  return props;
}

/** A batch of rows to run with one statement. */
interface Batch {
  statement: string;
  phase: PushProgress["phase"];
  rows: PushRow[];
}

/** Batches of rows grouped by statement (one per label or type), each at most `size` rows. */
function* batchesOf(
  items: Iterable<{ statement: string; row: PushRow }>,
  phase: PushProgress["phase"],
  size: number,
): Generator<Batch> {
  const open = new Map<string, PushRow[]>();
  for (const { statement, row } of items) {
    let rows = open.get(statement);
    if (!rows) open.set(statement, (rows = []));
    rows.push(row);
    if (rows.length >= size) {
      open.delete(statement);
      yield { statement, phase, rows };
    }
  }
  for (const [statement, rows] of open) yield { statement, phase, rows };
}

function* nodeItems(view: ExportView) {
  for (const node of view.nodes()) {
    yield {
      statement: pushNodesStatement(labelOf(node.attributes.type)),
      row: { id: node.key, props: propsOf(NODE_COLUMNS, node) },
    };
  }
}

function* evidenceItems(view: ExportView) {
  const columns = evidenceColumns(view);
  const statement = pushEvidenceStatement();
  for (const record of evidenceRecords(view)) {
    yield { statement, row: { id: evidenceId(record.edge, record.index), props: propsOf(columns, record) } };
  }
}

function* relationshipItems(view: ExportView) {
  const columns = REL_COLUMNS.filter((c) => c.name !== "key");
  for (const edge of view.edges()) {
    yield {
      statement: pushRelationshipsStatement(relTypeOf(edge.attributes.relation)),
      row: { source: edge.source, target: edge.target, key: edge.key, props: propsOf(columns, edge) },
    };
  }
}

/** Checks the options, throwing INVALID_OPTION naming the field. */
function validate(options: PushOptions): number {
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/i.test(options.uri)) {
    throw new KgError(
      "INVALID_OPTION",
      `push: '${options.uri}' is not a Bolt address (neo4j://host:7687, bolt://host:7687, neo4j+s://…)`,
      { field: "uri" },
    );
  }
  const batch = options.batch ?? PUSH_BATCH_DEFAULT;
  if (!Number.isInteger(batch) || batch < 1 || batch > PUSH_BATCH_MAX) {
    throw new KgError("INVALID_OPTION", `push: batch must be a whole number from 1 to ${PUSH_BATCH_MAX}`, {
      field: "batch",
    });
  }
  return batch;
}

/** The server's address without credentials (for messages). */
function hostOf(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//");
}

/** A driver error as a KgError: unreachable, refused credentials, or a failed statement. */
export function toPushError(err: unknown, uri: string): KgError {
  if (err instanceof KgError) return err;
  const code = typeof (err as { code?: unknown }).code === "string" ? (err as { code: string }).code : "";
  const message = err instanceof Error ? err.message : String(err);
  const where = hostOf(uri);
  if (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    /ECONNREFUSED|ETIMEDOUT|ENOTFOUND/.test(message)
  ) {
    return new KgError("NEO4J_UNREACHABLE", `push: cannot reach ${where}: ${message}`, {
      uri: where,
      cause: code,
    });
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new KgError(
      "NEO4J_AUTH_FAILED",
      `push: ${where} refused the credentials (${code}); check --user and --password-env`,
      { uri: where, cause: code },
    );
  }
  return new KgError("NEO4J_FAILED", `push: ${where} failed: ${message}`, { uri: where, cause: code });
}

async function run(session: Session, statement: string, rows?: PushRow[]): Promise<void> {
  await session.executeWrite((tx) => tx.run(statement, rows === undefined ? {} : { rows }));
}

/**
 * Pushes `graph` to the server at `options.uri`. Idempotent: nodes merge on `id`, relationships
 * on `key`, evidence on `id`, so pushing again updates in place and duplicates nothing. Evidence
 * the graph does not hold is read from `evidence`.
 */
export async function pushGraph(
  graph: KgGraph,
  options: PushOptions,
  evidence?: EvidenceSource,
): Promise<PushReport> {
  const batch = validate(options);
  const view = createExportView(graph, options.filter ?? {}, evidence);
  const auth =
    options.user !== undefined ? neo4j.auth.basic(options.user, options.password ?? "") : undefined;
  const timeout = options.connectionTimeoutMs ?? 10_000;
  let driver: Driver | undefined;
  const report: PushReport = { nodes: 0, relationships: 0, evidence: 0, batches: 0 };
  try {
    driver = neo4j.driver(options.uri, auth, {
      connectionTimeout: timeout,
      connectionAcquisitionTimeout: timeout,
      maxTransactionRetryTime: timeout,
      userAgent: "kg-push",
    });
    await driver.verifyConnectivity(options.database === undefined ? {} : { database: options.database });
    const session = driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(options.database === undefined ? {} : { database: options.database }),
    });
    try {
      const relTypes = [...new Set([...view.edges()].map((e) => relTypeOf(e.attributes.relation)))];
      const constraints = constraintStatements(relTypes);
      // Schema statements run one by one, in their own transactions, before any data.
      for (const statement of constraints) await session.run(statement);
      options.onProgress?.({ phase: "constraints", done: constraints.length, total: constraints.length });
      let evidenceTotal = 0;
      for (const edge of view.edges()) evidenceTotal += edge.attributes.evidence.length;
      const phases: [Generator<Batch>, keyof Omit<PushReport, "batches">, number][] = [
        [batchesOf(nodeItems(view), "nodes", batch), "nodes", view.nodeCount],
        [batchesOf(evidenceItems(view), "evidence", batch), "evidence", evidenceTotal],
        [batchesOf(relationshipItems(view), "relationships", batch), "relationships", view.edgeCount],
      ];
      for (const [batches, field, total] of phases) {
        for (const b of batches) {
          await run(session, b.statement, b.rows);
          report[field] += b.rows.length;
          report.batches++;
          options.onProgress?.({ phase: b.phase, done: report[field], total });
        }
      }
    } finally {
      await session.close();
    }
    return report;
  } catch (err) {
    throw toPushError(err, options.uri);
  } finally {
    await driver?.close();
  }
}
