/**
 * supplies through a deal's contents: "The package will include Patriot systems", "The contract,
 * which is worth $320 million, also includes AIM-9X missiles". A definite deal noun as the subject
 * of a verb of inclusion refers back to the supply told in the sentences just before; the weapons
 * it includes are supplied by that supply's supplier. The contents may also be a list after a colon,
 * one item a line ("The new package includes:", then "- Javelin and AT-4 anti-tank systems"). A verb
 * of giving whose subject is that deal gives its weapons the same way ("The package will provide
 * Ukraine with HIMARS launchers", "It will deliver Patriot missiles").
 */
import type { Modality } from "../../model/ontology.ts";
import { isListItem } from "../1-segment.ts";
import { type IndexOf, type SentenceIndex, freshIndexes } from "../chunks.ts";
import { MODALITY_RANK as RANK, modalityOf, subjectBefore, zoneAfter } from "../clause.ts";
import { type Frame, type FrameTable, perTable } from "../frames.ts";
import type { DocState, Fact, Sentence, Token } from "../types.ts";
import type { Emit } from "./shared.ts";
import { servedPlatform } from "./supply.ts";
import { VERB_GROUP_FILLER, singular } from "../words.ts";

/** How many sentences back a deal's supply may have been told. */
export const DEAL_REACH = 3;

/** Determiners that make a deal noun refer back ("the package", "this deal", "its contract"). */
const DEFINITE = new Set(["the", "this", "that", "these", "those", "its", "their"]);
/** Pronouns that open a sentence and refer back to the goods or deal of the sentence just before ("It includes …"). */
const BACK_PRONOUNS = new Set(["it", "they"]);
/** A planned deal's own future tells its contents, not a plan ("the package will include"). */
const FUTURE = new Set(["will", "'ll", "’ll", "shall"]);

/** Each frame's subject nouns as a set, made once per frame value (frames are data, never changed). */
const SUBJECT_NOUNS = new WeakMap<Frame, ReadonlySet<string>>();

/** The deal nouns that may head the subject of `frame`'s verbs ("package", "contract", "deal"). */
function subjectNounsOf(frame: Frame): ReadonlySet<string> {
  let nouns = SUBJECT_NOUNS.get(frame);
  if (!nouns) SUBJECT_NOUNS.set(frame, (nouns = new Set(frame.subjectNouns ?? [])));
  return nouns;
}

/**
 * The index of the deal noun heading the subject of the verb at `t`, or -1: past auxiliaries and
 * adverbs, and past one parenthetical between commas (", which is worth $320 million,"). The noun
 * phrase must open with a definite determiner and name no actor of its own; a pronoun ("It",
 * "They") must open the sentence.
 */
function dealSubject(ix: SentenceIndex, t: number, nouns: ReadonlySet<string>): number {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k >= 0 && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k--;
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
  state?: DocState,
  indexOf?: IndexOf,
): void {
  const nouns = subjectNounsOf(frame);
  let subject = prior.length === 0 && !state ? -1 : dealSubject(ix, t, nouns);
  // "The equipment included 20 Dongfeng trucks": the deal's goods, named again, as the subject.
  const goodsSubject = subject < 0 && prior.length > 0;
  if (goodsSubject) subject = dealSubject(ix, t, goodsNouns(table));
  if (subject < 0) return;
  const told = toldDeal(ix, subject, prior, frame, table, state, indexOf);
  if (told.length === 0) return;
  if (goodsSubject && !namesGoods(ix, subject, told, state)) return;
  emitWeapons(ix, t, emit, told, table, frame.id);
}

/**
 * Each weapon in the object zone of the verb at `t` (not a platform other goods serve: "The package
 * includes ammunition for HIMARS") is supplied by the suppliers of the deal `told`, under `rule`.
 */
function emitWeapons(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  told: Fact[],
  table: FrameTable,
  rule: string,
): void {
  const weapons = zoneAfter(ix, t).weapons.filter((w) => !servedPlatform(ix, w, table));
  if (weapons.length === 0) return;
  const tok = ix.sentence.tokens[t] as Token;
  for (const [source, modality] of toldSuppliers(told, ownModality(ix, t)))
    for (const w of weapons) emit(source, "supplies", w.name, tok.text, rule, modality);
}

/**
 * A verb of giving whose subject refers back to the deal told just before: "The United States
 * announced a new aid package for Ukraine. The package will provide Ukraine with HIMARS launchers.",
 * "... It will deliver Patriot missiles." The subject is a definite deal noun (the nouns of the
 * contents frames) or a pronoun opening the sentence that coreference left unresolved; the weapons in
 * the verb's object zone (not a platform other goods serve) are supplied by the deal's suppliers, as
 * the contents of "The package includes …" are (rule: the verb's frame id + "+deal").
 */
export function dealGiving(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  prior: Fact[],
  table: FrameTable,
  state: DocState,
  indexOf?: IndexOf,
): void {
  if (prior.length === 0) return;
  // "It will deploy HIMARS launchers": a frame of deploying one's own forces gives no goods.
  if (frame.requires === "personnel") return;
  const contents = contentsRow(table).row;
  if (!contents) return;
  const nouns = subjectNounsOf(contents);
  const subject = dealSubject(ix, t, nouns);
  if (subject < 0 || ix.cover[subject]) return;
  const told = toldDeal(ix, subject, prior, contents, table, state, indexOf);
  if (told.length === 0) return;
  const head = ix.sentence.tokens[subject] as Token;
  if (BACK_PRONOUNS.has(head.lower)) {
    // "Ukraine received a package from the US. It will deploy HIMARS": "it" is the deal's subject,
    // which must be its supplier (then "it" is the supplier or the deal, the same giver).
    if (!suppliedBySubject(told, state)) return;
  } else if (!namesDeal(ix, subject, (told[0] as Fact).sentence, nouns, table, state)) return;
  emitWeapons(ix, t, emit, told, table, `${frame.id}+deal`);
}

/** True when the first actor the sentence of the deal `told` names (its subject) is one of its suppliers. */
function suppliedBySubject(told: readonly Fact[], state: DocState): boolean {
  const s = (told[0] as Fact).sentence;
  const first = (state.mentions[s] ?? []).find((m) => m.type !== "WeaponSystem" && m.type !== "Location");
  return !!first && told.some((f) => f.source === first.name);
}

/**
 * True when the definite deal noun heading the subject at `subject` refers to the deal told in
 * sentence `deal`: that sentence names a deal noun, no sentence after it names the subject's own
 * noun ("The US sent tanks to Ukraine. Congress passed a stimulus package. The package will provide
 * …": the stimulus package), and every noun modifying the subject's head is named in the deal's
 * sentence or is an arms or materiel word ("The stimulus package will provide …" after "a new aid
 * package" is another package).
 */
function namesDeal(
  ix: SentenceIndex,
  subject: number,
  deal: number,
  nouns: ReadonlySet<string>,
  table: FrameTable,
  state: DocState,
): boolean {
  const told = state.sentences[deal];
  if (!told?.tokens.some((w) => w.pos === "NOUN" && nouns.has(w.lemma))) return false;
  const tokens = ix.sentence.tokens;
  const head = (tokens[subject] as Token).lemma;
  for (let j = deal + 1; j < ix.sentence.index; j++)
    if (state.sentences[j]?.tokens.some((w) => w.pos === "NOUN" && w.lemma === head)) return false;
  const words = new Set(told.tokens.map((w) => w.lemma));
  for (let k = subject - 1; k >= 0 && !DEFINITE.has((tokens[k] as Token).lower); k--) {
    const w = tokens[k] as Token;
    if (w.pos !== "NOUN" || words.has(w.lemma)) continue;
    const bare = singular(w.lower);
    if (!table.arms.has(w.lower) && !table.arms.has(bare) && !table.materiel.has(bare)) return false;
  }
  return true;
}

/**
 * The first frame row of a deal's contents (its subject the deal: "The package includes …"), found
 * once per frame table (a search of every row at every giving verb).
 */
const contentsRow = perTable((table: FrameTable): { row: Frame | undefined } => ({
  row: table.frames.find((f) => f.roles.subject === "deal"),
}));

/**
 * The nouns of goods a definite subject may refer back to a deal's goods with ("the equipment", "the
 * weapons", "the hardware", "the vehicles"): supplyWords armsWords (less broadArmsWords and words
 * that are no goods of their own), materielNouns, backReferenceNouns and the goodsKinds words, each
 * also in the singular; built once per frame table (it was rebuilt at every deal verb).
 */
const goodsNouns = perTable((table: FrameTable): ReadonlySet<string> => {
  const words = [
    ...[...table.arms].filter((w) => !table.broadArms.has(w)),
    ...table.materiel,
    ...table.backNouns,
    ...table.goodsKinds.keys(),
  ];
  return new Set(words.flatMap((w) => [w, singular(w)]));
});

/**
 * True when the sentence of the deal `told` names the goods noun that heads the subject at
 * `subject` ("China donated military equipment to Cambodia. The equipment included …"): the
 * subject names the deal's own goods again, not other goods.
 */
function namesGoods(ix: SentenceIndex, subject: number, told: readonly Fact[], state?: DocState): boolean {
  const head = singular((ix.sentence.tokens[subject] as Token).lower);
  const deal = state?.sentences[(told[0] as Fact).sentence];
  return !!deal && deal.tokens.some((w) => w.pos === "NOUN" && singular(w.lower) === head);
}

/** How many sentences back the one deal of a document may have been told, when its deal noun names it again. */
export const ONE_DEAL_REACH = 10;

/**
 * The supplies that the deal subject at `subject` refers back to: those of the latest sentence of
 * `prior` (the DEAL_REACH sentences before) that told a supply; a pronoun only to the sentence just
 * before, or to the deal of a contents clause just before ("The latest package includes ammunition
 * for HIMARS. It also includes 1,000 Javelin missiles"). Farther back (up to ONE_DEAL_REACH
 * sentences), to the document's one deal: every supply told there has one supplier, and the
 * sentence that told the latest names the deal by the subject's own noun ("the largest lethal aid
 * package" ... "The latest package includes"). `indexOf` gives the sentence before's index (the
 * relations stage's, built once; built afresh when not given).
 */
function toldDeal(
  ix: SentenceIndex,
  subject: number,
  prior: Fact[],
  frame: Frame,
  table: FrameTable,
  state?: DocState,
  indexOf?: IndexOf,
): Fact[] {
  const s = ix.sentence.index;
  const head = ix.sentence.tokens[subject] as Token;
  const pronoun = BACK_PRONOUNS.has(head.lower);
  // The deal noun a pronoun stands for, through a contents clause just before.
  const before = pronoun && state ? contentsNoun(state, s - 1, frame, indexOf ?? freshIndexes(state)) : null;
  if (prior.length > 0) {
    const latest = Math.max(...prior.map((f) => f.sentence));
    if (
      pronoun &&
      latest !== s - 1 &&
      before === null &&
      !(state && goodsBridge(state, s - 1, latest, table))
    )
      return [];
    return prior.filter((f) => f.sentence === latest);
  }
  if (!state || (pronoun && before === null)) return [];
  const noun = before ?? head.lemma;
  const far = state.facts.filter(
    (f) => f.relation === "supplies" && f.sentence < s && f.sentence >= s - ONE_DEAL_REACH,
  );
  if (far.length === 0 || new Set(far.map((f) => f.source)).size !== 1) return [];
  const latest = Math.max(...far.map((f) => f.sentence));
  const named = (state.sentences[latest] as Sentence).tokens.some((w) => w.lemma === noun);
  return named ? far.filter((f) => f.sentence === latest) : [];
}

/**
 * True when body sentence `j`, just before a pronoun, speaks of the goods of the deal told in
 * sentence `deal` and of nothing else that could be "it" ("The Russian military has transferred a
 * batch of military hardware to Tajikistan. … Today a new batch of military hardware was presented
 * at the Gissar aerodrome. It includes a radar station and BRDM-2M vehicles"): it names a goods
 * noun (supplyWords materielNouns, backReferenceNouns, goodsKinds) that the deal's sentence names
 * too, no weapon model and no actor but the deal's parties.
 */
function goodsBridge(state: DocState, j: number, deal: number, table: FrameTable): boolean {
  const sentence = state.sentences[j];
  const told = state.sentences[deal];
  if (!sentence || !told || sentence.headline) return false;
  const parties = new Set(
    state.facts
      .filter((f) => f.sentence === deal && f.relation === "supplies")
      .flatMap((f) => [f.source, f.target]),
  );
  const mentions = state.mentions[j] ?? [];
  if (mentions.some((m) => m.type !== "Location" && !parties.has(m.name))) return false;
  const goods = (tokens: readonly Token[]): Set<string> =>
    new Set(
      tokens
        .filter((t) => t.pos === "NOUN")
        .map((t) => singular(t.lower))
        .filter((w) => table.materiel.has(w) || table.backNouns.has(w) || table.goodsKinds.has(w)),
    );
  const before = goods(told.tokens);
  return [...goods(sentence.tokens)].some((w) => before.has(w));
}

/**
 * The deal noun heading the subject of a contents clause in sentence `j` ("The latest package
 * includes …" gives "package"), or null when the sentence holds none; `indexOf` gives its index.
 */
function contentsNoun(state: DocState, j: number, frame: Frame, indexOf: IndexOf): string | null {
  const sentence = state.sentences[j];
  if (!sentence || sentence.headline) return null;
  const ix = indexOf(sentence);
  const nouns = subjectNounsOf(frame);
  for (let t = 0; t < sentence.tokens.length; t++) {
    const tok = sentence.tokens[t] as Token;
    if (tok.pos !== "VERB" || !frame.lemmas.includes(tok.lemma)) continue;
    const subject = dealSubject(ix, t, nouns);
    const head = sentence.tokens[subject];
    if (head && !BACK_PRONOUNS.has(head.lower)) return head.lemma;
  }
  return null;
}

/** The modality of the inclusion verb at `t` by its own clause's cues, less the future's ("the package will include"). */
function ownModality(ix: SentenceIndex, t: number): Modality {
  return modalityOf(
    subjectBefore(ix, t).cues.filter((w) => !FUTURE.has(w)),
    ix.modalityCues,
  );
}

/**
 * The suppliers of the supplies `told`, each with its least hedged fact there, hedged further by
 * `own`, the modality of the clause that tells the contents.
 */
function toldSuppliers(told: Fact[], own: Modality): Map<string, Modality> {
  const out = new Map<string, Modality>();
  for (const f of told) {
    const was = out.get(f.source);
    if (was === undefined || RANK[f.modality] < RANK[was]) out.set(f.source, f.modality);
  }
  for (const [source, toldAs] of out) out.set(source, RANK[toldAs] > RANK[own] ? toldAs : own);
  return out;
}

/** The most lines a list of a deal's contents may run. */
const LIST_REACH = 30;

/**
 * supplies through a list of a deal's contents: "The new package includes:" or "The delivery
 * included the following:", then one item a line ("- Javelin and AT-4 anti-tank systems", "14 M2A1
 * heavy machine guns"). The line ending with a colon is a deal-contents clause referring back to
 * the supply told just before (as in `dealContents`), whose own object is the list; each weapon of
 * the list's lines (not a platform other goods serve) is supplied by that supply's suppliers, with
 * the line as evidence. The list runs while the lines are items (1-segment.ts reads them as body
 * sentences, not headlines).
 */
export function listContents(
  state: DocState,
  table: FrameTable,
  emitFor: (sentence: number) => Emit,
  indexOf: IndexOf = freshIndexes(state),
): void {
  for (const sentence of state.sentences) {
    const tokens = sentence.tokens;
    if (sentence.headline || tokens[tokens.length - 1]?.text !== ":") continue;
    const s = sentence.index;
    const prior = state.facts.filter(
      (f) => f.relation === "supplies" && f.sentence < s && f.sentence >= s - DEAL_REACH,
    );
    if (prior.length === 0) continue;
    const ix = indexOf(sentence);
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t] as Token;
      if (tok.pos !== "VERB" || ix.cover[t]) continue;
      const frame = (table.verb.get(tok.lemma) ?? []).find((f) => f.roles.subject === "deal");
      if (!frame) continue;
      const subject = dealSubject(ix, t, subjectNounsOf(frame));
      if (subject < 0 || zoneAfter(ix, t).weapons.length > 0) continue;
      const latest = Math.max(...prior.map((f) => f.sentence));
      if (BACK_PRONOUNS.has(tokens[subject]?.lower ?? "") && latest !== s - 1) continue;
      const suppliers = toldSuppliers(
        prior.filter((f) => f.sentence === latest),
        ownModality(ix, t),
      );
      for (const item of listLines(state, s)) {
        const line = indexOf(item);
        const emit = emitFor(item.index);
        // "14 M2A1 .50 caliber heavy machine guns": one item a line, so a class after a named model describes it.
        const model = line.mentions.find((m) => m.type === "WeaponSystem" && m.rule !== "weapon-class");
        for (const w of line.mentions) {
          if (w.type !== "WeaponSystem" || servedPlatform(line, w, table)) continue;
          if (model && w !== model && w.rule === "weapon-class" && w.first > model.first) continue;
          for (const [source, modality] of suppliers)
            emit(source, "supplies", w.name, tok.text, frame.id, modality);
        }
      }
      break;
    }
  }
}

/** The lines of the list that the sentence `s`, ending with a colon, opens: the body lines after it that are one item each. */
function listLines(state: DocState, s: number): Sentence[] {
  const out: Sentence[] = [];
  for (let j = s + 1; j < state.sentences.length && out.length < LIST_REACH; j++) {
    const item = state.sentences[j] as Sentence;
    const before = state.sentences[j - 1] as Sentence;
    // An item is the whole of its line: it opens where a line opens, after the sentence before.
    const ownLine = state.view.text.slice(before.end, item.start).includes("\n");
    if (item.headline || !ownLine || !isListItem(item.text)) break;
    out.push(item);
  }
  return out;
}
