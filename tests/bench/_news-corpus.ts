/**
 * The extraction bench's corpus: the first article, then seeded news-like documents of about 6 kB
 * built from sentence templates over many actors, until the corpus reaches the wanted size. Shared
 * by the extract bench and the scripts that profile or snapshot extraction over the same text.
 */
import { readFileSync } from "node:fs";
import { createRandom } from "../../src/graph/prng.ts";
import { FIRST_ARTICLE } from "../_fixtures.ts";

const DOC_BYTES = 6_000;

const SLOTS: Record<string, string[]> = {
  C: [
    "Iran",
    "Russia",
    "North Korea",
    "Ukraine",
    "China",
    "Taiwan",
    "Israel",
    "the United States",
    "Japan",
    "South Korea",
    "Turkey",
    "Germany",
    "France",
    "Poland",
    "Belarus",
    "India",
    "Pakistan",
    "Syria",
    "Lebanon",
    "Egypt",
  ],
  D: [
    "Iranian",
    "Russian",
    "North Korean",
    "Ukrainian",
    "Chinese",
    "Israeli",
    "US",
    "Japanese",
    "South Korean",
    "Turkish",
    "German",
    "French",
    "Polish",
  ],
  P: [
    "Vladimir Putin",
    "Kim Jong Un",
    "Volodymyr Zelensky",
    "Xi Jinping",
    "Benjamin Netanyahu",
    "Antony Blinken",
    "Sergei Lavrov",
    "Recep Tayyip Erdogan",
    "Emmanuel Macron",
    "Anna Petrova",
    "John Miller",
    "Lee Min-ho",
    "Ali Rahimi",
  ],
  O: [
    "NATO",
    "the Pentagon",
    "the IAEA",
    "KCNA",
    "TASS",
    "Hamas",
    "Hezbollah",
    "the Joint Chiefs of Staff",
    "the National Intelligence Service",
    "the Kremlin",
    "the CIA",
    "the Ministry of Defence",
  ],
  W: [
    "Shahed-136 drones",
    "short-range ballistic missiles",
    "170mm self-propelled howitzers",
    "KN-23 missiles",
    "HIMARS launchers",
    "Patriot systems",
    "artillery shells",
    "attack drones",
    "anti-tank missiles",
    "F-16 fighter jets",
    "cruise missiles",
    "air defence systems",
  ],
  T: [
    "President",
    "Foreign Minister",
    "Defence Minister",
    "spokesperson",
    "leader",
    "security official",
    "Deputy Foreign Minister",
  ],
  L: ["Moscow", "Kyiv", "Pyongyang", "Tehran", "Beijing", "Kursk", "Gaza", "Crimea", "Seoul", "Geneva"],
};

const TEMPLATES = [
  "{C} has supplied {C} with {W} and {W}, according to {O}.",
  "{D} officials believe that {C} is preparing to send more {W} to {C}.",
  "{D} {T} {P} met {D} {T} {P} in {L} on Tuesday.",
  "The {W} were delivered by {C} to {C} last month, {O} said.",
  "{O} reported that {C} had transferred {W} to {C}.",
  "{C} denied sending {W} to {C}, calling the reports baseless.",
  "{P}, {C}'s foreign minister, said the talks with {C} were productive.",
  "A meeting between {P} and {P} is expected to take place in {L} next month.",
  "“We will continue to support our partners,” {P} told reporters in {L}.",
  "{C} may deliver additional {W} to {C} before the end of the year.",
  "Satellite images published by {O} showed {W} near {L}.",
  "The military aid that {C} has sent to {C} includes {W}, {W} and ammunition.",
  "{C}'s {O} said the strikes near {L} had destroyed several {W}.",
  "In {L}, analysts noted that the economy had slowed sharply over the summer.",
  "Talks on a ceasefire resumed on Monday after a pause of several weeks.",
];

/** Documents of the bench corpus, at least `targetBytes` characters in all, the same for the same seed. */
export function generateNewsCorpus(targetBytes: number, seed: number): string[] {
  const article = readFileSync(FIRST_ARTICLE, "utf8");
  const random = createRandom(seed);
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)] as string;
  const docs: string[] = [article];
  let bytes = article.length;
  while (bytes < targetBytes) {
    let text = `${pick(SLOTS.P as string[])} says ${pick(SLOTS.C as string[])} talks are stalled\n`;
    while (text.length < DOC_BYTES) {
      const sentences: string[] = [];
      for (let i = 0; i < 4; i++)
        sentences.push(
          pick(TEMPLATES).replace(/\{([A-Z])\}/gu, (_, k: string) => pick(SLOTS[k] as string[])),
        );
      text += `${sentences.join(" ")}\n\n`;
    }
    docs.push(text);
    bytes += text.length;
  }
  return docs;
}
