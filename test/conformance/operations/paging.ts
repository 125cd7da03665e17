import assert from 'node:assert/strict';
import {
  pageQuery,
  assertPagingVisitsAllInOrder,
  type OrderedList,
  type OrderTerm,
} from '../../support/ordered-lists.js';
import type { ConformanceOperation } from '../operation.js';

/**
 * Keyset paging (docs/api.md, "Pagination"): every root list that the store pages, walked
 * with small pages and with pages of 100, in each order it offers, visits every item once in
 * the order its description states; a cursor of another order is refused.
 */

interface ReportItem {
  id: string;
  report: { id: string; publishedOn: string };
}
interface LinedItem extends ReportItem {
  evidence: { lines: { start: number } | null };
}
interface PrintedItem extends ReportItem {
  ordinal: number;
}
interface GradedItem extends LinedItem {
  rank: number | null;
}

const linedSelect = 'report { id publishedOn } evidence { lines { start } }';

/** Report month in `direction`, then report id, then `within` (the item's place in its report), then id. */
function byReport(
  direction: 'ASC' | 'DESC',
  item: ReportItem,
  within: number,
): readonly OrderTerm[] {
  return [
    [item.report.publishedOn, direction],
    [item.report.id, 'ASC'],
    [within, 'ASC'],
    [item.id, 'ASC'],
  ];
}

function textItemList(field: string, direction: 'ASC' | 'DESC'): OrderedList<LinedItem> {
  return {
    name: `${field}(orderBy: { direction: ${direction} })`,
    field,
    args: `orderBy: { field: PUBLISHED_ON, direction: ${direction} }`,
    select: linedSelect,
    order: (item) => byReport(direction, item, item.evidence.lines?.start ?? 0),
  };
}

function readingOrderList(field: string): OrderedList<PrintedItem> {
  return {
    name: field,
    field,
    select: 'ordinal report { id publishedOn }',
    order: (item) => byReport('DESC', item, item.ordinal),
  };
}

function judgementList(
  field: 'PUBLISHED_ON' | 'GRADE',
  direction: 'ASC' | 'DESC',
): OrderedList<GradedItem> {
  return {
    name: `judgements(orderBy: { field: ${field}, direction: ${direction} })`,
    field: 'judgements',
    args: `filter: { stated: null }, orderBy: { field: ${field}, direction: ${direction} }`,
    select: `rank ${linedSelect}`,
    order: (item) => {
      const line = item.evidence.lines?.start ?? 0;
      if (field === 'PUBLISHED_ON') return byReport(direction, item, line);
      return [[item.rank ?? 0, direction], ...byReport('DESC', item, line)];
    },
  };
}

/** The entry that walks `list` with pages of `small` items (a few pages at least) and of 100. */
function pagingOperation<N extends { id: string }>(
  list: OrderedList<N>,
  small: number,
): ConformanceOperation {
  return {
    name: `${list.name}: pages of ${small} visit every item once, in the same order as pages of 100 and as documented`,
    query: pageQuery(list),
    walk: (target) => assertPagingVisitsAllInOrder(target, list, small),
  };
}

export const pagingOperations: readonly ConformanceOperation[] = [
  pagingOperation(textItemList('findings', 'DESC'), 25),
  pagingOperation(textItemList('findings', 'ASC'), 25),
  pagingOperation(textItemList('recommendations', 'DESC'), 4),
  pagingOperation(textItemList('recommendations', 'ASC'), 4),
  pagingOperation(judgementList('PUBLISHED_ON', 'DESC'), 4),
  pagingOperation(judgementList('PUBLISHED_ON', 'ASC'), 4),
  pagingOperation(judgementList('GRADE', 'ASC'), 4),
  pagingOperation(judgementList('GRADE', 'DESC'), 4),
  pagingOperation(readingOrderList('passages'), 25),
  pagingOperation(readingOrderList('sections'), 25),
  pagingOperation(readingOrderList('figures'), 25),
  {
    name: 'findings: a cursor of the newest-first order is refused by the oldest-first order (BAD_USER_INPUT)',
    query: pageQuery(textItemList('findings', 'ASC')),
    walk: async (target) => {
      const newest = await target.graphql(pageQuery(textItemList('findings', 'DESC')), {
        first: 2,
      });
      const cursor = (newest.body.data!.list as { pageInfo: { endCursor: string } }).pageInfo
        .endCursor;
      const oldest = await target.graphql(pageQuery(textItemList('findings', 'ASC')), {
        first: 2,
        after: cursor,
      });
      assert.equal(oldest.status, 400);
      assert.equal(oldest.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.match(oldest.body.errors![0]!.message, /another list or another order/);
    },
  },
];
