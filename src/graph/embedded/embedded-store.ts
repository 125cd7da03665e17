import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '@ladybugdb/core';
import { StoreUnavailableError } from '../errors.js';
import type {
  GraphStore,
  NamedQuery,
  QueryObserver,
  QueryParams,
  ReadOptions,
  Row,
  WriteOptions,
  WriteTransaction,
} from '../store.js';
import { createMutex } from './async-mutex.js';
import { claimDatabasePath, releaseDatabasePath } from './embedded-registry.js';
import {
  openEngineConnection,
  type EngineConnection,
  type StatementStats,
} from './engine-connection.js';
import { inMemoryPath, openDatabase, resolveDatabasePath } from './embedded-open.js';
import { markDatabaseChange } from './change-marker.js';
import { checkFreeSpace } from './free-space.js';
import { createPropertyTypeCache } from './property-types.js';
import { createReadPool } from './read-pool.js';
import { runWriteTransaction } from './write-transaction.js';

/** How to open the embedded store. */
export interface EmbeddedStoreOptions {
  /**
   * The database FILE (the app uses `<DATA_DIR>/graph.lbug`; the engine adds `<file>.wal`
   * beside it while open), or `:memory:`. A missing parent folder is created; an existing
   * directory is refused.
   */
  readonly path: string;
  /**
   * The engine's DDL, run in order by `applySchema()`. Each must be idempotent
   * (`CREATE NODE TABLE IF NOT EXISTS ...`). `IF NOT EXISTS` skips a table that exists in an
   * older shape, so columns added to the model need `migrationStatements` as well.
   */
  readonly schemaStatements: readonly string[];
  /**
   * Idempotent schema evolution, run after `schemaStatements` in the same transaction: brings
   * a database file created by an older model up to date, one statement per declared column
   * or relationship pair, e.g. `ALTER TABLE Force ADD IF NOT EXISTS area STRING` and
   * `ALTER TABLE MENTIONS ADD IF NOT EXISTS FROM Finding TO Unit` (both are no-ops when the
   * column or pair exists; verified on 0.19.1). List the table's columns with
   * `CALL table_info('Force') RETURN *`.
   */
  readonly migrationStatements?: readonly string[];
  /** Read connections in the pool; default 4. */
  readonly readConnections?: number;
  /** Per-query timeout in ms on the read connections; default 30 000. */
  readonly queryTimeoutMs?: number;
  /** Per-statement timeout in ms on the write connection; default `queryTimeoutMs`. */
  readonly writeTimeoutMs?: number;
  /** Buffer pool size in bytes; default 0, which lets the engine take a share of the machine's memory. */
  readonly bufferPoolBytes?: number;
  /**
   * The most the database may grow to, in bytes; the engine reserves this much address
   * space up front. Default 0 means the engine's 8 TiB, which allows about eight databases
   * per process: tests must set it (see test/support/embedded-store.ts).
   */
  readonly maxDbBytes?: number;
  /**
   * Open without taking the write lock: another process may hold the file for writing.
   * Writes and `applySchema()` are then refused. The file must already exist.
   */
  readonly readOnly?: boolean;
  /** Told the name and duration of every statement the store runs. */
  readonly observer?: QueryObserver;
  /** Told, in one sentence, when opening had to recover from a torn write-ahead log. */
  readonly onRecovery?: (message: string) => void;
}

/** The embedded store, with diagnostics for tests and health pages. */
export interface EmbeddedGraphStore extends GraphStore {
  readonly engine: 'embedded';
  /** The canonical database path (or `:memory:`). */
  readonly path: string;
  /** How many statements the engine has prepared so far; a cached statement is not counted again. */
  preparedCount(): number;
}

const defaultReadConnections = 4;
const defaultQueryTimeoutMs = 30_000;
const pingQuery: NamedQuery = { name: 'embedded/ping', text: 'RETURN 1 AS ok' };

/**
 * Opens the embedded graph engine (LadybugDB) behind the GraphStore port. Resolves only once
 * the database and every connection are initialised: the engine initialises lazily, and
 * concurrent first use of a connection crashes the process.
 *
 * Throws StoreUnavailableError when the path is a directory, when this process already has
 * the file open (a second handle to one file silently loses writes), or when another
 * process holds its lock.
 */
export async function openEmbeddedStore(
  options: EmbeddedStoreOptions,
): Promise<EmbeddedGraphStore> {
  const readConnections = options.readConnections ?? defaultReadConnections;
  const queryTimeoutMs = options.queryTimeoutMs ?? defaultQueryTimeoutMs;
  if (!Number.isInteger(readConnections) || readConnections < 1) {
    throw new RangeError(`readConnections must be a positive integer, got ${readConnections}`);
  }
  if (!(queryTimeoutMs > 0))
    throw new RangeError(`queryTimeoutMs must be positive, got ${queryTimeoutMs}`);
  const writeTimeoutMs = options.writeTimeoutMs ?? queryTimeoutMs;
  if (!(writeTimeoutMs > 0))
    throw new RangeError(`writeTimeoutMs must be positive, got ${writeTimeoutMs}`);
  const readOnly = options.readOnly ?? false;
  const inMemory = options.path === inMemoryPath;
  const path = inMemory ? inMemoryPath : resolveDatabasePath(options.path, !readOnly);
  if (!inMemory) claimDatabasePath(path);

  const opened: EngineConnection[] = [];
  let db: Database | undefined;
  try {
    db = await openDatabase({
      path,
      bufferPoolBytes: options.bufferPoolBytes ?? 0,
      maxDbBytes: options.maxDbBytes ?? 0,
      readOnly,
      onRecovery: options.onRecovery,
    });
    const settings = {
      queryTimeoutMs,
      stats: { prepared: 0 },
      propertyTypes: createPropertyTypeCache(),
      observer: options.observer,
    };
    // One at a time: each init must finish before the next connection is used. The writer
    // shares the readers' caches and counters but has its own, longer timeout: loads are
    // large statements, not requests.
    for (let i = 0; i < readConnections + (readOnly ? 0 : 1); i += 1) {
      const isWriter = !readOnly && i === 0;
      opened.push(
        await openEngineConnection(
          db,
          isWriter ? { ...settings, queryTimeoutMs: writeTimeoutMs } : settings,
        ),
      );
    }
    const writer = readOnly ? undefined : opened[0];
    const readers = readOnly ? opened : opened.slice(1);
    return createEmbeddedStore({ path, db, writer, readers, settings, options });
  } catch (error) {
    await Promise.allSettled(opened.map((conn) => conn.close()));
    await db?.close().catch(() => undefined);
    if (!inMemory) releaseDatabasePath(path);
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(
      `cannot open database ${path}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

interface StoreParts {
  readonly path: string;
  readonly db: Database;
  readonly writer: EngineConnection | undefined;
  readonly readers: readonly EngineConnection[];
  readonly settings: {
    readonly stats: StatementStats;
    readonly propertyTypes: { clear(): void };
  };
  readonly options: EmbeddedStoreOptions;
}

function createEmbeddedStore(parts: StoreParts): EmbeddedGraphStore {
  const { path, db, writer, readers, settings, options } = parts;
  const pool = createReadPool(readers);
  const writeLock = createMutex();
  const inTransaction = new AsyncLocalStorage<{ active: boolean }>();
  const pendingReads = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  const ensureOpen = (): void => {
    if (closing) throw new StoreUnavailableError(`embedded store ${path} is closed`);
  };

  const forgetSchema = (): void => {
    for (const conn of [writer, ...readers]) conn?.clearStatements();
    settings.propertyTypes.clear();
  };

  const read = async (
    query: NamedQuery,
    params?: QueryParams,
    options?: ReadOptions,
  ): Promise<Row[]> => {
    ensureOpen();
    const pending = pool.pick().run(query, params, 'read', options);
    pendingReads.add(pending);
    try {
      return await pending;
    } finally {
      pendingReads.delete(pending);
    }
  };

  const writeTransaction = <T>(
    work: (tx: WriteTransaction) => Promise<T>,
    writeOptions?: WriteOptions,
  ): Promise<T> => runExclusive(work, writeOptions, true);

  /** One write transaction; `changesData` replaces the file's change marker first. */
  const runExclusive = async <T>(
    work: (tx: WriteTransaction) => Promise<T>,
    writeOptions: WriteOptions | undefined,
    changesData: boolean,
  ): Promise<T> => {
    ensureOpen();
    if (!writer) throw new StoreUnavailableError(`embedded store ${path} is open read-only`);
    if (writeOptions?.expectedBytes && path !== inMemoryPath)
      await checkFreeSpace(path, writeOptions.expectedBytes);
    if (inTransaction.getStore()?.active) {
      // The write lock is held by the caller's own transaction: waiting for it would never end.
      throw new Error(
        'writeTransaction cannot be nested: run the statements on the tx you were given',
      );
    }
    return writeLock.runExclusive(async () => {
      if (changesData && path !== inMemoryPath) markDatabaseChange(path);
      const marker = { active: true };
      try {
        return await inTransaction.run(marker, () =>
          runWriteTransaction(writer, work, forgetSchema),
        );
      } finally {
        marker.active = false;
      }
    });
  };

  const applySchema = async (): Promise<void> => {
    const statements = [...options.schemaStatements, ...(options.migrationStatements ?? [])];
    // Idempotent DDL on every start: it changes no data, so it keeps the change marker.
    await runExclusive(
      async (tx) => {
        for (const [index, text] of statements.entries()) {
          await tx.run({ name: `embedded/schema-${index + 1}`, text });
        }
      },
      undefined,
      false,
    );
    forgetSchema();
  };

  const ping = async (): Promise<void> => {
    try {
      const rows = await read(pingQuery);
      if (rows[0]?.['ok'] !== 1) throw new Error(`unexpected answer ${JSON.stringify(rows)}`);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`embedded store ${path} does not answer: ${message}`, {
        cause: error,
      });
    }
  };

  const close = (): Promise<void> => {
    closing ??= (async () => {
      // Queued and running transactions finish first; the lock is never released again.
      await writeLock.acquire();
      await Promise.allSettled([...pendingReads]);
      await Promise.allSettled(readers.map((conn) => conn.close()));
      await writer?.close().catch(() => undefined);
      // Closing the database checkpoints its WAL into the file.
      await db.close();
    })().finally(() => {
      if (path !== inMemoryPath) releaseDatabasePath(path);
    });
    return closing;
  };

  return {
    engine: 'embedded',
    path,
    read,
    writeTransaction,
    applySchema,
    ping,
    close,
    preparedCount: () => settings.stats.prepared,
  };
}
