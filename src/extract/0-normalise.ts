/**
 * Stage 0, normalise: gives the stages a plain view of the document's text (text-view.ts).
 * Windows and old Mac line ends become "\n", tabs, no-break or typographic spaces and runs of
 * spaces one space, soft hyphens and zero-width characters leave the text, an accent or backtick
 * printed as the apostrophe between letters becomes the apostrophe, and the line breaks
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

/**
 * What the view writes otherwise: runs of spaces, line ends, odd spaces, invisible characters, and
 * an acute accent, modifier apostrophe or backtick printed as the apostrophe between two letters.
 * The mark is matched before its letter is looked behind for: a pattern that opens with a
 * look-behind tries it at every position of the text, five times slower over news.
 */
const SPECIAL =
  /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\n\r\t\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]|[`\u00b4\u02bc](?<=\p{L}[`\u00b4\u02bc])(?=\p{L})/gu;
/** Marks printed for the apostrophe: "Romania´s", "Latvia`s", "Ukraineʼs". */
const ODD_APOSTROPHE = /^[`\u00b4\u02bc]$/u;
/** Spaces written as one plain space. */
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
/** Line ends other than "\n": a lone carriage return, the line and paragraph separators. */
const OTHER_BREAK = /[\r\u2028\u2029]/u;

/** The normalised view of `text`: built once, then its wrapped lines joined (line-breaks.ts). */
export function createTextView(text: string): TextView {
  const view = normalise(text);
  const joins = wrapJoins(view.text);
  if (joins.size === 0) return view.text === text ? identityView(text) : view;
  return withJoins(view, joins);
}

/** The view of `text` with its line ends, odd spaces and invisible characters made plain, no lines joined. */
function normalise(text: string): TextView {
  const builder = new ViewBuilder();
  let cursor = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const at = m.index;
    if (at > cursor) builder.keep(text.slice(cursor, at));
    const c = m[0];
    cursor = at + c.length;
    if (c.length > 1) {
      // "Luis  Petri", "LIMA, Peru  --  Chile": a run of spaces is one space.
      builder.keep(" ");
      builder.drop(c.length - 1);
    } else if (ODD_SPACE.test(c)) {
      builder.keep(" ");
    } else if (ODD_APOSTROPHE.test(c)) {
      // "Romania´s Supreme Council": the possessive reads as with the typographic apostrophe.
      builder.keep("\u2019");
    } else if (c === "\r" && text.charCodeAt(at + 1) === 10) {
      builder.drop();
    } else if (c === "\n" || OTHER_BREAK.test(c)) {
      builder.keep("\n");
    } else {
      // Soft hyphen, zero-width space, word joiner, byte-order mark.
      builder.drop();
    }
  }
  if (cursor < text.length) builder.keep(text.slice(cursor));
  return builder.build(text);
}

/**
 * `view` with its wrapped lines joined: `joins` gives the line ends (by their offset in `view`)
 * that become a space or nothing; the characters `view` left out stay left out where they were.
 */
function withJoins(view: TextView, joins: Map<number, Join>): TextView {
  const { text, cuts, shifts } = view;
  const ends = [...joins.keys()].sort((a, b) => a - b);
  const builder = new ViewBuilder();
  let cursor = 0;
  let cut = 0;
  let left = 0;
  // Each joined line end in turn, then the end of the text.
  for (let e = 0; e <= ends.length; e++) {
    const at = e < ends.length ? (ends[e] as number) : text.length;
    // The cuts up to it (a carriage return before a line end among them) come first.
    for (; cut < cuts.length && (cuts[cut] as number) <= at; cut++) {
      builder.keep(text.slice(cursor, cuts[cut]));
      cursor = cuts[cut] as number;
      builder.drop((shifts[cut] as number) - left);
      left = shifts[cut] as number;
    }
    builder.keep(text.slice(cursor, at));
    if (e === ends.length) break;
    const join = joins.get(at) as Join;
    if (join === "") builder.drop();
    else builder.keep(join);
    cursor = at + 1;
  }
  return builder.build(view.original);
}
