import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GraphDataset } from '../../src/domain/dataset.js';
import { loadDataset } from '../../src/graph/load-dataset.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/io/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { openTestStore } from '../support/embedded-store.js';

async function countGraph(store: GraphStore, catalog: Catalog) {
  const [nodes] = await store.read(catalog.queries.nodeCount);
  const [relationships] = await store.read(catalog.queries.relationshipCount);
  return { nodes: nodes!.nodes, relationships: relationships!.relationships };
}

describe('loading datasets into the embedded engine', () => {
  let store: GraphStore;
  let catalog: Catalog;
  before(async () => {
    catalog = loadCatalog();
    store = await openTestStore(catalog.schema.embedded);
  });
  after(async () => {
    await store.close();
  });

  it('gives the same graph when the seed reports are loaded twice', async () => {
    const files = await listReportFiles(seedReportsDir);
    const first = await ingestReportFiles(store, catalog, files);
    const once = await countGraph(store, catalog);
    assert.equal(once.nodes, first.nodes);
    assert.equal(once.relationships, first.relationships);
    await ingestReportFiles(store, catalog, files);
    assert.deepEqual(await countGraph(store, catalog), once);
  });

  it('leaves the graph as it was when a statement of the load fails', async () => {
    const before = await countGraph(store, catalog);
    // The force is written first; the judgement's rank is text where the model declares an
    // integer, so the engine rejects the second statement of the same transaction.
    const broken: GraphDataset = {
      nodes: [
        { label: 'Force', id: 'new-force', properties: { name: 'New Force' } },
        { label: 'Judgement', id: 'new-judgement', properties: { grade: 'Good', rank: 'high' } },
      ],
      relationships: [],
    };
    await assert.rejects(loadDataset(store, broken, catalog.load));
    assert.deepEqual(await countGraph(store, catalog), before);
  });
});
