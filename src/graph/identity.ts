/**
 * Cross-document identity: which entity ids of many per-document extractions are one node, and
 * which id, name and type that node gets. Order-independent: the same extractions in any order
 * give the same answer, so a rebuild after removing a document is exact.
 */
import { ENTITY_TYPES, type EntityType } from "../model/ontology.ts";
import type { Extraction } from "../model/types.ts";
import { cachedNameKey, joinKeys, typedKey } from "./names.ts";

/** What identity resolution decided: the node of every entity id, and each node's name and type. */
export interface Identities {
  /** Node id of an entity id (itself when it merges into nothing). */
  nodeOf: ReadonlyMap<string, string>;
  /** Canonical name and type of every node id. */
  nodes: ReadonlyMap<string, { name: string; type: EntityType }>;
}

interface IdInfo {
  names: Map<string, number>;
  keys: Set<string>;
  votes: Map<EntityType, number>;
  mentions: number;
}

/** Small union-find over ids. */
class Clusters {
  private parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(id, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Highest count wins; ties go to the first in `order`. */
function argmax<T>(counts: Map<T, number>, order: readonly T[]): T {
  let best = order[0] as T;
  let bestCount = -1;
  for (const item of order) {
    const c = counts.get(item) ?? -1;
    if (c > bestCount) [best, bestCount] = [item, c];
  }
  return best;
}

/** Adds one extraction's entities to what is known of each id. */
function collectOne(info: Map<string, IdInfo>, ex: Extraction, keyOf: (name: string) => string): void {
  for (const e of ex.entities) {
    let i = info.get(e.id);
    if (!i) info.set(e.id, (i = { names: new Map(), keys: new Set(), votes: new Map(), mentions: 0 }));
    const weight = Math.max(1, e.mentions);
    i.names.set(e.name, (i.names.get(e.name) ?? 0) + weight);
    for (const k of joinKeys(e.type, e.name, e.aliases, keyOf)) i.keys.add(k);
    i.votes.set(e.type, (i.votes.get(e.type) ?? 0) + weight);
    i.mentions += weight;
  }
}

/**
 * Identity resolution in two steps: extractions are added one at a time (a build adds each as it
 * arrives from the extraction threads, while the others are still extracted), then `resolve`
 * decides over all of them. The answer does not depend on the order of the adds. It knows which
 * extraction objects it was given, so a caller can check that they are the ones it resolves.
 */
export class IdentityCollector {
  private readonly keyOf = cachedNameKey();
  private readonly info = new Map<string, IdInfo>();
  private readonly added = new Set<Extraction>();
  private count = 0;

  /** Adds an extraction. */
  add(extraction: Extraction): void {
    this.added.add(extraction);
    this.count++;
    collectOne(this.info, extraction, this.keyOf);
  }

  /** True when the extractions added are exactly these objects, each added once. */
  holdsExactly(extractions: readonly Extraction[]): boolean {
    return (
      extractions.length === this.count &&
      this.added.size === this.count &&
      extractions.every((x) => this.added.has(x))
    );
  }

  /** The identities over every extraction added. */
  resolve(): Identities {
    return resolveCollected(this.info, this.keyOf);
  }
}

/**
 * Orders candidate node ids: more name keys first (the entity that knows the others' names),
 * then more mentions, then the shorter name (singular, plain form), then the smaller id.
 */
function compareHeads(info: Map<string, IdInfo>, nameOf: Map<string, string>, a: string, b: string): number {
  const ia = info.get(a) as IdInfo;
  const ib = info.get(b) as IdInfo;
  return (
    ib.keys.size - ia.keys.size ||
    ib.mentions - ia.mentions ||
    (nameOf.get(a) as string).length - (nameOf.get(b) as string).length ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}

/**
 * Resolves identities across extractions. Entities with the same id are one node. Entities of the
 * same type also merge when a name or alias key is shared, unless two or more entities hold that key
 * only as an alias (an ambiguous short form such as "Kim" for two people). The node id is that of
 * the cluster member holding the most name keys (see compareHeads).
 */
export function resolveIdentities(extractions: readonly Extraction[]): Identities {
  const collector = new IdentityCollector();
  for (const ex of extractions) collector.add(ex);
  return collector.resolve();
}

/** Fewest words of an alias that is another full name of its entity, not a short form of it. */
const FULL_NAME_WORDS = 3;

/**
 * True when an alias key is another full name of its entity ("Armenian Defence Ministry" of "Ministry
 * of Defence of the Republic of Armenia", "Maltese Armed Forces" of "Armed Forces of Malta"): three
 * words or more, and no part of any of its names. Such a key joins like a name: two entities holding
 * it are one, where a short form ("Kim", "Ministry of Defence") held by two is ambiguous.
 */
function fullName(key: string, names: ReadonlySet<string>): boolean {
  if (names.has(key) || key.split(" ").length < FULL_NAME_WORDS) return false;
  for (const name of names) if (name.includes(key)) return false;
  return true;
}

/** resolveIdentities over what was collected of each id. */
function resolveCollected(info: Map<string, IdInfo>, keyOf: (name: string) => string): Identities {
  const ids = [...info.keys()].sort();
  const typeOf = new Map<string, EntityType>();
  const nameOf = new Map<string, string>();
  for (const id of ids) {
    const i = info.get(id) as IdInfo;
    typeOf.set(id, argmax(i.votes, ENTITY_TYPES));
    nameOf.set(id, argmax(i.names, [...i.names.keys()].sort()));
  }
  const byKey = new Map<string, { asName: string[]; asAlias: string[] }>();
  for (const id of ids) {
    const i = info.get(id) as IdInfo;
    const names = new Set([...i.names.keys()].map(keyOf));
    const own = new Set(names);
    for (const key of i.keys) if (fullName(key, names)) own.add(key);
    for (const key of i.keys) {
      const tk = typedKey(typeOf.get(id) as EntityType, key);
      let slot = byKey.get(tk);
      if (!slot) byKey.set(tk, (slot = { asName: [], asAlias: [] }));
      (own.has(key) ? slot.asName : slot.asAlias).push(id);
    }
  }
  const clusters = new Clusters();
  for (const { asName, asAlias } of byKey.values()) {
    const members = asAlias.length <= 1 ? [...asName, ...asAlias] : asName;
    for (let k = 1; k < members.length; k++) clusters.union(members[0] as string, members[k] as string);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = clusters.find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  const nodeOf = new Map<string, string>();
  const nodes = new Map<string, { name: string; type: EntityType }>();
  for (const members of groups.values()) {
    const head = members.reduce((best, id) => (compareHeads(info, nameOf, id, best) < 0 ? id : best));
    for (const id of members) nodeOf.set(id, head);
    nodes.set(head, { name: nameOf.get(head) as string, type: typeOf.get(head) as EntityType });
  }
  return { nodeOf, nodes };
}
