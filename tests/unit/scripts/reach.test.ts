/**
 * The reach diagnostic (scripts/reach.ts) sorts each required gold triple kg misses by what a
 * sentence-pair model could do with it: an end kg never found (a), ends never in one sentence
 * (b, with their distance and link), ends in one sentence (c1, with whether stage 5b makes the
 * pair a candidate); a triple kg finds is no miss.
 */
import { describe, expect, it } from "vitest";
import { classifyMisses, type Miss } from "../../../scripts/reach.ts";
import type { Gold } from "../../../src/eval/gold.ts";

const TEXT =
  "General Ana Silva met Piotr Nowak in Warsaw on Monday. The Zorvan Mk7 drones were handed over on Friday. " +
  "They came from Iran. Russia shipped rifles to Serbia. Iran's drones, shipped to Armenia by sea, were used in Ukraine.";

const entity = (id: string, name: string, type: string): Gold["entities"][number] =>
  ({ id, name, type, aliases: [] }) as unknown as Gold["entities"][number];
const triple = (source: string, relation: string, target: string): Gold["relations"][number] =>
  ({ source, relation, target }) as unknown as Gold["relations"][number];

const GOLD = {
  doc: "t.txt",
  entities: [
    entity("silva", "Ana Silva", "Person"),
    entity("nowak", "Piotr Nowak", "Person"),
    entity("iran", "Iran", "Country"),
    entity("zorvan", "Zorvan Mk7", "WeaponSystem"),
    entity("serbia", "Serbia", "Country"),
    entity("russia", "Russia", "Country"),
    entity("armenia", "Armenia", "Country"),
    entity("poland", "Poland", "Country"),
  ],
  relations: [
    triple("silva", "meets", "nowak"),
    triple("russia", "supplies", "serbia"),
    triple("iran", "supplies", "zorvan"),
    triple("silva", "affiliated_with", "poland"),
    triple("iran", "supplies", "armenia"),
  ],
} as unknown as Gold;

const { misses, required } = classifyMisses(GOLD, { id: "t.txt", text: TEXT, meta: {} }, "t");
const missOf = (source: string, target: string): Miss | undefined =>
  misses.find((m) => m.source === source && m.target === target);

describe("the reach diagnostic", () => {
  it("counts every required triple and lists no triple kg found", () => {
    expect(required).toBe(5);
    expect(missOf("silva", "nowak")).toBeUndefined();
    expect(missOf("russia", "serbia")).toBeUndefined();
  });

  it("puts an end kg never found in class a, with its type and whether the text spells it", () => {
    expect(missOf("silva", "poland")).toMatchObject({ cls: "a", detail: "poland:Country:unnamed" });
  });

  it("puts ends of adjacent sentences in class b, with their distance", () => {
    expect(missOf("iran", "zorvan")).toMatchObject({ cls: "b" });
    expect(missOf("iran", "zorvan")?.detail).toMatch(/^d1 /);
  });

  it("puts ends of one sentence in class c1, saying whether stage 5b makes them a candidate", () => {
    expect(missOf("iran", "armenia")).toMatchObject({ cls: "c1" });
    expect(missOf("iran", "armenia")?.detail).toMatch(/^cand /);
  });
});
