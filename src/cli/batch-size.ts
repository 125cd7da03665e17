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
