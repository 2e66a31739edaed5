/**
 * A normalised view of a document's text: the text the stages read (line ends, odd spaces and
 * invisible characters made plain, hard-wrapped lines joined) with the way back from any of its
 * offsets to the original text's, so that evidence always points into the document as written.
 */

/** The text the stages read and the map from its offsets to the original's. */
export interface TextView {
  /** The document as written. */
  original: string;
  /** The normalised text. */
  text: string;
  /**
   * View offsets at which characters of the original were left out, ascending, and how many were
   * left out before each (cumulative): empty when the view is as long as the original.
   */
  cuts: readonly number[];
  shifts: readonly number[];
}

/** A view that is the text itself. */
export function identityView(text: string): TextView {
  return { original: text, text, cuts: [], shifts: [] };
}

/**
 * Builds a view character by character: `keep` copies one original character (or a replacement
 * of the same length), `drop` leaves one out and records the cut.
 */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private dropped = 0;
  private readonly cuts: number[] = [];
  private readonly shifts: number[] = [];

  /** Appends `chars`, standing for as many characters of the original. */
  keep(chars: string): void {
    this.parts.push(chars);
    this.length += chars.length;
  }

  /** Leaves out `count` characters of the original at the current place. */
  drop(count = 1): void {
    this.dropped += count;
    if (this.cuts[this.cuts.length - 1] === this.length) this.shifts[this.shifts.length - 1] = this.dropped;
    else {
      this.cuts.push(this.length);
      this.shifts.push(this.dropped);
    }
  }

  /** The view of `original`. */
  build(original: string): TextView {
    return { original, text: this.parts.join(""), cuts: this.cuts, shifts: this.shifts };
  }
}

/** How many original characters were left out before view offset `offset` (cuts at or before it). */
function shiftAt(view: TextView, offset: number): number {
  const { cuts, shifts } = view;
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cuts[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (shifts[lo - 1] as number);
}

/** The original offset of the character at view offset `offset` (a span's start). */
export function toOriginalStart(view: TextView, offset: number): number {
  return view.cuts.length === 0 ? offset : offset + shiftAt(view, offset);
}

/** The original offset just after the character before view offset `offset` (a span's exclusive end). */
export function toOriginalEnd(view: TextView, offset: number): number {
  if (view.cuts.length === 0 || offset <= 0) return offset;
  return toOriginalStart(view, offset - 1) + 1;
}

/** The original span of the view span [start, end): its offsets and its text as written. */
export function originalSpan(
  view: TextView,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  const from = toOriginalStart(view, start);
  const to = Math.max(from, toOriginalEnd(view, end));
  return { start: from, end: to, text: view.original.slice(from, to) };
}
