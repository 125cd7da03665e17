import { pino } from 'pino';
import { buildApiSchema } from '../../src/api/build-schema.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/load-reports.js';
import { seedReportsDir } from '../../src/paths.js';
import { startHttpServer, type RunningServer } from '../../src/server/server.js';
import { openTestStore } from './embedded-store.js';

export interface TestApi {
  url: string;
  store: GraphStore;
  catalog: Catalog;
  server: RunningServer;
  /** POSTs a GraphQL operation and returns the HTTP status and parsed body. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

export interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/**
 * Starts the real API over HTTP on an ephemeral port, backed by an in-memory embedded store
 * seeded with every report in seed/reports/ through the real ingestion path.
 */
export async function startTestApi(): Promise<TestApi> {
  const catalog = loadCatalog();
  const store = await openTestStore(catalog.schema.embedded);
  await ingestReportFiles(store, catalog, await listReportFiles(seedReportsDir));
  const server = await startHttpServer({
    schema: await buildApiSchema(),
    store,
    queries: catalog.queries,
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    development: false,
    examples: [],
  });
  const url = `${server.url}/graphql`;
  return {
    url,
    store,
    catalog,
    server,
    async graphql(query, variables, headers) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
    },
    async close() {
      await server.stop();
      await store.close();
    },
  };
}
