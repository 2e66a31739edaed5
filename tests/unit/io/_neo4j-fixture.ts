/**
 * The io fixture graph made harder for the Neo4j export: a name and an alias a spreadsheet would
 * run as formulas, text with quotes, commas and line breaks, and evidence carrying event dates,
 * a headline flag and a field kg does not know yet (`published`), all of which must survive;
 * and a loopback port nothing listens on, for `kg push` to fail to reach.
 */
import { createServer } from "node:net";
import { edgeAttributesOf } from "../../../src/io/evidence.ts";
import { edgeKey } from "../../../src/model/ids.ts";
import type { KgGraph } from "../../../src/model/graph.ts";
import type { Evidence } from "../../../src/model/types.ts";
import { articleGraph } from "./_fixture.ts";

/** The article graph plus one tricky entity and one tricky edge. */
export function neo4jFixtureGraph(): KgGraph {
  const graph = articleGraph({ dated: true });
  graph.addNode("sum-corp", {
    name: '=SUM(A1:A9) "Corp", Ltd.',
    type: "Organization",
    aliases: ["+cmd|' /C calc'!A0", 'the "Corp"', "line\nbreak"],
    mentions: 2,
    docs: ["doc, with comma.txt"],
    x: -0.125,
    y: 1e-7,
  });
  const evidence = [
    {
      doc: "doc, with comma.txt",
      sentence: 'He said: "Corp, Ltd. sold\r\nthe shells", twice.',
      start: 0,
      end: 44,
      trigger: "sold",
      rule: "svo-active",
      modality: "asserted",
      headline: true,
      date: "2025-03-01",
      eventDate: "2025-02",
      eventPrecision: "month",
      eventDateSource: "text",
      eventText: "in February",
      published: "2025-03-01T08:00:00Z",
    },
    {
      doc: "nk-russia-troops.txt",
      sentence: "-1 looks like a formula; @it too.",
      start: 50,
      end: 83,
      trigger: "sells",
      rule: "svo-active",
      modality: "asserted",
      date: null,
    },
  ] as Evidence[];
  graph.addEdgeWithKey(
    edgeKey("sum-corp", "supplies", "russia"),
    "sum-corp",
    "russia",
    edgeAttributesOf("supplies", evidence),
  );
  return graph;
}

/** A loopback port nothing listens on (bound, read, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no loopback port");
  return address.port;
}
