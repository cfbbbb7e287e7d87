/** The renderer's layers worth keeping in a picture, bottom to top (not the mouse layer). */
const SNAPSHOT_LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'] as const;

/**
 * Draws the renderer's canvases, bottom to top, onto `target` over a white
 * background (the layers themselves are transparent); `target` takes the
 * size of the largest layer. Must run right after a render: WebGL layers are
 * cleared once the browser has put them on screen.
 */
export function composeLayers(layers: Partial<Record<string, HTMLCanvasElement>>, target: HTMLCanvasElement): boolean {
  const present = SNAPSHOT_LAYERS.map((id) => layers[id]).filter((c): c is HTMLCanvasElement => c !== undefined);
  if (!present.length) return false;
  const width = Math.max(...present.map((c) => c.width));
  const height = Math.max(...present.map((c) => c.height));
  target.width = width;
  target.height = height;
  const ctx = target.getContext('2d');
  if (!ctx) return false;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (const c of present) ctx.drawImage(c, 0, 0, width, height);
  return true;
}
