import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createContext } from '../api/context.js';
import {
  ConfigError,
  defaultHttpConfig,
  defaultQueryLimits,
  type CorsOrigins,
  type HttpConfig,
  type QueryLimits,
} from '../config/config.js';
import { createDerivedCache, type DerivedCache } from '../graph/derived-cache.js';
import { createGraphVersionWatcher, type GraphVersionWatcher } from '../graph/graph-version.js';
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
  /** The cache of values derived from the graph; default: one over `store`. */
  derived?: DerivedCache;
  /** The graph-version watcher `search` and `derived` use; default: one over `store`. */
  version?: GraphVersionWatcher;
  /** Introspection, rate limit and proxies; any not given take `defaultHttpConfig`, except no rate limit. */
  http?: Partial<HttpConfig>;
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
  const http: HttpConfig = { ...defaultHttpConfig, rateLimitPerMinute: 0, ...options.http };
  const version =
    options.version ??
    createGraphVersionWatcher({ store: options.store, queries: options.queries });
  const search =
    options.search ??
    createSearchService({ store: options.store, queries: options.queries, version });
  const derived = options.derived ?? createDerivedCache(version);
  const apollo = createApolloServer({
    schema: options.schema,
    httpServer,
    logger: options.logger,
    development: options.development,
    limits,
    introspection: http.introspection,
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
        derived,
        version,
      }),
    // Ready means the store answers and holds a graph, and searches need not wait for a first
    // index build, not merely that the process is up. A probe before the index exists starts
    // its build (`npm start` has already started it; a failed one is retried so).
    isReady: async () => {
      if (!search.hasIndex()) {
        search
          .warm()
          .catch((error: unknown) => options.logger.warn({ err: error }, 'search index not built'));
        return false;
      }
      const [row] = await options.store.read(options.queries.reportCount);
      return Number(row?.reports ?? 0) > 0;
    },
    // The IDE needs introspection for its docs and completion: without it, no IDE page.
    ide: http.introspection
      ? createIdeHandler({ endpoint: '/graphql', examples: options.examples })
      : () => false,
    explorer: createExplorerHandler({ dir: explorerBuildDir }),
    corsOrigins: options.corsOrigins,
    rateLimitPerMinute: http.rateLimitPerMinute,
    trustProxy: http.trustProxy,
  });
  httpServer.on('request', app);
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    throw explainListenError(error, options.port, options.host);
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host}:${port}`,
    httpServer,
    stop: () => apollo.stop(),
  };
}

/** A listen failure as a one-line configuration error naming PORT or HOST. */
function explainListenError(error: unknown, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new ConfigError(
      'PORT',
      `${port} is already in use on ${host} (EADDRINUSE): stop the other server or set PORT to a free port (0 picks one)`,
    );
  if (code === 'EACCES')
    return new ConfigError(
      'PORT',
      `${port} on ${host} needs privileges this process lacks (EACCES): use a port above 1023`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new ConfigError(
      'HOST',
      `${host} is not an address of this machine (${code}): use 0.0.0.0, 127.0.0.1 or one of its addresses`,
    );
  return error instanceof Error ? error : new Error(String(error));
}
