/**
 * Drive formulas: a wheeled vehicle's axle formula ("4x4", "6X6", "8×8") after its model's name
 * ("Boxer 8x8", "ARMA 6X6", "NMS (YORUK) 4X4"). The formula is part of the model's name; alone
 * ("230 4X4 and 6X6 vehicles") it only describes vehicles and names no model, and it is no
 * index designator of the "2S19" kind either.
 */
import { ONE_OR_TWO_DIGITS, TITLE_CASE_WORD } from "./letters.ts";
import { inEnglishLexicon } from "./nlp.ts";
import type { Token } from "./types.ts";

/** A drive formula written as one word ("8x8", "6X6", "4×4"). */
export const DRIVE_FORMULA = /^\d{1,2}[xX\u00d7]\d{1,2}$/u;

/** The second half of a drive formula the tokenizer split after its first number ("X6" of "6X6"). */
export const FORMULA_TAIL = /^[xX\u00d7]\d{1,2}$/u;

/** The axle counts a drive formula takes ("6" and "X6" of "6X6"): even numbers of wheels. */
const WHEEL_COUNT = /^(?:4|6|8|10|12)$/u;

/** The second half of a formula with a capital X and an even count ("X6", "X4"). */
const CAPITAL_FORMULA_TAIL = /^X(?:2|4|6|8|10|12)$/u;

/** A model's name word written in capitals ("ARMA", "NMS", "VBCI"): two to six letters. */
const CAPITALS_NAME_WORD = /^\p{Lu}{2,6}$/u;

/** The end of a drive formula at `k` ("8x8" or "8" "x8"), else -1. */
export function driveFormulaEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (DRIVE_FORMULA.test(t.text)) return k + 1;
  const tail = tokens[k + 1];
  return ONE_OR_TWO_DIGITS.test(t.text) && tail && !tail.space && FORMULA_TAIL.test(tail.text) ? k + 2 : -1;
}

/**
 * True when some token of `tokens` opens a drive formula (driveFormulaEnd above -1): a sentence
 * without one names no model by its formula, so its tokens need not be read as a model's name.
 */
export function hasDriveFormula(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    // A formula opens with a digit ("8x8", "6" "X6"): other tokens are passed without a pattern.
    const c = (tokens[k] as Token).text.charCodeAt(0);
    if (c >= 48 && c <= 57 && driveFormulaEnd(tokens, k) > 0) return true;
  }
  return false;
}

/**
 * True when the number at `i` and the glued capital-X word after it are a drive formula
 * ("6" "X6" of "6X6"), which the index-designator pattern ("2" "S19") would otherwise read as a
 * weapon's model.
 */
export function isCapitalDriveFormula(tokens: readonly Token[], i: number): boolean {
  const tail = tokens[i + 1];
  return (
    WHEEL_COUNT.test(tokens[i]?.text ?? "") &&
    tail !== undefined &&
    !tail.space &&
    CAPITAL_FORMULA_TAIL.test(tail.text)
  );
}

/**
 * True when the token is a word of a model's name before a formula: "Boxer", "ARMA". A word in
 * capitals that is an English word is emphasis or a heading, not a name ("40 NEW 4X4 trucks",
 * "THE 6X6 carriers").
 */
export function formulaNameWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (TITLE_CASE_WORD.test(t.text)) return true;
  return CAPITALS_NAME_WORD.test(t.text) && !inEnglishLexicon(t.lower);
}

/**
 * The end of a model's name words from `i` up to a drive formula, with one bracketed name among
 * them ("NMS (YORUK) 4X4"), as the formula's end; -1 when no formula follows. At most `maxWords`
 * name words.
 */
export function formulaModelEnd(tokens: readonly Token[], i: number, maxWords: number): number {
  let k = i;
  let words = 0;
  let bracketed = false;
  while (k < tokens.length && words < maxWords) {
    const t = tokens[k] as Token;
    if (formulaNameWord(t)) {
      k++;
      words++;
      continue;
    }
    // "(YORUK)": a second name of the model in brackets, after its first word.
    if (
      t.text === "(" &&
      !bracketed &&
      k > i &&
      formulaNameWord(tokens[k + 1]) &&
      tokens[k + 2]?.text === ")"
    ) {
      bracketed = true;
      k += 3;
      continue;
    }
    break;
  }
  return k > i ? driveFormulaEnd(tokens, k) : -1;
}

/** True when the token at `i` is the glued second half of a drive formula ("X6" of "6X6"). */
export function isFormulaTailAt(tokens: readonly Token[], i: number): boolean {
  return i > 0 && isCapitalDriveFormula(tokens, i - 1);
}
