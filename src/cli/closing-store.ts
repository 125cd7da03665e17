import type { GraphStore } from '../graph/store.js';

/**
 * Runs `work` on `store`, closes the store, and only then resolves with work's result. A
 * command may say it wrote something only after this: closing the embedded store writes the
 * checkpoint that folds the write-ahead log into the database file, and that can still fail
 * (a full disk). A close that fails after `work` failed does not hide work's own error.
 */
export async function closingStore<T>(
  store: GraphStore,
  work: (store: GraphStore) => Promise<T>,
): Promise<T> {
  let result: T;
  try {
    result = await work(store);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  await store.close();
  return result;
}
