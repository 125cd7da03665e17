import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createContext } from '../api/context.js';
import { defaultQueryLimits, type CorsOrigins, type QueryLimits } from '../config/config.js';
import type { Queries } from '../graph/queries.js';
import type { GraphStore } from '../graph/store.js';
import { explorerBuildDir } from '../paths.js';
import { createSearchService, type SearchService } from '../search/search-service.js';
import { createApolloServer } from './apollo.js';
import { createApp } from './app.js';
import { createExplorerHandler } from './explorer/explorer-handler.js';
import { createIdeHandler } from './ide/ide-handler.js';
import { requestsQueryStats } from './plugins/query-stats.plugin.js';

export interface ServerOptions {
  schema: GraphQLSchema;
  store: GraphStore;
  queries: Queries;
  logger: Logger;
  port: number;
  host: string;
  development: boolean;
  /** Example operations shown as tabs in the IDE. */
  examples: readonly { name: string; query: string }[];
  /** Request limits; any not given take `defaultQueryLimits`. */
  limits?: Partial<QueryLimits>;
  /** Statistics on every response (GRAPHQL_QUERY_STATS), not only where the request asks. */
  queryStats?: boolean;
  /** The search index service; default: one over `store`, built on the first search. */
  search?: SearchService;
  /** Origins whose pages may call the API (CORS_ORIGINS); default `*`. */
  corsOrigins?: CorsOrigins;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  httpServer: Server;
  /** Stops accepting requests, lets in-flight ones finish, then resolves. Does not close the store. */
  stop(): Promise<void>;
}

/** Starts the HTTP server (GraphQL, IDE and explorer pages, health endpoints) and resolves once it listens. */
export async function startHttpServer(options: ServerOptions): Promise<RunningServer> {
  const httpServer = createServer();
  const limits: QueryLimits = { ...defaultQueryLimits, ...options.limits };
  const search =
    options.search ?? createSearchService({ store: options.store, queries: options.queries });
  const apollo = createApolloServer({
    schema: options.schema,
    httpServer,
    logger: options.logger,
    development: options.development,
    limits,
  });
  await apollo.start();
  const app = createApp({
    apollo,
    logger: options.logger,
    createContext: (req) =>
      createContext(options.store, options.queries, {
        requestTimeoutMs: limits.requestTimeoutMs,
        showQueryStats: options.queryStats === true || requestsQueryStats(req.headers),
        search,
      }),
    // Ready means the store answers and holds a graph, not merely that the process is up.
    isReady: async () => {
      const [row] = await options.store.read(options.queries.reportCount);
      return Number(row?.reports ?? 0) > 0;
    },
    ide: createIdeHandler({ endpoint: '/graphql', examples: options.examples }),
    explorer: createExplorerHandler({ dir: explorerBuildDir }),
    corsOrigins: options.corsOrigins,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host}:${port}`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
