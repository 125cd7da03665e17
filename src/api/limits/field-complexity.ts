import type { ComplexityEstimator } from 'graphql-query-complexity';
import { estimatePageSize } from '../pagination/page-window.js';

/**
 * How the schema's fields are costed (for `@Field({ complexity })` and
 * `@FieldResolver(..., { complexity })`). A plain field costs 1 plus its children. A field
 * that costs a store query (a root list, or a relationship read through a loader) costs
 * {@link relationshipCost} more: loaders make it one query per level, but each level is a
 * round trip and its rows. A paged field multiplies what one item costs by the page size.
 */
export const relationshipCost = 10;

/** A relationship or root list read from the store: `relationshipCost` plus its children. */
export const relationshipComplexity: ComplexityEstimator = ({ childComplexity }) =>
  relationshipCost + childComplexity;

/**
 * A paged list (a connection or any list with `first`): one store query plus `first` times
 * what one item costs. `first` out of range counts as the nearest allowed page size, so it
 * fails with the page-size error (BAD_USER_INPUT), not as "too complex".
 */
export const pageComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  relationshipCost + estimatePageSize(args.first) * childComplexity;

/**
 * A field computed from several store queries or in the application (shortest paths,
 * similarity, neighbourhoods): a fixed `cost` plus its children.
 */
export function computedComplexity(cost: number): ComplexityEstimator {
  return ({ childComplexity }) => cost + childComplexity;
}
