import { checkCursorVersion, encodeOffsetCursor } from './cursor.js';
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

/** The version of the graph a request reads (`ApiContext.graphVersion`), asked once per page. */
export type ReadGraphVersion = () => Promise<string>;

/** A page: its nodes with their cursors and whether more items follow and precede. */
export function toPageOf<T>(
  nodes: readonly T[],
  cursorOf: (node: T, index: number) => string,
  more: { hasNextPage: boolean; hasPreviousPage: boolean },
): Omit<Connection<T>, 'totalCount'> {
  const edges = nodes.map((node, i) => ({ cursor: cursorOf(node, i), node }));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      ...more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Edges and page info from the rows fetched for a window (up to `first + 1` of them; the
 * extra row only says that a next page exists and is not returned), read from graph `version`.
 * Throws BAD_USER_INPUT when the window's cursor was issued under another version.
 */
export function toPage<T>(
  rows: readonly T[],
  window: PageWindow,
  version: string,
): Omit<Connection<T>, 'totalCount'> {
  checkCursorVersion(window.issuedUnder, version);
  return toPageOf(
    rows.slice(0, window.first),
    (_, i) => encodeOffsetCursor(window.skip + i, version),
    { hasNextPage: rows.length > window.first, hasPreviousPage: window.skip > 0 },
  );
}

/** A whole connection from the rows fetched for a window and the size of the whole list. */
export function toConnection<T>(
  rows: readonly T[],
  window: PageWindow,
  totalCount: number,
  version: string,
): Connection<T> {
  return { ...toPage(rows, window, version), totalCount };
}

/**
 * Checks the page request at once (so a bad `first` or `after` fails on the connection field)
 * and returns a connection that fetches the page and the count only if the query asks for
 * them, each at most once. A cursor from another version of the graph fails the page
 * (BAD_USER_INPUT) before its rows are read.
 */
export function resolveConnection<T>(
  request: PageRequest,
  source: ConnectionSource<T>,
  readVersion: ReadGraphVersion,
): LazyConnection<T> {
  const window = readPageWindow(request);
  return lazyConnection(
    async () => {
      const version = await readVersion();
      checkCursorVersion(window.issuedUnder, version);
      return toPage(await source.fetchPage(window), window, version);
    },
    () => source.count(),
  );
}

/**
 * A connection whose page (`readPage`) and count each run only if the query selects them, at
 * most once.
 */
export function lazyConnection<T>(
  readPage: () => Promise<Omit<Connection<T>, 'totalCount'>>,
  readCount: () => Promise<number>,
): LazyConnection<T> {
  let page: Promise<Omit<Connection<T>, 'totalCount'>> | undefined;
  let count: Promise<number> | undefined;
  const loadPage = () => (page ??= readPage());
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
      return (count ??= readCount());
    },
  };
}

/**
 * A connection over a list already in memory (a parent's items), read from graph `version`
 * (`await ctx.graphVersion()`).
 */
export function sliceConnection<T>(
  items: readonly T[],
  request: PageRequest,
  version: string,
): Connection<T> {
  const window = readPageWindow(request);
  const rows = items.slice(window.skip, window.skip + window.limit);
  return toConnection(rows, window, items.length, version);
}
