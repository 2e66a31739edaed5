/**
 * A country's forces named in a title-case headline: "Bolivian Army Buys 6 Chinese H425 Helicopters",
 * "U.S. Donates $1M in Body Armor to Ghana Armed Forces". In such a line every word is capitalised,
 * so the runs of capitalised words that name bodies in body sentences are not read there (the verb
 * "Buys" would join the run); only the listed names are. A country's name or demonym followed right
 * away by capitalised words of a forces' name (stage words forceNameWords: "Armed", "Defence",
 * "Army") whose last is the head of one (stage words forceNameHeads: "Army", "Forces", "Navy") names the
 * country's forces, as it does in a body sentence: "Bolivian Army" (the demonym stays its country's
 * mention), "Ghana Armed Forces" (over the country's name, which stays a mention of its own).
 */
import { makeMention } from "./make-mention.ts";
import type { WordSets } from "./stage-words.ts";
import type { Mention, Sentence, Token } from "./types.ts";

/** A word written with a capital first and no other capital ("Army", "Forces"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Most capitalised words after the forces' name read for a longer body's head. */
const MAX_TAIL_WORDS = 3;

/**
 * Marks the forces' names after a country's mention in a title-case headline `sentence` (see the
 * file's header) in `out` and `covered`; mentions already in `out` are the line's listed names.
 * `orgHeads` are the head words of bodies' names: one among the next capitalised words makes the
 * forces' words part of a longer name ("American Forces Press Service"), which is left unread.
 */
export function nameHeadlineForces(
  sentence: Sentence,
  out: Mention[],
  covered: Uint8Array,
  words: WordSets,
  orgHeads: ReadonlySet<string>,
): void {
  const tokens = sentence.tokens;
  for (const country of [...out]) {
    if (country.type !== "Country") continue;
    const first = country.last;
    let end = first;
    while (end < tokens.length && !covered[end] && forceNameWord(tokens[end] as Token, words)) end++;
    // The run ends at its last head word: "Army Chief" keeps "Army".
    while (end > first && !words.forceNameHeads.has((tokens[end - 1] as Token).lower)) end--;
    if (end === first || !(tokens[first] as Token).space || headFollows(tokens, end, orgHeads)) continue;
    // "Russian Forces Capture Two Villages", "US Marines Land In Darwin": a lone head in the plural
    // is the country's troops, as "Russian forces" is in a body sentence, no body's name.
    if (end === first + 1 && pluralHead(tokens[first] as Token, words)) continue;
    const run = sentence.text.slice(
      (tokens[first] as Token).start - sentence.start,
      (tokens[end - 1] as Token).end - sentence.start,
    );
    const demonym = country.kind === "demonym";
    const from = demonym ? first : country.first;
    const name = `${country.text} ${run}`;
    const m = makeMention(sentence, from, end, name, "Organization", "fallback", HEADLINE_FORCE_RULE);
    m.country = country.name;
    out.push(m);
    for (let k = first; k < end; k++) covered[k] = 1;
  }
}

/** True when `t` is a capitalised word of a forces' name (stage words forceNameWords or forceNameHeads). */
function forceNameWord(t: Token, words: WordSets): boolean {
  return CAPITALISED.test(t.text) && (words.forceNameWords.has(t.lower) || words.forceNameHeads.has(t.lower));
}

/**
 * True when `t` is the plural of a forces' word (stage words forceNameHeads or forceNameWords):
 * "Forces" of "force", "Marines" of "marine"; not "Corps".
 */
function pluralHead(t: Token, words: WordSets): boolean {
  if (!t.lower.endsWith("s")) return false;
  const one = t.lower.slice(0, -1);
  return words.forceNameHeads.has(one) || words.forceNameWords.has(one);
}

/** True when one of the capitalised words from `at` on (at most MAX_TAIL_WORDS) is a body's head word. */
function headFollows(tokens: readonly Token[], at: number, orgHeads: ReadonlySet<string>): boolean {
  for (let k = at; k < tokens.length && k < at + MAX_TAIL_WORDS; k++) {
    const t = tokens[k] as Token;
    if (!CAPITALISED.test(t.text)) return false;
    if (orgHeads.has(t.lower)) return true;
  }
  return false;
}

/** The rule of a forces' name read in a title-case headline. */
export const HEADLINE_FORCE_RULE = "headline-force";

/**
 * Stage 4: a forces' name read in a headline takes the fuller name of the same country's body that
 * the article prints with all its words in order and the same last word ("South African Defence
 * Force Chief Calls On CJCSC", then "Chief of South African National Defence Force"): one body.
 * Words are compared without their stops, as headlines drop them ("US Navy", then "the U.S. Navy").
 * A name the article prints with the headline's own words is the body, not a longer one.
 */
export function joinHeadlineForces(mentions: readonly (readonly Mention[])[]): void {
  const bodies = mentions.flat().filter((m) => m.type === "Organization" && m.rule !== HEADLINE_FORCE_RULE);
  for (const m of mentions.flat()) {
    if (m.rule !== HEADLINE_FORCE_RULE) continue;
    const words = nameWords(m.name);
    const ours = bodies.filter((b) => b.country === m.country);
    // "Indian Army Receives …", then "The Indian Army" and "the Indian Territorial Army": the
    // article's own spelling of the headline's words is the body, never a longer name.
    const same = new Set(
      ours.filter((b) => nameWords(b.name).join(" ") === words.join(" ")).map((b) => b.name),
    );
    const fuller = new Set(ours.filter((b) => holdsInOrder(nameWords(b.name), words)).map((b) => b.name));
    const join = same.size > 0 ? same : fuller;
    if (join.size === 1 && !join.has(m.name)) m.name = [...join][0] as string;
  }
}

/** True when `longer` holds every word of `shorter` in order, and ends with its last. */
function holdsInOrder(longer: readonly string[], shorter: readonly string[]): boolean {
  if (longer[longer.length - 1] !== shorter[shorter.length - 1]) return false;
  let k = 0;
  for (const w of longer) if (w === shorter[k]) k++;
  return k === shorter.length;
}

/** The words of a name without their stops ("U.S. Navy" -> "US", "Navy"). */
function nameWords(name: string): string[] {
  return name.split(" ").map((w) => w.replaceAll(".", ""));
}
