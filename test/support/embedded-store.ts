import { after } from 'node:test';
import { loadCatalog } from '../../src/graph/queries.js';
import {
  openEmbeddedStore,
  type EmbeddedGraphStore,
} from '../../src/graph/embedded/embedded-store.js';

/** Buffer pool for test databases: small, because a test graph is tiny. */
export const testBufferPoolBytes = 64 * 2 ** 20;

/**
 * Address space each test database reserves. The engine's default (8 TiB) lets only about
 * eight databases exist in one process; 1 GiB lets a whole test run open as many as it needs.
 */
export const testMaxDbBytes = 2 ** 30;

/**
 * Opens a fresh in-memory embedded store with test-sized memory settings and two read
 * connections, and applies `schemaStatements` when given. Close it in an `after` hook.
 */
export async function openTestStore(
  schemaStatements: readonly string[] = [],
): Promise<EmbeddedGraphStore> {
  const store = await openEmbeddedStore({
    path: ':memory:',
    schemaStatements,
    readConnections: 2,
    bufferPoolBytes: testBufferPoolBytes,
    maxDbBytes: testMaxDbBytes,
  });
  if (schemaStatements.length > 0) await store.applySchema();
  return store;
}

/**
 * Opens the embedded store of a database FILE with the model's schema and test-sized memory
 * settings (for tests of what a real process left on disk). Close it after use.
 */
export async function openTestFileStore(
  path: string,
  onRecovery?: (message: string) => void,
): Promise<EmbeddedGraphStore> {
  const store = await openEmbeddedStore({
    path,
    schemaStatements: loadCatalog().schema.embedded,
    bufferPoolBytes: testBufferPoolBytes,
    maxDbBytes: testMaxDbBytes,
    ...(onRecovery ? { onRecovery } : {}),
  });
  await store.applySchema();
  return store;
}

/**
 * For one `describe` block: returns a function that opens schema-ready test stores on demand,
 * and registers an `after` hook that closes every store it opened.
 */
export function useTestStores(
  schemaStatements: readonly string[],
): () => Promise<EmbeddedGraphStore> {
  const stores: EmbeddedGraphStore[] = [];
  after(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });
  return async () => {
    const store = await openTestStore(schemaStatements);
    stores.push(store);
    return store;
  };
}
