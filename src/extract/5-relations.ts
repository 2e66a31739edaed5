/**
 * Stage 5, relations: one engine over the relation frames (lexicon/frames.json). Each sentence's
 * verbs and nouns are looked up in the frame table; a matching row says which grammatical role
 * (subject, object, to/from/with/by/of phrase, possessor, claim) fills which relation role, and the
 * clause analysis (clause.ts: subject, voice, modality cues, object zone) fills them. Noun-phrase
 * rules give affiliated_with; "according to X" gives assesses. Every fact records its frame id.
 */
import { type IndexOf, type SentenceIndex, indexSentence } from "./chunks.ts";
import { type Act, sentenceActs } from "./relations/act-anaphora.ts";
import { type Discourse, type Group, sentenceGroups } from "./relations/group-speakers.ts";
import { DEFAULT_FRAME_TABLE, type FrameTable, adverbAfter, frameTableOf } from "./frames.ts";
import { lemmatiseAddedFrames } from "./frame-lemmas.ts";
import { gazetteerOf } from "./gazetteer.ts";
import { hearsayTagged, hedgeDistanced, hedgeEvents, trailingAllegation } from "./hearsay.ts";
import { gerundVerb, lemmaOf } from "./lemma.ts";
import { acronymPrefixedBodies, affiliationRules, serviceTitledHolders } from "./relations/affiliation.ts";
import {
  accordingTo,
  assessAdjective,
  assessNoun,
  assessVerb,
  quotedClaim,
  resolveToldReports,
} from "./relations/assess.ts";
import { DEAL_REACH, dealContents, dealGiving, listContents } from "./relations/contents.ts";
import { handoverAcross, meetNoun, meetVerb } from "./relations/meet.ts";
import { meetingEvents } from "./relations/meeting-events.ts";
import { namesTwoActors } from "./relations/meet-gate.ts";
import { toldRemote } from "./relations/remote-talks.ts";
import { dropOwnMeetings } from "./relations/own-meetings.ts";
import type { Emit } from "./relations/shared.ts";
import { UNNAMED_SUPPLIER, supplyModifier, supplyNoun, supplyVerb } from "./relations/supply.ts";
import { unnamedSuppliers } from "./relations/unnamed-suppliers.ts";
import { latentDeals } from "./relations/latent-deals.ts";
import { dealFrames } from "./relations/deal-frames.ts";
import { documentOfficials, officialStates } from "./relations/official-states.ts";
import { personRecipients } from "./relations/person-recipients.ts";
import { companyStates } from "./relations/company-states.ts";
import { missionStates } from "./relations/supply-missions.ts";
import { behalfStates } from "./relations/supply-behalf.ts";
import { describedBodyStates } from "./relations/described-states.ts";
import { subBodyStates } from "./relations/sub-body-states.ts";
import { ministryStates } from "./relations/ministry-states.ts";
import { dropBodyReportsOnPeople } from "./relations/body-reports.ts";
import { supplyArrival } from "./relations/arrivals.ts";
import { headlineFutures } from "./relations/headline-futures.ts";
import { discourseSupplies } from "./relations/supply-discourse.ts";
import { identifiedGoods } from "./relations/identified-goods.ts";
import { headlineSpeakers } from "./relations/headline-speakers.ts";
import { colonSpeakers } from "./relations/colon-speakers.ts";
import { modalityOf } from "./clause.ts";
import { WORDS, isTitleWord, lastWord, singular } from "./words.ts";
import type { Antecedent, DocState, Fact, Mention, Sentence, Stage, Token } from "./types.ts";
import { groupResolutions } from "./group-members.ts";
import { voicedReports } from "./voiced-reports.ts";
import { tablesOf } from "./lexicon-tables.ts";
import { modalityCuesOf } from "./modality-cues.ts";
import { type WordSets, isStateBodyWord, wordsOf } from "./stage-words.ts";

/**
 * The relations stage over a frame table: `fixed` when given, otherwise the table of the frame
 * rows of the lexicon the document is extracted with.
 */
export function createRelationsStage(fixed?: FrameTable): Stage {
  return {
    name: "5-relations",
    run(state: DocState): void {
      const table = fixed ?? frameTableOf(state.options.lexicon);
      if (table !== DEFAULT_FRAME_TABLE) lemmatiseAddedFrames(state, table);
      const acts: Act[] = [];
      const groups: Group[] = [];
      const words = wordsOf(state);
      const tables = tablesOf(state);
      const cues = modalityCuesOf(state);
      // Each sentence's index, built once: the readers of the whole document below read it again.
      const indexes: (SentenceIndex | undefined)[] = [];
      const indexOf: IndexOf = (sentence) =>
        (indexes[sentence.index] ??= indexSentence(
          sentence,
          state.mentions[sentence.index] ?? [],
          words,
          tables,
          cues,
        ));
      const discourse: Discourse = { acts, groups, state, indexOf };
      // The judgements told before the sentence read, kept in step with state.facts (not filtered
      // from every fact of the document again at each sentence).
      const judged = state.facts.filter((f) => f.relation === "assesses");
      for (const sentence of state.sentences) {
        const ix = indexSentence(sentence, state.mentions[sentence.index] ?? [], words, tables, cues);
        indexes[sentence.index] = ix;
        acts.push(...sentenceActs(ix));
        groups.push(...sentenceGroups(ix));
        const facts: Fact[] = [];
        const selfSupplies = new Set<string>();
        const emit = emitter(facts, sentence.index, selfSupplies);
        affiliationRules(ix, emit);
        frameRules(
          ix,
          emit,
          table,
          priorFacts(state.facts, sentence.index, "supplies", DEAL_REACH),
          {
            prior: priorFacts(state.facts, sentence.index, "assesses", CLAIM_REACH),
            current: facts,
            earlier: judged,
          },
          state.facts,
          discourse,
        );
        if (!facts.some((f) => f.relation === "supplies")) latentDeals(ix, emit, table, state);
        if (sentence.quotedBy && !facts.some((f) => f.relation === "assesses"))
          quotedClaim(ix, emit, sentence.quotedBy);
        if (!facts.some((f) => f.relation === "assesses")) colonSpeakers(ix, emit);
        resolveToldReports(facts, priorFacts(state.facts, sentence.index, "assesses", CLAIM_REACH));
        if (selfSupplies.size > 0) dropSelfSupplies(facts, selfSupplies, ix.mentions);
        recipientStates(ix, facts);
        officialStates(ix, facts);
        missionStates(ix, facts, table);
        behalfStates(ix, facts);
        companyStates(ix, facts);
        describedBodyStates(ix, facts);
        subBodyStates(ix, facts);
        dropDescribingClasses(ix, facts);
        dropTitledDemonymTargets(ix, facts, state);
        // A capital renamed to its country changes what the sentence's chunks were built from.
        if (resolveActingCapitals(ix, facts)) indexes[sentence.index] = undefined;
        dropOwnSideClaims(ix, facts, gazetteerOf(state.options.lexicon).demonyms, table);
        if (facts.length === 0) continue;
        if (hearsayTagged(sentence.tokens) || trailingAllegation(sentence.tokens)) hedgeEvents(facts);
        else hedgeDistanced(sentence.tokens, facts);
        // Most sentences resolve no pronoun or description: their facts need no resolutions.
        const resolves = ix.mentions.some((m) => m.antecedent) || sentence.groups !== undefined;
        for (const f of facts) {
          const kept = resolves ? withResolutions(f, ix.mentions, sentence) : f;
          state.facts.push(kept);
          if (kept.relation === "assesses") judged.push(kept);
        }
      }
      acronymPrefixedBodies(state, lexiconAliases(state), (sentence) => emitter(state.facts, sentence));
      serviceTitledHolders(state, (sentence) => emitter(state.facts, sentence));
      handoverAcross(state, table, (sentence) => emitter(state.facts, sentence), indexOf);
      listContents(state, table, (sentence) => emitter(state.facts, sentence), indexOf);
      meetingEvents(state, table, (sentence) => emitter(state.facts, sentence), indexOf);
      personRecipients(state);
      documentOfficials(state);
      ministryStates(state, words);
      dropBodyReportsOnPeople(state);
      headlineFutures(state);
      headlineSpeakers(state);
      futuresOfToldSupplies(state);
      const unnamed = state.facts.filter((f) => f.source === UNNAMED_SUPPLIER);
      unnamedSuppliers(state, table);
      dealFrames(state, table, unnamed);
      discourseSupplies(state, table);
      identifiedGoods(state, table);
      dropOwnMeetings(state);
    },
  };
}

/** How many words may stand between a demonym and the person title it qualifies ("the Colombian leader", "the Chinese foreign minister"). */
const TITLED_DEMONYM_REACH = 2;

/**
 * True when the mention is a demonym that qualifies one person's title ("the Colombian leader",
 * "the Chinese president", "the Indian defence minister"): it names the person, not the country.
 */
function titledDemonym(tokens: Token[], m: Mention, words: WordSets): boolean {
  if (m.type !== "Country" || m.kind !== "demonym") return false;
  for (let k = m.last; k < Math.min(tokens.length, m.last + TITLED_DEMONYM_REACH + 1); k++) {
    const w = tokens[k] as Token;
    if (w.text !== w.lower || !/^(?:NOUN|ADJ)$/u.test(w.pos)) return false;
    // A title in the singular ("leader"); officials named by a plural speak for their country.
    // ("the Chinese government", "the Russian defense ministry's assistance": bodies, the country's own.)
    if (isStateBodyWord(words, w.lower)) return false;
    // The title heads its phrase ("the Chinese foreign minister of"; not "the Russian defense ministry").
    const head = !/^(?:NOUN|ADJ|PROPN)$/u.test(tokens[k + 1]?.pos ?? "");
    if (head && isTitleWord(w.lower) && singular(w.lower) === w.lower) return true;
  }
  return false;
}

/**
 * "Colombian President Gustavo Petro announced … Trump accused the Colombian president of …": a
 * judgement whose country target the sentence names only by a demonym qualifying one person's
 * title, in a document that has tied a named person to that country before, is about that person,
 * not the country (ONTOLOGY: a demonym names its country only through the entity it modifies), so
 * the country's triple is dropped. With no such person ("Peru praised the Chilean defence
 * minister's contribution") the country stands for its unnamed official.
 */
function dropTitledDemonymTargets(ix: SentenceIndex, facts: Fact[], state: DocState): void {
  const tokens = ix.sentence.tokens;
  let persons: Set<string> | null = null;
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Fact;
    if (f.relation !== "assesses") continue;
    const named = ix.mentions.filter((m) => m.name === f.target && m.type === "Country");
    if (named.length === 0 || !named.every((m) => titledDemonym(tokens, m, ix.words))) continue;
    persons ??= new Set(
      state.mentions.flatMap((list) => list.filter((m) => m.type === "Person").map((m) => m.name)),
    );
    const known = persons;
    const tied = [...state.facts, ...facts].some(
      (a) =>
        a.relation === "affiliated_with" &&
        a.modality === "asserted" &&
        a.target === f.target &&
        known.has(a.source),
    );
    if (tied) facts.splice(i, 1);
  }
}

/**
 * "Russia will deliver 8 Mi-171Sh helicopters to Peru's air force in December" in a document that
 * tells the supply from Russia to Peru as made ("Peru bought 24 helicopters from Russia … last
 * year"): a delivery whose only hedge is "will", by a supplier to a recipient the document asserts
 * it supplies, is a committed transfer; every supply of that supplier in the sentence is asserted.
 * The asserted supply must be of the same kind of goods (a weapon head word, "helicopters", shared
 * by the two sentences): "Washington has provided the Philippines with $500 million in military
 * financing" does not make "the United States will deploy a second Typhon missile system to the
 * Philippines" done.
 */
function futuresOfToldSupplies(state: DocState): void {
  // Only a planned supply may be read as told: a document without one reads no goods.
  if (!state.facts.some((f) => f.relation === "supplies" && f.modality === "planned")) return;
  const body = (f: Fact): boolean => !(state.sentences[f.sentence] as Sentence).headline;
  // Each sentence's goods read once: a sentence tells many supplies.
  const headsOf = new Map<number, string[]>();
  const heads = (s: number): string[] => {
    let h = headsOf.get(s);
    if (!h) headsOf.set(s, (h = goodsHeads(state.sentences[s] as Sentence)));
    return h;
  };
  const made = new Map<string, Set<string>>();
  for (const f of state.facts) {
    if (f.relation !== "supplies" || f.modality !== "asserted" || !body(f)) continue;
    const key = `${f.source}|${f.target}`;
    const goods = made.get(key) ?? new Set<string>();
    for (const head of heads(f.sentence)) goods.add(head);
    made.set(key, goods);
  }
  if (made.size === 0) return;
  const suppliersBySentence = new Map<number, Set<string>>();
  for (const f of state.facts) {
    const goods =
      f.relation === "supplies" && f.modality === "planned" && made.get(`${f.source}|${f.target}`);
    if (!goods || !heads(f.sentence).some((head) => goods.has(head))) continue;
    const words = (state.sentences[f.sentence] as Sentence).tokens.map((t) => t.lower);
    if (
      !words.includes("will") ||
      modalityOf(
        words.filter((w) => w !== "will"),
        modalityCuesOf(state),
      ) !== "asserted"
    )
      continue;
    const set = suppliersBySentence.get(f.sentence) ?? new Set<string>();
    suppliersBySentence.set(f.sentence, set.add(f.source));
  }
  if (suppliersBySentence.size === 0) return;
  state.facts = state.facts.map((f) =>
    f.relation === "supplies" &&
    f.modality === "planned" &&
    suppliersBySentence.get(f.sentence)?.has(f.source)
      ? { ...f, modality: "asserted" }
      : f,
  );
}

/** The kinds of goods a sentence names: its weapon head words, singular ("helicopter", "missile"). */
function goodsHeads(sentence: Sentence): string[] {
  const heads: string[] = [];
  for (const t of sentence.tokens) {
    const w = singular(t.lower);
    if (WORDS.weaponHeads.has(w) && !WORDS.broadModelHeads.has(w)) heads.push(w);
  }
  return heads;
}

/** The key of one supply told by one trigger and rule: its supplier, trigger and rule. */
function supplyKey(source: string, trigger: string, rule: string): string {
  return `${source}|${trigger}|${rule}`;
}

/**
 * The emit function of one sentence: keeps a fact with both roles filled by different actors.
 * A supply whose supplier is also its recipient is noted in `selfSupplies` (when given): its
 * supplier was misread. (A factory, not a closure named in the loop: the TypeScript loader would
 * name it per sentence.)
 */
function emitter(facts: Fact[], sentence: number, selfSupplies?: Set<string>): Emit {
  return (source, relation, target, trigger, rule, modality) => {
    if (!source || !target) return;
    if (source === target) {
      if (relation === "supplies") selfSupplies?.add(supplyKey(source, trigger, rule));
      return;
    }
    facts.push({ source, relation, target, sentence, trigger, rule, modality });
  };
}

/**
 * "Earlier, the country sold FA-50 jets to the Philippines", with "the country" taken for the
 * Philippines: a supplier that is also the supply's recipient, and that the sentence names through
 * a pronoun or description resolved to it, was misread, so the same supply's goods are not its
 * either. (A country named twice, "Russia … sells Russian helicopters", was not misread.)
 */
function dropSelfSupplies(facts: Fact[], selfSupplies: Set<string>, mentions: readonly Mention[]): void {
  const referred = new Set(mentions.filter((m) => m.antecedent).map((m) => m.name));
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Fact;
    if (
      f.relation === "supplies" &&
      referred.has(f.source) &&
      selfSupplies.has(supplyKey(f.source, f.trigger, f.rule))
    )
      facts.splice(i, 1);
  }
}

/** The lexicon's aliases of the organizations a document names, by canonical name. */
function lexiconAliases(state: DocState): (name: string) => readonly string[] {
  const named = new Set<string>();
  for (const list of state.mentions) for (const m of list) if (m.type === "Organization") named.add(m.name);
  // Read from the compiled lexicon: walking its entries for every document cost more than the stage.
  const aliases = gazetteerOf(state.options.lexicon).organizationAliases;
  return (name) => (named.has(name) ? aliases.get(name) : undefined) ?? [];
}

/**
 * Keeps, on a fact, the resolved pronouns and descriptions of its sentence that stand for one of
 * its ends, when the sentence does not name that end directly.
 */
export function withResolutions(fact: Fact, mentions: Mention[], sentence?: Sentence): Fact {
  const ends = new Set([fact.source, fact.target]);
  const named = new Set(mentions.filter((m) => !m.antecedent).map((m) => m.name));
  const resolved = mentions
    .filter((m) => m.antecedent && ends.has(m.name) && !named.has(m.name))
    .map((m) => ({ text: m.text, name: m.name, antecedent: m.antecedent as Antecedent }));
  // "they" → each member of the group its sentence resolved it to.
  if (sentence?.groups) resolved.push(...groupResolutions(fact, sentence, named));
  return resolved.length > 0 ? { ...fact, resolved } : fact;
}

/** How many sentences back a rejection ("Moscow denied it") may find the claim it rejects. */
const CLAIM_REACH = 2;

/**
 * The `relation` facts of the `reach` sentences before sentence `s`: a deal's contents refer back
 * to supplies, a rejection ("Moscow denied it") to claims.
 */
function priorFacts(facts: Fact[], s: number, relation: Fact["relation"], reach: number): Fact[] {
  const out: Fact[] = [];
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Fact;
    if (f.sentence < s - reach) break;
    if (f.relation === relation && f.sentence < s) out.push(f);
  }
  return out;
}

/** The claims a rejection may refer back to: those of the sentences before, and of this one so far. */
interface Claims {
  prior: Fact[];
  current: Fact[];
  /** Every judgement of the sentences before (the document's facts so far that are assesses). */
  earlier: readonly Fact[];
}

/** Stage 5 over the lexicon's frames: fills `state.facts`. */
export const relationsStage: Stage = createRelationsStage();

/** The keys `source|target` of the sentence's supplies facts. */
function supplyKeys(facts: Fact[]): Set<string> {
  return new Set(facts.filter((f) => f.relation === "supplies").map((f) => `${f.source}|${f.target}`));
}

/**
 * "delivered helicopters to the Nigerian Air Force": a supply to a country's forces or government
 * body (an organization whose name ends in a force word, affiliated with a country in the same
 * sentence) is a supply to that country too.
 */
function recipientStates(ix: SentenceIndex, facts: Fact[]): void {
  if (!facts.some((f) => f.relation === "supplies")) return;
  const countries = new Set(ix.mentions.filter((m) => m.type === "Country").map((m) => m.name));
  const stateOf = new Map<string, string>();
  for (const f of facts)
    if (f.relation === "affiliated_with" && countries.has(f.target)) stateOf.set(f.source, f.target);
  // "to the Sri Lanka Army": a body whose own name holds its country.
  for (const m of ix.mentions)
    if (m.type === "Organization" && m.country && !stateOf.has(m.name)) stateOf.set(m.name, m.country);
  if (stateOf.size === 0) return;
  const keys = supplyKeys(facts);
  for (const f of [...facts]) {
    if (f.relation !== "supplies") continue;
    const state = stateOf.get(f.target);
    const last = lastWord(f.target);
    // "signed a contract for frigates with the Ministry of Defense of Indonesia": a ministry or
    // government body of a state receives for it, as its forces do (stage words forceWords for the
    // last word, stateBodyWords for any word of the name: "Ministry of Defense", "Defence Ministry").
    const body =
      ix.words.forceWords.has(last) ||
      f.target
        .toLowerCase()
        .split(/\s+/u)
        .some((w) => ix.words.stateBodyWords.has(w));
    if (!state || state === f.source || !body || keys.has(`${f.source}|${state}`)) continue;
    keys.add(`${f.source}|${state}`);
    facts.push({ ...f, target: state });
  }
}

/**
 * "66 F-16 fighter jets": a weapon class right after the named model it describes is not a second
 * item; the supply of the model keeps the fact. ("anti-tank missiles, TOW 2B anti-tank missiles":
 * a class also listed on its own is an item.)
 */
function dropDescribingClasses(ix: SentenceIndex, facts: Fact[]): void {
  const modelsOf = new Map<string, string[]>();
  const alone = new Set<string>();
  for (const m of ix.mentions) {
    if (m.type !== "WeaponSystem" || m.rule !== "weapon-class") continue;
    const model = ix.cover[m.first - 1];
    if (model && model !== m && model.type === "WeaponSystem" && model.rule !== "weapon-class")
      modelsOf.set(m.name, [...(modelsOf.get(m.name) ?? []), model.name]);
    else alone.add(m.name);
  }
  if (modelsOf.size === 0) return;
  const keys = supplyKeys(facts);
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Fact;
    if (f.relation !== "supplies" || alone.has(f.target)) continue;
    if ((modelsOf.get(f.target) ?? []).some((x) => keys.has(`${f.source}|${x}`))) facts.splice(i, 1);
  }
}

/**
 * "Beijing objects …, the Foreign Ministry's spokesman, Geng Shuang, said": a claim by someone
 * the sentence ties to a country, directly or through one of its bodies ("Chinese Foreign
 * Ministry", or a body the country owns), about that country is about the speaker's own side: no
 * assesses. A rejection or denial ("dismissed the report, saying Beijing had never …") still
 * assesses.
 */
function dropOwnSideClaims(
  ix: SentenceIndex,
  facts: Fact[],
  demonyms: Map<string, string>,
  table: FrameTable,
): void {
  if (!facts.some((f) => f.relation === "assesses" && f.rule === "assess-say")) return;
  if (!facts.some((f) => f.relation === "affiliated_with")) return;
  if (ix.sentence.tokens.some((t) => NEGATIONS.has(t.lower) || isRejection(table, t.lemma))) return;
  const sides = new Map<string, Set<string>>();
  const countryOf = new Map(ix.mentions.filter((m) => m.country).map((m) => [m.name, m.country as string]));
  for (const f of facts) {
    if (f.relation !== "affiliated_with") continue;
    const set = sides.get(f.source) ?? new Set<string>();
    set.add(f.target);
    const owner = countryOf.get(f.target);
    if (owner) set.add(owner);
    sides.set(f.source, set);
  }
  if (sides.size === 0) return;
  const ownSide = (f: Fact): boolean => {
    const own = sides.get(f.source);
    if (!own) return false;
    const demonym = demonyms.get(f.target);
    return own.has(f.target) || (demonym !== undefined && [...own].some((o) => o.startsWith(`${demonym} `)));
  };
  // "Japan and India have agreed …", said by a Japanese minister: the claim's coordinated
  // subjects share its speaker and trigger, and with the speaker's own side among them the claim
  // is about the two sides' own ties.
  const said = (f: Fact): boolean => f.relation === "assesses" && f.rule === "assess-say";
  const claims = new Set(facts.filter((f) => said(f) && ownSide(f)).map((f) => `${f.source}|${f.trigger}`));
  // "Foreign Minister X said Ukraine believes Belarus is …": the speaker voices his side's judgement.
  facts.push(
    ...voicedReports(facts, (f) =>
      said(f) && ownSide(f) ? new Set([f.target, ...(sides.get(f.source) ?? [])]) : null,
    ),
  );
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as Fact;
    if (said(f) && claims.has(`${f.source}|${f.trigger}`)) facts.splice(i, 1);
  }
}

/** Words that make a sentence deny something. */
const NEGATIONS = new Set(["not", "never", "n't", "no"]);

/** The frame row of rejections and denials ("deny", "dismiss"). */
const REJECT_FRAME = "assess-reject";

/** True when `lemma` triggers the rejection row of the frame table. */
function isRejection(table: FrameTable, lemma: string): boolean {
  return (table.verb.get(lemma) ?? []).some((f) => f.id === REJECT_FRAME);
}

/**
 * A capital whose country takes part in a relation of the sentence stands for that country. True
 * when it renamed a mention.
 */
function resolveActingCapitals(ix: SentenceIndex, facts: Fact[]): boolean {
  if (facts.length === 0 || !ix.mentions.some((m) => m.kind === "capital")) return false;
  let renamed = false;
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
      renamed = true;
    }
  }
  return renamed;
}

/**
 * ", meeting Macron in Paris,", "after meeting Kishida": a gerund tagged as a noun, after a comma or
 * a preposition and right before the actor it takes as object, is a verb; its verb lemma, or null.
 */
function gerundWithObject(ix: SentenceIndex, t: number): string | null {
  const tokens = ix.sentence.tokens;
  // Read inside the arrays only: a read past either end throws optimised code away.
  const before = t > 0 ? tokens[t - 1] : undefined;
  if (
    !before ||
    (before.text !== "," && before.pos !== "ADP") ||
    t + 1 >= ix.chunkAt.length ||
    ix.chunkAt[t + 1]?.first !== t + 1
  )
    return null;
  return gerundVerb((tokens[t] as Token).lower);
}

/**
 * The claim noun at `t` inside a report anaphor ("the allegations made by X against Y"): its own
 * frame of assessing, author and topic, read as for a noun outside one.
 */
function reportAnaphorNoun(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  table: FrameTable,
  told: readonly Fact[],
): void {
  const tok = ix.sentence.tokens[t] as Token;
  if (tok.pos !== "NOUN") return;
  for (const frame of table.noun.get(tok.lemma) ?? [])
    if (frame.relation === "assesses" && !frame.governedBy) assessNoun(ix, t, emit, frame, told);
}

function frameRules(
  ix: SentenceIndex,
  emit: Emit,
  table: FrameTable,
  prior: Fact[],
  claims: Claims,
  told: readonly Fact[],
  discourse: Discourse,
): void {
  const tokens = ix.sentence.tokens;
  const last = tokens.length - 1;
  // The claims and the earlier judgements an assessing verb may refer back to, built once and
  // again only when this sentence has found a fact since (a fresh array per verb cost more than the rule).
  let claimsAt = -1;
  let claimList: Fact[] = [];
  // Whether the sentence names two actors that could meet, read at its first meeting trigger.
  let meetable: boolean | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const covered = ix.cover[t];
    if (covered) {
      // "dismissed the allegations made by X against Y": the claim noun of a phrase that stands for
      // its author (reports.ts) still tells the author's claim about Y.
      if (covered.rule === "report-anaphor") reportAnaphorNoun(ix, t, emit, table, told);
      continue;
    }
    const tok = tokens[t] as Token;
    // Read inside the array only: a read past either end throws optimised code away.
    const next = t < last ? (tokens[t + 1] as Token) : undefined;
    const before = t > 0 ? (tokens[t - 1] as Token) : undefined;
    if (tok.lower === "according" && next?.lower === "to") {
      accordingTo(ix, t, emit);
      continue;
    }
    // (A spaced dash sets off an insertion: "Chile - a buyer - sold".)
    const modifiers = before?.text === "-" && !tok.space ? table.modifier.get(tok.lemma) : undefined;
    if (modifiers) {
      // "US-supplied ATACMS", "the China-gifted frigate": a participle hyphened to its agent.
      for (const frame of modifiers) supplyModifier(ix, t, emit, frame, table);
      continue;
    }
    // "Nearly 40 Russian tanks have arrived from Russia to Serbia": goods told by their arrival.
    if (tok.pos === "VERB" && table.arrival.has(tok.lower)) supplyArrival(ix, t, emit, table);
    const gerund = tok.pos === "NOUN" ? gerundWithObject(ix, t) : null;
    if (tok.pos === "VERB" || gerund) {
      // "took into service four helicopters from Poland": a phrasal row beside the verb's own rows.
      const phrasal = tok.pos === "VERB" ? table.phrasal.get(tok.lemma) : undefined;
      const own = table.verb.get(gerund ?? tok.lemma) ?? [];
      for (const frame of phrasal ? [...own, ...phrasal] : own) {
        // A row with adverbs holds only with one of them right after the verb ("spoke highly of
        // China", not "spoke of China"; "turned over 30 helicopters to", not "turned to"; "took
        // into service four helicopters", not "took four helicopters").
        if (frame.adverbs && !frame.adverbs.some((a) => adverbAfter(tokens, t, a))) continue;
        if (frame.roles.subject === "deal")
          dealContents(ix, t, emit, frame, prior, table, discourse.state, discourse.indexOf);
        else if (frame.relation === "supplies") {
          supplyVerb(ix, t, emit, frame, table);
          // "The package will provide Ukraine with HIMARS launchers": the deal told before gives.
          if (frame.roles.subject === "supplier")
            dealGiving(ix, t, emit, frame, prior, table, discourse.state, discourse.indexOf);
        } else if (frame.relation === "meets") {
          // "spoke with X by phone": talks at a distance are no meeting.
          meetable ??= namesTwoActors(ix);
          if (meetable && !toldRemote(tokens, t, table)) meetVerb(ix, t, emit, frame, table);
        } else {
          if (claimsAt !== claims.current.length) {
            claimList = [...claims.prior, ...claims.current];
            claimsAt = claims.current.length;
          }
          assessVerb(ix, t, emit, frame, table, claimList, claims.earlier, discourse);
        }
      }
      // "The United States is deeply concerned by …": a participle tagged as a verb after "be".
      if (tok.pos === "VERB")
        for (const frame of table.adjective.get(tok.lower) ?? []) assessAdjective(ix, t, emit, frame);
    } else if (tok.pos === "ADJ" && table.adjective.has(tok.lower)) {
      // "Peru was critical of Chile", "Nepal is grateful to India": a predicate adjective.
      for (const frame of table.adjective.get(tok.lower) ?? []) assessAdjective(ix, t, emit, frame);
    } else if (tok.pos === "NOUN" || (t === 0 && tok.pos === "PROPN")) {
      // "Deliveries of Leopard tanks to Poland by Germany began": a capitalised first word is
      // tagged as a name; a frame noun there (not part of a name) is still the noun.
      for (const frame of table.noun.get(tok.pos === "NOUN" ? tok.lemma : lemmaOf(tok.lower, "NOUN")) ?? []) {
        if (frame.relation === "supplies") supplyNoun(ix, t, emit, frame, table, told);
        else if (frame.relation === "meets") {
          meetable ??= namesTwoActors(ix);
          if (meetable && !toldRemote(tokens, t, table)) meetNoun(ix, t, emit, frame, table);
        } else assessNoun(ix, t, emit, frame, told);
      }
    }
  }
}
