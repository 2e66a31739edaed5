/**
 * The timeline strip under the graph: evidence counts per week or month as bars, a brush (drag
 * across the bars) that sets the time window the canvas shows, a play button that grows the
 * network bin by bin, and a button that clears the window. Changes go through the filter action.
 */
import type { Actions } from "../actions.ts";
import type { SigmaGraph } from "../converter.ts";
import { el, replace } from "../dom.ts";
import type { TimeRange } from "../state.ts";
import { timelineBins, type TimelineBins } from "../timeline-bins.ts";

/** The mounted timeline. */
export interface Timeline {
  root: HTMLElement;
  /** Recounts from the graph (after a load or a live change). */
  setGraph(graph: SigmaGraph): void;
  /** Shows the current window. */
  show(time: TimeRange | null): void;
  /** Stops playing. */
  dispose(): void;
}

/** Milliseconds between two steps of play. */
const PLAY_STEP_MS = 700;

/** Creates the timeline; `time` reads the current window. */
export function createTimeline(actions: Actions, time: () => TimeRange | null): Timeline {
  const track = el("div", {
    class: "timeline-track",
    role: "slider",
    tabindex: "0",
    "aria-label": "Time window",
  });
  const play = el("button", { type: "button", class: "timeline-play", "aria-label": "Play" }, "▶");
  const reset = el("button", { type: "button", class: "link timeline-clear" }, "All dates");
  const caption = el("span", { class: "timeline-caption" });
  const root = el(
    "div",
    { class: "timeline", "aria-label": "Timeline of evidence" },
    el("div", { class: "timeline-bar" }, play, caption, reset),
    track,
  );
  let data: TimelineBins = { unit: "month", bins: [] };
  let timer: ReturnType<typeof setInterval> | null = null;
  let drag: { from: number; to: number } | null = null;

  const setWindow = (from: number, to: number) => {
    const [a, b] = from <= to ? [from, to] : [to, from];
    const first = data.bins[a];
    const last = data.bins[b];
    if (first && last) actions.setFilters({ time: { from: first.start, to: last.end } });
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = "▶";
    play.setAttribute("aria-label", "Play");
  };
  const binAt = (clientX: number): number => {
    const rect = track.getBoundingClientRect();
    const i = Math.floor(((clientX - rect.left) / Math.max(1, rect.width)) * data.bins.length);
    return Math.min(data.bins.length - 1, Math.max(0, i));
  };

  function render(window: TimeRange | null): void {
    const max = Math.max(1, ...data.bins.map((b) => b.count));
    const shown = drag ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) } : null;
    replace(
      track,
      ...data.bins.map((bin, i) => {
        const inside = shown
          ? i >= shown.from && i <= shown.to
          : !window || (bin.end >= window.from && bin.start <= window.to);
        return el(
          "div",
          {
            class: `timeline-bin${inside ? " in" : ""}`,
            title: `${bin.label}: ${bin.count} evidence`,
            "data-start": bin.start,
          },
          el("div", { class: "timeline-count", style: `height:${Math.round((bin.count / max) * 100)}%` }),
        );
      }),
    );
    const total = data.bins.reduce((n, b) => n + b.count, 0);
    const inWindow = window
      ? data.bins.filter((b) => b.end >= window.from && b.start <= window.to).reduce((n, b) => n + b.count, 0)
      : total;
    caption.textContent = data.bins.length
      ? `${window ? `${window.from} – ${window.to}` : "All dates"} · ${inWindow} of ${total} evidence · per ${data.unit}`
      : "No dated evidence";
    reset.hidden = !window;
    track.setAttribute("aria-valuetext", caption.textContent);
  }

  track.addEventListener("pointerdown", (event) => {
    if (!data.bins.length) return;
    stop();
    const i = binAt(event.clientX);
    drag = { from: i, to: i };
    track.setPointerCapture(event.pointerId);
    render(time());
  });
  track.addEventListener("pointermove", (event) => {
    if (!drag) return;
    drag.to = binAt(event.clientX);
    render(time());
  });
  track.addEventListener("pointerup", () => {
    if (!drag) return;
    const { from, to } = drag;
    drag = null;
    setWindow(from, to);
  });
  track.addEventListener("keydown", (event) => {
    const n = data.bins.length;
    if (!n || (event.key !== "ArrowLeft" && event.key !== "ArrowRight")) return;
    const w = time();
    const last = w ? data.bins.findIndex((b) => b.end >= w.to) : n - 1;
    const next = Math.min(
      n - 1,
      Math.max(0, (last < 0 ? n - 1 : last) + (event.key === "ArrowRight" ? 1 : -1)),
    );
    setWindow(0, next);
    event.preventDefault();
  });
  play.addEventListener("click", () => {
    if (timer) return stop();
    if (!data.bins.length) return;
    let i = 0;
    play.textContent = "❚❚";
    play.setAttribute("aria-label", "Pause");
    setWindow(0, 0);
    timer = setInterval(() => {
      i++;
      if (i >= data.bins.length) return stop();
      setWindow(0, i);
    }, PLAY_STEP_MS);
  });
  reset.addEventListener("click", () => {
    stop();
    actions.setFilters({ time: null });
  });

  return {
    root,
    setGraph(graph) {
      const spans = graph.mapEdges((_edge, attrs) => attrs.spans ?? []).flat();
      data = timelineBins(spans);
      root.hidden = data.bins.length === 0;
      render(time());
    },
    show: render,
    dispose: stop,
  };
}
