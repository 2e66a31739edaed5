/**
 * Title phrases for the affiliation rules: the span of a title phrase from a token ("Russia's
 * foreign minister", "the Iranian envoy", "a spokesperson for the Pentagon", "head of the NIS") and
 * the country or organization it names, with the title words, portfolios and postings it reads past.
 */
import { type SentenceIndex, actorOf } from "../chunks.ts";
import type { Mention, Token } from "../types.ts";
import { BODY_LEAD_HEADS, PORTFOLIO_NOUNS } from "../lexicon/titles.ts";
import { WORDS, acronymInBrackets, isCapitalised, isRankToken, isTitleWord } from "../words.ts";
import { mentionsIn } from "../clause.ts";
import { POSSESSIVE_ENDING, UPPER_FIRST } from "../letters.ts";
import { blocPostingCountry } from "../bloc-postings.ts";
import {
  bodyAt,
  bodyMentionAt,
  seatBody,
  unitAtBody,
  isStaff,
  staffAfter,
  parentAfterOf,
  titleAcronym,
} from "./body-mentions.ts";

/**
 * The country or organization a title phrase starting at token `k` names: "Russia's foreign
 * minister", "the Iranian envoy", "a spokesperson for the Pentagon", "head of the NIS".
 */
export function titlePhraseTarget(ix: SentenceIndex, k: number): { name: string; trigger: string } | null {
  return titlePhraseSpan(ix, k);
}

const BODY_LEADS = new Set(BODY_LEAD_HEADS);

/**
 * True when an honorary mark (stage words honoraryTitleMarks) stands right before token `k` or
 * among the title words [k, j) of a title that is no posting ("honorary General of the Nepali
 * Army"; "honorary consul" is a posting).
 */
function honoraryTitle(ix: SentenceIndex, k: number, j: number, title: string): boolean {
  if (WORDS.postingTitles.has(title.toLowerCase())) return false;
  const tokens = ix.sentence.tokens;
  const marks = ix.words.honoraryTitleMarks;
  for (let w = Math.max(0, k - 1); w < j; w++) if (marks.has((tokens[w] as Token).lower)) return true;
  return false;
}

/** True when a token is a capitalised head that may run straight into its body's name ("Chairman", "Commander"). */
function leadsBody(t: Token | undefined): boolean {
  return !!t && BODY_LEADS.has(t.lower) && UPPER_FIRST.test(t.text);
}

/** True when token `k` is the apostrophe of a plural's possessive ("the Armed Forces' Chief"). */
export function pluralPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && /^['’]$/u.test(t.text) && t.pos === "PART" && /s$/u.test(tokens[k - 1]?.text ?? "");
}

/** True when a token's last hyphened part is a title head ("President", "vice-chairman"). */
export function isHyphenedHead(lower: string): boolean {
  return WORDS.titleHeads.has(lower.slice(lower.lastIndexOf("-") + 1));
}

/**
 * True when title words no mention covers run from `k` to a title head within a few tokens
 * ("CEO", "Supreme Commander", "Defence Minister").
 */
function titleWordsToHead(ix: SentenceIndex, k: number): boolean {
  const tokens = ix.sentence.tokens;
  for (let w = k; w < k + CHAIN_REACH && !ix.cover[w]; w++) {
    const lower = tokens[w]?.lower ?? "";
    if (!isTitleToken(lower)) return false;
    if (isHyphenedHead(lower)) return true;
  }
  return false;
}

/** A title word, or title words joined by hyphens in one token ("vice-chairman", "commander-in-chief"). */
export function isTitleToken(lower: string): boolean {
  return (
    isTitleWord(lower) || (lower.includes("-") && lower.split("-").every((w) => w === "in" || isTitleWord(w)))
  );
}

/** True when a token is a title modifier and no title head ("Extraordinary", not "Minister"). */
function modifierOnly(t: Token | undefined): boolean {
  return !!t && WORDS.titleModifiers.has(t.lower) && !WORDS.titleHeads.has(t.lower);
}

/** True when "in charge of" stands at `k`. */
function inChargeOf(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === "in" && tokens[k + 1]?.lower === "charge" && tokens[k + 2]?.lower === "of";
}

/** Most lower-case nouns before a title's head ("chief operations officer"). */
const OFFICE_NOUN_REACH = 2;

/** True when a lower-case common noun no mention covers stands at `k` ("operations", "press"). */
function officeNoun(ix: SentenceIndex, k: number): boolean {
  const t = ix.sentence.tokens[k];
  return t !== undefined && !ix.cover[k] && t.pos === "NOUN" && LOWER_WORD.test(t.text);
}

/**
 * "director of operations of X", "head of logistics at Y", "deputy commander of the navy under Z": a
 * plural or mass noun right after a title's "of" (see officeNoun) that "of", "in", "at" or "under"
 * follows, the office's field.
 */
function officeFieldNoun(ix: SentenceIndex, k: number): boolean {
  return officeNoun(ix, k) && FIELD_BODY_WORDS.test(ix.sentence.tokens[k + 1]?.lower ?? "");
}

/** What may follow an office's field before the body that holds it ("of", "in", "at", "under"). */
const FIELD_BODY_WORDS = /^(?:of|in|at|under)$/u;

const PORTFOLIO_FIELDS = new Set(PORTFOLIO_NOUNS);

/**
 * "Director of Planning of X", "Chief of Operations at Y": a portfolio's field (lexicon
 * portfolioNouns) no mention covers, capitalised, right after a title's "of", that "of", "in" or
 * "at" follows.
 */
function portfolioField(ix: SentenceIndex, k: number): boolean {
  const t = ix.sentence.tokens[k];
  return (
    t !== undefined &&
    !ix.cover[k] &&
    isCapitalised(t.text) &&
    PORTFOLIO_FIELDS.has(t.lower) &&
    OF_IN_AT.test(ix.sentence.tokens[k + 1]?.lower ?? "")
  );
}

/** Most lower-case adjectives between a possessive owner and its title ("Israel's new defense minister"). */
const OWNER_ADJECTIVE_REACH = 2;

/** Longest run of title or capitalised words between two prepositions ("of the General Staff of"). */
const CHAIN_REACH = 4;
/** Articles, "'s" and possessive pronouns before a title. */
const DETERMINER_WORDS = /^(?:the|a|an|'s|’s|its|their)$/u;

/** A lower-case word, maybe hyphenated. */
export const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** A lower-case adverb in "-ly" ("freely", "democratically", "newly"). */
const LY_ADVERB = /^\p{Ll}+ly$/u;

/** "and" or "&". */
export const AND_WORD = /^(?:and|&)$/u;

/** "of" or "in". */
const OF_IN = /^(?:of|in)$/u;

/** "of", "in" or "at": what may follow the region an office covers ("for Europe in the …"). */
const OF_IN_AT = /^(?:of|in|at)$/u;

/** Prepositions between a title and its body. */
const TITLE_PREPOSITIONS = /^(?:of|for|at|to)$/u;

/** An article. */
export const ARTICLE = /^(?:the|a|an)$/u;

/**
 * A title phrase from token `k` with the country or organization it names and the index after
 * it: "the Indian Ambassador to the country", "chief of naval staff of the Bangladesh Navy",
 * "adviser to the President of Azerbaijan" (a title or office "of" a body names that body).
 */
export function titlePhraseSpan(
  ix: SentenceIndex,
  k: number,
): {
  name: string;
  trigger: string;
  end: number;
  country?: string | undefined;
  parent?: string | undefined;
} | null {
  const tokens = ix.sentence.tokens;
  const words = titleWordsFrom(ix, k);
  if (!words?.title) return null;
  const { title } = words;
  let { j, target } = words;
  // "Russia's UN ambassador", "the Israeli UN envoy": a bloc after a country, in an envoy's title,
  // is where the country sends the person; the country is whom the person serves (bloc-postings.ts).
  const sender = blocPostingCountry(ix.words, words.before, target, title);
  if (sender) target = sender;
  if (honoraryTitle(ix, k, j, title)) return null;
  let staffService: Mention | null = null;
  // The body whose possessive names the office's body ("the EU's Foreign Affairs Service").
  let owner: Mention | null = null;
  // The country whose possessive names the office's body ("of Pakistan's ISPR").
  let possessorCountry: string | undefined;
  // The country or body named before the title ("the German Minister"), if any.
  const leading = target;
  // "Ambassador to Kenya", "Special Envoy for Syria": the place a posting title is "to", or the
  // country it is "for", is where the person serves, not whom.
  const posting = WORDS.postingTitles.has(title.toLowerCase());
  if (!target && posting && (tokens[j]?.lower === "to" || countryFor(ix, j))) return null;
  // "Director General for Europe in the EU's Foreign Affairs Service": the region an office covers,
  // after "for", stands between the title and the body that holds the office.
  const region = !target && tokens[j]?.lower === "for" ? ix.cover[j + 1] : null;
  if (
    region?.first === j + 1 &&
    region.type === "Location" &&
    OF_IN_AT.test(tokens[region.last]?.lower ?? "")
  )
    j = region.last;
  // "a vice chairperson on the Defence Committee": a seat held on a body.
  const seat = !target ? seatBody(ix, j) : null;
  // "the Norwegian State Secretary in the Ministry of Foreign Affairs": a body the office is held
  // in (never a place, nor a body an envoy is posted "in": "the Swedish Ambassador in the AU").
  const leadingCountry = target?.type === "Country" ? actorOf(target).name : undefined;
  // "the Mongolian President and Commander-in-Chief of the Armed Forces X": after a country's
  // title, a body "of" which the office is.
  // "US Chargé d'Affaires at the United States Embassy in Nassau", "the Indian Defence Attaché at
  // the Indian High Commission": a body of the title's own country the office is held at (or, for
  // a posting, in).
  const own = ownBodyAt(ix, j, leadingCountry, posting);
  const within = own ?? (posting ? null : (bodyIn(ix, j) ?? (leadingCountry ? bodyOf(ix, j) : null)));
  if (seat) {
    target = seat;
    j = seat.last;
  } else if (within && (!target || leadingCountry)) {
    target = within;
    j = within.last;
    // "in the European Union's Foreign Affairs Service": the body in the possessive's, which the
    // office serves with its owner.
    const owned = POSSESSIVE_ENDING.test(tokens[j]?.lower ?? "") ? ix.cover[j + 1] : null;
    if (owned?.first === j + 1 && owned.type === "Organization" && !leadingCountry) {
      owner = within;
      target = owned;
      j = owned.last;
    }
  } else if (!target && (TITLE_PREPOSITIONS.test(tokens[j]?.lower ?? "") || inChargeOf(tokens, j))) {
    // "the Minister Delegate in charge of National Defense Administration": "in charge of" is the
    // office's "of".
    j += inChargeOf(tokens, j) ? 3 : 1;
    while (ARTICLE.test(tokens[j]?.lower ?? "") && !ix.cover[j]) j++;
    // "head of the China and Global Security Project at the SIPRI": a unit, then the body it is at.
    // (A unit at a name no body's mention covers ties the holder to nothing, not to the unit's field.)
    const unitBody = unitAtBody(ix, j, title);
    if (unitBody) j = unitBody.first;
    let m = unitBody === undefined ? bodyMentionAt(ix, j) : unitBody;
    // "chief of naval staff of the Bangladesh Navy", "adviser to the President of Azerbaijan":
    // an office named by title words, then "of" the body it belongs to.
    if (!m) {
      const office = officeBodyAfter(ix, j);
      if (office) {
        j = office.first;
        m = office;
      }
    }
    if (m && m.first >= j && m.type !== "Person" && m.type !== "WeaponSystem") {
      target = m;
      j = m.last;
      // "Chief of the Kyrgyz Armed Forces General Staff, X": a staff named right after its service.
      const staff = staffAfter(ix, m);
      if (staff) {
        staffService = m;
        target = staff;
        j = staff.last;
      }
      // "the chargé d'affaires of the German embassy, X", "the military attaché at the Saudi embassy
      // in Madrid, X": a demonym's (or a country name's) body named by a common noun.
      if (
        (m.kind === "demonym" || m.type === "Country") &&
        WORDS.orgHeads.has(tokens[j]?.text ?? "") &&
        !ix.cover[j]
      )
        j++;
      // "the Embassy of China": the body's own country after "of" belongs to its name.
      const own = tokens[j]?.lower === "of" ? ix.cover[j + 1] : null;
      if (own && own.first === j + 1 && m.country && own.name === m.country) j = own.last;
    }
    // "a spokesman for Qatar's foreign ministry": the body, not its owner, is what the title serves.
    const owner = target;
    const body = owner
      ? mentionsIn(ix, owner.last, owner.last + 2).find(
          (b) =>
            b.type === "Organization" &&
            b.country === owner.name &&
            b.first >= owner.last &&
            b.first <= owner.last + 1,
        )
      : undefined;
    // "Head of the Air Force's Directorate of Procurement": a body in another body's possessive;
    // "Director General of Pakistan's Inter-Services Public Relations": or in a country's, which
    // the holder serves too (the body's own mention may not carry it).
    const possessed =
      (owner?.type === "Organization" || owner?.type === "Country") &&
      POSSESSIVE_ENDING.test(tokens[owner.last]?.lower ?? "")
        ? ix.cover[owner.last + 1]
        : null;
    if (body) {
      target = body;
      j = body.last;
    } else if (owner && possessed?.first === owner.last + 1 && possessed.type === "Organization") {
      target = possessed;
      j = possessed.last;
      if (owner.type === "Country") possessorCountry = actorOf(owner).name;
    }
    // "Vice-Chairman of the Central Military Commission of the Chinese People's Liberation Army
    // (PLA)": the body's parent after "of" belongs to the phrase; the title serves the body.
    if (target?.type === "Organization") j = parentChainEnd(ix, j);
  }
  if (!target || (target.type === "Location" && target.kind !== "capital")) return null;
  // "the German Minister of Defence, X", "the British Secretary of State for Defence, X": the
  // portfolio after a title whose country came first belongs to the phrase.
  if (leading) j = portfolioEnd(ix, j);
  // "Head of the Missile Defense Organization (MDO) in …": the body's acronym in brackets.
  if (
    acronymInBrackets(tokens, j) ||
    (tokens[j]?.text === "(" && tokens[j + 2]?.text === ")" && ix.cover[j + 1]?.name === target.name)
  )
    j += 3;
  // "the Defence Attaché of the Embassy of China": a body whose own phrase names its country.
  const country =
    target.type === "Organization" && target.kind !== "role" && target.kind !== "pronoun"
      ? (target.country ?? (target === within ? leadingCountry : possessorCountry))
      : undefined;
  // "chief of the General Staff of the Argentine Air Force": a staff is its service's headquarters,
  // so its officer serves the service too.
  const staffOf = isStaff(target) ? parentAfterOf(ix, target.last) : null;
  const service = staffService ?? (staffOf?.type === "Organization" ? staffOf : null);
  const parent = service ? actorOf(service).name : owner ? actorOf(owner).name : undefined;
  // "Chief of the General Staff of the Armed Forces of Ukraine": the service's own country is the
  // staff officer's too.
  const serviceCountry = country ?? (service && service.kind !== "role" ? service.country : undefined);
  const posted = posting ? countryFor(ix, j) : null;
  const end = posted ? posted.last : postingEnd(ix, j);
  return {
    name: actorOf(target).name,
    trigger: title,
    end: pastCountryReference(ix, end),
    country: serviceCountry,
    parent,
  };
}

/**
 * The title words from token `k` and the country or body named before them ("the Indian
 * Ambassador", "Lebanese Army Brigadier General", "Israel's new defense minister"): the title head
 * (`title`, empty when none), the body or country (`target`), and the index where they end (`j`);
 * null when a person or a weapon stands among them.
 */
function titleWordsFrom(
  ix: SentenceIndex,
  k: number,
): { j: number; target: Mention | null; title: string; before: Mention | null } | null {
  const tokens = ix.sentence.tokens;
  let j = k;
  let target: Mention | null = null;
  // The country or body named before `target` ("Russia" of "Russia's UN ambassador"), if any.
  let before: Mention | null = null;
  let title = "";
  let department = false;
  let adjectives = 0;
  let nounModifiers = 0;
  for (let steps = 0; j < tokens.length && steps < 10; steps++) {
    const t = tokens[j] as Token;
    const m = ix.cover[j];
    if (m && m.first === j && m.type !== "Person" && m.type !== "WeaponSystem" && !title) {
      before = target;
      target = m;
      j = m.last;
      continue;
    }
    // "Chairman Joint Chiefs of Staff Committee of Pakistan": a capitalised head of leading runs
    // straight into the body's name; the body's parent after "of" belongs to the phrase.
    if (m && m.first === j && j > k && !target && m.type === "Organization" && leadsBody(tokens[j - 1])) {
      target = m;
      j = parentChainEnd(ix, pastGluedName(ix, m));
      break;
    }
    if (m) return null;
    // "Lebanese Army Brigadier General": a rank ("Brigadier", "Maj.") is among the title words.
    const word = (isTitleToken(t.lower) && t.pos !== "VERB") || (t.text !== "." && isRankToken(t));
    if (DETERMINER_WORDS.test(t.lower) || word || pluralPossessive(tokens, j)) {
      if (isHyphenedHead(t.lower)) title = t.text;
      j++;
      continue;
    }
    // "Egypt's first freely elected leader", "Ghana's democratically elected president": an adverb
    // in "-ly" before a title word (a participle of office) is among the title words.
    if (
      t.pos === "ADV" &&
      LY_ADVERB.test(t.text) &&
      !ix.cover[j + 1] &&
      isTitleToken(tokens[j + 1]?.lower ?? "")
    ) {
      j++;
      continue;
    }
    // "Israel's new defense minister", "Kenya's long-serving army chief": up to two lower-case
    // adjectives between a possessive owner and its title words.
    if (
      target &&
      !title &&
      adjectives < OWNER_ADJECTIVE_REACH &&
      POSSESSIVE_ENDING.test(tokens[j - 1]?.lower ?? "") === (adjectives === 0) &&
      t.pos === "ADJ" &&
      LOWER_WORD.test(t.text)
    ) {
      adjectives++;
      j++;
      continue;
    }
    // "Zambia Army Public Relations and Foreign Liaison Director": a department's capitalised
    // words between a body and the title head (no mention covers them).
    if (target && !title && j > k && (isCapitalised(t.text) || (department && AND_WORD.test(t.lower)))) {
      department = true;
      j++;
      continue;
    }
    // "chief operations officer of X", "the press officer of X": a lower-case noun that title words
    // ending in a head follow is that head's modifier, part of the title.
    if (officeNoun(ix, j) && nounModifiers < OFFICE_NOUN_REACH && titleWordsToHead(ix, j + 1)) {
      nounModifiers++;
      j++;
      continue;
    }
    // "President and CEO of X", "King and Supreme Commander of X": "and" between a title head and
    // title words that end in a head joins them.
    if (t.lower === "and" && title && titleWordsToHead(ix, j + 1)) {
      j++;
      continue;
    }
    // "Ambassador Extraordinary and Plenipotentiary of France": "and" between two of a head's
    // modifiers after it (neither a head) joins them into the title.
    if (t.lower === "and" && title && modifierOnly(tokens[j - 1]) && modifierOnly(tokens[j + 1])) {
      j++;
      continue;
    }
    // "chief-of-staff", "Commander-in-Chief": a hyphen, or a hyphen and "of" or "in", joins title words.
    if (t.text === "-" && j > k && isTitleWord(tokens[j - 1]?.lower ?? "")) {
      const n = OF_IN.test(tokens[j + 1]?.lower ?? "") && tokens[j + 2]?.text === "-" ? j + 3 : j + 1;
      if (isTitleWord(tokens[n]?.lower ?? "") && !ix.cover[n]) {
        j = n;
        continue;
      }
    }
    // "Chief of Army Staff (COAS) of the Nigerian Army": the title's acronym in brackets after it.
    if (title && titleAcronym(ix, j)) {
      j += 3;
      continue;
    }
    break;
  }
  return { j, target, title, before };
}

/**
 * The body an office named by title words after the preposition at `j` belongs to: "chief of naval
 * staff of the Bangladesh Navy", "Minister of State in the Ministry of Defence", or the body glued
 * after the office's words ("Deputy Chief of Naval Staff Indian Navy"); null when none.
 */
function officeBodyAfter(ix: SentenceIndex, j: number): Mention | null {
  const tokens = ix.sentence.tokens;
  let w = j;
  // "chief of mission of the US Embassy", "Deputy Chief of Mission at the US Embassy": a
  // mission's word (lexicon/text.json missionWords) right after the preposition is the office's too.
  if (
    !ix.cover[w] &&
    WORDS.missionWords.has(tokens[w]?.lower ?? "") &&
    OF_IN_AT.test(tokens[w + 1]?.lower ?? "")
  )
    w++;
  // "director of operations of X": lower-case nouns name the office's field too; so does a
  // capitalised portfolio's field ("Director of Planning of the Chilean Air Force", lexicon
  // portfolioNouns) that "of", "in" or "at" follows.
  while (
    w < j + CHAIN_REACH &&
    !ix.cover[w] &&
    (isTitleWord(tokens[w]?.lower ?? "") ||
      (w > j ? officeNoun(ix, w) : officeFieldNoun(ix, w) || portfolioField(ix, w)))
  )
    w++;
  // "Minister of State for Defence Affairs of Qatar": a portfolio after "for" (title words or
  // capitalised words) belongs to the office too.
  if (w > j) w = portfolioWordsEnd(ix, w);
  // "The Chief of the Army Staff (COAS) of the Nepal Army": the office's acronym before "of".
  if (w > j && titleAcronym(ix, w)) w += 3;
  const glued = w > j ? bodyMentionAt(ix, w) : null;
  if (w > j && FIELD_BODY_WORDS.test(tokens[w]?.lower ?? "")) {
    // "Minister of State in the Ministry of Defence": the body the office is held in, or "of";
    // "deputy commander of the navy under the PLA Eastern Theater Command": the body over the field.
    const inside = tokens[w]?.lower !== "of";
    w++;
    if (tokens[w]?.lower === "the" && !ix.cover[w]) w++;
    const body = bodyMentionAt(ix, w);
    if (body && (!inside || actorOf(body).type === "Organization")) {
      return body;
    }
  } else if (glued?.type === "Organization" && glued.kind !== "pronoun") {
    // "Deputy Chief of Naval Staff Indian Navy, Vice Admiral X": the body glued after the
    // office's words, without "of" (lists of titled names).
    return glued;
  }
  return null;
}

/**
 * "HAL-Hindustan Aeronautics Limited": a body's acronym and its name joined by a hyphen, two
 * mentions of one body. The index after the second, else after `m`.
 */
function pastGluedName(ix: SentenceIndex, m: Mention): number {
  const next = ix.sentence.tokens[m.last]?.text === "-" ? ix.cover[m.last + 1] : null;
  return next?.first === m.last + 1 && actorOf(next).name === actorOf(m).name ? next.last : m.last;
}

/** Most words of a portfolio after "for" ("for Political Affairs and Security"). */
const PORTFOLIO_WORDS_REACH = 6;

/**
 * Past a portfolio that "for" opens at `w` within an office's words ("Minister of State for
 * Defence Affairs"): title words, capitalised words no mention covers, and "and" between them,
 * when "of", "in" or "at" follows them. The index after the portfolio, else `w`.
 */
function portfolioWordsEnd(ix: SentenceIndex, w: number): number {
  const tokens = ix.sentence.tokens;
  if (tokens[w]?.lower !== "for") return w;
  let n = w + 1;
  while (n < Math.min(w + 1 + PORTFOLIO_WORDS_REACH, tokens.length) && !ix.cover[n]) {
    const t = tokens[n] as Token;
    const word = isTitleWord(t.lower) || isCapitalised(t.text);
    if (!word && !(AND_WORD.test(t.lower) && n > w + 1)) break;
    n++;
  }
  return n > w + 1 && isCapitalised(tokens[n - 1]?.text ?? "") && OF_IN_AT.test(tokens[n]?.lower ?? "")
    ? n
    : w;
}

/** The organization named by "in (the)" at `k` ("in the Ministry of Foreign Affairs"), else null. */
function bodyIn(ix: SentenceIndex, k: number): Mention | null {
  if (ix.sentence.tokens[k]?.lower !== "in") return null;
  const m = bodyAt(ix, k + 1);
  return m && actorOf(m).type === "Organization" ? m : null;
}

/** "at", or "in" (a posting's too): where an office is held at its country's own body. */
const HELD_AT = /^(?:at|in)$/u;

/**
 * The organization named after "at" at `k` (or "in", for a posting title) whose own country is
 * `country`, the country named before the title ("US Chargé d'Affaires at the United States
 * Embassy"); else null ("the Swedish Ambassador in the AU": a body of no such country).
 */
function ownBodyAt(
  ix: SentenceIndex,
  k: number,
  country: string | undefined,
  posting: boolean,
): Mention | null {
  const word = ix.sentence.tokens[k]?.lower ?? "";
  if (!country || (posting ? !HELD_AT.test(word) : word !== "at")) return null;
  const m = bodyAt(ix, k + 1);
  return m && m.type === "Organization" && m.kind !== "pronoun" && m.country === country ? m : null;
}

/** The organization named by "of (the)" at `k` ("of the Armed Forces"), else null. */
function bodyOf(ix: SentenceIndex, k: number): Mention | null {
  if (ix.sentence.tokens[k]?.lower !== "of") return null;
  const m = bodyAt(ix, k + 1);
  return m && m.type === "Organization" ? m : null;
}

/** Most parents read after a body ("the X of the Y of the Z"). */
const PARENT_CHAIN_REACH = 2;

/**
 * After a body's mention at `j`: past "of (the)" and the body or country it belongs to, with its
 * acronym in brackets ("of the Chinese People's Liberation Army (PLA)"), the index where the
 * chain ends; `j` when none follows.
 */
function parentChainEnd(ix: SentenceIndex, j: number): number {
  const tokens = ix.sentence.tokens;
  for (let n = 0; n < PARENT_CHAIN_REACH; n++) {
    const parent = parentAfterOf(ix, j);
    if (!parent) break;
    j = parent.last;
    if (acronymInBrackets(tokens, j)) j += 3;
  }
  return j;
}

/** Longest portfolio after a title ("of State for Economic Affairs and Energy"). */
const PORTFOLIO_REACH = 8;
/** Most tokens from "of" to the comma of a portfolio in common nouns ("of public relations,"). */
const COMMON_PORTFOLIO_REACH = 4;

/**
 * From "of" or "for" at `j`: capitalised words that no mention covers, joined by "of", "for",
 * "and", "&" or "the", up to a comma ("of Defence,", "of State for Defence,"), or such words and
 * common nouns and adjectives up to a person's name ("of international sales Mary Fox"); the
 * comma's or the name's index, else `j`.
 */
function portfolioEnd(ix: SentenceIndex, j: number): number {
  const tokens = ix.sentence.tokens;
  if (!/^(?:of|for)$/u.test(tokens[j]?.lower ?? "")) return j;
  let named = false;
  let common = false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 1 + PORTFOLIO_REACH); k++) {
    const t = tokens[k] as Token;
    // "Nigeria's Chief of Army Staff (COAS), Major General X": the title's acronym in brackets
    // before the comma closes the portfolio with it.
    const close = acronymInBrackets(tokens, k) && tokens[k + 3]?.text === "," ? k + 3 : k;
    // "NATO's director of operations,": a short portfolio in common nouns closed by the comma.
    if (tokens[close]?.text === ",")
      return named ? (common ? j : close) : common && k - j <= COMMON_PORTFOLIO_REACH ? close : j;
    // "Raytheon vice president of international sales Mary Fox": a portfolio in common nouns
    // runs straight into the holder's name.
    const m = ix.cover[k];
    if (m) return m.type === "Person" && m.first === k && k > j + 1 ? k : j;
    if (isCapitalised(t.text)) named = true;
    else if (/^(?:NOUN|ADJ)$/u.test(t.pos) || isTitleWord(t.lower)) common = true;
    else if (!/^(?:of|for|and|&|the)$/u.test(t.lower)) return j;
  }
  return j;
}

/** The country named after "for (the)" at `k` ("Special Envoy for Syria"), else null. */
function countryFor(ix: SentenceIndex, k: number): Mention | null {
  if (ix.sentence.tokens[k]?.lower !== "for") return null;
  const at = ix.sentence.tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const m = ix.cover[at];
  return m?.first === at && m.type === "Country" ? m : null;
}

/**
 * "Ambassador to Barbados and the Eastern Caribbean": past the places joined by "and" to the place
 * of a posting that ends at `end` (none in a possessive: "to Kenya and Uganda's …"), where the
 * posting ends.
 */
function postedPlacesEnd(ix: SentenceIndex, end: number): number {
  const tokens = ix.sentence.tokens;
  let e = end;
  while (tokens[e]?.lower === "and") {
    const at = tokens[e + 1]?.lower === "the" ? e + 2 : e + 1;
    const place = ix.cover[at];
    if (!place || place.first !== at || (place.type !== "Country" && place.type !== "Location")) break;
    if (POSSESSIVE_ENDING.test(tokens[place.last]?.lower ?? "")) break;
    e = place.last;
  }
  return e;
}

/**
 * After a title phrase at `j`: past a posting "to the country", "in Jeddah", "at the U.S.
 * Embassy in Tallinn" (a place or at most three words), the index where the phrase ends.
 */
function postingEnd(ix: SentenceIndex, j: number): number {
  const tokens = ix.sentence.tokens;
  if (!/^(?:to|in|at)$/u.test(tokens[j]?.lower ?? "")) return j;
  let w = j + 1;
  if (tokens[w]?.lower === "the") w++;
  const m = ix.cover[w];
  if (m && m.first === w) return m.type === "Person" ? j : postedPlacesEnd(ix, m.last);
  for (let n = 0; n < 3 && w < tokens.length; n++, w++) {
    const t = tokens[w] as Token;
    if (ix.cover[w] || !/^(?:NOUN|PROPN|ADJ)$/u.test(t.pos)) break;
  }
  return w;
}

/**
 * "the Chairman Joint Chiefs of Staff Committee of this country, General X": "of", a referring
 * determiner (stage words referringDeterminers) and a country noun (stage words countryNouns)
 * after a body's title phrase belong to it (the country told before); the index past them, else `j`.
 */
function pastCountryReference(ix: SentenceIndex, j: number): number {
  const tokens = ix.sentence.tokens;
  if (tokens[j]?.lower !== "of" || ix.cover[j + 1] || ix.cover[j + 2]) return j;
  const det = tokens[j + 1]?.lower ?? "";
  return ix.words.referringDeterminers.has(det) && ix.words.countryNouns.has(tokens[j + 2]?.lower ?? "")
    ? j + 3
    : j;
}
