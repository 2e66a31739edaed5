/**
 * Resolution of organizations known by description: "Ukraine's military intelligence agency"
 * and "the Polish navy" become Organization mentions (named after a known body when the lexicon
 * has one); a later "the agency" refers back to the last organization it fits; "X, known as Y"
 * makes Y another name of X; and "X said it …" makes "it" the speaker.
 */
import {
  ALIAS_CUES,
  ORG_ANAPHORS,
  ORG_DESCRIPTIONS,
  ORG_DESCRIPTION_NAMES,
  SERVICE_MEMBER_NOUNS,
  SPEAKER_VERBS,
} from "./lexicon/descriptions.ts";
import { BARE_SERVICES } from "./lexicon/organizations.ts";
import { ASSESS_VERBS } from "./lexicon/triggers.ts";
import { gazetteerOf } from "./gazetteer.ts";
import { insertionStart } from "./insertions.ts";
import { makeMention } from "./make-mention.ts";
import { byFirst, concatLists, inOrder } from "./lists.ts";
import { timeAdverbialStart } from "./time-adverbials.ts";
import type { DocState, Mention, Sentence, Token } from "./types.ts";
import { lowerWordsAt, textWordsAt } from "./word-runs.ts";
import { CLAUSE_END_MARK, WORDS, isCapitalised, isTitleWord, VERB_GROUP_FILLER } from "./words.ts";

const DESCRIPTIONS = ORG_DESCRIPTIONS.map((d) => d.split(" ")).sort((a, b) => b.length - a.length);
const NAMED = new Map(
  ORG_DESCRIPTION_NAMES.map((row) => {
    const [country = "", description = "", name = ""] = row.split("|");
    return [`${country}|${description}`, name] as const;
  }),
);
const ANAPHORS = new Map(
  ORG_ANAPHORS.map((row) => {
    const [noun = "", heads = ""] = row.split("|");
    return [noun, new Set(heads.split(","))] as const;
  }),
);
const ALIASES = ALIAS_CUES.map((c) => c.split(" ")).sort((a, b) => b.length - a.length);
/** Verbs after which "it"/"they" is the speaker: statements, and denials ("denied that it had …"). */
const SAY = new Set([...ASSESS_VERBS, ...SPEAKER_VERBS]);
/** How many sentences back "the agency" may look for its organization. */
const ANAPHOR_REACH = 4;

/** Rule of mentions of organizations known only by description ("Taiwan's defence ministry"). */
export const DESCRIPTION_RULE = "org-description";
/** Rule of described organizations the lexicon names ("Ukraine's military intelligence" → GUR). */
export const NAMED_DESCRIPTION_RULE = "org-description-named";
const DESCRIBED = new Set([DESCRIPTION_RULE, NAMED_DESCRIPTION_RULE, "org-anaphor"]);

function titleCase(words: string[]): string {
  return words.map((w) => (w === "of" ? w : `${w[0]?.toUpperCase() ?? ""}${w.slice(1)}`)).join(" ");
}

function coveredTokens(sentence: Sentence, list: Mention[]): Uint8Array {
  const covered = new Uint8Array(sentence.tokens.length);
  for (const m of list) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  return covered;
}

/** Armed services among the descriptions (lexicon organizations.json bareServices). */
const SERVICE_DESCRIPTIONS = new Set(BARE_SERVICES);
/** Plural nouns of a service's members ("pilots", "sailors"; lexicon descriptions.json serviceMembers). */
const SERVICE_MEMBERS = new Set(SERVICE_MEMBER_NOUNS);

/** Length in tokens of the longest description starting at token `k`, or 0. */
function descriptionAt(tokens: Token[], k: number): string[] | null {
  for (const words of DESCRIPTIONS) {
    // Not read past the end: that throws optimised code away.
    if (k + words.length <= tokens.length && textWordsAt(tokens, k, words)) return words;
  }
  return null;
}

/**
 * "Ukraine's military intelligence agency", "the Polish navy": a lower-case description right
 * after a country's possessive or demonym is an organization of that country, unless a title or
 * noun follows ("Ukraine's military intelligence chief" is a person's title).
 */
export function describeOrganizations(state: DocState): void {
  const demonyms = gazetteerOf(state.options.lexicon).demonyms;
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    const covered = coveredTokens(sentence, list);
    for (const owner of [...list]) {
      if (owner.type !== "Country") continue;
      const possessive = tokens[owner.last]?.key === "'s";
      if (!possessive && owner.kind !== "demonym") continue;
      const start = possessive ? owner.last + 1 : owner.last;
      const words = descriptionAt(tokens, start);
      if (!words) continue;
      const end = start + words.length;
      let span = false;
      for (let k = start; k < end; k++) if (covered[k]) span = true;
      const next = tokens[end];
      // "Sudan's army-backed government": a description glued by a hyphen to the word after it is
      // a modifier of what follows, not a body.
      const glued = next?.text === "-" && !next.space;
      // "Venezuelan air force pilots": a service's members after it leave the service named.
      const members =
        next !== undefined && SERVICE_MEMBERS.has(next.lower) && SERVICE_DESCRIPTIONS.has(words.join(" "));
      if (
        span ||
        glued ||
        (next &&
          !members &&
          (isTitleWord(next.lower) ||
            WORDS.unnamed.has(next.lower) ||
            next.pos === "PROPN" ||
            isCapitalised(next.text)))
      )
        continue;
      const description = words.join(" ");
      const demonym = owner.kind === "demonym" ? owner.text : (demonyms.get(owner.name) ?? owner.name);
      const known = NAMED.get(`${owner.name}|${description}`);
      const name = known ?? `${demonym} ${titleCase(words)}`;
      const rule = known ? NAMED_DESCRIPTION_RULE : DESCRIPTION_RULE;
      const m = makeMention(sentence, start, end, name, "Organization", "name", rule);
      m.country = owner.name;
      // "Algeria's foreign ministry": the spelling with its possessor is printed; stage 6 names the
      // body by it where no sentence prints the rebuilt name ("Algerian Foreign Ministry").
      if (possessive && !known)
        m.spelled = sentence.text.slice(owner.start - sentence.start, m.end - sentence.start);
      list.push(m);
      for (let k = start; k < end; k++) covered[k] = 1;
    }
  }
}

/**
 * The organization names a definite description's noun fits ("agency" → "… Agency", "GUR"): by
 * the name's head, its last word or the word before its first "of" or "for" ("the ministry" →
 * "Ministry of Defence"); a word before the head only qualifies the body ("the military" is not the
 * "Nigerian Army School of Infantry", nor "the army" the "Indian Army Aviation Corps").
 */
function fits(noun: string, m: Mention): boolean {
  const heads = ANAPHORS.get(noun);
  if (!heads || m.type !== "Organization") return false;
  const words = m.name.toLowerCase().split(/\s+/u);
  const of = words.findIndex((w, k) => k > 0 && (w === "of" || w === "for"));
  const head = [words[words.length - 1] ?? "", of > 0 ? (words[of - 1] ?? "") : ""];
  return head.some((w) => heads.has(w)) || heads.has(m.text.toLowerCase());
}

/**
 * "the agency", "the ministry", "the coast guard": a definite description refers back to the
 * most recent organization it fits within a few sentences (not to one in its own sentence).
 */
export function resolveOrganizationAnaphors(state: DocState): void {
  const recent: Mention[] = [];
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    const covered = coveredTokens(sentence, list);
    const added: Mention[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if ((tokens[i] as Token).lower !== "the" || covered[i + 1]) continue;
      const two = `${tokens[i + 1]?.lower ?? ""} ${tokens[i + 2]?.lower ?? ""}`;
      const noun = ANAPHORS.has(two) ? two : (tokens[i + 1] as Token).lower;
      if (!ANAPHORS.has(noun)) continue;
      const end = i + 1 + noun.split(" ").length;
      const next = tokens[end];
      // "the navy of X", "the navy under the PLA Eastern Theater Command": a body its phrase names
      // the owner of is that owner's, not one told before. "the army's Logistic Brigade": a
      // possessive before a name still refers back.
      if (
        next &&
        (next.lower === "of" ||
          next.lower === "under" ||
          next.pos === "NOUN" ||
          next.pos === "PROPN" ||
          (next.key === "'s" && !isCapitalised(tokens[end + 1]?.text ?? "")))
      )
        continue;
      let antecedent: Mention | undefined;
      for (let r = recent.length - 1; r >= 0; r--) {
        const m = recent[r] as Mention;
        if (sentence.index - m.sentence > ANAPHOR_REACH) break;
        if (fits(noun, m)) {
          antecedent = m;
          break;
        }
      }
      if (!antecedent) continue;
      const m = makeMention(sentence, i, end, antecedent.name, "Organization", "role", "org-anaphor");
      if (antecedent.country !== undefined) m.country = antecedent.country;
      m.rule = antecedent.rule === DESCRIPTION_RULE ? DESCRIPTION_RULE : "org-anaphor";
      added.push(m);
      i = end - 1;
    }
    list.push(...added);
    for (const m of inOrder(list, byFirst) ? list : [...list].sort(byFirst))
      if (m.type === "Organization" && m.sentence === sentence.index) recent.push(m);
  }
}

/**
 * "The agency, known as the GUR, said": the name after "known as" (or "also called") is the
 * same organization. A described organization takes the known name everywhere in the document;
 * otherwise the later name becomes an alias of the first.
 */
export function resolveAliasCues(state: DocState): void {
  const rename = new Map<string, string>();
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    for (const x of list) {
      if (x.type !== "Organization" || tokens[x.last]?.text !== ",") continue;
      const cue = ALIASES.find((words) => lowerWordsAt(tokens, x.last + 1, words));
      if (!cue) continue;
      let k = x.last + 1 + cue.length;
      if (tokens[k]?.lower === "the") k++;
      const y = list.find((m) => m.first === k);
      if (y && y.type === "Organization") {
        if (DESCRIBED.has(x.rule)) rename.set(x.name, y.name);
        else y.name = x.name;
        continue;
      }
      // An unknown name ("known as Aman,"): one to three capitalised words, then a comma or the end.
      let end = k;
      while (end < k + 3 && isCapitalised(tokens[end]?.text ?? "") && !y) end++;
      const after = tokens[end]?.text ?? ".";
      if (!y && end > k && CLAUSE_END_MARK.test(after))
        list.push(makeMention(sentence, k, end, x.name, "Organization", "acronym", "alias-cue"));
    }
  }
  if (rename.size === 0) return;
  for (const m of concatLists(state.mentions)) {
    const to = rename.get(m.name);
    if (to !== undefined) m.name = to;
  }
}

/** Punctuation between a quotation and its speaker. */
const SPEECH_BREAK = /^[,;:.“”"]$/u;

/**
 * "The ministry said it had sent …", "Russia says they will respond": "it" or "they" right after
 * a statement verb (and "that") is the organization or country that spoke.
 */
export function resolveSpeakerPronouns(state: DocState): void {
  for (const sentence of state.sentences) {
    const list = state.mentions[sentence.index] as Mention[];
    const tokens = sentence.tokens;
    const added: Mention[] = [];
    tokens.forEach((t, i) => {
      if (t.lower !== "it" && t.lower !== "they") return;
      // The statement verb may be separated by "that" and a time phrase ("said last week that it").
      let v = i - 1;
      while (
        v >= 0 &&
        v > i - 6 &&
        (tokens[v] as Token).pos !== "VERB" &&
        !SPEECH_BREAK.test((tokens[v] as Token).text)
      )
        v--;
      const verb = tokens[v];
      if (!verb || verb.pos !== "VERB" || !SAY.has(verb.lemma)) return;
      let s = v - 1;
      while (s >= 0 && VERB_GROUP_FILLER.test((tokens[s] as Token).pos)) s--;
      // "Hamas (which …) denied that it": past an insertion to the speaker.
      const open = insertionStart(tokens, s);
      if (open > 0) s = open - 1;
      // "Norway on Monday said it …": past a time adverbial to the speaker.
      const time = s >= 0 && !list.some((m) => m.last === s + 1) ? timeAdverbialStart(tokens, s) : -1;
      if (time > 0) s = time - 1;
      const speaker = list
        .filter((m) => m.last === s + 1 && (m.type === "Organization" || m.type === "Country"))
        .sort((a, b) => b.last - b.first - (a.last - a.first))[0];
      if (!speaker) return;
      const m = makeMention(sentence, i, i + 1, speaker.name, speaker.type, "pronoun", "speaker-pronoun");
      if (speaker.country !== undefined) m.country = speaker.country;
      added.push(m);
    });
    list.push(...added);
  }
}
