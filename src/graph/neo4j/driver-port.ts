import type { BookmarkManager, Record as Neo4jRecord, SessionMode } from 'neo4j-driver';

/**
 * The slice of neo4j-driver's API the adapter uses. The real `Driver` satisfies it (checked
 * where the driver is created); tests wrap the real driver in it to see which sessions and
 * transaction settings the adapter asks for.
 */
export interface Neo4jDriverPort {
  readonly executeQueryBookmarkManager: BookmarkManager;
  session(config: Neo4jSessionConfig): Neo4jSessionPort;
  verifyConnectivity(options: { database?: string }): Promise<unknown>;
  close(): Promise<void>;
}

export interface Neo4jSessionConfig {
  database?: string;
  defaultAccessMode: SessionMode;
  bookmarkManager: BookmarkManager;
}

/** Transaction options; `timeout` is in milliseconds. */
export interface Neo4jTransactionConfig {
  timeout?: number;
}

export interface Neo4jSessionPort {
  /** An unmanaged transaction: the driver never reruns it, so the caller decides about retries. */
  beginTransaction(config?: Neo4jTransactionConfig): Neo4jUnmanagedTransactionPort;
  executeWrite<T>(
    work: (tx: Neo4jTransactionPort) => Promise<T>,
    config?: Neo4jTransactionConfig,
  ): Promise<T>;
  close(): Promise<void>;
}

export interface Neo4jTransactionPort {
  run(text: string, params: Record<string, unknown>): PromiseLike<{ records: Neo4jRecord[] }>;
}

export interface Neo4jUnmanagedTransactionPort extends Neo4jTransactionPort {
  commit(): Promise<void>;
  /** Rolls back unless already committed or rolled back. */
  close(): Promise<void>;
}

/** What a driver is built from; two stores share a driver only when all of it matches. */
export interface Neo4jDriverSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly maxConnectionPoolSize?: number;
  readonly connectionAcquisitionTimeoutMs?: number;
  readonly connectionTimeoutMs?: number;
  readonly maxTransactionRetryTimeMs?: number;
}

export type CreateNeo4jDriver = (settings: Neo4jDriverSettings) => Neo4jDriverPort;
