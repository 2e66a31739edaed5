/**
 * A property of built graphs: whatever day the articles were published, no evidence's event
 * date starts after its publication date unless the text itself puts it in the future; an
 * undated event takes the publication day; each edge's first and last event dates bound its evidence.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";
import { buildGraph } from "../../../src/graph/merge.ts";
import { dateSpan, isoDay } from "../../../src/model/dates.ts";

const DIR = join(import.meta.dirname, "../../fixtures/articles");
const ARTICLES = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((id) => ({ id, text: readFileSync(join(DIR, id), "utf8") }));

const day = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((t) => isoDay(t - (t % 86_400_000)));

describe("event dates on built graphs", () => {
  it("never put an event after its report unless the text says it is future", () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: ARTICLES.length, maxLength: ARTICLES.length }), (days) => {
        const docs = ARTICLES.map((a, i) => ({ ...a, meta: { date: days[i] as string } }));
        const extractions = docs.map((d) => ({
          doc: d.id,
          date: d.meta.date,
          extraction: extractDocument(d),
        }));
        const graph = buildGraph(extractions);
        let dated = 0;
        graph.forEachEdge((_key, attrs) => {
          for (const e of attrs.evidence!) {
            expect(e.eventDate, e.sentence).toBeTruthy();
            const span = dateSpan(e.eventDate as string);
            expect(span, e.eventDate as string).not.toBeNull();
            if (e.eventDateSource === "published") expect(e.eventDate).toBe(e.date);
            else dated++;
            if (span!.start > (e.date as string))
              expect(e.eventFuture, `${e.eventText} in ${e.sentence}`).toBe(true);
            expect(dateSpan(attrs.firstEvent as string)!.start <= span!.start).toBe(true);
            expect(dateSpan(attrs.lastEvent as string)!.end >= span!.end).toBe(true);
          }
        });
        expect(dated).toBeGreaterThan(0);
      }),
      { numRuns: 8, seed: 12 },
    );
  }, 120_000);
});
