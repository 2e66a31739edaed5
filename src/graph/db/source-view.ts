/**
 * The store's `sources` as a read-only map over kg.db: the documents' small records (id, path,
 * hash, metadata, counts) stay in memory, and a record's `text` and `extraction` are read from the
 * DB only when asked for, so the heap does not hold every article.
 */
import type { Extraction } from "../../model/types.ts";
import type { SourceRecord } from "../types.ts";
import type { DocumentIndex } from "./document-index.ts";
import type { DocumentInfo, Tables } from "./tables.ts";

/** A source record whose text and extraction are read on first access. */
function lazyRecord(info: DocumentInfo, tables: Tables): SourceRecord {
  let text: string | undefined;
  let extraction: Extraction | undefined;
  return {
    id: info.id,
    path: info.path,
    hash: info.hash,
    meta: info.meta,
    addedAt: info.addedAt,
    counts: { entities: info.entityCount, relations: info.relationCount },
    get text() {
      return (text ??= tables.text(info.id));
    },
    get extraction() {
      return (extraction ??= tables.extraction(info.id));
    },
  };
}

/** A ReadonlyMap of source records backed by the documents' infos and the DB. */
export class SourceView implements ReadonlyMap<string, SourceRecord> {
  constructor(
    private readonly infos: () => DocumentIndex,
    private readonly tables: Tables,
  ) {}

  get size(): number {
    return this.infos().size;
  }

  has(id: string): boolean {
    return this.infos().has(id);
  }

  get(id: string): SourceRecord | undefined {
    const info = this.infos().get(id);
    return info ? lazyRecord(info, this.tables) : undefined;
  }

  *keys(): MapIterator<string> {
    yield* this.infos().keys();
  }

  *values(): MapIterator<SourceRecord> {
    for (const info of this.infos().values()) yield lazyRecord(info, this.tables);
  }

  *entries(): MapIterator<[string, SourceRecord]> {
    for (const info of this.infos().values()) yield [info.id, lazyRecord(info, this.tables)];
  }

  [Symbol.iterator](): MapIterator<[string, SourceRecord]> {
    return this.entries();
  }

  forEach(fn: (value: SourceRecord, key: string, map: ReadonlyMap<string, SourceRecord>) => void): void {
    for (const [id, record] of this.entries()) fn(record, id, this);
  }
}
