/**
 * Places named in a list beside a known place: "the coasts of Aden, Hodidah, Saleef Makha and
 * Shagrah", "Sangley Point, Cavite", "Grindavík and the Keflavík Air Base", "the Tigray and
 * Benishangul regions". In a list of names joined by commas, "and" or "or", where every member that
 * a rule typed is a place (a Location, never a country: "Russia and Wagner" joins two actors), the
 * unknown members are places too. Two names joined by a comma alone are read only where the second
 * closes its phrase ("Strokestown, Co Roscommon.", "Mbuya in Kampala"): "in Algiers, Lamamra said"
 * and "in Baku, Azernews reports" set a speaker or a source after a place. A last unknown member
 * right before a verb of speech or of reporting is that verb's subject, the "and" joining two clauses
 * ("Drones struck Odesa and Energatom said power was cut", "Kharkiv and Ukrenergo reported outages"):
 * no place; unless the list is a preposition's object in the subject's phrase, before any verb
 * ("Officials in Odesa and Izmail reported damage": the officials report).
 */
import type { EntityType } from "../model/ontology.ts";
import type { Token } from "./types.ts";

/** One member of a list: a typed mention's span, or an unknown run of capitalised words. */
export interface PlaceListMember {
  first: number;
  last: number;
  /** The type of the member's mention; undefined for an unknown run. */
  type: EntityType | undefined;
}

/** The word lists a list of places is read with (lexicon stage words). */
export interface PlaceListWords {
  /** Written forms of verbs of speech ("said", "told": nameSpeechVerbs). */
  speechVerbs: ReadonlySet<string>;
  /** Written forms of verbs of reporting that do the same after a list ("reported": placeListClauseVerbs). */
  clauseVerbs: ReadonlySet<string>;
  /** Lower-case words that open a new phrase after a comma that closes a list ("…, Cavite, in an occasion"). */
  openers: ReadonlySet<string>;
  /** Words that may follow a list of two names joined by a comma alone: the phrase ends there. */
  ends: ReadonlySet<string>;
}

/** The possessive endings the tokenizer splits off. */
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"]);

/**
 * The spans [first, last) of the unknown members of every list of places in `tokens`. `memberAt`
 * gives the member that starts at a token (a mention or an unknown run), or null; the article "the"
 * may open a member after a joiner ("Grindavík and the Keflavík Air Base"). `words` are the lexicon's
 * word lists it reads (PlaceListWords).
 */
export function listedPlaceSpans(
  tokens: readonly Token[],
  memberAt: (k: number) => PlaceListMember | null,
  words: PlaceListWords,
): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    let member = memberAt(i);
    if (!member) {
      i++;
      continue;
    }
    const members: PlaceListMember[] = [];
    let k = i;
    let joinedByWord = false;
    while (member) {
      members.push(member);
      k = member.last;
      if (tokens[k]?.text === "," && isJoinWord(tokens[k + 1])) {
        k += 2;
        joinedByWord = true;
      } else if (isJoinWord(tokens[k])) {
        k += 1;
        joinedByWord = true;
      } else if (tokens[k]?.text === ",") k += 1;
      else break;
      if (tokens[k]?.lower === "the") k++;
      member = memberAt(k);
    }
    const end = (members[members.length - 1] as PlaceListMember).last;
    if (placeList(tokens, members, joinedByWord, end, words))
      for (const m of members) if (m.type === undefined) spans.push([m.first, m.last]);
    i = Math.max(end, i + 1);
  }
  return spans;
}

/**
 * True when the list opening at `first` is the object of a preposition before any verb of the
 * sentence ("Officials in Odesa and Izmail reported damage"): it stands in the subject's phrase, so
 * the verb after it is the subject's, and its last member no verb's subject.
 */
function subjectPhraseList(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.pos !== "ADP") return false;
  for (let k = 0; k < first - 1; k++) {
    const pos = (tokens[k] as Token).pos;
    if (pos === "VERB" || pos === "AUX") return false;
  }
  return true;
}

/** True when `t` joins two members of a list ("and", "or"). */
function isJoinWord(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "and" || t.lower === "or");
}

/**
 * True when a list's typed members are all places and some member is unknown; two members joined by
 * a comma alone must close their phrase (`words` openers and ends); an unknown last member must not
 * be followed by a verb of speech (`words` speechVerbs).
 */
function placeList(
  tokens: readonly Token[],
  members: readonly PlaceListMember[],
  joinedByWord: boolean,
  end: number,
  words: PlaceListWords,
): boolean {
  if (members.length < 2) return false;
  // "Drones struck Odesa and Energatom said …": the "and" joins two clauses, the name speaks;
  // "Kharkiv and Ukrenergo reported outages": the name reports.
  const after = tokens[end]?.lower ?? "";
  if (
    members[members.length - 1]?.type === undefined &&
    (words.speechVerbs.has(after) || words.clauseVerbs.has(after)) &&
    !subjectPhraseList(tokens, (members[0] as PlaceListMember).first)
  )
    return false;
  if (!members.some((m) => m.type === "Location")) return false;
  if (!members.every((m) => m.type === undefined || m.type === "Location")) return false;
  if (!members.some((m) => m.type === undefined)) return false;
  // "Kharkiv and Zelensky's office": a possessive after the list owns something; a person's, mostly.
  if (POSSESSIVES.has(tokens[end]?.text ?? "")) return false;
  if (joinedByWord || members.length > 2) return true;
  const next = tokens[end];
  if (next === undefined) return true;
  // "in Baku, Azernews, reports": a comma, then a verb, sets the name off as the verb's subject;
  // "Sangley Point, Cavite, in an occasion": a comma before a function word closes the phrase.
  if (next.text === ",") {
    const after = tokens[end + 1];
    return after === undefined || !/^\p{Ll}/u.test(after.text) || words.openers.has(after.lower);
  }
  return words.ends.has(next.lower);
}
