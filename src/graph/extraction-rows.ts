/**
 * An extraction as the JSON text of its three parts, the columns of the store's extractions
 * table: what an extraction thread sends back for a source file, and what the store writes, so a
 * build's main thread neither rebuilds nor re-serialises the objects.
 */
import type { Extraction } from "../model/types.ts";

/** The JSON text of an extraction's entities, relations and hedged relations. */
export interface ExtractionRows {
  entities: string;
  relations: string;
  hedged: string;
}

/** The JSON text of an extraction's parts. */
export function toExtractionRows(x: Extraction): ExtractionRows {
  return {
    entities: JSON.stringify(x.entities),
    relations: JSON.stringify(x.relations),
    hedged: JSON.stringify(x.hedged ?? []),
  };
}

/** An extraction from the JSON text of its parts. */
export function fromExtractionRows(rows: ExtractionRows): Extraction {
  return {
    entities: JSON.parse(rows.entities),
    relations: JSON.parse(rows.relations),
    hedged: JSON.parse(rows.hedged),
  } as Extraction;
}
