import {
  defaultBatchSize,
  defaultTransactionRows,
  type LoadSummary,
} from '../graph/load-dataset.js';
import { UsageError } from './usage.js';

/**
 * Reads a positive whole number from a command-line option or environment variable
 * (`setting` names it in the error); `undefined` or blank gives `fallback`. Throws a
 * {@link UsageError} otherwise.
 */
export function parseBatchSize(setting: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`${setting}: expected a whole number of at least 1, got "${raw}"`);
  }
  return value;
}

/**
 * Rows per UNWIND statement and per transaction for a load: `--batch-size` (else
 * `batchEnv`, e.g. SEED_BATCH_SIZE) and `--transaction-rows` (else LOAD_TRANSACTION_ROWS).
 */
export function readLoadOptions(
  options: { 'batch-size'?: string; 'transaction-rows'?: string },
  batchEnv?: string,
): { batchSize: number; transactionRows: number } {
  const batchSize =
    options['batch-size'] === undefined && batchEnv !== undefined
      ? parseBatchSize(batchEnv, process.env[batchEnv], defaultBatchSize)
      : parseBatchSize('--batch-size', options['batch-size'], defaultBatchSize);
  const transactionRows =
    options['transaction-rows'] === undefined
      ? parseBatchSize(
          'LOAD_TRANSACTION_ROWS',
          process.env.LOAD_TRANSACTION_ROWS,
          defaultTransactionRows,
        )
      : parseBatchSize('--transaction-rows', options['transaction-rows'], defaultTransactionRows);
  return { batchSize, transactionRows };
}

/** `70 statements of up to 500 rows, one transaction` (or `, 3 transactions`), for the load commands' summaries. */
export function describeLoad(summary: LoadSummary, batchSize: number): string {
  const transactions =
    summary.transactions === 1 ? 'one transaction' : `${summary.transactions} transactions`;
  return `${summary.statements} statements of up to ${batchSize} rows, ${transactions}`;
}
