/**
 * Seeded generator of short, varied news texts for the write tests: each names two countries
 * in a supply sentence (so each document yields evidence) and adds context sentences.
 */
import { createRandom } from "../../src/graph/prng.ts";

/** The seeded PRNG of the tests (mulberry32). */
export const seededRandom = createRandom;

const COUNTRIES = [
  "Iran",
  "Russia",
  "Belarus",
  "China",
  "Ukraine",
  "Poland",
  "Germany",
  "France",
  "Japan",
  "Turkey",
  "India",
  "Brazil",
  "Egypt",
  "Israel",
  "Syria",
  "Serbia",
];
const CITIES = ["Geneva", "Vienna", "Istanbul", "Warsaw", "Cairo", "Delhi", "Tokyo", "Berlin"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const ITEMS = ["artillery shells", "drones", "ammunition", "air defence systems", "armoured vehicles"];

/** An article for the POST /api/documents body. */
export interface GeneratedArticle {
  title: string;
  text: string;
  date: string;
  /** The supplier and recipient named in its supply sentence. */
  supplier: string;
  recipient: string;
}

/** `count` different articles (distinct supplier/recipient pairs), reproducible for a seed. */
export function generateArticles(count: number, seed = 7): GeneratedArticle[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const pairs: [string, string][] = [];
  for (const a of COUNTRIES) for (const b of COUNTRIES) if (a !== b) pairs.push([a, b]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j] as [string, string], pairs[i] as [string, string]];
  }
  return pairs.slice(0, count).map(([supplier, recipient], i) => {
    const day = pick(DAYS);
    const text = [
      `${supplier} supplied ${recipient} with ${pick(ITEMS)}, officials in ${pick(CITIES)} said on ${day}.`,
      `The deliveries began last year, according to the report.`,
      `The report, number ${i + 1} in this series, could not be independently verified.`,
    ].join(" ");
    const date = `2025-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, "0")}`;
    return { title: `${supplier} and ${recipient}, report ${i + 1}`, text, date, supplier, recipient };
  });
}
