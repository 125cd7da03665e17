import { startTestApi } from '../support/api-server.js';
import { describeConformance } from './harness.js';

// The embedded engine, in memory, seeded from seed/reports/ through the real ingestion path.
describeConformance('the embedded engine', async () => {
  const api = await startTestApi();
  return { graphql: (query, variables) => api.graphql(query, variables), close: () => api.close() };
});
