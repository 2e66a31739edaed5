/**
 * Evidence sentences as DOM: the sentence with the mentions of the relation's entities marked
 * (from the API's highlight offsets), what its pronouns and descriptions were read as ("he → Kim
 * Jong Un"), then the document's title, outlet and date. Text only.
 */
import type { ApiEvidence, ApiHighlight } from "../api-types.ts";
import { el, safeHref } from "../dom.ts";

/** Splits a sentence into plain and highlighted runs; overlapping or out-of-range highlights are skipped. */
export function highlightRuns<H extends Pick<ApiHighlight, "start" | "end">>(
  sentence: string,
  highlights: readonly H[] = [],
): { text: string; mark: boolean }[] {
  const sorted = [...highlights]
    .filter(
      (h) =>
        Number.isInteger(h.start) &&
        Number.isInteger(h.end) &&
        h.start >= 0 &&
        h.end <= sentence.length &&
        h.start < h.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue;
    if (h.start > at) runs.push({ text: sentence.slice(at, h.start), mark: false });
    runs.push({ text: sentence.slice(h.start, h.end), mark: true });
    at = h.end;
  }
  if (at < sentence.length) runs.push({ text: sentence.slice(at), mark: false });
  return runs;
}

/** When the fact happened, as the text says it (or the publication date, marked as such). */
export function eventLine(evidence: ApiEvidence): HTMLElement | null {
  const { eventDate, eventDateSource, eventText, eventPrecision } = evidence;
  if (eventDateSource === "unresolved")
    return el("p", { class: "event" }, `happened: “${eventText ?? ""}” (undated article, not resolved)`);
  if (!eventDate) return null;
  const precision = eventPrecision && eventPrecision !== "day" ? ` (${eventPrecision})` : "";
  return el(
    "p",
    { class: "event" },
    `happened ${eventDate}${precision}`,
    eventDateSource === "text" && eventText
      ? ` · “${eventText}”`
      : " · no date in the text: publication date",
    evidence.eventFuture ? el("span", { class: "tag" }, "future") : null,
  );
}

/**
 * How the sentence was read where it names an end only by a pronoun or a description: "he →
 * Kim Jong Un · the minister → Luis Petri" (each pair once), or null when it names both ends.
 */
export function resolutionText(evidence: Pick<ApiEvidence, "resolved">): string | null {
  const pairs = new Set((evidence.resolved ?? []).map((r) => `${r.text} → ${r.name}`));
  return pairs.size > 0 ? [...pairs].join(" · ") : null;
}

/** The resolution line under a sentence (text only), with the antecedent each stands for in its title. */
export function resolutionLine(evidence: ApiEvidence): HTMLElement | null {
  const text = resolutionText(evidence);
  if (text === null) return null;
  const antecedents = [...new Set((evidence.resolved ?? []).map((r) => `“${r.antecedent.text}”`))];
  return el(
    "p",
    { class: "resolved", title: `coreference: refers back to ${antecedents.join(", ")}` },
    `read as: ${text}`,
  );
}

/** Controls placed under an evidence sentence (e.g. Reject this evidence). */
export type EvidenceTools = (evidence: ApiEvidence) => HTMLElement | null;

/** One evidence sentence with its source line, its event date and the given controls. */
export function renderEvidence(evidence: ApiEvidence, tools?: EvidenceTools): HTMLElement {
  const quote = el("blockquote", { class: "sentence" });
  for (const run of highlightRuns(evidence.sentence, evidence.highlights)) {
    quote.appendChild(run.mark ? el("mark", {}, run.text) : document.createTextNode(run.text));
  }
  const href = safeHref(evidence.url);
  const title = evidence.title || evidence.doc;
  const source = el(
    "p",
    { class: "source" },
    href
      ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, title)
      : el("span", { class: "doc-title" }, title),
    evidence.outlet ? ` · ${evidence.outlet}` : null,
    evidence.date ? ` · published ${evidence.date.slice(0, 10)}` : null,
    evidence.headline ? el("span", { class: "tag" }, "headline") : null,
    evidence.modality && evidence.modality !== "asserted"
      ? el("span", { class: "tag" }, evidence.modality)
      : null,
  );
  return el(
    "li",
    { class: "evidence", title: `rule ${evidence.rule} · trigger "${evidence.trigger}"` },
    quote,
    resolutionLine(evidence),
    source,
    eventLine(evidence),
    tools?.(evidence),
  );
}

/** Where the rest of an edge's evidence comes from: its full count, and a fetch of the pieces from an offset. */
export interface MoreEvidence {
  total: number;
  fetch: (offset: number) => Promise<readonly ApiEvidence[]>;
}

/**
 * A list of evidence sentences (at most `limit`, with a count of the rest), each with the given
 * controls. With `more`, the pieces beyond those in `list` are fetched when asked for (answers
 * carry an edge's first pieces and its count).
 */
export function renderEvidenceList(
  list: readonly ApiEvidence[],
  limit = 5,
  tools?: EvidenceTools,
  more?: MoreEvidence,
): HTMLElement {
  const shown = list.slice(0, limit);
  const root = el("ul", { class: "evidence-list" }, ...shown.map((ev) => renderEvidence(ev, tools)));
  const total = Math.max(list.length, more?.total ?? 0);
  let had = list.length;
  let rendered = shown.length;
  if (total <= rendered) return root;
  const button = el("button", { type: "button", class: "link" }, `Show ${total - rendered} more`);
  const item = el("li", { class: "more" }, button);
  const add = (pieces: readonly ApiEvidence[]): void => {
    for (const ev of pieces) root.insertBefore(renderEvidence(ev, tools), item);
    rendered += pieces.length;
  };
  button.addEventListener("click", async () => {
    add(list.slice(rendered));
    if (more && had < total) {
      button.setAttribute("disabled", "");
      try {
        const next = await more.fetch(had);
        had += next.length;
        add(next);
        if (next.length === 0) had = total;
      } catch {
        button.textContent = "Could not load more; try again";
        button.removeAttribute("disabled");
        return;
      }
      button.removeAttribute("disabled");
    }
    if (rendered >= total || had >= total) item.remove();
    else button.textContent = `Show ${total - rendered} more`;
  });
  root.appendChild(item);
  return root;
}
