/**
 * Highlights: where an evidence sentence mentions the entities of its relation (by name or
 * alias), as offsets within the sentence, so the viewer can mark them without parsing text.
 */

/** One marked span of a sentence, end exclusive. */
export interface Highlight {
  start: number;
  end: number;
  /** Entity id. */
  entity: string;
}

/** An entity and the surface forms to look for. */
export interface HighlightTarget {
  id: string;
  names: readonly string[];
}

/** Marks the mentions of a fixed set of entities in any sentence. */
export type Highlighter = (sentence: string) => Highlight[];

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** The case-insensitive literal pattern of a surface form (for sentences whose lower case changes length). */
function patternOf(form: string): RegExp {
  return new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
}

/** Start offsets of `form` in `sentence`, case-insensitive. */
function occurrences(sentence: string, lower: string | null, form: string): [number, number][] {
  const found: [number, number][] = [];
  const needle = form.toLowerCase();
  if (lower !== null && needle.length === form.length) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1))
      found.push([at, at + needle.length]);
    return found;
  }
  for (const match of sentence.matchAll(patternOf(form)))
    found.push([match.index, match.index + match[0].length]);
  return found;
}

/**
 * A highlighter for `targets`: mentions are case-insensitive, on word boundaries, longest forms
 * first, never overlapping; sorted by start. Build it once and use it for many sentences.
 */
export function createHighlighter(targets: readonly HighlightTarget[]): Highlighter {
  const forms = targets
    .flatMap((t) => t.names.map((n) => ({ id: t.id, form: n.trim() })))
    .filter((f) => f.form.length > 1)
    .sort((a, b) => b.form.length - a.form.length);
  return (sentence) => {
    const lowered = sentence.toLowerCase();
    const lower = lowered.length === sentence.length ? lowered : null;
    const taken: Highlight[] = [];
    for (const { id, form } of forms) {
      for (const [start, end] of occurrences(sentence, lower, form)) {
        const bounded = !isWordChar(sentence[start - 1]) && !isWordChar(sentence[end]);
        if (bounded && !taken.some((h) => start < h.end && end > h.start))
          taken.push({ start, end, entity: id });
      }
    }
    return taken.sort((a, b) => a.start - b.start);
  };
}

/** The mentions of `targets` in one sentence (see createHighlighter). */
export function findHighlights(sentence: string, targets: readonly HighlightTarget[]): Highlight[] {
  return createHighlighter(targets)(sentence);
}
