/**
 * The export panel: links to /api/export.* for what is shown (current filters) or the whole graph,
 * and a PNG image of the current view made from sigma's canvas layers.
 */
import type Sigma from "sigma";
import type { SigmaEdgeAttributes, SigmaNodeAttributes } from "../converter.ts";
import { exportUrl } from "../api.ts";
import { el, replace } from "../dom.ts";
import type { Filters } from "../state.ts";

const FORMATS = [
  ["gexf", "GEXF (Gephi)"],
  ["graphml", "GraphML"],
  ["json", "JSON"],
  ["nodes.csv", "Nodes CSV"],
  ["edges.csv", "Edges CSV"],
] as const;

/** Draws every canvas layer of sigma onto one canvas on a white background, in stacking order. */
export function renderViewToCanvas(
  sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>,
): HTMLCanvasElement {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d");
  if (!ctx) return out;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  const layers = sigma.getCanvases();
  for (const name of ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
    const canvas = layers[name];
    if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

/** Creates the export panel; `filters()` gives the current filters. */
export function createExportPanel(
  base: string,
  sigma: () => Sigma<SigmaNodeAttributes, SigmaEdgeAttributes> | null,
  filters: () => Filters,
): { root: HTMLElement; update(): void } {
  const shown = el("ul", { class: "exports", "aria-label": "Export what is shown" });
  const whole = el("ul", { class: "exports", "aria-label": "Export the whole graph" });
  const png = el("button", { type: "button", class: "primary" }, "Download PNG of the view");
  png.addEventListener("click", () => {
    const s = sigma();
    if (!s) return;
    renderViewToCanvas(s).toBlob((blob) => {
      if (!blob) return;
      const href = URL.createObjectURL(blob);
      const a = el("a", { href, download: "kg-view.png" });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 1000);
    }, "image/png");
  });
  const links = (list: HTMLElement, current: Filters | null, suffix: string) =>
    replace(
      list,
      ...FORMATS.map(([format, label]) =>
        el(
          "li",
          {},
          el(
            "a",
            {
              href: exportUrl(base, format, current),
              download: `kg-graph${suffix}.${format}`,
              "data-format": format,
            },
            label,
          ),
        ),
      ),
    );
  const update = () => {
    links(shown, filters(), "-filtered");
    links(whole, null, "");
  };
  update();
  const root = el(
    "div",
    { class: "export-panel" },
    el("h2", {}, "Export"),
    el("h3", {}, "What is shown (current filters)"),
    shown,
    el("h3", {}, "The whole graph"),
    whole,
    el("h3", {}, "Image"),
    png,
  );
  return { root, update };
}
