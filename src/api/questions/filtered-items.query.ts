import type DataLoader from 'dataloader';
import type { Queries } from '../../graph/queries.js';
import type { NamedQuery } from '../../graph/store.js';
import type { SearchType } from '../../search/search-documents.js';
import type { ApiContext } from '../context.js';
import type { ItemKey } from '../nodes.js';
import {
  resolveConnection,
  sliceConnection,
  type Connection,
  type LazyConnection,
} from '../pagination/connection.js';
import { keysetOrder, resolveKeysetConnection, type KeysetOrder } from '../pagination/keyset.js';
import { readPageWindow, type PageRequest } from '../pagination/page-window.js';
import { isAscending, type OrderDirection } from '../types/order.input.js';
import {
  countListedFindingFacets,
  findingFacetQueries,
  readFindingFacets,
  type FindingFacetQueries,
  type LazyFindingFacets,
} from './finding-facets.query.js';
import {
  filtersAnything,
  filtersOnRelationships,
  toItemFilterParams,
  type ItemFilterInput,
} from './item-filter.js';

/** One filterable list: its page, count and ids queries and the column its page returns. */
export interface FilteredList {
  /** The list's name in its cursors (`findings`). */
  readonly name: string;
  readonly page: NamedQuery;
  readonly count: NamedQuery;
  readonly ids: NamedQuery;
  readonly column: string;
  /** The search type whose documents answer the `text` filter. */
  readonly type: SearchType;
  /** The counts by kind, theme and topic its connections serve as `facets` (findings only). */
  readonly facets?: FindingFacetQueries;
}

/** A connection of a filtered list, with its facets where the list has them. */
export type WithFacets<C> = C & { readonly facets?: LazyFindingFacets };

/** The findings list: root page and count, and the ids nested lists filter with. */
export function findingList(queries: Queries): FilteredList {
  const {
    findingsFiltered: page,
    findingsFilteredCount: count,
    findingsFilteredIds: ids,
  } = queries;
  const facets = findingFacetQueries(queries);
  return { name: 'findings', page, count, ids, column: 'finding', type: 'FINDING', facets };
}

/** The recommendations list, as `findingList`. */
export function recommendationList(queries: Queries): FilteredList {
  const {
    recommendationsFiltered: page,
    recommendationsFilteredCount: count,
    recommendationsFilteredIds: ids,
  } = queries;
  return {
    name: 'recommendations',
    page,
    count,
    ids,
    column: 'recommendation',
    type: 'RECOMMENDATION',
  };
}

/**
 * The order of a root list of findings or recommendations: report month (the way `orderBy`
 * asks), report id, the line the item starts on, its id; the page queries return these keys.
 */
function textItemOrder(list: FilteredList, ascending: boolean): KeysetOrder {
  return keysetOrder(list.name, ascending ? 'PUBLISHED_ON/ASC' : 'PUBLISHED_ON/DESC', {
    monthUp: 'string',
    monthDown: 'string',
    reportId: 'string',
    lineStart: 'int',
    id: 'string',
  });
}

/** What a client asks of a list of findings or recommendations. */
export interface ItemListRequest extends PageRequest {
  filter?: ItemFilterInput | null;
  orderBy?: { direction: OrderDirection } | null;
}

/** The items a `text` filter allows (from the search index); null for no text filter. */
async function readTextCandidates(
  ctx: ApiContext,
  list: FilteredList,
  filter: ItemFilterInput | null | undefined,
): Promise<string[] | null> {
  const text = filter?.text;
  return text ? await ctx.search.findItemsWithAllWords(list.type, text) : null;
}

/** The query parameters of a filter, asking the search index first for a `text` filter. */
async function readFilterParams(
  ctx: ApiContext,
  list: FilteredList,
  filter: ItemFilterInput | null | undefined,
): Promise<Record<string, unknown>> {
  return toItemFilterParams(filter, await readTextCandidates(ctx, list, filter));
}

/** The connection with the list's facets, counted over the items `readParams` selects. */
function attachFacets<C extends object>(
  ctx: ApiContext,
  list: FilteredList,
  connection: C,
  readParams: () => Promise<Record<string, unknown>>,
): WithFacets<C> {
  if (!list.facets) return connection;
  return Object.assign(connection, { facets: readFindingFacets(ctx, list.facets, readParams) });
}

/**
 * A connection over the items of `list` that pass `filter`. The page, the count and each facet
 * run only when selected (a `totalCount`-only query runs the count query alone, which fetches
 * no rows). A `text` filter asks the search index for the items holding every word first.
 * A bad `first` or `after` fails at once, before anything is read.
 */
export function readFilteredItems<T>(
  ctx: ApiContext,
  list: FilteredList,
  request: ItemListRequest,
): WithFacets<LazyConnection<T>> {
  let params: Promise<Record<string, unknown>> | undefined;
  const readParams = () => (params ??= readFilterParams(ctx, list, request.filter));
  const ascending = isAscending(request.orderBy);
  const connection = resolveKeysetConnection<T>(
    request,
    {
      order: textItemOrder(list, ascending),
      column: list.column,
      async fetchRows(pageParams) {
        return ctx.store.read(list.page, {
          ...(await readParams()),
          oldestFirst: ascending,
          ...pageParams,
        });
      },
      async count() {
        const [row] = await ctx.store.read(list.count, await readParams());
        return Number(row?.total ?? 0);
      },
    },
    ctx.graphVersion,
  );
  return attachFacets(ctx, list, connection, readParams);
}

/**
 * A page of an entity's own items (a section's findings, a shared weakness's), read in the
 * list's own order, after the same filter and order as the root list: a filter on the items'
 * own kind and words is applied here, any other runs as one ids query per distinct filter and
 * request (not per parent); an `orderBy` given re-orders the items here (each report's items
 * keep their print order). Facets count the kept items (`countListedFindingFacets`: one
 * batched read per facet for all parents of a level).
 */
export async function pageNestedItems<T extends ItemKey>(
  ctx: ApiContext,
  list: FilteredList,
  items: readonly T[],
  request: ItemListRequest,
): Promise<WithFacets<Connection<T>>> {
  const kept = await keepNestedItems(ctx, list, items, request);
  return attachKeptFacets(
    ctx,
    list,
    kept,
    sliceConnection(kept, request, await ctx.graphVersion()),
  );
}

/**
 * As `pageNestedItems`, from the keys of an entity's items (id, report, kind: no text): the
 * list is filtered, ordered and cut on the keys, and only the page's items are read, by id
 * through `readItems`, and only when the query selects them; so a page of a force's thousands
 * of findings reads 20 texts, and `totalCount` alone reads none.
 */
export async function pageNestedItemKeys<T extends ItemKey>(
  ctx: ApiContext,
  list: FilteredList,
  keys: readonly ItemKey[],
  request: ItemListRequest,
  readItems: DataLoader<string, T | null>,
): Promise<WithFacets<LazyConnection<T>>> {
  readPageWindow(request); // a bad `first` or `after` fails before anything is read
  const kept = await keepNestedItems(ctx, list, keys, request);
  const connection = resolveConnection<T>(
    request,
    {
      async fetchPage(window) {
        const ids = kept.slice(window.skip, window.skip + window.limit).map((key) => key.id);
        const items = await readItems.loadMany(ids);
        return items.filter((item): item is T => item !== null && !(item instanceof Error));
      },
      count: () => Promise.resolve(kept.length),
    },
    ctx.graphVersion,
  );
  return attachKeptFacets(ctx, list, kept, connection);
}

/** The items of a nested list that pass the request's filter, in the order it asks for. */
async function keepNestedItems<T extends ItemKey>(
  ctx: ApiContext,
  list: FilteredList,
  items: readonly T[],
  request: ItemListRequest,
): Promise<readonly T[]> {
  const { filter } = request;
  const kept =
    filter && filtersAnything(filter) ? await filterItems(ctx, list, items, filter) : items;
  return request.orderBy ? orderByReportDate(ctx, kept, isAscending(request.orderBy)) : kept;
}

/** The connection with facets counted over the kept items (all parents of a level batched). */
function attachKeptFacets<C extends object>(
  ctx: ApiContext,
  list: FilteredList,
  kept: readonly ItemKey[],
  connection: C,
): WithFacets<C> {
  if (!list.facets) return connection;
  return Object.assign(connection, { facets: countListedFindingFacets(ctx, kept) });
}

/**
 * The items that pass `filter`. A filter on what the items carry themselves (a finding's kind,
 * and words, which the search index answers) is applied to them here; one on their
 * relationships (force, report, theme, topic, mention, year, framework) runs the list's ids
 * query, which reads every item of the graph that passes it: its cost grows with the corpus,
 * not with the parent, so it is not run when the items can answer alone.
 */
async function filterItems<T extends ItemKey>(
  ctx: ApiContext,
  list: FilteredList,
  items: readonly T[],
  filter: ItemFilterInput,
): Promise<readonly T[]> {
  const candidates = await readTextCandidates(ctx, list, filter);
  const kinds = list.type === 'FINDING' ? filter.kinds : null;
  const itemsAnswer =
    !filtersOnRelationships(filter) &&
    (kinds == null || items.every((item) => typeof item.kind === 'string'));
  if (!itemsAnswer) {
    const params = toItemFilterParams(filter, candidates);
    const ids = await ctx.loaders.itemIdsByFilter.load({ query: list.ids, params });
    return items.filter((item) => ids.has(item.id));
  }
  const allowed = candidates && new Set(candidates);
  const kindSet = kinds == null ? null : new Set<string>(kinds);
  return items.filter(
    (item) =>
      (allowed === null || allowed.has(item.id)) &&
      (kindSet === null || kindSet.has(item.kind as string)),
  );
}

/**
 * Items ordered by their report's month (oldest or newest first), then report id, each
 * report's items keeping their order, as the root queries order them.
 */
async function orderByReportDate<T extends ItemKey>(
  ctx: ApiContext,
  items: readonly T[],
  ascending: boolean,
): Promise<T[]> {
  const reportIds = [...new Set(items.map((item) => item.reportId ?? ''))];
  const reports = await ctx.loaders.reportById.loadMany(reportIds);
  const month = new Map(
    reportIds.map((id, i) => {
      const report = reports[i];
      return [id, report && !(report instanceof Error) ? report.publishedOn : ''];
    }),
  );
  const position = new Map(items.map((item, i) => [item, i]));
  const key = (item: T) => item.reportId ?? '';
  return [...items].sort(
    (a, b) =>
      (ascending ? 1 : -1) * compare(month.get(key(a))!, month.get(key(b))!) ||
      compare(key(a), key(b)) ||
      position.get(a)! - position.get(b)!,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
