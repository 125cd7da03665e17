/**
 * A counter of the writes this process has committed to a graph store, so that anything kept
 * in memory and derived from the graph (the search index) can tell, without a query, that it
 * is stale. Writers call {@link recordGraphChange} after a successful write; readers compare
 * {@link readGraphChangeCount} with the count they last saw. Writes made by other processes are
 * not counted here: readers detect those with a graph fingerprint instead.
 *
 * The counter is per process, not per store: a process that holds two stores (tests do)
 * refreshes both caches after a write to either, which costs a rebuild, never a stale answer.
 */
let changes = 0;

/** Records that a write to a graph store in this process has been committed. */
export function recordGraphChange(): void {
  changes += 1;
}

/** How many graph writes this process has committed so far. */
export function readGraphChangeCount(): number {
  return changes;
}
