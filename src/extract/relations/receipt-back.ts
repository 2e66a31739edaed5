/**
 * The supplier of a receipt whose goods refer back to a deal told just before ("China donated six
 * Z-9 helicopters on Friday. Kenya received the helicopters at Moi Air Base.", "Turkey sold 20 TB2
 * drones. Morocco took delivery of the drones on Monday."): a transfer with no supplier in its
 * clause (UNNAMED_SUPPLIER, asserted) whose object is a definite phrase of goods ("the helicopters",
 * "these vessels") takes the one supplier of the one deal told in the REACH body sentences before it,
 * when that deal moves goods of the same kind and names no recipient or only the receipt's own.
 * Precision first: two suppliers in reach, a deal told as possible, denied or negated, a deal to
 * another recipient, other goods ("the trucks" after helicopters) or "them" give nothing. The fact's
 * evidence is the receipt's sentence; the supplier keeps its earlier mention as a resolution of the
 * goods phrase.
 */
import type { FrameTable } from "../frames.ts";
import { singular } from "../words.ts";
import type { DocState, Fact, Resolution, Sentence, Token } from "../types.ts";
import { goodsWords } from "./deal-frames.ts";

/** How many body sentences back the deal may be told. */
const REACH = 2;
/** Determiners of a goods phrase that refers back ("the helicopters", "these vessels"). */
const BACK = new Set(["the", "these", "those"]);
/** How many words may stand between the determiner and the goods noun ("the six new helicopters"). */
const MODIFIERS = 3;

/** The supplier a receipt in sentence `s` to `recipients` takes from the deal before it, with its resolution; or null. */
export function backReferredSupplier(
  state: DocState,
  s: number,
  recipients: readonly string[],
  table: FrameTable,
): { source: string; resolved: Resolution[] } | null {
  if (recipients.length === 0) return null;
  const sentence = state.sentences[s] as Sentence;
  const phrase = goodsPhrase(sentence.tokens);
  if (!phrase) return null;
  const facts: Fact[] = [];
  let body = 0;
  for (let i = s - 1; i >= 0 && body < REACH; i--) {
    if ((state.sentences[i] as Sentence).headline) continue;
    body++;
    facts.push(...state.facts.filter((f) => f.sentence === i && f.relation === "supplies"));
  }
  if (facts.length === 0) return null;
  const suppliers = new Set(facts.map((f) => f.source));
  if (suppliers.size !== 1) return null;
  if (facts.some((f) => f.modality !== "asserted" && f.modality !== "planned")) return null;
  const source = [...suppliers][0] as string;
  if (recipients.includes(source)) return null;
  const actors = new Set(
    state.mentions.flatMap((list) => list.filter((m) => m.type !== "WeaponSystem").map((m) => m.name)),
  );
  // A deal to another recipient is another deal.
  if (facts.some((f) => actors.has(f.target) && !recipients.includes(f.target))) return null;
  const dealSentence = (facts[0] as Fact).sentence;
  const told = goodsWords(state.sentences[dealSentence] as Sentence, state.mentions[dealSentence] ?? []);
  const word = singular(phrase.noun.lower);
  if (!told.has(word) && ![...(table.goodsKinds.get(word) ?? [])].some((w) => told.has(w))) return null;
  const from = (state.mentions[dealSentence] ?? []).find((m) => m.name === source);
  if (!from) return null;
  const text = sentence.text.slice(phrase.start - sentence.start, phrase.noun.end - sentence.start);
  return {
    source,
    resolved: [
      {
        text,
        name: source,
        antecedent: { sentence: dealSentence, start: from.start, end: from.end, text: from.text },
      },
    ],
  };
}

/** The first definite goods phrase after a verb in `tokens`: its start offset and its head noun; or null. */
function goodsPhrase(tokens: readonly Token[]): { start: number; noun: Token } | null {
  const verb = tokens.findIndex((t) => t.pos === "VERB");
  if (verb < 0) return null;
  for (let k = verb + 1; k < tokens.length; k++) {
    const det = tokens[k] as Token;
    if (!BACK.has(det.lower)) continue;
    for (let n = k + 1; n <= k + 1 + MODIFIERS && n < tokens.length; n++) {
      const t = tokens[n] as Token;
      if (t.pos === "NOUN" && tokens[n + 1]?.pos !== "NOUN") return { start: det.start, noun: t };
      if (t.pos !== "ADJ" && t.pos !== "NUM" && t.pos !== "NOUN") break;
    }
    return null;
  }
  return null;
}
