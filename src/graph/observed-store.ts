import type { GraphStore, QueryObserver } from './store.js';

/**
 * Wraps a store so that `observer` hears of every read once it settles, successful or not,
 * with its query name and duration. Writes, schema and lifecycle calls pass straight through:
 * the wrapper is a per-request view of a shared store, not a store of its own.
 */
export function observeStore(store: GraphStore, observer: QueryObserver): GraphStore {
  return {
    engine: store.engine,
    async read(query, params, options) {
      const started = performance.now();
      try {
        return await store.read(query, params, options);
      } finally {
        observer.onQuery(query.name, performance.now() - started);
      }
    },
    writeTransaction: store.writeTransaction.bind(store),
    applySchema: () => store.applySchema(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

/** Running totals of the reads one observer has heard of. */
export interface QueryTally extends QueryObserver {
  /** Number of store reads. */
  readonly queries: number;
  /** Their summed durations in milliseconds; reads that overlap each count in full. */
  readonly durationMs: number;
}

/** A query observer that counts reads and sums their durations. */
export function createQueryTally(): QueryTally {
  let queries = 0;
  let durationMs = 0;
  return {
    onQuery(_name, ms) {
      queries += 1;
      durationMs += ms;
    },
    get queries() {
      return queries;
    },
    get durationMs() {
      return durationMs;
    },
  };
}
