import type { NamedQuery } from '../../graph/store.js';
import type { SearchType } from '../../search/search-documents.js';
import type { ApiContext } from '../context.js';
import { resolveConnection, type LazyConnection } from '../pagination/connection.js';
import type { PageRequest } from '../pagination/page-window.js';
import { toItemFilterParams, type ItemFilterInput } from './item-filter.js';

/** One filterable list: its page and count queries and the column its page returns. */
export interface FilteredList {
  readonly page: NamedQuery;
  readonly count: NamedQuery;
  readonly column: string;
  /** The search type whose documents answer the `text` filter. */
  readonly type: SearchType;
}

/**
 * A connection over the items of `list` that pass `filter`. The page and the count each run
 * only when selected (a `totalCount`-only query runs the count query alone, which fetches no
 * rows). A `text` filter asks the search index for the items holding every word first.
 * A bad `first` or `after` fails at once, before anything is read.
 */
export function readFilteredItems<T>(
  ctx: ApiContext,
  list: FilteredList,
  request: PageRequest & { filter?: (ItemFilterInput & { text?: string | null }) | null },
): LazyConnection<T> {
  let params: Promise<Record<string, unknown>> | undefined;
  const readParams = () =>
    (params ??= (async () => {
      const text = request.filter?.text;
      const candidates = text ? await ctx.search.findItemsWithAllWords(list.type, text) : null;
      return toItemFilterParams(request.filter, candidates);
    })());
  return resolveConnection<T>(request, {
    async fetchPage(window) {
      const page = { ...(await readParams()), skip: window.skip, limit: window.limit };
      return (await ctx.store.read(list.page, page)).map((row) => row[list.column] as T);
    },
    async count() {
      const [row] = await ctx.store.read(list.count, await readParams());
      return Number(row?.total ?? 0);
    },
  });
}
