/**
 * Camera framing: the sigma camera state (centre and ratio) that shows a set of nodes with room
 * for their labels. Pure, so that it can be tested without WebGL.
 */

/** Room kept around fitted nodes for their labels, in pixels (sides, top and bottom). */
const FIT_MARGIN = { x: 90, y: 40 };

/**
 * The camera state that shows `nodes` (framed coordinates from sigma's display data) with a
 * margin, given the view's size and sigma's stage padding; null when no node has display data.
 */
export function cameraToFit(
  points: readonly { x: number; y: number }[],
  view: { width: number; height: number },
  padding: number,
  limits: { min: number; max: number },
): { x: number; y: number; ratio: number } | null {
  if (!points.length) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points)
    [minX, minY, maxX, maxY] = [
      Math.min(minX, p.x),
      Math.min(minY, p.y),
      Math.max(maxX, p.x),
      Math.max(maxY, p.y),
    ];
  // At ratio r one framed unit spans (smaller side - 2 padding) / r pixels.
  const unit = Math.min(view.width, view.height) - 2 * padding;
  const ratio = Math.max(
    ((maxX - minX) * unit) / Math.max(1, view.width - 2 * FIT_MARGIN.x),
    ((maxY - minY) * unit) / Math.max(1, view.height - 2 * FIT_MARGIN.y),
    limits.min,
  );
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(limits.max, ratio) };
}
