/**
 * Whose is a title set off between two names ("A, Head of X, B")? It is A's appositive unless A's
 * own title stood before A (then every title of the list stands before its name, and this one is
 * B's). Shared by the affiliation rules and the offices stage, which each tell in their own way
 * whether a name has a title before it.
 */
import type { Mention, Token } from "./types.ts";

/**
 * True when the title phrase starting at token `st` follows a comma right after another person's
 * name A (the mention `coverAt` gives for the token before that comma) and A has no title before
 * it (`titledBefore`): the phrase is then A's appositive, not the next name's.
 */
export function titleOfPreviousName(
  tokens: readonly Token[],
  st: number,
  coverAt: (k: number) => Mention | null | undefined,
  titledBefore: (name: Mention) => boolean,
): boolean {
  if (tokens[st - 1]?.text !== ",") return false;
  const prev = coverAt(st - 2);
  return prev?.type === "Person" && prev.last === st - 1 && !titledBefore(prev);
}
