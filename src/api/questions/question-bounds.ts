import { badUserInput } from '../errors.js';

/**
 * The bounds of the relational questions (docs/api.md, "Relational questions"), in one place
 * so that the schema descriptions, the checks and the docs quote the same numbers.
 */

/** A grade counts as weak at this rank or worse (1 = best), on every scale (src/domain). */
export { weakGradeRank } from '../../domain/grade-scales.js';

/** `sharedWeaknesses(minForces:)` and `sharedWeakThemes(minForces:)` when not given. */
export const defaultMinForces = 2;

/** `paths(maxHops:)` when not given, and the most it may be. */
export const defaultPathHops = 4;
export const maxPathHops = 6;

/** At most this many shortest paths are returned, in a stable order. */
export const maxPathCount = 10;

/**
 * A node with more relationships than this is a hub: walks may end there but do not pass
 * through it (the start of a walk is always expanded). The largest nodes of the seed graph (a
 * force with every finding ABOUT it) have about 800.
 */
export const maxWalkFanOut = 500;

/** `neighbourhood(depth:)` when not given, and the most it may be. */
export const defaultNeighbourhoodDepth = 1;
export const maxNeighbourhoodDepth = 3;

/** `neighbourhood(maxNodes:)` when not given, and the most it may be. */
export const defaultNeighbourhoodNodes = 100;
export const maxNeighbourhoodNodes = 500;

/** `similarForces(first:)` when not given, and the most it may be. */
export const defaultSimilarForces = 10;
export const maxSimilarForces = 100;

/** Throws BAD_USER_INPUT unless `value` is a whole number from `min` to `max`. */
export function checkWholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    badUserInput(`\`${name}\` must be a whole number from ${min} to ${max}, got ${value}.`);
  return value;
}
