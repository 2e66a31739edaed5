/**
 * One spelling of a country's ministry for cross-document identity: "Armenian Ministry of Defence",
 * "Armenian Defence Ministry" and "Armenian Ministry of Defense" name one body, and each article
 * prints one of them ("Ministry of Defence of the Republic of Armenia" is rebuilt as "Armenian
 * Ministry of Defence", 4-resolve). Each gets the key form "Armenian Defence Ministry" as an alias,
 * the name on which graph/identity.ts joins the articles' nodes. A ministry that no country or
 * demonym qualifies ("the Ministry of Defence", "the Federal Ministry of Defence") gets none: it may
 * be any country's.
 */

/** A ministry's heads and its portfolios' spellings (lexicon organizations.json ministryWordForms). */
export interface MinistryWordForms {
  readonly heads: readonly string[];
  readonly shortForms: ReadonlyMap<string, string>;
}

/** Most words of a country's name or demonym before the head ("Central African"). */
const MAX_QUALIFIER_WORDS = 3;
/** Most words of a portfolio ("Foreign Affairs", "the Interior"). */
const MAX_PORTFOLIO_WORDS = 3;

/** A capitalised word of a name. */
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;

/** A lower-case letter that opens a word ("affairs" of "foreign affairs"). */
const LOWER_WORD_START = /(^|\s)\p{Ll}/gu;

/**
 * The key form of a ministry's name that a country or demonym qualifies, "<country> <portfolio>
 * <Head>", with the portfolio's spelling folded ("Armenian Ministry of Defense" → "Armenian Defence
 * Ministry"); null for a name of another shape or already in its key form. `countryForms` holds the
 * countries' names, aliases and demonyms as written.
 */
export function ministryKeyForm(
  name: string,
  forms: MinistryWordForms,
  countryForms: ReadonlySet<string>,
): string | null {
  const words = name.split(" ");
  const at = words.findIndex((w) => forms.heads.includes(w.toLowerCase()));
  if (at < 1) return null;
  let qualifier: string[];
  let portfolio: string[];
  if (at === words.length - 1) {
    // "Armenian Defence Ministry": the country, then the portfolio, before the head.
    const q = qualifierLength(words.slice(0, at), countryForms);
    if (q === 0 || q === at) return null;
    [qualifier, portfolio] = [words.slice(0, q), words.slice(q, at)];
  } else {
    // "Armenian Ministry of Defence": the country before the head, the portfolio after "of".
    if (words[at + 1] !== "of") return null;
    [qualifier, portfolio] = [words.slice(0, at), words.slice(at + 2)];
    if (portfolio[0] === "the") portfolio = portfolio.slice(1);
    if (!countryForms.has(qualifier.join(" ")) || countryForms.has(portfolio.join(" "))) return null;
  }
  if (portfolio.length === 0 || portfolio.length > MAX_PORTFOLIO_WORDS) return null;
  if (!portfolio.every((w) => CAPITALISED.test(w))) return null;
  const key = [...qualifier, fold(portfolio.join(" "), forms.shortForms), words[at] as string].join(" ");
  return key === name ? null : key;
}

/** The number of first words that name a country or its people (longest first), else 0. */
function qualifierLength(words: readonly string[], countryForms: ReadonlySet<string>): number {
  for (let n = Math.min(MAX_QUALIFIER_WORDS, words.length); n > 0; n--)
    if (countryForms.has(words.slice(0, n).join(" "))) return n;
  return 0;
}

/** A portfolio in its short spelling, capitalised ("Foreign Affairs" → "Foreign", "Defense" → "Defence"). */
function fold(portfolio: string, shortForms: ReadonlyMap<string, string>): string {
  const short = shortForms.get(portfolio.toLowerCase());
  return short === undefined ? portfolio : short.replace(LOWER_WORD_START, (c) => c.toUpperCase());
}
