import { createRequire } from 'node:module';
import { summariseLoad, type LoadFigures } from './load-figures.js';
import type { LoadSettings } from './load-settings.js';

/** The part of autocannon's options this benchmark sets (autocannon ships no types). */
interface AutocannonOptions {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
  maxOverallRequests: number;
}

/** The part of autocannon's result this benchmark reads. */
interface AutocannonResult {
  /** Seconds the run took. */
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface AutocannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
  ): void;
}

type Autocannon = (
  options: AutocannonOptions,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Sequential requests before the run, so the first measured ones do not pay for cold caches. */
const warmUpRequests = 5;

/**
 * POSTs `body` to the GraphQL endpoint `url` from `settings.connections` keep-alive
 * connections until `settings.seconds` have passed or `settings.maxRequests` requests were
 * made. Latencies are taken from each response (autocannon's own histogram rounds to whole
 * milliseconds, too coarse for fast operations) and summarised exactly as the raw replay is.
 */
export async function runHttpLoad(
  url: string,
  body: string,
  settings: LoadSettings,
): Promise<LoadFigures> {
  const headers = { 'content-type': 'application/json' };
  for (let i = 0; i < warmUpRequests; i++)
    await (await fetch(url, { method: 'POST', headers, body })).arrayBuffer();
  const latencies: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers,
        body,
        connections: settings.connections,
        duration: settings.seconds,
        maxOverallRequests: Math.max(settings.maxRequests, settings.connections),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  return summariseLoad(latencies, result.errors + result.non2xx, result.duration);
}
