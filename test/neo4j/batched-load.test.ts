import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GraphDataset } from '../../src/domain/dataset.js';
import { loadDataset } from '../../src/graph/load-dataset.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import { readDataset } from '../../src/graph/read-dataset.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { failingAfter } from '../support/failing-store.js';
import { emptyProjectLabels, openNeo4jTestStore } from './neo4j-store.js';

// A load larger than one transaction on a real Neo4j server: committed in parts, the same
// graph as one transaction gives, and completed by running it again after it stopped part-way.
// The file starts and ends with the seed graph loaded.

describe('batched loads on a real Neo4j server', () => {
  let store: GraphStore;
  let catalog: Catalog;
  let dataset: GraphDataset;
  let reference: GraphDataset;
  /** Transactions of a load committed every 1000 rows. */
  let transactions = 0;
  before(async () => {
    catalog = loadCatalog();
    store = await openNeo4jTestStore({ queryTimeoutMs: 600_000 });
    dataset = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
    await emptyProjectLabels(store);
    const once = await loadDataset(store, dataset, catalog.load, { transactionRows: 1_000_000 });
    assert.equal(once.transactions, 1);
    reference = await readDataset(store, catalog.export);
  });
  after(async () => {
    if (store) {
      await emptyProjectLabels(store);
      await loadDataset(store, dataset, catalog.load);
      await store.close();
    }
  });

  it('commits every transactionRows rows and gives the graph one transaction gives', async () => {
    await emptyProjectLabels(store);
    const summary = await loadDataset(store, dataset, catalog.load, {
      batchSize: 250,
      transactionRows: 1000,
    });
    transactions = summary.transactions;
    assert.ok(summary.transactions >= 9, `${summary.transactions} transactions`);
    assert.deepEqual(await readDataset(store, catalog.export), reference);
  });

  it('keeps what was committed when a load stops part-way, and the same load again completes it', async () => {
    const halfway = Math.ceil(transactions / 2);
    assert.ok(halfway > 1, 'the load before ran in several transactions');
    await emptyProjectLabels(store);
    await assert.rejects(
      loadDataset(failingAfter(store, halfway), dataset, catalog.load, {
        batchSize: 250,
        transactionRows: 1000,
      }),
      /stopped after \d+ transactions/,
    );
    const partial = await readDataset(store, catalog.export);
    const size = (graph: GraphDataset) => graph.nodes.length + graph.relationships.length;
    assert.ok(size(partial) > 0 && size(partial) < size(reference), `${size(partial)} items`);
    await loadDataset(store, dataset, catalog.load, { transactionRows: 1000 });
    assert.deepEqual(await readDataset(store, catalog.export), reference);
  });

  it('loads a dataset already in the graph again without changing it', async () => {
    const summary = await loadDataset(store, dataset, catalog.load, { transactionRows: 1000 });
    assert.ok(summary.transactions > 1);
    assert.deepEqual(await readDataset(store, catalog.export), reference);
  });
});
