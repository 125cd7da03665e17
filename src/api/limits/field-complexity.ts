import { getNullableType, isListType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { estimatePageSize } from '../pagination/page-window.js';

/**
 * How the schema's fields are costed (for `@Field({ complexity })` and
 * `@FieldResolver(..., { complexity })`), in units of about one row read: a plain field costs
 * 1 plus its children; a field that makes a store read costs {@link readCost} more; and a
 * field that returns a list multiplies what one item costs by the rows it is expected to
 * return: `first` where the field takes one (any connection), else {@link listRows}. The
 * questions add what they read and walk (`question-complexity.ts`). docs/api-limits.md has a
 * worked example.
 */

/** One store read: a round trip, and the rows of one level of a query. */
export const readCost = 10;

/** Rows a list without `first` is expected to hold (a force's reports, a finding's topics). */
export const listRows = 10;

/**
 * The rows a field returns, for pricing what is selected below it: `first` (counted within
 * the allowed page sizes) for a paged field, connection or list; 1 for a single object; 1 for the `edges` and
 * `nodes` of a connection, which its `first` has already counted; else {@link listRows}.
 */
export function estimateRows(
  parentTypeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  if (field.args.some((arg) => arg.name === 'first')) return estimatePageSize(args.first);
  if (!isListType(getNullableType(field.type))) return 1;
  if (/(Connection|Edge)$/.test(parentTypeName)) return 1;
  return listRows;
}

/** A relationship or root list read from the store: a read, plus its rows times one item. */
export const relationshipComplexity: ComplexityEstimator = ({
  type,
  field,
  args,
  childComplexity,
}) => readCost + estimateRows(type.name, field, args) * childComplexity;

/** A paged list (a connection, or any list with `first`): the same rule, named for readers. */
export const pageComplexity: ComplexityEstimator = relationshipComplexity;

/**
 * Any field without a `complexity` of its own: 1, plus its children times its rows (a list
 * held on the parent, such as `Judgement.nationalDistribution`, reads nothing more).
 */
export const plainFieldComplexity: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  1 + estimateRows(type.name, field, args) * childComplexity;

/**
 * A field computed from several store queries or in the application: a fixed `cost` for what
 * it reads, plus its rows times one item.
 */
export function computedComplexity(cost: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) =>
    cost + estimateRows(type.name, field, args) * childComplexity;
}
