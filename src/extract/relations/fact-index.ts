/**
 * A document's facts indexed for the rules that find the supplier of a transfer whose clause names
 * none (unnamed-suppliers.ts and the modules it calls: signed-partners.ts, receipt-back.ts,
 * deal-register.ts, nearest-supplier.ts through shared.ts suppliesInReach): its affiliations by
 * either end and its supplies by sentence, built once per document where each transfer's rules
 * scanned every fact again. The facts those rules credit while they run are added to it, so it
 * stays the facts' own.
 */
import type { Fact } from "../types.ts";

/** The facts of a document by the keys the unnamed-supplier rules look them up by. */
export interface FactIndex {
  /** The supplies facts told in sentence `s`, in the order of the document's facts. */
  suppliesIn(s: number): readonly Fact[];
  /** True when the document affiliates `source` with `target` ("the Greek Air Force" with Greece). */
  affiliated(source: string, target: string): boolean;
  /** The names the document affiliates with `target` (its bodies, its officials). */
  affiliatesOf(target: string): ReadonlySet<string>;
  /** Adds a fact pushed to the document's facts after the index was built. */
  add(f: Fact): void;
}

const NONE: ReadonlySet<string> = new Set();
const NO_FACTS: readonly Fact[] = [];

/** The index of `facts`, read in one pass. */
export function indexFacts(facts: readonly Fact[]): FactIndex {
  const supplies = new Map<number, Fact[]>();
  const targetsOf = new Map<string, Set<string>>();
  const sourcesOf = new Map<string, Set<string>>();
  const add = (f: Fact): void => {
    if (f.relation === "supplies") {
      const list = supplies.get(f.sentence);
      if (list) list.push(f);
      else supplies.set(f.sentence, [f]);
    } else if (f.relation === "affiliated_with") {
      targetsOf.set(f.source, (targetsOf.get(f.source) ?? new Set()).add(f.target));
      sourcesOf.set(f.target, (sourcesOf.get(f.target) ?? new Set()).add(f.source));
    }
  };
  for (const f of facts) add(f);
  return {
    suppliesIn: (s) => supplies.get(s) ?? NO_FACTS,
    affiliated: (source, target) => targetsOf.get(source)?.has(target) ?? false,
    affiliatesOf: (target) => sourcesOf.get(target) ?? NONE,
    add,
  };
}
