/**
 * assesses rules: a speaker and the subject of its claim ("X said that Y …", "“…,” X said",
 * "X attributed … to …") and "according to X".
 */
import type { Modality } from "../../model/ontology.ts";
import {
  type Chunk,
  type ChunkHead,
  type SentenceIndex,
  actorOf,
  chunkHeads,
  chunkPossessors,
  nonStateGroup,
} from "../chunks.ts";
import {
  MAX_SPAN,
  type Subject,
  mentionsIn,
  modalityOf,
  newClause,
  subjectBefore,
  zoneAfter,
} from "../clause.ts";
import { DEFAULT_FRAMES, type Frame, type FrameTable, type GrammaticalRole, frameFor } from "../frames.ts";
import {
  AGENT_PARTICLES,
  AUTHOR_PHRASE_CLOSERS,
  BACKING_PARTICIPLES,
  CERTAINTY_ADJECTIVES,
  CLAIM_MAKING_PARTICIPLES,
  OFFICE_AIM_VERBS,
  COGNITION_VERBS,
  CONFIRMING_VERBS,
  CONVICTION_ADJECTIVES,
  CONTACT_VERBS,
  DEAL_NOUNS,
  DENIED_STANCE_WORDS,
  EVIDENCE_NOUNS,
  FRONTED_SUBORDINATORS,
  GERUND_CLAUSE_OPENERS,
  GIFT_NOUNS,
  JOINING_VERBS,
  LINKING_VERB_FORMS,
  GRATITUDE_ADJECTIVES,
  NAMING_VERBS,
  OBJECTLESS_SPEECH_VERBS,
  HABITUAL_CUES,
  HEARSAY_NOUNS,
  INDICATION_NOUNS,
  OCCASION_SUBORDINATORS,
  PARTNERSHIP_NOUNS,
  PATIENT_ACT_NOUNS,
  PLACE_PART_NOUNS,
  PURPOSE_ACT_VERBS,
  PERFORMATIVE_CONDITIONALS,
  PERFORMATIVE_DESIRES,
  PERFORMATIVE_SUBJECTS,
  POLICY_STANCE_VERBS,
  QUESTION_OPENERS,
  RELAY_VERBS,
  RESPONSIBILITY_ADJECTIVES,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  STANCE_VERBS,
  TO_PREPOSITION_HEADS,
  THING_RELATIVE_WORDS,
  TOLD_REPORT_NOUNS,
} from "../lexicon/triggers.ts";
import type { Fact, Mention, Sentence, Token } from "../types.ts";
import {
  CITED_SOURCE_NOUNS,
  CONDUCT_NOUNS,
  DISOWNING_MODIFIERS,
  JUDGEMENT_WORDS,
  PUBLISH_VERBS,
  REPORT_JUDGING_VERBS,
  REPORT_NOUNS,
  SPEAKING_UNITS,
  TIE_ADJECTIVES,
} from "../lexicon/descriptions.ts";
import {
  ARTICLES,
  INDEFINITE_ARTICLES,
  MODAL_VERBS,
  PERSONAL_SUBJECTS,
  THIRD_PERSON_SUBJECTS,
} from "../lexicon/grammar.ts";
import {
  PERSON_PRONOUNS,
  POSSESSIVE_PERSON_PRONOUNS,
  SPEAKER_PLURAL,
  SPEAKER_SINGULAR,
} from "../lexicon/coreference.ts";
import { accusedAccomplices } from "./accused-accomplices.ts";
import { actAnaphor, referredActor } from "./act-anaphora.ts";
import { chargedRejecters, pronounClause, rejecterOfJudgingReport } from "./charged-rejecters.ts";
import { definiteClaim, dismissingPredicate, nearestClaimant } from "./claim-back.ts";
import { type Discourse, groupObject, groupSpeakers } from "./group-speakers.ts";
import {
  agentOwnerState,
  governmentDemonym,
  ownAgentPhrase,
  pastGovernmentOf,
  pastMannerPhrase,
  withOwnerState,
} from "./judged-owners.ts";
import { titledAgent } from "./meet.ts";
import { lemmaAmong } from "../lemma.ts";
import { WORDS, isTitleWord, singular, isVerbOrAux, VERB_GROUP_FILLER } from "../words.ts";
import { timeAdverbialEnd, timeAdverbialStart } from "../time-adverbials.ts";
import { demonymDescribedPerson } from "./demonym-persons.ts";
import { BE_FORMS, CLAUSE_STOP, type Emit, actorHeads, framingCues, possessorHeads } from "./shared.ts";
import {
  LOWER_FIRST,
  POSSESSIVE_ENDING,
  POSSESSIVE_MARK,
  UPPER_FIRST,
  CLOSING_DOUBLE_QUOTE,
  DOUBLE_QUOTE_MARK,
  OPENING_DOUBLE_QUOTE,
  OPENING_QUOTE_MARK,
  CLOSING_QUOTE_MARK,
  QUOTE_MARK_NO_STRAIGHT_SINGLE,
} from "../letters.ts";
import { restrictiveAsSpeaker } from "./as-clauses.ts";
import { quotedBody } from "./quoted-bodies.ts";
import { adoptsCited } from "./cited-adopters.ts";
import { closesBareClaim } from "./trailing-claims.ts";
import { underFireAgent } from "./under-fire.ts";
import { denialAccusers } from "./denial-accusers.ts";

const JOINING = new Set(JOINING_VERBS);

/**
 * The judges of a gerund after "in" that a verb of joining governs ("Latvia joined Estonia in
 * condemning …", "Japan has joined the EU and Canada in praising …"): the verb's subject and its
 * object, as one subject with the verb's cues; null when the gerund at `t` stands in no such frame.
 */
function joinedJudges(ix: SentenceIndex, t: number): Subject | null {
  const tokens = ix.sentence.tokens;
  if (tokens[t - 1]?.lower !== "in" || !(tokens[t] as Token).lower.endsWith("ing")) return null;
  const object = ix.chunkAt[t - 2];
  if (!object) return null;
  const verb = object.first - 1;
  if (!JOINING.has(tokens[verb]?.lemma ?? "") || tokens[verb]?.pos !== "VERB") return null;
  const subject = subjectBefore(ix, verb);
  const heads = [...subject.heads, ...chunkHeads(object)];
  return subject.heads.length > 0 ? { ...subject, heads } : null;
}

/** A comma or a closing quotation mark. */
const COMMA_OR_CLOSING_QUOTE = /^[,”"’]$/u;

/** Punctuation that closes a quoted claim. */
const QUOTE_CLOSER = /^[.,;:”"’]$/u;

/** Tags of a noun phrase's words. */
const NOMINAL_TAGS = /^(?:NOUN|PROPN|DET|ADJ|NUM)$/u;

/** A hyphen or dash. */
const DASH = /^[-–]$/u;

/** Tags of a preposition or punctuation. */
const ADP_OR_PUNCT = /^(?:ADP|PUNCT)$/u;

/** The articles ("the", "a", "an"; lexicon grammar.ts). */
const ARTICLE_WORDS = new Set(ARTICLES);
/** Adjectives of a tie before an actor's name ("neighbouring Ethiopia"). */
const TIES = new Set(TIE_ADJECTIVES);

/** The indefinite articles, which also open a predicative noun phrase ("called Russia's invasion a crime"). */
const INDEFINITE_ARTICLE_WORDS = new Set(INDEFINITE_ARTICLES);

/** A stop, a semicolon, a colon or a quotation mark: the end of a clause or a quotation's edge. */
const CLAUSE_END_OR_QUOTE = /^[.;:“”"]$/u;

/** Who judges in a verb's frame: its subject, the actors that speak, and the hedge of the verb. */
interface Judges {
  subject: Subject;
  sources: ChunkHead[];
  modality: Modality;
}

/**
 * True when a frame row's roles give a grammatical role other than the claim the topic ("We think
 * highly of Nepal's support": the of-phrase). (A loop over the keys: Object.entries built a list of
 * pairs at every assessing verb.)
 */
function topicBesidesClaim(roles: Frame["roles"]): boolean {
  for (const role in roles) if (roles[role as GrammaticalRole] === "topic" && role !== "claim") return true;
  return false;
}

/** "X said (that) Y …", "“…,” X said", "X attributed … to …": assesses(X, subject of the claim). */
export function assessVerb(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  claims: readonly Fact[] = [],
  earlier: readonly Fact[] = [],
  discourse: Discourse | null = null,
): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const acts = discourse?.acts ?? [];
  if (frame.roles.object === "speaker") {
    quotedSpeaker(ix, t, emit, frame);
    return;
  }
  // "The Times reported Afghan officials as claiming that …": the claim is the ones reported
  // (a row whose object is the speaker); the outlet only relays it.
  if (reportedAsSaying(ix, t, table)) return;
  if ((frame.courtesyWords || frame.requires === "for") && !creditedAct(tokens, t, frame.courtesyWords ?? []))
    return;
  if (frame.ownActObjects && ownActObject(tokens, t, frame.ownActObjects)) return;
  // "Mali accused Algeria of …, charges swiftly denied by Algiers": a claim noun with the verb's
  // participle and its agent is a passive relative clause, whose subject is the claim.
  if (frame.objectNouns && !frame.requires && reducedPassive(ix, t, frame.objectNouns)) {
    passiveJudgement(ix, t, emit, frame, { heads: [], chunk: null, cues: [], passive: true }, claims, table);
    return;
  }
  // "X rejected the accusations, saying (that) Y …", "…, accusing Z of …": a participle after a
  // comma takes the main clause's speaker; its own frame then finds what it is about.
  const speaker = participialSpeaker(ix, t, table) ?? purposeSpeaker(ix, t);
  if (speaker?.length === 0) return;
  // "Latvia joined Estonia in condemning Russia's strikes": both the one who joins and the one
  // joined judge.
  const joined = speaker ? null : joinedJudges(ix, t);
  const subject: Subject = speaker
    ? { heads: speaker, chunk: null, cues: [], passive: false }
    : (joined ?? subjectBefore(ix, t));
  if (subject.passive && frame.roles.object === "topic") {
    passiveJudgement(ix, t, emit, frame, subject, claims, table);
    return;
  }
  // "The US Special Envoy for the Global Coalition to Counter Islamic State said …": the body an
  // office's name sets out to fight is no speaker.
  let sources = actorHeads(subject.heads).filter((h) => !h.mention || !officeNameObject(tokens, h.mention));
  // "“We highly appreciate the cooperation with Austria …,” said X": a judgement by "we" in a
  // quotation is its speaker's too.
  // ("“We think highly of Nepal's support”": a row whose topic is a prepositional phrase too.)
  const judging = topicBesidesClaim(frame.roles);
  if (judging && !speaker) sources = withQuotedSpeaker(ix, t, sources);
  // "The Senegalese military leader noted …": one person told by a definite description that
  // coreference did not name speaks for himself, not for his country, when the document names
  // someone of that country (the own-country stage decides: rule suffix +described).
  if (subject.chunk && describedPerson(tokens, subject.chunk))
    sources = sources.map((h) => (h.unnamed ? { ...h, described: true } : h));
  if (sources.length === 0 && !speaker) sources = speakersBeyondSubject(ix, t, frame, table, discourse);
  const accusation = frame.roles.object === "topic";
  // "Reuters reported, citing sources, that …", "Al Aqsa TV said on Thursday citing sources that
  // …": the claim is the cited sources', relayed; a state citing a report adopts it (cited-adopters.ts).
  if (!accusation && relaysCited(ix, t) && !adoptsCited(sources)) return;
  // ("condemned in the strongest terms Pakistan": the object past a manner phrase.)
  const objectStart = pastMannerPhrase(ix, t + 1);
  const accused = accusation ? ix.chunkAt[objectStart] : null;
  // The cues between subject and verb: negation, and intention or hearsay ("agreed to condemn",
  // "plans to condemn", "reportedly said" are not asserted judgements).
  // "It is unclear whether China criticized Japan": a judgement inside an embedded question.
  // "Iran denied that it criticised Russia", "Iran did not say that it condemned Israel": a judgement
  // inside a denied or negated that-clause is not asserted (the frame's other cues, hearsay and
  // conditions, are the speech rules' to read). A rejected report's own judgement stays its
  // author's ("Iran rejected a G7 statement condemning its nuclear programme", "Syria rejected
  // Turkish claims that Damascus was arming the rebels": the G7 and Turkey did judge).
  const framed = deniedClause(ix, subject) ? framingCues(ix, subject) : [];
  const denial =
    DENIAL_MODALITIES.has(modalityOf(framed, ix.modalityCues)) && !framed.includes("allegedly") ? framed : [];
  const modality = inQuestion(tokens, subject.chunk?.first ?? t)
    ? "possible"
    : modalityOf([...performedCues(tokens, subject), ...denial], ix.modalityCues);
  // "Poland has long opposed Moscow": a stance held over time is a policy, not a stated judgement.
  if (POLICY_STANCE.has(tok.lemma) && subject.cues.some((w) => HABITUAL.has(w))) return;
  // "Pakistan denied violating a ceasefire after India said …": the accuser in the denial's clause
  // of time (denial-accusers.ts).
  for (const accuser of sources.length > 0 ? denialAccusers(ix, t, frame, sources) : [])
    if (!isSpeaker(accuser, sources))
      emitAssess(emit, sources, accuser, tok.text, `${frame.id}+after-accuser`, modality);
  if (frame.requires === "predicative" || frame.requires === "as" || frame.requires === "responsible") {
    predicatedJudgement(ix, t, emit, frame, frame.requires, { subject, sources, modality }, claims, acts);
    return;
  }
  // "Armenia and Azerbaijan accused each other of …": each of the coordinated speakers judges
  // the others.
  if (accusation && sources.length > 1 && reciprocal(tokens, t + 1)) {
    for (const s of sources)
      for (const o of sources)
        if (o.name !== s.name) emitAssess(emit, [s], { name: o.name }, tok.text, frame.id, modality);
    return;
  }
  // ("condemned the statements by Turkey's President Erdogan": Erdogan, and the state he speaks for.)
  // ("charged French citizen Louis Arnaud with spying": the person the demonym describes.)
  const described = accused && accused.first === objectStart ? demonymDescribedPerson(ix, accused) : null;
  let accusedHeads = described
    ? [described]
    : accused && accused.first === objectStart
      ? agentOwnerState(ix, accused, actorHeads(judgedHeads(accused)))
      : [];
  // "India strongly condemned it": an object pronoun read as the speaker itself stands for
  // something else (an act told before, below).
  if (
    accusedHeads.length > 0 &&
    accusedHeads.every((h) => h.mention?.kind === "pronoun" && isSpeaker(h, sources))
  )
    accusedHeads = [];
  // "A, B and C pledged funds. Rutte thanked the three countries": a group object stands for the
  // actors told just before.
  if (accusation && accusedHeads.length === 0 && discourse)
    accusedHeads = groupObject(ix, t + 1, discourse).filter((h) => !isSpeaker(h, sources));
  // "threatened retaliation against Tehran, accusing it of …": a pronoun object stands for the
  // nearest actor before it.
  // ("welcomed Uganda's idea", not "welcomed Museveni": a row of judged nouns takes no bare actor.)
  const judgedNouns =
    frame.objectNouns || frame.actNouns
      ? [...(frame.objectNouns ?? []), ...(frame.actNouns ?? [])]
      : undefined;
  if (accusation && accusedHeads.length === 0 && !judgedNouns) accusedHeads = pronounObject(ix, t, sources);
  if (accusedHeads.length > 0 && sources.length > 0 && !judgedNouns) {
    // "Washington accused Chinese companies of …": the accuser assesses the accused.
    for (const target of accusedHeads) emitAssess(emit, sources, target, tok.text, frame.id, modality);
    // "accused Kenya of funnelling weapons from the UAE": the charged act's other parties.
    // (An object pronoun has no phrase: "accusing it of using Hezbollah".)
    for (const target of accusedAccomplices(ix, accused?.last ?? t + 2, frame, table))
      if (!accusedHeads.some((h) => h.name === target.name) && !isSpeaker(target, sources))
        emitAssess(emit, sources, target, tok.text, `${frame.id}+accomplice`, modality);
    // "thanked Ambassador X for Britain's support": the owner of the deed thanked for is judged too.
    if (frame.courtesyWords && accused)
      for (const target of forPossessors(ix, accused))
        if (!accusedHeads.some((h) => h.name === target.name))
          emitAssess(emit, sources, target, tok.text, frame.id, modality);
    return;
  }
  // ("spoke highly of China": past the row's adverb.)
  const p = frame.adverbs ? t + 2 : t + 1;
  const prep = tokens[p]?.lower ?? "";
  if (sources.length > 0 && prep !== "that" && frame.roles[prep as GrammaticalRole] === "topic") {
    topicPhraseJudged(ix, t, p, emit, frame, sources, modality);
    return;
  }
  if (accusation && frame.roles.claim !== "topic" && sources.length > 0) {
    judgedObject(
      ix,
      t,
      emit,
      frame,
      table,
      { subject, sources, modality },
      judgedNouns,
      claims,
      earlier,
      acts,
    );
    return;
  }
  // "X, in a “strongly worded statement,” condemned North Korea": a judging verb's object is what
  // it judges, never a speaker put after it.
  if (sources.length === 0 && accusation) return;
  if (sources.length === 0) {
    invertedSpeaker(ix, t, emit, frame);
    return;
  }
  claimAfterVerb(ix, t, emit, frame, { subject, sources, modality }, accusation, { claims, acts });
}

/**
 * "lashed out at Ukraine", "protested against Israel": a judging verb whose row reads the phrase
 * at `p` as the topic judges the actors the phrase opens on (no possessor of a noun after them),
 * else the actor of the phrase ("warned of Iran's threat", "warned against a Chinese blockade").
 */
function topicPhraseJudged(
  ix: SentenceIndex,
  t: number,
  p: number,
  emit: Emit,
  frame: Frame,
  sources: ChunkHead[],
  modality: Modality,
): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  // "lashed out at Ukraine", "protested against Israel": the actors the phrase opens on, no
  // possessor of a noun after them; "warned of Iran's threat", "warned against a Chinese
  // blockade": the actor of the phrase.
  const direct = ix.chunkAt[p + 1];
  const opened =
    direct &&
    direct.first === p + 1 &&
    !direct.items.some((item) => item.kind === "poss") &&
    !POSSESSIVE_MARK.test(tokens[direct.last]?.text ?? "")
      ? actorHeads(chunkHeads(direct))
      : [];
  for (const target of opened.length > 0 ? opened : objectActors(ix, p, undefined))
    emitAssess(emit, sources, target, tok.text, frame.id, modality);
}

/**
 * "X said (that) Y …", "X told reporters Y …", "“…,” X said": the claim the verb opens (past its
 * addressee, a time phrase or a parenthetical), or the quotation closed before the speaker, and
 * whom it is about: assesses(speaker, subject of the claim).
 */
function claimAfterVerb(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  { subject, sources, modality }: Judges,
  accusation: boolean,
  told: { claims: readonly Fact[]; acts: Discourse["acts"] },
): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  // "… not destined for Havana as Cuban officials maintained.": the as-clause qualifies the
  // predicate before it, not the sentence's first actor (as-clauses.ts).
  if (subject.chunk && restrictiveAsSpeaker(tokens, subject.chunk.first, t, ix.modalityCues)) return;
  let forward = t + 1;
  let that = claimOpenerAfter(tokens, t, frame);
  // "…, the Pentagon confirmed.": a verb that needs "that" may still close a quoted claim.
  // "…,” Peskov said when asked about the plans": a clause of the occasion closes it too.
  // "Iran is sending missiles to Hezbollah, Israeli officials charge.": a bare claim before the
  // speaker's comma, the verb ending the sentence (trailing-claims.ts).
  const closing =
    closesQuote(tokens, closingAfter(tokens, t + 1)) ||
    occasionClause(tokens, t + 1) ||
    (subject.chunk?.last === t - 1 && closesBareClaim(tokens, t, subject.chunk.first));
  // "Lukashenko confirms Prigozhin has arrived": a claim without "that" after an actor and a verb.
  if (that < 0 && frame.roles.claim === "topic" && frame.roles.object !== "addressee" && bareClaim(ix, t))
    that = t;
  if ((frame.requires === "that" || (accusation && frame.roles.claim !== "topic")) && that < 0 && !closing) {
    // "Military officials in Somalia confirmed the delivery of weapons by an Egyptian warship".
    if (CONFIRMING.has(tok.lemma) && sources.length > 0)
      for (const target of actOwners(ix, t)) emitAssess(emit, sources, target, tok.text, frame.id, modality);
    return;
  }
  // "told lawmakers on Wednesday" / "told RIA Novosti": skip the addressee.
  if (frame.roles.object === "addressee" && that < 0) forward = pastAddressee(ix, t);
  // "said this to diplomats from the SCO": a pronoun object stands for a claim told before; what
  // follows is its audience or setting, no claim.
  if (
    that < 0 &&
    CLAIM_OBJECTS.has(tokens[t + 1]?.lower ?? "") &&
    ADP_OR_PUNCT.test(tokens[t + 2]?.pos ?? "")
  )
    forward = t + 2;
  if (that >= 0) forward = parentheticalEnd(tokens, that + 1);
  // "would allow Turkey to claim a large swathe of the Mediterranean": a noun phrase alone is no claim.
  if (that < 0 && !closing && frame.clauseLemmas?.includes(tok.lemma) && !finiteClause(ix, forward)) return;
  const next = tokens[forward];
  const source = sources[0]?.name ?? "";
  let target: { name: string } | null = null;
  if (
    next &&
    !(closing && that < 0) &&
    !closesQuote(tokens, forward) &&
    !(next.pos === "ADP" && that < 0 && tok.lemma !== "attribute") &&
    !(that < 0 && occasionClause(tokens, forward))
  ) {
    target = claimTarget(ix, forward, source) ?? referredClaimSubject(ix, forward, sources, told);
  } else if (subject.chunk) {
    // "“…,” Lee said during a briefing." The claim is what comes before the speaker; its subject
    // opens it (a name deep inside the quote is not what the claim is about).
    const start = claimOpening(ix.sentence.tokens);
    if (reportsSpeech(tokens, tok, subject.chunk.first)) return;
    target =
      subjectTarget(ix, start, subject.chunk.first, source) ?? referredClaimSubject(ix, start, sources, told);
  }
  if (!target) return;
  // "…, an informed source told Interfax": whom a claim is told is not what it is about.
  if (frame.roles.object === "addressee" && that < 0 && addressed(ix, t).includes(target.name)) return;
  emitAssess(emit, sources, target, tok.text, frame.id, modality);
}

/**
 * "North Korea fired two missiles. Kishida said the launch was a grave threat", "… says this
 * assistance has been instrumental": a claim whose subject is an act noun that refers back (no
 * actor of its own, right before its verb) is about the one actor of the act it stands for, as
 * "condemned the launch" is (act-anaphora.ts); a bare pronoun subject is left to coreference.
 */
function referredClaimSubject(
  ix: SentenceIndex,
  opening: number,
  sources: readonly ChunkHead[],
  { claims, acts }: { claims: readonly Fact[]; acts: Discourse["acts"] },
): { name: string } | null {
  const anaphor = actAnaphor(ix, opening - 1);
  if (!anaphor?.noun || !isVerbOrAux(ix.sentence.tokens[anaphor.last + 1])) return null;
  return referredActor(ix, opening - 1, opening, acts, withOwnSides(sources, claims))[0] ?? null;
}

/**
 * The speakers of a verb whose subject names no actor, the first found of: the subject of a verb
 * it is coordinated after ("X told a news conference that … and accused the Houthis of …"), the
 * judge of a verb of judging before it (rows whose object is the topic), the subject after a
 * fronted participle clause ("Praising Kenya's role, Ruto said …"), the body of a unit ("The UN
 * panel said"), the author of a report whose participle it is, and the actors told just before
 * that a group subject stands for ("A met B. The two leaders condemned …").
 */
function speakersBeyondSubject(
  ix: SentenceIndex,
  t: number,
  frame: Frame,
  table: FrameTable,
  discourse: Discourse | null,
): ChunkHead[] {
  let sources = coordinatedSpeaker(ix, t);
  if (sources.length === 0 && frame.roles.object === "topic") sources = coordinatedJudge(ix, t, table);
  if (sources.length === 0) sources = frontedSpeaker(ix, t);
  if (sources.length === 0) sources = unitSpeaker(ix, t);
  if (sources.length === 0) sources = reportParticipleSpeaker(ix, t);
  if (sources.length === 0 && discourse) sources = groupSpeakers(ix, t, discourse);
  return sources;
}

/**
 * "Japan called China a threat", "Putin referred to Xi as his friend", "held Israel fully
 * responsible": the object is judged (a row that requires a predicate, "as" or "responsible").
 */
function predicatedJudgement(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  requires: "predicative" | "as" | "responsible",
  { subject, sources, modality }: Judges,
  claims: readonly Fact[],
  acts: Discourse["acts"],
): void {
  const tok = ix.sentence.tokens[t] as Token;
  // "Japan called China a threat", "Putin referred to Xi as his friend", "held Israel fully
  // responsible": the object is judged.
  if (subject.passive || sources.length === 0) return;
  // "The Security Council must hold Guinea accountable": an appeal, no judgement made.
  if (requires === "responsible" && subject.cues.some((w) => OBLIGATION.has(w))) return;
  let targets: { name: string }[] = predicatedObject(ix, t, requires);
  if (targets.length === 0 && frame.objectNouns && requires !== "responsible")
    targets = judgedReport(ix, t, requires, frame.objectNouns, sources, claims);
  // (A report noun that stood for the nearest claim told before keeps that as its provenance.)
  const rule = targets.some((x) => "claimBack" in x) ? `${frame.id}+claim-back` : frame.id;
  // "recognised the honesty and integrity of the officers of X": without a predicate, a row's
  // act or quality noun in the object judges its owner.
  if (targets.length === 0 && frame.actNouns) targets = objectActors(ix, t, frame.actNouns, frame.actNouns);
  // "calling it another proof of France's provocative actions", "called the launch a clear
  // provocation by North Korea": the owner of a word of judgement in the predicate.
  if (targets.length === 0 && requires !== "responsible") {
    const owner = predicateOwner(ix, t, requires, sources);
    if (owner) targets = [owner];
  }
  // "A fired missiles. B called the launch a provocation": an act noun told before judges its actor.
  if (targets.length === 0 && predicateAfterAnaphor(ix, t, requires))
    targets = referredActor(ix, t, subject.chunk?.first ?? t, acts, withOwnSides(sources, claims));
  for (const target of targets) emitAssess(emit, sources, target, tok.text, rule, modality);
}

/**
 * "condemned the decision by Washington", "rejected Kyiv's claims", "condemned reports that
 * Beijing was offering …", "Moscow denied it": whom the object of a judgement names, the claim a
 * report noun reports, the accuser of a claim referred back to, or the actor of an act told before.
 */
function judgedObject(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  table: FrameTable,
  { subject, sources, modality }: Judges,
  judgedNouns: string[] | undefined,
  claims: readonly Fact[],
  earlier: readonly Fact[],
  acts: Discourse["acts"],
): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  let rule = frame.id;
  // "condemned the decision by Washington", "rejected Kyiv's claims": the actor of the object.
  let targets = objectActors(ix, t, judgedNouns, frame.actNouns).filter((h) => !isSpeaker(h, sources));
  // "condemned reports that Beijing was offering …": the subject of the reported claim.
  const that = frame.claimNouns ? claimNounThat(tokens, t, frame.claimNouns) : -1;
  if (targets.length === 0 && that > 0) {
    const target = claimTarget(ix, that + 1, sources[0]?.name ?? "");
    targets = target ? [target] : [];
  }
  // "Moscow denied it", "Beijing rejected the accusations": a rejection of a claim told just
  // before, about the rejecter, assesses whoever made it.
  if (targets.length === 0 && frame.objectNouns && refersBack(ix, t, frame.objectNouns)) {
    const sides = withOwnSides(sources, claims);
    targets = accusers(claims, sides);
    // "Eritrea's Information Minister X denied the claim", the claim told sentences before: a
    // report noun (no pronoun) refers back as far as the document goes, when one accuser made it.
    if (targets.length === 0 && !bareClaimPronoun(ix, t + 1)) {
      const far = accusers(earlier, sides);
      if (far.length === 1) targets = far;
    }
    // "The DRC charged that Kigali backs M23. Rwanda rejected the charges": with no claim about
    // the rejecter's side, the nearest claim told before and its one claimant.
    if (targets.length === 0 && definiteClaim(tokens, t + 1, frame.objectNouns)) {
      targets = nearestClaimant(claims, ix.sentence.index, sides);
      if (targets.length > 0) rule = `${frame.id}+claim-back`;
    }
  }
  // "protested the incident to India", "warned the public of Iran's threat": past an object
  // that names no actor, the actor of a phrase the row reads as the topic.
  if (targets.length === 0) targets = topicPastObject(ix, t, frame).filter((h) => !isSpeaker(h, sources));
  // "North Korea rejected a UN statement denouncing its launch": the pronoun stands for the rejecter.
  if (targets.length === 0)
    targets = rejecterOfJudgingReport(ix, t, (lemma) => isRejectionLemma(table, lemma), sources);
  // "North Korea fired two missiles. Japan condemned the launch.": an act noun with no actor of
  // its own refers back to the one actor of the nearest compatible act told before.
  if (targets.length === 0)
    targets = referredActor(ix, t, subject.chunk?.first ?? t, acts, withOwnSides(sources, claims));
  for (const target of targets) emitAssess(emit, sources, target, tok.text, rule, modality);
}

/**
 * A verb of saying with no speaker before it, inverted: "…,” said Lee.", "…, said the JCS.", and
 * "Said Defence Minister X: “…”" (the claim after a colon).
 */
function invertedSpeaker(ix: SentenceIndex, t: number, emit: Emit, frame: Frame): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  // Inverted: "…,” said Lee." / "…, said the JCS."
  const after = ix.chunkAt[t + 1] ?? ix.chunkAt[t + 2];
  // "A UN report, however, concluded that Iran …": a claim follows, so nothing is inverted.
  // "X, who spoke to NBC News in New York, said Iran was not planning …": a name after the verb
  // with a verb of its own opens a claim, no inverted speaker.
  // "Some countries, especially Germany, told Ukraine that …": the name after a verb of telling
  // is its hearer, never an inverted speaker.
  const claimFollows =
    tokens[t + 1]?.lower === "that" ||
    frame.roles.object === "addressee" ||
    (after !== null && after !== undefined && isVerbOrAux(tokens[after.last]));
  const titled = after ? [] : titledSpeaker(ix, t + 1);
  // "Said Defence Minister X: “It's the second gift by China …”": a verb of saying that opens
  // the sentence, its speaker after it, and the quoted claim after a colon.
  const quote = after && t === claimOpening(tokens) ? invertedQuote(tokens, after.last) : -1;
  if (quote > 0) {
    const sources = actorHeads(chunkHeads(after as Chunk));
    const target = claimTarget(ix, quote, sources[0]?.name ?? "");
    if (target) emitAssess(emit, sources, target, tok.text, frame.id, "asserted");
    return;
  }
  if (
    (after || titled.length > 0) &&
    !claimFollows &&
    COMMA_OR_CLOSING_QUOTE.test(tokens[t - 1]?.text ?? "")
  ) {
    const sources = after ? actorHeads(chunkHeads(after)) : titled;
    const start = claimOpening(tokens);
    if (reportsSpeech(tokens, tok, t - 1)) return;
    const target = subjectTarget(ix, start, t - 1, sources[0]?.name ?? "");
    if (target) emitAssess(emit, sources, target, tok.text, frame.id, "asserted");
  }
}

/**
 * Where the claim after a verb of saying opens: its "that" (or a row's claim opener right after
 * the verb), or the quotation after a colon or a comma, past the addressee and time phrases
 * ("told Russian media that", "reported on Thursday that"); -1 when a clause stop, an infinitive
 * complement or a participle's own clause comes first.
 */
function claimOpenerAfter(tokens: Token[], t: number, frame: Frame): number {
  const thatReach =
    inMedium(tokens, t) || adjunctsThen(tokens, t) ? MEDIUM_THAT_REACH : THAT_REACH_AFTER_VERB;
  for (let k = t + 1; k < Math.min(tokens.length, t + thatReach); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "that" || (k === t + 1 && frame.claimOpeners?.includes(w.lower))) {
      return k;
    }
    // "said in a statement: “India is …”": the claim follows the colon.
    // "said, “I would like to thank …”": a quotation opening after the verb is its claim.
    // (Not "Western nations, he said, “are sending …”": a quotation opening on a verb goes on
    // with the subject before the speaker.)
    // "said in a statement, “India rejects …”", "said on Monday, “…”": a prepositional or time
    // phrase may stand between the verb and the comma.
    if (
      (w.text === ":" ||
        (w.text === "," &&
          (k === t + 1 || setOffPhrase(tokens, t + 1, k, frame.roles.object === "addressee")) &&
          !isVerbOrAux(tokens[k + 2]))) &&
      OPENING_QUOTE_MARK.test(tokens[k + 1]?.text ?? "")
    ) {
      return k + 1;
    }
    if (CLAUSE_STOP.test(w.text)) return -1;
    // "was determined to sanction entities that support …": an infinitive after the verb is its
    // complement, and a "that" after it opens a relative clause, no claim.
    if (w.lower === "to" && tokens[k + 1]?.pos === "VERB") return -1;
    // "said, adding that …": the participle's claim is its own.
    if (w.text === "," && tokens[k + 1]?.lower.endsWith("ing")) return -1;
  }
  return -1;
}

/**
 * The index past the addressee of a verb of telling and a time phrase after it ("told lawmakers on
 * Wednesday", "told RIA Novosti", "told reporters on Monday Ghana had …").
 */
function pastAddressee(ix: SentenceIndex, t: number): number {
  const tokens = ix.sentence.tokens;
  let forward = t + 1;
  const obj = addresseeChunk(ix, t);
  // "told a high-level ministerial meeting on …": past hyphened words of the phrase too, up to
  // a determiner or a name that opens the claim ("told the newspaper the Emirati plane …").
  if (obj) forward = obj.last;
  else
    while (
      forward < Math.min(tokens.length, t + ADDRESSEE_REACH) &&
      (NOMINAL_TAGS.test((tokens[forward] as Token).pos) ||
        (DASH.test((tokens[forward] as Token).text) && forward > t + 1)) &&
      !(forward > t + 1 && (tokens[forward]?.pos === "DET" || ix.chunkAt[forward]?.first === forward))
    )
      forward++;
  // "told reporters on Monday Ghana had …": past a time phrase after the addressee.
  // "told reporters on Monday Ghana had …": past a time phrase after the addressee.
  return timeAdverbialEnd(tokens, forward);
}

/**
 * True when a finite verb (not a participle in -ing, nor an infinitive after "to") stands from
 * `from` up to the first comma or clause stop: the words there make a clause ("claims the sale
 * will cause an arms race"), not a noun phrase ("claim a large swathe of the sea, infringing …").
 */
function finiteClause(ix: SentenceIndex, from: number): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.text === "," || CLAUSE_STOP.test(w.text)) return false;
    // "DRC official claims Rwanda aiding M23 rebels": a headline drops the clause's "is".
    if (ix.sentence.headline && w.pos === "VERB" && w.lower.endsWith("ing") && ix.cover[k - 1]) return true;
    if (ix.cover[k] || !isVerbOrAux(w) || w.lower.endsWith("ing")) continue;
    if (tokens[k - 1]?.lower !== "to") return true;
  }
  return false;
}

/** The hedges of a framing clause that a judgement inside it takes ("denied that", "did not say that"). */
const DENIAL_MODALITIES: ReadonlySet<Modality> = new Set(["denied", "negated"]);

/** True when the subject's clause opens with "that" ("denied that it criticised"), not as a verb's object or a report's. */
function deniedClause(ix: SentenceIndex, subject: Subject): boolean {
  const first = subject.chunk?.first ?? 0;
  return first > 0 && ix.sentence.tokens[first - 1]?.lower === "that";
}
const DESIRES = new Set(PERFORMATIVE_DESIRES);
const FIRST_PERSON = new Set(PERFORMATIVE_SUBJECTS);
const CONDITIONALS = new Set(PERFORMATIVE_CONDITIONALS);

const OFFICE_AIMS = new Set(OFFICE_AIM_VERBS);

/**
 * True when mention `m` is the object of a capitalised verb after "to" in the name of an office or
 * body ("Coalition to Counter Islamic State", "Office to Combat Terrorism"), which no clause's
 * subject is.
 */
function officeNameObject(tokens: Token[], m: Mention): boolean {
  const verb = tokens[m.first - 1];
  return (
    verb !== undefined &&
    UPPER_FIRST.test(verb.text) &&
    OFFICE_AIMS.has(verb.lower) &&
    tokens[m.first - 2]?.lower === "to"
  );
}

/**
 * The cues that hedge a judging verb: all of the subject's, except that "I" or "we" with a verb of
 * desire performs the judgement ("I want to thank X", "we would like to congratulate X"): the
 * desire and a "would" before it do not count.
 */
function performedCues(tokens: Token[], subject: Subject): string[] {
  const first = subject.chunk ? tokens[subject.chunk.first]?.lower : undefined;
  if (!FIRST_PERSON.has(first ?? "") || !subject.cues.some((c) => DESIRES.has(c))) return subject.cues;
  return subject.cues.filter((c) => !DESIRES.has(c) && !CONDITIONALS.has(c));
}

/** True when `w` is a verb in the third person singular of the present ("thinks", "appreciates"). */
function presentThirdPerson(w: Token): boolean {
  return w.lower !== w.lemma && (w.lower === `${w.lemma}s` || w.lower === `${w.lemma}es`);
}

/** Most words of a verb group between "we" and its verb ("we would also like to thank"). */
const WE_VERB_REACH = 6;

/**
 * `sources` and, when the subject of the verb at `t` is "we" inside a quotation whose speaker is a
 * person, that person: "we" speaks for the speaker, and for the country the speaker serves when the
 * document names one (coreference resolves it so).
 */
function withQuotedSpeaker(ix: SentenceIndex, t: number, sources: ChunkHead[]): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  // "Wei said, “China thinks highly of the support from Nepal”": the judgement of the speaker's
  // own country, told in the present tense inside the speaker's quotation, is the speaker's stance.
  // (Not "“Ukraine accuses Belarus …,” Zakharova said": another country's, relayed.)
  const verb = tokens[t] as Token;
  const country = sources.length === 1 && sources[0]?.mention?.type === "Country" ? sources[0].name : "";
  if (country && presentThirdPerson(verb)) {
    const quote = ix.sentence.quotes?.find((q) => q.first <= t && t < q.last);
    const person = quote?.speaker.type === "Person" ? quote.speaker : undefined;
    if (person && quote?.side === country)
      return [...sources, { mention: person, name: person.name, unnamed: false }];
  }
  let k = t - 1;
  while (k > t - WE_VERB_REACH && WE_VERB_GROUP_TAGS.test(tokens[k]?.pos ?? "") && tokens[k]?.lower !== "we")
    k--;
  if (tokens[k]?.lower !== "we") return sources;
  const quote = ix.sentence.quotes?.find((q) => q.first <= k && k < q.last);
  const person = quote?.speaker.type === "Person" ? quote.speaker : undefined;
  if (!person || sources.some((h) => h.name === person.name)) return sources;
  return [...sources, { mention: person, name: person.name, unnamed: false }];
}

/** How far after a verb of saying its "that" may stand. */
const THAT_REACH_AFTER_VERB = 10;
/**
 * How far after a verb of saying its "that" may stand when the verb names its medium first ("said
 * in a report obtained by The Associated Press on Wednesday that …").
 */
const MEDIUM_THAT_REACH = 18;
const MEDIUM_NOUNS = new Set(REPORT_NOUNS);

/** True when `w` is a report noun by lemma or form ("report", "reports", "statement"). */
function isReportNoun(w: Token): boolean {
  return MEDIUM_NOUNS.has(w.lemma) || MEDIUM_NOUNS.has(w.lower);
}

/** True when "in" and a report noun (after at most two determiners or adjectives) follow the verb at `t` ("said in a report", "said in its latest statement"). */
function inMedium(tokens: Token[], t: number): boolean {
  if (tokens[t + 1]?.lower !== "in") return false;
  for (let k = t + 2; k < t + 5; k++) {
    const w = tokens[k];
    if (!w) return false;
    if (isReportNoun(w)) return true;
    if (!/^(?:DET|ADJ|PRON)$/u.test(w.pos)) return false;
  }
  return false;
}

/** Tags of the words of prepositional phrases between a verb of saying and its "that". */
const ADJUNCT_TAGS = /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM|PRON|CCONJ)$/u;

/**
 * True when only prepositional phrases, the first opening right after the verb at `t`, stand
 * between it and a "that" within MEDIUM_THAT_REACH ("said at a news conference in Ankara with his
 * Turkish counterpart on Thursday that …"): no verb or mark among them.
 */
function adjunctsThen(tokens: Token[], t: number): boolean {
  if (tokens[t + 1]?.pos !== "ADP" || tokens[t + 1]?.lower === "that") return false;
  for (let k = t + 2; k < Math.min(tokens.length, t + MEDIUM_THAT_REACH); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "that") return true;
    if (!ADJUNCT_TAGS.test(w.pos)) return false;
  }
  return false;
}

/**
 * True when `chunk` is a definite description of one person by a title ("the Senegalese military
 * leader", "the Chinese president"), not of unnamed officials ("the Chinese spokesperson", "the
 * US officials", "the Indian military"): its head title is no word for unnamed speakers.
 */
function describedPerson(tokens: Token[], chunk: Chunk): boolean {
  const last = chunk.items[chunk.items.length - 1];
  const opening = tokens[chunk.first]?.lower === "the" || tokens[chunk.first - 1]?.lower === "the";
  return (
    opening &&
    last?.kind === "title" &&
    last.head &&
    !WORDS.unnamed.has(last.word) &&
    chunk.items.every((it) => it.kind !== "and")
  );
}

/** Most words of an object phrase without a name before a topic's preposition ("the latest border incident"). */
const OBJECT_PHRASE_REACH = 5;

/**
 * The actors of the phrase after an object that names none, when the row at `t` reads its
 * preposition as the topic ("protested the incident to India", "warned the public of Iran's
 * threat"): the object a determiner and common words only, the phrase's actor heads or else its
 * owner ("of Iran's threat"). None past a name, a verb or punctuation.
 */
function topicPastObject(ix: SentenceIndex, t: number, frame: Frame): { name: string }[] {
  const tokens = ix.sentence.tokens;
  if (tokens[t + 1]?.pos !== "DET") return [];
  let k = t + 2;
  while (k < t + 2 + OBJECT_PHRASE_REACH && !ix.cover[k] && /^(?:ADJ|NOUN|NUM)$/u.test(tokens[k]?.pos ?? ""))
    k++;
  const prep = tokens[k]?.lower ?? "";
  if (
    k === t + 2 ||
    ix.cover[k] ||
    tokens[k]?.pos !== "ADP" ||
    frame.roles[prep as GrammaticalRole] !== "topic"
  )
    return [];
  const direct = ix.chunkAt[k + 1];
  if (direct && direct.first === k + 1 && !direct.items.some((item) => item.kind === "poss"))
    return actorHeads(chunkHeads(direct));
  return objectActors(ix, k, undefined);
}

/** The actors named in the addressee phrase right after a verb of telling at `t` ("told Interfax", "told the BBC"). */
function addressed(ix: SentenceIndex, t: number): string[] {
  const obj = addresseeChunk(ix, t);
  return (obj?.items ?? []).flatMap((it) => (it.kind === "mention" ? [it.m.name] : []));
}

/**
 * The actor phrase addressed right after a verb of telling at `t`: at `t + 1`, or past one
 * determiner ("told the BBC"). Not a name after a bare noun: in "told reporters Ghana had …" the
 * name opens the claim.
 */
function addresseeChunk(ix: SentenceIndex, t: number): Chunk | null {
  return ix.chunkAt[t + 1] ?? (ix.sentence.tokens[t + 1]?.pos === "DET" ? (ix.chunkAt[t + 2] ?? null) : null);
}

/** Most words of an addressee phrase without a name after a verb of telling ("told a high-level ministerial meeting"). */
const ADDRESSEE_REACH = 8;
/** Pronoun objects of a verb of saying that stand for a claim told before ("said this to …", "said so in …"). */
const CLAIM_OBJECTS = new Set(["this", "it", "so"]);

/** Most words of a bare title after an inverted verb of saying ("said the deputy foreign minister"). */
const INVERTED_TITLE_WORDS = 5;

/**
 * The speaker that a bare title opening at `k`, after an inverted verb of saying, names: the
 * person in apposition after it ("…,” said the president of Venezuela, Nicolás Maduro") or else
 * the country or body its of-phrase names ("…,” said the president of Venezuela").
 */
function titledSpeaker(ix: SentenceIndex, k: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let j = ARTICLE_WORDS.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  const first = j;
  while (j < first + INVERTED_TITLE_WORDS && !ix.cover[j] && isTitleWord(tokens[j]?.lower ?? "")) j++;
  if (j === first) return [];
  let owners: ChunkHead[] = [];
  if (tokens[j]?.lower === "of") {
    const of = chunkFrom(ix, j + 1);
    // ("the leader of the opposition, Matthew Wale": an of-phrase that names no actor.)
    if (of) owners = actorHeads(chunkHeads(of)).filter((h) => h.mention?.type !== "Person");
    j = of ? of.last : j + 1;
    while (!of && j < first + INVERTED_TITLE_WORDS * 2 && /^(?:DET|ADJ|NOUN)$/u.test(tokens[j]?.pos ?? ""))
      j++;
  }
  if (tokens[j]?.text === ",") {
    const named = chunkFrom(ix, j + 1);
    const people = named ? actorHeads(chunkHeads(named)).filter((h) => h.mention?.type === "Person") : [];
    if (people.length > 0) return people;
  }
  return owners;
}

/**
 * Where the quoted claim of an inverted opening ("Said Defence Minister X: “…”") starts: past the
 * colon and the opening mark right after the speaker's phrase, which ends at `k`; -1 when none.
 */
function invertedQuote(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ":" || !OPENING_DOUBLE_QUOTE.test(tokens[k + 1]?.text ?? "")) return -1;
  return k + 2 < tokens.length ? k + 2 : -1;
}

const OCCASION_OPENERS = new Set(OCCASION_SUBORDINATORS);
const GERUND_OPENERS = new Set(GERUND_CLAUSE_OPENERS);

/**
 * True when a participle clause of the occasion opens at `k` ("told reporters when asked about the
 * plans", "said while visiting Kyiv"): it ends the statement, whose claim stands before it.
 */
function occasionClause(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    OCCASION_OPENERS.has(tokens[k]?.lower ?? "") &&
    next?.pos === "VERB" &&
    /(?:ed|ing)$/u.test(next.lower) &&
    tokens[k + 2]?.lower !== "that"
  );
}

/**
 * True when tokens `from` to `to` (excluded) are one prepositional or time phrase and no verb
 * ("in a statement", "during a televised address", "on Monday"), or, for a verb with an
 * addressee, a noun phrase that may go on with one ("told reporters at a news conference"), as
 * between a verb of saying and the comma before its quotation.
 */
function setOffPhrase(tokens: Token[], from: number, to: number, addressee: boolean): boolean {
  if (to <= from) return false;
  let nominal = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    // ("a televised address": after a determiner, words tagged as verbs are the noun's.)
    const inNoun: boolean = w.pos === "VERB" && (nominal || tokens[k - 1]?.pos === "DET");
    if ((/^(?:VERB|AUX|PUNCT)$/u.test(w.pos) && !inNoun) || w.lower === "that") return false;
    nominal = inNoun || w.pos === "DET" || w.pos === "ADJ";
  }
  const first = tokens[from] as Token;
  return (
    first.pos === "ADP" ||
    timeAdverbialStart(tokens, to - 1) === from ||
    (addressee && /^(?:NOUN|PROPN)$/u.test(first.pos))
  );
}

/**
 * True when `verb` reports (an outlet's "…, AFP reported", "…, reported by Reuters", "…, reported
 * Xinhua") a claim, before token `to`, that holds a verb of speech outside quotation marks,
 * wherever it stands ("Saudi Arabia's deputy defence minister, Khalid bin Salman, on
 * Thursday accused Iran …", "“…,” it said in a statement"): the outlet relays that statement,
 * whose own verb gives its facts.
 */
function reportsSpeech(tokens: Token[], verb: Token, to: number): boolean {
  if (verb.lemma !== "report") return false;
  let quoted = false;
  for (let k = 0; k < to; k++) {
    const w = tokens[k] as Token;
    if (w.text === "“" || w.text === "”" || w.text === '"') {
      quoted = w.text === '"' ? !quoted : w.text === "“";
      continue;
    }
    if (!quoted && w.pos === "VERB" && SPEECH.has(w.lemma)) return true;
  }
  return false;
}

const CONFIRMING = new Set(CONFIRMING_VERBS);
const PATIENT_ACTS = new Set(PATIENT_ACT_NOUNS);

const PLACE_PARTS = new Set(PLACE_PART_NOUNS);
const PARTNERSHIPS = new Set(PARTNERSHIP_NOUNS);

/** How far a confirmed act's phrase may reach for its agent ("the delivery of a cache of weapons by an Egyptian warship"). */
const ACT_REACH = 12;

/**
 * The actors that perform the act a verb of confirming at `t` takes as its object: its agent after
 * "by" ("confirmed the delivery of a cache of weapons by an Egyptian warship"); not an actor after
 * another preposition ("the arrival of Chinese vehicles", "the visit to China"), nor its owner
 * ("confirmed Poland's request" tells no claim about Poland). None when a clause mark or a finite
 * verb comes first.
 */
function actOwners(ix: SentenceIndex, t: number): { name: string }[] {
  const tokens = ix.sentence.tokens;
  let prep = "";
  for (let k = t + 1; k < Math.min(tokens.length, t + 1 + ACT_REACH); k++) {
    const w = tokens[k] as Token;
    const m = ix.cover[k];
    if (m?.first === k && m.type !== "WeaponSystem" && actorOf(m).type !== "Location") {
      if (prep === "by") {
        const chunk = ix.chunkAt[k];
        const heads = chunk ? actorHeads(chunkHeads(chunk)) : [];
        return heads.length > 0 ? heads : [actorOf(m)];
      }
    }
    if (m) {
      k = m.last - 1;
      continue;
    }
    if (/^[.,;:!?“”"]$/u.test(w.text) || w.lower === "that" || w.pos === "AUX") return [];
    if (w.pos === "VERB" && !agentParticiple(tokens, k)) return [];
    if (w.pos === "ADP") prep = w.lower;
  }
  return [];
}

/** How long a phrase set off by commas right after "that" may be ("that, according to US intelligence,"). */
const PARENTHETICAL_REACH = 8;

/**
 * Past a phrase set off by commas that opens at `k` ("said that, according to US intelligence,
 * Iran …"; "said that, despite sanctions, Iran …"): the index after its closing comma, when that
 * comes within PARENTHETICAL_REACH words before any verb; `k` otherwise.
 */
function parentheticalEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ",") return k;
  // "said that, by adopting new laws, Albania …": an adjunct that a preposition opens may hold a
  // gerund or a participle, and reach further.
  const adjunct = tokens[k + 1]?.pos === "ADP";
  const reach = adjunct ? ADJUNCT_REACH : PARENTHETICAL_REACH;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + reach); j++) {
    const w = tokens[j] as Token;
    if (w.text === ",") return j + 1;
    const nonFinite = adjunct && w.pos === "VERB" && /(?:ing|ed)$/u.test(w.lower);
    if ((isVerbOrAux(w) && !nonFinite) || CLAUSE_END_OR_QUOTE.test(w.text)) return k;
  }
  return k;
}

/** How long an adjunct set off by commas after "that" may be ("that, by adopting the documents constituting the basis of the system,"). */
const ADJUNCT_REACH = 16;

/** How far back from a that-clause its verb of saying may stand ("told a news conference in Riyadh that"). */
const THAT_VERB_REACH = 10;

/**
 * The speaker of a verb coordinated after a that-clause ("X told a news conference that the attacks
 * were a violation of international law and accused the Houthis of …", "X issued a statement
 * conceding that the rebels had received weapons but accused the U.S. of …"): the subject of the
 * verb that governs the clause (through a participle after a noun, the main verb's). Only when the
 * clause's own subject is no actor: after "said that Somalia had closed its airspace and accused
 * …" the accuser may be Somalia. None else.
 */
function coordinatedSpeaker(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let j = t - 1;
  while (j > 0 && tokens[j]?.pos === "ADV") j--;
  if (!/^(?:and|but)$/u.test(tokens[j]?.lower ?? "")) return [];
  // "conceding that “the United States is not supplying …” but accused …": a quoted clause closed
  // before the coordinator holds the verb, whatever its subject.
  const quoted = CLOSING_DOUBLE_QUOTE.test(tokens[j - 1]?.text ?? "");
  let that = -1;
  for (let k = j - (quoted ? 2 : 1); k >= Math.max(0, j - MAX_SPAN); k--) {
    const w = tokens[k] as Token;
    if (CLAUSE_BREAK_MARK.test(w.text)) {
      if (!quoted || !OPENING_DOUBLE_QUOTE.test(w.text) || tokens[k - 1]?.lower !== "that") return [];
      that = k - 1;
      break;
    }
    if (w.lower === "that" && w.pos === "SCONJ" && !quoted) {
      that = k;
      break;
    }
  }
  if (that < 1 || (!quoted && claimTarget(ix, that + 1, ""))) return [];
  for (let v = that - 1; v >= Math.max(0, that - THAT_VERB_REACH); v--) {
    const w = tokens[v] as Token;
    if (w.pos !== "VERB" || ix.chunkAt[v]) continue;
    let heads = actorHeads(subjectBefore(ix, v).heads);
    // "issued a statement conceding that …": the participle's noun is the main verb's object.
    for (
      let u = v - 1;
      heads.length === 0 && w.lower.endsWith("ing") && u >= Math.max(0, v - THAT_VERB_REACH);
      u--
    )
      if (tokens[u]?.pos === "VERB" && !ix.chunkAt[u]) heads = actorHeads(subjectBefore(ix, u).heads);
    return heads;
  }
  return [];
}

/**
 * The judge of a verb of judging coordinated after another ("X commended the crew for bringing the
 * boat … and thanked the officials of Y for …"): the subject of the nearest verb before the "and"
 * that judges its object too, in the same clause (no quotation mark, colon or semicolon between);
 * none else ("the boat arrived and thanked …" shares no judge).
 */
function coordinatedJudge(ix: SentenceIndex, t: number, table: FrameTable): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let j = t - 1;
  while (j > 0 && tokens[j]?.pos === "ADV") j--;
  if (tokens[j]?.lower !== "and") return [];
  for (let k = j - 1; k >= Math.max(0, j - MAX_SPAN); k--) {
    const w = tokens[k] as Token;
    if (CLAUSE_BREAK_MARK.test(w.text)) return [];
    if (w.pos !== "VERB" || ix.cover[k]) continue;
    // ("emphasized the support given by India and thanked …": any of the lemma's rows may judge
    // its object, not only its first, a verb of saying.)
    const rows = table.verb.get(w.lemma) ?? [];
    if (!rows.some((f) => f.relation === "assesses" && f.roles.object === "topic")) continue;
    return actorHeads(subjectBefore(ix, k).heads);
  }
  return [];
}

/** How far the comma that closes a participle clause opening the sentence may stand. */
const FRONTED_REACH = 20;

/**
 * The subject of the main clause after a participle clause that opens the sentence on the verb at
 * `t` ("Speaking highly of Indonesia's achievements, he reaffirmed …", "Praising Kenya's role,
 * Ruto said …"): the phrase right after the clause's closing comma, when a verb follows it; none
 * else.
 */
function frontedSpeaker(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  // ("In condemning Belarus, Lithuania …", "After praising Kenya's role, Ruto …": past a
  // preposition that opens the clause on a gerund.)
  const opened = t === 0 || (t === 1 && GERUND_OPENERS.has(tokens[0]?.lower ?? ""));
  if (!opened || !(tokens[t] as Token).lower.endsWith("ing")) return [];
  return subjectAfterComma(ix, t);
}

/**
 * The phrase right after the first comma past token `t`, when a verb follows it: the subject of
 * the main clause that a fronted phrase ending at that comma belongs to; none else.
 */
function subjectAfterComma(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  for (let k = t + 1; k < Math.min(tokens.length, t + FRONTED_REACH); k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_END_OR_QUOTE.test(w.text)) return [];
    if (w.text !== ",") continue;
    const chunk = ix.chunkAt[k + 1];
    if (!chunk || chunk.first !== k + 1) return [];
    // ("the Ministry of Foreign Affairs of Armenia called": past the body's "of" phrase.)
    const of = tokens[chunk.last]?.lower === "of" ? ix.chunkAt[chunk.last + 1] : null;
    const end = of && of.first === chunk.last + 1 ? of.last : chunk.last;
    if (!isVerbOrAux(tokens[end])) return [];
    return actorHeads(chunkHeads(chunk));
  }
  return [];
}

/**
 * The owner of a statement that a clause is told in ("in a statement accusing Y"), "in" at `at`:
 * opening the sentence, the main clause's subject after the phrase ("In a statement condemning Y,
 * the ministry called for talks"); after a clause, the subject of its verb ("X summoned the
 * ambassador in a statement accusing Y"); none else.
 */
function statementOwner(ix: SentenceIndex, at: number, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (at === 0) return subjectAfterComma(ix, t);
  for (let v = at - 1; v >= 0; v--) {
    const w = tokens[v] as Token;
    if (CLAUSE_END_OR_QUOTE.test(w.text) || w.text === ",") return [];
    if (w.pos === "VERB" && !ix.chunkAt[v]) return actorHeads(speakerOf(ix, v));
  }
  return [];
}

const UNITS = new Set(SPEAKING_UNITS);
/** Most words (adverbs, auxiliaries) between a unit's head and its verb ("the panel has also said"). */
const UNIT_VERB_REACH = 4;
/** How far back the comma that opens an appositive after a unit's head may stand. */
const UNIT_APPOSITIVE_REACH = 16;
/** Most modifiers between a body's name and its unit's head ("the UN expert panel"). */
const UNIT_MODIFIERS = 2;

/**
 * The body a unit under a lowercase head speaks for, when the unit is the subject of the verb at
 * `t`: "The UN panel said", "a NATO team found", "The EU commission, charged with auditing the
 * fund, said in a report": the named body or country right before the head (lexicon
 * speakingUnits), as unnamed officials speak for theirs. None when the phrase follows a
 * preposition ("the report by the UN panel").
 */
function unitSpeaker(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let j = t - 1;
  while (j > t - 1 - UNIT_VERB_REACH && VERB_GROUP_FILLER.test(tokens[j]?.pos ?? "")) j--;
  const time = j > 0 ? timeAdverbialStart(tokens, j) : -1;
  if (time > 0 && time <= j) j = time - 1;
  if (tokens[j]?.text === ",") {
    // "The UN panel, charged with monitoring the embargo, said": past the appositive.
    let k = j - 1;
    while (k > j - UNIT_APPOSITIVE_REACH && k >= 0 && !/^[,;:“”"]$/u.test(tokens[k]?.text ?? "")) k--;
    if (tokens[k]?.text !== ",") return [];
    j = k - 1;
  }
  // "The UN panel of experts said", "the EU mission in Kosovo said": past its members or place.
  const place = ix.cover[j];
  if (
    place &&
    place.last === j + 1 &&
    tokens[place.first - 1]?.lower === "in" &&
    actorOf(place).type !== "Organization"
  )
    j = place.first - 2;
  else if (!place && tokens[j - 1]?.lower === "of" && tokens[j]?.pos === "NOUN") j -= 2;
  const head = tokens[j];
  if (!head || ix.cover[j] || !UNITS.has(head.lower)) return [];
  let k = j - 1;
  while (k > j - 1 - UNIT_MODIFIERS && !ix.cover[k] && /^(?:ADJ|NOUN)$/u.test(tokens[k]?.pos ?? "")) k--;
  const chunk = ix.chunkAt[k];
  if (!chunk || chunk.last !== k + 1 || tokens[chunk.first - 1]?.pos === "ADP") return [];
  // "The UN panel", "Turkey's delegation": one name, or one possessor, before the head.
  const owner =
    chunk.items.length === 1 ? chunk.items[0] : chunk.items[1]?.kind === "poss" ? chunk.items[0] : undefined;
  if (owner?.kind !== "mention" || chunk.items.length > 2) return [];
  const type = actorOf(owner.m).type;
  if (type !== "Organization" && type !== "Country") return [];
  return [{ mention: owner.m, name: actorOf(owner.m).name, unnamed: true }];
}

const PUBLISHED = new Set(PUBLISH_VERBS);

/**
 * The author of a report whose participle the verb at `t` is: "Human Rights Watch published a
 * report on Monday accusing Egypt of torture" (the subject of the publishing verb), "… the report
 * accusing Egypt" where "the report" stands for the last report's source, "in a statement
 * accusing Egypt" the statement's owner (statementOwner). None else.
 */
function reportParticipleSpeaker(ix: SentenceIndex, t: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (!(tokens[t] as Token).lower.endsWith("ing")) return [];
  let j = t - 1;
  const time = j > 0 ? timeAdverbialStart(tokens, j) : -1;
  if (time > 0 && time <= j) j = time - 1;
  const noun = tokens[j];
  if (!noun || noun.pos !== "NOUN" || !isReportNoun(noun)) return [];
  const role = ix.cover[j];
  if (role?.rule === "report-anaphor")
    return actorHeads([{ mention: role, name: role.name, unnamed: false }]);
  let k = j - 1;
  while (k > j - 3 && tokens[k]?.pos === "ADJ") k--;
  if (/^(?:a|an|its|their)$/u.test(tokens[k]?.lower ?? "")) k--;
  // "X summoned the ambassador in a statement accusing Y", "In a statement condemning Y, X …".
  if (tokens[k]?.lower === "in") return statementOwner(ix, k, t);
  return PUBLISHED.has(tokens[k]?.lower ?? "") ? actorHeads(subjectBefore(ix, k).heads) : [];
}

/** Object pronouns an accusation may take ("accusing it of", "blamed them for"), with the types they stand for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["it", new Set(["Country", "Organization"])],
  ["them", new Set(["Country", "Organization", "Person"])],
]);

/**
 * The actor an object pronoun of the verb at `t` stands for, when "of" or "for" follows it
 * ("The coalition threatened retaliation against Tehran, accusing it of …"): the nearest actor of
 * a type the pronoun allows before the verb in the sentence, not one of the speakers; none else.
 */
function pronounObject(ix: SentenceIndex, t: number, sources: ChunkHead[]): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const types = OBJECT_PRONOUNS.get(tokens[t + 1]?.lower ?? "");
  if (!types || tokens[t + 1]?.pos !== "PRON" || !/^(?:of|for)$/u.test(tokens[t + 2]?.lower ?? "")) return [];
  const speakers = new Set(sources.map((h) => h.name));
  const before = mentionsIn(ix, Math.max(0, t - MAX_SPAN), t);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as Mention;
    const actor = actorOf(m);
    if (speakers.has(actor.name)) return [];
    if (types.has(actor.type)) return [{ mention: m, name: actor.name, unnamed: false }];
  }
  return [];
}

/**
 * The possessors of the noun phrase right after "for" that follows the object `chunk` ("thanked X
 * for Britain's support" → Britain); none else.
 */
function forPossessors(ix: SentenceIndex, chunk: Chunk): ChunkHead[] {
  if (ix.sentence.tokens[chunk.last]?.lower !== "for") return [];
  const owner = ix.chunkAt[chunk.last + 1];
  if (!owner || owner.first !== chunk.last + 1 || owner.items[owner.items.length - 1]?.kind !== "poss")
    return [];
  return actorHeads(possessorHeads(owner));
}

/** Possessive pronouns that may open a for-phrase ("for its support"). */

/**
 * True when a for-phrase of the clause after the verb at `t` opens (past articles, adjectives,
 * adverbs and possessives) on a word that is none of `courtesy`, by form or lemma: an act or a gift
 * of the one thanked ("thanked China for its support", "for donating", "for inviting him and for
 * the support"), not a courtesy alone ("for the invitation and for the warmth of his reception").
 */
function creditedAct(tokens: Token[], t: number, courtesy: readonly string[]): boolean {
  const limit = Math.min(tokens.length, t + MAX_SPAN);
  for (let k = t + 1; k < limit; k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_END_OR_QUOTE.test(w.text) || (w.text === "," && tokens[k + 1]?.lower.endsWith("ing")))
      return false;
    if (w.lower !== "for" && !(w.lower === "on" && deedOn(tokens, k))) continue;
    let j = k + 1;
    // ("for Japan's hospitality": past a possessor's name too.)
    while (
      /^(?:DET|ADJ|NUM|ADV)$/u.test(tokens[j]?.pos ?? "") ||
      WORDS.possessivePronouns.has(tokens[j]?.lower ?? "") ||
      (tokens[j]?.pos === "PROPN" && PROPN_OR_PART.test(tokens[j + 1]?.pos ?? "")) ||
      (tokens[j]?.pos === "PART" && tokens[j - 1]?.pos === "PROPN")
    )
      j++;
    const head = tokens[j];
    if (head && !courtesy.includes(head.lower) && !courtesy.includes(head.lemma)) return true;
  }
  return false;
}

/**
 * True when the "on" at `k` opens a deed or an achievement of the one thanked or congratulated, as
 * "for" does: a gerund ("thanked X on backing the reform", past adverbs: "on successfully
 * holding") or a possessive pronoun before its noun ("congratulated X on his appointment"); not a
 * date or a formula ("on Monday", "on behalf of").
 */
function deedOn(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (tokens[j]?.pos === "ADV" && tokens[j]?.lower.endsWith("ly")) j++;
  const next = tokens[j];
  if (!next) return false;
  return (next.pos === "VERB" && next.lower.endsWith("ing")) || WORDS.possessivePronouns.has(next.lower);
}

/**
 * The index of "that" after a claim noun right after the verb at `t` ("condemned reports that",
 * "denounced the latest claims that"), past articles and adjectives; -1 otherwise.
 */
function claimNounThat(tokens: Token[], t: number, nouns: readonly string[]): number {
  let k = t + 1;
  while (k < t + 4 && /^(?:DET|ADJ)$/u.test(tokens[k]?.pos ?? "")) k++;
  const noun = tokens[k];
  if (!noun || !(nouns.includes(noun.lower) || nouns.includes(noun.lemma))) return -1;
  return tokens[k + 1]?.lower === "that" ? k + 1 : -1;
}

/**
 * The speaker of a participle after a comma ("X rejected the accusations, saying (that) Y …",
 * "…, a Hungarian spokesman said, adding that …"): the subject of the nearest verb of statement
 * before it, or of the main verb; empty when no verb stands before; null when the verb at `t` is
 * not such a participle.
 */
function participialSpeaker(ix: SentenceIndex, t: number, table: FrameTable): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  if (tok.lower.endsWith("ing") && tokens[t - 1]?.lower === "and") {
    const first = coordinatedParticiple(tokens, t - 1);
    return first < 0 ? null : participialSpeaker(ix, first, table);
  }
  if (!tok.lower.endsWith("ing") || tokens[t - 1]?.text !== ",") return null;
  let verb = -1;
  for (let k = t - 2; k >= 0; k--) {
    const w = tokens[k] as Token;
    if (w.text === ";" || w.text === ":" || DOUBLE_QUOTE_MARK.test(w.text)) break;
    if (w.pos === "VERB" && !ix.chunkAt[k]) verb = k;
    if (verb === k && frameFor(table, "verb", w.lemma, "assesses")) break;
  }
  return verb < 0 ? [] : actorHeads(speakerOf(ix, verb));
}

/** Most words between two participles coordinated by "and" (", calling the allegations “fabricated” and accusing"). */
const COORDINATED_PARTICIPLE_REACH = 12;

/**
 * The participle after a comma that the one after "and" at `and` is coordinated with ("…, calling
 * the allegations “fabricated” and accusing Washington of …"): the nearest verb ending in "-ing"
 * right after a comma, before a clause break or another comma; -1 when there is none.
 */
function coordinatedParticiple(tokens: readonly Token[], and: number): number {
  for (let k = and - 1; k > 0 && k >= and - COORDINATED_PARTICIPLE_REACH; k--) {
    const w = tokens[k] as Token;
    if (w.text === ";" || w.text === ":" || w.text === ",") return -1;
    if (w.pos === "VERB" && w.lower.endsWith("ing") && tokens[k - 1]?.text === ",") return k;
  }
  return -1;
}

const PURPOSE_ACTS = new Set(PURPOSE_ACT_VERBS);
/** Most words between a diplomatic act's verb and the "to" of its purpose ("summoned the Russian ambassador in Ankara to"). */
const PURPOSE_REACH = 10;

/**
 * "Turkey summoned the Russian ambassador to protest the violation …", "Venezuela called its
 * ambassador home to protest accusations by Colombia": the judging verb of an infinitive of purpose
 * after an asserted diplomatic act (lexicon PURPOSE_ACT_VERBS) takes that act's subject as its
 * speaker ("to protest and condemn": either verb). Null when the verb is no such infinitive
 * ("decided to condemn", "plans to condemn" stay intentions).
 */
function purposeSpeaker(ix: SentenceIndex, t: number): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  let to = t - 1;
  if (tokens[to]?.lower === "and" && tokens[to - 1]?.pos === "VERB") to -= 2;
  if (tokens[to]?.lower !== "to") return null;
  for (let k = to - 1; k >= Math.max(0, to - PURPOSE_REACH); k--) {
    const w = tokens[k] as Token;
    if (/^[;:,“”"]$/u.test(w.text) || w.pos === "AUX") return null;
    if (w.pos !== "VERB" || ix.chunkAt[k]) continue;
    if (!PURPOSE_ACTS.has(w.lemma)) return null;
    const subject = subjectBefore(ix, k);
    if (subject.passive || modalityOf(subject.cues, ix.modalityCues) !== "asserted") return null;
    return actorHeads(subject.heads);
  }
  return null;
}

const CITED_SOURCES = new Set(CITED_SOURCE_NOUNS);
/** Most tokens between a verb of saying and the "citing" of the sources it relays ("said later on Thursday citing"). */
const CITING_REACH = 6;

/** Tags of determiners, adjectives and numbers. */
const DET_ADJ_NUM = /^(?:DET|ADJ|NUM)$/u;

/** A semicolon, colon or quotation mark: a verb coordinated past it stands in another clause. */
const CLAUSE_BREAK_MARK = /^[;:“”"]$/u;

/** Tags of the words of a verb group between "we" and its verb ("we would also like to thank"). */
const WE_VERB_GROUP_TAGS = /^(?:AUX|ADV|PART|VERB|ADP)$/u;

/** Tags of a possessor's name and its "'s" ("for Japan's hospitality"). */
const PROPN_OR_PART = /^(?:PROPN|PART)$/u;

/** Tags of the words of a predicate noun phrase before its agent ("the eighth ballistic missile launch by"). */
const PREDICATE_PHRASE_TAGS = /^(?:DET|ADJ|NUM|NOUN)$/u;

/** An opening quotation mark or a clause's stop. */
const CITATION_BREAK = /^[“"‘.;:]$/u;

/**
 * True when a named source opens at `n` after "citing": a person or body ("citing the Syrian
 * army"), or a country's officials, forces or body ("citing South Korea's military"); not a
 * country's act ("citing Russia's threat", "citing Russian aggression" give a reason, no source);
 * a body by the stage words forceWords.
 */
function citedActor(ix: SentenceIndex, n: number): boolean {
  const m = ix.cover[n];
  if (!m) return false;
  if (m.type === "Person" || m.type === "Organization") return true;
  if (m.type !== "Country") return false;
  const tokens = ix.sentence.tokens;
  const j = tokens[m.last]?.key === "'s" ? m.last + 1 : m.last;
  const w = tokens[j]?.lower ?? "";
  return CITED_SOURCES.has(w) || ix.words.forceWords.has(w) || ix.cover[j]?.type === "Organization";
}

/**
 * True when "citing" and unnamed sources or a named actor follow the verb at `v` within a few
 * words, before any "that" or quotation ("said, citing sources", "reported citing an unnamed
 * official", "Yonhap reported, citing South Korea's military").
 */
function relaysCited(ix: SentenceIndex, v: number): boolean {
  const tokens = ix.sentence.tokens;
  for (let k = v + 1; k < Math.min(tokens.length, v + 1 + CITING_REACH); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "citing") {
      let n = k + 1;
      while (n < k + 4 && DET_ADJ_NUM.test(tokens[n]?.pos ?? "")) n++;
      return CITED_SOURCES.has(tokens[n]?.lower ?? "") || citedActor(ix, n);
    }
    if (w.lower === "that" || CITATION_BREAK.test(w.text)) return false;
  }
  return false;
}

/**
 * The speaker of the verb at `v`: its subject, or the name after it where the verb follows a
 * comma or a quotation ("…, said Lee"); not the object of a verb whose subject is no actor
 * ("rights groups have been lambasting the coalition …, accusing them of …").
 */
function speakerOf(ix: SentenceIndex, v: number): ChunkHead[] {
  const heads = subjectBefore(ix, v).heads;
  if (heads.length > 0) return heads;
  if (!COMMA_OR_CLOSING_QUOTE.test(ix.sentence.tokens[v - 1]?.text ?? "")) return [];
  const after = ix.chunkAt[v + 1] ?? ix.chunkAt[v + 2];
  return after ? chunkHeads(after) : [];
}

/**
 * Emits assesses(source, target) for each source, except a claim about the source itself or,
 * for an organization, about its own country ("the Polish ministry said Poland …"). A body known
 * by description ("Taiwan's defence ministry") speaks for itself only, not for its country.
 */
function emitAssess(
  emit: Emit,
  sources: ChunkHead[],
  target: ClaimTarget,
  trigger: string,
  rule: string,
  modality: Modality,
): void {
  const names = target.others ? [target.name, ...target.others] : [target.name];
  // "Nigeria, Ghana and Togo said they would sell …": a claim about one of coordinated speakers
  // ("they" resolved to the nearest of them) is about the speakers' own group.
  if (sources.length > 1 && names.some((name) => sources.some((s) => s.name === name))) return;
  for (const s of sources) {
    const m = s.mention;
    const own = (name: string): boolean =>
      name === s.name || (m?.type === "Organization" && m.country === name);
    // "said that Poland and Germany had agreed …", by a Polish body: a claim about its own side
    // and another, coordinated, is about their own ties.
    if (names.length > 1 && names.some(own)) continue;
    const r = s.described ? `${rule}+described` : rule;
    for (const name of names) if (!own(name)) emit(s.name, "assesses", name, trigger, r, modality);
    // ("said Rabat had proof of Hezbollah's involvement": the owner judged in the predicate stands
    // apart from the subject's coordination, and its own side is the subject's alone.)
    for (const name of target.judged ?? [])
      if (!own(name) && !names.includes(name)) emit(s.name, "assesses", name, trigger, r, modality);
  }
}

/** True when `h` names one of `sources`. */
function isSpeaker(h: { name: string }, sources: readonly ChunkHead[]): boolean {
  return sources.some((s) => s.name === h.name);
}

/**
 * What a claim is about: an actor, the actors coordinated with it ("Cambodia and China had
 * signed"), and the owner of an act or conduct its predicate judges ("Germany had proof of Russia's
 * involvement": judged).
 */
interface ClaimTarget {
  name: string;
  others?: readonly string[];
  judged?: readonly string[];
}

/** Prepositions that introduce the agent or owner of an act in an object phrase. */
const AGENT_PREPOSITIONS = new Set(["by", "of", "from"]);

/**
 * True when token `k` opens the predicate of a judgement ("condemned the attacks as a violation of
 * Lebanon's sovereignty"): what follows describes the object and names no actor of it ("as well
 * as" coordinates and does not count).
 */
function predicativeAs(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== "as") return false;
  return (
    !(tokens[k + 1]?.lower === "well" && tokens[k + 2]?.lower === "as") && tokens[k - 1]?.lower !== "well"
  );
}

const AUTHOR_PHRASE_ENDS = new Set(AUTHOR_PHRASE_CLOSERS);
/** An ellipsis standing for words left out of a quotation ("...", "…"). */
const ELLIPSIS = /^(?:\.\.\.|…)$/u;

/**
 * True when the token at `k`, after a report noun's of-phrase, ends that phrase: the sentence's
 * end, a mark, or a word that opens what the report is about or a relative clause on it
 * ("the claims of Athens about the incident", "the declarations of X regarding …").
 */
function authorPhraseEnds(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return !w || /^[.,;:!?”"’)]$/u.test(w.text) || AUTHOR_PHRASE_ENDS.has(w.lower);
}

/** How far after an accusing verb its object phrase may reach ("the sale of Indian-made arms to …"). */
const OBJECT_REACH = 8;
/** Most words of a quotation inside a judged phrase ("the “honesty and integrity” of …"). */
const SHORT_QUOTE = 4;

/**
 * True when token `k` is a curly quotation mark that opens or closes a quotation of at most
 * SHORT_QUOTE words, none a verb or a mark, inside a phrase.
 */
function shortQuote(tokens: Token[], k: number): boolean {
  const mark = tokens[k]?.text;
  // (A straight mark, '"baseless" accusations', may open or close: its pair on either side.)
  if (mark === '"') return quotedWords(tokens, k, 1, '"') || quotedWords(tokens, k, -1, '"');
  if (mark !== "“" && mark !== "”") return false;
  return mark === "“" ? quotedWords(tokens, k, 1, "”") : quotedWords(tokens, k, -1, "“");
}

/** True when the mark `pair` closes, `step` by `step` from the mark at `k`, a few words with no verb or mark between. */
function quotedWords(tokens: Token[], k: number, step: 1 | -1, pair: string): boolean {
  for (let j = k + step, n = 0; n <= SHORT_QUOTE && j >= 0 && j < tokens.length; j += step, n++) {
    const w = tokens[j] as Token;
    if (w.text === pair) return n > 0;
    if (isVerbOrAux(w) || w.pos === "PUNCT") return false;
  }
  return false;
}

/**
 * The token before the name at `k` in an object phrase opened after `t`, past articles, adjectives
 * of a tie ("allegations by neighbouring Ethiopia"), a name's title words ("the leadership of
 * General Asim Munir") and an ellipsis that leaves words out of a quotation ("the declarations of
 * ... Reverol").
 */
function wordBeforeName(ix: SentenceIndex, t: number, k: number): number {
  const tokens = ix.sentence.tokens;
  let b = k - 1;
  while (
    b > t &&
    (ARTICLE_WORDS.has(tokens[b]?.lower ?? "") ||
      TIES.has(tokens[b]?.lower ?? "") ||
      nameTitle(ix, b) ||
      ELLIPSIS.test(tokens[b]?.text ?? ""))
  )
    b--;
  return b;
}

/**
 * The token a possessor `m` owns ("Kyiv's claims"), past a few adjectives ("Kyiv's latest claims"),
 * each maybe a hyphened compound ("Fiji's long-standing support"), and, with report nouns, the
 * common nouns that say what the report is about ("Warsaw's railway sabotage allegations").
 */
function possessedNoun(ix: SentenceIndex, m: Mention, nouns: string[] | undefined): number {
  const tokens = ix.sentence.tokens;
  let r = m.last + 1;
  for (let n = 0; n < PRENOMINAL_ADJECTIVES; n++) {
    if (tokens[r]?.pos === "ADJ") r++;
    else if (hyphenedModifier(tokens, r)) r += 3;
    else break;
  }
  return nouns ? reportNounPast(ix, r, nouns) : r;
}

/**
 * The token a name before a noun modifies ("the US accusation"): right after it, or, for a body or
 * a person, a report noun of `nouns` past the common nouns that say what kind of report it is ("a
 * United Nations Security Council press statement", "a State Department human rights report"). A
 * country's name before such nouns names their topic ("the Ukraine peace plan").
 */
function modifiedNoun(ix: SentenceIndex, m: Mention, nouns: string[] | undefined): number {
  const type = actorOf(m).type;
  if (!nouns || (type !== "Organization" && type !== "Person")) return m.last;
  return reportNounPast(ix, m.last, nouns);
}

/**
 * True when a hyphened compound opens at `k` ("long - standing", "well - known", tokens glued with
 * no space) and a noun follows it: a modifier before its noun, whatever the tags of its parts.
 */
function hyphenedModifier(tokens: Token[], k: number): boolean {
  const dash = tokens[k + 1];
  const second = tokens[k + 2];
  return (
    dash?.text === "-" &&
    second !== undefined &&
    !dash.space &&
    !second.space &&
    /^[a-z]+$/u.test(tokens[k]?.lower ?? "") &&
    /^[a-z]+$/u.test(second.lower) &&
    tokens[k + 3]?.pos === "NOUN"
  );
}

/** How far past an act noun of the row its owner may stand ("the integrity of the officers of X"). */
const ACT_OWNER_REACH = 7;
/** Most title words before a name in the object phrase that do not count toward OBJECT_REACH. */
const TITLE_REACH = 6;

/**
 * The actors an accusing verb's object phrase names: "condemns the decision by the United States",
 * "slammed the sale of Indian-made arms", "rejected Kyiv's claims", "concern about cooperation
 * between Armenia and India" (both). With `nouns`, the phrase must hold one of them first ("denied
 * the report by Reuters"; "denied the sale" names no report). Those of them in `acts` name an act,
 * whose of-phrase is its owner ("welcomed the decision of the United States"), where a report's
 * of-phrase is its topic ("claims of Iran's assistance").
 */
function objectActors(
  ix: SentenceIndex,
  t: number,
  nouns: string[] | undefined,
  acts: readonly string[] = [],
): { name: string }[] {
  const tokens = ix.sentence.tokens;
  let noun = !nouns;
  let act = false;
  // "condemned what it called provocations by X": the phrase after the free relative's naming verb.
  // ("rejected as baseless the claims by X": the object after a predicate put before it.)
  // ("condemned in the strongest terms such action by X": past a manner phrase.)
  const named = namedPhrase(ix, pastMannerPhrase(ix, t + 1));
  const { quoted } = named;
  const start = shiftedObject(ix, named.start);
  // (A quoted name, "what it labelled “act of aggression” by X", is the act judged.)
  if (quoted) noun = true;
  let limit = Math.min(tokens.length, start + OBJECT_REACH);
  let titled = 0;
  for (let k = start; k < limit; k++) {
    const w = tokens[k] as Token;
    // "the leadership of Chief of Army Staff General Asim Munir": a name's title words do not
    // count toward the reach.
    if (titled < TITLE_REACH && nameTitle(ix, k)) {
      titled++;
      limit = Math.min(tokens.length, limit + 1);
    }
    // "the expanding cooperation", "the latest planned sale": a participle before its noun does
    // not end the phrase; nor does one after its noun that its agent follows ("the support
    // received from the PLA").
    const modifier =
      (w.pos === "VERB" && /(?:ing|ed)$/u.test(w.lower) && afterDeterminer(tokens, k)) ||
      agentParticiple(tokens, k) ||
      mediumParticiple(tokens, k) ||
      // ("the accusations levelled against Tehran by the G7": a participle of making the claim
      // after its noun, the claim's author further on.)
      (MAKING.has(w.lower) && k > start && madeClaim(tokens[k - 1] as Token, nouns));
    if (modifier && MAKING.has(w.lower)) limit = Math.min(tokens.length, limit + 1);
    // "recognised the “honesty and integrity” of …": a few quoted words inside the phrase (the
    // marks count toward no reach).
    if (shortQuote(tokens, k)) {
      limit = Math.min(tokens.length, limit + 1);
      continue;
    }
    if (
      /^[.,;:!?“”"]$/u.test(w.text) ||
      (isVerbOrAux(w) && !modifier) ||
      w.lower === "that" ||
      predicativeAs(tokens, k)
    )
      return [];
    if (isNounOf(nouns, w)) {
      noun = true;
      act = isNounOf(acts, w);
      // "recognised the honesty and integrity of the officers of X": an act's owner may stand a
      // few words past its noun.
      if (act) limit = Math.max(limit, Math.min(tokens.length, k + 1 + ACT_OWNER_REACH));
    }
    // "the support Slovenia was providing", "the aid that Japan has given": the subject of a
    // relative clause on the phrase's noun is the one whose act it is.
    const relative = noun ? relativeAgent(ix, k) : [];
    if (relative.length > 0) return relative;
    const first = ix.cover[k];
    if (!first || first.first !== k) continue;
    // "suggestions by a Ukrainian separatist leader": a demonym of a group that does not act for
    // its state is no author, nor owner, of the report or act.
    if (nonStateGroup(first, tokens)) {
      k = first.last - 1;
      continue;
    }
    if (actorOf(first).type === "Location" || first.type === "WeaponSystem") {
      // ("the sale of Harpoon Block II missiles from the United States": a name counts as one word.)
      limit = Math.min(tokens.length, limit + first.last - first.first - 1);
      k = first.last - 1;
      continue;
    }
    // ("the Brazilian Navy's efforts": the demonym is the name's.)
    // ("Chinese Defense Minister Dong Jun's contribution": the titled person owns it, not the
    // title's country.)
    const m = (first.kind === "demonym" ? titledPossessor(ix, k) : null) ?? modifiedActor(ix, first) ?? first;
    // "denied the report by Reuters" (one mention): the author of the report.
    // ("the allegations made by Saudi Foreign Minister X": its own agent phrase tells whose.)
    if (m.rule === "report-anaphor" && nouns !== undefined) {
      const own = ownAgentPhrase(ix, m);
      const heads = own ? actorHeads(chunkHeads(own)) : [];
      return heads.length > 0 && own ? withOwnerState(own, heads) : [actorOf(m)];
    }
    // ("the United States' arms sales": a bare apostrophe after a name in -s.)
    const possessor = POSSESSIVE_MARK.test(tokens[m.last]?.lower ?? "");
    // "Kyiv's claims", "the US accusation": the possessor or modifier comes before the report noun.
    // ("Tehran denies the activity and Turkey claims no knowledge": a word tagged as the name's
    // verb is no report noun.)
    const nounAt = tokens[possessor ? possessedNoun(ix, m, nouns) : modifiedNoun(ix, m, nouns)];
    const reportNoun = nounAt?.pos === "VERB" ? undefined : nounAt;
    if (!noun && !(reportNoun && isNounOf(nouns, reportNoun))) return [];
    if (!noun && !possessor) return [actorOf(m)];
    // "dismissed claims over Iran's assistance": past the report noun, only its agent ("by",
    // "from") is its author; an actor further in its phrase is its topic.
    const authorNeeded = nouns !== undefined && !act && !(reportNoun && isNounOf(nouns, reportNoun));
    // The agent or owner of the act ("by", "of", "from", "Russia's", "Indian-made"), not its
    // victim or place ("the attack on Ukraine").
    // ("accusations from the government of Colombia": the preposition before "the government of".)
    const b = pastGovernmentOf(ix, wordBeforeName(ix, t, k));
    const before = tokens[b]?.lower ?? "";
    // "condemned the killing of General X by Y": the one an act is done to is no agent; its
    // by-phrase, further on, may be.
    // ("the missile test off the coast of India": the place where the act was done, not its agent.)
    const ofNoun = singular(tokens[b - 1]?.lower ?? "");
    if (
      before === "of" &&
      (PATIENT_ACTS.has(ofNoun) || PLACE_PARTS.has(ofNoun) || PLACE_PARTS.has(tokens[b - 1]?.lower ?? ""))
    ) {
      k = m.last - 1;
      continue;
    }
    // "the allegations by Russia's Foreign Ministry": the agent is the whole phrase's head.
    const agent = AGENT_PREPOSITIONS.has(before) ? ix.chunkAt[k] : null;
    // (The chunk may open on the article before the mention: "from the Indian Army".)
    const agentHeads = agent && agent.first >= b + 1 ? actorHeads(chunkHeads(agent)) : [];
    // ("the statements by Turkey's President Erdogan": Erdogan, and the state he speaks for.)
    if (agentHeads.length > 0 && !(authorNeeded && before === "of"))
      return withOwnerState(agent as Chunk, agentHeads);
    if (authorNeeded) {
      if (before === "by" || before === "from") return [actorOf(m)];
      // "rejected the claims of Argentina", "the statements of US Secretary of State Rex
      // Tillerson": a report noun's of-phrase that holds only a named actor and ends the phrase is
      // its author ("claims of Iran's assistance", "reports of Turkish strikes" are its topic).
      if (
        before === "of" &&
        agent &&
        agentHeads.length > 0 &&
        // ("the accusations of Venezuela's government": the possessor of a government noun is the
        // government itself, no topic of the claim.)
        (!possessor || ix.words.governmentNouns.has(tokens[m.last + 1]?.lower ?? "")) &&
        // ("reports of Turkish strikes": a demonym alone is no author; "of Estonian Defence
        // Minister Hanno Pevkur": the name it qualifies is.)
        // ("the accusations of the Chinese government": a demonym before a government noun is the
        // country itself.)
        (agentHeads.some((h) => h.name !== m.name || m.kind !== "demonym") || governmentDemonym(ix, m)) &&
        isNounOf(nouns, tokens[b - 1] as Token) &&
        authorPhraseEnds(tokens, agent.last)
      )
        return withOwnerState(agent, agentHeads);
      k = m.last - 1;
      continue;
    }
    if (
      possessor ||
      first.kind === "demonym" ||
      AGENT_PREPOSITIONS.has(before) ||
      abbreviatedOwner(ix, m) ||
      reportAuthor(ix, m)
    )
      return [actorOf(m)];
    if (before === "between") {
      const chunk = ix.chunkAt[k];
      return chunk ? actorHeads(chunkHeads(chunk)) : [actorOf(m)];
    }
    // "appreciated the successful cooperation with Austria": the partner of a tie judged.
    if (before === "with" && PARTNERSHIPS.has(tokens[b - 1]?.lower ?? "")) return [actorOf(m)];
    k = m.last - 1;
  }
  return [];
}

/** True when `w` is a noun of a claim made ("accusations", "charges") or one of `nouns`. */
function madeClaim(w: Token, nouns: string[] | undefined): boolean {
  return isNounOf(nouns, w) || TOLD_REPORTS.has(w.lemma) || w.lemma === "charge";
}

/** Most words of a predicate put before its verb's object ("dismissed as routine rhetoric X's statements"). */
const SHIFTED_PREDICATE_REACH = 6;
/** Words of a predicate put before the object: adjectives, nouns, adverbs, marks and conjunctions between them. */
const SHIFTED_PREDICATE_TAGS = /^(?:ADJ|NOUN|ADV|CCONJ)$/u;
const SHIFTED_PREDICATE_MARKS = /^[,“”"]$/u;
/** Determiners that open an object put after its predicate ("rejected as baseless the claims …"). */
const SHIFTED_OBJECT_OPENERS = new Set(["the", "these", "those", "such", "its", "their", "his", "her"]);

/**
 * Where the object of a judging verb opens when a short as-predicate stands before it at `k`
 * ("rejected as “unfounded” and “speculative” the accusations of X", "dismissed as routine
 * rhetoric Gen Naravane's statements"): the determiner or name after the predicate's words; `k`
 * itself when no such object follows ("condemned as a violation of Lebanon's sovereignty").
 */
function shiftedObject(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  if (!predicativeAs(tokens, k)) return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + 2 + SHIFTED_PREDICATE_REACH); j++) {
    const w = tokens[j] as Token;
    const opens =
      SHIFTED_OBJECT_OPENERS.has(w.lower) ||
      ix.cover[j]?.first === j ||
      (UPPER_FIRST.test(w.text) &&
        (isTitleWord(w.lower) || WORDS.honorifics.has(w.lower.replace(/\.$/u, ""))));
    if (opens) return j > k + 1 ? j : k;
    if (!SHIFTED_PREDICATE_TAGS.test(w.pos) && !SHIFTED_PREDICATE_MARKS.test(w.text)) return k;
    if (ix.cover[j]) return k;
  }
  return k;
}

/** Most words of the namer between "what" and its naming verb ("what the foreign ministry called"). */
const NAMER_REACH = 4;
const NAMING = new Set(NAMING_VERBS);

/**
 * Where the phrase named by a free relative opening at `k` starts ("what it called provocations",
 * "what Beijing described as provocative actions"): past "what", its namer (a pronoun or a name),
 * the naming verb and "as"; past a short quotation right after them too ("what it labelled “act of
 * aggression” by X", `quoted`). `k` itself when no free relative opens there.
 */
function namedPhrase(ix: SentenceIndex, k: number): { start: number; quoted: boolean } {
  const tokens = ix.sentence.tokens;
  const none = { start: k, quoted: false };
  if (tokens[k]?.lower !== "what") return none;
  for (let j = k + 1; j < Math.min(tokens.length, k + 2 + NAMER_REACH); j++) {
    const w = tokens[j] as Token;
    if (w.pos === "VERB" && NAMING.has(w.lemma)) {
      // (The namer stands before the verb: "what it called", not "what called".)
      if (j === k + 1) return none;
      let p = j + 1;
      if (tokens[p]?.lower === "to" && tokens[p + 1]?.lower === "as") p++;
      if (tokens[p]?.lower === "as") p++;
      if (!OPENING_DOUBLE_QUOTE.test(tokens[p]?.text ?? "")) return { start: p, quoted: false };
      for (let q = p + 2; q < Math.min(tokens.length, p + 2 + QUOTED_NAME); q++)
        if (CLOSING_DOUBLE_QUOTE.test(tokens[q]?.text ?? "")) return { start: q + 1, quoted: true };
      return { start: p, quoted: false };
    }
    if (!/^(?:PRON|PROPN|NOUN|DET|ADJ|ADV)$/u.test(w.pos) || /^[.,;:!?]$/u.test(w.text)) return none;
  }
  return none;
}

/** Most words of a quotation that names the judged act ("what it called “a dangerous provocation”"). */
const QUOTED_NAME = 8;

/**
 * The heads of a judged phrase: "Japanese Prime Minister Fumio Kishida's leadership" is the named
 * person's, not his title's country's (heads that are only unnamed qualifiers give way to a person
 * who owns the thing).
 */
function judgedHeads(chunk: Chunk): ChunkHead[] {
  const heads = chunkHeads(chunk);
  if (heads.length === 0 || heads.some((h) => !h.unnamed)) return heads;
  const owners = chunkPossessors(chunk).filter((m) => m.type === "Person");
  return owners.length > 0 ? owners.map((m) => ({ mention: m, name: m.name, unnamed: false })) : heads;
}

/**
 * The person whose possessive ends the titled phrase that a demonym opens at `k` ("Chinese Defense
 * Minister Dong Jun's"), or null: title and common words only between them.
 */
function titledPossessor(ix: SentenceIndex, k: number): Mention | null {
  const items = ix.chunkAt[k]?.items ?? [];
  if (items[0]?.kind !== "mention" || items[0].index !== k) return null;
  for (let i = 1; i < items.length; i++) {
    const it = items[i] as (typeof items)[number];
    if (it.kind === "title" || it.kind === "unnamed") continue;
    return it.kind === "mention" && it.m.type === "Person" && items[i + 1]?.kind === "poss" ? it.m : null;
  }
  return null;
}

/** Relative pronouns that may open a relative clause on a noun ("the support that X provided"). */
const RELATIVE_PRONOUNS = new Set(THING_RELATIVE_WORDS);

/**
 * The subject of a relative clause on the common noun at `k`, when that clause opens right after
 * it ("the support Slovenia was providing", "the assistance that Japan has given", "the aid it
 * is rendering"): the actors of the phrase after the noun (past "that" or "which"), when a finite
 * verb follows them, not a verb of saying with a clause of its own ("the attack Russia said was
 * staged" tells who reported it, not whose act it was). None else.
 */
function relativeAgent(ix: SentenceIndex, k: number): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  if (tokens[k]?.pos !== "NOUN" || ix.cover[k]) return [];
  const j = RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  const chunk = ix.chunkAt[j];
  if (!chunk || chunk.first !== j) return [];
  let v = chunk.last;
  while (v < chunk.last + 3 && VERB_GROUP_FILLER.test(tokens[v]?.pos ?? "")) v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB") return [];
  // ("the attack Russia said was staged": a verb of saying with a clause of its own after it.)
  if (SPEECH.has(verb.lemma) && /^(?:AUX|VERB|DET|PROPN|PRON|SCONJ)$/u.test(tokens[v + 1]?.pos ?? ""))
    return [];
  // ("the support Croatia providing": a bare participle after the phrase is no finite verb.)
  if (v === chunk.last && verb.lower.endsWith("ing")) return [];
  return actorHeads(chunkHeads(chunk));
}

/** True when token `k` is a capitalised title word outside any mention ("Chief of Army Staff General"). */
function nameTitle(ix: SentenceIndex, k: number): boolean {
  const w = ix.sentence.tokens[k];
  return w !== undefined && UPPER_FIRST.test(w.text) && isTitleWord(w.lower) && !ix.cover[k];
}

/**
 * The name of a body or a person right after mention `m` when `m` is a demonym that belongs to it
 * ("the Brazilian Navy's efforts", "the Chinese Defence Ministry's decision"): the actor of the
 * phrase; null otherwise.
 */
function modifiedActor(ix: SentenceIndex, m: Mention): Mention | null {
  const next = ix.cover[m.last];
  return m.kind === "demonym" &&
    next?.first === m.last &&
    (next.type === "Organization" || next.type === "Person")
    ? next
    : null;
}

/** Most adjectives between a determiner and a participle before its noun ("the latest planned sale"). */
const PRENOMINAL_ADJECTIVES = 2;

/** The id of the frame row of rejecting a claim ("denied", "rejected", "dismissed"). */
const REJECT_ROW = "assess-reject";

/** True when `lemma` triggers the row of rejecting a claim in `table`. */
function isRejectionLemma(table: FrameTable, lemma: string): boolean {
  return (table.verb.get(lemma) ?? []).some((f) => f.id === REJECT_ROW);
}

/** Most common nouns between a possessive and the report noun it owns ("Warsaw's railway sabotage allegations"). */
const TOPIC_NOUNS_BEFORE_REPORT = 2;

/**
 * The report noun of `nouns` at `r` or past at most TOPIC_NOUNS_BEFORE_REPORT common nouns (no
 * name among them) right before it; `r` when there is none.
 */
function reportNounPast(ix: SentenceIndex, r: number, nouns: readonly string[]): number {
  const tokens = ix.sentence.tokens;
  for (let k = r; k <= r + TOPIC_NOUNS_BEFORE_REPORT; k++) {
    const w = tokens[k];
    if (!w || ix.cover[k]) return r;
    if (isNounOf(nouns, w)) return k;
    if (w.pos !== "NOUN") return r;
  }
  return r;
}

/** True when token `k` follows a determiner, past at most PRENOMINAL_ADJECTIVES adjectives ("the latest planned"). */
function afterDeterminer(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 1 - PRENOMINAL_ADJECTIVES && tokens[j]?.pos === "ADJ") j--;
  return tokens[j]?.pos === "DET";
}

/** True when a reciprocal pronoun opens at `k` ("each other", "one another"). */
function reciprocal(tokens: Token[], k: number): boolean {
  const pair = `${tokens[k]?.lower ?? ""} ${tokens[k + 1]?.lower ?? ""}`;
  return pair === "each other" || pair === "one another";
}

/** An abbreviated name as printed: "US", "U.S.", "EU", "IDF". */
const ABBREVIATION = /^(?:\p{Lu}\.){2,3}$|^\p{Lu}{2,5}$/u;

/**
 * True when mention `m` is a country's or a body's abbreviated name used before a noun as a
 * demonym is ("the US provocation", "new US sanctions", "the EU decision"): it names the act's
 * owner. (A full name before a noun may name its victim or topic: "the Ukraine war".)
 */
function abbreviatedOwner(ix: SentenceIndex, m: Mention): boolean {
  const tokens = ix.sentence.tokens;
  const type = actorOf(m).type;
  return (
    (type === "Country" || type === "Organization") &&
    m.last === m.first + 1 &&
    ABBREVIATION.test(tokens[m.first]?.text ?? "") &&
    tokens[m.last]?.pos === "NOUN"
  );
}

/**
 * True when the verb at `k` is a past participle after a noun, followed by its agent ("the support
 * received from the PLA", "the weapons supplied by Iran"): it qualifies the noun, and its agent is
 * the one whose act or report the noun is. Not a verb of judging the noun ("accusations denied by
 * Kenya", "the strikes condemned by Egypt"): its agent judges the noun, and made none of it.
 */
function agentParticiple(tokens: Token[], k: number): boolean {
  const w = tokens[k] as Token;
  if (w.pos !== "VERB" || w.lower.endsWith("ing") || tokens[k - 1]?.pos !== "NOUN") return false;
  if (JUDGING_VERBS.has(w.lemma)) return false;
  // ("the attack carried out by X", "the blockade set up by Y": a particle before the agent.)
  if (PARTICLES.has(tokens[k + 1]?.lower ?? "") && /^(?:by|from)$/u.test(tokens[k + 2]?.lower ?? ""))
    return true;
  return (
    // ("played by": a participle whose lemma the lexicon does not know keeps its form.)
    (w.lower !== w.lemma || w.lower.endsWith("ed")) && /^(?:by|from)$/u.test(tokens[k + 1]?.lower ?? "")
  );
}

const PARTICLES = new Set(AGENT_PARTICLES);
const JUDGING_VERBS = new Set(REPORT_JUDGING_VERBS);

/** Most words between a participle's "in" and its report noun ("made in a recent UN report"). */
const MEDIUM_PARTICIPLE_REACH = 4;

/**
 * True when the verb at `k` is a past participle after a noun that places it in a report ("the
 * allegations made in a UN report", "claims contained in the study"): it qualifies the noun.
 */
function mediumParticiple(tokens: Token[], k: number): boolean {
  const w = tokens[k] as Token;
  if (w.pos !== "VERB" || w.lower.endsWith("ing") || tokens[k - 1]?.pos !== "NOUN") return false;
  if (tokens[k + 1]?.lower !== "in") return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 2 + MEDIUM_PARTICIPLE_REACH); j++)
    if (isReportNoun(tokens[j] as Token)) return true;
  return false;
}

/**
 * True when mention `m` names a body or a person right before a report noun ("a United Nations
 * report", "an Amnesty International study"): the report's author. (A country's full name before
 * a noun may name its topic: "the Ukraine report".)
 */
function reportAuthor(ix: SentenceIndex, m: Mention): boolean {
  const type = actorOf(m).type;
  const next = ix.sentence.tokens[m.last];
  return (type === "Organization" || type === "Person") && next !== undefined && isReportNoun(next);
}

/**
 * Whether an actor phrase right after the verb at `t` is followed by the finite verb of a clause
 * ("confirmed Moscow has sent", "announced Iran will"): a complement clause without "that".
 */
function bareClaim(ix: SentenceIndex, t: number): boolean {
  const tokens = ix.sentence.tokens;
  let chunk = chunkFrom(ix, t + 1);
  // "Wagner founder Yevgeny Prigozhin": a role noun between a body and a name.
  if (chunk && tokens[chunk.last]?.pos === "NOUN") chunk = ix.chunkAt[chunk.last + 1] ?? null;
  if (!chunk || chunk.items[chunk.items.length - 1]?.kind !== "mention") return false;
  const next = tokens[chunk.last];
  if (!next) return false;
  if (next.pos === "AUX") return !/^(?:being|been|be)$/u.test(next.lower);
  return next.pos === "VERB" && /(?:ed|s)$/u.test(next.lower) && !next.lower.endsWith("ss");
}

const RESPONSIBLE = new Set(RESPONSIBILITY_ADJECTIVES);

/** Determiners and possessives that open a predicative noun phrase ("called China a threat"). */
const PREDICATIVE_OPENERS = new Set(["a", "an", "the", "one", ...WORDS.possessivePronouns]);

/**
 * The actors a verb of calling judges: "called Taiwan the most sensitive issue", "described Russia
 * as a threat", "referred to Xi as his dear friend". The object must be an actor phrase followed
 * by "as" or (for `predicative`) by a noun phrase's opener; none otherwise ("called on China to").
 */
function predicatedObject(
  ix: SentenceIndex,
  t: number,
  requires: "predicative" | "as" | "responsible",
): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  const start = tokens[t + 1]?.lower === "to" ? t + 2 : t + 1;
  const chunk = chunkFrom(ix, start);
  if (!chunk) return [];
  if (requires === "responsible") {
    // "held Israel fully responsible", "held Hezbollah and the Lebanese government responsible":
    // an adverb may stand between; unnamed bodies stand for their country.
    const k = tokens[chunk.last]?.pos === "ADV" ? chunk.last + 1 : chunk.last;
    return RESPONSIBLE.has(tokens[k]?.lower ?? "") ? actorHeads(chunkHeads(chunk)) : [];
  }
  const last = chunk.items[chunk.items.length - 1];
  // "described China's behaviour as unsafe", "called Hungary's position unacceptable": the
  // possessor of the object noun phrase is judged.
  if (last?.kind === "poss")
    return possessedPredicate(ix, chunk.last, requires) ? actorHeads(possessorHeads(chunk)) : [];
  if (last?.kind !== "mention") return [];
  const after = tokens[chunk.last];
  if (!after) return [];
  const ok =
    after.lower === "as" ||
    (requires === "predicative" && (PREDICATIVE_OPENERS.has(after.lower) || after.pos === "ADJ"));
  return ok ? actorHeads(chunkHeads(chunk)) : [];
}

/**
 * The owner of a word of judgement or a noun of conduct (judgedOwner) in the predicate of a verb of
 * calling at `t` or in its object, up to the first comma, "that" or clause break ("calling it
 * another proof of France's provocative actions", "described the actions of the Philippine ship as
 * a provocation"); for a row that requires "as", only when the "as" is there ("recognised Japan's
 * role in the talks" judges no one). Null when it is one of the `sources`.
 */
function predicateOwner(
  ix: SentenceIndex,
  t: number,
  requires: "predicative" | "as",
  sources: readonly ChunkHead[],
): { name: string } | null {
  const tokens = ix.sentence.tokens;
  let end = t + 1;
  let as = false;
  while (end < Math.min(tokens.length, t + 1 + MAX_SPAN) && !/^(?:,|that)$/u.test(tokens[end]?.lower ?? "")) {
    if (predicativeAs(tokens, end)) as = true;
    end++;
  }
  if (requires === "as" && !as) return null;
  const owner = judgedOwner(ix, t, end, sources[0]?.name ?? "");
  return owner && !isSpeaker(owner, sources) ? owner : null;
}

/** Most words of the noun phrase a possessor owns before its predicate ("China's latest naval behaviour as"). */
const POSSESSED_WORDS = 4;

/** Tags of the words of a possessed noun phrase; a word tagged as a verb there is a noun ("North Korea's launch"). */
const POSSESSED_TAGS = /^(?:NOUN|ADJ|VERB)$/u;

/**
 * True when the noun phrase a possessor owns, from `k` (up to POSSESSED_WORDS adjectives and nouns
 * outside any name; a word tagged as a verb there is a noun, "North Korea's launch"), ends on a
 * noun followed by "as" or, for `predicative`, by an adjective or "a"/"an" ("called Russia's
 * invasion a crime"; not "the", which opens time phrases: "called Erdogan's office the next day").
 */
function possessedPredicate(ix: SentenceIndex, k: number, requires: "predicative" | "as"): boolean {
  const tokens = ix.sentence.tokens;
  for (let end = k; end < Math.min(tokens.length, k + POSSESSED_WORDS); end++) {
    const w = tokens[end] as Token;
    if (ix.cover[end] || !POSSESSED_TAGS.test(w.pos)) return false;
    if (w.pos === "ADJ") continue;
    // ("called Chile's move “provocative”": past a quotation mark opening the predicate.)
    const after = tokens[OPENING_QUOTE_MARK.test(tokens[end + 1]?.text ?? "") ? end + 2 : end + 1];
    if (after?.lower === "as") return true;
    if (
      requires === "predicative" &&
      (after?.pos === "ADJ" || INDEFINITE_ARTICLE_WORDS.has(after?.lower ?? ""))
    )
      return true;
  }
  return false;
}

/**
 * Past a short time or manner phrase after a statement verb ("reported on Thursday.", "said in a
 * statement.", "said this week."): the index of the token after it, or `k` when none is there.
 */
function closingAfter(tokens: Token[], k: number): number {
  if (tokens[k]?.pos !== "ADP") {
    // A time adverbial without a preposition ("this week", "last month", "yesterday").
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++)
      if (QUOTE_CLOSER.test((tokens[j] as Token).text))
        return timeAdverbialStart(tokens, j - 1) === k ? j : k;
    return k;
  }
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const w = tokens[j] as Token;
    if (QUOTE_CLOSER.test(w.text)) return j;
    if (isVerbOrAux(w) || w.lower === "that") return k;
  }
  return k;
}

/** How far into a quoted or fronted claim its subject may start ("On Thursday, North Korea …"). */
const CLAIM_SUBJECT_REACH = 6;
/** How far the subject of a claim may reach when its first verb stands further than that. */
const CLAIM_SUBJECT_MAX = 14;

const TO_PREPOSITIONS = new Set(TO_PREPOSITION_HEADS);

/**
 * True when the claim opening at `k` opens with an adjunct: a preposition or subordinator
 * ("After the talks, …", "Following the launch, …"), or a word that makes one with "to" ("Due to
 * the rise in attacks, …").
 */
function adjunctOpens(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w) return false;
  return (
    w.pos === "ADP" || w.pos === "SCONJ" || (TO_PREPOSITIONS.has(w.lower) && tokens[k + 1]?.lower === "to")
  );
}

const BACKING = new Set(BACKING_PARTICIPLES);

/** True when mention `m` is glued by a hyphen to a participle of backing ("Iranian-backed", "Iran-aligned"). */
function backerModifier(tokens: Token[], m: Mention): boolean {
  const dash = tokens[m.last];
  const participle = tokens[m.last + 1];
  return dash?.text === "-" && !dash.space && participle !== undefined && BACKING.has(participle.lower);
}

/**
 * The subject of a claim opening at `start`, before `limit` (firstTarget over that span): past a
 * fronted phrase that opens with a preposition (adjunctOpens) and ends at a comma before any verb
 * but one that closes the phrase ("After years of training in the U.S., Iraqi pilots …", "Due to
 * attacks against Ukraine, the German government …"), up to CLAIM_SUBJECT_REACH words on, or further, to
 * the claim's first verb when that stands within CLAIM_SUBJECT_MAX words ("On Thursday, after
 * weeks of talks, North Korea fired …").
 */
function subjectTarget(
  ix: SentenceIndex,
  opening: number,
  limit: number,
  source: string,
): ClaimTarget | null {
  return fullSubjectTarget(ix, opening, limit, source) ?? toldReportClaim(ix, opening);
}

/** subjectTarget's reading of the claim's actors, before the fallback to a report told before. */
function fullSubjectTarget(
  ix: SentenceIndex,
  opening: number,
  limit: number,
  source: string,
): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  const start = extraposedClaim(tokens, pastFrontedClause(tokens, opening));
  const end = Math.min(limit, start + CLAIM_SUBJECT_MAX);
  let from = start;
  if (adjunctOpens(tokens, start)) {
    let determiner = false;
    for (let k = start + 1; k < end; k++) {
      const w = tokens[k] as Token;
      if (w.pos === "DET") determiner = true;
      // "Following the North Korean launch, the South Korean military staged …": a verb that
      // closes the opening phrase after its determiner is its noun (or the phrase's own verb), not
      // the claim's.
      const closesPhrase = determiner && tokens[k + 1]?.text === ",";
      if (isVerbOrAux(w) && !w.lower.endsWith("ing") && !ix.cover[k] && !closesPhrase) break;
      if (w.text === ",") from = k + 1;
    }
  }
  let to = Math.min(limit, from + CLAIM_SUBJECT_REACH);
  let verb = -1;
  for (let k = from; k < end; k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) && !ix.cover[k]) {
      to = Math.max(to, k);
      verb = k;
      break;
    }
  }
  // "“Stop soliciting US support …,” he added": an imperative has no subject.
  if (verb === from && tokens[from]?.pos === "VERB") return null;
  if (verb >= 0 && appeal(tokens, verb)) return null;
  // "“The incursion is a clear indication that Guatemala is prepared …,” the ministry said": the
  // claim is the clause the indication points to.
  const indicated = verb >= 0 ? indicatedClause(tokens, verb) : -1;
  if (indicated > 0 && indicated < limit) return fullSubjectTarget(ix, indicated, limit, source);
  const proven =
    verb >= 0
      ? (evidenceTarget(ix, verb, limit, source) ??
        thankedTarget(ix, verb, limit, source) ??
        indicatedParty(ix, verb, limit, source))
      : null;
  if (proven) return proven;
  const stance = verb >= 0 ? stanceObject(ix, verb, source, from) : null;
  if (stance) return stance;
  // "“There is an evident discrepancy between what China promises …,” Wu said": "there is/are"
  // is about what follows it, as in claimTarget.
  if (tokens[from]?.lower === "there" && verb === from + 1 && BE_FORMS.has(tokens[verb]?.lower ?? ""))
    return firstTarget(ix, verb + 1, claimVerb(ix, verb + 1, Math.min(limit, verb + 1 + MAX_SPAN)), source);
  const target = firstTarget(ix, from, to, source);
  // "Lavrov accused the US …, AFP reported": the claim relays Lavrov's own statement. ("X,
  // commander of the Emiri Air Force helicopter wing, said …, according to QNA": a long appositive
  // puts the subject's verb past the subject's reach, but it is still the verb that relays.)
  const relaying = verb >= 0 ? verb : claimVerb(ix, from, limit);
  if (target)
    return relaying < limit && relaysStatement(ix, relaying)
      ? null
      : verb >= 0
        ? withJudged(ix, target, verb, limit, source)
        : target;
  if (verb < 0) return null;
  return (
    laterStance(ix, from, verb + 1, limit, source) ??
    predicateAgent(ix, verb, limit, source) ??
    judgedOwner(ix, verb, limit, source) ??
    coordinatedClaim(ix, verb + 1, limit, source)
  );
}

/** Conjunctions that open a second clause of a claim after a comma ("…, and the Russian side is …"). */
const CLAUSE_CONJUNCTIONS = new Set(["and", "but"]);

/**
 * "“We are taking part in exercises in Russia, and the Russian side is helping to train our
 * personnel,” he said": when the claim's first clause judges no one (the speaker's own side), a
 * second clause joined after a comma or a semicolon, before `limit`, is read as a claim of its
 * own; null when none judges anyone.
 */
function coordinatedClaim(
  ix: SentenceIndex,
  from: number,
  limit: number,
  source: string,
): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < limit - 1; k++) {
    const w = tokens[k] as Token;
    const opens = w.text === ";" || (w.text === "," && CLAUSE_CONJUNCTIONS.has(tokens[k + 1]?.lower ?? ""));
    if (!opens) continue;
    const start = w.text === ";" ? k + 1 : k + 2;
    // ("security, stability, and prosperity not just in West Africa": a list, no clause; "but
    // across the continent": a phrase.)
    if (!clauseOpens(ix, start, limit)) continue;
    return fullSubjectTarget(ix, start, limit, source);
  }
  return null;
}

/** Most words of a second clause's subject before its verb ("the Russian side is"). */
const SECOND_SUBJECT_REACH = 6;

/** True when a subject that opens at `k` (no preposition) reaches its verb before a comma and `limit`. */
function clauseOpens(ix: SentenceIndex, k: number, limit: number): boolean {
  const tokens = ix.sentence.tokens;
  if (ADP_OR_PUNCT.test(tokens[k]?.pos ?? "")) return false;
  for (let j = k + 1; j < Math.min(limit, k + SECOND_SUBJECT_REACH); j++) {
    const w = tokens[j] as Token;
    if (w.pos === "PUNCT") return false;
    if (isVerbOrAux(w) && !ix.cover[j]) return true;
  }
  return false;
}

/** Most words of a predicate noun phrase before its agent ("the eighth ballistic missile launch by"). */
const PREDICATE_REACH = 8;

/**
 * "The test was the eighth missile launch by Pyongyang this year, according to the South Korean
 * military": a claim whose subject names no actor, and whose verb "be" takes a noun phrase with
 * an agent ("by X" right after its noun), is about the agent; null otherwise.
 */
function predicateAgent(ix: SentenceIndex, v: number, end: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  if (!BE_FORMS.has(tokens[v]?.lower ?? "")) return null;
  for (let k = v + 1; k < Math.min(end, v + 1 + PREDICATE_REACH); k++) {
    const w = tokens[k] as Token;
    if (ix.cover[k]) continue;
    if (w.lower === "by") {
      if (tokens[k - 1]?.pos !== "NOUN" && !ix.cover[k - 1]) return null;
      const chunk = chunkFrom(ix, k + 1);
      return chunk ? (actorHeads(chunkHeads(chunk)).find((h) => h.name !== source) ?? null) : null;
    }
    if (!PREDICATE_PHRASE_TAGS.test(w.pos)) return null;
  }
  return null;
}

/**
 * "said Rabat had irrefutable proof of Hezbollah's involvement", "said the US stands with the
 * Philippines in condemning the China Coast Guard's dangerous manoeuvres": a claim whose subject is
 * an actor is also about the owner of a word of judgement or a noun of conduct in its predicate
 * (judgedOwner, from the claim's verb at `v` to `end`), when that owner is another actor.
 */
function withJudged(
  ix: SentenceIndex,
  target: ClaimTarget,
  v: number,
  end: number,
  source: string,
): ClaimTarget {
  if (v >= end || target.name === TOLD_REPORT) return target;
  const owner = judgedOwner(ix, v, end, source);
  if (!owner || owner.name === target.name || target.others?.includes(owner.name)) return target;
  return { ...target, judged: [owner.name] };
}

const DISOWNING = new Set(DISOWNING_MODIFIERS);

/** True when a disowning modifier ("alleged") stands among the adjectives and nouns before the word at `k`. */
function disowned(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - JUDGED_OWNER_GAP); j--) {
    const w = tokens[j] as Token;
    if (DISOWNING.has(w.lower)) return true;
    if (!/^(?:ADJ|ADV|NOUN|VERB)$/u.test(w.pos)) return false;
  }
  return false;
}

const CONDUCT = new Set(CONDUCT_NOUNS);
/** Words whose owner a claim is about: the words of judgement and the nouns of conduct ("Khartoum's support"). */
const JUDGEMENTS = new Set([...JUDGEMENT_WORDS, ...CONDUCT]);
/** Most adjectives, adverbs and quotation marks between a possessor and its word of judgement ("Turkey's “real intentions”"). */
const JUDGED_OWNER_GAP = 4;
/** Tags of the words between a possessor and its word of judgement ("Turkey's “real” intentions"). */
const ADJ_OR_ADV = /^(?:ADJ|ADV)$/u;
/** A possessive ending: "'s", or an apostrophe alone ("the Philippines' intentions"). */

/**
 * "said these statements remind the world of Turkey's “real intentions”", "“This act is evidence
 * of the goodwill of the United States,” said X", "says the attack is proof Khartoum is providing
 * arms": a claim whose subject names no actor but whose predicate (from its verb at `v` to `end`,
 * before a clause break) holds a word of judgement (JUDGEMENT_WORDS) or a noun of conduct
 * (CONDUCT_NOUNS: "the evidence proved Khartoum's support for the rebels") is about that word's owner:
 * its possessor or demonym, or the agent of its phrase ("of", "by", "from"); a noun of evidence
 * judges only the subject of what it proves. Null when the owner is the source, a
 * pronoun ("its real intentions"), two sides of a tie, or not found, and after a negation.
 */
function judgedOwner(ix: SentenceIndex, v: number, end: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  for (let k = v + 1; k < Math.min(end, tokens.length); k++) {
    const w = tokens[k] as Token;
    // ("said the report was no proof of Iran's involvement": a denial judges no one.)
    if (CLAUSE_STOP.test(w.text) || NEGATION_CUES.has(w.lower) || w.lower === "no") return null;
    if (ix.cover[k] || !JUDGEMENTS.has(w.lower)) continue;
    // ("the statements contained accusations about alleged military threats by Lithuania": an
    // act told as another's claim is judged by no one here.)
    if (disowned(ix.sentence.tokens, k)) return null;
    // ("said the grant came in support of the Lebanese Army": after "in", a noun of conduct names
    // whom the act serves, not who acts.)
    if (CONDUCT.has(w.lower) && tokens[k - 1]?.lower === "in") continue;
    // A noun of evidence judges only the subject of what it proves: "gathered evidence from
    // Ukraine's prosecutors" and "evidence of the goodwill of X" own no judgement of theirs.
    if (EVIDENCE.has(w.lower)) {
      const proven = provenSubject(ix, k, end, source) ?? provenActOwner(ix, k, end);
      if (proven) return proven.name !== source ? { name: proven.name } : null;
      continue;
    }
    const owner = judgementPossessor(ix, k) ?? judgementAgent(ix, k);
    return owner && owner.name !== source ? { name: owner.name } : null;
  }
  return null;
}

/**
 * The one agent of the word of judgement at `k`, named right after it (or after a noun coordinated
 * with it) with "of", "by" or "from" ("the goodwill of the United States", "the generosity and
 * largesse of the United States"); null for any other preposition ("interference in the
 * affairs of Lebanon", "aggression against X": the judged is not the one named) or for the two
 * sides of a tie ("the goodwill between Peru and Chile").
 */
function judgementAgent(ix: SentenceIndex, k: number): { name: string } | null {
  const tokens = ix.sentence.tokens;
  // ("the generosity and largesse of the United States": a noun coordinated with the word.)
  const p = tokens[k + 1]?.lower === "and" && tokens[k + 2]?.pos === "NOUN" ? k + 3 : k + 1;
  // ("proof of the support that the EU gives to Mali": the subject of a relative clause on it.)
  const relative = p === k + 1 ? relativeAgent(ix, k) : [];
  if (relative.length === 1) return relative[0] as { name: string };
  // ("the continued support given by India", "the role played by the UPDF": a participle with its
  // agent qualifies the word.)
  if (!AGENT_PREPOSITIONS.has(tokens[p]?.lower ?? "") && !(p === k + 1 && agentParticiple(tokens, p)))
    return null;
  const agents = objectActors(ix, k, undefined);
  return agents.length === 1 ? (agents[0] as { name: string }) : null;
}

/**
 * The possessor ("Turkey's real intentions") or demonym ("Iranian provocations") of the word of
 * judgement at `k`, past a few adjectives, adverbs and quotation marks; null otherwise.
 */
function judgementPossessor(ix: SentenceIndex, k: number): { name: string } | null {
  const tokens = ix.sentence.tokens;
  let j = k - 1;
  while (
    j > 0 &&
    k - j <= JUDGED_OWNER_GAP &&
    !ix.cover[j] &&
    (ADJ_OR_ADV.test(tokens[j]?.pos ?? "") || QUOTE_MARK_NO_STRAIGHT_SINGLE.test(tokens[j]?.text ?? "")) &&
    !POSSESSIVE_MARK.test(tokens[j]?.lower ?? "")
  )
    j--;
  const possessive = POSSESSIVE_MARK.test(tokens[j]?.lower ?? "");
  const m = ix.cover[possessive ? j - 1 : j];
  if (!m || m.last !== (possessive ? j : j + 1)) return null;
  if (!possessive && m.kind !== "demonym") return null;
  const actor = actorOf(m);
  return actor.type === "Location" || m.type === "WeaponSystem" ? null : actor;
}

/**
 * "is proof Khartoum is providing arms", "evidence that Iran supplied …": the subject of the
 * clause a noun of evidence at `k` proves, with or without "that"; null otherwise.
 */
function provenSubject(ix: SentenceIndex, k: number, end: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  if (tokens[k + 1]?.lower === "that") return k + 2 < end ? claimTarget(ix, k + 2, source) : null;
  const chunk = chunkFrom(ix, k + 1);
  if (!chunk || chunk.first !== k + 1 || chunk.last >= end || !isVerbOrAux(tokens[chunk.last])) return null;
  return actorHeads(chunkHeads(chunk)).find((h) => h.name !== source) ?? null;
}

/**
 * "is the clearest proof of the support that the EU gives", "evidence of Germany's commitment":
 * the owner of the act a noun of evidence at `k` proves through "of" (its possessor, the subject
 * of a relative clause on it, or its agent), before `end`; null otherwise.
 */
function provenActOwner(ix: SentenceIndex, k: number, end: number): { name: string } | null {
  const tokens = ix.sentence.tokens;
  if (tokens[k + 1]?.lower !== "of") return null;
  let n = k + 2;
  while (
    n < end &&
    (DET_ADJ_NUM.test(tokens[n]?.pos ?? "") ||
      POSSESSIVE_MARK.test(tokens[n]?.lower ?? "") ||
      (ix.cover[n] && tokens[n]?.pos === "PROPN"))
  )
    n++;
  if (n >= end || tokens[n]?.pos !== "NOUN" || ix.cover[n]) return null;
  return judgementPossessor(ix, n) ?? judgementAgent(ix, n);
}

const CERTAIN = new Set(CERTAINTY_ADJECTIVES);
const QUESTION = new Set(QUESTION_OPENERS);

/**
 * True when the clause whose subject opens at `k` is an embedded question ("whether China …") or a
 * direct one, its auxiliary before the subject and a question mark at its end ("Will Peru condemn
 * Ecuador?").
 */
function inQuestion(tokens: Token[], k: number): boolean {
  if (QUESTION.has(tokens[k - 1]?.lower ?? "")) return true;
  if (tokens[k - 1]?.pos !== "AUX") return false;
  let end = tokens.length - 1;
  while (end > k && CLOSING_QUOTE_MARK.test(tokens[end]?.text ?? "")) end--;
  return tokens[end]?.text === "?";
}

/**
 * Where a claim opening at `k` on an extraposed "it is clear (that)" or a cleft "it is the first
 * time (that)" really opens: after it ("It is clear Australia is anxious …" is about Australia);
 * `k` otherwise.
 */
function extraposedClaim(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== "it" || !/^(?:is|was|'s|’s)$/u.test(tokens[k + 1]?.lower ?? "")) return k;
  const time = clefTime(tokens, k + 2);
  if (time > 0) return tokens[time + 1]?.lower === "that" ? time + 2 : time + 1;
  if (!CERTAIN.has(tokens[k + 2]?.lower ?? "")) return k;
  return tokens[k + 3]?.lower === "that" ? k + 4 : k + 3;
}

/** How many words may stand between "the" and "time" in "it is the fifth time". */
const TIME_CLEFT_WORDS = 2;

/**
 * The index of "time" in a cleft "the (first | fifth | second straight) time" opening at `k`, the
 * clause after it being the claim ("It is the fifth time China is supporting the army" is about
 * China); -1 otherwise.
 */
function clefTime(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== "the") return -1;
  for (let j = k + 1; j <= k + 1 + TIME_CLEFT_WORDS; j++) {
    const w = tokens[j];
    if (w?.lower === "time") return j > k + 1 ? j : -1;
    if (!w || !/^(?:ADJ|NUM|ADV)$/u.test(w.pos)) return -1;
  }
  return -1;
}

/** Words that may stand between a verb and its own-act object ("claimed full responsibility"). */
const OWN_ACT_MODIFIERS = new Set(["full", "sole", "the"]);

/** True when the verb at `t` takes an object that makes the statement the speaker's own act ("claimed responsibility for …"). */
function ownActObject(tokens: Token[], t: number, pairs: readonly string[]): boolean {
  // Read inside the array only: a read past the end throws optimised code away.
  let k = t + 1;
  while (k < tokens.length && OWN_ACT_MODIFIERS.has((tokens[k] as Token).lower)) k++;
  return pairs.includes(
    `${(tokens[t] as Token).lemma} ${k < tokens.length ? (tokens[k] as Token).lower : ""}`,
  );
}

const FRONTED = new Set(FRONTED_SUBORDINATORS);
/** Most words a fronted clause may hold before its comma. */
const FRONTED_CLAUSE_REACH = 14;

/**
 * Where a claim opening at `k` has its subject: past a fronted clause of time, reason or
 * concession and its comma ("As our cooperation grows, Ghana is a stronger partner": at
 * "Ghana"); `k` when none ("As expected, …" holds no verb, and is read as before).
 */
function pastFrontedClause(tokens: Token[], k: number): number {
  const w = tokens[k];
  if (!w || !FRONTED.has(w.lower)) return k;
  // ("now that the talks are over, …").
  let j = w.lower === "now" ? (tokens[k + 1]?.lower === "that" ? k + 2 : -1) : k + 1;
  if (j < 0) return k;
  let verb = false;
  for (; j < Math.min(tokens.length, k + FRONTED_CLAUSE_REACH); j++) {
    const t = tokens[j] as Token;
    if (t.text === ",") return verb && finiteAfter(tokens, j + 1) ? j + 1 : k;
    if (CLAUSE_END_OR_QUOTE.test(t.text)) return k;
    if (isVerbOrAux(t)) verb = true;
  }
  return k;
}

/**
 * True when a clause with a finite verb opens at `k`, its subject first ("Ghana is …"), not a
 * participle ("said as he shook hands, welcoming him …") nor a phrase ("…, Chile.").
 */
function finiteAfter(tokens: Token[], k: number): boolean {
  if (tokens[k]?.pos === "VERB") return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + FRONTED_CLAUSE_REACH); j++) {
    const t = tokens[j] as Token;
    if (CLAUSE_END_OR_QUOTE.test(t.text) || t.text === ",") return false;
    if (t.pos === "AUX" || (t.pos === "VERB" && !t.lower.endsWith("ing"))) return true;
  }
  return false;
}

/**
 * Index of the first token of a sentence that is not an opening quote or bracket, past a wire
 * credit that opens it ("Jan 10 (Interfax-AVN) - Russia has delivered …": the agency is no party).
 */
function claimOpening(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && /^[“"‘'([—–-]$/u.test((tokens[k] as Token).text)) k++;
  return pastWireCredit(tokens, k);
}

/** Most tokens of a wire credit before its dash ("Jan 10 (Interfax-AVN) -", "(Reuters) -"). */
const CREDIT_REACH = 10;

/** Dashes that close a wire credit ("-", "--", "—"). */
const CREDIT_DASH = /^[-–—]+$/u;

/**
 * The token after a wire credit that opens the sentence at `from`: words with no verb up to a
 * bracketed agency and a dash ("Jan 10 (Interfax-AVN) -", "(Reuters) --"); `from` when there is none.
 */
function pastWireCredit(tokens: Token[], from: number): number {
  const limit = Math.min(tokens.length - 1, from + CREDIT_REACH);
  for (let k = from; k < limit; k++) {
    const w = tokens[k] as Token;
    // "May 3 (Reuters) -": the month, not the modal.
    const month = w.lower === "may" && tokens[k + 1]?.pos === "NUM";
    if (isVerbOrAux(w) && !month) return from;
    if (w.text !== ")" || !CREDIT_DASH.test(tokens[k + 1]?.text ?? "")) continue;
    if (!tokens.slice(0, k).some((x) => x.text === "(")) return from;
    let j = k + 1;
    while (j < tokens.length && CREDIT_DASH.test((tokens[j] as Token).text)) j++;
    return j;
  }
  return from;
}

function claimEnd(ix: SentenceIndex, from: number): number {
  const tokens = ix.sentence.tokens;
  const limit = Math.min(tokens.length, from + MAX_SPAN);
  for (let k = from; k < limit; k++) {
    const w = tokens[k] as Token;
    if (w.text === ";" || (w.lower === "according" && tokens[k + 1]?.lower === "to")) return k;
  }
  return limit;
}

/**
 * The subject of a claim that opens at `from`: the actor of its subject phrase, before the
 * claim's verb ("said the arms sales harm peace in the Taiwan Strait" is about no actor, not
 * Taiwan). A participle after a noun with its phrase stays in the subject ("the missile fired by
 * North Korea landed …"); a passive whose subject holds no actor is about its agent ("said the
 * attack was carried out by Russia"); "there is/are" is about what follows it.
 */
export function claimTarget(ix: SentenceIndex, opening: number, source: string): ClaimTarget | null {
  return claimSubjectTarget(ix, opening, source) ?? toldReportClaim(ix, opening);
}

/** A claim's subject read as a report told before, when nothing else in the claim is an actor (toldReportSubject). */
function toldReportClaim(ix: SentenceIndex, opening: number): ClaimTarget | null {
  const from = extraposedClaim(ix.sentence.tokens, opening);
  return toldReportSubject(ix, from, Math.min(ix.sentence.tokens.length, from + CLAIM_SUBJECT_MAX));
}

/** claimTarget's reading of the claim's actors, before the fallback to a report told before. */
function claimSubjectTarget(ix: SentenceIndex, opening: number, source: string): ClaimTarget | null {
  const from = extraposedClaim(ix.sentence.tokens, pastFrontedClause(ix.sentence.tokens, opening));
  const end = claimEnd(ix, from);
  const verb = claimVerb(ix, from, end);
  if (appeal(ix.sentence.tokens, verb)) return reasonTarget(ix, verb, end, source);
  const proven =
    evidenceTarget(ix, verb, end, source) ??
    thankedTarget(ix, verb, end, source) ??
    indicatedParty(ix, verb, end, source);
  if (proven) return proven;
  const stance = stanceObject(ix, verb, source, from);
  // "Reuters reported that Japan condemned China": a stance another named party takes is that
  // party's statement, which the speaker only relays.
  if (stance)
    return reportedBefore(ix.sentence.tokens, opening) && stanceTakenBy(ix, from, verb, source)
      ? null
      : stance;
  const origin = originTarget(ix, from, end, source) ?? underFireAgent(ix, from, end, source);
  if (origin) return origin;
  const target = firstTarget(ix, from, end, source, modifierBound(ix, from, verb));
  if (target)
    return relaysStatement(ix, verb) && !personTeller(ix, source)
      ? null
      : withJudged(ix, target, verb, end, source);
  if (verb >= end) return null;
  const later = laterStance(ix, from, verb + 1, end, source);
  if (later) return later;
  const tokens = ix.sentence.tokens;
  // An actor, or a named weapon ("said the S-400 systems were delivered to Turkey"), in the
  // subject is what the claim is about, whatever follows.
  const named = (m: Mention): boolean =>
    m.type === "WeaponSystem" ? m.kind !== "generic-weapon" : actorOf(m).type !== "Location";
  if (mentionsIn(ix, from, verb).some(named)) return null;
  if (tokens[from]?.lower === "there") return firstTarget(ix, verb + 1, claimVerb(ix, verb + 1, end), source);
  // "said the attack was carried out by Russia": the agent of a passive; "said the first
  // submarine would be delivered to the Pakistan Navy", "said the cargo was destined for
  // Hezbollah": its recipient.
  let k = verb;
  let passive = false;
  for (; k < Math.min(end, verb + 4) && VERB_GROUP_FILLER.test(tokens[k]?.pos ?? ""); k++)
    if (BE_FORMS.has((tokens[k] as Token).lower)) passive = true;
  // ("was destined for Hezbollah", "were bound for Gaza": a participle tagged as an adjective.)
  const participle =
    tokens[k]?.pos === "VERB" || (tokens[k]?.pos === "ADJ" && /(?:ed|bound)$/u.test(tokens[k]?.lower ?? ""));
  if (!participle) return predicateAgent(ix, verb, end, source) ?? judgedOwner(ix, verb, end, source);
  if (!passive) return judgedOwner(ix, verb, end, source);
  if (tokens[k]?.lower.endsWith("ing")) return null;
  // "said such untrue allegations had been included in UN reports": claims placed in a body's
  // report are its author's.
  const author = claimsAuthor(ix, from, verb, k + 1);
  if (author && author.name !== source) return author;
  const held = k;
  while (k < Math.min(end, verb + 6) && !/^(?:by|to|for)$/u.test(tokens[k]?.lower ?? "")) {
    // "were held on issues relating to the SCO": a preposition after another verb is that verb's.
    if (/^[,;:]$/u.test((tokens[k] as Token).text) || (k > held && tokens[k]?.pos === "VERB"))
      return judgedOwner(ix, verb, end, source);
    k++;
  }
  const agent = /^(?:by|to|for)$/u.test(tokens[k]?.lower ?? "") ? chunkFrom(ix, k + 1) : null;
  // ("said the attack is proof Khartoum is arming rebels": a noun tagged as a participle.)
  return (
    (agent ? actorHeads(chunkHeads(agent)).find((h) => h.name !== source) : undefined) ??
    judgedOwner(ix, verb, end, source)
  );
}

/** Forms of the verbs of coming from a place or party ("the weapons came from Iran", "rockets originating from Iran"). */
const ORIGIN_VERBS = new Set([
  "come",
  "comes",
  "came",
  "originate",
  "originates",
  "originated",
  "originating",
]);

/**
 * "said a shipment of rockets that was seized by Israel came from Iran", "said the weapons came
 * from Iran": a claim that goods came from an actor is about that actor, when no actor stands in
 * the claim before the verb of origin but as the agent of a participle ("seized by Israel").
 * Null otherwise.
 */
function originTarget(ix: SentenceIndex, from: number, end: number, source: string): ChunkHead | null {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < end; k++) {
    const w = tokens[k] as Token;
    if (ix.cover[k] || w.pos !== "VERB" || !ORIGIN_VERBS.has(w.lower) || tokens[k + 1]?.lower !== "from")
      continue;
    const chunk = chunkFrom(ix, k + 2);
    const head = chunk ? actorHeads(chunkHeads(chunk)).find((h) => h.name !== source) : undefined;
    if (!head) return null;
    const before = mentionsIn(ix, from, k).filter(
      (m) => m.type !== "WeaponSystem" && actorOf(m).type !== "Location",
    );
    return before.every((m) => tokens[m.first - 1]?.lower === "by") ? head : null;
  }
  return null;
}

const CLAIM_SUBJECT_NOUNS = new Set(HEARSAY_NOUNS);

/**
 * The author of a report that a claim's subject, a noun of claims ("allegations", "accusations"),
 * is placed in by the passive participle before `p`: "in UN reports", "in a report by Amnesty
 * International". Null otherwise.
 */
function claimsAuthor(ix: SentenceIndex, from: number, verb: number, p: number): { name: string } | null {
  const tokens = ix.sentence.tokens;
  let claims = false;
  for (let k = from; k < verb; k++)
    if (CLAIM_SUBJECT_NOUNS.has(singular((tokens[k] as Token).lower))) claims = true;
  if (!claims || tokens[p]?.lower !== "in") return null;
  for (let k = p + 1; k < Math.min(tokens.length, p + 1 + MEDIUM_PARTICIPLE_REACH); k++) {
    const m = ix.cover[k];
    if (m && m.first === k && reportAuthor(ix, m)) return actorOf(m);
    const w = tokens[k] as Token;
    if (isReportNoun(w)) {
      // "in a report by X": the author after the noun.
      const by = /^(?:by|from)$/u.test(tokens[k + 1]?.lower ?? "") ? chunkFrom(ix, k + 2) : null;
      return by ? (actorHeads(chunkHeads(by))[0] ?? null) : null;
    }
    if (!/^(?:DET|ADJ)$/u.test(w.pos)) return null;
  }
  return null;
}

/** Subordinators that open the reason an appeal gives ("…, as Beijing has not abandoned …"; "because" needs no comma). */
const REASON_OPENERS = new Set(["as", "because", "since"]);

/**
 * "said that the foreign ministry should be on the alert, as Beijing has not abandoned its
 * strategy": an appeal judges no one, but the reason it gives in a clause after a comma and
 * "as", "because" or "since", or after "because" alone (from its verb at `v` to `end`), is a claim
 * of its own, about its subject; null when none follows.
 */
function reasonTarget(ix: SentenceIndex, v: number, end: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  for (let k = v + 1; k < end - 1; k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_END_OR_QUOTE.test(w.text)) return null;
    const opener = tokens[k + 1]?.lower ?? "";
    if (!REASON_OPENERS.has(opener) || (w.text !== "," && !(opener === "because" && k > v))) continue;
    // The reason is a clause: a noun phrase, then its verb ("as Beijing has not abandoned …").
    const subject = chunkFrom(ix, k + 2);
    if (subject && isVerbOrAux(tokens[subject.last])) return claimTarget(ix, k + 2, source);
  }
  return null;
}

/** Modals of obligation: a claim whose verb group opens with one is an appeal ("X should …"). */
const OBLIGATION = new Set(["should", "must", "ought"]);

/**
 * True when the claim's verb at `v` is a modal of obligation ("said Serbia should not buy",
 * "Japan must stop"; not before a perfect or a passive, "must have known", "must be destroyed")
 * or "need(s) to": an appeal or a request, which the conventions do not count as an assessment
 * of its subject.
 */
function appeal(tokens: Token[], v: number): boolean {
  const w = tokens[v];
  if (!w) return false;
  // ("China must have known" infers; "Hamas must be destroyed" judges what is done to its
  // subject: neither appeals to it.)
  if (OBLIGATION.has(w.lower)) {
    const n = tokens[v + 1]?.lower === "not" ? v + 2 : v + 1;
    const next = tokens[n];
    // ("the ministry should be on the alert", "Kyiv must be ready": "be" before no participle
    // appeals too.)
    if (next?.lower === "be") return tokens[n + 1]?.pos !== "VERB";
    return next !== undefined && next.lower !== "have";
  }
  return w.lemma === "need" && tokens[v + 1]?.lower === "to";
}

const SPEECH = new Set(SPEECH_VERBS);
const OBJECTLESS_SPEECH = new Set(OBJECTLESS_SPEECH_VERBS);
const SPEECH_OBJECTS = new Set(SPEECH_NOUNS);

/**
 * True when the one who tells a claim, `source`, is a person ("Singh said Nakatani expressed
 * solidarity with India"): a person who says another party made a statement makes a claim about
 * that party; an outlet or a body that reports it only relays it (relaysStatement).
 */
function personTeller(ix: SentenceIndex, source: string): boolean {
  return ix.mentions.some((m) => actorOf(m).name === source && actorOf(m).type === "Person");
}

/**
 * True when the claim's verb at `v` (past auxiliaries and adverbs) is one of speech, so that the
 * claim only relays its subject's statement ("Iran denied the claims, Anadolu reported"; "Chen
 * made the remarks …, Xinhua reported"); a relaying verb with a that-clause is not (its inner
 * claim is what the outer one is about: relayedTarget).
 */
function relaysStatement(ix: SentenceIndex, v: number): boolean {
  const tokens = ix.sentence.tokens;
  let k = v;
  while (k < v + 4 && VERB_GROUP_FILLER.test(tokens[k]?.pos ?? "")) k++;
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB") return false;
  if (RELAY.has(verb.lemma) && tokens[k + 1]?.lower === "that") return false;
  // ("US arms deliveries only add fuel to the fire": a verb of speech only without an object.)
  if (OBJECTLESS_SPEECH.has(verb.lemma) && NOMINAL_TAGS.test(tokens[k + 1]?.pos ?? "")) return false;
  if (SPEECH.has(verb.lemma)) return true;
  if (verb.lemma !== "make") return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++)
    if (SPEECH_OBJECTS.has((tokens[j] as Token).lower)) return true;
  return false;
}

const EVIDENCE = new Set(EVIDENCE_NOUNS);

/**
 * "said Sudan has evidence of the UAE supplying weapons", "“We have proof that Russia …,” X said":
 * a claim whose verb (past auxiliaries and adverbs) is "have" with a noun of evidence as its object
 * is about the subject of what the evidence proves, the first actor after its "of" or "that",
 * before `end`; null otherwise.
 */
function evidenceTarget(ix: SentenceIndex, v: number, end: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  let k = v;
  // ("has no evidence of", "does not have proof that": a denial proves nothing.)
  const negated = (w: Token | undefined): boolean => NEGATION_CUES.has(w?.lower ?? "") || w?.lower === "no";
  while (k < v + 3 && VERB_GROUP_FILLER.test(tokens[k]?.pos ?? "") && tokens[k]?.lemma !== "have") {
    if (negated(tokens[k])) return null;
    k++;
  }
  if (tokens[k]?.lemma !== "have") return null;
  k++;
  while (k < v + 6 && DET_ADJ_NUM.test(tokens[k]?.pos ?? "")) {
    if (negated(tokens[k])) return null;
    k++;
  }
  if (!EVIDENCE.has(tokens[k]?.lower ?? "")) return null;
  const link = tokens[k + 1]?.lower;
  if (link === "that") return claimTarget(ix, k + 2, source);
  if (link !== "of") return null;
  const chunk = chunkFrom(ix, k + 2);
  if (!chunk || chunk.first >= end) return null;
  return actorHeads(chunkHeads(chunk)).find((h) => h.name !== source) ?? null;
}

const GRATEFUL = new Set(GRATITUDE_ADJECTIVES);
/** The courtesies that thanks judge no one for (the thank row's `courtesyWords`). */
const THANKS_COURTESIES = DEFAULT_FRAMES.find((f) => f.id === "assess-thank")?.courtesyWords ?? [];

/**
 * "“We are grateful to Japan for this donation,” X said", "said Zambia was thankful to India for
 * …": a claim whose verb is "be" with an adjective of gratitude thanks the actor of its to-phrase,
 * before `end`; null otherwise (or when negated).
 */
function thankedTarget(ix: SentenceIndex, v: number, end: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  if (!BE_FORMS.has(tokens[v]?.lower ?? "")) return null;
  let k = v + 1;
  while (k < v + 3 && tokens[k]?.pos === "ADV" && !NEGATION_CUES.has(tokens[k]?.lower ?? "")) k++;
  if (!GRATEFUL.has(tokens[k]?.lower ?? "")) return null;
  // "said the government and people are grateful for China's sincere assistance": the owner or
  // agent of what the for-phrase names is thanked (a courtesy names none: "for the invitation").
  if (tokens[k + 1]?.lower === "for") {
    if (k + 1 >= end || !creditedAct(tokens, k, THANKS_COURTESIES)) return null;
    const owner = objectActors(ix, k + 1, undefined).find((h) => h.name !== source);
    return owner ? { name: owner.name } : null;
  }
  if (tokens[k + 1]?.lower !== "to") return null;
  const chunk = chunkFrom(ix, k + 2);
  if (!chunk || chunk.first >= end) return null;
  return actorHeads(chunkHeads(chunk)).find((h) => h.name !== source) ?? null;
}

const STANCE = new Set(STANCE_VERBS);

/** Words that deny a stance told after them in a claim ("did not condemn", "failed to oppose"). */
const DENIED_STANCE = new Set(DENIED_STANCE_WORDS);

/** Forms of the verb of news reports ("Reuters reported that …"). */
const REPORTED = new Set(["report", "reported", "reports", "reporting"]);

/** How far before a claim's opening its reporting verb may stand ("reported on Monday that"). */
const REPORTED_REACH = 4;

/**
 * True when the claim opening at `opening` is reported ("Reuters reported that …", "the agency
 * reports that …"): the verb of an outlet, which relays; a speaker who "said" that its country
 * condemned someone voices the stance ("Zakharova said Moscow condemned …").
 */
function reportedBefore(tokens: readonly Token[], opening: number): boolean {
  for (let k = opening - 1; k >= Math.max(0, opening - CITED_REACH); k--) {
    const w = tokens[k] as Token;
    if (w.pos === "VERB")
      return k >= opening - REPORTED_REACH && (REPORTED.has(w.lower) || REPORTED.has(w.lemma));
    // "According to Al Jazeera, Peru condemned Bolivia": a cited source reports as "reported that" does.
    if (w.lower === "according" && tokens[k + 1]?.lower === "to") return true;
  }
  return false;
}

/** How far before a claim "according to" may open the phrase that cites its source. */
const CITED_REACH = 10;

/**
 * True when the clause from `start` to `end` tells a stance that a named party other than
 * `source` takes ("Peru condemned Bolivia …, according to Al Jazeera"): the source only relays it.
 */
function relayedStance(ix: SentenceIndex, start: number, end: number, source: string): boolean {
  const v = claimVerb(ix, start, end);
  return v < end && stanceObject(ix, v, source, start) !== null && stanceTakenBy(ix, start, v, source);
}

/**
 * True when the claim's subject, from `from` to its verb at `v`, names an actor other than the
 * speaker by name (not by a pronoun): the stance the claim tells is that actor's.
 */
function stanceTakenBy(ix: SentenceIndex, from: number, v: number, source: string): boolean {
  return mentionsIn(ix, from, v).some(
    (m) =>
      m.kind !== "pronoun" &&
      m.type !== "WeaponSystem" &&
      actorOf(m).type !== "Location" &&
      actorOf(m).name !== source,
  );
}

/**
 * "stressed the two countries were “unanimous when it comes to opposing Putin's attempts …”",
 * "said they were united in condemning Russia's invasion": a claim whose subject names no actor
 * but which goes on to a verb of stance (from `at` to `end`, before any break) is about that
 * verb's object, as stanceObject tells it.
 */
function laterStance(
  ix: SentenceIndex,
  from: number,
  at: number,
  end: number,
  source: string,
): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  for (let k = at; k < Math.min(end, tokens.length); k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text)) return null;
    if (w.pos === "VERB" && !ix.cover[k] && STANCE.has(w.lemma)) return stanceObject(ix, k, source, from);
  }
  return null;
}
const POLICY_STANCE = new Set(POLICY_STANCE_VERBS);
const HABITUAL = new Set(HABITUAL_CUES);

/**
 * "Beijing objects to the US decision to approve arms sales …, Geng said", "China firmly opposes
 * the United States' arms sales to Taiwan, Zhu said": a claim whose verb takes a stance is about
 * the actor of its object phrase (its owner or agent, not its victim); null otherwise, or when a
 * negation or a refusal stands between the claim's opening `from` and the verb.
 */
function stanceObject(ix: SentenceIndex, v: number, source: string, from: number): { name: string } | null {
  const tokens = ix.sentence.tokens;
  let k = v;
  while (k < v + 3 && VERB_GROUP_FILLER.test(tokens[k]?.pos ?? "")) k++;
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB" || !STANCE.has(verb.lemma)) return null;
  // "said the council did not condemn Russia's actions", "the resolution failed to condemn …".
  for (let j = from; j < k; j++)
    if (DENIED_STANCE.has((tokens[j] as Token).lower) || DENIED_STANCE.has((tokens[j] as Token).lemma))
      return null;
  // The object phrase: its first actor before any preposition owns or modifies its head ("the
  // United States' arms sales", "the US decision"); past a preposition, only an agent ("the
  // decision by Washington"), not a victim or place ("sanctions on Russia", "sales to Taiwan").
  let prep = "";
  const start = tokens[k + 1]?.lower === "to" ? k + 2 : k + 1;
  for (let j = start; j < Math.min(tokens.length, start + OBJECT_REACH); j++) {
    const w = tokens[j] as Token;
    const m = ix.cover[j];
    if (m?.first === j && m.type !== "WeaponSystem" && actorOf(m).type !== "Location") {
      if ((prep === "" || AGENT_PREPOSITIONS.has(prep)) && actorOf(m).name !== source) return actorOf(m);
      j = m.last - 1;
      continue;
    }
    if (m) continue;
    if (
      /^[.,;:!?“”"]$/u.test(w.text) ||
      w.pos === "VERB" ||
      w.pos === "AUX" ||
      w.lower === "that" ||
      predicativeAs(tokens, j)
    )
      return null;
    if (w.pos === "ADP") prep = w.lower;
  }
  return null;
}

/**
 * Where a claim's subject stops for its actor: at a participle that modifies it with a phrase
 * other than its agent ("the drones supplied to Russia were …" is about the drones, not their
 * recipient; "the missile fired by North Korea" keeps its agent); else at the claim's verb.
 */
function modifierBound(ix: SentenceIndex, from: number, verb: number): number {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < verb; k++) {
    const w = tokens[k] as Token;
    if (!ix.cover[k] && w.pos === "VERB" && tokens[k + 1]?.pos === "ADP" && tokens[k + 1]?.lower !== "by")
      return k;
  }
  return verb;
}

/** Forms of "be" that make a participle after them passive. */

/**
 * The index of a claim's verb: the first verb or auxiliary from `from` that no mention covers,
 * past participles that modify the noun before them with a phrase of their own ("the drones
 * supplied to Russia were …", "the claims made by Sullivan had …") when another verb follows;
 * `end` when none.
 */
function claimVerb(ix: SentenceIndex, from: number, end: number): number {
  const tokens = ix.sentence.tokens;
  let first = -1;
  for (let k = from; k < end; k++) {
    const w = tokens[k] as Token;
    if (ix.cover[k] || (w.pos !== "VERB" && w.pos !== "AUX")) continue;
    const before = tokens[k - 1];
    const modifier =
      first < 0 &&
      w.pos === "VERB" &&
      k > from &&
      (/(?:ed|en|ing)$/u.test(w.lower) || (w.lower !== w.lemma && !w.lower.endsWith("s"))) &&
      (ix.cover[k - 1] !== undefined || before?.pos === "NOUN" || before?.pos === "PROPN") &&
      tokens[k + 1]?.pos === "ADP";
    if (!modifier) return k;
    first = k;
  }
  return first >= 0 ? first : end;
}

/**
 * The subject of a claim between tokens `from` and `to`: the head of the first actor phrase
 * ("North Korean forces" → North Korea); never the source itself. A claim that opens on a named
 * weapon ("said the S-400 will arrive in Turkey", "the S26T deal was signed by X") is about the
 * weapon, not an actor: none. A generic weapon word is passed over ("said the missiles were
 * launched by North Korea").
 */
function firstTarget(
  ix: SentenceIndex,
  from: number,
  to: number,
  source: string,
  subjectEnd = to,
): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  // "Borrell said he and Dendias had discussed …", "“Macron and I agreed …,” Scholz said": the
  // speaker as one conjunct of the subject tells the speaker's own joint act; its partner is not
  // judged, the act's object may be ("said he and Nauseda condemned Russia's attack").
  const joint = jointSubject(ix, from, subjectEnd, source);
  if (joint >= 0) return selfClaimObject(ix, source, joint, to);
  const pronoun = pronounSubject(ix, from, to);
  // "Ethiopian police say they have seized ammunition sent by Eritrea": a claim about the speaker.
  if (pronoun >= 0)
    return speakerPronoun(ix, pronoun, from, source) ? ownClaim(ix, pronoun, to, source) : null;
  for (const m of mentionsIn(ix, from, subjectEnd)) {
    // "The ministry said it had sent jets to …": a claim about the speaker itself assesses only
    // the actor it acts on directly ("said it struck Hezbollah targets"), else nothing.
    const chunk = ix.chunkAt[m.first];
    // "“That's why we came here,” Putin said": a speaker's "we" is the speaker's own side.
    if (m.name === source || m.rule === "quotation-speaker") {
      // "“We know that Iran has sent drones …,” X said": the speaker's own knowledge or belief
      // is about what it knows.
      const known = m.first === from ? cognitionClause(ix, m.last) : -1;
      if (known > 0) return claimTarget(ix, known, source);
      // "Hungary's Prime Minister Viktor Orban …, a Hungarian official said": the possessor is
      // the speaker's own country, the claim is about the person it qualifies.
      const head =
        chunk && chunk.first >= from
          ? chunkHeads(chunk).find((h) => h.mention?.type === "Person" && h.name !== source)
          : undefined;
      return head ?? selfClaimObject(ix, m.name, m.last, to);
    }
    if (m.type === "WeaponSystem" && m.kind !== "generic-weapon") return null;
    if (m.type === "Location" || m.type === "WeaponSystem" || nonStateGroup(m, tokens)) continue;
    // "“The Iranian-backed Houthi terrorists' report … is false”": the backer glued to the group
    // it backs is no subject of the claim; the group is.
    if (backerModifier(tokens, m)) continue;
    // "arms for the Lebanese Army arrived …", "the visit to China was …": an actor in a phrase
    // that a preposition of place, recipient or partner opens is not the claim's subject.
    if (
      NOT_SUBJECT_PREPOSITIONS.has(
        prepositionBefore(ix, chunk && chunk.first >= from ? chunk.first : m.first, from),
      )
    )
      continue;
    // "says the contract with Seoul-based weapons producer Hanwha is for 12 howitzers": the
    // partner of a deal is no subject of a claim about the deal.
    if (dealPartner(ix, m.first, from)) continue;
    // "said the Chief of Staff of the GDF, Brigadier Omar Khan, recognised …": a body inside a
    // title's phrase is not the claim's subject; the person named after it is, else no one.
    if (titleOf(tokens, m.first)) return titleHolder(ix, m.last, subjectEnd) ?? null;
    if (chunk && chunk.first >= from) {
      // "“The National Assembly has determined that North Korea has sent …,” Yoo said": a relayed
      // claim is about the inner claim's subject.
      const inner = relayedTarget(ix, chunk.last, source);
      if (inner) return inner;
      // "Wagner founder Yevgeny Prigozhin": the person a body's role noun introduces is the head;
      // "Chairman Joint Chiefs of Staff Committee (CJCSC) General X": so is the person a title
      // naming a body introduces, past its bracketed acronym.
      const named =
        tokens[chunk.last]?.pos === "NOUN"
          ? ix.chunkAt[chunk.last + 1]
          : chunk.items[0]?.kind === "title" && titledBody(chunk)
            ? ix.chunkAt[chunk.last + (bracketedAfter(tokens, chunk.last) ? 3 : 0)]
            : null;
      const person = named ? chunkHeads(named).find((h) => h.mention?.type === "Person") : undefined;
      if (person && person.name !== source) return person;
      // "German shipbuilding company HDW will …": a name after a demonym and its common nouns is
      // the head the demonym qualifies.
      const qualified = demonymApposition(ix, chunk);
      if (qualified && qualified.name !== source) return qualified;
      const heads = chunkHeads(chunk).filter((h) => h.mention?.type !== "Location" && h.name !== source);
      const head = heads[0];
      // "reported that Cambodia and China had signed …": the claim is about each coordinated actor.
      if (head)
        return heads.length > 1 ? { name: head.name, others: heads.slice(1).map((h) => h.name) } : head;
      // "warned that Russia's backing for …": a claim about a possessed thing is about its owner.
      const owner = chunk.first >= from ? chunkPossessors(chunk).find((p) => p.name !== source) : undefined;
      if (owner && owner.type !== "Location") return owner;
      continue;
    }
    return m;
  }
  return placeInSubject(ix, from, subjectEnd);
}

/** The placeholder target of a claim about something said before, whose author resolveToldReports names. */
export const TOLD_REPORT = "\u0000told report ";

const TOLD_REPORTS = new Set(TOLD_REPORT_NOUNS);
/** Modals that make a report's verb a plan or a guess ("the statement would be issued"), not a judgement. */
const REPORT_MODALS = new Set(MODAL_VERBS);

/**
 * "said the statements were unacceptable", "“These allegations are baseless,” X said": a claim
 * whose subject, at `from` before `end`, is only a definite noun of something said, with no
 * author after it, judges whoever said it: a placeholder target that resolveToldReports names.
 */
function toldReportSubject(ix: SentenceIndex, from: number, end: number): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  if (!ix.words.referringDeterminers.has(tokens[from]?.lower ?? "")) return null;
  let k = from + 1;
  while (k < end && tokens[k]?.pos === "ADJ" && !ix.cover[k]) k++;
  const noun = tokens[k];
  if (!noun || ix.cover[k] || !TOLD_REPORTS.has(singular(noun.lower))) return null;
  const next = tokens[k + 1];
  if (!next || !isVerbOrAux(next) || REPORT_MODALS.has(next.lower)) return null;
  // "said those allegations were never proven by Washington": a passive's agent is named.
  const passive = BE_FORMS.has(next.lower) || tokens[k + 2]?.lower === "been";
  for (let j = k + 2; passive && j < Math.min(tokens.length, k + 2 + OBJECT_REACH); j++) {
    if (CLAUSE_STOP.test((tokens[j] as Token).text) || tokens[j]?.text === ",") break;
    if (tokens[j]?.lower === "by" && ix.cover[j + 1]) return null;
  }
  return { name: TOLD_REPORT };
}

/**
 * The author of the report a placeholder target refers to (toldReportSubject), when the report
 * anaphors (reports.ts) named none: whoever made the claims about the speaker or its own side
 * told just before (`claims`, as for "rejected the allegations"). Each placeholder fact becomes
 * one per author; one with no author is dropped.
 */
export function resolveToldReports(facts: Fact[], claims: readonly Fact[]): void {
  if (!facts.some((f) => f.target === TOLD_REPORT)) return;
  const out: Fact[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    const authors =
      f.target === TOLD_REPORT
        ? accusers([...claims, ...facts], withOwnSides([{ name: f.source }], facts)).map((a) => a.name)
        : [f.target];
    for (const target of authors) {
      const key = `${f.source}|${f.relation}|${target}|${f.rule}`;
      if (target === f.source || target === TOLD_REPORT || seen.has(key)) continue;
      seen.add(key);
      out.push(target === f.target ? f : { ...f, target });
    }
  }
  facts.splice(0, facts.length, ...out);
}

/** True when a chunk ends on an organization ("Chairman Joint Chiefs of Staff Committee"). */
function titledBody(chunk: Chunk): boolean {
  const last = chunk.items[chunk.items.length - 1];
  return last?.kind === "mention" && last.m.type === "Organization";
}

/** True when an acronym in brackets opens at `k` ("(CJCSC)"). */
function bracketedAfter(tokens: Token[], k: number): boolean {
  return (
    tokens[k]?.text === "(" && /^[A-Z]{2,8}$/u.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === ")"
  );
}

/** Prepositions whose phrase inside a claim's subject holds no subject ("arms for X", "the visit to X"). */
const NOT_SUBJECT_PREPOSITIONS = new Set([
  "to",
  "for",
  "with",
  "in",
  "into",
  "at",
  "on",
  "toward",
  "towards",
  "near",
  "inside",
  "across",
  "over",
  // "other routes through Sudan have been closed", "shipments via Syria": a path's places.
  "through",
  "via",
  "along",
  "around",
  "within",
  "throughout",
]);

/**
 * The preposition right before the phrase opening at `k` (past articles, adjectives and names
 * hyphened to it: "in French-Armenian ties"), not before `floor`; "" when none.
 */
function prepositionBefore(ix: SentenceIndex, k: number, floor: number): string {
  const tokens = ix.sentence.tokens;
  let j = k - 1;
  while (
    j >= floor &&
    (DET_ADJ_NUM.test(tokens[j]?.pos ?? "") || DASH.test(tokens[j]?.text ?? "") || ix.cover[j])
  )
    j--;
  const w = tokens[j];
  return j >= floor && w?.pos === "ADP" ? w.lower : "";
}

const DEALS = new Set(DEAL_NOUNS);
/** Most words between a deal's "with" and its partner's name ("with Seoul-based weapons producer X"). */
const PARTNER_REACH = 6;

/**
 * True when the mention opening at `k` names the partner of a deal noun, in its with-phrase past
 * descriptive words ("the contract with Seoul-based weapons producer Hanwha"), not before `floor`.
 */
function dealPartner(ix: SentenceIndex, k: number, floor: number): boolean {
  const tokens = ix.sentence.tokens;
  let j = k - 1;
  while (
    j >= Math.max(floor, k - PARTNER_REACH) &&
    (NOMINAL_TAGS.test(tokens[j]?.pos ?? "") || DASH.test(tokens[j]?.text ?? "")) &&
    tokens[j]?.lower !== "with"
  )
    j--;
  return tokens[j]?.lower === "with" && j > floor && DEALS.has(singular(tokens[j - 1]?.lower ?? ""));
}

/** True when the mention opening at `k` completes a title's phrase ("the Chief of Staff of (the) X"). */
function titleOf(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (ARTICLE_WORDS.has(tokens[j]?.lower ?? "")) j--;
  return tokens[j]?.lower === "of" && isTitleWord(tokens[j - 1]?.lower ?? "");
}

/** The person named in apposition after a title's phrase ending at `k` ("…, Brigadier Omar Khan,"), before `end`. */
function titleHolder(ix: SentenceIndex, k: number, end: number): ChunkHead | null {
  const tokens = ix.sentence.tokens;
  if (tokens[k]?.text !== ",") return null;
  // Past a rank or honorific before the name ("Brigadier", "Gen."), unless the name's chunk holds it.
  let j = k + 1;
  const rank = (w: string): boolean => isTitleWord(w) || WORDS.honorifics.has(w);
  if (ix.chunkAt[j]?.first !== j)
    while (j < end && !ix.cover[j] && rank(tokens[j]?.lower.replace(/\.$/u, "") ?? "")) j++;
  const chunk = ix.chunkAt[j];
  if (!chunk || chunk.first !== j || chunk.first >= end) return null;
  return chunkHeads(chunk).find((h) => h.mention?.type === "Person" && !h.unnamed) ?? null;
}

const RELAY = new Set(RELAY_VERBS);

/**
 * The subject of a that-clause relayed by the actor phrase ending before token `k` ("the
 * Assembly has determined that North Korea …" → North Korea), or null when no verb of relaying
 * (past auxiliaries and adverbs) and "that" follow it.
 */
function relayedTarget(ix: SentenceIndex, k: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  let v = k;
  while (v < k + 4 && VERB_GROUP_FILLER.test(tokens[v]?.pos ?? "")) v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB" || !RELAY.has(verb.lemma) || tokens[v + 1]?.lower !== "that") return null;
  // The inner claim's subject, past a fronted phrase ("that since early August, North Korea has sent").
  return subjectTarget(ix, v + 2, claimEnd(ix, v + 2), source);
}

const COGNITION = new Set([...RELAY_VERBS, ...COGNITION_VERBS]);
const CONVICTION = new Set(CONVICTION_ADJECTIVES);

/**
 * Where the claim opens that a first-person subject ending before token `k` knows, believes or
 * is sure of ("“We know that Iran has sent …”", "“We are convinced that Algeria …”": the claim
 * after "that"), or -1 when no such verb or adjective (past auxiliaries and adverbs) and "that"
 * follow it, and after a negation ("we do not believe that …").
 */
function cognitionClause(ix: SentenceIndex, k: number): number {
  const tokens = ix.sentence.tokens;
  let v = k;
  while (v < k + 4 && VERB_GROUP_FILLER.test(tokens[v]?.pos ?? "")) {
    if (NEGATION_CUES.has(tokens[v]?.lower ?? "")) return -1;
    v++;
  }
  const w = tokens[v];
  if (!w || tokens[v + 1]?.lower !== "that") return -1;
  const knows = w.pos === "VERB" && COGNITION.has(w.lemma);
  const sure = v > k && BE_FORMS.has(tokens[v - 1]?.lower ?? "") && CONVICTION.has(w.lower);
  return knows || sure ? v + 2 : -1;
}

/** How many determiners, adjectives and adverbs may stand before a noun of indication ("a very clear sign"). */
const INDICATION_WORDS = 3;
const INDICATIONS = new Set(INDICATION_NOUNS);

/**
 * Where the claim opens that a claim's "be" at `v` points to through a noun of indication ("is a
 * clear indication that Guatemala …", "was another sign that …": the clause after "that"), or -1;
 * none after a negation ("is no sign that", "is not a sign that").
 */
function indicatedClause(tokens: Token[], v: number): number {
  const k = indicationNoun(tokens, v);
  return k > 0 && tokens[k + 1]?.lower === "that" ? k + 2 : -1;
}

/**
 * The noun of indication that a claim's "be" at `v` takes, past a few determiners, adjectives and
 * adverbs ("is a clear indication", "was another testament"), or -1; none after a negation ("is
 * no sign", "is not a sign").
 */
function indicationNoun(tokens: Token[], v: number): number {
  if (!BE_FORMS.has(tokens[v]?.lower ?? "")) return -1;
  let k = v + 1;
  while (k <= v + INDICATION_WORDS && /^(?:DET|ADJ|ADV|PART)$/u.test(tokens[k]?.pos ?? "")) {
    if (tokens[k]?.lower === "no" || NEGATION_CUES.has(tokens[k]?.lower ?? "")) return -1;
    k++;
  }
  return INDICATIONS.has(tokens[k]?.lower ?? "") ? k : -1;
}

/**
 * "“This is testament to Australia's commitment to Fiji,” X said", "said the handover was proof of
 * the support that the EU gives to Mali": a claim whose "be" at `v` takes a noun of indication and
 * an of- or to-phrase is about the one whose act or quality that phrase names (its possessor, the
 * agent of its relative clause or participle), before `end`; null otherwise.
 */
function indicatedParty(ix: SentenceIndex, v: number, end: number, source: string): ClaimTarget | null {
  const tokens = ix.sentence.tokens;
  const k = indicationNoun(tokens, v);
  if (k < 0 || !/^(?:of|to)$/u.test(tokens[k + 1]?.lower ?? "") || k + 2 >= end) return null;
  const owner = objectActors(ix, k + 1, undefined).find((h) => h.name !== source);
  return owner ? { name: owner.name } : null;
}

/**
 * Pronouns that stand for a claim's speaker or the speaker's side when one conjunct of the claim's
 * subject ("he and X", "X and I", "X and my government"): the first person, and a person's
 * pronouns but the possessives ("Putin and his government" is Putin's side, not the speaker's).
 */
const JOINT_PRONOUNS = new Set([
  ...SPEAKER_SINGULAR,
  ...SPEAKER_PLURAL,
  ...PERSON_PRONOUNS.filter((p) => !POSSESSIVE_PERSON_PRONOUNS.includes(p)),
]);

/** Tags of the words that may open a conjunct before its name ("his Kenyan counterpart X", "the Ukrainian president X"). */
const CONJUNCT_OPENER_TAGS = new Set(["DET", "PRON", "ADJ", "NOUN"]);

/** How many words may open a conjunct before its name ("his new Kenyan counterpart"). */
const CONJUNCT_OPENER_REACH = 4;

/**
 * The end of a claim's subject (its first verb) when the subject coordinates the speaker `source`
 * with another actor: "and" beside the speaker's mention or beside a pronoun that stands for the
 * speaker ("he and Dendias", "Biden and he", "Macron and I"; a pronoun resolved to another actor is
 * not the speaker), with an actor on the other side, the words that open its phrase passed ("he and
 * his Kenyan counterpart X", "he and the Ukrainian president X"); -1 otherwise.
 */
function jointSubject(ix: SentenceIndex, from: number, to: number, source: string): number {
  const tokens = ix.sentence.tokens;
  const speakerAt = (k: number): boolean => {
    const m = ix.cover[k];
    if (m) return m.name === source || actorOf(m).name === source || m.rule === "quotation-speaker";
    return JOINT_PRONOUNS.has(tokens[k]?.lower ?? "");
  };
  const actorAt = (k: number): boolean => {
    const m = ix.cover[k];
    return !!m && !speakerAt(k) && m.type !== "WeaponSystem" && actorOf(m).type !== "Location";
  };
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (!ix.cover[k] && isVerbOrAux(w)) return -1;
    if (w.lower !== "and" || k === from) continue;
    const before = ix.cover[k - 1] ? (ix.cover[k - 1] as Mention).first : k - 1;
    const after = conjunctName(ix, k + 1, to);
    if (!((speakerAt(before) && actorAt(after)) || (actorAt(before) && speakerAt(k + 1)))) continue;
    let v = after;
    while (v < tokens.length && (ix.cover[v] || !isVerbOrAux(tokens[v]))) v++;
    return v;
  }
  return -1;
}

/**
 * The first word of a conjunct's name from `k`, past the words that open its phrase, a possessive
 * pronoun among them ("his Kenyan counterpart X": "Kenyan"; "the Ukrainian president X":
 * "Ukrainian"), or `k` when none opens it or a speaker's pronoun stands there ("X and I").
 */
function conjunctName(ix: SentenceIndex, k: number, to: number): number {
  const tokens = ix.sentence.tokens;
  for (let j = k; j < to && j < k + CONJUNCT_OPENER_REACH; j++) {
    const w = tokens[j] as Token;
    if (POSSESSIVE_PERSON_PRONOUNS.includes(w.lower)) continue;
    if (ix.cover[j]) return j;
    if (!CONJUNCT_OPENER_TAGS.has(w.pos) || JOINT_PRONOUNS.has(w.lower)) return k;
  }
  return k;
}

/** Subject pronouns whose claim is about whom they stand for (lexicon grammar PERSONAL_SUBJECTS). */
const PERSONAL_SUBJECT_SET = new Set(PERSONAL_SUBJECTS);

/**
 * "said: “We will keep working with Japan”", "said they would meet Xi", "“You are taking
 * Argentina out of decline,” the minister said": a claim whose subject is a pronoun that no
 * resolution tied to anyone (resolved ones are mentions) is about that unknown actor (for "you",
 * the addressee), not about an actor later in the claim.
 */
function pronounSubject(ix: SentenceIndex, from: number, to: number): number {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (ix.cover[k] || isVerbOrAux(w)) return -1;
    if (PERSONAL_SUBJECT_SET.has(w.lower)) return k;
  }
  return -1;
}

/**
 * True when the unresolved pronoun at `k`, the first word of a claim, is its speaker `source`
 * itself: "they" for a body or a country's unnamed officials ("Ethiopian police say they have
 * seized …"), not for a person, whose "they" is others.
 */
function speakerPronoun(ix: SentenceIndex, k: number, from: number, source: string): boolean {
  if (k !== from || ix.sentence.tokens[k]?.lower !== "they") return false;
  const speaker = ix.mentions.find((m) => actorOf(m).name === source);
  return speaker !== undefined && actorOf(speaker).type !== "Person";
}

/** Common nouns that may stand between a demonym and the name it qualifies ("German shipbuilding company"). */
const APPOSITION_NOUNS = 3;

/**
 * The named person or organization that a chunk made of one demonym introduces through common
 * nouns ("German shipbuilding company HDW", "Russian news agency TASS"), or null.
 */
function demonymApposition(ix: SentenceIndex, chunk: Chunk): ChunkHead | null {
  const only = chunk.items.length === 1 ? chunk.items[0] : undefined;
  if (only?.kind !== "mention" || only.m.kind !== "demonym") return null;
  const tokens = ix.sentence.tokens;
  let k = chunk.last;
  for (let n = 0; n < APPOSITION_NOUNS && NOUN_OR_ADJECTIVE.test(tokens[k]?.pos ?? "") && !ix.cover[k]; n++)
    k++;
  if (k === chunk.last || tokens[k - 1]?.pos !== "NOUN") return null;
  const next = ix.chunkAt[k];
  if (!next || next.first !== k) return null;
  return (
    chunkHeads(next).find(
      (h) => !h.unnamed && (h.mention?.type === "Organization" || h.mention?.type === "Person"),
    ) ?? null
  );
}

/**
 * "HRW estimated that more than 1,000 buildings in Rafah had been destroyed": with no actor in
 * the claim, a place inside its subject (before its first verb) is what the claim is about.
 */
function placeInSubject(ix: SentenceIndex, from: number, to: number): Mention | null {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    // "said it's the largest donation in Africa": a pronoun is the claim's subject, not the place.
    if (isVerbOrAux(w) || w.pos === "PRON" || /^[,;:]$/u.test(w.text)) return null;
    const m = ix.cover[k];
    if (m && m.first === k && m.type === "Location" && m.kind !== "capital" && !dealPartner(ix, k, from))
      return m;
  }
  return null;
}

/** Prepositions after which an actor is a recipient or a place, not what a self-claim acts on. */
const PLACE_OR_RECIPIENT = new Set([
  "to",
  "in",
  "into",
  "from",
  "near",
  "inside",
  "across",
  "with",
  "for",
  "of",
]);

/** Prepositions after which an actor is the target of an act ("fired missiles at Israel", "strikes on Kyiv"). */
const ACT_TARGET_PREPOSITIONS = new Set(["at", "on", "against"]);

const CONTACT = new Set(CONTACT_VERBS);

/** The verbs of saying and believing of the say row ("say", "believe", "estimate"). */
const SAYING = new Set(DEFAULT_FRAMES.find((f) => f.id === "assess-say")?.lemmas ?? []);

/**
 * What a claim whose subject, the pronoun at `k`, is its speaker `source` is about: the subject of
 * the speaker's own nested claim ("officials said they believe Iran has sent …"), or the agent of a
 * participle on the object of its verb ("police say they have seized ammunition sent by Eritrea");
 * not the actor the speaker's own act touches ("said they had approved Pakistan's request"
 * reports the speaker's act). Null otherwise.
 */
function ownClaim(ix: SentenceIndex, k: number, to: number, source: string): { name: string } | null {
  const tokens = ix.sentence.tokens;
  let v = k + 1;
  while (v < k + 4 && VERB_GROUP_FILLER.test(tokens[v]?.pos ?? "")) v++;
  if (tokens[v]?.pos === "VERB" && SAYING.has(tokens[v]?.lemma ?? ""))
    return claimTarget(ix, tokens[v + 1]?.lower === "that" ? v + 2 : v + 1, source);
  return selfClaimObject(ix, source, k + 1, to, true);
}

/**
 * What a claim about its speaker `self` (whose phrase ends at `after`) is about: the actor its own
 * verb acts on, or the agent of a participle on that verb's object (only that with `agentOnly`);
 * null otherwise.
 */
function selfClaimObject(
  ix: SentenceIndex,
  self: string,
  after: number,
  to: number,
  agentOnly = false,
): { name: string } | null {
  const next = mentionsIn(ix, after, to).find(
    (m) =>
      m.name !== self &&
      actorOf(m).name !== self &&
      m.type !== "WeaponSystem" &&
      actorOf(m).type !== "Location",
  );
  if (!next) return null;
  let k = next.first - 1;
  while (k > after && /^(?:the|a|an|his|her|its|their|our)$/u.test(ix.sentence.tokens[k]?.lower ?? "")) k--;
  const before = ix.sentence.tokens[k];
  if (before && PLACE_OR_RECIPIENT.has(before.lower)) return null;
  // "said it struck Hezbollah targets", "said they had fired missiles at Israel": the object of
  // the claim's own verb, or the target of its act, not an actor further on ("said his ministry
  // is analysing details after North Korea launched …", "Seoul will work with allies, including
  // the US").
  let verbs = 0;
  for (let j = after; j <= k; j++) {
    const w = ix.sentence.tokens[j] as Token;
    // "say they have seized rounds of ammunition sent by Eritrea": the agent of a participle on
    // the object of the claim's own verb is the one whose act the speaker reports.
    if (verbs > 0 && j + 1 === k && before?.lower === "by" && agentParticiple(ix.sentence.tokens, j))
      return actorOf(next);
    if (isVerbOrAux(w)) {
      if (verbs > 0 && ix.sentence.tokens[j - 1]?.pos !== "AUX" && ix.sentence.tokens[j - 1]?.pos !== "VERB")
        return null;
      // "said he had asked Congress to approve …": the one asked is appealed to, not judged;
      // "said he contacted NATO Secretary-General X", "said she would visit China": nor is the
      // one contacted or visited.
      // (Matched on the word's own form: the contact verbs stay out of the shared lemmatizer.)
      if (ix.words.askingVerbs.has(w.lower) || CONTACT.has(w.lemma) || lemmaAmong(w.lower, CONTACT))
        return null;
      verbs++;
    } else if (
      verbs > 0 &&
      !/^(?:DET|ADJ|NUM|ADV|PART|NOUN)$/u.test(w.pos) &&
      !ix.cover[j] &&
      !ACT_TARGET_PREPOSITIONS.has(w.lower) &&
      !WORDS.possessivePronouns.has(w.lower) &&
      !(w.lower === "of" && ix.sentence.tokens[j - 1]?.pos === "NOUN")
    )
      return null;
  }
  return verbs > 0 && !agentOnly ? actorOf(next) : null;
}

/** The chunk that starts at `k`, past an article ("the", "a", "an"). */
function chunkFrom(ix: SentenceIndex, k: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    const chunk = ix.chunkAt[j];
    if (chunk) return chunk;
    if (!ARTICLE_WORDS.has((tokens[j] as Token).lower)) return null;
  }
  return null;
}

/**
 * A sentence of a quotation whose speaker another sentence names ("“Uzbekistan has presented a
 * list of systems. …,” Votel said"): the speaker assesses the subject of the sentence, the first
 * actor before its first verb, within a few words of its opening. Not the speaker's own side,
 * nor a pronoun's ("We continue to …").
 */
export function quotedClaim(
  ix: SentenceIndex,
  emit: Emit,
  quotedBy: NonNullable<Sentence["quotedBy"]>,
): void {
  const tokens = ix.sentence.tokens;
  const start = extraposedClaim(tokens, pastFrontedClause(tokens, claimOpening(tokens)));
  let end = Math.min(tokens.length, start + CLAIM_SUBJECT_REACH);
  for (let k = start; k < end; k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) && !ix.cover[k]) end = k;
  }
  const source = actorOf(quotedBy.speaker).name;
  const target = firstTarget(ix, start, end, source) ?? toldReportClaim(ix, start);
  if (!target || target.name === quotedBy.side) return;
  const sources: ChunkHead[] = [{ mention: quotedBy.speaker, name: source, unnamed: false }];
  const trigger = (tokens[start - 1] ?? (tokens[start] as Token)).text;
  emitAssess(emit, sources, { name: target.name }, trigger, "quoted-claim", "asserted");
}

/** Prepositions that tie unnamed speakers to their place or body ("officials in Kyiv", "a spokesman for X"). */
const PLACED_PREPOSITIONS = new Set(["in", "at", "for", "from"]);

/** Most words of an unnamed speakers' phrase before its preposition ("a senior government official in"). */
const PLACED_WORDS = 4;

/**
 * The chunk of the place or body that unnamed speakers opening at `k` are tied to by a preposition
 * right after them ("officials in Kyiv", "a spokesman for the ministry"), or null: the phrase's last
 * word is an unnamed speaker's noun and names no actor itself.
 */
function placedSpeakers(ix: SentenceIndex, k: number): Chunk | null {
  const tokens = ix.sentence.tokens;
  for (let j = k; j < Math.min(tokens.length, k + PLACED_WORDS); j++) {
    const w = tokens[j] as Token;
    if (ix.cover[j] || !/^(?:DET|ADJ|NOUN)$/u.test(w.pos)) return null;
    if (!WORDS.unnamed.has(w.lower) || !PLACED_PREPOSITIONS.has(tokens[j + 1]?.lower ?? "")) continue;
    const next = ix.chunkAt[j + 2];
    return next && next.first === j + 2 && chunkHeads(next).length > 0 ? next : null;
  }
  return null;
}

/** "…, according to South Korea's latest assessment" → assesses(South Korea, subject of the clause). */
export function accordingTo(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  if (pronounAccording(ix, t, emit)) return;
  let chunk = chunkFrom(ix, t + 2);
  // "according to satellite imagery analysed by the Conflict Observatory": the agent is the source.
  for (let k = t + 2; !chunk && k < Math.min(tokens.length, t + 10); k++) {
    const w = tokens[k] as Token;
    if (/^[,;:.]$/u.test(w.text)) break;
    if (w.lower === "by" || w.lower === "from") chunk = chunkFrom(ix, k + 1);
  }
  // "according to officials in Kyiv", "according to a spokesman for the ministry": unnamed
  // speakers speak for the place or body of their phrase.
  chunk ??= placedSpeakers(ix, t + 2);
  if (!chunk) return;
  let sources = actorHeads(chunkHeads(chunk));
  if (sources.length === 0)
    sources = chunkPossessors(chunk).map((m) => ({ mention: m, name: m.name, unnamed: false }));
  // "according to the Swedish institute SIPRI", "the German newspaper Bild": a body named right
  // after a demonym and its lower-case nouns is the source, not the demonym's country.
  const named = sources[0]?.mention?.kind === "demonym" ? namedAfterNouns(ix, chunk.last) : null;
  if (named) {
    sources = [named.head];
    chunk = named.chunk;
  }
  const source = sources[0]?.name;
  if (!source) return;
  // ("said that, according to US intelligence, Iran had …": a phrase set off after "that" or
  // "and" opens the claim that follows it, it does not close one.)
  const atEnd = tokens[t - 1]?.text === "," && !/^(?:that|and|but)$/u.test(tokens[t - 2]?.lower ?? "");
  let target: { name: string } | null = null;
  let clause = false;
  if (atEnd) {
    let start = t - 1;
    const floor = Math.max(0, t - MAX_SPAN);
    while (start > floor && !/^[;:]$/u.test((tokens[start - 1] as Token).text)) start--;
    // The claim's subject ("They consider the launch a violation of UN resolutions" is about no
    // actor, not the UN); a clause that only relays a statement ("Amirabdollahian said …,
    // according to TASS") gives no claim of the source's own.
    // ("Peru condemned Bolivia …, according to Al Jazeera": another party's stance, relayed.)
    if (relayedStance(ix, start, t - 1, source)) return;
    target = subjectTarget(ix, start, t, source);
    clause = claimVerb(ix, start, t) < t;
    // "X has supplied A, and Y has provided B, according to Z": each clause's subject is a claim.
    for (let k = start; k < t - 1; k++) {
      const next = newClause(ix, k) ? ix.chunkAt[k + 1] : undefined;
      const head = next ? chunkHeads(next)[0] : undefined;
      if (head && head.name !== source)
        emitAssess(emit, sources, head, "according to", "according-to", "asserted");
    }
  }
  if (!target && !clause) {
    // "According to the embassy in Colombo, the navy …" and "At the same time, according to the
    // White House, Iran is …": the claim follows the comma that closes the phrase.
    let from = chunk.last;
    for (let k = chunk.last; k < Math.min(tokens.length, chunk.last + OBJECT_REACH); k++) {
      const w = tokens[k] as Token;
      if (isVerbOrAux(w) || CLAUSE_STOP.test(w.text)) break;
      if (w.text === ",") {
        from = k + 1;
        break;
      }
    }
    // "According to the army's public relations director, Colonel Jane Doe, the visit …": the
    // person named in apposition is the source, and the claim opens after her name.
    const holder = tokens[from - 1]?.text === "," ? titleHolder(ix, from - 1, tokens.length) : null;
    // ("According to the ministry, the statements contained …": a report named again is the claim's subject.)
    if (holder?.mention && holder.mention.rule !== "report-anaphor") {
      const close = holder.mention.last;
      if (tokens[close]?.text !== ",") return;
      sources = [holder];
      from = close + 1;
    }
    target = claimTarget(ix, from, sources[0]?.name ?? source);
  }
  if (!target || target.name === source) return;
  emitAssess(emit, sources, target, "according to", "according-to", "asserted");
}

/**
 * "According to him, the United States and NATO are directly involved": a resolved pronoun right
 * after "according to" and closed by a comma is the source alone (the chunker may join it to the
 * names after the comma), and the claim opens after the comma. True when the phrase is such a
 * pronoun (whatever it gives), false otherwise.
 */
function pronounAccording(ix: SentenceIndex, t: number, emit: Emit): boolean {
  const tokens = ix.sentence.tokens;
  const m = ix.cover[t + 2];
  if (!m || m.kind !== "pronoun" || m.last !== t + 3 || tokens[t + 3]?.text !== ",") return false;
  const head: ChunkHead = { mention: m, name: m.name, unnamed: false };
  if (actorHeads([head]).length === 0) return true;
  const target = claimTarget(ix, t + 4, m.name);
  if (target && target.name !== m.name)
    emitAssess(emit, [head], target, "according to", "according-to", "asserted");
  return true;
}

/** Most lower-case nouns between a demonym and the body it describes ("think tank"). */
const DESCRIBING_NOUN_REACH = 3;
/** A noun's or an adjective's tag ("newspaper", "daily"). */
const NOUN_OR_ADJECTIVE = /^(?:NOUN|ADJ)$/u;

/**
 * The named body whose chunk opens after one to DESCRIBING_NOUN_REACH lower-case nouns or
 * adjectives from `k` ("institute SIPRI", "daily Repubblica", "newspaper Bild"), or null.
 */
function namedAfterNouns(ix: SentenceIndex, k: number): { head: ChunkHead; chunk: Chunk } | null {
  const tokens = ix.sentence.tokens;
  let j = k;
  while (
    j < k + DESCRIBING_NOUN_REACH &&
    NOUN_OR_ADJECTIVE.test(tokens[j]?.pos ?? "") &&
    LOWER_FIRST.test(tokens[j]?.text ?? "")
  )
    j++;
  const chunk = j > k ? ix.chunkAt[j] : undefined;
  const head = chunk ? chunkHeads(chunk)[0] : undefined;
  if (!chunk || !head || head.unnamed || head.mention?.type !== "Organization") return null;
  return { head, chunk };
}

/** True when `w` is one of `nouns`, singular or plural ("the accusations"). */
function isNounOf(nouns: readonly string[] | undefined, w: Token): boolean {
  return (
    nouns !== undefined &&
    (nouns.includes(w.lemma) || nouns.includes(w.lower) || nouns.includes(singular(w.lower)))
  );
}

/** Pronouns that stand for a claim told before ("denied it", "rejected this"). */
const CLAIM_PRONOUNS = new Set(["it", "this", "that", "them", "these", "those"]);

/**
 * True when the word at `k` is a pronoun standing for a claim ("denied it", "rejected this"), not
 * a determiner of the noun after it ("rejected these statements" refers back through its noun).
 */
function bareClaimPronoun(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  const w = tokens[k];
  if (!w || !CLAIM_PRONOUNS.has(w.lower) || w.pos === "SCONJ") return false;
  return !/^(?:NOUN|PROPN|ADJ)$/u.test(tokens[k + 1]?.pos ?? "") && !ix.chunkAt[k + 1];
}

/**
 * True when the object of the verb at `t` refers back to a claim: a pronoun ("denied it"), or a
 * definite report noun with no actor in its phrase ("rejected the accusations as baseless").
 */
function refersBack(ix: SentenceIndex, t: number, nouns: readonly string[]): boolean {
  const tokens = ix.sentence.tokens;
  const next = tokens[t + 1];
  if (!next) return false;
  if (bareClaimPronoun(ix, t + 1)) return true;
  // "denies allegations that it plans to …": a bare report noun whose clause follows.
  if (isNounOf(nouns, next) && !ix.cover[t + 1])
    return /^(?:that|about|of)$/u.test(tokens[t + 2]?.lower ?? "");
  if (!/^(?:the|these|those|such|this|that)$/u.test(next.lower)) return false;
  for (let k = t + 2; k < Math.min(tokens.length, t + 5); k++) {
    const w = tokens[k] as Token;
    if (ix.cover[k]) return false;
    if (isNounOf(nouns, w))
      return (
        !/^(?:by|of|from)$/u.test(tokens[k + 1]?.lower ?? "") &&
        !POSSESSIVE_ENDING.test(tokens[k + 1]?.lower ?? "")
      );
    if (w.pos !== "ADJ") return false;
  }
  return false;
}

/**
 * The speakers of the asserted claims, among `claims` (this sentence's and the few before), whose
 * topic is one of `rejecters`: "Kyiv accused Moscow of … Moscow denied it" → Kyiv; "Sudan accused
 * the UAE of … The accusation was made by its ambassador X, who said the UAE … The UAE dismissed
 * the allegation" → Sudan and X.
 */
function accusers(claims: readonly Fact[], rejecters: readonly { name: string }[]): { name: string }[] {
  const names = new Set(rejecters.map((h) => h.name));
  const out = new Set<string>();
  for (const f of claims)
    if (f.relation === "assesses" && f.modality === "asserted" && names.has(f.target) && !names.has(f.source))
      out.add(f.source);
  return [...out].map((name) => ({ name }));
}

/**
 * The rejecters and what this sentence affiliates them with ("UAE Ambassador X rejected the
 * accusations": the accusations were made against the UAE, which X speaks for).
 */
function withOwnSides(rejecters: readonly { name: string }[], claims: readonly Fact[]): { name: string }[] {
  const names = new Set(rejecters.map((h) => h.name));
  const out: { name: string }[] = [...rejecters];
  for (const f of claims)
    if (f.relation === "affiliated_with" && f.modality === "asserted" && names.has(f.source))
      out.push({ name: f.target });
  return out;
}

/**
 * "X called the accusations “false”", "described the report as baseless", "called the claims by
 * Sudan absurd": a report noun of `nouns` as the object of a verb of calling, then its predicate
 * (for `as`, "as"; else a quotation, an adjective or a noun phrase's article). A report that names
 * no author refers back to the claims about the speaker or its own side told just before, and
 * judges whoever made them; one with an author judges the author. None otherwise.
 */
function judgedReport(
  ix: SentenceIndex,
  t: number,
  requires: "predicative" | "as",
  nouns: readonly string[],
  sources: ChunkHead[],
  claims: readonly Fact[],
): { name: string }[] {
  const tokens = ix.sentence.tokens;
  if (tokens[t + 1]?.pos === "ADP") return [];
  let k = t + 1;
  const limit = Math.min(tokens.length, t + 1 + OBJECT_REACH);
  while (k < limit && !isNounOf(nouns, tokens[k] as Token)) {
    if (/^[.,;:“”"]$/u.test((tokens[k] as Token).text) || isVerbOrAux(tokens[k])) return [];
    k++;
  }
  if (k >= limit) return [];
  let after = k + 1;
  if (AGENT_PREPOSITIONS.has(tokens[after]?.lower ?? "")) after = chunkFrom(ix, after + 1)?.last ?? after;
  const next = tokens[after];
  const predicate =
    requires === "as"
      ? next?.lower === "as"
      : OPENING_QUOTE_MARK.test(next?.text ?? "") ||
        next?.pos === "ADJ" ||
        INDEFINITE_ARTICLE_WORDS.has(next?.lower ?? "");
  if (!predicate) return [];
  if (refersBack(ix, t, nouns)) {
    const sides = withOwnSides(sources, claims);
    const found = accusers(claims, sides);
    // ("Kinshasa charged that Kigali backs M23. Habitegeko called the claims baseless.")
    // ("Ukraine accused Russia … Poland called the accusations “credible”": no rejection.)
    return found.length > 0 || !definiteClaim(tokens, t + 1, nouns) || !dismissingPredicate(tokens, k)
      ? found
      : nearestClaimant(claims, ix.sentence.index, sides);
  }
  return objectActors(ix, t, [...nouns]);
}

/**
 * True when a predicate follows the act phrase that refers back after the verb at `t`: "as" for a
 * row that requires it ("described the decision as hostile"), else a quotation, an adjective or an
 * indefinite article ("called the attack barbaric", "labelled this act a violation").
 */
function predicateAfterAnaphor(ix: SentenceIndex, t: number, requires: Frame["requires"]): boolean {
  if (requires !== "predicative" && requires !== "as") return false;
  const anaphor = actAnaphor(ix, t);
  const next = anaphor ? ix.sentence.tokens[anaphor.last + 1] : undefined;
  if (!next) return false;
  if (requires === "as" || next.lower === "as") return next.lower === "as";
  return OPENING_QUOTE_MARK.test(next.text) || next.pos === "ADJ" || INDEFINITE_ARTICLE_WORDS.has(next.lower);
}

/**
 * True when the verb at `t` has a row whose object is the speaker and its active object is an
 * actor followed by "as" and a verb in -ing ("reported Afghan officials as claiming").
 */
function reportedAsSaying(ix: SentenceIndex, t: number, table: FrameTable): boolean {
  const tokens = ix.sentence.tokens;
  const lemma = (tokens[t] as Token).lemma;
  if (!(table.verb.get(lemma) ?? []).some((f) => f.roles.object === "speaker")) return false;
  const chunk = chunkFrom(ix, t + 1);
  if (!chunk || actorHeads(chunkHeads(chunk)).length === 0) return false;
  let as = chunk.last;
  while (as < chunk.last + QUOTED_NOUNS && /^(?:NOUN|PROPN)$/u.test(tokens[as]?.pos ?? "")) as++;
  return tokens[as]?.lower === "as" && (tokens[as + 1]?.lower.endsWith("ing") ?? false);
}

/** How many words may stand between a quoted speaker's name and "as saying" ("the FSB security service"). */
const QUOTED_NOUNS = 3;

/**
 * "Russian media cited the FSB as saying the case against Wagner was closed", "Lee was quoted as
 * saying that …": the one quoted (the object, or the passive's subject) assesses the subject of
 * the claim after "as <saying>".
 */
function quotedSpeaker(ix: SentenceIndex, t: number, emit: Emit, frame: Frame): void {
  const tokens = ix.sentence.tokens;
  const subject = subjectBefore(ix, t);
  let sources: ChunkHead[];
  let as: number;
  if (subject.passive) {
    sources = actorHeads(subject.heads);
    as = t + 1;
  } else {
    const chunk = chunkFrom(ix, t + 1);
    // "KCNA quoted a spokesman of the National Defence Commission as saying": the body of an
    // unnamed speaker speaks.
    const body = chunk && chunkHeads(chunk).length > 0 ? null : quotedBody(ix, t + 1);
    if (body) {
      sources = actorHeads(chunkHeads(body.chunk));
      as = body.as;
    } else {
      if (!chunk) return;
      sources = actorHeads(chunkHeads(chunk));
      as = chunk.last;
      while (as < chunk.last + QUOTED_NOUNS && /^(?:NOUN|PROPN)$/u.test(tokens[as]?.pos ?? "")) as++;
    }
  }
  if (sources.length === 0 || tokens[as]?.lower !== "as" || !tokens[as + 1]?.lower.endsWith("ing")) return;
  const source = sources[0]?.name ?? "";
  // "quoted Qureshi as saying, “India is planning …”": a quotation after a comma or colon is the claim.
  const quoteAfter =
    /^[,:]$/u.test(tokens[as + 2]?.text ?? "") && OPENING_QUOTE_MARK.test(tokens[as + 3]?.text ?? "");
  // "“…,” Xinhua quoted Peskov as saying.": with no claim after it, the quotation before is the claim.
  const closing = !quoteAfter && QUOTE_CLOSER.test(tokens[closingAfter(tokens, as + 2)]?.text ?? ".");
  // "was quoted as saying by AP during a ceremony that …": the outlet and the occasion stand
  // before the claim, which opens after "that"; with no "that" after them, no claim is told.
  let from = quoteAfter ? as + 4 : as + 2;
  if (!closing && tokens[from]?.pos === "ADP" && tokens[from]?.lower !== "that") {
    from = thatAfter(tokens, from);
    if (from < 0) return;
  }
  if (tokens[from]?.lower === "that") from++;
  const start = claimOpening(tokens);
  const target = closing
    ? start > 0
      ? subjectTarget(ix, start, t, source)
      : null
    : claimTarget(ix, from, source);
  if (!target) return;
  const modality = modalityOf(
    subject.cues.filter((c) => c === "not" || c === "n't" || c === "never"),
    ix.modalityCues,
  );
  emitAssess(emit, sources, target, (tokens[t] as Token).text, frame.id, modality);
}

/** How far a claim's "that" may stand after the phrases that follow a verb of saying ("as saying by AP during a ceremony that"). */
const THAT_REACH = 12;

/** The index of the "that" after prepositional phrases opening at `k`, before any verb or clause mark; -1 when none. */
function thatAfter(tokens: Token[], k: number): number {
  for (let j = k; j < Math.min(tokens.length, k + THAT_REACH); j++) {
    const w = tokens[j] as Token;
    if (w.lower === "that") return j;
    if (/^[.,;:“”"]$/u.test(w.text) || isVerbOrAux(w)) return -1;
  }
  return -1;
}

/** Negation cues among a subject's skipped words. */
const NEGATION_CUES = new Set(["not", "n't", "never"]);

/**
 * The verb among `verbs` whose object is the noun at `t` ("voiced deep concern", "expressed its
 * support"): determiners, possessive pronouns, adjectives, adverbs and a possessor phrase ("his
 * country's") may stand between; or -1.
 */
function governorOf(tokens: Token[], t: number, verbs: readonly string[]): number {
  let reach = GOVERNOR_REACH;
  let possessor = false;
  for (let k = t - 1; k >= Math.max(0, t - reach); k--) {
    const w = tokens[k] as Token;
    if (w.pos === "VERB") return verbs.includes(w.lemma) ? k : -1;
    // ("expressed great surprise and anguish that …": a noun coordinated before the trigger.)
    if (w.lower === "and" || (w.pos === "NOUN" && tokens[k + 1]?.lower === "and")) continue;
    // "expressed his country's gratitude to Japan", "the Lebanese military institution's
    // gratitude": a possessor phrase, who holds the feeling, stands between.
    if (!possessor && POSSESSIVE_MARK.test(w.lower)) {
      possessor = true;
      reach += POSSESSOR_REACH;
      continue;
    }
    if (possessor && /^(?:NOUN|PROPN)$/u.test(w.pos)) continue;
    if (!/^(?:DET|ADJ|ADV|NUM)$/u.test(w.pos) && !WORDS.possessivePronouns.has(w.lower)) return -1;
  }
  return -1;
}

/** Most words between a judgement noun and the verb governing it. */
const GOVERNOR_REACH = 5;

/** Most further words of a possessor phrase before a judgement noun ("the Lebanese military institution's"). */
const POSSESSOR_REACH = 4;

/**
 * A judgement noun's frame: "Poland voiced concern about Russia's buildup", "the EU expressed
 * support for Ukraine", "officials raised concerns that Kim would …": the subject of the verb
 * governing the noun assesses the actor of its phrase or the subject of its that-clause.
 */
export function assessNoun(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  told: readonly Fact[] = [],
): void {
  const tokens = ix.sentence.tokens;
  if (!frame.governedBy) {
    claimNoun(ix, t, emit, frame);
    return;
  }
  const verb = governorOf(tokens, t, frame.governedBy);
  if (verb < 0) return;
  const subject = subjectBefore(ix, verb);
  if (frame.roles["governor-subject"] === "topic") {
    receivedJudgement(ix, t, emit, frame, subject);
    return;
  }
  // "“We have expressed a strong protest to the United States,” he said": the quotation's speaker
  // feels it for "we".
  const sources = withQuotedSpeaker(ix, verb, actorHeads(subject.heads));
  if (sources.length === 0) return;
  const modality = modalityOf(performedCues(tokens, subject), ix.modalityCues);
  // "expressed concern Monday about …": past a time phrase right after the noun.
  const after = timeAdverbialEnd(tokens, t + 1);
  const next = tokens[after]?.lower ?? "";
  let targets: { name: string }[] = [];
  if (next === "that" && frame.roles.claim === "topic") {
    const target = claimTarget(ix, parentheticalEnd(tokens, after + 1), sources[0]?.name ?? "");
    if (target) targets = [target];
  } else if (frame.roles[next as GrammaticalRole] === "topic") {
    // "conveyed the gratitude of the President to the Chinese government": a definite noun's
    // of-phrase before a to-phrase holds the feeling conveyed; the to-phrase is what it is about.
    let to = next === "of" && tokens[t - 1]?.lower === "the" ? heldFeelingEnd(tokens, t + 2) : -1;
    // "expressed the gratitude of the Seychelles Government for the donation": an of-phrase that
    // only names an actor, closed by "for", holds the feeling too; the for-phrase is what it is about.
    const held = to < 0 && next === "of" && tokens[t - 1]?.lower === "the" ? heldActorFor(ix, t + 2) : -1;
    if (held >= 0) to = held;
    targets =
      to >= 0 && frame.roles[held >= 0 ? "for" : "to"] === "topic"
        ? phraseTopic(ix, to)
        : phraseTopic(ix, after);
    // ("the appreciation of President X, …, to His Excellency the President": the holder, named
    // again by a description, is not what the feeling is about.)
    if (to >= 0) {
      const holders = new Set(mentionsIn(ix, t + 2, to).map((m) => m.name));
      targets = targets.filter((x) => !holders.has(x.name));
    }
    // "expressed gratitude for the donation", the donation told sentences before: its donor.
    if (targets.length === 0 && next === "for" && toldGift(tokens, t + 2))
      targets = donors(told, withOwnSides(sources, told));
    if (targets.length === 0 && held >= 0 && toldGift(tokens, held + 1))
      targets = donors(told, withOwnSides(sources, told));
  }
  for (const target of targets)
    emitAssess(emit, sources, target, (tokens[t] as Token).text, frame.id, modality);
}

/** Most words between a received judgement noun and its author's phrase ("drew criticism on Monday from"). */
const AUTHOR_REACH = 4;

/**
 * A judgement its topic receives: "Hungary drew criticism from Sweden", "Bolivia faced
 * condemnation from Chile": the actor of the phrase the row names the author by ("from"), right
 * after the noun or a few words on, assesses the subject of the governing verb.
 */
function receivedJudgement(ix: SentenceIndex, t: number, emit: Emit, frame: Frame, subject: Subject): void {
  const tokens = ix.sentence.tokens;
  const targets = actorHeads(subject.heads);
  if (targets.length === 0 || subject.passive) return;
  for (let k = t + 1; k < Math.min(tokens.length, t + 1 + AUTHOR_REACH); k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text) || isVerbOrAux(w)) return;
    if (frame.roles[w.lower as GrammaticalRole] !== "speaker") continue;
    const chunk = chunkFrom(ix, k + 1);
    const sources = chunk ? actorHeads(chunkHeads(chunk)) : [];
    const modality = modalityOf(subject.cues, ix.modalityCues);
    for (const target of targets)
      if (!sources.some((h) => h.name === target.name))
        emitAssess(emit, sources, target, (tokens[t] as Token).text, frame.id, modality);
    return;
  }
}

const LINKS = new Set(LINKING_VERB_FORMS);

/** True when a for-phrase follows the word at `t` in its clause. */
function forPhraseAfter(tokens: Token[], t: number): boolean {
  for (let k = t + 1; k < Math.min(tokens.length, t + MAX_SPAN); k++) {
    if (CLAUSE_END_OR_QUOTE.test(tokens[k]?.text ?? "")) return false;
    if (tokens[k]?.lower === "for") return true;
  }
  return false;
}

/**
 * A judgement told by a predicate adjective of the row after "be" or "remain": "Peru was highly
 * critical of Chile's policy", "Nepal is grateful to India for the supplies": the subject
 * assesses the actor of the row's phrase after the adjective (for "for", not a courtesy). Not
 * negated, not a stance held over time ("has long been critical of"), not a pronoun's (a quotation
 * is its speaker's claim).
 */
export function assessAdjective(ix: SentenceIndex, t: number, emit: Emit, frame: Frame): void {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  // ("remains “incredibly concerned” about": past the marks that quote the adjective too.)
  while (
    k > 0 &&
    ((tokens[k]?.pos === "ADV" && !NEGATION_CUES.has(tokens[k]?.lower ?? "")) ||
      QUOTE_MARK_NO_STRAIGHT_SINGLE.test(tokens[k]?.text ?? ""))
  )
    k--;
  const link = tokens[k]?.lower ?? "";
  if (!BE_FORMS.has(link) && !LINKS.has(link)) return;
  const subject = subjectBefore(ix, k);
  if (subject.passive || subject.cues.some((w) => HABITUAL.has(w))) return;
  const sources = actorHeads(subject.heads).filter((h) => h.mention?.kind !== "pronoun");
  if (sources.length === 0) return;
  const p = QUOTE_MARK_NO_STRAIGHT_SINGLE.test(tokens[t + 1]?.text ?? "") ? t + 2 : t + 1;
  const prep = tokens[p]?.lower ?? "";
  if (frame.roles[prep as GrammaticalRole] !== "topic") return;
  // ("grateful to India for the invitation": thanks for a courtesy alone judge no one.)
  const thanked = frame.roles.for === "topic" && forPhraseAfter(tokens, t);
  if (thanked && !creditedAct(tokens, t, THANKS_COURTESIES)) return;
  const modality = modalityOf(subject.cues, ix.modalityCues);
  for (const target of phraseTopic(ix, p))
    if (!sources.some((h) => h.name === target.name))
      emitAssess(emit, sources, target, (tokens[t] as Token).text, frame.id, modality);
}

const GIFTS = new Set(GIFT_NOUNS);

/**
 * True when a definite gift phrase with nothing after it opens at `k` ("the donation", "this
 * generous assistance", "the equipment,"): a gift told before, whose giver it does not name.
 */
function toldGift(tokens: Token[], k: number): boolean {
  if (!/^(?:the|this|these|that|those)$/u.test(tokens[k]?.lower ?? "")) return false;
  let j = k + 1;
  while (j < k + 4 && tokens[j]?.pos === "ADJ") j++;
  const noun = tokens[j];
  if (!noun || !(GIFTS.has(noun.lower) || GIFTS.has(noun.lemma))) return false;
  // "for the assistance, which the EU funded", "for the equipment, supplied by Japan": the clause
  // set off after the gift names its giver there.
  if (tokens[j + 1]?.text === "," && namesGiverAfter(tokens, j + 2)) return false;
  return /^[.,;:”"]$/u.test(tokens[j + 1]?.text ?? ".");
}

/** True when a relative clause ("which", "that", "who") or a participle with its "by" opens at `k`. */
function namesGiverAfter(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w) return false;
  return GIFT_RELATIVES.has(w.lower) || (w.pos === "VERB" && tokens[k + 1]?.lower === "by");
}

/** Relative words that open a clause on a gift told after it ("the assistance, which the EU funded"). */
const GIFT_RELATIVES = new Set([...THING_RELATIVE_WORDS, "who"]);

/**
 * The one supplier of the asserted supplies told before (`told`), other than the thankers and
 * their own sides: the giver of a gift referred back to. None when the document names none or
 * several.
 */
function donors(told: readonly Fact[], thankers: readonly { name: string }[]): { name: string }[] {
  const own = new Set(thankers.map((h) => h.name));
  const givers = new Set<string>();
  for (const f of told)
    if (f.relation === "supplies" && f.modality === "asserted" && !own.has(f.source)) givers.add(f.source);
  return givers.size === 1 ? [...givers].map((name) => ({ name })) : [];
}

/**
 * Most words of the holder's phrase between "of" and "to" ("of the Commander-in-Chief of the Ghana
 * Armed Forces", "of President X, the Commander-in-Chief of the Y Defence Forces,").
 */
const HOLDER_REACH = 20;

/**
 * The "to" that closes the of-phrase opening at `from` (no verb or stop before it; an appositive
 * set off by commas may stand in it when the second comma comes right before "to"), or -1.
 */
function heldFeelingEnd(tokens: Token[], from: number): number {
  let commas = 0;
  for (let k = from; k < Math.min(tokens.length, from + HOLDER_REACH); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "to") return commas === 0 || (commas === 2 && tokens[k - 1]?.text === ",") ? k : -1;
    if (w.text === ",") commas++;
    if (w.pos === "VERB" || CLAUSE_STOP.test(w.text) || commas > 2) return -1;
  }
  return -1;
}

/** The entity types that can hold a feeling. */
const ACTOR_TYPES = new Set(["Country", "Organization", "Person"]);

/** Words an actor-only of-phrase may hold besides the actor's name ("of the people and Government of Seychelles"). */
const HOLDER_WORDS = new Set(["the", "and", "of", "people", "government", "entire", "whole"]);

/** Nouns that may close an actor-only of-phrase ("of the Seychelles Government", "of the Somali people"). */
const HOLDER_NOUNS = new Set(["people", "government"]);

/**
 * The "for" that closes an of-phrase opening at `from` which only names actors ("the gratitude of
 * the Seychelles Government for …"), or -1: "the appreciation of India's help for …" and "the
 * gratitude of the efforts of X" name what the feeling is about, not who holds it.
 */
function heldActorFor(ix: SentenceIndex, from: number): number {
  const tokens = ix.sentence.tokens;
  const inActor = new Set<number>();
  for (const m of mentionsIn(ix, from, from + HOLDER_REACH))
    if (ACTOR_TYPES.has(m.type)) for (let k = m.first; k < m.last; k++) inActor.add(k);
  if (inActor.size === 0) return -1;
  for (let k = from; k < Math.min(tokens.length, from + HOLDER_REACH); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "for")
      return k > from && (inActor.has(k - 1) || HOLDER_NOUNS.has(tokens[k - 1]?.lower ?? "")) ? k : -1;
    if (!inActor.has(k) && !HOLDER_WORDS.has(w.lower)) return -1;
  }
  return -1;
}

const MAKING = new Set(CLAIM_MAKING_PARTICIPLES);

/**
 * A claim noun with its author and its that-clause: "allegations by Russia's Foreign Ministry that
 * the United States is …", "Moscow's claims that Kyiv …": the author (the by-phrase right after
 * the noun, else its possessor) assesses the subject of the claim, whatever the sentence then says
 * of the claim (made, denied, rejected). Without an author or "that", nothing.
 */
function claimNoun(ix: SentenceIndex, t: number, emit: Emit, frame: Frame): void {
  const tokens = ix.sentence.tokens;
  let that = t + 1;
  let sources: ChunkHead[] = [];
  const agentAfter = authorAfterTopic(ix, t, frame);
  // "charges made by the DRC that Kigali …": past a participle of making the claim.
  const by = MAKING.has(tokens[t + 1]?.lower ?? "") ? t + 2 : t + 1;
  if (frame.roles[(tokens[by]?.lower ?? "") as GrammaticalRole] === "speaker") {
    const chunk = chunkFrom(ix, by + 1);
    if (!chunk) return;
    sources = actorHeads(chunkHeads(chunk));
    // "accusations by Prince X, the Saudi foreign minister, that Russia was …": past an
    // appositive set off by commas.
    that = appositiveEnd(tokens, chunk.last);
  } else if (frame.roles.possessor === "speaker") {
    const owner = ix.chunkAt[t - 1] ?? (tokens[t - 1]?.pos === "ADJ" ? ix.chunkAt[t - 2] : null);
    if (owner && owner.items[owner.items.length - 1]?.kind === "poss") sources = possessorHeads(owner);
    // "US accusations that …", "Turkish claims that …": a demonym or an abbreviated name right
    // before the noun is its author, as a possessor is.
    const modifier = ix.cover[t - 1];
    if (
      sources.length === 0 &&
      modifier?.last === t &&
      (modifier.kind === "demonym" || abbreviatedOwner(ix, modifier))
    )
      sources = actorHeads([{ mention: modifier, name: actorOf(modifier).name, unnamed: true }]);
  }
  // "criticism of Hungary by Sweden", "praise for Kenya from Ethiopia": the author's phrase
  // after the topic's.
  if (sources.length === 0 && agentAfter) {
    for (const target of phraseTopic(ix, topicPhraseAt(tokens, t)))
      if (!agentAfter.some((h) => h.name === target.name))
        emitAssess(emit, agentAfter, target, (tokens[t] as Token).text, frame.id, "asserted");
    return;
  }
  if (sources.length === 0) return;
  const next = tokens[that]?.lower ?? "";
  // "Peru's accusations against Chile", "Peru's criticism of Chile's arms purchases": the actor of
  // the row's phrase after the noun (or after its by-phrase) is what the claim is about.
  if (next !== "that" && frame.roles[next as GrammaticalRole] === "topic") {
    for (const target of phraseTopic(ix, that))
      if (!sources.some((h) => h.name === target.name))
        emitAssess(emit, sources, target, (tokens[t] as Token).text, frame.id, "asserted");
    return;
  }
  // "Rwanda denied Burundi's accusations of supporting rebels": a charge of an act with no actor of
  // its own charges the one who rejects it.
  const charged = chargedRejecters(ix, t, that, frame, sources);
  for (const target of charged)
    emitAssess(emit, sources, target, (tokens[t] as Token).text, `${frame.id}+charged`, "asserted");
  if (charged.length > 0 || frame.roles.claim !== "topic") return;
  // "Sudan denied Chadian accusations it was supporting rebels": a charge's clause without "that"
  // (a claim's pronoun, "Pyongyang's claims it had launched", is its author more often than not).
  const charge = frame.chargeNouns?.includes((tokens[t] as Token).lemma) ?? false;
  const bare = charge && (pronounClause(tokens, that) || bareClaim(ix, that - 1));
  const opening = next === "that" ? that + 1 : bare ? that : -1;
  if (opening < 0) return;
  // "Seoul dismissed Pyongyang's claims that it had launched a satellite": a pronoun opening an
  // authored claim stands for its author (whatever coreference made of it); the claim is about the
  // author's own act, and judges only the actor that act is done to. (A charge's pronoun is the
  // one charged: "Chadian accusations it was supporting rebels".)
  const target =
    !charge && THIRD_PERSON_SUBJECT_SET.has(tokens[opening]?.lower ?? "")
      ? ownClaim(ix, opening, claimEnd(ix, opening), sources[0]?.name ?? "")
      : claimTarget(ix, opening, sources[0]?.name ?? "");
  if (target) emitAssess(emit, sources, target, (tokens[t] as Token).text, frame.id, "asserted");
}

/** Pronouns of a third party that may open a claim's clause as its subject (lexicon grammar THIRD_PERSON_SUBJECTS). */
const THIRD_PERSON_SUBJECT_SET = new Set(THIRD_PERSON_SUBJECTS);

/** Most words of a topic's phrase between a judgement noun and its author's ("criticism of the arms deals by"). */
const TOPIC_PHRASE_REACH = 8;

/**
 * The author of the judgement noun at `t` told by a phrase of the row's author role ("by",
 * "from") after the phrase of its topic ("criticism of Hungary by Sweden"), with no verb or clause
 * break between; null when the noun has no owner of its own before it or no topic phrase after it.
 */
function authorAfterTopic(ix: SentenceIndex, t: number, frame: Frame): ChunkHead[] | null {
  const tokens = ix.sentence.tokens;
  const p = topicPhraseAt(tokens, t);
  if (frame.roles[(tokens[p]?.lower ?? "") as GrammaticalRole] !== "topic") return null;
  if (ix.chunkAt[t - 1] || POSSESSIVE_MARK.test(tokens[t - 1]?.text ?? "")) return null;
  for (let k = p + 1; k < Math.min(tokens.length, p + TOPIC_PHRASE_REACH); k++) {
    const w = tokens[k] as Token;
    if (CLAUSE_STOP.test(w.text) || w.text === "," || isVerbOrAux(w)) return null;
    if (frame.roles[w.lower as GrammaticalRole] !== "speaker") continue;
    const chunk = chunkFrom(ix, k + 1);
    const heads = chunk ? actorHeads(chunkHeads(chunk)) : [];
    return heads.length > 0 ? heads : null;
  }
  return null;
}

/**
 * Where the topic's phrase of the judgement noun at `t` opens: right after it, or past a participle
 * of making the claim ("accusations levelled against Tehran by the G7").
 */
function topicPhraseAt(tokens: Token[], t: number): number {
  return MAKING.has(tokens[t + 1]?.lower ?? "") ? t + 2 : t + 1;
}

/** Most words of an appositive set off by commas after a claim noun's author ("…, the Saudi foreign minister, that …"). */
const APPOSITIVE_REACH = 10;

/**
 * Past an appositive that opens with the comma at `k` and closes with a comma before "that" (no
 * verb in it): the index after the closing comma; `k` otherwise.
 */
function appositiveEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ",") return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + APPOSITIVE_REACH); j++) {
    const w = tokens[j] as Token;
    if (w.text === ",") return tokens[j + 1]?.lower === "that" ? j + 1 : k;
    if (isVerbOrAux(w) || CLAUSE_END_OR_QUOTE.test(w.text) || w.lower === "that") return k;
  }
  return k;
}

/**
 * The topic of a prepositional phrase opening at `p`: the actors it opens with ("support for
 * Ukraine"), else the owner or agent of its noun ("concern about Russia's buildup", "concern over
 * cooperation between Armenia and India").
 */
function phraseTopic(ix: SentenceIndex, p: number): { name: string }[] {
  const chunk = chunkFrom(ix, p + 1);
  if (chunk) {
    const heads = actorHeads(judgedHeads(chunk));
    if (heads.length > 0) return heads;
  }
  return objectActors(ix, p, undefined);
}

/**
 * A judgement in the passive voice swaps its roles: "Russia was accused by Ukraine of …" and "Iran
 * was condemned by the EU" (the by-phrase judges the subject); "all such accusations have been
 * denied by Cambodian officials" (the rejecters assess whoever made the claim told before).
 */
function passiveJudgement(
  ix: SentenceIndex,
  t: number,
  emit: Emit,
  frame: Frame,
  subject: Subject,
  claims: readonly Fact[],
  table: FrameTable,
): void {
  const zone = zoneAfter(ix, t);
  const byHeads = actorHeads(zone.chunks.filter((c) => c.prep === "by").flatMap((c) => chunkHeads(c.chunk)));
  // "was condemned by President of France X", "by the Foreign Minister of Germany, X": a title
  // phrase before the agent's name.
  const titled = byHeads.length === 0 ? actorHeads(titledAgent(ix, t, table)) : [];
  const agents = byHeads.length > 0 ? byHeads : titled;
  if (agents.length === 0) return;
  const modality = modalityOf(
    subject.cues.filter((c) => NEGATION_CUES.has(c)),
    ix.modalityCues,
  );
  const trigger = (ix.sentence.tokens[t] as Token).text;
  // (A verb of calling keeps its roles: "Iran was described as a threat by Israel".)
  if (frame.objectNouns && frame.requires !== "predicative" && frame.requires !== "as") {
    // The rejected thing is the subject: a report noun with no actor of its own refers back.
    if (subject.heads.length > 0 || !reportSubject(ix, t, frame.objectNouns)) return;
    // ("The accusation was rejected by the Chilean Foreign Ministry": the claims made against its
    // country, as with the active verb.)
    for (const target of accusers(claims, withOwnSides(agents, claims)))
      emitAssess(emit, agents, target, trigger, frame.id, modality);
    return;
  }
  // "X was welcomed by Y upon his arrival": a row that judges only another party's act (its
  // actNouns) judges no bare actor, in the passive as in the active ("welcomed Museveni"); a row
  // of calling something keeps its predicate ("Togo was recognised by X as a reliable partner").
  // "Russia's annexation was condemned by Germany", "Uganda's proposal was welcomed by Kenya": the
  // possessor of the subject's act is judged, as the object's is in the active.
  const owners = subject.heads.length === 0 ? passiveActOwners(ix, t, frame.actNouns) : [];
  for (const target of owners) emitAssess(emit, agents, target, trigger, frame.id, modality);
  if (frame.actNouns && !frame.objectNouns && !frame.requires) return;
  for (const target of actorHeads(subject.heads))
    emitAssess(emit, agents, target, trigger, frame.id, modality);
}

/** Most common words of a passive subject's act noun phrase after its possessive ("military drills"). */
const ACT_PHRASE_WORDS = 3;

/**
 * The owners of the act that is the passive verb's subject at `t`: an actor's possessive before
 * common nouns and adjectives, then auxiliaries ("North Korea's missile launch was condemned",
 * "China's military drills were criticised"); the last noun one of `nouns` when given. None else.
 */
function passiveActOwners(ix: SentenceIndex, t: number, nouns: readonly string[] | undefined): ChunkHead[] {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k > 0 && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k--;
  const head = tokens[k];
  const common = (j: number): boolean => !ix.cover[j] || ix.cover[j]?.kind === "generic-weapon";
  // ("Azerbaijan's offensive was condemned": a noun right after a possessive may be tagged as an
  // adjective.)
  const noun =
    head?.pos === "NOUN" || (head?.pos === "ADJ" && POSSESSIVE_MARK.test(tokens[k - 1]?.text ?? ""));
  if (!head || !noun || !common(k) || (nouns && !isNounOf(nouns, head))) return [];
  for (let j = k - 1; j >= Math.max(0, k - 1 - ACT_PHRASE_WORDS); j--) {
    const chunk = ix.chunkAt[j];
    if (chunk && chunk.last <= k + 1 && chunk.items.some((it) => it.kind === "poss"))
      return actorHeads(chunkPossessors(chunk).map((m) => ({ mention: m, name: m.name, unnamed: false })));
    if (!NOUN_OR_ADJECTIVE.test((tokens[j] as Token).pos) || !common(j)) return [];
  }
  return [];
}

/**
 * True when the token at `k` closes a quoted claim or its clause: a stop or a closing quotation
 * mark. A straight double quote closes only after an odd number of them in the sentence (“Tusk
 * said "Russia had …"” opens one; `"…," Tusk said` closes one); a token past the end closes too.
 */
function closesQuote(tokens: Token[], k: number): boolean {
  const text = tokens[k]?.text ?? ".";
  if (!QUOTE_CLOSER.test(text)) return false;
  if (text !== '"') return true;
  let before = 0;
  for (let j = 0; j < k; j++) if (tokens[j]?.text === '"') before++;
  return before % 2 === 1;
}

/**
 * True when the verb at `t` is a participle that follows a report noun of `nouns` and comes before
 * its agent's "by", adverbs aside, with no form of "be" ("…, charges swiftly denied by Paris", "a
 * claim rejected by the ministry"): a passive relative clause on the noun.
 */
function reducedPassive(ix: SentenceIndex, t: number, nouns: readonly string[]): boolean {
  const tokens = ix.sentence.tokens;
  if (!(tokens[t] as Token).lower.endsWith("ed")) return false;
  let k = t - 1;
  while (k > 0 && tokens[k]?.pos === "ADV") k--;
  let b = t + 1;
  while (tokens[b]?.pos === "ADV") b++;
  const noun = tokens[k];
  return noun !== undefined && !ix.cover[k] && isNounOf(nouns, noun) && tokens[b]?.lower === "by";
}

/** True when the passive verb at `t` has a report noun as its subject ("such accusations have been denied"). */
function reportSubject(ix: SentenceIndex, t: number, nouns: readonly string[]): boolean {
  const tokens = ix.sentence.tokens;
  let k = t - 1;
  while (k >= 0 && k > t - 6 && VERB_GROUP_FILLER.test((tokens[k] as Token).pos)) k--;
  const w = tokens[k];
  return w !== undefined && !ix.cover[k] && isNounOf(nouns, w);
}
