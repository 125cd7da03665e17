import type { ComplexityEstimator } from 'graphql-query-complexity';
import { computedComplexity, estimateRows, readCost } from '../limits/field-complexity.js';
import {
  defaultNeighbourhoodDepth,
  defaultNeighbourhoodNodes,
  defaultPathHops,
  maxNeighbourhoodDepth,
  maxNeighbourhoodNodes,
  maxPathHops,
} from './question-bounds.js';

/**
 * Costs of the relational questions, in the units of `field-complexity.ts` (about one row
 * read): what each question reads from the store and works through in the application, plus
 * its rows times what is selected below it. The figures are rows, not milliseconds; the
 * `bench:api` timings agree in order (docs/api-limits.md).
 */

/**
 * Rows a question reads when it scans the whole graph for one kind of item (every weakness
 * finding with its topics, every weak judgement). Grows with the corpus; 500 is the seed
 * graph's order of magnitude and makes twenty such questions cost a whole request.
 */
export const scanRows = 500;

/** sharedWeaknesses and sharedWeakThemes: one scan, grouped in the application. */
export const scanComplexity = computedComplexity(readCost + scanRows);

/** similarForces: two scans (weakness topics and grades of every force) and a lookup. */
export const similarForcesComplexity = computedComplexity(3 * readCost + 2 * scanRows);

/** arrangementPartners and gradeComparison: two reads of a few dozen rows each. */
export const twoReadComplexity = computedComplexity(2 * readCost + 50);

/**
 * Nodes a walk reaches per node of its frontier. Hubs (over `maxWalkFanOut` relationships)
 * end a walk, so most steps fan out to a handful of neighbours; 10 is the seed graph's order.
 */
export const walkFanOut = 10;

/** The most nodes a walk's frontier is priced at, however many hops: the graph's size order. */
export const maxWalkRows = 500;

/** A whole number of levels from `value`, within 0..`max`, else `fallback`. */
function levelsOf(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(Math.max(Math.trunc(value), 0), max)
    : fallback;
}

/**
 * A breadth-first walk of `levels` hops: one batched read per level, whose rows grow with the
 * fan-out (`walkFanOut` to the power of the level, up to `rowCap`), plus the reads of its ends.
 */
function walkCost(levels: number, rowCap: number): number {
  let rows = 0;
  for (let level = 1; level <= levels; level += 1) rows += Math.min(walkFanOut ** level, rowCap);
  return (levels + 2) * readCost + rows;
}

/** paths: a walk of `maxHops` levels from each end, then the paths found. */
export const pathsComplexity: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  walkCost(levelsOf(args.maxHops, defaultPathHops, maxPathHops), maxWalkRows) +
  estimateRows(type.name, field, args) * childComplexity;

/** neighbourhood: a walk of `depth` levels, its rows capped by `maxNodes`; the result is one object. */
export const neighbourhoodComplexity: ComplexityEstimator = ({ args, childComplexity }) => {
  const maxNodes = levelsOf(args.maxNodes, defaultNeighbourhoodNodes, maxNeighbourhoodNodes);
  return (
    walkCost(levelsOf(args.depth, defaultNeighbourhoodDepth, maxNeighbourhoodDepth), maxNodes) +
    childComplexity
  );
};
