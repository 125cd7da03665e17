import type { VisibleGraph } from './graph-view.js';
import { shapeSvg, typeStyles } from './type-styles.js';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The drawing as a standalone SVG: the same positions, colours, shapes and labels as the
 * canvas, with each node's name and each relationship's type as a `<title>` (a tooltip in
 * viewers). Written here because the SVG plug-ins for cytoscape are unmaintained, and the
 * drawing is simple: lines, the shapes of `type-styles.ts` and text.
 */
export function renderSvg(
  graph: VisibleGraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): string {
  const placed = graph.entities.filter((entity) => positions.has(entity.id));
  const xs = placed.map((entity) => positions.get(entity.id)!.x);
  const ys = placed.map((entity) => positions.get(entity.id)!.y);
  const margin = 60;
  const minX = Math.min(0, ...xs) - margin;
  const minY = Math.min(0, ...ys) - margin;
  const width = Math.max(0, ...xs) + margin - minX;
  const height = Math.max(0, ...ys) + margin - minY;
  const lines = graph.relationships.flatMap((relationship) => {
    const from = positions.get(relationship.from);
    const to = positions.get(relationship.to);
    if (from === undefined || to === undefined) return [];
    return [
      `<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="#8c8c8c" stroke-width="1.5"><title>${escapeXml(relationship.type)}</title></line>`,
    ];
  });
  const nodes = placed.map((entity) => {
    const { x, y } = positions.get(entity.id)!;
    const style = typeStyles[entity.type];
    const shape = shapeSvg(
      style.shape,
      x,
      y,
      style.size,
      `fill="${style.colour}" stroke="#ffffff"`,
    );
    const label = `<text x="${x}" y="${y + style.size / 2 + 12}" text-anchor="middle">${escapeXml(entity.label.length > 40 ? `${entity.label.slice(0, 39)}…` : entity.label)}</text>`;
    return `<g><title>${escapeXml(`${entity.label} (${entity.type})`)}</title>${shape}${label}</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" width="${Math.round(width)}" height="${Math.round(height)}" font-family="system-ui, sans-serif" font-size="10" fill="#1a1a1a">`,
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lines,
    ...nodes,
    '</svg>',
    '',
  ].join('\n');
}

/** Offers a file to save, as the browser's download. */
export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
