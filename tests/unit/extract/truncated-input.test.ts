/**
 * A document may stop anywhere: a pasted excerpt, a capped page or a feed item ends mid-sentence,
 * after a conjunction, a possessive or an open quote. Every prefix of a passage rich in names,
 * titles, possessives, lists and quotes extracts without throwing, and every piece of evidence
 * still points at its sentence. A document may also start anywhere, in the middle of a clause. (Session 23: documents ending on a
 * capitalised name and "and", on a sentence's opening "The", on "its" and a few lower-case words or on a
 * model's opening bracket, and documents starting with a relative clause, threw a TypeError.)
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/index.ts";

const passage =
  "His Majesty's Armed Forces and the Royal Navy of Oman signed a deal with Lurssen Werft & Co. " +
  "on Monday, the ministry said. Defence Minister Sayyid Shihab bin Tarik, Oman's deputy prime minister, " +
  "met Germany's Federal Minister of Defence Boris Pistorius and Major General (retd) Ali Al-Balushi in Muscat. " +
  '"We welcome the delivery of two corvettes from Germany," said Col. Hamad Al-Rashdi, the navy\'s ' +
  "spokesman, adding that Iran's claims were false (according to Reuters).\n\nThe NDU Commandant Maj. Gen. " +
  "Paul Otieno said the college would spend much of its national budget on its new commander, Brig. Jane Wafula. " +
  "Washington delivered 20 Mine-Resistant Ambush Protected (MRAP) vehicles to Nairobi, which the army, " +
  "the ministry said, would use - in time - on the border. Kenya, Uganda and";

/** Every cut of the passage at a space, a punctuation mark or the end of a word. */
function cuts(text: string): number[] {
  const at = new Set<number>([text.length]);
  for (let i = 1; i < text.length; i++) if (/[\s,.;:'"()&-]/.test(text[i] as string)) at.add(i);
  return [...at].sort((a, b) => a - b);
}

describe("a document that stops in the middle of a sentence", () => {
  it("extracts every prefix of a passage without throwing, with evidence inside the text", () => {
    for (const end of cuts(passage)) {
      const text = passage.slice(0, end);
      const x = extractDocument({ id: "cut.txt", text, meta: {} });
      for (const r of x.relations)
        for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it("extracts every suffix of the passage, as a document that starts in the middle of a sentence", () => {
    for (const start of cuts(passage)) {
      const text = passage.slice(start);
      const x = extractDocument({ id: "cut.txt", text, meta: {} });
      for (const r of x.relations)
        for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it("extracts documents that open on a relative clause", () => {
    for (const text of [
      "which backs Chile's maritime security, the agency said. The sale is worth $1.2 billion.",
      "who accused the Peruvian government of lying, said Bolivia sent pilots to fly the jets.",
    ])
      expect(() => extractDocument({ id: "relative.txt", text, meta: {} })).not.toThrow();
  });

  it("extracts a document whose last words are a name and a conjunction", () => {
    const text = "The talks were attended by engineers of Vantaro Marine and";
    expect(() => extractDocument({ id: "and.txt", text, meta: {} })).not.toThrow();
  });

  it("extracts a document cut inside an office's portfolio after a titled name", () => {
    const text =
      "The meeting was attended by the Secretary General.\nHis Excellency Khalid bin Saeed Al Mansoori, Minister of State for De";
    expect(() => extractDocument({ id: "portfolio.txt", text, meta: {} })).not.toThrow();
  });
});
