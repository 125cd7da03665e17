/**
 * The GraphStore port: everything above the graph layer talks to this interface, never to a
 * driver. Adapters (embedded, neo4j) implement it and return plain JS rows: numbers rather
 * than driver integers, property objects rather than driver Node objects.
 */

/** A query from the catalog: its file name (without `.cypher`) and its text. */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
}

export type QueryParams = Readonly<Record<string, unknown>>;

/** One result row, keyed by the RETURN aliases. */
export type Row = Record<string, unknown>;

/**
 * How a read may end early, for a caller with a deadline (a GraphQL request): a read not yet
 * started when `signal` aborts is never sent to the engine, and a running one is stopped
 * where the engine allows (its query timeout cut to the time left, a closed session).
 */
export interface ReadOptions {
  readonly signal?: AbortSignal;
  /** When the rows stop being wanted, as `Date.now()` milliseconds. */
  readonly deadline?: number;
}

/** What a write transaction is about to do, so the store can refuse it before it starts. */
export interface WriteOptions {
  /**
   * About how many bytes the write may need on disk at its peak (log and data). The embedded
   * store refuses the write when its folder has less free space (`InsufficientSpaceError`);
   * Neo4j manages its own disk and ignores it.
   */
  readonly expectedBytes?: number;
}

/** Runs queries inside one open write transaction. */
export interface WriteTransaction {
  run(query: NamedQuery, params?: QueryParams): Promise<Row[]>;
}

export type EngineName = 'embedded' | 'neo4j';

export interface GraphStore {
  readonly engine: EngineName;
  /** Runs a read-only query; see `ReadOptions` for ending it early. */
  read(query: NamedQuery, params?: QueryParams, options?: ReadOptions): Promise<Row[]>;
  /**
   * Runs `work` in one write transaction: committed if `work` resolves, rolled back (and the
   * error rethrown) if it rejects or any statement fails.
   */
  writeTransaction<T>(
    work: (tx: WriteTransaction) => Promise<T>,
    options?: WriteOptions,
  ): Promise<T>;
  /** Creates tables/constraints/indexes for the graph model; safe to call on every start. */
  applySchema(): Promise<void>;
  /** Resolves when the store answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Observes every query a store runs (used for query statistics and tests). */
export interface QueryObserver {
  onQuery(name: string, durationMs: number): void;
}
