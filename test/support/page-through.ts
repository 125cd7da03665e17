import assert from 'node:assert/strict';
import type { TestApi } from './api-server.js';

/** One page of any connection, as a query selects it for `pageThrough`. */
export interface ConnectionPage<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a connection, page by page: `query` takes an `$after: String` variable and
 * selects `nodes` and `pageInfo { hasNextPage endCursor }` of the connection `pick` finds in
 * `data`. Fails on any error.
 */
export async function pageThrough<T>(
  api: Pick<TestApi, 'graphql'>,
  query: string,
  variables: Record<string, unknown>,
  pick: (data: Record<string, unknown>) => ConnectionPage<T>,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const { status, body } = await api.graphql(query, { ...variables, after });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(status, 200);
    const page = pick(body.data!);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}
