/**
 * Stage 0, normalise: gives the stages a plain view of the document's text (text-view.ts).
 * Windows and old Mac line ends become "\n", tabs, no-break or typographic spaces and runs of
 * spaces one space, soft hyphens and zero-width characters leave the text, and the line breaks
 * of a hard-wrapped paragraph (line-breaks.ts) become spaces. The stages read the view; evidence
 * and mentions are mapped back to the original text's offsets.
 */
import { type Join, wrapJoins } from "./line-breaks.ts";
import { identityView, type TextView, ViewBuilder } from "./text-view.ts";
import type { DocState, Stage } from "./types.ts";

/** Stage 0: fills `state.view`. */
export const normaliseStage: Stage = {
  name: "0-normalise",
  run(state: DocState): void {
    state.view = createTextView(state.doc.text);
  },
};

/** What the view writes otherwise: runs of spaces, line ends, odd spaces, invisible characters. */
const SPECIAL =
  /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\n\r\t\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/gu;
/** Spaces written as one plain space. */
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
/** Line ends other than "\n": a lone carriage return, the line and paragraph separators. */
const OTHER_BREAK = /[\r\u2028\u2029]/u;

/** The normalised view of `text`. */
export function createTextView(text: string): TextView {
  const plain = normalise(text, null);
  const joins = wrapJoins(plain);
  if (joins.size === 0 && plain === text) return identityView(text);
  const builder = new ViewBuilder();
  normalise(text, joins, builder);
  return builder.build(text);
}

/**
 * Writes the view of `text` into `builder` (or only returns its text): `joins` gives the line
 * breaks (by their offset in the view without joins) that become a space or nothing.
 */
function normalise(text: string, joins: Map<number, Join> | null, builder = new ViewBuilder()): string {
  let written = 0;
  let cursor = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const at = m.index;
    if (at > cursor) builder.keep(text.slice(cursor, at));
    written += at - cursor;
    const c = m[0];
    cursor = at + c.length;
    if (c.length > 1) {
      // "Luis  Petri", "LIMA, Peru  --  Chile": a run of spaces is one space.
      builder.keep(" ");
      builder.drop(c.length - 1);
      written++;
    } else if (ODD_SPACE.test(c)) {
      builder.keep(" ");
      written++;
    } else if (c === "\r" && text.charCodeAt(at + 1) === 10) {
      builder.drop();
    } else if (c === "\n" || OTHER_BREAK.test(c)) {
      const join = joins?.get(written);
      if (join === "") builder.drop();
      else builder.keep(join ?? "\n");
      written++;
    } else {
      // Soft hyphen, zero-width space, word joiner, byte-order mark.
      builder.drop();
    }
  }
  if (cursor < text.length) builder.keep(text.slice(cursor));
  return builder.build(text).text;
}
