import { encodeCursor } from './cursor.js';
import type { PageInfo } from './page-info.type.js';
import { readPageWindow, type PageRequest, type PageWindow } from './page-window.js';

/** One item of a page with the cursor that points at it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay connection as the GraphQL layer returns it. */
export interface Connection<T> {
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The same connection with each field computed only when the query selects it, so that a
 * `totalCount`-only query never fetches rows and a page-only query never counts. The default
 * field resolver reads these getters and awaits their promises.
 */
export interface LazyConnection<T> {
  readonly nodes: Promise<T[]>;
  readonly edges: Promise<Edge<T>[]>;
  readonly pageInfo: Promise<PageInfo>;
  readonly totalCount: Promise<number>;
}

/** Where a connection's items come from. */
export interface ConnectionSource<T> {
  /** The rows of the window, in list order: at most `window.limit` from `window.skip`. */
  fetchPage(window: PageWindow): Promise<T[]>;
  /** The number of items in the whole list. */
  count(): Promise<number>;
}

/**
 * Edges and page info from the rows fetched for a window (up to `first + 1` of them; the
 * extra row only says that a next page exists and is not returned).
 */
export function toPage<T>(
  rows: readonly T[],
  window: PageWindow,
): Omit<Connection<T>, 'totalCount'> {
  const nodes = rows.slice(0, window.first);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(window.skip + i), node }));
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage: rows.length > window.first,
      hasPreviousPage: window.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A whole connection from the rows fetched for a window and the size of the whole list. */
export function toConnection<T>(
  rows: readonly T[],
  window: PageWindow,
  totalCount: number,
): Connection<T> {
  return { ...toPage(rows, window), totalCount };
}

/**
 * Checks the page request at once (so a bad `first` or `after` fails on the connection field)
 * and returns a connection that fetches the page and the count only if the query asks for
 * them, each at most once.
 */
export function resolveConnection<T>(
  request: PageRequest,
  source: ConnectionSource<T>,
): LazyConnection<T> {
  const window = readPageWindow(request);
  let page: Promise<Omit<Connection<T>, 'totalCount'>> | undefined;
  let count: Promise<number> | undefined;
  const loadPage = () => (page ??= source.fetchPage(window).then((rows) => toPage(rows, window)));
  return {
    get nodes() {
      return loadPage().then((p) => p.nodes);
    },
    get edges() {
      return loadPage().then((p) => p.edges);
    },
    get pageInfo() {
      return loadPage().then((p) => p.pageInfo);
    },
    get totalCount() {
      return (count ??= source.count());
    },
  };
}

/** A connection over a list already in memory (e.g. ranked search hits). */
export function sliceConnection<T>(items: readonly T[], request: PageRequest): Connection<T> {
  const window = readPageWindow(request);
  return toConnection(items.slice(window.skip, window.skip + window.limit), window, items.length);
}
