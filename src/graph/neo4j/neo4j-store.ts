import { setTimeout as delay } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import {
  isRetryableError,
  session as accessModes,
  type Record as Neo4jRecord,
  type SessionMode,
} from 'neo4j-driver';
import {
  QueryFailedError,
  ReadAbortedError,
  StoreUnavailableError,
  timeLeftFor,
} from '../errors.js';
import type {
  GraphStore,
  NamedQuery,
  QueryObserver,
  QueryParams,
  ReadOptions,
  Row,
  WriteTransaction,
} from '../store.js';
import {
  verifyConnectivityWithRetry,
  type ConnectRetry,
  type Neo4jStoreLogger,
} from './neo4j-open.js';
import type {
  CreateNeo4jDriver,
  Neo4jDriverPort,
  Neo4jSessionPort,
  Neo4jTransactionConfig,
  Neo4jTransactionPort,
} from './driver-port.js';
import { acquireNeo4jDriver, createNeo4jDriver, releaseNeo4jDriver } from './neo4j-registry.js';
import { mapNeo4jError } from './neo4j-errors.js';
import { toNeo4jParams } from './neo4j-params.js';
import { describeUri } from './redact.js';
import { normaliseNeo4jRecord } from './neo4j-results.js';

export interface Neo4jStoreOptions {
  /** `bolt://host:7687` (one server) or `neo4j://host:7687` (routing: reads go to followers). */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Database name; the server's default database when absent. */
  readonly database?: string;
  /** Constraints and indexes, each `... IF NOT EXISTS`, run one by one by `applySchema`. */
  readonly schemaStatements: readonly string[];
  /** Driver default: 100. */
  readonly maxConnectionPoolSize?: number;
  /** How long a query waits for a pooled connection. Driver default: 60000. */
  readonly connectionAcquisitionTimeoutMs?: number;
  /** How long opening one TCP/TLS connection may take. Driver default: 30000. */
  readonly connectionTimeoutMs?: number;
  /** How long the driver keeps retrying a transaction on transient errors. Driver default: 30000. */
  readonly maxTransactionRetryTimeMs?: number;
  /** Server-side timeout of each read transaction; server default when absent. */
  readonly queryTimeoutMs?: number;
  /**
   * Server-side timeout of each write transaction (a load is one or a few large ones); the
   * read timeout when absent.
   */
  readonly writeTimeoutMs?: number;
  /**
   * How long a read keeps retrying a transient failure (a leader switch, a follower gone, the
   * server unreachable) before it fails with StoreUnavailableError. Default 2000: an API
   * request learns within seconds that Neo4j is down; writes retry for maxTransactionRetryTimeMs.
   */
  readonly readRetryTimeMs?: number;
  /** Attempts at `verifyConnectivity` while opening. Default: 5 attempts, 2000 ms apart. */
  readonly connectRetry?: ConnectRetry;
  readonly observer?: QueryObserver;
  readonly logger?: Neo4jStoreLogger;
  /** Replaces the pause between connection attempts (tests). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Builds the driver instead of `createNeo4jDriver` (tests wrap the real one to observe it). */
  readonly createDriver?: CreateNeo4jDriver;
}

const DEFAULT_CONNECT_RETRY: ConnectRetry = { attempts: 5, delayMs: 2000 };
const DEFAULT_READ_RETRY_TIME_MS = 2000;
/** The first pause before a read is retried; each further pause doubles it. */
const FIRST_READ_RETRY_DELAY_MS = 100;

/**
 * Opens the Neo4j adapter of the GraphStore port. Verifies that the server answers first
 * (bounded retry, see `connectRetry`) and throws `StoreUnavailableError` naming `NEO4J_URI`
 * when it does not.
 *
 * The driver is shared per URI per process: a second store on the same URI with the same
 * user, password and pool settings reuses it, and the driver closes when the last of them
 * closes; different settings for the same URI throw.
 */
export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<GraphStore> {
  const driver = acquireNeo4jDriver(options, options.createDriver ?? createNeo4jDriver);
  try {
    await verifyConnectivityWithRetry(driver, {
      uri: options.uri,
      password: options.password,
      ...(options.database === undefined ? {} : { database: options.database }),
      retry: options.connectRetry ?? DEFAULT_CONNECT_RETRY,
      sleep: options.sleep ?? ((ms) => delay(ms)),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    });
  } catch (error) {
    await releaseNeo4jDriver(options.uri);
    throw error;
  }
  return new Neo4jStore(driver, options);
}

class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  private readonly txConfig: Neo4jTransactionConfig;
  private readonly writeTxConfig: Neo4jTransactionConfig;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly driver: Neo4jDriverPort,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.txConfig = options.queryTimeoutMs === undefined ? {} : { timeout: options.queryTimeoutMs };
    const writeTimeout = options.writeTimeoutMs ?? options.queryTimeoutMs;
    this.writeTxConfig = writeTimeout === undefined ? {} : { timeout: writeTimeout };
  }

  /**
   * Runs a read in its own transaction. Transient failures are retried for at most
   * `readRetryTimeMs` (not the driver's `maxTransactionRetryTimeMs`, which `executeRead`
   * would use: half a minute of retries against a stopped server would hold every request
   * and `/readyz` until the API's own timeout).
   *
   * With a deadline (`ReadOptions`) it is not started once the caller stopped waiting, each
   * attempt's transaction timeout is cut to the time left (the server ends it then), the
   * session is closed as soon as the caller stops waiting, and no retry outlives the deadline.
   */
  async read(query: NamedQuery, params?: QueryParams, options?: ReadOptions): Promise<Row[]> {
    if (options?.signal?.aborted)
      throw new ReadAbortedError(query.name, 'not started: its caller stopped waiting');
    const driverParams = convertParams(query, params);
    const started = performance.now();
    try {
      const records = await this.retryRead(query.name, options, () =>
        this.readOnce(query.text, driverParams, options),
      );
      return normaliseRecords(query, records);
    } catch (error) {
      throw mapNeo4jError(error, query.name);
    } finally {
      this.options.observer?.onQuery(query.name, performance.now() - started);
    }
  }

  /** The transaction config of a read: the query timeout, cut to the time before `deadline`. */
  private readConfig(deadline: number | undefined): Neo4jTransactionConfig {
    if (deadline === undefined) return this.txConfig;
    const timeoutMs = this.options.queryTimeoutMs ?? Math.max(1, deadline - Date.now());
    return { timeout: timeLeftFor(timeoutMs, deadline) };
  }

  /**
   * Runs `work` in one managed write transaction (`session.executeWrite`). The driver
   * retries the whole transaction on transient failures (deadlock, leader switch, lost
   * connection) for up to `maxTransactionRetryTimeMs`, so `work` may run more than once: it
   * must only issue queries through `tx` and must not have other side effects (no counters,
   * no external calls, no in-memory index updates) until this promise resolves.
   *
   * Driver errors raised inside `work` reach the driver unchanged, so it can recognise the
   * retriable ones; they are mapped to the graph layer's errors once the driver gives up.
   * Errors thrown by `work` itself are rethrown unchanged.
   */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const failedQueries = new WeakMap<object, string>();
    const session = this.openSession(accessModes.WRITE);
    try {
      return await session.executeWrite(
        (tx) => work(this.wrapTransaction(tx, failedQueries)),
        this.writeTxConfig,
      );
    } catch (error) {
      const queryName =
        typeof error === 'object' && error !== null ? failedQueries.get(error) : undefined;
      throw mapNeo4jError(error, queryName ?? 'writeTransaction');
    } finally {
      await closeQuietly(session);
    }
  }

  async applySchema(): Promise<void> {
    for (const [index, text] of this.options.schemaStatements.entries()) {
      // Schema changes cannot share a transaction with each other or with data writes.
      const statement: NamedQuery = { name: `neo4j-schema#${index + 1}`, text };
      await this.writeTransaction((tx) => tx.run(statement));
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    const database = this.options.database;
    try {
      await this.driver.verifyConnectivity(database === undefined ? {} : { database });
    } catch (error) {
      const mapped = mapNeo4jError(error, 'ping');
      if (mapped instanceof StoreUnavailableError) throw mapped;
      throw new StoreUnavailableError(
        `NEO4J_URI ${describeUri(this.options.uri)} did not answer a ping: ${mapped.message}`,
        { cause: error },
      );
    }
  }

  close(): Promise<void> {
    this.closing ??= releaseNeo4jDriver(this.options.uri);
    return this.closing;
  }

  private wrapTransaction(
    tx: Neo4jTransactionPort,
    failedQueries: WeakMap<object, string>,
  ): WriteTransaction {
    const observer = this.options.observer;
    return {
      async run(query: NamedQuery, params?: QueryParams): Promise<Row[]> {
        const driverParams = convertParams(query, params);
        const started = performance.now();
        let records: Neo4jRecord[];
        try {
          records = (await tx.run(query.text, driverParams)).records;
        } catch (error) {
          if (typeof error === 'object' && error !== null) failedQueries.set(error, query.name);
          throw error;
        } finally {
          observer?.onQuery(query.name, performance.now() - started);
        }
        return normaliseRecords(query, records);
      },
    };
  }

  /**
   * One attempt at a read: an unmanaged READ transaction, committed, its session closed (at
   * once when the caller's signal aborts, which ends the transaction on the server).
   */
  private async readOnce(
    text: string,
    params: Record<string, unknown>,
    options: ReadOptions | undefined,
  ): Promise<Neo4jRecord[]> {
    const session = this.openSession(accessModes.READ);
    const stop = () => void closeQuietly(session);
    options?.signal?.addEventListener('abort', stop, { once: true });
    try {
      const tx = session.beginTransaction(this.readConfig(options?.deadline));
      try {
        const { records } = await tx.run(text, params);
        await tx.commit();
        return records;
      } finally {
        await tx.close().catch(() => {});
      }
    } finally {
      options?.signal?.removeEventListener('abort', stop);
      await closeQuietly(session);
    }
  }

  /**
   * Reruns `attempt` on retryable driver errors, with doubling pauses, until the read budget
   * is spent or the caller's deadline would pass. A failure after the caller stopped waiting
   * is a `ReadAbortedError`, whatever the closed session made the driver say.
   */
  private async retryRead<T>(
    queryName: string,
    options: ReadOptions | undefined,
    attempt: () => Promise<T>,
  ): Promise<T> {
    const budgetMs = this.options.readRetryTimeMs ?? DEFAULT_READ_RETRY_TIME_MS;
    const giveUpAt = Math.min(Date.now() + budgetMs, options?.deadline ?? Infinity);
    for (let pauseMs = FIRST_READ_RETRY_DELAY_MS; ; pauseMs *= 2) {
      try {
        return await attempt();
      } catch (error) {
        if (options?.signal?.aborted)
          throw new ReadAbortedError(queryName, "stopped at its caller's deadline", {
            cause: error,
          });
        if (!isRetryableError(error) || Date.now() + pauseMs > giveUpAt) throw error;
        await delay(pauseMs);
      }
    }
  }

  private openSession(mode: SessionMode): Neo4jSessionPort {
    this.assertOpen();
    return this.driver.session({
      ...(this.options.database === undefined ? {} : { database: this.options.database }),
      defaultAccessMode: mode,
      // The driver-wide manager makes every session wait for the bookmarks of every earlier
      // commit in this process, so a read after a write sees it even on a follower.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private assertOpen(): void {
    if (this.closing) throw new StoreUnavailableError('the Neo4j store has been closed');
  }
}

function convertParams(
  query: NamedQuery,
  params: QueryParams | undefined,
): Record<string, unknown> {
  try {
    return toNeo4jParams(params);
  } catch (error) {
    throw new QueryFailedError(query.name, errorMessage(error), { cause: error });
  }
}

function normaliseRecords(query: NamedQuery, records: readonly Neo4jRecord[]): Row[] {
  try {
    return records.map(normaliseNeo4jRecord);
  } catch (error) {
    throw new QueryFailedError(query.name, errorMessage(error), { cause: error });
  }
}

/** Closing only hands the connection back to the pool; it must not hide the query's outcome. */
async function closeQuietly(session: Neo4jSessionPort): Promise<void> {
  try {
    await session.close();
  } catch {
    // nothing to do: the pool discards a connection it cannot reuse
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
