/**
 * supplies through a deal's contents: "The package will include Patriot systems", "The contract,
 * which is worth $320 million, also includes AIM-9X missiles". A definite deal noun as the subject
 * of a verb of inclusion refers back to the supply told in the sentences just before; the weapons
 * it includes are supplied by that supply's supplier.
 */
import type { Modality } from "../../model/ontology.ts";
import type { SentenceIndex } from "../chunks.ts";
import { MODALITY_RANK as RANK, modalityOf, subjectBefore, zoneAfter } from "../clause.ts";
import type { Frame, FrameTable } from "../frames.ts";
import type { Fact, Token } from "../types.ts";
import type { Emit } from "./shared.ts";
import { servedPlatform } from "./supply.ts";

/** How many sentences back a deal's supply may have been told. */
export const DEAL_REACH = 3;

/** Determiners that make a deal noun refer back ("the package", "this deal", "its contract"). */
const DEFINITE = new Set(["the", "this", "that", "these", "those", "its", "their"]);
/** Pronouns that open a sentence and refer back to the goods or deal of the sentence just before ("It includes …"). */
const BACK_PRONOUNS = new Set(["it", "they"]);
/** A planned deal's own future tells its contents, not a plan ("the package will include"). */
const FUTURE = new Set(["will", "'ll", "’ll", "shall"]);

/**
 * The index of the deal noun heading the subject of the verb at `t`, or -1: past auxiliaries and
 * adverbs, and past one parenthetical between commas (", which is worth $320 million,"). The noun
 * phrase must open with a definite determiner and name no actor of its own; a pronoun ("It",
 * "They") must open the sentence.
 */
function dealSubject(ix: SentenceIndex, t: number, nouns: ReadonlySet<string>): number {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k >= 0 && /^(?:AUX|ADV|PART)$/u.test((tokens[k] as Token).pos)) k--;
  if (tokens[k]?.text === ",") {
    let open = k - 1;
    while (open > Math.max(0, k - 20) && tokens[open]?.text !== ",") open--;
    if (tokens[open]?.text !== ",") return -1;
    k = open - 1;
  }
  const head = tokens[k];
  // "It includes a radar station and BRDM-2M vehicles": a pronoun opening the sentence.
  if (head && BACK_PRONOUNS.has(head.lower) && tokens.slice(0, k).every((w) => w.pos === "PUNCT")) return k;
  if (!head || head.pos !== "NOUN" || !nouns.has(head.lemma) || ix.cover[k]) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const w = tokens[j] as Token;
    if (ix.chunkAt[j]) return -1;
    if (DEFINITE.has(w.lower)) return k;
    if (!/^(?:ADJ|NOUN|NUM|DET)$/u.test(w.pos) && !/^[-$€£¥]$/u.test(w.text)) return -1;
  }
  return -1;
}

/**
 * The deal-contents frame of the verb at `t`: when its subject is a deal referred back to, each
 * weapon in its object zone (not a platform other goods serve) is supplied by the suppliers of the latest sentence, among `prior`
 * (the supplies facts of the sentences just before), that told a supply.
 */
export function dealContents(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  prior: Fact[],
  table: FrameTable,
): void {
  const nouns = new Set(frame.subjectNouns ?? []);
  const subject = prior.length === 0 ? -1 : dealSubject(ix, t, nouns);
  if (subject < 0) return;
  const latest = Math.max(...prior.map((f) => f.sentence));
  // A pronoun refers back only to the sentence just before, which told the supply.
  if (BACK_PRONOUNS.has(ix.sentence.tokens[subject]?.lower ?? "") && latest !== ix.sentence.index - 1) return;
  const told = prior.filter((f) => f.sentence === latest);
  // "The package includes ammunition for HIMARS": the platform the goods serve is not among them.
  const weapons = zoneAfter(ix, t).weapons.filter((w) => !servedPlatform(ix, w, table));
  if (weapons.length === 0) return;
  const cues = subjectBefore(ix, t).cues.filter((w) => !FUTURE.has(w));
  const own = modalityOf(cues);
  const tok = ix.sentence.tokens[t] as Token;
  for (const source of new Set(told.map((f) => f.source))) {
    // The supplier's least hedged fact in that sentence, hedged further by this clause's own cues.
    let toldAs: Modality = "denied";
    for (const f of told) if (f.source === source && RANK[f.modality] < RANK[toldAs]) toldAs = f.modality;
    const modality = RANK[toldAs] > RANK[own] ? toldAs : own;
    for (const w of weapons) emit(source, "supplies", w.name, tok.text, frame.id, modality);
  }
}
