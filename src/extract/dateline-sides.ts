/**
 * Dateline sides: the country of the capital a wire story is filed from ("PHNOM PENH (Reuters) -
 * Cambodia accused Thailand … Deputy Defense Minister General Neang Phat said more Cambodian
 * troops were heading to the area"). Wire style names the dateline government's own officials by
 * title alone and the other side's by their country, so an official the document ties to no
 * country is presumed of the dateline's (presumed-sides.ts, the last of its presumptions).
 */
import { DATELINE } from "./1-segment.ts";
import { gazetteerOf } from "./gazetteer.ts";
import type { DocState } from "./types.ts";

/** The place of a dateline: its capitals before a comma, a bracket or a dash ("PHNOM PENH"). */
const DATELINE_PLACE = /^[A-Z][A-Z .'’-]*?(?=,| \(| ?(?:--|[-—–]) | \()/u;

/**
 * The country of the document's dateline: the place the segmenter took off the line of the first
 * sentence that is no headline, when it is a country's capital or name in the document's lexicon
 * (gazetteer placeCountries: a user lexicon's countries too). None otherwise.
 */
export function datelineCountry(state: DocState): string | undefined {
  const first = state.sentences.find((s) => !s.headline);
  if (!first) return undefined;
  const text = state.view.text;
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  const dateline = DATELINE.exec(text.slice(lineStart, first.start));
  if (!dateline || lineStart + dateline[0].length !== first.start) return undefined;
  const place = DATELINE_PLACE.exec(dateline[0])?.[0].trim();
  return place === undefined
    ? undefined
    : gazetteerOf(state.options.lexicon).placeCountries.get(place.toLowerCase());
}
