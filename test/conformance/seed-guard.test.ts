import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmbeddedGraphStore } from '../../src/graph/embedded/embedded-store.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/io/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { openTestStore } from '../support/embedded-store.js';
import { assertHoldsOnlySeedGraph } from './neo4j-target.js';

// The Neo4j run refuses a database that holds more than the seed graph; the check is the
// same on any store, so it is proved here on the embedded engine.
describe('the guard before the conformance suite runs on Neo4j', () => {
  let catalog: Catalog;
  let store: EmbeddedGraphStore;
  before(async () => {
    catalog = loadCatalog();
    store = await openTestStore(catalog.schema.embedded);
    await ingestReportFiles(store, catalog, await listReportFiles(seedReportsDir));
  });
  after(() => store.close());

  it('accepts a store holding exactly the seed graph, seeded twice', async () => {
    await assertHoldsOnlySeedGraph(store, catalog);
    await ingestReportFiles(store, catalog, await listReportFiles(seedReportsDir));
    await assertHoldsOnlySeedGraph(store, catalog);
  });

  it('refuses a store holding a node the seed graph lacks, saying how to get a clean one', async () => {
    const extra = { name: 'test/extra-topic', text: "CREATE (:Topic {id: 'topic/extra'})" };
    await store.writeTransaction((tx) => tx.run(extra));
    await assert.rejects(
      assertHoldsOnlySeedGraph(store, catalog),
      /holds \d+ nodes .* only the seed graph .*npm run seed -- --target neo4j --wipe --yes/,
    );
  });
});
