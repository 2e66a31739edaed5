/**
 * neo4j-admin import CSV files: one node file per entity type (`nodes-country.csv`), one
 * relationship file per relation (`rels-supplies.csv`) and one evidence node file, each with a
 * typed header (`id:ID(Entity),:LABEL,name:string,aliases:string[],mentions:int,...`). Every
 * string is quoted (inner quotes doubled, commas and line breaks kept inside the quotes); an
 * empty cell is a missing value. No spreadsheet formula neutralisation: Neo4j is not a spreadsheet.
 */
import {
  chooseArrayDelimiter,
  ENTITY_LABEL,
  entityTypesOf,
  evidenceColumns,
  evidenceId,
  evidenceRecords,
  EVIDENCE_LABEL,
  labelOf,
  NODE_COLUMNS,
  REL_COLUMNS,
  relationsOf,
  relTypeOf,
  type Neo4jColumn,
  type Neo4jType,
} from "./neo4j-schema.ts";
import { KgError } from "../model/errors.ts";
import type { ExportView } from "./view.ts";

/** One CSV file of the export: its name, what it holds, its header and its rows. */
export interface Neo4jCsvFile {
  name: string;
  kind: "nodes" | "relationships";
  /** The label (node files) or relationship type (relationship files) of its rows. */
  label: string;
  /** The header fields, in neo4j-admin's grammar. */
  header: string[];
  /** The property columns after the leading id/label or start/end/type fields. */
  columns: readonly Neo4jColumn<never>[];
  /** The number of leading special fields (2 for nodes, 3 for relationships). */
  special: number;
  /** The file's text, header first, row by row. */
  pieces(): Iterable<string>;
}

/** The whole export: its files and the array delimiter they use. */
export interface Neo4jCsvPlan {
  arrayDelimiter: string;
  nodeFiles: Neo4jCsvFile[];
  relationshipFiles: Neo4jCsvFile[];
}

/** The header field of a property column (`mentions:int`). */
export function headerOf(column: Neo4jColumn<never>): string {
  return `${column.name}:${column.type}`;
}

/** A string cell: always quoted, inner quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One cell of a typed column; null, undefined, non-finite numbers and empty arrays are empty cells. */
export function neo4jCell(value: unknown, type: Neo4jType, arrayDelimiter: string): string {
  if (value === null || value === undefined) return "";
  if (type === "string[]") {
    const list = value as readonly string[];
    return list.length === 0 ? "" : quoted(list.join(arrayDelimiter));
  }
  if (type === "string") return quoted(String(value));
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return String(value);
}

function row(cells: readonly string[]): string {
  return `${cells.join(",")}\n`;
}

function propertyCells<T>(columns: readonly Neo4jColumn<T>[], record: T, delimiter: string): string[] {
  return columns.map((c) => neo4jCell(c.get(record), c.type, delimiter));
}

function fileSlug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/**
 * Plans the neo4j-admin CSV files of a view. Throws INVALID_INPUT when every candidate array
 * delimiter occurs inside some alias or document id (an array could not be split back).
 */
export function planNeo4jCsv(view: ExportView): Neo4jCsvPlan {
  const delimiter = chooseArrayDelimiter(view);
  if (delimiter === null) {
    throw new KgError(
      "INVALID_INPUT",
      "export: every array delimiter (';', '|', U+001F) occurs inside an alias or document id",
      { field: "aliases" },
    );
  }
  const nodeFiles: Neo4jCsvFile[] = entityTypesOf(view).map((type) => {
    const label = labelOf(type);
    return {
      name: `nodes-${fileSlug(label)}.csv`,
      kind: "nodes",
      label,
      header: [`id:ID(${ENTITY_LABEL})`, ":LABEL", ...NODE_COLUMNS.map(headerOf)],
      columns: NODE_COLUMNS,
      special: 2,
      *pieces() {
        yield row(this.header);
        const labels = quoted(`${ENTITY_LABEL}${delimiter}${label}`);
        for (const node of view.nodes()) {
          if (node.attributes.type !== type) continue;
          yield row([quoted(node.key), labels, ...propertyCells(NODE_COLUMNS, node, delimiter)]);
        }
      },
    };
  });
  const evColumns = evidenceColumns(view);
  nodeFiles.push({
    name: "evidence.csv",
    kind: "nodes",
    label: EVIDENCE_LABEL,
    header: [`id:ID(${EVIDENCE_LABEL})`, ":LABEL", ...evColumns.map(headerOf)],
    columns: evColumns,
    special: 2,
    *pieces() {
      yield row(this.header);
      const label = quoted(EVIDENCE_LABEL);
      for (const record of evidenceRecords(view)) {
        yield row([
          quoted(evidenceId(record.edge, record.index)),
          label,
          ...propertyCells(evColumns, record, delimiter),
        ]);
      }
    },
  });
  const relationshipFiles: Neo4jCsvFile[] = relationsOf(view).map((relation) => {
    const relType = relTypeOf(relation);
    return {
      name: `rels-${fileSlug(relation)}.csv`,
      kind: "relationships",
      label: relType,
      header: [
        `:START_ID(${ENTITY_LABEL})`,
        `:END_ID(${ENTITY_LABEL})`,
        ":TYPE",
        ...REL_COLUMNS.map(headerOf),
      ],
      columns: REL_COLUMNS,
      special: 3,
      *pieces() {
        yield row(this.header);
        const typeCell = quoted(relType);
        for (const edge of view.edges()) {
          if (edge.attributes.relation !== relation) continue;
          yield row([
            quoted(edge.source),
            quoted(edge.target),
            typeCell,
            ...propertyCells(REL_COLUMNS, edge, delimiter),
          ]);
        }
      },
    };
  });
  return { arrayDelimiter: delimiter, nodeFiles, relationshipFiles };
}
