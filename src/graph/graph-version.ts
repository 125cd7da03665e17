/**
 * The graph's version as this process sees it: one watcher per store, shared by everything
 * kept in memory and derived from the graph (the search index, `derived-cache.ts`), and by
 * anything that must tell whether the graph changed since it last looked (a cursor).
 *
 * Two signals make a new version:
 * - a write committed in this process ({@link recordGraphChange}, called by ingestion): the
 *   next {@link GraphVersionWatcher.current} reads the graph at once, whatever the period;
 * - the graph's node and relationship counts (its fingerprint), read at most every
 *   `refreshSeconds`, so a write by another process (an ingest into a shared Neo4j) shows
 *   within that time. A write elsewhere that keeps both counts equal goes unnoticed until a
 *   write here or a restart.
 * Callers arriving while a read is under way share it.
 *
 * A version is a short opaque string. While this process has written nothing since the
 * watcher was made (a served API: GraphQL has no mutations, and a start-up seed comes before
 * the watcher), it depends only on the graph, so API instances on one Neo4j give the same
 * version for the same graph. Each write here observed afterwards adds a suffix that never
 * repeats, so a version once left never comes back within the process.
 */
import type { Queries } from './queries.js';
import type { GraphStore } from './store.js';

let changes = 0;

/**
 * Records that a write to a graph store in this process has been committed. The count is per
 * process, not per store: a process holding two stores (tests do) sees a new version of both
 * after a write to either, which costs a rebuild, never a stale answer.
 */
export function recordGraphChange(): void {
  changes += 1;
}

export interface GraphVersionWatcher {
  /** The graph's version now, as far as the rules above allow this process to know. */
  current(): Promise<string>;
  /** Whether `version` (from {@link current}) is still the graph's version. */
  isCurrent(version: string): Promise<boolean>;
}

export interface GraphVersionOptions {
  /** The shared store (not a per-request view: these reads belong to no request). */
  store: GraphStore;
  queries: Queries;
  /** Longest time between two reads of the counts; 0 reads before every answer. Default 30. */
  refreshSeconds?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

interface Observation {
  readonly fingerprint: string;
  /** The process's write count when the read started. */
  readonly changeCount: number;
  /** Writes here seen since the watcher was made (each observation of new ones counts one). */
  readonly writes: number;
  readonly checkedAt: number;
}

/** A watcher that reads nothing until first asked. */
export function createGraphVersionWatcher(options: GraphVersionOptions): GraphVersionWatcher {
  const { store, queries } = options;
  const refreshMs = (options.refreshSeconds ?? 30) * 1000;
  const now = options.now ?? (() => performance.now());
  const changeCountAtStart = changes;
  let seen: Observation | undefined;
  let reading: { changeCount: number; done: Promise<Observation> } | undefined;

  function read(): Promise<Observation> {
    const changeCount = changes;
    // A read started before a write here cannot answer for the graph after it.
    if (reading?.changeCount === changeCount) return reading.done;
    const done = readGraphFingerprint(store, queries)
      .then((fingerprint) => {
        const last = seen;
        // A read started after this one already answered (a write came in between).
        if (last && last.changeCount > changeCount) return last;
        const writtenHere = changeCount !== (last?.changeCount ?? changeCountAtStart);
        seen = {
          fingerprint,
          changeCount,
          writes: (last?.writes ?? 0) + (writtenHere ? 1 : 0),
          checkedAt: now(),
        };
        return seen;
      })
      .finally(() => {
        if (reading?.done === done) reading = undefined;
      });
    reading = { changeCount, done };
    return done;
  }

  async function current(): Promise<string> {
    const last = seen;
    const fresh = last && last.changeCount === changes && now() - last.checkedAt < refreshMs;
    const { fingerprint, writes } = fresh ? last : await read();
    return writes === 0 ? fingerprint : `${fingerprint}+${writes}`;
  }

  return {
    current,
    async isCurrent(version) {
      return (await current()) === version;
    },
  };
}

/**
 * A cheap summary of the graph's size: the node and relationship counts. A write by another
 * process almost always changes one of them.
 */
async function readGraphFingerprint(store: GraphStore, queries: Queries): Promise<string> {
  const [[nodes], [relationships]] = await Promise.all([
    store.read(queries.nodeCount),
    store.read(queries.relationshipCount),
  ]);
  return `${Number(nodes?.nodes ?? 0)}/${Number(relationships?.relationships ?? 0)}`;
}
