/**
 * Test graphs for the io tests: one like the first article's (North Korean troops and weapons to
 * Russia, as South Korea's JCS and NIS assess it), with dated evidence from two documents and names
 * that need escaping.
 */
import { createKgGraph, type KgGraph } from "../../../src/model/graph.ts";
import { edgeKey } from "../../../src/model/ids.ts";
import type { EntityType, RelationType } from "../../../src/model/ontology.ts";
import type { Evidence, NodeAttributes } from "../../../src/model/types.ts";
import { edgeAttributesOf } from "../../../src/io/evidence.ts";

const DOC1 = "nk-russia-troops.txt";
const DOC2 = "follow-up & <analysis>.txt";

type EntityRow = [
  id: string,
  name: string,
  type: EntityType,
  aliases: string[],
  mentions: number,
  x?: number,
  y?: number,
];

const ENTITIES: EntityRow[] = [
  ["north-korea", "North Korea", "Country", ["the North", "Pyongyang"], 9, 10.5, -3.25],
  ["russia", "Russia", "Country", [], 7, 40, 12],
  ["ukraine", "Ukraine", "Country", [], 3],
  ["south-korea", "South Korea", "Country", ["Seoul"], 4],
  ["vladimir-putin", "Vladimir Putin", "Person", ["Putin"], 1],
  ["joint-chiefs-of-staff", "Joint Chiefs of Staff", "Organization", ["JCS", "The Joint Chiefs"], 2],
  ["national-intelligence-service", "National Intelligence Service", "Organization", ["NIS"], 1],
  ["short-range-ballistic-missile", "short-range ballistic missile", "WeaponSystem", [], 1],
  [
    "170mm-self-propelled-howitzer",
    '170mm "self-propelled" howitzer <M1989> & co\u0001',
    "WeaponSystem",
    [],
    1,
  ],
];

function ev(
  doc: string,
  sentence: string,
  trigger: string,
  rule: string,
  date: string | null,
  extra: Partial<Evidence> = {},
): Evidence {
  return {
    doc,
    sentence,
    start: 100,
    end: 100 + sentence.length,
    trigger,
    rule,
    modality: "asserted",
    date,
    ...extra,
  };
}

type RelationRow = [source: string, relation: RelationType, target: string, evidence: Evidence[]];

function relations(dated: boolean): RelationRow[] {
  const d1 = dated ? "2025-03-27" : null;
  const d2 = dated ? "2025-04-02" : null;
  return [
    [
      "north-korea",
      "supplies",
      "russia",
      [
        ev(
          DOC1,
          "South Korea’s Joint Chiefs of Staff reported on Thursday that North Korea has also been supplying Russia with missiles, artillery, and ammunition.",
          "supplying",
          "svo-active",
          d1,
        ),
        ev(
          DOC2,
          'Pyongyang "shipped" shells to Moscow\nagain, officials said.',
          "shipped",
          "svo-active",
          d2,
          { headline: false },
        ),
      ],
    ],
    [
      "north-korea",
      "supplies",
      "short-range-ballistic-missile",
      [
        ev(
          DOC1,
          "The military supplies North Korea has sent to Russia include a substantial quantity of short-range ballistic missiles.",
          "sent",
          "supply-include",
          d1,
        ),
      ],
    ],
    [
      "north-korea",
      "supplies",
      "170mm-self-propelled-howitzer",
      [
        ev(
          DOC1,
          "…170mm self-propelled howitzers, and around 220 units of 240mm multiple rocket launchers.",
          "sent",
          "supply-include",
          d1,
        ),
      ],
    ],
    [
      "joint-chiefs-of-staff",
      "assesses",
      "north-korea",
      [
        ev(
          DOC1,
          "The Joint Chiefs estimate that about 4,000 of those troops have either been killed or injured.",
          "estimate",
          "say-that",
          d1,
        ),
      ],
    ],
    [
      "joint-chiefs-of-staff",
      "affiliated_with",
      "south-korea",
      [ev(DOC1, "South Korea’s Joint Chiefs of Staff reported on Thursday.", "’s", "possessive-org", d1)],
    ],
    [
      "national-intelligence-service",
      "assesses",
      "north-korea",
      [
        ev(
          DOC1,
          "South Korea’s National Intelligence Service had previously attributed the high casualty rate among North Korean forces to drones.",
          "attributed",
          "say-that",
          d1,
        ),
        ev(DOC2, "The NIS said North Korea may send more troops.", "said", "say-that", d2, {
          modality: "possible",
        }),
      ],
    ],
    [
      "national-intelligence-service",
      "affiliated_with",
      "south-korea",
      [
        ev(DOC1, "South Korea’s National Intelligence Service.", "’s", "possessive-org", d1, {
          headline: true,
        }),
      ],
    ],
    [
      "vladimir-putin",
      "affiliated_with",
      "russia",
      [ev(DOC1, "Russian President Vladimir Putin’s war in Ukraine.", "President", "appositive-title", d1)],
    ],
    [
      "russia",
      "meets",
      "ukraine",
      [ev(DOC1, "Russia and Ukraine recently agreed to a limited ceasefire.", "agreed", "meeting", d2)],
    ],
  ];
}

/** The article-like graph; `dated: false` gives the same graph with no dates (a static GEXF). */
export function articleGraph(options: { dated?: boolean } = {}): KgGraph {
  const graph = createKgGraph();
  for (const [id, name, type, aliases, mentions, x, y] of ENTITIES) {
    const attrs: NodeAttributes = {
      name,
      type,
      aliases,
      mentions,
      docs: id === "russia" ? [DOC1, DOC2] : [DOC1],
    };
    if (x !== undefined && y !== undefined) Object.assign(attrs, { x, y });
    graph.addNode(id, attrs);
  }
  for (const [source, relation, target, evidence] of relations(options.dated ?? true)) {
    graph.addEdgeWithKey(
      edgeKey(source, relation, target),
      source,
      target,
      edgeAttributesOf(relation, evidence),
    );
  }
  return graph;
}
