import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import type {
  Neo4jDriverPort,
  Neo4jSessionConfig,
  Neo4jSessionPort,
  Neo4jTransactionPort,
} from '../../src/graph/neo4j/driver-port.js';
import { openNeo4jStore, type Neo4jStoreOptions } from '../../src/graph/neo4j/neo4j-store.js';
import type { NamedQuery } from '../../src/graph/store.js';

// Read-your-writes on a cluster rests on bookmarks: a transaction starts only once its server
// has applied every bookmark its session's bookmark manager holds, and each commit hands the
// manager a new bookmark. No Neo4j server runs here, so a stand-in driver does what the real
// session does with the manager it is given (read the bookmarks when a transaction begins,
// replace them with the commit's bookmark when it ends), using neo4j-driver's own manager.

interface Begun {
  readonly mode: 'READ' | 'WRITE';
  /** The bookmarks the transaction waited for before it began. */
  readonly waitedFor: readonly string[];
}

class BookmarkingDriver implements Neo4jDriverPort {
  readonly executeQueryBookmarkManager = neo4j.bookmarkManager();
  readonly begun: Begun[] = [];
  private commits = 0;

  session(config: Neo4jSessionConfig): Neo4jSessionPort {
    const manager = config.bookmarkManager;
    const tx: Neo4jTransactionPort = { run: async () => ({ records: [] }) };
    const transact = async <T>(
      mode: Begun['mode'],
      work: (tx: Neo4jTransactionPort) => Promise<T>,
    ): Promise<T> => {
      const waitedFor = [...(await manager.getBookmarks())];
      this.begun.push({ mode, waitedFor });
      const result = await work(tx);
      if (mode === 'WRITE') {
        this.commits += 1;
        await manager.updateBookmarks(waitedFor, [`commit-${this.commits}`]);
      }
      return result;
    };
    return {
      executeRead: (work) => transact('READ', work),
      executeWrite: (work) => transact('WRITE', work),
      close: async () => {},
    };
  }

  async verifyConnectivity(): Promise<unknown> {
    return {};
  }

  async close(): Promise<void> {}
}

let uriCounter = 0;

function options(driver: BookmarkingDriver): Neo4jStoreOptions {
  uriCounter += 1;
  return {
    uri: `neo4j://cluster-${uriCounter}.invalid:7687`,
    user: 'neo4j',
    password: 'not-a-real-password',
    schemaStatements: [],
    connectRetry: { attempts: 1, delayMs: 0 },
    createDriver: () => driver,
  };
}

const upsertReport: NamedQuery = {
  name: 'load/nodes/report',
  text: 'UNWIND $rows AS row MERGE (n:Report {id: row.id})',
};
const reportCount: NamedQuery = {
  name: 'queries/report-count',
  text: 'MATCH (report:Report) RETURN count(report) AS reports',
};

describe('read-your-writes through bookmarks on the Neo4j adapter', () => {
  it('starts a read after an ingestion only once the ingestion commit is applied (stand-in driver with the driver bookmark manager, no Neo4j server)', async () => {
    const driver = new BookmarkingDriver();
    const store = await openNeo4jStore(options(driver));
    try {
      await store.writeTransaction((tx) => tx.run(upsertReport, { rows: [{ id: 'r1' }] }));
      await store.read(reportCount);
      await store.writeTransaction((tx) => tx.run(upsertReport, { rows: [{ id: 'r2' }] }));
      await store.read(reportCount);
    } finally {
      await store.close();
    }
    assert.deepEqual(driver.begun, [
      { mode: 'WRITE', waitedFor: [] },
      { mode: 'READ', waitedFor: ['commit-1'] },
      { mode: 'WRITE', waitedFor: ['commit-1'] },
      { mode: 'READ', waitedFor: ['commit-2'] },
    ]);
  });

  it('makes a read through one store wait for a write through another store on the same URI (stand-in driver with the driver bookmark manager, no Neo4j server)', async () => {
    const driver = new BookmarkingDriver();
    const settings = options(driver);
    const ingesting = await openNeo4jStore(settings);
    const serving = await openNeo4jStore(settings);
    try {
      await ingesting.writeTransaction((tx) => tx.run(upsertReport, { rows: [{ id: 'r1' }] }));
      await serving.read(reportCount);
    } finally {
      await ingesting.close();
      await serving.close();
    }
    assert.deepEqual(driver.begun.at(-1), { mode: 'READ', waitedFor: ['commit-1'] });
  });
});
