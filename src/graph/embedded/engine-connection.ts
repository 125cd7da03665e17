import lbug from '@ladybugdb/core';
import type { Database, LbugValue, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { QueryFailedError, ReadAbortedError, timeLeftFor } from '../errors.js';
import type { NamedQuery, QueryObserver, QueryParams, ReadOptions, Row } from '../store.js';
import { createMutex } from './async-mutex.js';
import { toQueryError } from './embedded-errors.js';
import { parseEngineType } from './engine-type.js';
import { normaliseParams, splitParamBatches } from './embedded-params.js';
import { findLabelsWithDates, normaliseRow } from './embedded-results.js';
import type { PropertyTypeCache } from './property-types.js';

/** Whether a statement may change the database; reads are refused anything else. */
export type StatementMode = 'read' | 'write';

/** Counters shared by the connections of one store, for diagnostics and tests. */
export interface StatementStats {
  /** Statements prepared by the engine (cache misses). */
  prepared: number;
}

/** What every connection of one store shares. */
export interface ConnectionSettings {
  readonly queryTimeoutMs: number;
  readonly stats: StatementStats;
  readonly propertyTypes: PropertyTypeCache;
  readonly observer?: QueryObserver | undefined;
}

/**
 * One engine connection with its own prepared-statement cache. The engine binds a prepared
 * statement to the connection that prepared it, so the cache is per connection, keyed by
 * query text.
 */
export interface EngineConnection {
  /**
   * Runs a catalog query as a prepared statement and returns normalised rows. Queries on one
   * connection execute one at a time, in order (reading out and converting the rows of one
   * overlaps the next one's execution); one whose `signal` aborted while it waited is not
   * started, and one with a `deadline` gets the time left as its engine timeout.
   */
  run(
    query: NamedQuery,
    params: QueryParams | undefined,
    mode: StatementMode,
    options?: ReadOptions,
  ): Promise<Row[]>;
  /** Sends a parameterless control statement (`BEGIN TRANSACTION`, `COMMIT`, `ROLLBACK`). */
  command(name: string, text: string): Promise<void>;
  /** Queries started and not yet finished on this connection. */
  busy(): number;
  /**
   * Drops every cached statement. Needed after DDL: a statement prepared before
   * `ALTER TABLE ... ADD` and executed without parameters keeps returning nodes without the
   * new column (the engine re-binds it only when parameters are given).
   */
  clearStatements(): void;
  close(): Promise<void>;
}

/**
 * Opens a connection and awaits its initialisation: the engine initialises lazily, and two
 * queries racing through that lazy start crash the process.
 */
export async function openEngineConnection(
  db: Database,
  settings: ConnectionSettings,
): Promise<EngineConnection> {
  const conn = new lbug.Connection(db);
  conn.setQueryTimeout(settings.queryTimeoutMs);
  await conn.init();

  const statements = new Map<string, Promise<PreparedStatement>>();
  let running = 0;
  // The engine runs one query per connection at a time anyway; queueing here instead lets a
  // query that is no longer wanted drop out before it starts, and lets each query have its
  // own timeout (a connection setting, read when the query starts). The turn covers
  // preparing and executing only: holding it while rows are read out and converted left the
  // connection idle and cut read throughput by a third (docs/benchmarks.md, issue 9).
  const turn = createMutex();
  let timeoutSet = settings.queryTimeoutMs;

  const prepare = (text: string): Promise<PreparedStatement> => {
    let statement = statements.get(text);
    if (!statement) {
      settings.stats.prepared += 1;
      // Cache the promise, so that concurrent first uses share one preparation.
      const preparing = conn.prepare(text).catch((error: unknown) => {
        if (statements.get(text) === preparing) statements.delete(text);
        throw error;
      });
      statement = preparing;
      statements.set(text, preparing);
    }
    return statement;
  };

  const readTableInfo = async (label: string): Promise<Array<[string, string]>> => {
    // Labels come from the engine's own results; anything unusual is simply not looked up.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(label)) return [];
    const rows = await readResult(await conn.query(`CALL table_info('${label}') RETURN *`));
    return rows.raw.map((row) => [String(row['name']), String(row['type'])]);
  };

  /** Waits for the connection, then starts the query unless it is no longer wanted. */
  const inTurn = <T>(
    name: string,
    options: ReadOptions | undefined,
    work: () => Promise<T>,
  ): Promise<T> =>
    turn.runExclusive(async () => {
      if (options?.signal?.aborted)
        throw new ReadAbortedError(name, 'not started: its caller stopped waiting');
      const timeout = timeLeftFor(settings.queryTimeoutMs, options?.deadline);
      if (timeout !== timeoutSet) {
        conn.setQueryTimeout(timeout);
        timeoutSet = timeout;
      }
      return work();
    });

  /** The query's prepared statement, checked: valid, and read-only where a read is asked. */
  const prepareChecked = async (query: NamedQuery, mode: StatementMode) => {
    const statement = await prepare(query.text);
    if (!statement.isSuccess()) {
      // Not kept: the statement may become valid once the schema is applied.
      statements.delete(query.text);
      throw new QueryFailedError(query.name, statement.getErrorMessage());
    }
    if (mode === 'read' && !statement.isReadOnly()) {
      // A write on a read connection would race the writer; the loser's connection then crashes the process.
      throw new QueryFailedError(
        query.name,
        'is not read-only; run writes through writeTransaction',
      );
    }
    return statement;
  };

  const execute = async (
    query: NamedQuery,
    params: QueryParams | undefined,
    mode: StatementMode,
    options: ReadOptions | undefined,
  ): Promise<Row[]> => {
    const batches = splitParamBatches(query.name, normaliseParams(query.name, params));
    const rows: Row[] = [];
    for (const batch of batches) {
      // Only preparing and executing hold the connection: the next query may start while
      // this one's rows are read out and converted.
      const executed = await inTurn(query.name, options, async () =>
        conn.execute(await prepareChecked(query, mode), batch as Record<string, LbugValue>),
      );
      const result = await readResult(executed);
      const labels = new Set(result.raw.flatMap((row) => [...findLabelsWithDates(row)]));
      if (labels.size > 0) await settings.propertyTypes.ensure(labels, readTableInfo);
      for (const row of result.raw)
        rows.push(normaliseRow(row, result.columns, settings.propertyTypes.lookup));
    }
    return rows;
  };

  const track = async <T>(
    name: string,
    params: QueryParams | undefined,
    options: ReadOptions | undefined,
    work: () => Promise<T>,
  ): Promise<T> => {
    const started = performance.now();
    running += 1;
    try {
      return await work();
    } catch (error) {
      const hadEmptyList = Object.values(params ?? {}).some(
        (value) => Array.isArray(value) && value.length === 0,
      );
      throw toQueryError(name, error, {
        timeoutMs: settings.queryTimeoutMs,
        hadEmptyList,
        deadlinePassed: options?.signal?.aborted ?? false,
      });
    } finally {
      running -= 1;
      settings.observer?.onQuery(name, performance.now() - started);
    }
  };

  return {
    run: (query, params, mode, options) =>
      track(query.name, params, options, () => execute(query, params, mode, options)),
    command: (name, text) =>
      track(name, undefined, undefined, () =>
        inTurn(name, undefined, async () => {
          await readResult(await conn.query(text));
        }),
      ),
    busy: () => running,
    clearStatements: () => statements.clear(),
    close: () => conn.close(),
  };
}

interface ReadResult {
  readonly raw: Array<Record<string, unknown>>;
  readonly columns: Array<readonly [string, ReturnType<typeof parseEngineType>]>;
}

async function readResult(result: QueryResult | QueryResult[]): Promise<ReadResult> {
  if (Array.isArray(result)) {
    result.forEach((part) => part.close());
    throw new Error('a query must hold exactly one statement');
  }
  try {
    const raw = (await result.getAll()) as Array<Record<string, unknown>>;
    const names = await result.getColumnNames();
    const types = await result.getColumnDataTypes();
    const columns = names.map(
      (name, index) => [name, parseEngineType(types[index] ?? 'ANY')] as const,
    );
    return { raw, columns };
  } finally {
    result.close();
  }
}
