/**
 * Node labels without overlap: after every sigma render, labels are placed greedily in priority
 * order (selection and its neighbours, then the most important actors) into a grid of the boxes
 * already taken: right of its node, else left, above or below; a label with no free place is not
 * drawn. Sigma's own label pass is switched off (renderLabels:
 * false); its settings (font, size, colour) still decide how labels look.
 */
import type Sigma from "sigma";
import type { SigmaEdgeAttributes, SigmaNodeAttributes } from "./converter.ts";

/** A drawn label's box in viewport pixels. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A label that may be drawn: its node's position and radius in viewport pixels, its text width,
 * and whether its node's disc must stay uncovered by other labels (the nodes brought forward).
 */
export interface LabelCandidate {
  key: string;
  cx: number;
  cy: number;
  radius: number;
  width: number;
  solid?: boolean;
  /** Placed whatever it covers (the selected or hovered node, which sigma marks with a halo). */
  must?: boolean;
}

/** Gap between a node's disc and its label, and around each label, in pixels. */
const GAP = 3;
const PADDING = 2;
/** Side of the cells of the collision grid, in pixels. */
const CELL = 48;

/** True when two boxes overlap (touching edges do not count). */
export function overlaps(a: Omit<LabelBox, "key">, b: Omit<LabelBox, "key">): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Places labels in the order given: each goes right of its node, else left, above or below, in
 * the first place inside the viewport where it covers no label kept before it (and no disc of a
 * node brought forward); a label with no such place is dropped.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  viewport: { width: number; height: number },
  height: number,
  limit = Infinity,
): LabelBox[] {
  const grid = new Map<number, LabelBox[]>();
  const kept: LabelBox[] = [];
  const cells = (box: Omit<LabelBox, "key">): number[] => {
    const out: number[] = [];
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++)
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++)
        out.push(cx * 100_003 + cy);
    return out;
  };
  const free = (box: Omit<LabelBox, "key">): boolean =>
    cells(box).every((cell) => !(grid.get(cell) ?? []).some((other) => overlaps(box, other)));
  const take = (box: LabelBox) => {
    for (const cell of cells(box)) {
      const list = grid.get(cell);
      if (list) list.push(box);
      else grid.set(cell, [box]);
    }
  };
  const list = [...candidates];
  // The discs of nodes brought forward are obstacles: no label covers them.
  for (const c of list)
    if (c.solid)
      take({ key: "", x: c.cx - c.radius, y: c.cy - c.radius, width: 2 * c.radius, height: 2 * c.radius });
  for (const c of list) {
    if (kept.length >= limit) break;
    const y = c.cy - height / 2 - PADDING;
    const boxHeight = height + 2 * PADDING;
    const right = { x: c.cx + c.radius + GAP - PADDING, y, width: c.width + 2 * PADDING, height: boxHeight };
    const left = { ...right, x: c.cx - c.radius - GAP - c.width - PADDING };
    const inside = (b: typeof right) =>
      b.x >= 0 && b.x + b.width <= viewport.width && b.y >= 0 && b.y + b.height <= viewport.height;
    // Right of the node, else left, else centred above or below it.
    const above = { ...right, x: c.cx - right.width / 2, y: c.cy - c.radius - GAP - boxHeight };
    const below = { ...above, y: c.cy + c.radius + GAP };
    const box =
      [right, left, above, below].find((b) => inside(b) && (c.must || free(b))) ??
      (c.must ? right : undefined);
    if (!box) continue;
    const placed = { key: c.key, ...box };
    kept.push(placed);
    take(placed);
  }
  return kept;
}

/** The label layer attached to a sigma instance. */
export interface LabelLayer {
  /** The boxes drawn by the last render (for tests: they never overlap). */
  drawn(): readonly LabelBox[];
  kill(): void;
}

/** View area, in square pixels, per label at density 1 (about 200 labels on a 1400×860 view). */
const AREA_PER_LABEL = 6000;
/**
 * Labels in view tried per label that may be drawn: the most important ones in view are tried
 * first, and measuring the text of thousands more only costs time on large graphs.
 */
const CANDIDATES_PER_LABEL = 8;

/**
 * Draws the labels of `order()` (node keys, most important first) after each render of `sigma`,
 * skipping hidden nodes and nodes whose displayed label is empty (dimmed ones). `density()`
 * scales how many labels a view may hold; at most `limit` candidates in view (and at most
 * CANDIDATES_PER_LABEL per label the view may hold) are tried per frame.
 */
export function attachLabelLayer(
  sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>,
  order: () => readonly string[],
  density: () => number = () => 1,
  limit = 4000,
): LabelLayer {
  let drawn: LabelBox[] = [];
  const widths = new Map<string, number>();

  const draw = () => {
    const settings = sigma.getSettings();
    const canvas = sigma.getCanvases().labels;
    const context = canvas?.getContext("2d");
    if (!context) return;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.font = font;
    const measure = (label: string): number => {
      let width = widths.get(label);
      if (width === undefined) {
        width = context.measureText(label).width;
        widths.set(label, width);
      }
      return width;
    };
    const viewport = sigma.getDimensions();
    const most = Math.max(1, Math.round((density() * viewport.width * viewport.height) / AREA_PER_LABEL));
    const labels = new Map<string, string>();
    function* candidates(): Generator<LabelCandidate> {
      let seen = 0;
      for (const key of order()) {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden || !data.label) continue;
        const { x, y } = sigma.framedGraphToViewport(data);
        const radius = sigma.scaleSize(data.size);
        if (x + radius < 0 || x - radius > viewport.width || y < 0 || y > viewport.height) continue;
        if (seen++ >= Math.min(limit, CANDIDATES_PER_LABEL * most)) return;
        labels.set(key, data.label);
        yield {
          key,
          cx: x,
          cy: y,
          radius,
          width: measure(data.label),
          solid: data.forceLabel || data.highlighted,
          must: data.highlighted,
        };
      }
    }
    drawn = placeLabels(candidates(), viewport, settings.labelSize, most);
    const color = settings.labelColor.attribute ? "#111827" : (settings.labelColor.color ?? "#111827");
    context.textBaseline = "middle";
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.85)";
    context.fillStyle = color;
    for (const box of drawn) {
      const text = labels.get(box.key) ?? "";
      const [tx, ty] = [box.x + PADDING, box.y + box.height / 2];
      context.strokeText(text, tx, ty);
      context.fillText(text, tx, ty);
    }
  };
  sigma.on("afterRender", draw);
  return {
    drawn: () => drawn,
    kill: () => sigma.off("afterRender", draw),
  };
}
