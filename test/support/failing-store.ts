import type { GraphStore } from '../../src/graph/store.js';

/**
 * `store`, except that every write transaction after the first `commits` fails before it
 * starts: a load that stops part-way (the process killed, the connection lost) without
 * touching the store's own code.
 */
export function failingAfter(store: GraphStore, commits: number): GraphStore {
  let done = 0;
  return {
    engine: store.engine,
    read: (query, params) => store.read(query, params),
    writeTransaction: async (work) => {
      if (done >= commits) throw new Error(`stopped after ${commits} transactions`);
      const result = await store.writeTransaction(work);
      done += 1;
      return result;
    },
    applySchema: () => store.applySchema(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
