import type { EngineConnection } from './engine-connection.js';

/** The read connections of one store. */
export interface ReadPool {
  /** The connection with the fewest queries in progress; ties go round the pool in turn. */
  pick(): EngineConnection;
  readonly connections: readonly EngineConnection[];
}

/**
 * Creates a pool over already initialised connections. Least-busy rather than plain
 * round-robin, so that one slow query does not hold up the reads queued behind it on the
 * same connection (the engine runs one query at a time per connection).
 */
export function createReadPool(connections: readonly EngineConnection[]): ReadPool {
  if (connections.length === 0) throw new Error('a read pool needs at least one connection');
  let next = 0;
  return {
    connections,
    pick() {
      let best = connections[next % connections.length] as EngineConnection;
      for (let offset = 1; offset < connections.length; offset += 1) {
        const candidate = connections[(next + offset) % connections.length] as EngineConnection;
        if (candidate.busy() < best.busy()) best = candidate;
      }
      next = (connections.indexOf(best) + 1) % connections.length;
      return best;
    },
  };
}
