/**
 * Stage 5b, the learned scorer (#9): the pairs of actors in a sentence that the relation rules
 * left unlinked become candidates (both ends typed to fit the relation, and for supplies, meets
 * and assesses a trigger of the relation in the sentence); a logistic model over sparse features
 * of the pair (trigger lemmas and where they stand, the words around each end and between them,
 * order, distance, hedges; the roles the ends fill for the nearest trigger, its voice, its
 * subject's modality and a reporting verb governing it; what the rules' other facts say of the
 * ends) scores each, and a candidate above its relation's threshold becomes a
 * fact with rule `learned-RELATION`. The features say nothing of what the rules found, so the
 * model is trained on every pair, those the rules join included (scripts/train-scorer.ts). The
 * model is a data file (lexicon/learned-scorer.json) passed in through the options.
 */
import type { Modality, RelationType } from "../model/ontology.ts";
import { KgError } from "../model/errors.ts";
import { type SentenceIndex, indexSentence } from "./chunks.ts";
import { withResolutions } from "./5-relations.ts";
import { SIGNATURES } from "./6-assemble.ts";
import { DEFAULT_FRAME_TABLE, type FrameTable, frameTableOf } from "./frames.ts";
import SCORER_JSON from "./lexicon/learned-scorer.json" with { type: "json" };
import { type Subject, type Zone, modalityOf, subjectBefore, zoneAfter } from "./clause.ts";
import { clauseStart } from "./relations/shared.ts";
import type { DocState, Fact, Mention, Sentence, Stage, Token } from "./types.ts";
import { type TableMaps, tablesOf } from "./lexicon-tables.ts";
import { type ModalityTable, cueModality, modalityCuesOf } from "./modality-cues.ts";
import { type WordSets, wordsOf } from "./stage-words.ts";
import { DOUBLE_QUOTE_MARK } from "./letters.ts";

/** One relation's weights and acceptance threshold; a null threshold turns the relation off. */
export interface ScorerRelationModel {
  threshold: number | null;
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** A trained scorer: one model per relation type (a missing relation is off). */
export interface ScorerModel {
  about?: string;
  relations: Partial<Record<RelationType, ScorerRelationModel>>;
}

/** One candidate pair: its ends (canonical names), relation, sentence and features. */
export interface Candidate {
  source: string;
  relation: RelationType;
  target: string;
  sentence: number;
  /** The trigger word nearest to the pair ("" when the relation needs none). */
  trigger: string;
  /** The modality the sentence's cues give (hedged sentences give hedged facts). */
  modality: Modality;
  features: string[];
  /** True when a rule fact already joins the pair (such pairs are listed for training only). */
  known: boolean;
}

const RELATIONS: readonly RelationType[] = ["supplies", "meets", "assesses", "affiliated_with"];
/** Relations a candidate needs a trigger of in its sentence. */
const TRIGGERED = new Set<RelationType>(["supplies", "meets", "assesses"]);
/** Longest gap, in tokens, between the ends of an affiliated_with candidate. */
const AFFILIATION_GAP = 12;
/** Longest gap, in tokens, between the ends of any candidate. */
const MAX_GAP = 40;

/** Validates a model read from JSON; throws INVALID_INPUT naming the first bad part. */
export function validateScorerModel(value: unknown): ScorerModel {
  const model = value as ScorerModel;
  if (typeof model !== "object" || model === null || typeof model.relations !== "object")
    throw new KgError("INVALID_INPUT", "learned scorer: expected an object with relations");
  for (const [relation, m] of Object.entries(model.relations)) {
    if (!RELATIONS.includes(relation as RelationType))
      throw new KgError("INVALID_INPUT", `learned scorer: unknown relation ${relation}`, { relation });
    if (
      typeof m !== "object" ||
      m === null ||
      (m.threshold !== null && typeof m.threshold !== "number") ||
      typeof m.bias !== "number" ||
      typeof m.weights !== "object"
    )
      throw new KgError("INVALID_INPUT", `learned scorer: bad model for ${relation}`, { relation });
  }
  return model;
}

/** The built-in model (lexicon/learned-scorer.json). */
export const BUILT_IN_SCORER: ScorerModel = Object.freeze(validateScorerModel(SCORER_JSON));

/** The probability the model gives a candidate's features. */
export function scoreFeatures(model: ScorerRelationModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function bucket(n: number): string {
  return n <= 1 ? "0-1" : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 10 ? "7-10" : n <= 20 ? "11-20" : "21+";
}

/** The trigger tokens of each triggered relation in a sentence: verb and noun frame rows, "according to". */
function triggersOf(tokens: Token[], table: FrameTable): Map<RelationType, number[]> {
  const out = new Map<RelationType, number[]>();
  const add = (r: RelationType, t: number): void => {
    const list = out.get(r);
    if (list) {
      if (list[list.length - 1] !== t) list.push(t);
    } else out.set(r, [t]);
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.lower === "according" && tokens[t + 1]?.lower === "to") add("assesses", t);
    const rows =
      tok.pos === "VERB"
        ? (table.verb.get(tok.lemma) ?? table.governor.get(tok.lemma))
        : tok.pos === "NOUN"
          ? table.noun.get(tok.lemma)
          : tokens[t - 1]?.text === "-"
            ? table.modifier.get(tok.lemma)
            : undefined;
    if (rows) for (const f of rows) add(f.relation, t);
  }
  return out;
}

/** The modality the sentence's first hedge cue (of `cues`, one word) gives, or asserted. */
function sentenceModality(tokens: Token[], cues: ModalityTable): Modality {
  for (const t of tokens) {
    const m = cueModality(cues, t.lower);
    if (m) return m;
  }
  return "asserted";
}

/** Everything about a sentence the features of its candidates share. */
interface SentenceView {
  ix: SentenceIndex;
  triggers: Map<RelationType, number[]>;
  modality: Modality;
  quoted: boolean;
  /** The clause subject and object zone of each verb trigger (cached per token). */
  frames: Map<number, { subject: Subject; zone: Zone }>;
}

/** The subject and object zone of the verb at token `t` (cached per token). */
function frameOf(view: SentenceView, t: number): { subject: Subject; zone: Zone } {
  let frame = view.frames.get(t);
  if (!frame) {
    frame = { subject: subjectBefore(view.ix, t), zone: zoneAfter(view.ix, t) };
    view.frames.set(t, frame);
  }
  return frame;
}

/**
 * The grammatical role of a mention towards the trigger at `t`: for a verb, its subject, part of
 * the subject phrase, the direct object or a prepositional complement (by its preposition), or
 * before or beyond its clause; for a noun, before it or after it.
 */
function roleOf(view: SentenceView, t: number, m: Mention): string {
  if ((view.ix.sentence.tokens[t] as Token).pos !== "VERB") return m.last <= t ? "nbefore" : "nafter";
  const { subject, zone } = frameOf(view, t);
  if (subject.heads.some((h) => h.name === m.name)) return "subj";
  const sc = subject.chunk;
  if (sc && sc.first <= m.first && m.first < sc.last) return "subjpart";
  for (const zc of zone.chunks)
    if (zc.chunk.first <= m.first && m.first < zc.chunk.last) return zc.prep === "" ? "obj" : `pp-${zc.prep}`;
  return m.last <= t ? "before" : m.first >= zone.end ? "beyond" : "after";
}

/**
 * The clause of a verb trigger: its voice, the modality its subject's skipped words give ("plans
 * to", "is expected to"), and whether a reporting verb of the sentence governs it (a "say" verb
 * before it, or after it past a comma: "..., X said").
 */
function clauseFeatures(view: SentenceView, t: number): string[] {
  const tokens = view.ix.sentence.tokens;
  if ((tokens[t] as Token).pos !== "VERB") return [];
  const f: string[] = [];
  const { subject } = frameOf(view, t);
  if (subject.passive) f.push("vo:passive");
  const m = modalityOf(subject.cues, view.ix.modalityCues);
  if (m !== "asserted") f.push(`sm:${m}`);
  const reports = view.triggers.get("assesses") ?? [];
  if (reports.some((r) => r < t && (tokens[r] as Token).pos === "VERB")) f.push("gov:before");
  if (
    reports.some(
      (r) => r > t && (tokens[r] as Token).pos === "VERB" && tokens.slice(t, r).some((x) => x.text === ","),
    )
  )
    f.push("gov:after");
  return f;
}

/** True when no clause boundary stands between tokens `from` and `to`. */
function sameClause(view: SentenceView, from: number, to: number): boolean {
  return clauseStart(view.ix, to) <= from;
}

/** The features of a candidate pair, and the trigger word nearest to it ("" when none). */
function featuresOf(
  view: SentenceView,
  relation: RelationType,
  a: Mention,
  b: Mention,
): { features: string[]; trigger: string } {
  const tokens = view.ix.sentence.tokens;
  const first = a.first < b.first ? a : b;
  const second = first === a ? b : a;
  const gap = Math.max(0, second.first - first.last);
  const f: string[] = [
    `ty:${a.type}>${b.type}`,
    `ord:${first === a ? "st" : "ts"}`,
    `d:${bucket(gap)}`,
    `sk:${a.kind}`,
    `tk:${b.kind}`,
    `sp:${tokens[a.first - 1]?.lower ?? "^"}`,
    `tp:${tokens[b.first - 1]?.lower ?? "^"}`,
    `sn:${tokens[a.last]?.lower ?? "$"}`,
    `tn:${tokens[b.last]?.lower ?? "$"}`,
    `m:${bucket(view.ix.mentions.length)}`,
  ];
  if (view.modality !== "asserted") f.push(`mod:${view.modality}`);
  if (view.quoted) f.push("q");
  let between = 0;
  for (let k = first.last; k < second.first && between < 8; k++) {
    const tok = tokens[k] as Token;
    if (tok.pos === "VERB" || tok.pos === "ADP" || tok.text === "," || tok.lower === "and") {
      f.push(`bw:${tok.pos === "VERB" ? tok.lemma : tok.lower}`);
      between++;
    }
  }
  const triggers = view.triggers.get(relation) ?? [];
  let nearest = -1;
  let nearestDistance = Infinity;
  // Triggers within MAX_GAP tokens of the pair (the list is sorted: start by binary search).
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((triggers[mid] as number) < first.first - MAX_GAP) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < triggers.length && (triggers[i] as number) < second.last + MAX_GAP; i++) {
    const t = triggers[i] as number;
    const where = t < first.first ? "before" : t >= second.last ? "after" : "between";
    const lemma = (tokens[t] as Token).lemma;
    f.push(`tr:${lemma}:${where}`, `trp:${where}`);
    const distance = t < first.first ? first.first - t : t >= second.last ? t - second.last : 0;
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = t;
    }
  }
  f.push(sameClause(view, first.last, second.first) ? "cl:same" : "cl:diff");
  if (nearest >= 0) {
    const rs = roleOf(view, nearest, a);
    const rt = roleOf(view, nearest, b);
    f.push(`td:${bucket(nearestDistance)}`, `rs:${rs}`, `rt:${rt}`, `rr:${rs}>${rt}`);
    f.push(...clauseFeatures(view, nearest));
  }
  if (view.ix.sentence.headline) f.push("hl");
  return { features: f, trigger: nearest >= 0 ? (tokens[nearest] as Token).text : "" };
}

/**
 * What the rules said about a document, read by the candidates' context features: each entity's
 * type, and the asserted affiliated_with targets of each source.
 */
interface RuleContext {
  /** The word sets of the lexicon the document is extracted with. */
  words: WordSets;
  /** The tables of that lexicon. */
  tables: TableMaps;
  /** The modality cues of that lexicon. */
  modalityCues: ModalityTable;
  typeOf: Map<string, string>;
  affiliations: Map<string, Set<string>>;
}

function ruleContext(state: DocState): RuleContext {
  const typeOf = new Map<string, string>();
  for (const list of state.mentions)
    for (const m of list) if (!typeOf.has(m.name)) typeOf.set(m.name, m.type);
  const affiliations = new Map<string, Set<string>>();
  for (const f of state.facts) {
    if (f.relation !== "affiliated_with" || f.modality !== "asserted") continue;
    const set = affiliations.get(f.source) ?? new Set<string>();
    set.add(f.target);
    affiliations.set(f.source, set);
  }
  return {
    words: wordsOf(state),
    tables: tablesOf(state),
    modalityCues: modalityCuesOf(state),
    typeOf,
    affiliations,
  };
}

/**
 * The context features of a candidate from the rules' other facts (never the pair's own): its
 * ends' roles in the sentence's facts of the same relation (a speaker or supplier the rules
 * already found), an affiliation joining the two ends, and an affiliation of the source to
 * another entity of the target's type (a person with a country already).
 */
function contextFeatures(
  ctx: RuleContext,
  relation: RelationType,
  a: string,
  b: string,
  sentenceFacts: readonly Fact[],
): string[] {
  const f: string[] = [];
  const same = sentenceFacts.filter(
    (x) =>
      x.relation === relation &&
      !(x.source === a && x.target === b) &&
      !(relation === "meets" && x.source === b && x.target === a),
  );
  if (same.length > 0) f.push("cx:rel");
  if (same.some((x) => x.source === a)) f.push("cx:a-src");
  if (same.some((x) => x.target === a)) f.push("cx:a-tgt");
  if (same.some((x) => x.source === b)) f.push("cx:b-src");
  if (same.some((x) => x.target === b)) f.push("cx:b-tgt");
  if (relation !== "affiliated_with") {
    if (ctx.affiliations.get(a)?.has(b)) f.push("cx:aff-ab");
    if (ctx.affiliations.get(b)?.has(a)) f.push("cx:aff-ba");
  }
  const bType = ctx.typeOf.get(b);
  for (const other of ctx.affiliations.get(a) ?? [])
    if (other !== b && ctx.typeOf.get(other) === bType) {
      f.push(`cx:a-aff-other`);
      break;
    }
  return f;
}

/** The keys (`source|relation|target`, meets both ways) of some facts. */
function factKeys(facts: readonly Fact[]): Set<string> {
  const keys = new Set<string>();
  for (const f of facts) {
    keys.add(`${f.source}|${f.relation}|${f.target}`);
    if (f.relation === "meets") keys.add(`${f.target}|${f.relation}|${f.source}`);
  }
  return keys;
}

/**
 * The candidates of a document whose relation stage has run: per sentence, the closest pair of
 * mentions of each two entities whose types fit a relation, which no asserted rule fact of the
 * document and no rule fact of the sentence already joins; with `all` (training), also the pairs
 * the rules join, marked `known`.
 */
export function scorerCandidates(
  state: DocState,
  table: FrameTable = DEFAULT_FRAME_TABLE,
  relations: readonly RelationType[] = RELATIONS,
  all = false,
): Candidate[] {
  const known = factKeys(state.facts.filter((f) => f.modality === "asserted"));
  const factsBySentence = new Map<number, Fact[]>();
  for (const f of state.facts)
    factsBySentence.set(f.sentence, [...(factsBySentence.get(f.sentence) ?? []), f]);
  const out: Candidate[] = [];
  const ctx = ruleContext(state);
  for (const sentence of state.sentences) {
    if (sentence.headline && !state.options.headlineRelations) continue;
    const mentions = state.mentions[sentence.index] ?? [];
    if (mentions.length < 2 || new Set(mentions.map((m) => m.name)).size < 2) continue;
    out.push(...sentenceCandidates(sentence, mentions, table, relations, known, factsBySentence, all, ctx));
  }
  return out;
}

function sentenceCandidates(
  sentence: Sentence,
  mentions: Mention[],
  table: FrameTable,
  relations: readonly RelationType[],
  known: Set<string>,
  factsBySentence: Map<number, Fact[]>,
  all: boolean,
  ctx: RuleContext,
): Candidate[] {
  const triggers = triggersOf(sentence.tokens, table);
  const wanted = relations.filter((r) => !TRIGGERED.has(r) || triggers.has(r));
  if (wanted.length === 0) return [];
  const ruleKeys = factKeys(factsBySentence.get(sentence.index) ?? []);
  const view: SentenceView = {
    ix: indexSentence(sentence, mentions, ctx.words, ctx.tables, ctx.modalityCues),
    triggers,
    modality: sentenceModality(sentence.tokens, ctx.modalityCues),
    quoted: sentence.quotedBy !== undefined || sentence.tokens.some((t) => DOUBLE_QUOTE_MARK.test(t.text)),
    frames: new Map(),
  };
  // The closest pair of mentions of each two entities, per relation.
  const best = new Map<string, { a: Mention; b: Mention; gap: number; known: boolean }>();
  const list = view.ix.mentions;
  // Pairs within MAX_GAP tokens only: the list is sorted by first token, so the scan is linear.
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as Mention;
    for (let j = i + 1; j < list.length; j++) {
      const y = list[j] as Mention;
      const gap = y.first - x.last;
      if (gap > MAX_GAP) break;
      if (gap < 0 || x.name === y.name) continue;
      for (const relation of wanted) {
        if (relation === "affiliated_with" && gap > AFFILIATION_GAP) continue;
        const signature = SIGNATURES[relation];
        // meets is symmetric: one candidate per pair, its source the earlier mention.
        for (let turn = 0; turn < (relation === "meets" ? 1 : 2); turn++) {
          const a = turn === 0 ? x : y;
          const b = turn === 0 ? y : x;
          if (!signature.source.includes(a.type) || !signature.target.includes(b.type)) continue;
          const key = `${a.name}|${relation}|${b.name}`;
          const isKnown = known.has(key) || ruleKeys.has(key);
          if (isKnown && !all) continue;
          const previous = best.get(key);
          if (!previous || gap < previous.gap) best.set(key, { a, b, gap, known: isKnown });
        }
      }
    }
  }
  const out: Candidate[] = [];
  for (const [key, { a, b, known: isKnown }] of best) {
    const relation = key.split("|")[1] as RelationType;
    const { features, trigger } = featuresOf(view, relation, a, b);
    features.push(
      ...contextFeatures(ctx, relation, a.name, b.name, factsBySentence.get(sentence.index) ?? []),
    );
    out.push({
      source: a.name,
      relation,
      target: b.name,
      sentence: sentence.index,
      trigger,
      modality: view.modality,
      features,
      known: isKnown,
    });
  }
  return out;
}

/**
 * The learned stage: adds the candidates the model accepts as facts (rule `learned-RELATION`,
 * hedged when the sentence is). Does nothing when the options carry no model.
 */
export const learnedStage: Stage = {
  name: "5b-learned",
  run(state: DocState): void {
    const table = frameTableOf(state.options.lexicon);
    const model = state.options.learnedScorer;
    if (!model) return;
    const relations = RELATIONS.filter((r) => typeof model.relations[r]?.threshold === "number");
    if (relations.length === 0) return;
    const added: Fact[] = [];
    const resolves = new Set(
      state.mentions.filter((list) => list.some((m) => m.antecedent)).map((list) => list[0]?.sentence),
    );
    for (const c of scorerCandidates(state, table, relations)) {
      const m = model.relations[c.relation] as ScorerRelationModel;
      if (scoreFeatures(m, c.features) < (m.threshold as number)) continue;
      const fact: Fact = {
        source: c.source,
        relation: c.relation,
        target: c.target,
        sentence: c.sentence,
        trigger: c.trigger,
        rule: `learned-${c.relation}`,
        modality: c.modality,
      };
      added.push(resolves.has(c.sentence) ? withResolutions(fact, state.mentions[c.sentence] ?? []) : fact);
    }
    if (added.length > 0) state.facts = [...state.facts, ...added].sort((x, y) => x.sentence - y.sentence);
  },
};

/** Stage 5b over the lexicon's frames. */
