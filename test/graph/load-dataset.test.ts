import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GraphDataset } from '../../src/domain/dataset.js';
import {
  diskBytesPerDatasetByte,
  estimateLoadBytes,
  loadDataset,
} from '../../src/graph/load-dataset.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import { readDataset } from '../../src/graph/read-dataset.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { openTestStore } from '../support/embedded-store.js';
import { failingAfter } from '../support/failing-store.js';

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

describe('loading a dataset larger than one transaction', () => {
  let catalog: Catalog;
  let dataset: GraphDataset;
  let reference: GraphDataset;
  /** Transactions of a load committed every 1000 rows. */
  let transactions = 0;
  before(async () => {
    catalog = loadCatalog();
    dataset = await ingestFiles(await listReportFiles(seedReportsDir), await loadVocabulary());
    const store = await openTestStore(catalog.schema.embedded);
    await loadDataset(store, dataset, catalog.load);
    reference = await readDataset(store, catalog.export);
    await store.close();
  });

  it('commits every transactionRows rows and gives the graph one transaction gives', async () => {
    const store = await openTestStore(catalog.schema.embedded);
    try {
      const summary = await loadDataset(store, dataset, catalog.load, {
        batchSize: 200,
        transactionRows: 1000,
      });
      transactions = summary.transactions;
      const rows = dataset.nodes.length + dataset.relationships.length;
      assert.ok(
        summary.transactions >= Math.ceil(rows / 1000),
        `${summary.transactions} transactions`,
      );
      assert.deepEqual(await readDataset(store, catalog.export), reference);
    } finally {
      await store.close();
    }
  });

  it('keeps what was committed when a load stops part-way, and the same load again completes it', async () => {
    const halfway = Math.ceil(transactions / 2);
    assert.ok(halfway > 1, 'the load before ran in several transactions');
    const store = await openTestStore(catalog.schema.embedded);
    try {
      await assert.rejects(
        loadDataset(failingAfter(store, halfway), dataset, catalog.load, {
          batchSize: 200,
          transactionRows: 1000,
        }),
        /stopped after \d+ transactions/,
      );
      const partial = await readDataset(store, catalog.export);
      assert.ok(partial.nodes.length + partial.relationships.length > 0);
      assert.notDeepEqual(partial, reference);
      await loadDataset(store, dataset, catalog.load, { transactionRows: 1000 });
      assert.deepEqual(await readDataset(store, catalog.export), reference);
    } finally {
      await store.close();
    }
  });
});

describe('the disk space a load is estimated to need', () => {
  it('is the dataset JSON size times the disk factor, within a byte a row', async () => {
    const vocabulary = await loadVocabulary();
    const dataset = await ingestFiles(await listReportFiles(seedReportsDir), vocabulary);
    const whole = Buffer.byteLength(JSON.stringify(dataset));
    const rows = dataset.nodes.length + dataset.relationships.length;
    const estimated = estimateLoadBytes(dataset) / diskBytesPerDatasetByte;
    assert.ok(Math.abs(estimated - whole) <= rows, `${estimated} against ${whole}`);
  });

  it('measures a dataset whose JSON is longer than a JavaScript string may be', () => {
    // 600 rows of 1 MB each: about 600 MB of JSON, over V8's string limit (about 512 MB), held
    // in little memory because every row is the same object.
    const text = 'x'.repeat(1024 * 1024);
    const node = { label: 'Passage', id: 'p', properties: { text } } as const;
    const dataset = {
      nodes: Array.from({ length: 600 }, () => node),
      relationships: [],
    } as unknown as GraphDataset;
    // V8's longest string is 2^29 - 24 one-byte characters: one JSON.stringify of the whole
    // dataset throws `Invalid string length`, as the first 500-report ingestion did.
    assert.ok(600 * text.length > 2 ** 29);
    const bytes = estimateLoadBytes(dataset);
    assert.ok(bytes > diskBytesPerDatasetByte * 600 * text.length, String(bytes));
  });
});
