import { Neo4jError, error as driverErrorCodes } from 'neo4j-driver';
import { QueryFailedError, QueryTimeoutError, StoreUnavailableError } from '../errors.js';

/** Server codes for a transaction stopped by `db.transaction.timeout` or the client's timeout. */
const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** The driver raises pool exhaustion without a code; its message is the only mark. */
const ACQUISITION_TIMEOUT_PREFIX = 'Connection acquisition timed out';

/**
 * Maps an error raised by neo4j-driver to the graph layer's errors, so that everything
 * above the port sees the same error types from both engines:
 *
 * - `ServiceUnavailable`, `SessionExpired` and an exhausted connection pool become
 *   `StoreUnavailableError`;
 * - a transaction timeout becomes `QueryTimeoutError` naming the query;
 * - any other driver error becomes `QueryFailedError` naming the query and the server code.
 *
 * Errors that did not come from the driver (the graph layer's own errors, or an error thrown
 * by a caller's transaction work) are returned unchanged.
 */
export function mapNeo4jError(error: unknown, queryName: string): Error {
  if (!(error instanceof Neo4jError)) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const code = error.code;
  if (
    code === driverErrorCodes.SERVICE_UNAVAILABLE ||
    code === driverErrorCodes.SESSION_EXPIRED ||
    error.message.startsWith(ACQUISITION_TIMEOUT_PREFIX)
  ) {
    return new StoreUnavailableError(
      `Neo4j unavailable while running query ${queryName}: ${error.message}`,
      { cause: error },
    );
  }
  if (TIMEOUT_CODES.has(code)) {
    return new QueryTimeoutError(queryName, `timed out (${code}): ${error.message}`, {
      cause: error,
    });
  }
  return new QueryFailedError(queryName, `${code}: ${error.message}`, { cause: error });
}

/**
 * True when retrying the connection cannot help: the server answered and refused (wrong
 * credentials, unknown database, bad configuration). Such codes are `Neo.ClientError.*`;
 * network failures and `Neo.TransientError.*` (e.g. a database still starting) are retried.
 */
export function isPermanentConnectError(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.');
}
