/**
 * A name particle glued by a hyphen to a capitalised name in one token ("al-Ansari", "bin-Salman"):
 * the particles are a word list of the lexicon value (stage-words.json gluedNameParticles), passed
 * in by the reader (3-entities.ts joinedInsideName), so no set lives at module level.
 */
import { UPPER_FIRST } from "./letters.ts";

/** True when `text` is one token of a particle of `particles`, a hyphen and a capitalised name. */
export function gluedParticle(text: string, particles: ReadonlySet<string>): boolean {
  const dash = text.indexOf("-");
  return dash > 0 && particles.has(text.slice(0, dash)) && UPPER_FIRST.test(text.slice(dash + 1));
}
