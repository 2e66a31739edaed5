/**
 * Regnal names: a person the text names by a royal or peerage title and one name only ("King
 * Salman", "Sheikh Mohamed", "Lord Tu'ivanako") keeps the title in the name, as the press prints
 * it, so that the father of "Khalid bin Salman" and another ruler called by the same given name
 * stay apart by name.
 */
import type { DocState, Mention } from "./types.ts";
import { isCapitalised } from "./words.ts";

/**
 * Renames each lone-word person that a regnal title stands right before, anywhere in the document,
 * to the title and the word ("Salman" after "King" → "King Salman"), and every other mention of
 * that lone word as a person with it; names of two or more words (resolved already) stay.
 */
export function nameByRegnalTitle(state: DocState, titles: ReadonlySet<string>): void {
  const titled = new Map<string, string>();
  const lone: Mention[] = [];
  for (const sentence of state.sentences) {
    for (const m of state.mentions[sentence.index] ?? []) {
      if (m.type !== "Person" || m.kind === "pronoun" || m.kind === "role" || m.name.includes(" ")) continue;
      lone.push(m);
      const before = m.first > 0 ? sentence.tokens[m.first - 1] : undefined;
      if (!before || m.text !== m.name || !titles.has(before.lower) || !isCapitalised(before.text)) continue;
      const title = `${before.text.charAt(0)}${before.text.slice(1).toLowerCase()}`;
      if (!titled.has(m.name)) titled.set(m.name, `${title} ${m.name}`);
    }
  }
  if (titled.size === 0) return;
  for (const m of lone) m.name = titled.get(m.name) ?? m.name;
}
