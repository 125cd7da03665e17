import { performance } from 'node:perf_hooks';
import type { GraphStore } from '../../src/graph/store.js';
import { summariseLoad, type LoadFigures } from './load-figures.js';
import type { LoadSettings } from './load-settings.js';
import { replayTrace, type ReadTrace } from './read-recorder.js';

/** Replays before timing starts, so the first measured ones do not pay for cold caches. */
const warmUpReplays = 5;

/**
 * Replays `trace` against `store` from `settings.connections` concurrent loops until
 * `settings.seconds` have passed or `settings.maxRequests` replays have started, and
 * measures each replay: the raw-Cypher twin of one HTTP load run.
 */
export async function runRawLoad(
  store: GraphStore,
  trace: ReadTrace,
  settings: LoadSettings,
): Promise<LoadFigures> {
  for (let i = 0; i < warmUpReplays; i++) await replayTrace(store, trace);
  const latencies: number[] = [];
  let errors = 0;
  let started = 0;
  const begin = performance.now();
  const deadline = begin + settings.seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline && started < settings.maxRequests) {
      started += 1;
      const replayStart = performance.now();
      try {
        await replayTrace(store, trace);
        latencies.push(performance.now() - replayStart);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: settings.connections }, loop));
  return summariseLoad(latencies, errors, (performance.now() - begin) / 1000);
}
