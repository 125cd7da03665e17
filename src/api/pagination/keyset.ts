import {
  checkCursorVersion,
  decodeCursor,
  encodeKeyCursor,
  foreignCursor,
  malformedCursor,
  type KeyValue,
} from './cursor.js';
import {
  lazyConnection,
  toPageOf,
  type LazyConnection,
  type ReadGraphVersion,
} from './connection.js';
import { readPageSize, type PageRequest } from './page-window.js';

/** The type of a sort key column, checked on a cursor's key before it reaches a query. */
export type KeyType = 'string' | 'int';

/**
 * The order of a store-paged list that sorts on stored values ending with the item's unique id:
 * a total order, so a page starts after the last item's key instead of skipping the items
 * before it. The list's page query returns each key column beside the item (named as here),
 * sorts on them in this order, and takes `$fromStart` (true on the first page), one
 * `$after<Column>` parameter per column (`monthUp` -> `$afterMonthUp`) and `$limit`; it keeps
 * the rows whose key tuple comes after the `$after...` tuple, each term in its ORDER BY
 * direction (see `cypher/queries/findings-filtered.cypher`).
 */
export interface KeysetOrder {
  /** The list and the order, as cursors carry them: `findings/PUBLISHED_ON/DESC`. */
  readonly scope: string;
  /** The key columns in ORDER BY order, with their types. */
  readonly columns: readonly (readonly [name: string, type: KeyType])[];
}

/** The order `order` of list `list`, sorted on `columns` (in ORDER BY order). */
export function keysetOrder(
  list: string,
  order: string,
  columns: Readonly<Record<string, KeyType>>,
): KeysetOrder {
  return { scope: `${list}/${order}`, columns: Object.entries(columns) };
}

/** Where a keyset page starts and how many rows to read. */
export interface KeysetWindow {
  readonly first: number;
  /** One row more than `first`: it says whether a next page exists without counting. */
  readonly limit: number;
  /** The key of the item the page starts after; null on the first page. */
  readonly after: readonly KeyValue[] | null;
  /** The graph version the `after` cursor was issued under; null on the first page. */
  readonly issuedUnder: string | null;
}

/**
 * Checks a page request of a keyset-paged list. Throws BAD_USER_INPUT for a bad `first`, a
 * cursor this API did not issue (or whose key does not fit the order's columns), and a cursor
 * of another list or order, or an offset cursor; the graph version is checked where the page
 * is read.
 */
export function readKeysetWindow(request: PageRequest, order: KeysetOrder): KeysetWindow {
  const first = readPageSize(request);
  if (request.after == null) return { first, limit: first + 1, after: null, issuedUnder: null };
  const cursor = decodeCursor(request.after);
  if (cursor.kind !== 'key' || cursor.scope !== order.scope) foreignCursor();
  if (!fitsColumns(cursor.key, order)) malformedCursor();
  return { first, limit: first + 1, after: cursor.key, issuedUnder: cursor.version };
}

function fitsColumns(key: readonly KeyValue[], order: KeysetOrder): boolean {
  return (
    key.length === order.columns.length &&
    order.columns.every(([, type], i) =>
      type === 'int' ? typeof key[i] === 'number' : typeof key[i] === 'string',
    )
  );
}

/**
 * The parameters that start a page: `$fromStart`, `$after<Column>` for each key column (a
 * placeholder of the column's type on the first page, which `$fromStart` makes unused) and
 * `$limit`.
 */
export function toKeysetParams(order: KeysetOrder, window: KeysetWindow): Record<string, unknown> {
  const params: Record<string, unknown> = { fromStart: window.after === null, limit: window.limit };
  order.columns.forEach(([name, type], i) => {
    params[`after${name[0]!.toUpperCase()}${name.slice(1)}`] =
      window.after?.[i] ?? (type === 'int' ? 0 : '');
  });
  return params;
}

/** The sort key of a row of a page query, in ORDER BY order. */
function readRowKey(order: KeysetOrder, row: Readonly<Record<string, unknown>>): KeyValue[] {
  return order.columns.map(([name, type]) => {
    const value = row[name];
    if (type === 'int' && (typeof value === 'number' || typeof value === 'bigint'))
      return Number(value);
    if (type === 'string' && typeof value === 'string') return value;
    throw new Error(`page query row has no ${type} key column ${name}`);
  });
}

/** Where a keyset-paged connection's items come from. */
export interface KeysetSource {
  readonly order: KeysetOrder;
  /** The column of the page query's rows that holds the item. */
  readonly column: string;
  /** The rows of a page, in list order, read with `params` (`toKeysetParams`) added. */
  fetchRows(params: Record<string, unknown>): Promise<readonly Record<string, unknown>[]>;
  /** The number of items in the whole list. */
  count(): Promise<number>;
}

/**
 * As `resolveConnection`, for a keyset-paged list: checks the request at once, reads the page
 * after the cursor's key and the count only if the query selects them, and gives each edge
 * the cursor of its item's key. A cursor from another version of the graph fails the page
 * (BAD_USER_INPUT) before its rows are read.
 */
export function resolveKeysetConnection<T>(
  request: PageRequest,
  source: KeysetSource,
  readVersion: ReadGraphVersion,
): LazyConnection<T> {
  const { order, column } = source;
  const window = readKeysetWindow(request, order);
  return lazyConnection(
    async () => {
      const version = await readVersion();
      checkCursorVersion(window.issuedUnder, version);
      const rows = await source.fetchRows(toKeysetParams(order, window));
      const page = rows.slice(0, window.first);
      return toPageOf(
        page.map((row) => row[column] as T),
        (_, i) => encodeKeyCursor(order.scope, readRowKey(order, page[i]!), version),
        { hasNextPage: rows.length > window.first, hasPreviousPage: window.after !== null },
      );
    },
    () => source.count(),
  );
}
