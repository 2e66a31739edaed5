/**
 * Stage 5, relations: trigger-table rules over each sentence's actor chunks. Noun-phrase rules
 * give affiliated_with (titles with demonyms, possessives, appositives); verb and noun triggers
 * give supplies (active, passive, "receive ... from", "supplying A with B, C and D"), meets
 * ("A met B", "A and B met", "a meeting between A and B") and assesses ("X said that Y ...",
 * "according to X"), each with the modality its cues give.
 */
import { type SentenceIndex, indexSentence } from "./chunks.ts";
import { affiliationRules } from "./relations/affiliation.ts";
import { ASSESS, accordingTo, assessVerb } from "./relations/assess.ts";
import { MEET, MEET_N, meetNoun, meetVerb } from "./relations/meet.ts";
import type { Emit } from "./relations/shared.ts";
import { RECEIVE, SUPPLY, SUPPLY_N, supplyNoun, supplyVerb } from "./relations/supply.ts";
import type { DocState, Fact, Stage, Token } from "./types.ts";

/** Stage 5: fills `state.facts`. */
export const relationsStage: Stage = {
  name: "5-relations",
  run(state: DocState): void {
    for (const sentence of state.sentences) {
      const ix = indexSentence(sentence, state.mentions[sentence.index] ?? []);
      const facts: Fact[] = [];
      const emit: Emit = (source, relation, target, trigger, rule, modality) => {
        if (!source || !target || source === target) return;
        facts.push({ source, relation, target, sentence: sentence.index, trigger, rule, modality });
      };
      affiliationRules(ix, emit);
      triggerRules(ix, emit);
      resolveActingCapitals(ix, facts);
      for (const f of facts) state.facts.push(f);
    }
  },
};

/** A capital whose country takes part in a relation of the sentence stands for that country. */
function resolveActingCapitals(ix: SentenceIndex, facts: Fact[]): void {
  if (facts.length === 0) return;
  const names = new Set(facts.flatMap((f) => [f.source, f.target]));
  const named = new Set(ix.mentions.filter((m) => m.kind !== "capital").map((m) => m.name));
  for (const m of ix.mentions) {
    if (
      m.kind === "capital" &&
      m.type === "Location" &&
      m.country &&
      names.has(m.country) &&
      !named.has(m.country)
    ) {
      m.name = m.country;
      m.type = "Country";
    }
  }
}

function triggerRules(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (let t = 0; t < tokens.length; t++) {
    if (ix.cover[t]) continue;
    const tok = tokens[t] as Token;
    const lemma = tok.lemma;
    if (tok.lower === "according" && tokens[t + 1]?.lower === "to") {
      accordingTo(ix, t, emit);
      continue;
    }
    const verb = tok.pos === "VERB";
    const noun = tok.pos === "NOUN";
    if (verb && (SUPPLY.has(lemma) || RECEIVE.has(lemma))) supplyVerb(ix, t, emit);
    if (verb && MEET.has(lemma)) meetVerb(ix, t, emit);
    if (verb && ASSESS.has(lemma)) assessVerb(ix, t, emit);
    if (noun && MEET_N.has(lemma)) meetNoun(ix, t, emit);
    if (noun && SUPPLY_N.has(lemma)) supplyNoun(ix, t, emit);
  }
}
