/**
 * Stage 5, relations: trigger-table rules over each sentence's actor chunks. Noun-phrase rules
 * give affiliated_with (titles with demonyms, possessives, appositives); verb and noun triggers
 * give supplies (active, passive, "receive ... from", "supplying A with B, C and D"), meets
 * ("A met B", "A and B met", "a meeting between A and B") and assesses ("X said that Y ...",
 * "according to X"), each with the modality its cues give.
 */
import type { Modality, RelationType } from "../model/ontology.ts";
import {
  type Chunk,
  type ChunkHead,
  type ChunkItem,
  type SentenceIndex,
  actorOf,
  chunkHeads,
  chunkParts,
  chunkPossessors,
  indexSentence,
} from "./chunks.ts";
import { modalityOf, subjectBefore, wordsBefore, zoneAfter, type Subject, type Zone } from "./clause.ts";
import {
  ASSESS_VERBS,
  NON_SUPPLY_OBJECTS,
  THAT_VERBS,
  MEET_NOUNS,
  MEET_VERBS,
  PERSONNEL_VERBS,
  RECEIVE_VERBS,
  SUPPLY_NOUNS,
  SUPPLY_VERBS,
} from "./lexicon/triggers.ts";
import type { DocState, Fact, Mention, Stage, Token } from "./types.ts";
import { WORDS, isTitleWord } from "./words.ts";

const SUPPLY = new Set(SUPPLY_VERBS);
const NOT_SUPPLIED = new Set(NON_SUPPLY_OBJECTS);
const RECEIVE = new Set(RECEIVE_VERBS);
const SUPPLY_N = new Set(SUPPLY_NOUNS);
const PERSONNEL = new Set(PERSONNEL_VERBS);
const MEET = new Set(MEET_VERBS);
const MEET_N = new Set(MEET_NOUNS);
const ASSESS = new Set(ASSESS_VERBS);
const NEEDS_THAT = new Set(THAT_VERBS);
/** Supply verbs whose direct object is the recipient ("supplying Russia with missiles"). */
const RECIPIENT_OBJECT = new Set(["supply", "provide", "arm", "equip", "furnish", "give", "sell", "hand"]);
const PERSONNEL_NOUNS = new Set([
  "troops",
  "soldiers",
  "forces",
  "personnel",
  "workers",
  "units",
  "fighters",
  "mercenaries",
  "officers",
  "engineers",
  "specialists",
  "advisers",
  "instructors",
]);
/** Verbs that take the addressee as object before the claim ("told reporters that"). */
const ADDRESSEE_VERBS = new Set(["tell", "warn", "brief", "inform", "assure", "remind"]);
const HOLD_VERBS = new Set(["hold", "have", "host", "attend", "conduct", "begin", "start"]);

/** Stage 5: fills `state.facts`. */
export const relationsStage: Stage = {
  name: "5-relations",
  run(state: DocState): void {
    for (const sentence of state.sentences) {
      const ix = indexSentence(sentence, state.mentions[sentence.index] ?? []);
      const facts: Fact[] = [];
      const emit = (
        source: string,
        relation: RelationType,
        target: string,
        trigger: string,
        rule: string,
        modality: Modality,
      ): void => {
        if (!source || !target || source === target) return;
        facts.push({ source, relation, target, sentence: sentence.index, trigger, rule, modality });
      };
      affiliationRules(ix, emit);
      triggerRules(ix, emit);
      resolveActingCapitals(ix, facts);
      state.facts.push(...facts);
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

type Emit = (
  source: string,
  relation: RelationType,
  target: string,
  trigger: string,
  rule: string,
  modality: Modality,
) => void;

// ---------------------------------------------------------------- affiliated_with

function affiliationRules(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const chunk of ix.chunks) {
    for (const part of chunkParts(chunk)) titleRule(part, emit, tokens);
    appositiveRule(ix, chunk, emit);
  }
}

/** "North Korean leader Kim Jong Un", "South Korea's JCS spokesperson Lee", "North Korea's KCNA". */
function titleRule(items: ChunkItem[], emit: Emit, tokens: Token[]): void {
  let country: Mention | null = null;
  let org: Mention | null = null;
  let titleHead = "";
  let prev: ChunkItem | null = null;
  for (const it of items) {
    if (it.kind === "mention") {
      const m = it.m;
      if (m.type === "Person" && titleHead) {
        const target = org ?? country;
        if (target)
          emit(
            m.name,
            "affiliated_with",
            actorOf(target).name,
            titleHead,
            org ? "title-organization" : "title-demonym",
            "asserted",
          );
      } else if (m.type === "Person" && prev?.kind === "poss" && country && !org) {
        emit(
          m.name,
          "affiliated_with",
          actorOf(country).name,
          tokens[prev.index]?.text ?? "'s",
          "possessive-person",
          "asserted",
        );
      } else if (
        m.type === "Organization" &&
        country &&
        (prev?.kind === "poss" || (prev?.kind === "mention" && prev.m.kind === "demonym"))
      ) {
        emit(
          m.name,
          "affiliated_with",
          country.name,
          prev.kind === "poss" ? (tokens[prev.index]?.text ?? "'s") : country.text,
          "possessive-organization",
          "asserted",
        );
      }
      if (m.type === "Country" || m.kind === "capital") country = m;
      if (m.type === "Organization") org = m;
      if (m.type === "Person") {
        country = null;
        org = null;
      }
      titleHead = "";
    } else if (it.kind === "title" && it.head) {
      titleHead = tokens[it.index]?.text ?? it.word;
    }
    prev = it;
  }
}

/**
 * "Sergei Lavrov, Russia's foreign minister," and "John Kirby, a spokesperson for the White
 * House,": a person then a title phrase naming a country or organization; and the reverse,
 * "Iran's foreign minister, Abbas Araghchi,".
 */
function appositiveRule(ix: SentenceIndex, chunk: Chunk, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const lastItem = chunk.items[chunk.items.length - 1];
  if (!lastItem || tokens[chunk.last]?.text !== ",") return;
  if (lastItem.kind === "mention" && lastItem.m.type === "Person") {
    const target = titlePhraseTarget(ix, chunk.last + 1);
    if (target)
      emit(lastItem.m.name, "affiliated_with", target.name, target.trigger, "appositive-title", "asserted");
    return;
  }
  if (lastItem.kind === "title" || lastItem.kind === "unnamed") {
    const next = ix.chunkAt[chunk.last + 1];
    const person =
      next?.items.length === 1 && next.items[0]?.kind === "mention" && next.items[0].m.type === "Person"
        ? next.items[0].m
        : null;
    if (!person || (tokens[next?.last ?? 0] && !/^[,.;]$/u.test(tokens[next?.last ?? 0]?.text ?? ""))) return;
    const target = titlePhraseTarget(ix, chunk.first);
    if (target)
      emit(person.name, "affiliated_with", target.name, target.trigger, "appositive-title", "asserted");
  }
}

/**
 * The country or organization a title phrase starting at token `k` names: "Russia's foreign
 * minister", "the Iranian envoy", "a spokesperson for the Pentagon", "head of the NIS".
 */
function titlePhraseTarget(ix: SentenceIndex, k: number): { name: string; trigger: string } | null {
  const tokens = ix.sentence.tokens;
  let j = k;
  let target: Mention | null = null;
  let title = "";
  for (let steps = 0; j < tokens.length && steps < 10; steps++) {
    const t = tokens[j] as Token;
    const m = ix.cover[j];
    if (m && m.first === j && m.type !== "Person" && m.type !== "WeaponSystem" && !title) {
      target = m;
      j = m.last;
      continue;
    }
    if (m) return null;
    if (/^(?:the|a|an|'s|’s|its|their)$/u.test(t.lower) || (isTitleWord(t.lower) && t.pos !== "VERB")) {
      if (WORDS.titleHeads.has(t.lower)) title = t.text;
      j++;
      continue;
    }
    break;
  }
  if (!title) return null;
  if (!target && /^(?:of|for|at|to)$/u.test(tokens[j]?.lower ?? "")) {
    j++;
    while (/^(?:the|a|an)$/u.test(tokens[j]?.lower ?? "") && !ix.cover[j]) j++;
    const m = ix.cover[j];
    if (m && m.first === j && m.type !== "Person" && m.type !== "WeaponSystem") target = m;
  }
  if (!target || (target.type === "Location" && target.kind !== "capital")) return null;
  return { name: actorOf(target).name, trigger: title };
}

// ---------------------------------------------------------------- verb and noun triggers

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

function headType(h: ChunkHead): Mention["type"] | null {
  return h.mention ? actorOf(h.mention).type : null;
}

function actorHeads(heads: ChunkHead[]): ChunkHead[] {
  return heads.filter((h) => {
    const type = headType(h);
    return type !== null && type !== "Location" && type !== "WeaponSystem";
  });
}

function recipientHeads(heads: ChunkHead[]): ChunkHead[] {
  return heads.filter((h) => headType(h) === "Country" || headType(h) === "Organization");
}

/**
 * Heads of the zone's chunks introduced by one of `preps`; a place owned by a country stands
 * for the country ("to Russia's Kursk region" → Russia).
 */
function zoneHeads(zone: Zone, preps: string[]): ChunkHead[] {
  return zone.chunks
    .filter((c) => preps.includes(c.prep))
    .flatMap((c) => {
      const heads = chunkHeads(c.chunk);
      if (heads.some((h) => h.mention?.type !== "Location")) return heads;
      const owners = chunkPossessors(c.chunk).filter((m) => m.type === "Country");
      return owners.length > 0 ? owners.map((m) => ({ mention: m, name: m.name, unnamed: false })) : heads;
    });
}

function hasPersonnel(ix: SentenceIndex, zone: Zone): boolean {
  for (let k = zone.start; k < zone.end; k++)
    if (PERSONNEL_NOUNS.has((ix.sentence.tokens[k] as Token).lower)) return true;
  return false;
}

function supplyVerb(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const subject = subjectBefore(ix, t);
  const zone = zoneAfter(ix, t);
  const modality = modalityOf([...subject.cues, ...wordsBefore(tokens, t, 2), ...framingCues(ix, subject)]);
  const lemma = tok.lemma;
  const directObject = zone.chunks.find((c) => c.prep === "" && c.chunk.first <= t + 2);
  if (RECEIVE.has(lemma)) {
    if (
      directObject &&
      directObject.chunk.items.some((it) => it.kind === "mention" && it.m.type === "Person") &&
      MEET.has(lemma)
    )
      return;
    const suppliers = actorHeads(zoneHeads(zone, ["from"]));
    const recipients = recipientHeads(subject.heads);
    for (const s of suppliers) {
      for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, "receive-from", modality);
      for (const w of zone.weapons) emit(s.name, "supplies", w.name, tok.text, "receive-from", modality);
    }
    return;
  }
  if (communicates(tokens, t)) return;
  let suppliers: ChunkHead[];
  let recipients: ChunkHead[];
  let items: Mention[] = zone.weapons;
  if (subject.passive) {
    suppliers = actorHeads(zoneHeads(zone, ["by"]));
    recipients = recipientHeads([...zoneHeads(zone, ["to"]), ...subject.heads]);
    items = [...items, ...weaponsBefore(ix, t)];
  } else {
    suppliers = actorHeads(subject.heads);
    recipients = recipientHeads(zoneHeads(zone, ["to"]));
    if (RECIPIENT_OBJECT.has(lemma) && directObject)
      recipients.push(...recipientHeads(chunkHeads(directObject.chunk)));
  }
  const personnelZone = subject.passive ? { ...zone, start: clauseStart(ix, t) } : zone;
  if (PERSONNEL.has(lemma) && !hasPersonnel(ix, personnelZone) && items.length === 0) return;
  const rule = subject.passive ? "supply-passive" : "supply-active";
  for (const s of suppliers) {
    for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, rule, modality);
    for (const w of items) emit(s.name, "supplies", w.name, tok.text, rule, modality);
  }
}

const FRAMING_VERBS = new Set([
  "deny",
  "reject",
  "dismiss",
  "doubt",
  "question",
  "dispute",
  "refute",
  "urge",
  "ask",
  "demand",
  "call",
  "press",
  "want",
  "expect",
]);

/**
 * Cues from the frame around a subordinate clause: "denied that X sent", "no evidence that X
 * sent", "unclear whether X will meet". Only words before a complementiser or a denial verb count.
 */
function framingCues(ix: SentenceIndex, subject: Subject): string[] {
  if (!subject.chunk) return [];
  const tokens = ix.sentence.tokens;
  const before = tokens[subject.chunk.first - 1];
  if (!before) return [];
  const complementiser = before.lower === "that" || before.lower === "whether" || before.lower === "if";
  if (!complementiser && !(before.pos === "VERB" && FRAMING_VERBS.has(before.lemma))) return [];
  const out: string[] = [];
  for (let k = Math.max(0, subject.chunk.first - 6); k < subject.chunk.first; k++) {
    const w = tokens[k] as Token;
    out.push(w.lower, w.lemma);
  }
  return out;
}

/** True when the verb's object is a message, speech or the like ("sent a letter to Kim"). */
function communicates(tokens: Token[], t: number): boolean {
  for (let k = t + 1; k < Math.min(tokens.length, t + 5); k++) {
    const w = tokens[k] as Token;
    if (NOT_SUPPLIED.has(w.lower)) return true;
    if (w.pos === "ADP" || w.pos === "PUNCT") return false;
  }
  return false;
}

function clauseStart(ix: SentenceIndex, t: number): number {
  const tokens = ix.sentence.tokens;
  let start = t - 1;
  while (start > 0 && !/^[;:,]$/u.test((tokens[start - 1] as Token).text)) start--;
  return Math.max(0, start);
}

function weaponsBefore(ix: SentenceIndex, t: number): Mention[] {
  const start = clauseStart(ix, t);
  return ix.mentions.filter((m) => m.type === "WeaponSystem" && m.first >= start && m.last <= t);
}

/** "Iran's shipments of drones to Russia", "US military aid to Ukraine". */
function supplyNoun(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const zone = zoneAfter(ix, t);
  const recipients = recipientHeads(zoneHeads(zone, ["to"]));
  const items = zone.chunks.length === 0 || zone.chunks[0]?.prep !== "" ? zone.weapons : [];
  let suppliers = actorHeads(zoneHeads(zone, ["from"]));
  if (suppliers.length === 0) {
    // The possessor or a country modifier right before the noun: "Iran's deliveries", "US military aid".
    for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
      const chunk = ix.chunkAt[k];
      if (chunk) {
        const owners = chunkPossessors(chunk);
        suppliers =
          owners.length > 0
            ? owners.map((m) => ({ mention: m, name: actorOf(m).name, unnamed: false }))
            : actorHeads(chunkHeads(chunk));
        break;
      }
      const w = (tokens[k] as Token).lower;
      if (
        !/^(?:military|weapons|arms|new|additional|further|more|its|their|recent|latest|first|planned|potential|possible|lethal|financial|security|ammunition|missile|drone|artillery)$/u.test(
          w,
        )
      )
        break;
    }
  }
  if (suppliers.length === 0 || (recipients.length === 0 && items.length === 0)) return;
  // Without a named weapon only aid, or a supply noun qualified by arms words, counts ("transfer of power" does not).
  const armsWord = /^(?:arms|weapons|military|ammunition|munitions|lethal|defence|defense|security)$/u;
  if (
    zone.weapons.length === 0 &&
    tok.lemma !== "aid" &&
    !armsWord.test(tokens[t - 1]?.lower ?? "") &&
    !armsWord.test(tokens[t - 2]?.lower ?? "")
  )
    return;
  const modality = modalityOf(wordsBefore(tokens, t, 4));
  for (const s of suppliers) {
    for (const r of recipients) emit(s.name, "supplies", r.name, tok.text, "supply-noun", modality);
    for (const w of items) emit(s.name, "supplies", w.name, tok.text, "supply-noun", modality);
  }
}

function emitPairs(names: string[], emit: Emit, trigger: string, rule: string, modality: Modality): void {
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) {
      const x = names[a] as string;
      const y = names[b] as string;
      if (x < y) emit(x, "meets", y, trigger, rule, modality);
      else emit(y, "meets", x, trigger, rule, modality);
    }
  }
}

function meetVerb(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const lemma = tok.lemma;
  const subject = subjectBefore(ix, t);
  const zone = zoneAfter(ix, t);
  const modality = modalityOf([...subject.cues, ...wordsBefore(tokens, t, 2), ...framingCues(ix, subject)]);
  const subjects = actorHeads(subject.heads).map((h) => h.name);
  const direct = zone.chunks.filter((c) => c.chunk.first <= t + 2 && c.prep === "");
  // "met with X", "held talks with X": the partner follows the verb closely (not "… agreement with Hamas").
  const reach = lemma === "discuss" ? 8 : 3;
  const withs = zone.chunks.filter((c) => c.prep === "with" && c.chunk.first <= t + reach);
  let others: ChunkHead[] = [];
  if (
    lemma === "visit" ||
    lemma === "host" ||
    lemma === "receive" ||
    lemma === "greet" ||
    lemma === "welcome"
  ) {
    others = direct
      .flatMap((c) => chunkHeads(c.chunk))
      .filter((h) => h.mention?.type === "Person" || h.mention?.type === "Organization");
  } else if (lemma === "discuss") {
    others = withs.flatMap((c) => chunkHeads(c.chunk));
  } else {
    others = [...(lemma === "meet" ? direct : []), ...withs].flatMap((c) => chunkHeads(c.chunk));
  }
  const otherNames = actorHeads(others).map((h) => h.name);
  if (otherNames.length === 0) {
    if (subjects.length >= 2 && /^(?:meet|talk|confer|discuss)$/u.test(lemma))
      emitPairs(subjects, emit, tok.text, "meet-coordinated", modality);
    return;
  }
  for (const s of subjects)
    for (const o of otherNames) emitPairs([s, o], emit, tok.text, "meet-verb", modality);
}

/** "a meeting between A and B", "A's talks with B", "held talks with B", "a visit by A to B". */
function meetNoun(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  if (tok.lemma === "call" && !/phone|telephone|video/u.test(tokens[t - 1]?.lower ?? "")) return;
  const zone = zoneAfter(ix, t, false);
  const modality = modalityOf(wordsBefore(tokens, t, 4));
  const between = zone.chunks.find((c) => c.prep === "between");
  if (between && between.chunk.first - t <= 6) {
    emitPairs(
      actorHeads(chunkHeads(between.chunk)).map((h) => h.name),
      emit,
      tok.text,
      "meeting-between",
      modality,
    );
    return;
  }
  const withChunk = zone.chunks.find((c) => c.prep === "with" && c.chunk.first - t <= 3);
  const byChunk = zone.chunks.find((c) => c.prep === "by" && c.chunk.first - t <= 3);
  const toChunk = zone.chunks.find((c) => c.prep === "to" && c.chunk.first - t <= 8);
  let hosts: ChunkHead[] = [];
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const chunk = ix.chunkAt[k];
    if (chunk) {
      hosts = chunkPossessors(chunk).map((m) => ({ mention: m, name: m.name, unnamed: false }));
      break;
    }
  }
  if (hosts.length === 0) {
    // "X held talks with Y": the subject of the verb right before the noun.
    for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
      const w = tokens[k] as Token;
      if ((w.pos === "VERB" || w.pos === "AUX") && HOLD_VERBS.has(w.lemma)) {
        hosts = subjectBefore(ix, k).heads;
        break;
      }
    }
  }
  if (
    hosts.length === 0 &&
    /^(?:after|during|following|before|at|in|amid)$/u.test(tokens[t - 1]?.lower ?? tokens[t - 2]?.lower ?? "")
  ) {
    // "Merz said after talks with Zelensky": the clause's subject took part.
    for (let k = t - 2; k >= Math.max(0, t - 8); k--) {
      if ((tokens[k] as Token).pos === "VERB") {
        hosts = subjectBefore(ix, k).heads;
        break;
      }
    }
  }
  if (byChunk) hosts = chunkHeads(byChunk.chunk);
  const guests = withChunk
    ? chunkHeads(withChunk.chunk)
    : toChunk && tok.lemma === "visit"
      ? chunkHeads(toChunk.chunk).filter((h) => h.mention?.type === "Person")
      : [];
  const hostNames = actorHeads(hosts).map((h) => h.name);
  const guestNames = actorHeads(guests).map((h) => h.name);
  if (guestNames.length === 0 && hostNames.length >= 2 && tok.lemma !== "visit") {
    // "Putin and Kim held talks": the coordinated subjects met each other.
    emitPairs(hostNames, emit, tok.text, "meeting-noun-coordinated", modality);
    return;
  }
  for (const h of hostNames)
    for (const g of guestNames) emitPairs([h, g], emit, tok.text, "meeting-noun", modality);
}

// ---------------------------------------------------------------- assesses

function assessVerb(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  const tok = tokens[t] as Token;
  const subject = subjectBefore(ix, t);
  let sources = actorHeads(subject.heads);
  let forward = t + 1;
  if (sources.length === 0) {
    // Inverted: "…,” said Lee." / "…, said the JCS."
    const after = ix.chunkAt[t + 1] ?? ix.chunkAt[t + 2];
    if (after && /^[,”"’]$/u.test(tokens[t - 1]?.text ?? "")) {
      sources = actorHeads(chunkHeads(after));
      const start = claimOpening(tokens);
      const target = firstTarget(
        ix,
        start,
        Math.min(t - 1, start + CLAIM_SUBJECT_REACH),
        sources[0]?.name ?? "",
      );
      if (target)
        for (const s of sources)
          emit(s.name, "assesses", target.name, tok.text, "assess-inverted", "asserted");
    }
    return;
  }
  // Skip the addressee and time phrases: "told Russian media that", "reported on Thursday that".
  let that = -1;
  for (let k = t + 1; k < Math.min(tokens.length, t + 10); k++) {
    const w = tokens[k] as Token;
    if (w.lower === "that") {
      that = k;
      break;
    }
    if (/^[.;:]$/u.test(w.text)) break;
  }
  if (NEEDS_THAT.has(tok.lemma) && that < 0) return;
  if (ADDRESSEE_VERBS.has(tok.lemma) && that < 0) {
    const obj = ix.chunkAt[t + 1] ?? ix.chunkAt[t + 2];
    if (obj) forward = obj.last;
  }
  if (that >= 0) forward = that + 1;
  const next = tokens[forward];
  const source = sources[0]?.name ?? "";
  let target: { name: string } | null = null;
  let rule = "assess-claim";
  if (
    next &&
    !/^[.,;:”"’]$/u.test(next.text) &&
    !(next.pos === "ADP" && that < 0 && tok.lemma !== "attribute")
  ) {
    target = firstTarget(ix, forward, claimEnd(ix, forward), source);
  } else if (subject.chunk) {
    // "“…,” Lee said during a briefing." The claim is what comes before the speaker; its subject
    // opens it (a name deep inside the quote is not what the claim is about).
    const start = claimOpening(ix.sentence.tokens);
    target = firstTarget(ix, start, Math.min(subject.chunk.first, start + CLAIM_SUBJECT_REACH), source);
    rule = "assess-quote";
  }
  if (!target) return;
  const modality = modalityOf(subject.cues.filter((c) => c === "not" || c === "n't" || c === "never"));
  for (const s of sources)
    if (target.name !== s.name) emit(s.name, "assesses", target.name, tok.text, rule, modality);
}

/** How far into a quoted or fronted claim its subject may start ("On Thursday, North Korea …"). */
const CLAIM_SUBJECT_REACH = 6;

/** Index of the first token of a sentence that is not an opening quote or bracket. */
function claimOpening(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && /^[“"‘'(\[—–-]$/u.test((tokens[k] as Token).text)) k++;
  return k;
}

function claimEnd(ix: SentenceIndex, from: number): number {
  const tokens = ix.sentence.tokens;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.text === ";" || (w.lower === "according" && tokens[k + 1]?.lower === "to")) return k;
  }
  return tokens.length;
}

/**
 * The subject of a claim between tokens `from` and `to`: the head of the first actor phrase
 * ("North Korean forces" → North Korea), else the first named weapon; never the source itself.
 */
function firstTarget(ix: SentenceIndex, from: number, to: number, source: string): { name: string } | null {
  for (const m of ix.mentions) {
    if (m.first < from || m.first >= to || m.name === source) continue;
    if (m.type === "Location" || m.kind === "generic-weapon") continue;
    const chunk = ix.chunkAt[m.first];
    if (chunk && chunk.first >= from) {
      const head = chunkHeads(chunk).find((h) => h.mention?.type !== "Location" && h.name !== source);
      if (head) return head;
      continue;
    }
    return m;
  }
  return null;
}

/** "…, according to South Korea's latest assessment" → assesses(South Korea, subject of the clause). */
function accordingTo(ix: SentenceIndex, t: number, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  let chunk: Chunk | null = null;
  for (let k = t + 2; k < Math.min(tokens.length, t + 5); k++) {
    chunk = ix.chunkAt[k] ?? null;
    if (chunk) break;
    if (!/^(?:the|a|an)$/u.test((tokens[k] as Token).lower)) break;
  }
  if (!chunk) return;
  let sources = actorHeads(chunkHeads(chunk));
  if (sources.length === 0)
    sources = chunkPossessors(chunk).map((m) => ({ mention: m, name: m.name, unnamed: false }));
  const source = sources[0]?.name;
  if (!source) return;
  const atEnd = tokens[t - 1]?.text === ",";
  let target: { name: string } | null = null;
  if (atEnd) {
    let start = t - 1;
    while (start > 0 && !/^[;:]$/u.test((tokens[start - 1] as Token).text)) start--;
    const first = ix.chunks.find((c) => c.first >= start && c.last <= t && chunkHeads(c).length > 0);
    target = first ? (chunkHeads(first)[0] ?? null) : null;
  } else {
    target = firstTarget(ix, chunk.last, claimEnd(ix, chunk.last), source);
  }
  if (!target || target.name === source) return;
  for (const s of sources) emit(s.name, "assesses", target.name, "according to", "according-to", "asserted");
}
