/** What one request cost the store, from `extensions.queryStats` (docs/api-limits.md). */
export interface RequestCost {
  dbQueries: number | undefined;
  dbTimeMs: number | undefined;
}

interface GraphQLBody {
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { queryStats?: { dbQueries: number; dbTimeMs: number } };
}

/**
 * POSTs `body` once with `x-query-stats: 1` and returns the store reads and their time; throws
 * with the server's error (code and message) when the operation does not succeed, so that a
 * failing operation is never timed as if it worked.
 */
export async function requestCost(url: string, body: string): Promise<RequestCost> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-query-stats': '1' },
    body,
  });
  const result = (await response.json()) as GraphQLBody;
  const [error] = result.errors ?? [];
  if (!response.ok || error) {
    const code = error?.extensions?.code ?? `HTTP ${response.status}`;
    throw new Error(`${code}: ${error?.message ?? 'no data'}`);
  }
  const stats = result.extensions?.queryStats;
  return { dbQueries: stats?.dbQueries, dbTimeMs: stats?.dbTimeMs };
}
