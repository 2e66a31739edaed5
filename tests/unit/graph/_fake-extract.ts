/**
 * A tiny deterministic extractor for graph-layer tests: a gazetteer of names and a few
 * "A verb B" patterns, with real sentence offsets, so the store and merge can be tested
 * without the NLP pipeline.
 */
import { slugify } from "../../../src/model/ids.ts";
import type { EntityType, Modality, RelationType } from "../../../src/model/ontology.ts";
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  SourceDocument,
} from "../../../src/model/types.ts";

/** Names the fake extractor knows: [name, type, aliases]. */
export const GAZETTEER: [string, EntityType, string[]][] = [
  ["Kim Jong Un", "Person", ["Kim"]],
  ["Sergei Shoigu", "Person", ["Shoigu"]],
  ["North Korea", "Country", ["the North"]],
  ["Russia", "Country", []],
  ["Ukraine", "Country", []],
  ["South Korea", "Country", []],
  ["Iran", "Country", []],
  ["KN-23", "WeaponSystem", []],
];

const VERBS: [RegExp, RelationType][] = [
  [/\b(supplies|supplied|sent|send|ships)\b/, "supplies"],
  [/\b(met|meets)\b/, "meets"],
  [/\b(says|said|assesses)\b/, "assesses"],
];

/** Extracts entities (first matching surface form per name) and one relation per sentence. */
export function fakeExtract(doc: SourceDocument): Extraction {
  return extractWith(GAZETTEER, doc);
}

/** A fake extractor knowing other names. */
export function createFakeExtract(
  gazetteer: [string, EntityType, string[]][],
): (doc: SourceDocument) => Extraction {
  return (doc) => extractWith(gazetteer, doc);
}

function extractWith(gazetteer: [string, EntityType, string[]][], doc: SourceDocument): Extraction {
  const entities = new Map<string, ExtractedEntity>();
  const relations = new Map<string, ExtractedRelation>();
  const hedged = new Map<string, ExtractedRelation>();
  for (const m of doc.text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const sentence = m[0];
    const start = m.index;
    const found: { id: string; at: number }[] = [];
    for (const [name, type, aliases] of gazetteer) {
      const forms = [name, ...aliases].sort((a, b) => b.length - a.length);
      for (const form of forms) {
        const at = sentence.search(new RegExp(`\\b${form.replace(/[-]/g, "\\-")}\\b`));
        if (at < 0) continue;
        const id = slugify(form === name || aliases.length === 0 ? name : form);
        const e = entities.get(id) ?? { id, name: form, type, aliases: [], mentions: 0 };
        e.mentions++;
        entities.set(id, e);
        found.push({ id, at });
        break;
      }
    }
    found.sort((a, b) => a.at - b.at);
    if (found.length < 2) continue;
    for (const [re, relation] of VERBS) {
      const verb = re.exec(sentence);
      if (!verb) continue;
      const modality: Modality = /\bmay\b/.test(sentence) ? "possible" : "asserted";
      const [a, b] = found as unknown as [{ id: string }, { id: string }];
      const key = `${a.id}|${relation}|${b.id}`;
      const target = modality === "asserted" ? relations : hedged;
      const r = target.get(key) ?? { source: a.id, relation, target: b.id, evidence: [] };
      r.evidence.push({
        doc: doc.id,
        sentence,
        start,
        end: start + sentence.length,
        trigger: verb[0],
        rule: "fake",
        modality,
      });
      target.set(key, r);
      break;
    }
  }
  return {
    entities: [...entities.values()],
    relations: [...relations.values()],
    hedged: [...hedged.values()],
  };
}
