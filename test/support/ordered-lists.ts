import assert from 'node:assert/strict';
import type { TestApi } from './api-server.js';
import { pageThrough, type ConnectionPage } from './page-through.js';

/** One term of a documented order: a value of the item and the way it runs. */
export type OrderTerm = readonly [value: string | number, direction: 'ASC' | 'DESC'];

/**
 * A root connection and the order its documentation promises, to walk page by page: `args`
 * are its arguments beside `first`/`after`, `select` the fields (beside `id`) that `order`
 * reads each node's sort terms from, in the order the list sorts on them.
 */
export interface OrderedList<N extends { id: string }> {
  readonly name: string;
  readonly field: string;
  readonly args?: string;
  readonly select: string;
  readonly order: (node: N) => readonly OrderTerm[];
}

/** The query that reads one page of `list` (variables `$first`, `$after`). */
export function pageQuery(list: { field: string; args?: string; select: string }): string {
  const args = list.args ? `, ${list.args}` : '';
  return `query ($first: Int, $after: String) {
    list: ${list.field}(first: $first, after: $after${args}) {
      totalCount nodes { id ${list.select} } pageInfo { hasNextPage endCursor }
    }
  }`;
}

/** Every node of `list`, read `first` at a time, and the list's totalCount (from the first page). */
export async function walkList<N extends { id: string }>(
  api: Pick<TestApi, 'graphql'>,
  list: OrderedList<N>,
  first: number,
): Promise<{ nodes: N[]; totalCount: number }> {
  let totalCount = -1;
  const nodes = await pageThrough<N>(api, pageQuery(list), { first }, (data) => {
    const page = data.list as ConnectionPage<N> & { totalCount: number };
    if (totalCount < 0) totalCount = page.totalCount;
    return page;
  });
  return { nodes, totalCount };
}

/** < 0 when `a` comes before `b` in the order the terms state. */
function compareTerms(a: readonly OrderTerm[], b: readonly OrderTerm[]): number {
  for (const [i, [value, direction]] of a.entries()) {
    const other = b[i]![0];
    if (value === other) continue;
    const ascending = value < other ? -1 : 1;
    return direction === 'ASC' ? ascending : -ascending;
  }
  return 0;
}

/**
 * Walks `list` with pages of `small` items and with pages of 100 and asserts that both visit
 * every item exactly once (as many as `totalCount`), in the same sequence, and that the
 * sequence follows the documented order strictly (no two items with the same sort terms).
 */
export async function assertPagingVisitsAllInOrder<N extends { id: string }>(
  api: Pick<TestApi, 'graphql'>,
  list: OrderedList<N>,
  small: number,
): Promise<void> {
  const big = await walkList(api, list, 100);
  const paged = await walkList(api, list, small);
  const ids = paged.nodes.map((node) => node.id);
  assert.ok(big.totalCount > small, `${list.name}: more than one page of ${small}`);
  assert.equal(ids.length, big.totalCount, `${list.name}: as many items as totalCount`);
  assert.equal(new Set(ids).size, ids.length, `${list.name}: no item twice`);
  assert.deepEqual(
    ids,
    big.nodes.map((node) => node.id),
    `${list.name}: pages of ${small} and of 100 agree`,
  );
  for (let i = 1; i < paged.nodes.length; i += 1) {
    const [before, after] = [paged.nodes[i - 1]!, paged.nodes[i]!];
    assert.ok(
      compareTerms(list.order(before), list.order(after)) < 0,
      `${list.name}: ${before.id} before ${after.id} in the documented order`,
    );
  }
}
