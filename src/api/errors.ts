import { GraphQLError } from 'graphql';
import { quoteInput } from './quote-input.js';

/**
 * The codes clients can rely on in `errors[].extensions.code`, all in one place. The limits
 * (docs/api-limits.md) each have their own code so a client can tell what to change.
 */
export const ErrorCode = {
  /** An argument is out of range or malformed (page size, cursor, variable types). */
  BadUserInput: 'BAD_USER_INPUT',
  /** The HTTP request itself is unusable: body too large or not JSON. */
  BadRequest: 'BAD_REQUEST',
  NotFound: 'NOT_FOUND',
  /** The query nests selections deeper than MAX_QUERY_DEPTH. */
  QueryTooDeep: 'QUERY_TOO_DEEP',
  /** The query's estimated cost exceeds MAX_QUERY_COMPLEXITY. */
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  /** The request ran out of its REQUEST_TIMEOUT_MS budget; its store calls were abandoned. */
  Timeout: 'TIMEOUT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** Too many requests from one client address (RATE_LIMIT_PER_MINUTE); HTTP 429 with Retry-After. */
  RateLimited: 'RATE_LIMITED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A GraphQL error with a code and, where given, the HTTP status Apollo Server should answer
 * with (Apollo reads `extensions.http` and strips it from the response).
 */
export function createCodedError(
  code: ErrorCodeValue,
  message: string,
  httpStatus?: number,
): GraphQLError {
  const http = httpStatus === undefined ? {} : { http: { status: httpStatus } };
  return new GraphQLError(message, { extensions: { code, ...http } });
}

/** Raised where an argument is unusable; the response is HTTP 400. */
export function badUserInput(message: string): never {
  throw createCodedError(ErrorCode.BadUserInput, message, 400);
}

/** Raised where a non-null field finds nothing (the graph is inconsistent or the id unknown). */
export function notFound(what: string, id: string): never {
  throw new GraphQLError(`${what} not found: ${quoteInput(id)}`, {
    extensions: { code: ErrorCode.NotFound },
  });
}
