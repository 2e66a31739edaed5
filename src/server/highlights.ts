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

/** True when the UTF-16 unit at `at` is a letter or digit (ASCII without a regex). */
function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at); // NaN outside the text
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code === code && WORD.test(text[at]!);
}

/** A surface form to look for, prepared once per highlighter. */
interface Form {
  id: string;
  form: string;
  /** Its lower case, when lower-casing keeps its length (then found by indexOf in the lowered sentence). */
  needle: string | null;
  /** The case-insensitive literal pattern, for the other sentences and forms. */
  pattern: RegExp | null;
}

/** The case-insensitive literal pattern of a surface form (for sentences whose lower case changes length). */
function patternOf(form: string): RegExp {
  return new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
}

/** Takes the span if it stands on word boundaries and overlaps nothing taken yet. */
function add(sentence: string, taken: Highlight[], entity: string, start: number, end: number): void {
  if (isWordAt(sentence, start - 1) || isWordAt(sentence, end)) return;
  for (const h of taken) if (start < h.end && end > h.start) return;
  taken.push({ start, end, entity });
}

/** Takes the spans of `f` in `sentence` (see add). */
function take(sentence: string, lower: string | null, f: Form, taken: Highlight[]): void {
  if (lower !== null && f.needle !== null) {
    const n = f.needle;
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1))
      add(sentence, taken, f.id, at, at + n.length);
    return;
  }
  f.pattern ??= patternOf(f.form);
  for (const match of sentence.matchAll(f.pattern))
    add(sentence, taken, f.id, match.index, match.index + match[0].length);
}

/**
 * A highlighter for `targets`: mentions are case-insensitive, on word boundaries, longest forms
 * first, never overlapping; sorted by start. Build it once and use it for many sentences.
 */
export function createHighlighter(targets: readonly HighlightTarget[]): Highlighter {
  const forms: Form[] = [];
  for (const t of targets)
    for (const name of t.names) {
      const form = name.trim();
      if (form.length <= 1) continue;
      const lowered = form.toLowerCase();
      forms.push({ id: t.id, form, needle: lowered.length === form.length ? lowered : null, pattern: null });
    }
  forms.sort((a, b) => b.form.length - a.form.length);
  return (sentence) => {
    const lowered = sentence.toLowerCase();
    const lower = lowered.length === sentence.length ? lowered : null;
    const taken: Highlight[] = [];
    for (const f of forms) take(sentence, lower, f, taken);
    return taken.sort((a, b) => a.start - b.start);
  };
}

/** The mentions of `targets` in one sentence (see createHighlighter). */
export function findHighlights(sentence: string, targets: readonly HighlightTarget[]): Highlight[] {
  return createHighlighter(targets)(sentence);
}
