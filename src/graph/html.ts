/**
 * HTML sources to plain text through html-to-text: scripts, styles, navigation and images
 * dropped, no word wrap, headings kept as written, link targets hidden. html-to-text is loaded
 * and its converters compiled on the first HTML source: loading them cost every kg command and
 * every extraction thread about 0.1 s of CPU at start, and most sources are plain text.
 */
import { createRequire } from "node:module";
import type { HtmlToTextOptions, compile } from "html-to-text";

const SKIP = ["script", "style", "noscript", "nav", "template", "svg", "img", "iframe", "form", "button"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

const BODY_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: "skip" })),
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "a", options: { ignoreHref: true } },
    { selector: "p", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
};

const TITLE_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  baseElements: { selectors: ["title"], returnDomByDefault: false },
};

type Convert = (html: string) => string;

/** The compiled converters, set once on first use (a cache: it holds nothing a call changes). */
const converters: { body?: Convert; title?: Convert } = {};

/** The body and title converters, loading html-to-text and compiling them the first time. */
function convertersOf(): { body: Convert; title: Convert } {
  if (!converters.body || !converters.title) {
    const html = createRequire(import.meta.url)("html-to-text") as { compile: typeof compile };
    converters.body = html.compile(BODY_OPTIONS);
    converters.title = html.compile(TITLE_OPTIONS);
  }
  return converters as { body: Convert; title: Convert };
}

/** The readable text of an HTML page and its `<title>`, when it has one. */
export function htmlToPlainText(html: string): { text: string; title: string | null } {
  const { body: toBody, title: toTitle } = convertersOf();
  const text = toBody(html)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title = toTitle(html).replace(/\s+/g, " ").trim();
  return { text, title: title || null };
}
