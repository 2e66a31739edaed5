/**
 * Part-of-speech accuracy: the tagger (wink-nlp's statistical tagger overridden by kg's lexicons)
 * against hand-checked tags of news sentences, and the clause boundaries its verbs give.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument, extractDocumentDetailed } from "../../../src/extract/index.ts";

interface TaggedSentence {
  text: string;
  /** "word/TAG word/TAG …" in the tokenizer's tokens. */
  tagged: string;
}

const FIXTURE = new URL("../../fixtures/pos-tags.json", import.meta.url);
const sentences = (JSON.parse(readFileSync(FIXTURE, "utf8")) as { sentences: TaggedSentence[] }).sentences;

/** The accuracy of the tags kg gives against the hand-checked ones, with the misses listed. */
function measure(): { tokens: number; correct: number; misses: string[] } {
  let tokens = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const s of sentences) {
    const gold = s.tagged.split(" ").map((wt) => {
      const at = wt.lastIndexOf("/");
      return { word: wt.slice(0, at), tag: wt.slice(at + 1) };
    });
    const got = extractDocumentDetailed({ id: "pos.txt", text: s.text, meta: {} }).sentences.flatMap(
      (x) => x.tokens,
    );
    expect(
      got.map((t) => t.text),
      s.text,
    ).toEqual(gold.map((g) => g.word));
    gold.forEach((g, i) => {
      tokens++;
      const tag = got[i]?.pos;
      if (tag === g.tag) correct++;
      else misses.push(`${g.word}: ${tag} for ${g.tag}`);
    });
  }
  return { tokens, correct, misses };
}

describe("part-of-speech tagging", () => {
  it("labels at least 300 hand-checked tokens", () => {
    expect(measure().tokens).toBeGreaterThanOrEqual(300);
  });

  it("tags at least 96% of the hand-checked tokens right", () => {
    const { tokens, correct, misses } = measure();
    const accuracy = correct / tokens;
    console.log(
      `tagging accuracy ${(accuracy * 100).toFixed(1)}% (${correct}/${tokens}); misses: ${misses.join("; ")}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.96);
  });

  it("tags a verb that is in no trigger list as a verb, so the clause after a comma and 'and' is its own", () => {
    const x = extractDocument({
      id: "t.txt",
      text: "Turkey sold drones to Ukraine, and Iran lends missiles to Russia.",
      meta: {},
    });
    const triples = x.relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
    expect(triples).toContain("turkey supplies ukraine");
    expect(triples).toContain("iran supplies russia");
    expect(triples).not.toContain("turkey supplies russia");
  });
});
