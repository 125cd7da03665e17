import { createDatasetValidator } from '../../src/export/validate-dataset.js';
import { renderDatasetJson } from '../../src/export/json-export.js';
import { loadDataset } from '../../src/graph/load-dataset.js';
import { loadCatalog } from '../../src/graph/queries.js';
import { readDataset } from '../../src/graph/read-dataset.js';
import { startTestApi } from '../support/api-server.js';
import { openTestStore } from '../support/embedded-store.js';
import { describeConformance } from './harness.js';

// The graph must survive leaving the API: export the seeded graph as JSON, validate it against
// schema/graph-dataset.schema.json, load it into a fresh store the way `npm run import` does,
// and the same conformance suite must give the same answers there.
describeConformance('a fresh embedded store loaded from the JSON export', async () => {
  const catalog = loadCatalog();
  const seeded = await startTestApi();
  const json = [...renderDatasetJson(await readDataset(seeded.store, catalog.export))].join('');
  await seeded.close();
  const store = await openTestStore(catalog.schema.embedded);
  await loadDataset(store, createDatasetValidator()(JSON.parse(json)), catalog.load);
  const api = await startTestApi({ seededStore: store });
  return {
    graphql: (query, variables) => api.graphql(query, variables),
    close: async () => {
      await api.close();
      await store.close();
    },
  };
});
