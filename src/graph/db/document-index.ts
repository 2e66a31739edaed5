/**
 * The documents' small records (DocumentInfo) as the store looks them up: all held in memory (a
 * long-running server), or read from kg.db by key each time (a one-shot CLI command, which then
 * costs the same whatever the number of stored documents).
 */
import type { DocumentInfo, Tables } from "./tables.ts";

/** A map of document infos by id that the store keeps in step with its commits. */
export interface DocumentIndex {
  readonly size: number;
  has(id: string): boolean;
  get(id: string): DocumentInfo | undefined;
  keys(): MapIterator<string>;
  values(): MapIterator<DocumentInfo>;
  /** Records a document written in the DB (a no-op when the DB is read each time). */
  set(id: string, info: DocumentInfo): void;
  /** Forgets a document deleted from the DB (a no-op when the DB is read each time). */
  delete(id: string): void;
}

/** Every document's info read once into memory, in stored order. */
export function residentDocuments(tables: Tables): DocumentIndex {
  return new Map(tables.documentInfos().map((d) => [d.id, d]));
}

/** Document infos read from the DB at each look-up: nothing is held, so nothing grows with the store. */
export class StoredDocuments implements DocumentIndex {
  constructor(private readonly tables: Tables) {}

  get size(): number {
    return this.tables.documentCount();
  }

  has(id: string): boolean {
    return this.tables.documentInfo(id) !== null;
  }

  get(id: string): DocumentInfo | undefined {
    return this.tables.documentInfo(id) ?? undefined;
  }

  *keys(): MapIterator<string> {
    for (const info of this.tables.documentInfos()) yield info.id;
  }

  *values(): MapIterator<DocumentInfo> {
    yield* this.tables.documentInfos();
  }

  set(): void {}

  delete(): void {}
}
