// Entity ids and edge keys: the identities every layer relies on.
import { describe, expect, it } from "vitest";
import { edgeKey, parseEdgeKey, slugify } from "../../../src/model/ids.ts";

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
