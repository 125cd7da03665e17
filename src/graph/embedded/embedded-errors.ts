import { QueryFailedError, QueryTimeoutError, ReadAbortedError } from '../errors.js';

/** What the error mapper needs to know about the failed call. */
export interface FailureContext {
  readonly timeoutMs: number;
  /** True when a top-level parameter was an empty list: the engine cannot type one. */
  readonly hadEmptyList: boolean;
  /** True when the caller's deadline had passed: an interruption was its doing. */
  readonly deadlinePassed?: boolean;
}

/** The engine's message for a query stopped by the connection's query timeout. */
const interruptedMessage = 'Interrupted.';

/** Messages the engine gives when an empty list parameter is used where its type matters. */
const untypedListMessages = [
  // RETURN $x, size($x)
  'Trying to a create a vector with ANY type',
  // UNWIND $rows AS row ... row.key: an empty list is typed STRING[], so `row` is no map
  'has data type STRING but (NODE,REL,STRUCT,ANY) was expected',
];

const emptyListHint =
  'the embedded engine cannot type an empty list parameter: UNWIND $ids and IN $ids accept [], ' +
  'but RETURN $x, size($x) and row.key after UNWIND $rows do not; skip the call when the list is empty';

/**
 * Maps an engine failure to the graph layer's errors, naming the catalog query: a query
 * stopped by the timeout becomes a QueryTimeoutError, anything else a QueryFailedError.
 * Errors the adapter already raised pass through unchanged.
 */
export function toQueryError(
  queryName: string,
  error: unknown,
  context: FailureContext,
): QueryFailedError {
  if (error instanceof QueryFailedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (message.trim() === interruptedMessage && context.deadlinePassed)
    return new ReadAbortedError(queryName, "stopped at its caller's deadline", { cause: error });
  if (message.trim() === interruptedMessage) {
    return new QueryTimeoutError(
      queryName,
      `interrupted after the ${context.timeoutMs} ms query timeout`,
      {
        cause: error,
      },
    );
  }
  if (context.hadEmptyList && untypedListMessages.some((known) => message.includes(known))) {
    return new QueryFailedError(queryName, `${message} (${emptyListHint})`, { cause: error });
  }
  return new QueryFailedError(queryName, message, { cause: error });
}
