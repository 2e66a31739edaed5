// Entity ids and edge keys: the identities every layer relies on.
import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/graph/prng.ts";
import { edgeKey, parseEdgeKey, slugify } from "../../../src/model/ids.ts";
import { NOT_LETTERS_OR_DIGITS, plainLowerCase } from "../../../src/model/letters.ts";

describe("slugify", () => {
  it.each([
    ["Kim Jong Un", "kim-jong-un"],
    ["South Korea's Joint Chiefs of Staff", "south-koreas-joint-chiefs-of-staff"],
    ["RQ-4B Global Hawk", "rq-4b-global-hawk"],
    ["Volodymyr Zelensky", "volodymyr-zelensky"],
    ["Recep Tayyip Erdoğan", "recep-tayyip-erdogan"],
    ["170mm self-propelled howitzer", "170mm-self-propelled-howitzer"],
    // Stroked letters written plainly, and a leading "the" kept (unlike the name keys of foldName).
    ["Mariusz Błaszczak", "mariusz-blaszczak"],
    ["The Pentagon", "the-pentagon"],
  ])("turns %s into %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("never returns an empty id", () => {
    expect(slugify("!!!")).toBe("entity");
  });

  // Ids are stored: the quick path for ASCII names must give what the folding always gave.
  const folded = (name: string): string =>
    plainLowerCase(name)
      .replace(/[łŁıøØđĐ]/gu, (c) => ({ ł: "l", Ł: "L", ı: "i", ø: "o", Ø: "O", đ: "d", Đ: "D" })[c] ?? c)
      .replace(/['’]/g, "")
      .replace(NOT_LETTERS_OR_DIGITS, "-")
      .replace(/^-+|-+$/g, "") || "entity";

  it.each([
    ["O'Brien", "obrien"],
    ["'Abd al-Rahman'", "abd-al-rahman"],
    ["  -- U.S. ", "u-s"],
    ["Type 055", "type-055"],
    ["a ' b", "a-b"],
    ["'", "entity"],
    ["x", "x"],
  ])("gives %s the folded slug %s", (name, slug) => {
    expect(folded(name)).toBe(slug);
    expect(slugify(name)).toBe(slug);
  });

  it("gives every ASCII name, and names with letters beyond it, the folded slug", () => {
    const random = createRandom(39);
    // Letters, digits and the separators names hold, any ASCII character, and (one name in four) letters beyond ASCII.
    const common = "aZ09 -'.,()/&_";
    const beyond = "ŁéŒ’ßı";
    const pick = (ascii: boolean): string => {
      const r = random();
      if (r < 0.6) return common[Math.floor(random() * common.length)] as string;
      if (ascii || r < 0.85) return String.fromCharCode(Math.floor(random() * 128));
      return beyond[Math.floor(random() * beyond.length)] as string;
    };
    for (let n = 0; n < 20_000; n++) {
      let name = "";
      for (let k = Math.floor(random() * 14); k > 0; k--) name += pick(n % 4 !== 0);
      expect(slugify(name), JSON.stringify(name)).toBe(folded(name));
    }
  });
});

describe("edgeKey", () => {
  it("keeps the direction of a directed relation", () => {
    expect(edgeKey("north-korea", "supplies", "russia")).toBe("north-korea|supplies|russia");
  });

  it("orders the ends of a symmetric relation, so both directions give one edge", () => {
    expect(edgeKey("sergei-shoigu", "meets", "kim-jong-un")).toBe(
      edgeKey("kim-jong-un", "meets", "sergei-shoigu"),
    );
  });

  it("parses back into its parts and rejects what is not a key", () => {
    expect(parseEdgeKey("a|supplies|b")).toEqual({ source: "a", relation: "supplies", target: "b" });
    expect(parseEdgeKey("a|b")).toBeNull();
    expect(parseEdgeKey("a||b")).toBeNull();
  });
});
