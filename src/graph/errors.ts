/**
 * Errors the graph layer raises on purpose. Everything above maps them to coded responses;
 * anything else that escapes an adapter is treated as an internal error.
 */

/** The store cannot be reached or opened (wrong address, locked file, server down). */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
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
