/**
 * Relative clauses of service: "X, who works for the IISS, said" and "X, who speaks for the
 * ministry, said" tie the person to the body or country the verb (and its preposition, lexicon
 * titles.json relativeServicePhrases) names next.
 */
import { type SentenceIndex, actorOf } from "../chunks.ts";
import { RELATIVE_SERVICE_PHRASES } from "../lexicon/titles.ts";
import { bodyAt } from "./body-mentions.ts";
import type { Emit } from "./shared.ts";

const PHRASES = RELATIVE_SERVICE_PHRASES.map((p) => p.split(" "));

/** Applies the rule to every named person followed by ", who". */
export function relativeServiceRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const p of ix.mentions) {
    if (p.type !== "Person" || p.kind === "pronoun" || p.kind === "role") continue;
    if (tokens[p.last]?.text !== "," || tokens[p.last + 1]?.lower !== "who") continue;
    let k = p.last + 2;
    while (tokens[k]?.pos === "ADV") k++;
    const phrase = PHRASES.find((words) => words.every((w, i) => tokens[k + i]?.lower === w));
    if (!phrase) continue;
    const body = bodyAt(ix, k + phrase.length);
    if (!body) continue;
    emit(
      p.name,
      "affiliated_with",
      actorOf(body).name,
      tokens[k]?.text ?? "",
      "relative-service",
      "asserted",
    );
  }
}
