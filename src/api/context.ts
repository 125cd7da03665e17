import { defaultQueryLimits } from '../config/config.js';
import { createDerivedCache, type DerivedCache } from '../graph/derived-cache.js';
import { createGraphVersionWatcher } from '../graph/graph-version.js';
import { createQueryTally, observeStore, type QueryTally } from '../graph/observed-store.js';
import type { GraphStore } from '../graph/store.js';
import type { Queries } from '../graph/queries.js';
import { createSearchService, type SearchService } from '../search/search-service.js';
import { limitStoreToDeadline } from './limits/deadline-store.js';
import { startRequestDeadline, type RequestDeadline } from './limits/request-deadline.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the store for root lists and the request's loaders. */
export interface ApiContext {
  /** This request's view of the store: its reads are counted and stop at its deadline. */
  store: GraphStore;
  queries: Queries;
  loaders: Loaders;
  /** The store reads this request has made so far. */
  queryTally: QueryTally;
  /** True when the response should carry `extensions.queryStats`. */
  showQueryStats: boolean;
  deadline: RequestDeadline;
  /** The server's search index (shared by all requests; its reads belong to no request). */
  search: SearchService;
  /** Values derived from the whole graph, shared by all requests until the graph changes. */
  derived: DerivedCache;
  /** Results of the root fields asked so far, by field and arguments (`run-once.ts`). */
  rootFieldResults: Map<string, unknown>;
}

/** Per-request settings the server decides. */
export interface ContextOptions {
  requestTimeoutMs: number;
  showQueryStats: boolean;
  /**
   * The server's search service. Without one, the context gets its own, built on first use
   * from the shared store: fine for a one-off context, wasteful for every request.
   */
  search?: SearchService;
  /** The server's cache of values derived from the graph; without one, the context gets its own. */
  derived?: DerivedCache;
}

/**
 * Builds a fresh context for one request: new loaders (nothing cached across requests), a
 * query tally and a deadline that starts now. The store given is shared; the context wraps it.
 */
export function createContext(
  store: GraphStore,
  queries: Queries,
  options: ContextOptions = {
    requestTimeoutMs: defaultQueryLimits.requestTimeoutMs,
    showQueryStats: false,
  },
): ApiContext {
  const queryTally = createQueryTally();
  const deadline = startRequestDeadline(options.requestTimeoutMs);
  // The tally sits inside the deadline: reads refused after it never reached the store.
  const requestStore = limitStoreToDeadline(observeStore(store, queryTally), deadline);
  // Only for a context given no shared search or cache: making one reads nothing.
  const version = createGraphVersionWatcher({ store, queries });
  return {
    store: requestStore,
    queries,
    loaders: createLoaders(requestStore, queries),
    queryTally,
    showQueryStats: options.showQueryStats,
    deadline,
    search: options.search ?? createSearchService({ store, queries, version }),
    derived: options.derived ?? createDerivedCache(version),
    rootFieldResults: new Map(),
  };
}
