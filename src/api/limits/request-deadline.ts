import { setMaxListeners } from 'node:events';
import { createCodedError, ErrorCode } from '../errors.js';
import type { GraphQLError } from 'graphql';

/** The time budget of one GraphQL request (REQUEST_TIMEOUT_MS), started with its context. */
export interface RequestDeadline {
  readonly timeoutMs: number;
  /** When the budget is spent, as `Date.now()` milliseconds. */
  readonly endsAt: number;
  /** Aborted once the budget is spent. */
  readonly signal: AbortSignal;
  /** Store reads refused or abandoned because the budget was spent. */
  readonly abandonedReads: number;
  /** Records one read given up on; see `limitStoreToDeadline`. */
  noteAbandonedRead(): void;
  /** Stops the timer once the response is on its way (idempotent). */
  dispose(): void;
}

/** Starts the clock for one request. The timer never keeps the process alive. */
export function startRequestDeadline(timeoutMs: number): RequestDeadline {
  const controller = new AbortController();
  // Every store read of the request listens for the end of its budget: a page of aliased
  // reads is many listeners on one signal, which is expected, not a leak.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  timer.unref();
  let abandonedReads = 0;
  return {
    timeoutMs,
    endsAt: Date.now() + timeoutMs,
    signal: controller.signal,
    get abandonedReads() {
      return abandonedReads;
    },
    noteAbandonedRead() {
      abandonedReads += 1;
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

/**
 * The error a request gets when its budget runs out. HTTP 400 like every other limit: the
 * same query will run out again, so the client should ask for less rather than retry.
 */
export function requestTimedOut(timeoutMs: number): GraphQLError {
  return createCodedError(
    ErrorCode.Timeout,
    `The request did not finish within ${timeoutMs} ms and was stopped. Ask for fewer items or fewer levels at once.`,
    400,
  );
}
