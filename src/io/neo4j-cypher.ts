/**
 * The Cypher kg sends to Neo4j: the constraints created first, the `import.cypher` script that
 * loads the CSV files with LOAD CSV and MERGE (idempotent, in transactions of 1,000 rows), the
 * `UNWIND $rows AS row MERGE …` statements `kg push` runs, and the README.txt of an export.
 */
import { headerOf, type Neo4jCsvFile, type Neo4jCsvPlan } from "./neo4j-csv.ts";
import { ENTITY_LABEL, EVIDENCE_LABEL, type Neo4jColumn, type Neo4jType } from "./neo4j-schema.ts";

/** Rows per transaction of the LOAD CSV script. */
export const LOAD_CSV_BATCH = 1000;

/** A name in backticks (inner backticks doubled). */
export function backtick(name: string): string {
  return `\`${name.replace(/`/g, "``")}\``;
}

/** A Cypher string literal (single quotes; backslashes, quotes and control characters escaped). */
export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = text.replace(/[\\'\u0000-\u001f]/g, (c) => {
    if (c === "\\") return "\\\\";
    if (c === "'") return "\\'";
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  });
  return `'${escaped}'`;
}

/** The statements that create kg's constraints and indexes (each `IF NOT EXISTS`). */
export function constraintStatements(relTypes: readonly string[]): string[] {
  return [
    `CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT kg_evidence_id IF NOT EXISTS FOR (n:${EVIDENCE_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX kg_evidence_edge IF NOT EXISTS FOR (n:${EVIDENCE_LABEL}) ON (n.edge)`,
    ...relTypes.map(
      (t) =>
        `CREATE INDEX ${backtick(`kg_rel_key_${t}`)} IF NOT EXISTS FOR ()-[r:${backtick(t)}]-() ON (r.key)`,
    ),
  ];
}

/** The Cypher expression turning a CSV cell (`row.\`mentions:int\``) into a typed value. */
function fromCell(cell: string, type: Neo4jType, delimiter: string): string {
  switch (type) {
    case "int":
    case "long":
      return `toInteger(${cell})`;
    case "double":
      return `toFloat(${cell})`;
    case "boolean":
      return `toBoolean(${cell})`;
    case "string[]":
      return `split(${cell}, ${cypherString(delimiter)})`;
    default:
      return cell;
  }
}

function assignments(variable: string, columns: readonly Neo4jColumn<never>[], delimiter: string): string[] {
  return columns.map(
    (c) => `${variable}.${backtick(c.name)} = ${fromCell(`row.${backtick(headerOf(c))}`, c.type, delimiter)}`,
  );
}

/** The LOAD CSV statement of one file (MERGE on the id or key, then SET every property). */
export function loadCsvStatement(file: Neo4jCsvFile, delimiter: string, urlPrefix = "file:///"): string {
  const head = `LOAD CSV WITH HEADERS FROM ${cypherString(`${urlPrefix}${file.name}`)} AS row\nCALL (row) {\n`;
  const tail = `\n} IN TRANSACTIONS OF ${LOAD_CSV_BATCH} ROWS`;
  if (file.kind === "nodes") {
    const evidence = file.label === EVIDENCE_LABEL;
    const space = evidence ? EVIDENCE_LABEL : ENTITY_LABEL;
    const sets = [
      ...(evidence ? [] : [`n:${backtick(file.label)}`]),
      ...assignments("n", file.columns, delimiter),
    ];
    return (
      `${head}  MERGE (n:${space} {id: row.${backtick(`id:ID(${space})`)}})\n` +
      `  SET ${sets.join(",\n      ")}${tail}`
    );
  }
  const [keyColumn, ...rest] = file.columns;
  const keyField = backtick(keyColumn ? headerOf(keyColumn) : "key:string");
  return (
    `${head}  MATCH (a:${ENTITY_LABEL} {id: row.${backtick(`:START_ID(${ENTITY_LABEL})`)}})\n` +
    `  MATCH (b:${ENTITY_LABEL} {id: row.${backtick(`:END_ID(${ENTITY_LABEL})`)}})\n` +
    `  MERGE (a)-[r:${backtick(file.label)} {key: row.${keyField}}]->(b)\n` +
    `  SET ${assignments("r", rest, delimiter).join(",\n      ")}${tail}`
  );
}

/** The whole `import.cypher`: constraints, then entity nodes, evidence nodes and relationships. */
export function importScript(plan: Neo4jCsvPlan): string {
  const relTypes = plan.relationshipFiles.map((f) => f.label);
  const comment =
    "// kg → Neo4j: run with `cypher-shell -f import.cypher` after copying the CSV files into\n" +
    "// Neo4j's import directory. Idempotent: running it again updates what is there.";
  const lines = [
    comment,
    ...constraintStatements(relTypes).map((s) => `${s};`),
    ...[...plan.nodeFiles, ...plan.relationshipFiles].map(
      (f) => `${loadCsvStatement(f, plan.arrayDelimiter)};`,
    ),
  ];
  return `${lines.join("\n\n")}\n`;
}

/** `kg push`: the statement that merges a batch of entity nodes of one label. */
export function pushNodesStatement(label: string): string {
  return `UNWIND $rows AS row\nMERGE (n:${ENTITY_LABEL} {id: row.id})\nSET n:${backtick(label)}, n += row.props`;
}

/** `kg push`: the statement that merges a batch of evidence nodes. */
export function pushEvidenceStatement(): string {
  return `UNWIND $rows AS row\nMERGE (n:${EVIDENCE_LABEL} {id: row.id})\nSET n += row.props`;
}

/** `kg push`: the statement that merges a batch of relationships of one type. */
export function pushRelationshipsStatement(relType: string): string {
  return (
    `UNWIND $rows AS row\n` +
    `MATCH (a:${ENTITY_LABEL} {id: row.source})\n` +
    `MATCH (b:${ENTITY_LABEL} {id: row.target})\n` +
    `MERGE (a)-[r:${backtick(relType)} {key: row.key}]->(b)\n` +
    `SET r += row.props`
  );
}

/** The neo4j-admin spelling of an array delimiter (`;`, `|`, or `U+001F`). */
function adminDelimiter(delimiter: string): string {
  return delimiter < " "
    ? `U+${delimiter.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`
    : `'${delimiter}'`;
}

/** The neo4j-admin command that imports the files (run in the export folder). */
export function adminImportCommand(plan: Neo4jCsvPlan, database = "neo4j"): string {
  return [
    `neo4j-admin database import full ${database}`,
    ...plan.nodeFiles.map((f) => `  --nodes=${f.name}`),
    ...plan.relationshipFiles.map((f) => `  --relationships=${f.name}`),
    `  --delimiter=, --array-delimiter=${adminDelimiter(plan.arrayDelimiter)} --quote='"'`,
    "  --multiline-fields=true --legacy-style-quoting=false",
  ].join(" \\\n");
}

/** A folder name as one shell word. */
function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/** The README.txt of an export folder: what the files are and the two ways to load them. */
export function exportReadme(plan: Neo4jCsvPlan, folder: string): string {
  const files = [...plan.nodeFiles, ...plan.relationshipFiles].map((f) => `  ${f.name}`).join("\n");
  return `kg graph for Neo4j (or Memgraph)

Files:
${files}
  import.cypher

Entities are (:Entity:<Type>) nodes keyed by id; relations are relationships typed by their
relation (SUPPLIES, MEETS, ...) keyed by \`key\`; every piece of evidence is an (:Evidence) node
whose \`edge\` is its relationship's \`key\` and \`index\` its place in the edge's evidence.

1. Bulk import into a new, empty database (the database must not exist yet; stop Neo4j first or
   create the database afterwards with CREATE DATABASE):

cd ${shellWord(folder)}
${adminImportCommand(plan)}

2. Or load into a running database, idempotently (MERGE; run it again to update):
   copy the .csv files into Neo4j's import directory, then

cypher-shell -u neo4j -p PASSWORD -f ${shellWord(`${folder}/import.cypher`)}

LOAD CSV reads backslash-quote (\\") as an escaped quote unless the server sets
dbms.import.csv.legacy_quote_escaping=false; set it if the texts contain backslashes before quotes.
`;
}
