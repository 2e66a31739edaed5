/**
 * One member of a named armed group before the member's name: "Jemaah Islamiyah militant Abdul
 * Basit Usman", "Shining Path guerrilla X". The member's noun (the singular of lexicon
 * organizations.json armedGroupMembers) between the group's mention and a person's name ties the
 * person to the group, as a title between them does ("Hamas commander X").
 */
import type { SentenceIndex } from "../chunks.ts";
import { ARMED_GROUP_MEMBERS } from "../lexicon/organizations.ts";
import { LOWER_FIRST } from "../letters.ts";
import type { Emit } from "./shared.ts";

const MEMBER_NOUNS = new Set(ARMED_GROUP_MEMBERS);

/** Emits person → group for each "<group> <member noun> <person>" of a sentence. */
export function groupMemberRule(ix: SentenceIndex, emit: Emit): void {
  const tokens = ix.sentence.tokens;
  for (const group of ix.mentions) {
    if (group.type !== "Organization" || group.kind === "pronoun" || group.kind === "role") continue;
    const noun = tokens[group.last];
    if (!noun || ix.cover[group.last] || !LOWER_FIRST.test(noun.text) || !MEMBER_NOUNS.has(`${noun.text}s`))
      continue;
    const person = ix.cover[group.last + 1];
    if (person?.type !== "Person" || person.first !== group.last + 1 || person.kind === "pronoun") continue;
    emit(person.name, "affiliated_with", group.name, noun.text, "group-member", "asserted");
  }
}
