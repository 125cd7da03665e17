import { GraphQLError } from 'graphql';

/** The codes clients can rely on in `errors[].extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** Raised where a non-null field finds nothing (the graph is inconsistent or the id unknown). */
export function notFound(what: string, id: string): never {
  throw new GraphQLError(`${what} not found: ${id}`, { extensions: { code: ErrorCode.NotFound } });
}
