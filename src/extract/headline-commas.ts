/**
 * Headline commas: a headline joins the two names of its subject with a comma where a body
 * sentence writes "and" ("Xi, Putin meet in Moscow", "Peru, Brazil sign military cooperation
 * agreement"). Such a comma is read as "and" (its lower-case form and key; its text and its tag,
 * PUNCT, stay as printed), so that the two names are the coordinated subject of the verb that
 * follows them, as in "Xi and Putin meet".
 */
import type { Sentence, Token } from "./types.ts";
import { lemmaOf } from "./lemma.ts";
import { isThirdPersonForm } from "./words.ts";

/** Most words of each name of a headline's subject ("South Korea", "United Arab Emirates"). */
const NAME_WORDS = 4;

/**
 * Reads as "and" the comma of each headline line that opens with two names joined by it, the
 * second followed by the line's verb in its base form, as a plural subject takes it in a headline's
 * present ("meet", "sign"; not "says", "said" nor a gerund: "MOSCOW, Russia said" is a dateline's
 * comma). Tokens change in place.
 */
export function readHeadlineCommas(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    if (!s.headline) continue;
    const comma = nameEnd(s.tokens, 0);
    if (comma === 0 || s.tokens[comma]?.text !== ",") continue;
    const verbAt = nameEnd(s.tokens, comma + 1);
    const verb = s.tokens[verbAt];
    if (verbAt === comma + 1 || verb?.pos !== "VERB") continue;
    if (!baseForm(verb.lower)) continue;
    const t = s.tokens[comma] as Token;
    t.lower = "and";
    t.key = "and";
  }
}

/** A verb's past or gerund ending. */
const INFLECTED = /(?:ed|ing)$/u;

/** True when a verb form is its base form: no "-s", "-ed" or "-ing", and no irregular past ("met"). */
function baseForm(lower: string): boolean {
  return !isThirdPersonForm(lower) && !INFLECTED.test(lower) && lemmaOf(lower, "VERB") === lower;
}

/** Where a name (a run of at most NAME_WORDS words tagged PROPN) that opens at `from` ends. */
function nameEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < from + NAME_WORDS && tokens[k]?.pos === "PROPN") k++;
  return k;
}
