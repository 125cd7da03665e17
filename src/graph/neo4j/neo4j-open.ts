import { StoreUnavailableError } from '../errors.js';
import type { Neo4jDriverPort } from './driver-port.js';
import { isPermanentConnectError } from './neo4j-errors.js';
import { describeUri, redactSecret } from './redact.js';

/** The part of a pino-style logger the adapter writes to. */
export interface Neo4jStoreLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface ConnectRetry {
  /** How many times to try in total (at least 1). */
  readonly attempts: number;
  /** Pause between two attempts. */
  readonly delayMs: number;
}

export interface VerifyConnectivityOptions {
  readonly uri: string;
  readonly password: string;
  readonly database?: string;
  readonly retry: ConnectRetry;
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger?: Neo4jStoreLogger;
}

/**
 * Checks that the server answers, trying `retry.attempts` times with `retry.delayMs`
 * between tries, because a server started alongside the API (compose, CI) is often still
 * booting. A refusal from the server itself (bad credentials, unknown database) is not
 * retried. Throws `StoreUnavailableError` whose message starts with `NEO4J_URI`, names the
 * URI and the last cause, and never contains the password.
 */
export async function verifyConnectivityWithRetry(
  driver: Neo4jDriverPort,
  options: VerifyConnectivityOptions,
): Promise<void> {
  const { attempts, delayMs } = options.retry;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(
      `connectRetry.attempts must be a whole number of at least 1, got ${attempts}`,
    );
  }
  const uri = describeUri(options.uri);
  const verifyOptions = options.database === undefined ? {} : { database: options.database };
  for (let attempt = 1; ; attempt += 1) {
    try {
      await driver.verifyConnectivity(verifyOptions);
      return;
    } catch (error) {
      const reason = redactSecret(
        error instanceof Error ? error.message : String(error),
        options.password,
      );
      if (isPermanentConnectError(error)) {
        throw new StoreUnavailableError(`NEO4J_URI ${uri} refused the connection: ${reason}`, {
          cause: error,
        });
      }
      if (attempt >= attempts) {
        const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
        throw new StoreUnavailableError(`NEO4J_URI ${uri} unreachable after ${tries}: ${reason}`, {
          cause: error,
        });
      }
      options.logger?.warn({ uri, attempt, attempts, reason }, 'Neo4j not reachable yet; retrying');
      await options.sleep(delayMs);
    }
  }
}
