/**
 * HTML sources to plain text through html-to-text: scripts, styles, navigation and images
 * dropped, no word wrap, headings kept as written, link targets hidden.
 */
import { compile, type HtmlToTextOptions } from "html-to-text";

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

const toBody = compile(BODY_OPTIONS);
const toTitle = compile(TITLE_OPTIONS);

/** The readable text of an HTML page and its `<title>`, when it has one. */
export function htmlToPlainText(html: string): { text: string; title: string | null } {
  const text = toBody(html)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title = toTitle(html).replace(/\s+/g, " ").trim();
  return { text, title: title || null };
}
