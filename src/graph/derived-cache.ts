/**
 * Values derived from the whole graph that several requests need (each force's weakness
 * topics and latest grades, every weakness finding by topic): computed once per state of the
 * graph rather than by every request, and forgotten when the graph changes, by the rules the
 * search index follows (`search/search-service.ts`):
 * - after any write committed in this process (`graph-changes.ts`), before the next answer;
 * - when the graph fingerprint (node and relationship counts) differs from the one the values
 *   were computed at; it is checked at most every `refreshSeconds`, so a write by another
 *   process (an ingest into a shared Neo4j) shows within that time. The embedded store is
 *   locked by the serving process, so there every change is one of its own.
 * A value is computed by the request that first needs it, through that request's store (its
 * reads are counted and keep its deadline); requests arriving meanwhile share that computation,
 * and a failed one is forgotten so the next request tries again.
 */
import { readGraphChangeCount } from './graph-changes.js';
import { readGraphFingerprint } from './graph-fingerprint.js';
import type { Queries } from './queries.js';
import type { GraphStore } from './store.js';

export interface DerivedCache {
  /** The value `compute` gives on the current graph; `name` says which value it is. */
  get<T>(name: string, compute: () => Promise<T>): Promise<T>;
}

export interface DerivedCacheOptions {
  /** The shared store, for the fingerprint checks (they belong to no request). */
  store: GraphStore;
  queries: Queries;
  /** Longest time between two fingerprint checks; 0 checks before every answer. Default 30. */
  refreshSeconds?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

interface Generation {
  readonly changeCount: number;
  readonly fingerprint: string;
  checkedAt: number;
  readonly values: Map<string, Promise<unknown>>;
}

/** A cache that keeps nothing until asked. */
export function createDerivedCache(options: DerivedCacheOptions): DerivedCache {
  const { store, queries } = options;
  const refreshMs = (options.refreshSeconds ?? 30) * 1000;
  const now = options.now ?? (() => performance.now());
  let generation: Generation | undefined;
  let checking: Promise<string> | undefined;

  const readFingerprint = (): Promise<string> =>
    (checking ??= readGraphFingerprint(store, queries).finally(() => (checking = undefined)));

  async function current(): Promise<Generation> {
    const changeCount = readGraphChangeCount();
    const held = generation;
    if (held !== undefined && held.changeCount === changeCount) {
      if (now() - held.checkedAt < refreshMs) return held;
      const fingerprint = await readFingerprint();
      if (held.fingerprint === fingerprint) {
        held.checkedAt = now();
        return held;
      }
    }
    // A new generation starts empty; values computed for the old one land in the old map.
    const fresh: Generation = {
      changeCount,
      fingerprint: await readFingerprint(),
      checkedAt: now(),
      values: new Map(),
    };
    // Callers that raced here keep the first fresh generation.
    if (generation === held) generation = fresh;
    return generation ?? fresh;
  }

  return {
    async get<T>(name: string, compute: () => Promise<T>): Promise<T> {
      const { values } = await current();
      let value = values.get(name) as Promise<T> | undefined;
      if (value === undefined) {
        value = compute();
        values.set(name, value);
        value.catch(() => {
          if (values.get(name) === value) values.delete(name);
        });
      }
      return value;
    },
  };
}
