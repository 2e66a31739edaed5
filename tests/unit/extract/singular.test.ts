/**
 * words.ts singular: a word not ending in "s" is its own singular without a memo lookup, unless the
 * table of irregular plurals makes it another; every other word goes through the memo as before.
 * The answers are those the rules give (session 37, speed37: the shortcut takes ~80% of the calls).
 */
import { describe, expect, it } from "vitest";
import { singular } from "../../../src/extract/words.ts";

describe("singular", () => {
  it("leaves a word not ending in s as it is", () => {
    for (const w of ["tank", "aircraft", "personnel", "ammunition", "artillery", "", "HIMARS", "minister"])
      expect(singular(w)).toBe(w);
  });
  it("reads plurals by the rules and the irregulars table", () => {
    expect(singular("missiles")).toBe("missile");
    expect(singular("batteries")).toBe("battery");
    expect(singular("launches")).toBe("launch");
    expect(singular("forces")).toBe("force");
    expect(singular("uavs")).toBe("uav");
    expect(singular("news")).toBe("news");
    expect(singular("series")).toBe("series");
    expect(singular("class")).toBe("class");
    expect(singular("bus")).toBe("bus");
  });
});
