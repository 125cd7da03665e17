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
