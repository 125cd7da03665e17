import { after } from 'node:test';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { loadCatalog } from '../../src/graph/queries.js';
import type { GraphStore, NamedQuery } from '../../src/graph/store.js';
import { testBufferPoolBytes, testMaxDbBytes } from './embedded-store.js';

const addFinding: NamedQuery = {
  name: 'test/add-finding',
  text: 'MERGE (r:Report {id: $reportId}) CREATE (r)-[:HAS_FINDING]->(:Finding {id: $id, text: $text})',
};

/** A real embedded store, its reads counted by query name, and a way to add findings. */
export interface CountingStore {
  store: GraphStore;
  /** Adds a finding of report `r1`. Not recorded as a write of this process (`recordGraphChange`): what another process's write looks like here. */
  addFinding(id: string, text: string): Promise<void>;
  /** How many times the named query was read so far. */
  reads(queryName: string): number;
}

const openStores: GraphStore[] = [];
after(() => Promise.all(openStores.map((store) => store.close())));

/**
 * Opens a fresh in-memory store with the model's schema holding finding `f1` ("Succession
 * planning is weak."); it is closed when the test file ends.
 */
export async function openCountingStore(): Promise<CountingStore> {
  const counts = new Map<string, number>();
  const reads = (name: string) => counts.get(name) ?? 0;
  const store = await openEmbeddedStore({
    path: ':memory:',
    schemaStatements: loadCatalog().schema.embedded,
    bufferPoolBytes: testBufferPoolBytes,
    maxDbBytes: testMaxDbBytes,
    observer: { onQuery: (name) => counts.set(name, reads(name) + 1) },
  });
  openStores.push(store);
  await store.applySchema();
  const add = async (id: string, text: string) => {
    await store.writeTransaction((tx) => tx.run(addFinding, { reportId: 'r1', id, text }));
  };
  await add('f1', 'Succession planning is weak.');
  return { store, addFinding: add, reads };
}
