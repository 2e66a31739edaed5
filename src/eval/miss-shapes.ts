/**
 * Miss shapes: the grammatical link that joins the two ends of a relation in one sentence, read
 * with kg's own clause analysis (chunks.ts actor phrases, clause.ts subjectBefore / zoneAfter), and
 * the clues of a link across sentences. A diagnostic for the relations kg misses: which shape of
 * English the next rules should read, counted on text no rule was tuned on (scripts/miss-shapes.ts).
 */
import { type Chunk, type SentenceIndex } from "../extract/chunks.ts";
import { subjectBefore, zoneAfter } from "../extract/clause.ts";
import { type FrameTable, frameFor } from "../extract/frames.ts";
import type { RelationType } from "../model/ontology.ts";
import type { Mention, Token } from "../extract/types.ts";
import { isTitleWord } from "../extract/words.ts";
import { DOUBLE_QUOTE_MARK } from "../extract/letters.ts";

/** The link found between two mentions of one sentence. */
export interface SentenceShape {
  /** The grammatical link, source's role first: "subj(V) + to(V)", "poss(N) + of(N)", "list-member", … */
  shape: string;
  /** The class of the word that links them: frame-verb, verb, frame-noun, noun, title, none. */
  trigger: string;
  /** The linking word's lemma ("" when none). */
  lemma: string;
}

/** Words that make a possessive ("Russia's", "Iran’s"). */
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
/** Prepositions whose object a noun's role names. */
const NOUN_PREPOSITIONS = new Set([
  "of",
  "to",
  "by",
  "from",
  "with",
  "for",
  "between",
  "on",
  "against",
  "about",
  "over",
  "in",
  "at",
]);
/** Marks that end a noun's complement. */
const COMPLEMENT_END = new Set([",", ";", ":", ".", "(", ")", "—", "–", "“", "”", '"']);
/** How many tokens a noun's complement or possessor may reach. */
const NOUN_REACH = 10;
/** Pronouns a cross-sentence end may be told by. */
const PRONOUNS = new Set(["he", "she", "it", "they", "him", "her", "them", "his", "its", "their"]);
/** Determiners of a definite description ("the deal", "the minister", "this agreement"). */
const DEFINITE = new Set(["the", "this", "these", "that", "those"]);

/** The relation's frame class of a lemma read as `pos`: "frame-verb", "verb", "frame-noun", "noun". */
export function triggerClass(
  table: FrameTable,
  relation: RelationType,
  lemma: string,
  pos: "verb" | "noun",
): string {
  if (relation === "affiliated_with") return pos === "noun" && isTitleWord(lemma) ? "title" : pos;
  const rel = relation;
  const inFrame =
    frameFor(table, pos, lemma, rel) !== undefined ||
    (pos === "verb" && frameFor(table, "governor", lemma, rel) !== undefined);
  return inFrame ? `frame-${pos}` : pos;
}

/** True when `chunk` covers mention `m`. */
function covers(chunk: Chunk | null, m: Mention): boolean {
  return chunk !== null && chunk.first <= m.first && m.first < chunk.last;
}

/** Tags of the words that may stand between a weapon subject and its verb. */
const WEAPON_SUBJECT_GAP = /^(?:NOUN|ADJ|ADV|AUX|PART|NUM)$/u;

/** The role of mention `m` toward the verb at `v`: subj, obj, a preposition, or null. */
function verbRole(ix: SentenceIndex, v: number, m: Mention): { role: string; passive: boolean } | null {
  const tokens = ix.sentence.tokens;
  if (m.last <= v) {
    const s = subjectBefore(ix, v);
    if (covers(s.chunk, m) || s.heads.some((h) => h.mention === m))
      return { role: "subj", passive: s.passive };
    // A weapon forms no actor phrase ("The HIMARS launchers arrived"): nouns and the verb group between.
    const between = tokens.slice(m.last, v);
    if (m.type === "WeaponSystem" && !s.chunk && between.every((t) => WEAPON_SUBJECT_GAP.test(t.pos)))
      return { role: "subj", passive: s.passive };
    return null;
  }
  if (m.first <= v) return null;
  const zone = zoneAfter(ix, v, true);
  for (const z of zone.chunks) {
    if (!covers(z.chunk, m)) continue;
    const prep = z.prep === "" ? "obj" : z.prep;
    const s = subjectBefore(ix, v);
    return { role: prep, passive: s.passive };
  }
  // The zone lists weapons apart from actor phrases: their preposition is the last one before them.
  if (zone.weapons.some((w) => w.first === m.first)) {
    let prep = "obj";
    for (let k = v + 1; k < m.first; k++) {
      const t = tokens[k] as Token;
      if (ix.chunkAt[k]) prep = "obj";
      else if (t.pos === "ADP" || t.lower === "to") prep = t.lower;
    }
    return { role: prep, passive: subjectBefore(ix, v).passive };
  }
  return null;
}

/** Relative pronouns. */
const RELATIVES = new Set(["who", "which", "that", "whom", "whose"]);

/**
 * The kind of clause the verb at `v` heads: "rel" (after a relative pronoun), "part" (a participle
 * without auxiliary: an -ing form after a noun or comma, ", announcing …"; a past participle after a
 * comma or before its agent, "weapons sent by Iran"), "inf" (after "to"), else "main".
 */
export function clauseKind(tokens: readonly Token[], v: number): string {
  let j = v - 1;
  while (j >= 0 && (tokens[j]?.lower === "to" || /^(?:ADV|AUX|PART)$/u.test(tokens[j]?.pos ?? ""))) {
    if (tokens[j]?.lower === "to") return "inf";
    j--;
  }
  const before = tokens[j];
  if (!before) return "main";
  if (RELATIVES.has(before.lower) && before.pos !== "VERB") return "rel";
  if (tokens.slice(j + 1, v).some((t) => t.pos === "AUX")) return "main";
  const w = (tokens[v] as Token).lower;
  const nominal =
    before.text === "," || before.pos === "NOUN" || before.pos === "PROPN" || before.pos === "NUM";
  // "weapons sent by Iran", ", supplied to …": a past participle after a comma or before its agent;
  // "tanks bought from X" after a noun reads as a finite verb too, so only the agent or comma decides.
  if (/ing$/u.test(w) && nominal) return "part";
  if (/(?:ed|en|wn|ght|nt)$/u.test(w) && (before.text === "," || (nominal && tokens[v + 1]?.lower === "by")))
    return "part";
  return "main";
}

/** The role of mention `m` toward the noun at `n`: poss, mod, a preposition, or null. */
function nounRole(ix: SentenceIndex, n: number, m: Mention): string | null {
  const tokens = ix.sentence.tokens;
  if (m.last <= n) {
    // "Russia's supply", "Russia's new arms supply": a possessive, then at most three words.
    const after = tokens[m.last];
    const gap = tokens.slice(m.last, n);
    if (gap.some((t) => COMPLEMENT_END.has(t.text) || t.pos === "VERB" || t.pos === "AUX" || t.pos === "ADP"))
      return null;
    if (after && POSSESSIVE.has(after.text) && n - m.last <= 4) return "poss";
    // "US aid", "Russian arms supplies": the mention modifies the noun.
    if (n - m.last <= 2) return "mod";
    return null;
  }
  if (m.first <= n) return null;
  let prep = "";
  for (let k = n + 1; k < m.first; k++) {
    const t = tokens[k] as Token;
    if (k - n > NOUN_REACH || COMPLEMENT_END.has(t.text) || t.pos === "VERB" || t.pos === "AUX") return null;
    if ((t.pos === "ADP" || t.lower === "to") && NOUN_PREPOSITIONS.has(t.lower)) prep = t.lower;
  }
  return prep === "" ? null : prep;
}

/** True when token `k` stands between a pair of quotation marks of the sentence. */
function quoted(tokens: readonly Token[], k: number): boolean {
  let open = 0;
  for (let j = 0; j < k; j++) if (DOUBLE_QUOTE_MARK.test((tokens[j] as Token).text)) open++;
  return open % 2 === 1;
}

/** The link inside one actor phrase, or across a comma or bracket of apposition; else null. */
function phraseLink(ix: SentenceIndex, a: Mention, b: Mention): string | null {
  const tokens = ix.sentence.tokens;
  const [x, y] = a.first < b.first ? [a, b] : [b, a];
  const ca = ix.chunkAt[x.first] ?? null;
  if (ca !== null && covers(ca, y)) {
    const between = ca.items.filter((it) => it.index >= x.last && it.index < y.first);
    if (between.some((it) => it.kind === "and")) return "list-member";
    if (between.some((it) => it.kind === "poss")) return x === a ? "poss(src)" : "poss(tgt)";
    if (between.some((it) => it.kind === "title")) return "title-np";
    return "same-np";
  }
  // "X, the Y minister," / "X (Y)": the second phrase opens right after a comma or bracket closing the first.
  const cx = ca ?? null;
  const end = cx ? cx.last : x.last;
  const mark = tokens[end]?.text;
  if ((mark === "," || mark === "(" || mark === "—" || mark === "–") && y.first <= end + 8) {
    const gap = tokens.slice(end + 1, y.first);
    if (!gap.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.lower === "and"))
      return "apposition";
  }
  return null;
}

/** Most tokens between two ends that a title phrase joins. */
const TITLE_SPAN = 10;

/**
 * "title-span(poss|of|comma|plain)" when the tokens between the two ends hold a title word and no
 * verb, "and" or semicolon ("Senegal's defence minister Kaba", "Kaba, defence minister of Senegal"); else null.
 */
function titleSpan(tokens: readonly Token[], a: Mention, b: Mention): string | null {
  const [x, y] = a.first < b.first ? [a, b] : [b, a];
  if (y.first - x.last > TITLE_SPAN) return null;
  const gap = tokens.slice(x.last, y.first);
  if (gap.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.lower === "and" || t.text === ";"))
    return null;
  if (!gap.some((t) => isTitleWord(t.lower))) return null;
  const kind = gap.some((t) => POSSESSIVE.has(t.text))
    ? "poss"
    : gap.some((t) => t.lower === "of" || t.lower === "at" || t.lower === "to")
      ? "of"
      : gap.some((t) => t.text === ",")
        ? "comma"
        : "plain";
  return `title-span(${kind})`;
}

/**
 * The link between mentions of the source (`as`) and of the target (`bs`) in one sentence: a
 * phrase link, roles of one verb or noun, a speaker and the clause it reports, or other-clause
 * (roles of two unlinked verbs), in-quote, no-parse.
 */
export function classifySentence(
  ix: SentenceIndex,
  as: readonly Mention[],
  bs: readonly Mention[],
  relation: RelationType,
  table: FrameTable,
): SentenceShape {
  const tokens = ix.sentence.tokens;
  const pairs: [Mention, Mention][] = [];
  for (const a of as) for (const b of bs) if (a.first !== b.first) pairs.push([a, b]);
  pairs.sort((p, q) => Math.abs(p[0].first - p[1].first) - Math.abs(q[0].first - q[1].first));
  const verbs = tokens.flatMap((t, k) => (t.pos === "VERB" ? [k] : []));
  const nouns = tokens.flatMap((t, k) => (t.pos === "NOUN" ? [k] : []));
  const sentenceTrigger = (): SentenceShape["trigger"] => {
    for (const t of tokens) {
      if (t.pos === "VERB" && triggerClass(table, relation, t.lemma, "verb") !== "verb")
        return "frame-verb-in-sentence";
      if (t.pos === "NOUN" && triggerClass(table, relation, t.lemma, "noun") !== "noun")
        return "frame-noun-in-sentence";
    }
    return "none";
  };
  // 1. One actor phrase or an apposition.
  for (const [a, b] of pairs) {
    const link = phraseLink(ix, a, b);
    if (link) {
      const title = tokens
        .slice(Math.min(a.last, b.last), Math.max(a.first, b.first))
        .find((t) => isTitleWord(t.lower));
      return { shape: link, trigger: title ? "title" : sentenceTrigger(), lemma: title?.lower ?? "" };
    }
  }
  // 1b. A title between the two ends, no verb between ("X's defence minister Y", "Y, minister of X").
  if (relation === "affiliated_with") {
    for (const [a, b] of pairs) {
      const link = titleSpan(tokens, a, b);
      if (link) return { shape: link, trigger: "title", lemma: "" };
    }
  }
  // 2. Roles of one verb.
  const roles = new Map<string, { role: string; passive: boolean } | null>();
  const roleAt = (v: number, m: Mention): { role: string; passive: boolean } | null => {
    const key = `${v}:${m.first}`;
    if (!roles.has(key)) roles.set(key, verbRole(ix, v, m));
    return roles.get(key) ?? null;
  };
  /** True when `m`, after the verb at `v`, is the subject of a later verb: a clause of its own. */
  const embeddedSubject = (v: number, m: Mention): boolean =>
    m.first > v && verbs.some((w) => w > m.first && roleAt(w, m)?.role === "subj");
  for (const [a, b] of pairs) {
    for (const v of verbs) {
      const ra = roleAt(v, a);
      const rb = ra ? roleAt(v, b) : null;
      if (!ra || !rb) continue;
      // "X said Y fired …": an object that is the subject of a later verb heads a clause of its own.
      if (embeddedSubject(v, a) || embeddedSubject(v, b)) continue;
      const lemma = (tokens[v] as Token).lemma;
      const voice = ra.passive ? ",passive" : "";
      const kind = clauseKind(tokens, v);
      const verb = kind === "main" ? "V" : `V:${kind}`;
      return {
        shape: `${ra.role}(${verb}${voice}) + ${rb.role}(${verb})`,
        trigger: triggerClass(table, relation, lemma, "verb"),
        lemma,
      };
    }
  }
  // 3. Roles of one noun.
  for (const [a, b] of pairs) {
    for (const n of nouns) {
      const ra = nounRole(ix, n, a);
      const rb = ra ? nounRole(ix, n, b) : null;
      if (!ra || !rb) continue;
      const lemma = (tokens[n] as Token).lemma;
      return { shape: `${ra}(N) + ${rb}(N)`, trigger: triggerClass(table, relation, lemma, "noun"), lemma };
    }
  }
  // 4. "according to X", then an end of the clause.
  for (const [a, b] of pairs) {
    const speaker = tokens[a.first - 1]?.lower === "to" && tokens[a.first - 2]?.lower === "according";
    if (speaker) {
      const rb = verbs.map((v) => roleAt(v, b)).find((r) => r);
      return {
        shape: `according-to + ${rb ? `${rb.role}(claim)` : "?"}`,
        trigger: "according",
        lemma: "according",
      };
    }
  }
  // 5. A speaker (subject of a verb) and a role in a later clause of the sentence.
  for (const [a, b] of pairs) {
    for (const v of verbs) {
      const ra = roleAt(v, a);
      if (!ra) continue;
      for (const w of verbs) {
        if (w === v) continue;
        const rb = roleAt(w, b);
        if (!rb) continue;
        const lemma = (tokens[v] as Token).lemma;
        const cls = triggerClass(table, relation, lemma, "verb");
        const claim =
          relation === "assesses" &&
          ra.role === "subj" &&
          frameFor(table, "verb", lemma, "assesses")?.roles.claim;
        const between = tokens.slice(Math.min(v, w) + 1, Math.max(v, w)).map((t) => t.lower);
        const kb = clauseKind(tokens, w);
        const link = claim
          ? `speaker(${w > v ? "" : "trailing,"}said) + ${rb.role}(claim)`
          : w > v && kb === "inf"
            ? `${ra.role}(V) + ${rb.role}(to-inf)`
            : w > v && (between.includes("that") || (rb.role === "subj" && b.first > v))
              ? `${ra.role}(V) + ${rb.role}(that-clause)`
              : `other-clause ${ra.role}(${clauseKind(tokens, v)}) + ${rb.role}(${kb})`;
        return { shape: link, trigger: cls, lemma };
      }
    }
  }
  const pair = pairs[0];
  if (pair && quoted(tokens, pair[0].first) && quoted(tokens, pair[1].first))
    return { shape: "in-quote", trigger: sentenceTrigger(), lemma: "" };
  if (ix.sentence.quotedBy) return { shape: "in-quote", trigger: sentenceTrigger(), lemma: "" };
  // One end only has a role: that role and the kind of clause it stands in.
  const roleOf = (m: Mention): string | null => {
    for (const v of verbs) {
      const r = roleAt(v, m);
      if (r) return `${r.role}(${clauseKind(tokens, v)})`;
    }
    for (const n of nouns) {
      const r = nounRole(ix, n, m);
      if (r) return `${r}(N)`;
    }
    return null;
  };
  for (const [a, b] of pairs) {
    const ra = roleOf(a);
    const rb = roleOf(b);
    if (ra || rb)
      return { shape: `one-end-only ${ra ?? "-"} + ${rb ?? "-"}`, trigger: sentenceTrigger(), lemma: "" };
  }
  return { shape: "no-parse", trigger: sentenceTrigger(), lemma: "" };
}

/** The clues of a link across sentences, read in the sentence with the trigger. */
export interface CrossShape {
  /** Sentences between the two ends' nearest mentions: "d=1", "d=2", "d=3-5", "d=6+". */
  distance: string;
  /** The trigger sentence's class (as SentenceShape.trigger of the sentence's words). */
  trigger: string;
  /** The missing end is the subject (first actor phrase before a verb) of the sentence it is told in. */
  otherSubject: boolean;
  /** The trigger sentence holds a pronoun that no mention covers. */
  pronoun: boolean;
  /** The trigger sentence holds a definite description ("the deal", "the minister") that no mention covers. */
  description: boolean;
  /** The present end's role in the trigger sentence: toward its trigger verb or noun, else "?". */
  presentRole: string;
  /**
   * The missing end's role in its own sentence: toward the first verb it has a role of, with that
   * verb's class ("obj(verb)", "subj(frame-verb)", "subj(be)"), else toward a noun ("of(N)"), else "?".
   */
  missingRole: string;
}

/** The distance bucket of `d` sentences. */
export function distanceBucket(d: number): string {
  return d <= 2 ? `d=${d}` : d <= 5 ? "d=3-5" : "d=6+";
}

/** The frame triggers of `relation` in a sentence: token index, pos and lemma of each, in order. */
export function frameTriggersIn(
  ix: SentenceIndex,
  relation: RelationType,
  table: FrameTable,
): { k: number; pos: "verb" | "noun"; lemma: string }[] {
  const out: { k: number; pos: "verb" | "noun"; lemma: string }[] = [];
  const tokens = ix.sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB" && triggerClass(table, relation, t.lemma, "verb").startsWith("frame"))
      out.push({ k, pos: "verb", lemma: t.lemma });
    if (t.pos === "NOUN" && triggerClass(table, relation, t.lemma, "noun").startsWith("frame"))
      out.push({ k, pos: "noun", lemma: t.lemma });
  }
  return out;
}

/** The role of one of `ms` toward the first verb (then noun) of its sentence it has a role of, with the word's class. */
function roleInSentence(
  ix: SentenceIndex,
  ms: readonly Mention[],
  relation: RelationType,
  table: FrameTable,
): string {
  const tokens = ix.sentence.tokens;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.pos !== "VERB" && !(t.pos === "AUX" && t.lemma === "be")) continue;
    for (const m of ms) {
      const r = verbRole(ix, v, m);
      if (!r) continue;
      const cls = t.lemma === "be" ? "be" : triggerClass(table, relation, t.lemma, "verb");
      return `${r.role}(${cls})`;
    }
  }
  for (let n = 0; n < tokens.length; n++) {
    if (tokens[n]?.pos !== "NOUN") continue;
    for (const m of ms) {
      const r = nounRole(ix, n, m);
      if (r) return `${r}(${triggerClass(table, relation, (tokens[n] as Token).lemma, "noun")})`;
    }
  }
  return "?";
}

/** The subject of the first verb of a sentence, as the mentions its phrase covers. */
export function firstSubject(ix: SentenceIndex): Mention[] {
  const tokens = ix.sentence.tokens;
  const v = tokens.findIndex((t) => t.pos === "VERB");
  if (v < 0) return [];
  const s = subjectBefore(ix, v);
  const found = ix.mentions.filter((m) => covers(s.chunk, m) || s.heads.some((h) => h.mention === m));
  if (found.length > 0) return found;
  // A weapon is no actor phrase: "The IRIS-T systems arrive": the last mention before the verb, nouns between.
  const before = ix.mentions.filter(
    (m) => m.last <= v && tokens.slice(m.last, v).every((t) => /^(?:NOUN|ADJ|ADV|AUX|PART)$/u.test(t.pos)),
  );
  return before.slice(-1);
}

/**
 * Clues of a cross-sentence link: `trigger` is the sentence with the present end (`present`, its
 * mentions) and `other` the sentence that tells the missing end; `missing` tells whether a mention is it.
 */
export function classifyAcross(
  trigger: SentenceIndex,
  other: SentenceIndex | null,
  present: readonly Mention[],
  missing: (m: Mention) => boolean,
  distance: number,
  relation: RelationType,
  table: FrameTable,
): CrossShape {
  const tokens = trigger.sentence.tokens;
  const uncovered = (k: number): boolean => !trigger.cover[k];
  const pronoun = tokens.some((t, k) => PRONOUNS.has(t.lower) && uncovered(k));
  const description = tokens.some(
    (t, k) =>
      DEFINITE.has(t.lower) &&
      uncovered(k + 1) &&
      (tokens[k + 1]?.pos === "NOUN" || (tokens[k + 1]?.pos === "ADJ" && tokens[k + 2]?.pos === "NOUN")),
  );
  const otherSubject = other !== null && firstSubject(other).some(missing);
  const found = frameTriggersIn(trigger, relation, table);
  let presentRole = "?";
  for (const f of found) {
    for (const m of present) {
      const r = f.pos === "verb" ? verbRole(trigger, f.k, m)?.role : nounRole(trigger, f.k, m);
      if (r) {
        presentRole = `${r}(${f.pos === "verb" ? "V" : "N"})`;
        break;
      }
    }
    if (presentRole !== "?") break;
  }
  return {
    distance: distanceBucket(distance),
    trigger: found[0] ? `frame-${found[0].pos}` : "none",
    missingRole: other ? roleInSentence(other, other.mentions.filter(missing), relation, table) : "?",
    otherSubject,
    pronoun,
    description,
    presentRole,
  };
}
