/**
 * The word lists list-location reads (place-lists.ts), read since session 39 (helper rev39a) from
 * the lexicon value's stage words (placeListOpeners, placeListEnds, nameSpeechVerbs) where the
 * module built sets of its own: each case gives one text under the built-in lexicon and under one
 * with the key's list emptied.
 */
import { describe, expect, it } from "vitest";
import { entities, withoutList } from "./_under-lexicon.ts";

describe("placeListOpeners: a word opening a phrase after a two-name list closed by a comma", () => {
  it("'in' after 'Sangley Point, Cavite,' makes Cavite a place only while it is listed", () => {
    const text = "The ceremony was held in Sangley Point, Cavite, in an occasion graced by the minister.";
    expect(entities(text)).toContain("Cavite/Location");
    expect(entities(text, withoutList("placeListOpeners"))).not.toContain("Cavite/Location");
  });
});

describe("placeListEnds: a word ending the phrase of a two-name list joined by a comma", () => {
  it("'.' after 'Kherson, Zolochiv' makes Zolochiv a place only while it is listed", () => {
    const text = "The drones struck Kherson, Zolochiv.";
    expect(entities(text)).toContain("Zolochiv/Location");
    expect(entities(text, withoutList("placeListEnds"))).not.toContain("Zolochiv/Location");
  });
});

describe("nameSpeechVerbs: a verb of speech after a list's unknown last member", () => {
  it("'said' after 'Odesa and Energatom' keeps Energatom from being a place only while it is listed", () => {
    const text = "Drones struck Odesa and Energatom said power was cut to the plant.";
    expect(entities(text)).not.toContain("Energatom/Location");
    expect(entities(text, withoutList("nameSpeechVerbs"))).toContain("Energatom/Location");
  });
});
