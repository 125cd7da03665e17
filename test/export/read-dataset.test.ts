import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { loadDataset } from '../../src/graph/load-dataset.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import { readDataset } from '../../src/graph/read-dataset.js';
import type { GraphStore, NamedQuery, QueryParams } from '../../src/graph/store.js';
import { ingestFiles } from '../../src/ingest/io/ingest-files.js';
import { listReportFiles } from '../../src/ingest/io/load-reports.js';
import { loadVocabulary } from '../../src/ingest/vocabulary/vocabulary.js';
import { seedReportsDir } from '../../src/paths.js';
import { useTestStores } from '../support/embedded-store.js';
import { buildSampleDataset } from './sample-dataset.js';

/** The store, with every read it is asked for recorded. */
function recordReads(store: GraphStore) {
  const reads: Array<{ name: string; params: QueryParams | undefined }> = [];
  const recorded: GraphStore = {
    ...store,
    engine: store.engine,
    read: (query: NamedQuery, params?: QueryParams) => {
      reads.push({ name: query.name, params });
      return store.read(query, params);
    },
  };
  return { store: recorded, reads };
}

describe('reading the whole graph out of a store', () => {
  const catalog: Catalog = loadCatalog();
  const openStore = useTestStores(catalog.schema.embedded);

  it('gives back exactly the dataset ingestion loaded from the seed reports', async () => {
    const ingested = await ingestFiles(
      await listReportFiles(seedReportsDir),
      await loadVocabulary(),
    );
    const store = await openStore();
    await loadDataset(store, ingested, catalog.load);
    const read = await readDataset(store, catalog.export);
    assert.equal(read.nodes.length, ingested.nodes.length);
    assert.equal(read.relationships.length, ingested.relationships.length);
    assert.deepEqual(read, ingested);
    // Byte for byte, so exports of the same graph are identical files.
    assert.equal(JSON.stringify(read), JSON.stringify(ingested));
  });

  it('reads every label, relationship pair and property type of the model, page by page', async () => {
    const sample = buildSampleDataset();
    const store = await openStore();
    await loadDataset(store, sample, catalog.load);
    const { store: recorded, reads } = recordReads(store);
    assert.deepEqual(await readDataset(recorded, catalog.export, { pageSize: 1 }), sample);
    // Two Force nodes in pages of one: a full page, another, then an empty one ends it.
    const forcePages = reads.filter((read) => read.name === 'export/nodes/force');
    assert.deepEqual(
      forcePages.map((read) => read.params),
      [
        { skip: 0, limit: 1 },
        { skip: 1, limit: 1 },
        { skip: 2, limit: 1 },
      ],
    );
  });

  it('refuses a page size that is not a positive whole number', async () => {
    const store = await openStore();
    await assert.rejects(readDataset(store, catalog.export, { pageSize: 0 }), RangeError);
    await assert.rejects(readDataset(store, catalog.export, { pageSize: 2.5 }), RangeError);
  });
});
