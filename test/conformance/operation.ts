import type { GraphQLResponse } from '../support/api-server.js';

/**
 * One entry of the conformance suite: a GraphQL operation and what the API must answer,
 * whichever engine holds the graph. Expected answers come from the hand-checked fixtures in
 * test/fixtures/ or from reading the reports, never from the API's own output.
 */
export type ConformanceOperation = OperationText &
  (
    | {
        /** The exact `data` of the response. */
        readonly data: unknown;
      }
    | {
        /** Assertions over `data` (throws on a mismatch). */
        readonly check: (data: unknown) => void;
      }
    | {
        /** The codes (`errors[].extensions.code`) the response must carry, in order. */
        readonly errorCodes: readonly string[];
      }
    | {
        /**
         * Several requests in a row (paging through a list with the cursors each page gives):
         * `walk` sends them with `graphql` and asserts over the answers. `query` is the
         * operation it sends, for the coverage test.
         */
        readonly walk: (target: ConformanceTarget) => Promise<void>;
      }
  );

export interface OperationText {
  /** What the API does, as a test name. */
  readonly name: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /**
   * A known gap between what the schema promises and what the API answers, with the file
   * that needs the fix: the entry runs as a TODO (reported, not failing the run) until the
   * gap is closed and this is removed.
   */
  readonly knownIssue?: string;
}

/**
 * An entry checked by an assertion function typed with the shape of the operation's `data`
 * (the harness has already checked that the response has data and no errors).
 */
export function checkOperation<T>(
  text: OperationText & { readonly check: (data: T) => void },
): ConformanceOperation {
  return { ...text, check: (data: unknown) => text.check(data as T) };
}

/** A running API over a seeded graph, whichever engine holds it. */
export interface ConformanceTarget {
  /** POSTs an operation to the API's /graphql over HTTP. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}
