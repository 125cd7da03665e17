/** What one load run measured, the same way for GraphQL over HTTP and for raw Cypher. */
export interface LoadFigures {
  /** Operations that completed without error. */
  completed: number;
  /** Operations that failed (non-2xx, connection errors, store errors). */
  errors: number;
  /** Wall-clock length of the run in seconds. */
  seconds: number;
  /** Completed operations per second. */
  perSecond: number;
  /** Median latency of the completed operations, in milliseconds. */
  p50Ms: number;
  /** 99th percentile latency, in milliseconds. */
  p99Ms: number;
}

/**
 * The value at percentile `p` (0–100) of ascending `sorted`, by nearest rank; NaN when empty.
 * Nearest rank rather than interpolation: every figure printed is a latency that happened.
 */
export function pickPercentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Summarises the latencies (ms) of the completed operations of one run. */
export function summariseLoad(
  latenciesMs: readonly number[],
  errors: number,
  seconds: number,
): LoadFigures {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    completed: sorted.length,
    errors,
    seconds,
    perSecond: seconds > 0 ? sorted.length / seconds : Number.NaN,
    p50Ms: pickPercentile(sorted, 50),
    p99Ms: pickPercentile(sorted, 99),
  };
}
