import type { NamedQuery } from '../../graph/store.js';
import type { ApiContext } from '../context.js';

/** Runs a root list query and returns the node in `column` of each row. */
export async function readNodes<T>(
  ctx: ApiContext,
  query: NamedQuery,
  column: string,
): Promise<T[]> {
  const rows = await ctx.store.read(query);
  return rows.map((row) => row[column] as T);
}
