/**
 * Companions: the people a sentence tells were with a named person, by a participle of company
 * ("Accompanied by Y, X inspected …", "X, accompanied by Y, met …", "X was accompanied by Y").
 * Only asserted sentences, named people on both ends. Read by meeting-events.ts, which joins them
 * to the host's side of a meeting.
 */
import type { SentenceIndex } from "../chunks.ts";
import { modalityOf, subjectBefore } from "../clause.ts";
import { RELATIVE_PRONOUNS } from "../lexicon/grammar.ts";
import type { Token } from "../types.ts";
import { isVerbOrAux } from "../words.ts";
import { BE_FORMS, namedPeople } from "./shared.ts";

/** How many title words may stand before a host's name after the by-phrase ("Lithuanian Foreign Minister X"). */
const HOST_TITLE_WORDS = 6;
/** Tags of a title before a name. */
const TITLE_TAGS = /^(?:PROPN|ADJ|NOUN)$/u;
/** Relative pronouns that end a passive's by-phrase ("accompanied by X, who said ..."). */
const RELATIVES = new Set(RELATIVE_PRONOUNS);
/** Tags of a main clause's verb group. */
const VERB_NEXT = /^(?:VERB|AUX|ADV)$/u;
/** Marks that end a companion's by-phrase ("accompanied by A; B"). */
const BY_PHRASE_BREAK = /^[.;:]$/u;

/** A person and the people a companion participle says were with them ("X, accompanied by Y and Z, ..."). */
export interface Company {
  host: string;
  companions: string[];
  at: number;
}

/**
 * The companions a sentence tells: "Accompanied by Y, X inspected ...", "During a visit to ...,
 * accompanied by Y, X slammed ...", "X, accompanied by Y, met ...", "X was accompanied by Y".
 * Only asserted sentences, named people on both ends. `participles` are the participles of company
 * ("accompanied", "joined": meet-words.json companionParticiples).
 */
export function companions(ix: SentenceIndex, participles: ReadonlySet<string>): Company[] {
  const tokens = ix.sentence.tokens;
  const out: Company[] = [];
  if (
    modalityOf(
      tokens.map((w) => w.lower),
      ix.modalityCues,
    ) !== "asserted"
  )
    return out;
  for (let t = 0; t < tokens.length; t++) {
    if (!participles.has((tokens[t] as Token).lower) || tokens[t + 1]?.lower !== "by") continue;
    const passive = BE_FORMS.has(tokens[t - 1]?.lower ?? "") || tokens[t - 2]?.lower === "also";
    const end = passive ? clauseEnd(tokens, t + 2) : byPhraseEnd(tokens, t + 2);
    const withHost = ix.mentions.filter((m) => m.first > t + 1 && m.last <= end && m.type === "Person");
    const names = [...new Set(withHost.map((m) => m.name))];
    const host = hostOf(ix, t, end);
    if (host && names.length > 0) out.push({ host, companions: names.filter((n) => n !== host), at: t });
  }
  return out;
}

/**
 * One past a passive's by-phrase, which ends its clause ("X was accompanied by A, [title]; B,
 * [title]; and C."): the next verb, relative pronoun or stop.
 */
function clauseEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || w.text === "." || RELATIVES.has(w.lower)) return k;
  }
  return tokens.length;
}

/**
 * One past a companion's by-phrase: the last comma before the next verb ("accompanied by A, B and
 * C, X inspected": the comma after C), or the verb or stop that ends the clause.
 */
function byPhraseEnd(tokens: Token[], from: number): number {
  let comma = -1;
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (isVerbOrAux(w) || BY_PHRASE_BREAK.test(w.text)) return comma >= 0 ? comma : k;
    if (w.text === ",") comma = k;
  }
  return comma >= 0 ? comma : tokens.length;
}

/** The person a companion participle at `t` describes, its by-phrase ending at `end`, or null. */
function hostOf(ix: SentenceIndex, t: number, end: number): string | null {
  const tokens = ix.sentence.tokens;
  // "X was accompanied by Y": the passive's subject.
  if (BE_FORMS.has(tokens[t - 1]?.lower ?? "") || tokens[t - 2]?.lower === "also") {
    const subject = namedPeople(subjectBefore(ix, t).heads);
    return subject.length === 1 ? (subject[0] as string) : null;
  }
  if (t > 0 && tokens[t - 1]?.text !== ",") return null;
  // "X, accompanied by Y, met ...": the person right before the comma.
  const before = ix.mentions.find((m) => m.last === t - 1 && m.type === "Person");
  if (before) return before.name;
  // "Accompanied by Y, X inspected ...", "During a visit ..., accompanied by Y, X slammed ...":
  // the main clause's subject, a person right after the by-phrase's comma, then a verb.
  // A title may stand before the name ("Lithuanian Foreign Minister X"), no verb or comma.
  if (tokens[end]?.text !== ",") return null;
  const after = ix.mentions.find(
    (m) => m.first > end && m.first <= end + 1 + HOST_TITLE_WORDS && m.type === "Person",
  );
  if (!after || !VERB_NEXT.test(tokens[after.last]?.pos ?? "")) return null;
  for (let k = end + 1; k < after.first; k++) if (!TITLE_TAGS.test((tokens[k] as Token).pos)) return null;
  return after.name;
}
