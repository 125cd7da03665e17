import type { LoadFigures } from './load-figures.js';
import type { LoadSettings } from './load-settings.js';

/**
 * Messages between `api.bench.ts` (the load generator) and `api-bench-server.ts` (the API
 * and its store, in a child process so that client and server do not share an event loop).
 */
export type BenchRequest =
  /** Record the store reads of the next request(s) until `record-stop`. */
  | { type: 'record-start' }
  /** Stop recording; keep the reads as the trace of operation `name`. */
  | { type: 'record-stop'; name: string }
  /** Replay the trace of `name` under load. */
  | { type: 'replay'; name: string; settings: LoadSettings }
  | { type: 'stop' };

/** How long a server took to open an existing store and to be ready, search index included. */
export interface ServerStartup {
  /** Opening the store and applying the schema. */
  openMs: number;
  /** Building (or loading) the search index. */
  searchMs: number;
  /** Where the search index came from: built from the graph, or the one saved beside it. */
  searchSource: 'graph' | 'file';
  /** From the start of the process to listening with the search index built. */
  readyMs: number;
  nodes: number;
  relationships: number;
}

export type BenchReply =
  | {
      type: 'ready';
      url: string;
      reports: number;
      /** What the API runs on, e.g. `in-memory embedded store` or `Neo4j at bolt://...`. */
      store: string;
      /** Only when serving an existing store (BENCH_DATA_DIR): what start-up took. */
      startup?: ServerStartup | undefined;
    }
  | { type: 'recording' }
  | { type: 'recorded'; reads: number; waves: number }
  | { type: 'replayed'; figures: LoadFigures }
  | { type: 'failed'; message: string };

/** The store the bench server's API runs on. */
export type BenchEngine = 'embedded' | 'neo4j';
