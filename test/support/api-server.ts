import { pino, type Logger } from 'pino';
import { buildApiSchema } from '../../src/api/build-schema.js';
import type { CorsOrigins, HttpConfig, QueryLimits } from '../../src/config/config.js';
import { loadCatalog, type Catalog } from '../../src/graph/queries.js';
import type { GraphStore } from '../../src/graph/store.js';
import { ingestReportFiles, listReportFiles } from '../../src/ingest/io/load-reports.js';
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
    errors?: { message: string; extensions?: { code?: string; stacktrace?: string[] } }[];
    extensions?: Record<string, unknown>;
  };
}

/** How a test server differs from the default one. */
export interface TestApiOptions {
  /** Request limits; defaults apply to any not given. */
  limits?: Partial<QueryLimits>;
  /** Statistics on every response, as with GRAPHQL_QUERY_STATS=1. */
  queryStats?: boolean;
  /** As with NODE_ENV=development: unexpected errors keep their message and stack. */
  development?: boolean;
  /** Wraps the seeded store before the server uses it (a slow or failing store). */
  wrapStore?: (store: GraphStore) => GraphStore;
  /** Serves the store another test API seeded instead of seeding one; `close()` leaves it open. */
  seededStore?: GraphStore;
  /** The server's logger; default: silent. */
  logger?: Logger;
  /** Introspection, rate limit, proxies (as the GRAPHQL_INTROSPECTION, ... settings). */
  http?: Partial<HttpConfig>;
  /** As with CORS_ORIGINS; default `*`. */
  corsOrigins?: CorsOrigins;
}

/**
 * Starts the real API over HTTP on an ephemeral port, backed by an in-memory embedded store
 * seeded with every report in seed/reports/ through the real ingestion path.
 */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const catalog = loadCatalog();
  const store = options.seededStore ?? (await openTestStore(catalog.schema.embedded));
  if (!options.seededStore)
    await ingestReportFiles(store, catalog, await listReportFiles(seedReportsDir));
  const server = await startHttpServer({
    schema: await buildApiSchema(),
    store: options.wrapStore?.(store) ?? store,
    queries: catalog.queries,
    logger: options.logger ?? pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    development: options.development ?? false,
    examples: [],
    limits: options.limits,
    queryStats: options.queryStats,
    http: options.http,
    corsOrigins: options.corsOrigins,
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
      if (!options.seededStore) await store.close();
    },
  };
}
