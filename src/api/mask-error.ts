import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { QueryTimeoutError, StoreUnavailableError } from '../graph/errors.js';
import { ErrorCode } from './errors.js';
import { shortenQuotedInput } from './quote-input.js';

/** Codes that are safe to show as they are: the client caused them or can act on them. */
const publicCodes = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.NotFound,
  ErrorCode.QueryTooDeep,
  ErrorCode.QueryTooComplex,
  ErrorCode.Timeout,
  ErrorCode.ServiceUnavailable,
  ErrorCode.RateLimited,
]);

/**
 * Turns any error into what a client may see: coded errors pass through (quoting at most 200
 * characters of any input, see `quote-input.ts`); store outages and
 * timeouts become SERVICE_UNAVAILABLE; anything else is logged and masked as an internal
 * error, without a stack trace or the original message (unless in development).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  development: boolean,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && publicCodes.has(code))
    return { ...formatted, message: shortenQuotedInput(formatted.message) };
  const cause = unwrapResolverError(error);
  if (cause instanceof StoreUnavailableError || cause instanceof QueryTimeoutError) {
    logger.warn({ err: cause }, 'graph store unavailable');
    return {
      message:
        cause instanceof QueryTimeoutError
          ? 'The query took too long.'
          : 'The graph store is unavailable.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  logger.error({ err: cause }, 'unexpected error while resolving a request');
  if (development) return formatted;
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.Internal },
  };
}
