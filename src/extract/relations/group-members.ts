/**
 * One member of a named armed group before the member's name: "Jemaah Islamiyah militant Abdul
 * Basit Usman", "Shining Path guerrilla X". The member's noun (the singular of lexicon
 * organizations.json armedGroupMembers) between the group's mention and a person's name ties the
 * person to the group, as a title between them does ("Hamas commander X").
 */
import type { SentenceIndex } from "../chunks.ts";
import { isGroupMemberNoun } from "../words.ts";
import type { Emit } from "./shared.ts";

/** Emits person → group for each "<group> <member noun> <person>" of a sentence. */
export function groupMemberRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const group of ix.mentions) {
    if (group.type !== "Organization" || group.kind === "pronoun" || group.kind === "role") continue;
    const noun = tokens[group.last];
    if (!noun || ix.cover[group.last] || !isGroupMemberNoun(noun.text)) continue;
    const person = ix.cover[group.last + 1];
    if (person?.type !== "Person" || person.first !== group.last + 1 || person.kind === "pronoun") continue;
    emit(person.name, "affiliated_with", group.name, noun.text, "group-member", "asserted");
  }
}
