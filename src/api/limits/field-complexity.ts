import {
  getNullableType,
  isListType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type SelectionSetNode,
} from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
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

/**
 * Any field without a `complexity` of its own: 1, plus its children times its rows (a list
 * held on the parent, such as `Judgement.nationalDistribution`, reads nothing more).
 */
export const plainFieldComplexity = ({
  type,
  field,
  args,
  childComplexity,
}: ComplexityEstimatorArgs): number => 1 + estimateRows(type.name, field, args) * childComplexity;

/**
 * What a measurement keeps between estimators (`measureQueryComplexity` passes it as the
 * walk's `context`): the cost of each field a connection answers once for its whole list.
 */
export interface ComplexityScratch {
  readonly perListCosts: Map<FieldNode, number>;
}

function readScratch(options: ComplexityEstimatorArgs): ComplexityScratch | undefined {
  const scratch = options.context as Partial<ComplexityScratch> | undefined;
  return scratch?.perListCosts ? (scratch as ComplexityScratch) : undefined;
}

/**
 * A field of a connection answered once for the whole filtered list, whatever the page size
 * (`facets`): it costs what a plain field costs, and is recorded so that the connection's
 * {@link pageComplexity} adds it once instead of once per item of the page.
 */
export const perListComplexity: ComplexityEstimator = (options) => {
  const cost = plainFieldComplexity(options);
  readScratch(options)?.perListCosts.set(options.node, cost);
  return cost;
};

/**
 * The recorded cost of the per-list fields selected directly in a connection's selection set
 * (or in its inline fragments). A per-list field inside a named fragment is not found and so
 * stays multiplied by the page size: priced too high, never too low.
 */
function sumPerListCosts(
  selectionSet: SelectionSetNode | undefined,
  costs: Map<FieldNode, number>,
): number {
  let sum = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) sum += costs.get(selection) ?? 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      sum += sumPerListCosts(selection.selectionSet, costs);
  }
  return sum;
}

/**
 * A paged list (a connection, or any list with `first`): a read, plus its page size times
 * what one item costs, plus once what the fields answered for the whole list cost (`facets`;
 * see {@link perListComplexity}).
 */
export const pageComplexity: ComplexityEstimator = (options) => {
  const scratch = readScratch(options);
  const perList = scratch ? sumPerListCosts(options.node.selectionSet, scratch.perListCosts) : 0;
  const rows = estimateRows(options.type.name, options.field, options.args);
  return readCost + rows * (options.childComplexity - perList) + perList;
};

/**
 * A field computed from several store queries or in the application: a fixed `cost` for what
 * it reads, plus its rows times one item.
 */
export function computedComplexity(cost: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) =>
    cost + estimateRows(type.name, field, args) * childComplexity;
}
