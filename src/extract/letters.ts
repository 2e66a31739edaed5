/**
 * Letter patterns many stages test words with, compiled once. esbuild (which tsx and the thread
 * bundle run the sources through) rewrites a regular-expression literal holding a Unicode property
 * escape (\p{…}) into `new RegExp(…)` where it stands, so such a literal inside a function built a
 * new pattern on every call: about 97,000 per pass over the bench corpus.
 */

/** A word that opens with an upper-case letter ("Ghana", "Émile"). */
export const UPPER_FIRST = /^\p{Lu}/u;
/** A word that opens with a lower-case letter. */
export const LOWER_FIRST = /^\p{Ll}/u;
/** A word that opens with a letter. */
export const LETTER_FIRST = /^\p{L}/u;
/** A word of letters only. */
export const LETTERS_ONLY = /^\p{L}+$/u;
/** A capital and lower-case letters only ("Pyongyang", not "NATO" or "McCain"). */
export const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A word with a letter anywhere in it. */
export const HAS_LETTER = /\p{L}/u;
/** A capital and its stop ("J."). */
export const INITIAL = /^\p{Lu}\.$/u;
/** A lower-case letter anywhere in a word. */
export const HAS_LOWER = /\p{Ll}/u;
/** A letter or a digit anywhere in a word. */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A space before a lower-case letter (" of" of "Port of Spain"). */
export const SPACE_BEFORE_LOWER = / \p{Ll}/u;
/** A possessive inside a name, before another capitalised word ("Cox's Bazar"). */
export const POSSESSIVE_BEFORE_NAME = /['\u2019]s (?=\p{Lu})/u;
/** The letters that end a text ("Lt" of "Army Commander Lt"). */
export const FINAL_LETTERS = /\p{L}+$/u;
/** Initials with their stops and the last without ("u.s", "j"). */
export const DOTTED_INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
/** A capital, then a lower-case letter ("Ghana", "McCain", not "NATO"). */
export const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;
/** A number of one or two digits ("8" of "8" "x8", "2" of "Leopard 2A4", "9" of "9K720"). */
export const ONE_OR_TWO_DIGITS = /^\d{1,2}$/u;
/** A word of lower-case letters only. */
export const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** A quotation mark, straight or curly, double or single. */
export const QUOTE_MARK = /^["\u201c\u201d\u2018\u2019']$/u;
/** A double quotation mark, curly (either way) or straight. */
export const DOUBLE_QUOTE_MARK = /^["\u201c\u201d]$/u;
/** A double quotation mark that may open a quotation: the curly opening one or a straight one. */
export const OPENING_DOUBLE_QUOTE = /^["\u201c]$/u;
/** A double quotation mark that may close a quotation: the curly closing one or a straight one. */
export const CLOSING_DOUBLE_QUOTE = /^["\u201d]$/u;
/** A quotation mark that may open a quotation, double or single: “, ‘ or a straight double one. */
export const OPENING_QUOTE_MARK = /^["\u201c\u2018]$/u;
/** A quotation mark that may close a quotation, double or single: ”, ’ or a straight double one. */
export const CLOSING_QUOTE_MARK = /^["\u201d\u2019]$/u;
/**
 * A quotation mark other than the straight single one, which is as often an apostrophe ("the
 * boats'"): curly (either way, double or single) or straight double.
 */
export const QUOTE_MARK_NO_STRAIGHT_SINGLE = /^["\u201c\u201d\u2018\u2019]$/u;
/** A possessive ending as a token ("'s", "’s"). */
export const POSSESSIVE_ENDING = /^(?:'s|’s)$/u;
/** A possessive mark as a token: the ending ("'s", "’s") or a bare apostrophe ("Cyprus’", "the boats'"). */
export const POSSESSIVE_MARK = /^(?:'s|’s|'|’)$/u;
/** A word of three to six capitals, an acronym's shape ("BDF", "GAF", "SEDENA"). */
export const ACRONYM_WORD = /^\p{Lu}{3,6}$/u;
