/**
 * Mentions as the stages build them: one constructor over a sentence's token span, so that every
 * mention has the same fields (and object shape) from the start. Moved from 3-entities.ts; the
 * entity stage and the later stages that add mentions (4-resolve.ts, 4b-coreference.ts,
 * descriptions.ts, reports.ts, ...) build theirs with it.
 */
import type { EntityType } from "../model/ontology.ts";
import type { Mention, MentionKind, Sentence, Token } from "./types.ts";

/**
 * Builds a mention over tokens [first, last). Every optional field is present from the start
 * (unset), so that all mentions share one object shape and V8's optimised code for them is not
 * thrown away when a later stage sets one of them.
 */
export function makeMention(
  sentence: Sentence,
  first: number,
  last: number,
  name: string,
  type: EntityType,
  kind: MentionKind,
  rule: string,
): Mention {
  const a = sentence.tokens[first] as Token;
  const b = sentence.tokens[last - 1] as Token;
  return {
    sentence: sentence.index,
    first,
    last,
    start: a.start,
    end: b.end,
    text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start),
    name,
    type,
    kind,
    rule,
    country: undefined,
    when: undefined,
    antecedent: undefined,
    spelled: undefined,
  };
}
