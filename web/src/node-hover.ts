/**
 * How sigma marks a hovered or selected node: a white halo with a soft shadow around its disc,
 * and no label. Sigma's default hover also writes the label, to the right of the node, in a box;
 * the label layer (labels.ts) already places that node's label where it fits (left of the node
 * near the canvas's right edge), so the default drew the name twice, once cut off.
 */
import type { NodeHoverDrawingFunction } from "sigma/rendering";

/** Pixels of halo around the disc. */
const HALO = 3;

export const drawNodeHalo: NodeHoverDrawingFunction = (context, data) => {
  context.save();
  context.beginPath();
  context.arc(data.x, data.y, data.size + HALO, 0, Math.PI * 2);
  context.closePath();
  context.fillStyle = "#ffffff";
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = "rgba(0,0,0,0.45)";
  context.fill();
  context.restore();
};
