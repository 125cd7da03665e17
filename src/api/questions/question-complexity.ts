import type { ComplexityEstimator } from 'graphql-query-complexity';
import { computedComplexity, relationshipCost } from '../limits/field-complexity.js';
import {
  defaultNeighbourhoodDepth,
  defaultPathHops,
  maxNeighbourhoodDepth,
  maxPathHops,
} from './question-bounds.js';

/**
 * Costs of the relational questions, in the units of `field-complexity.ts`: one
 * `relationshipCost` per store read the question makes, plus what is selected below it.
 */

/** sharedWeaknesses and sharedWeakThemes (one read), arrangementPartners and gradeComparison (two). */
export const twoReadComplexity = computedComplexity(2 * relationshipCost);

/** similarForces: a force lookup, two whole-graph reads and the forces found. */
export const similarForcesComplexity = computedComplexity(4 * relationshipCost);

/** Reads of a walk of `hops` levels: one per level, plus the lookups of its ends and its nodes. */
function walkComplexity(hops: unknown, fallback: number, max: number, childComplexity: number) {
  const levels =
    typeof hops === 'number' && Number.isFinite(hops)
      ? Math.min(Math.max(Math.trunc(hops), 0), max)
      : fallback;
  return (levels + 2) * relationshipCost + childComplexity;
}

/** paths: one read per hop up to `maxHops`, plus the ends and the nodes of the paths. */
export const pathsComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  walkComplexity(args.maxHops, defaultPathHops, maxPathHops, childComplexity);

/** neighbourhood: one read per level up to `depth`, plus the centre and the nodes. */
export const neighbourhoodComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  walkComplexity(args.depth, defaultNeighbourhoodDepth, maxNeighbourhoodDepth, childComplexity);
