import type { GraphStore } from '../graph/store.js';
import type { Queries } from '../graph/queries.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the store for root lists and the request's loaders. */
export interface ApiContext {
  store: GraphStore;
  queries: Queries;
  loaders: Loaders;
}

/** Builds a fresh context for one request (new loaders, so nothing is cached across requests). */
export function createContext(store: GraphStore, queries: Queries): ApiContext {
  return { store, queries, loaders: createLoaders(store, queries) };
}
