/**
 * Errors the graph layer raises on purpose. Everything above maps them to coded responses;
 * anything else that escapes an adapter is treated as an internal error.
 */

/** The store cannot be reached or opened (wrong address, locked file, server down). */
export class StoreUnavailableError extends Error {
  override readonly name: string = 'StoreUnavailableError';
}

/** The embedded store's folder has less free space than a write needs (`WriteOptions`). */
export class InsufficientSpaceError extends StoreUnavailableError {
  override readonly name = 'InsufficientSpaceError';
}

/** A query failed; names the catalog query so the log says which file to look at. */
export class QueryFailedError extends Error {
  override readonly name: string = 'QueryFailedError';
  constructor(
    readonly queryName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`query ${queryName} failed: ${message}`, options);
  }
}

/** A query ran longer than the configured timeout and was interrupted. */
export class QueryTimeoutError extends QueryFailedError {
  override readonly name = 'QueryTimeoutError';
}

/** A read was not sent, or was stopped, because its caller's deadline passed (`ReadOptions`). */
export class ReadAbortedError extends QueryFailedError {
  override readonly name = 'ReadAbortedError';
}

/**
 * The timeout for one query with a deadline: the configured one, cut to the time left before
 * `deadline` (at least 1 ms, which the engines treat as "stop at once").
 */
export function timeLeftFor(timeoutMs: number, deadline: number | undefined): number {
  if (deadline === undefined) return timeoutMs;
  return Math.max(1, Math.min(timeoutMs, Math.floor(deadline - Date.now())));
}
