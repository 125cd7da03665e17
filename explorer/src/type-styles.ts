import type { EntityType } from './entity.js';

/**
 * A node outline in a box from -1 to 1 on both axes: a circle, or polygon points. The canvas
 * (cytoscape's `polygon` shape), the legend and the SVG export all draw from these, so they
 * look alike.
 */
export type Shape = { kind: 'circle' } | { kind: 'polygon'; points: readonly number[] };

const polygon = (...points: number[]): Shape => ({ kind: 'polygon', points });

function regular(sides: number, rotation = 0): Shape {
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (2 * Math.PI * i) / sides - Math.PI / 2;
    points.push(round(Math.cos(angle)), round(Math.sin(angle)));
  }
  return { kind: 'polygon', points };
}

function star(tips: number): Shape {
  const points: number[] = [];
  for (let i = 0; i < tips * 2; i++) {
    const radius = i % 2 === 0 ? 1 : 0.45;
    const angle = (Math.PI * i) / tips - Math.PI / 2;
    points.push(round(radius * Math.cos(angle)), round(radius * Math.sin(angle)));
  }
  return { kind: 'polygon', points };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** How one type is drawn: fill colour (at least 3:1 against white), outline and size. */
export interface TypeStyle {
  readonly colour: string;
  readonly shape: Shape;
  /** Drawn width and height in pixels at zoom 1. */
  readonly size: number;
}

/**
 * Colour and shape per type. Colours are dark enough for 3:1 contrast with the white canvas
 * (WCAG's threshold for graphics); the shapes tell types apart without colour.
 */
export const typeStyles: Record<EntityType, TypeStyle> = {
  Force: { colour: '#1f4e9c', shape: polygon(-1, -0.75, 1, -0.75, 1, 0.75, -1, 0.75), size: 34 },
  Report: {
    colour: '#555555',
    shape: polygon(-0.75, -1, 0.45, -1, 0.75, -0.7, 0.75, 1, -0.75, 1),
    size: 28,
  },
  Theme: { colour: '#7a3e9d', shape: regular(6, Math.PI / 6), size: 26 },
  Topic: { colour: '#9a4a1c', shape: polygon(0, -1, 1, 0, 0, 1, -1, 0), size: 26 },
  Term: {
    colour: '#66662a',
    shape: polygon(-1, -0.6, 0.4, -0.6, 1, 0, 0.4, 0.6, -1, 0.6),
    size: 22,
  },
  PartnerAgency: { colour: '#17784f', shape: { kind: 'circle' }, size: 28 },
  Body: { colour: '#3f6212', shape: regular(4, Math.PI / 4), size: 26 },
  Initiative: { colour: '#b3261e', shape: regular(8, Math.PI / 8), size: 30 },
  Unit: { colour: '#0e6f86', shape: regular(3), size: 26 },
  Finding: { colour: '#a14a00', shape: regular(5), size: 20 },
  Recommendation: { colour: '#9d174d', shape: polygon(-1, -1, 0, -0.3, 1, -1, 0, 1), size: 22 },
  Judgement: { colour: '#4338ca', shape: star(5), size: 24 },
  ForceFact: {
    colour: '#475569',
    shape: polygon(-0.6, -0.8, 1, -0.8, 0.6, 0.8, -1, 0.8),
    size: 18,
  },
  Figure: { colour: '#8a5a00', shape: polygon(-1, -0.5, 1, -0.5, 1, 0.5, -1, 0.5), size: 18 },
  Passage: { colour: '#3f6212', shape: polygon(-0.8, -1, 0.8, -1, 0.8, 1, -0.8, 1), size: 20 },
  Section: { colour: '#334155', shape: polygon(-1, -1, 1, -1, 1, -0.2, -1, -0.2), size: 22 },
  Footnote: { colour: '#6b7280', shape: regular(4, Math.PI / 4), size: 14 },
};

/** Cytoscape's `shape-polygon-points` value. */
export function polygonPointsAttribute(shape: Shape): string {
  return shape.kind === 'polygon' ? shape.points.join(' ') : '';
}

/** An SVG element (as markup) of the shape centred at (x, y), `size` pixels across. */
export function shapeSvg(
  shape: Shape,
  x: number,
  y: number,
  size: number,
  attributes: string,
): string {
  const half = size / 2;
  if (shape.kind === 'circle') return `<circle cx="${x}" cy="${y}" r="${half}" ${attributes}/>`;
  const points: string[] = [];
  for (let i = 0; i < shape.points.length; i += 2)
    points.push(`${round(x + shape.points[i]! * half)},${round(y + shape.points[i + 1]! * half)}`);
  return `<polygon points="${points.join(' ')}" ${attributes}/>`;
}
