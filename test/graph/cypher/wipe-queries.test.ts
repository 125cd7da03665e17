import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { nodeLabels, type NodeLabel } from '../../../src/domain/model.js';
import { loadDataset } from '../../../src/graph/load-dataset.js';
import { loadCatalog, type Catalog } from '../../../src/graph/queries.js';
import type { EmbeddedGraphStore } from '../../../src/graph/embedded/embedded-store.js';
import { openTestStore } from '../../support/embedded-store.js';
import { buildSampleDataset } from '../../export/sample-dataset.js';

const otherTable = 'CREATE NODE TABLE IF NOT EXISTS Visitor(id STRING PRIMARY KEY)';

describe('generated wipe queries on the embedded engine', () => {
  let catalog: Catalog;
  let store: EmbeddedGraphStore;

  before(async () => {
    catalog = loadCatalog();
    store = await openTestStore([...catalog.schema.embedded, otherTable]);
    await loadDataset(store, buildSampleDataset(), catalog.load);
    await store.writeTransaction((tx) =>
      tx.run({ name: 'test/visitor', text: "CREATE (:Visitor {id: 'v'})" }),
    );
  });
  after(() => store.close());

  const count = async (text: string) =>
    Number((await store.read({ name: 'test/count', text }))[0]!['n']);

  it('delete at most $limit nodes of their label per run, with their relationships, until none is left', async () => {
    const labels = Object.keys(nodeLabels) as NodeLabel[];
    for (const label of labels) {
      const before = await count(`MATCH (n:${label}) RETURN count(n) AS n`);
      assert.equal(before, 2, label);
      const runs: number[] = [];
      for (;;) {
        const [row] = await store.writeTransaction((tx) =>
          tx.run(catalog.maintenance.wipe(label), { limit: 1 }),
        );
        runs.push(Number(row!['deleted']));
        if (runs.at(-1)! < 1) break;
      }
      assert.deepEqual(runs, [1, 1, 0], label);
    }
    assert.equal(await count('MATCH ()-[r]->() RETURN count(r) AS n'), 0);
  });

  it('leave nodes of other labels alone', async () => {
    assert.equal(await count('MATCH (v:Visitor) RETURN count(v) AS n'), 1);
  });
});
