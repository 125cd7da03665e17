/**
 * Values derived from the whole graph that several requests need (each force's weakness
 * topics and latest grades, every weakness finding by topic): computed once per version of
 * the graph rather than by every request, and forgotten when the version changes (after a
 * write committed in this process, or when another process's write shows, within
 * `SEARCH_REFRESH_SECONDS`: `graph-version.ts`). The embedded store is locked by the serving
 * process, so there every change is one of its own.
 * A value is computed by the request that first needs it, through that request's store (its
 * reads are counted and keep its deadline); requests arriving meanwhile share that computation,
 * and a failed one is forgotten so the next request tries again.
 */
import type { GraphVersionWatcher } from './graph-version.js';

export interface DerivedCache {
  /** The value `compute` gives on the current graph; `name` says which value it is. */
  get<T>(name: string, compute: () => Promise<T>): Promise<T>;
}

interface Generation {
  readonly version: string;
  readonly values: Map<string, Promise<unknown>>;
}

/** A cache that keeps nothing until asked, for the graph `version` watches. */
export function createDerivedCache(version: GraphVersionWatcher): DerivedCache {
  let generation: Generation | undefined;

  async function current(): Promise<Generation> {
    const now = await version.current();
    // A new generation starts empty; values computed for the old one land in the old map.
    if (generation?.version !== now) generation = { version: now, values: new Map() };
    return generation;
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
