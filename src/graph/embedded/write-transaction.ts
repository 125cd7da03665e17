import { QueryFailedError } from '../errors.js';
import type { NamedQuery, QueryParams, Row, WriteTransaction } from '../store.js';
import { createMutex } from './async-mutex.js';
import type { EngineConnection } from './engine-connection.js';
import { isSchemaStatement } from './schema-statements.js';

/** Called when a transaction sent DDL, so that cached statements and types are dropped. */
export type SchemaChangeListener = () => void;

/**
 * Runs `work` in one explicit transaction on the write connection. The caller must hold the
 * store's write mutex for the whole call: the engine allows one write transaction at a time
 * and fails (rather than queues) a second one.
 *
 * After the first failed statement the transaction is over: later `tx.run` calls reject
 * without reaching the engine, `COMMIT` is never sent, and the failure is rethrown as a
 * QueryFailedError naming the query, even if `work` caught it. This is needed because the
 * engine, on most runtime and binder errors, has already rolled back and switched the
 * connection to autocommit: further statements would commit one by one.
 *
 * The one statement still sent after a failure is `ROLLBACK`, whose own "no active
 * transaction" error is ignored. Some failures do NOT end the engine's transaction (measured
 * on 0.19.1: parser errors, a missing parameter, a parameter the binding cannot convert);
 * without the ROLLBACK the earlier statements would stay pending on the write connection.
 * In autocommit mode ROLLBACK changes nothing. When `work` itself throws, the same ROLLBACK
 * undoes the statements it sent.
 */
export async function runWriteTransaction<T>(
  writer: EngineConnection,
  work: (tx: WriteTransaction) => Promise<T>,
  onSchemaChange: SchemaChangeListener,
): Promise<T> {
  await writer.command('embedded/begin-transaction', 'BEGIN TRANSACTION');
  let state: 'open' | 'aborted' | 'ended' = 'open';
  let abortCause: QueryFailedError | undefined;
  let sentSchemaStatement = false;
  const rollBack = async (): Promise<void> => {
    await writer.command('embedded/rollback', 'ROLLBACK').catch(() => undefined);
  };
  // Statements of one transaction go one at a time, so that none is queued behind a failure.
  const sequence = createMutex();

  const tx: WriteTransaction = {
    run: (query: NamedQuery, params?: QueryParams): Promise<Row[]> =>
      sequence.runExclusive(async () => {
        if (state !== 'open') throw refusal(query, state, abortCause);
        if (isSchemaStatement(query.text)) sentSchemaStatement = true;
        try {
          return await writer.run(query, params, 'write');
        } catch (error) {
          abortCause = asQueryFailure(query.name, error);
          state = 'aborted';
          await rollBack();
          throw abortCause;
        }
      }),
  };

  try {
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      // Wait for a statement `work` started but did not await, then end the transaction.
      await sequence.runExclusive(async () => {
        if (state !== 'open') return;
        state = 'ended';
        await rollBack();
      });
      throw abortCause ?? error;
    }
    return await sequence.runExclusive(async () => {
      if (abortCause) throw abortCause;
      state = 'ended';
      try {
        await writer.command('embedded/commit', 'COMMIT');
      } catch (error) {
        await rollBack();
        throw error;
      }
      return result;
    });
  } finally {
    if (state === 'open') state = 'ended';
    if (sentSchemaStatement) onSchemaChange();
  }
}

function asQueryFailure(queryName: string, error: unknown): QueryFailedError {
  if (error instanceof QueryFailedError) return error;
  return new QueryFailedError(queryName, error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

function refusal(
  query: NamedQuery,
  state: 'aborted' | 'ended',
  cause: QueryFailedError | undefined,
): QueryFailedError {
  const reason =
    state === 'aborted'
      ? `the transaction was aborted by an earlier failure (${cause?.message ?? 'unknown'})`
      : 'the transaction has already ended';
  return new QueryFailedError(query.name, `not sent: ${reason}`, { cause });
}
