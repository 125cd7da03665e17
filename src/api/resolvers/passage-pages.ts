import type DataLoader from 'dataloader';
import type { ApiContext } from '../context.js';
import type { PassageNode } from '../nodes.js';
import { toConnection, type Connection } from '../pagination/connection.js';
import { readPageWindow, type PageRequest } from '../pagination/page-window.js';

/**
 * A page of the passages of a report or section: the ids of the whole list come from one
 * batched read for every parent of the level (ids only, cheap), the page is cut here, and only
 * the page's passages are read, by id. `totalCount` is the length of the id list.
 */
export async function loadPassagePage(
  ctx: ApiContext,
  ids: DataLoader<string, string[]>,
  parentId: string,
  request: PageRequest,
): Promise<Connection<PassageNode>> {
  const window = readPageWindow(request);
  const all = await ids.load(parentId);
  const pageIds = all.slice(window.skip, window.skip + window.limit);
  const nodes = await ctx.loaders.passageById.loadMany(pageIds);
  const passages = nodes.filter((n): n is PassageNode => n !== null && !(n instanceof Error));
  return toConnection(passages, window, all.length, await ctx.graphVersion());
}
