/**
 * The export panel: links to /api/export.* for what is shown (current filters) or the whole graph,
 * and a PNG image of the current view made from sigma's canvas layers, with the legend (colours,
 * relations, sizes) drawn in a strip on its right.
 */
import type Sigma from "sigma";
import type { SigmaEdgeAttributes, SigmaNodeAttributes } from "../converter.ts";
import { RELATION_TYPES } from "../../../src/model/ontology.ts";
import { exportUrl } from "../api.ts";
import { el, replace } from "../dom.ts";
import { formatMeasure, type ColorLegend, type SizeLegend } from "../encoding.ts";
import type { Filters } from "../state.ts";
import { RELATION_COLORS, RELATION_LABELS } from "../theme.ts";

/** What the image's legend explains. */
export interface ImageLegend {
  color: ColorLegend;
  size: SizeLegend;
}

/** Width of the legend strip, in CSS pixels. */
export const LEGEND_WIDTH = 240;

/** Draws the legend into `ctx` (in CSS pixels) from (x, 0), `height` tall. */
function drawLegend(ctx: CanvasRenderingContext2D, legend: ImageLegend, x: number, height: number): void {
  ctx.fillStyle = "#f7f8fa";
  ctx.fillRect(x, 0, LEGEND_WIDTH, height);
  ctx.fillStyle = "#e5e7eb";
  ctx.fillRect(x, 0, 1, height);
  let y = 28;
  const left = x + 16;
  const title = (text: string) => {
    ctx.fillStyle = "#6b7280";
    ctx.font = "600 11px system-ui, sans-serif";
    ctx.fillText(text.toUpperCase(), left, y);
    y += 18;
  };
  const line = (text: string, draw: () => void) => {
    draw();
    ctx.fillStyle = "#1f2937";
    ctx.font = "13px system-ui, sans-serif";
    ctx.fillText(text, left + 22, y + 4);
    y += 20;
  };
  ctx.textBaseline = "alphabetic";
  title(legend.color.title);
  if (legend.color.kind === "categories") {
    for (const e of legend.color.entries) {
      line(`${e.label} (${e.count})`, () => {
        ctx.fillStyle = e.color;
        ctx.beginPath();
        ctx.arc(left + 7, y, 6, 0, 2 * Math.PI);
        ctx.fill();
      });
    }
  } else {
    const ramp = ctx.createLinearGradient(left, 0, left + 200, 0);
    legend.color.colors.forEach((c, i, all) => ramp.addColorStop(i / (all.length - 1), c));
    ctx.fillStyle = ramp;
    ctx.fillRect(left, y - 8, 200, 10);
    y += 16;
    ctx.fillStyle = "#1f2937";
    ctx.font = "12px system-ui, sans-serif";
    ctx.fillText(formatMeasure(legend.color.min), left, y);
    const max = formatMeasure(legend.color.max);
    ctx.fillText(max, left + 200 - ctx.measureText(max).width, y);
    y += 20;
  }
  y += 10;
  title("Relations");
  for (const relation of RELATION_TYPES) {
    line(RELATION_LABELS[relation], () => {
      ctx.fillStyle = RELATION_COLORS[relation];
      ctx.fillRect(left, y - 2, 16, 4);
    });
  }
  y += 10;
  title(`Size: ${legend.size.title}`);
  ctx.fillStyle = "#9ca3af";
  ctx.beginPath();
  ctx.arc(left + 4, y, 3, 0, 2 * Math.PI);
  ctx.arc(left + 60, y, 9, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = "#1f2937";
  ctx.font = "12px system-ui, sans-serif";
  ctx.fillText(formatMeasure(legend.size.min), left + 12, y + 4);
  ctx.fillText(formatMeasure(legend.size.max), left + 74, y + 4);
}

const FORMATS = [
  ["gexf", "GEXF (Gephi)"],
  ["graphml", "GraphML"],
  ["json", "JSON"],
  ["nodes.csv", "Nodes CSV"],
  ["edges.csv", "Edges CSV"],
] as const;

/**
 * Draws every canvas layer of sigma onto one canvas on a white background, in stacking order,
 * with the legend in a strip on the right when one is given.
 */
export function renderViewToCanvas(
  sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>,
  legend?: ImageLegend,
): HTMLCanvasElement {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const strip = legend ? LEGEND_WIDTH : 0;
  const out = document.createElement("canvas");
  out.width = Math.round((width + strip) * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d");
  if (!ctx) return out;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  const layers = sigma.getCanvases();
  for (const name of ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
    const canvas = layers[name];
    if (canvas) ctx.drawImage(canvas, 0, 0, Math.round(width * ratio), out.height);
  }
  if (legend) {
    ctx.save();
    ctx.scale(ratio, ratio);
    drawLegend(ctx, legend, width, height);
    ctx.restore();
  }
  return out;
}

/** Creates the export panel; `filters()` gives the current filters, `legend()` the image's legend. */
export function createExportPanel(
  base: string,
  sigma: () => Sigma<SigmaNodeAttributes, SigmaEdgeAttributes> | null,
  filters: () => Filters,
  legend: () => ImageLegend | undefined = () => undefined,
): { root: HTMLElement; update(): void } {
  const shown = el("ul", { class: "exports", "aria-label": "Export what is shown" });
  const whole = el("ul", { class: "exports", "aria-label": "Export the whole graph" });
  const png = el("button", { type: "button", class: "primary" }, "Download PNG of the view");
  png.addEventListener("click", () => {
    const s = sigma();
    if (!s) return;
    renderViewToCanvas(s, legend()).toBlob((blob) => {
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
