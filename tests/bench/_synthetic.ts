/**
 * Synthetic news for the store benchmark: articles built from varied templates over Zipf-like
 * pools of people, countries, organisations, weapons and places, each with the extraction its
 * templates imply (entities, and relations whose evidence offsets point into the text).
 */
import { createRandom } from "../../src/graph/prng.ts";
import { slugify } from "../../src/model/ids.ts";
import type { EntityType, RelationType } from "../../src/model/ontology.ts";
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  SourceDocument,
} from "../../src/model/types.ts";

const FIRST = [
  "Anna",
  "Ivan",
  "Lee",
  "Ali",
  "John",
  "Maria",
  "Omar",
  "Chen",
  "Yuki",
  "Pierre",
  "Olga",
  "Ahmed",
];
const LAST = [
  "Petrova",
  "Kim",
  "Rahimi",
  "Miller",
  "Sato",
  "Dubois",
  "Haddad",
  "Wang",
  "Novak",
  "Silva",
  "Khan",
];
/** Countries, as one "|"-separated line of data. */
const COUNTRIES =
  "Iran|Russia|Ukraine|China|Taiwan|Israel|Japan|Turkey|Germany|France|Poland|Belarus|India|Pakistan|Syria|Egypt|Brazil|Serbia|Nigeria|Kenya".split(
    "|",
  );
const ORG_HEADS = [
  "Ministry of Defence of",
  "Army of",
  "National Guard of",
  "Intelligence Service of",
  "Navy of",
];
const WEAPONS = [
  "Shahed-136 drones",
  "KN-23 missiles",
  "HIMARS launchers",
  "Patriot systems",
  "F-16 jets",
  "Gripen jets",
  "Bayraktar drones",
  "T-90 tanks",
  "K2 tanks",
  "Iskander missiles",
];
const CITIES = [
  "Geneva",
  "Vienna",
  "Istanbul",
  "Warsaw",
  "Cairo",
  "Delhi",
  "Tokyo",
  "Berlin",
  "Seoul",
  "Nairobi",
];

/** One template: its sentence from slot values, and the relation it states (slot indices). */
interface Template {
  slots: EntityType[];
  text: (v: string[]) => string;
  relation?: [number, RelationType, number];
}
const TEMPLATES: Template[] = [
  {
    slots: ["Country", "Country", "WeaponSystem"],
    text: (v) => `${v[0]} has supplied ${v[1]} with ${v[2]}, officials said.`,
    relation: [0, "supplies", 1],
  },
  {
    slots: ["Person", "Person", "Location"],
    text: (v) => `${v[0]} met ${v[1]} in ${v[2]} on Tuesday.`,
    relation: [0, "meets", 1],
  },
  {
    slots: ["Organization", "Country"],
    text: (v) => `The ${v[0]} assessed that ${v[1]} was preparing new deliveries.`,
    relation: [0, "assesses", 1],
  },
  {
    slots: ["Person", "Country"],
    text: (v) => `${v[0]}, a senior official of ${v[1]}, declined to comment.`,
    relation: [0, "affiliated_with", 1],
  },
  {
    slots: ["Country", "WeaponSystem", "Country"],
    text: (v) => `${v[0]} delivered ${v[1]} to ${v[2]} last month.`,
    relation: [0, "supplies", 2],
  },
  {
    slots: ["Location"],
    text: (v) => `In ${v[0]}, analysts noted that the economy had slowed over the summer.`,
  },
  { slots: [], text: () => `Talks on a ceasefire resumed after a pause of several weeks.` },
];

/** A pool of names per type, drawn Zipf-like so that a few are everywhere (as in the news). */
function namePools(): Record<EntityType, string[]> {
  const people = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
  return {
    Person: people,
    Country: COUNTRIES,
    Organization: COUNTRIES.flatMap((c) => ORG_HEADS.map((h) => `${h} ${c}`)),
    WeaponSystem: WEAPONS,
    Location: CITIES,
  };
}

/** A synthetic article and the extraction its templates imply (offsets exact). */
export function syntheticArticle(n: number, seed: number): { doc: SourceDocument; extraction: Extraction } {
  const random = createRandom(seed + n * 7919);
  const pools = namePools();
  const pick = (type: EntityType): string => {
    const list = pools[type];
    return list[Math.floor(list.length * random() ** 2.5)] as string;
  };
  const id = `synthetic-${String(n).padStart(6, "0")}.txt`;
  const entities = new Map<string, ExtractedEntity>();
  const relations = new Map<string, ExtractedRelation>();
  let text = `Report ${n}: regional security update\n\n`;
  const sentences = 6 + Math.floor(random() * 5);
  for (let s = 0; s < sentences; s++) {
    const t = TEMPLATES[Math.floor(random() * TEMPLATES.length)] as Template;
    const values = t.slots.map(pick);
    const sentence = t.text(values);
    const start = text.length;
    text += `${sentence} `;
    const ids = values.map((v, i) => {
      const eid = slugify(v);
      const e = entities.get(eid) ?? {
        id: eid,
        name: v,
        type: t.slots[i] as EntityType,
        aliases: [],
        mentions: 0,
      };
      e.mentions++;
      entities.set(eid, e);
      return eid;
    });
    if (!t.relation) continue;
    const [a, relation, b] = t.relation;
    const [source, target] = [ids[a] as string, ids[b] as string];
    if (source === target) continue;
    const key = `${source}|${relation}|${target}`;
    const r = relations.get(key) ?? { source, relation, target, evidence: [] };
    r.evidence.push({
      doc: id,
      sentence,
      start,
      end: start + sentence.length,
      trigger: "t",
      rule: "synthetic",
      modality: "asserted",
    });
    relations.set(key, r);
  }
  text += `\n(Report number ${n}.)\n`;
  const meta = {
    title: `Report ${n}`,
    outlet: "Synthetic Wire",
    date: `2025-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`,
  };
  return {
    doc: { id, text, meta },
    extraction: { entities: [...entities.values()], relations: [...relations.values()], hedged: [] },
  };
}
