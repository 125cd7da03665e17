import { badUserInput } from '../errors.js';
import { decodeCursor, foreignCursor } from './cursor.js';

/** Items per page when `first` is not given. */
export const defaultPageSize = 20;

/** The largest `first` any connection accepts; above it the request fails with BAD_USER_INPUT. */
export const maxPageSize = 100;

/** What a client asks of a connection. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/**
 * The slice of the ordered list one page covers. Fetch `limit` rows from `skip` (Cypher
 * `SKIP $skip LIMIT $limit`): one row more than `first`, which says whether a next page exists
 * without counting.
 */
export interface PageWindow {
  readonly first: number;
  readonly skip: number;
  readonly limit: number;
  /** The graph version the `after` cursor was issued under; null on the first page. */
  readonly issuedUnder: string | null;
}

/**
 * Checks a page request of a list paged by offsets (`cursor.ts` says which) and turns it into a
 * window. Throws BAD_USER_INPUT (HTTP 400) for a negative or too large `first`, for a cursor
 * this API did not issue and for a keyset cursor (another list's); whether the cursor's graph
 * version is still the graph's is checked where the page is read (`connection.ts`).
 */
export function readPageWindow(request: PageRequest): PageWindow {
  const first = readPageSize(request);
  const after = request.after == null ? null : decodeCursor(request.after);
  if (after && after.kind !== 'offset') foreignCursor();
  return {
    first,
    skip: after ? after.offset + 1 : 0,
    limit: first + 1,
    issuedUnder: after ? after.version : null,
  };
}

/** The checked `first` of a request (BAD_USER_INPUT when it is negative or too large). */
export function readPageSize(request: PageRequest): number {
  const first = request.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0)
    badUserInput(`\`first\` must be a whole number from 0 to ${maxPageSize}, got ${first}.`);
  if (first > maxPageSize)
    badUserInput(
      `\`first\` may be at most ${maxPageSize}, got ${first}: page through the rest with \`after\`.`,
    );
  return first;
}

/**
 * The page size a request will get, for cost estimates made before the request is checked:
 * out-of-range values count as the nearest allowed size, so that they fail later with the
 * page-size error rather than as "too complex".
 */
export function estimatePageSize(first: unknown): number {
  if (typeof first !== 'number' || !Number.isFinite(first)) return defaultPageSize;
  return Math.min(Math.max(Math.trunc(first), 0), maxPageSize);
}
