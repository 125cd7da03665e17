import { performance } from 'node:perf_hooks';
import type { GraphStore, NamedQuery, QueryParams } from '../../src/graph/store.js';

/** One store read seen while recording: what ran, and when it started and settled. */
export interface RecordedRead {
  query: NamedQuery;
  params: QueryParams | undefined;
  startedAt: number;
  endedAt: number;
}

/**
 * The reads of one GraphQL execution, in waves: the reads of a wave were in flight together
 * (one DataLoader level dispatches them in the same tick); each wave began only after a read
 * of the one before had settled, because its keys came from that read's rows.
 */
export type ReadTrace = readonly (readonly RecordedRead[])[];

/** Switches recording on for one request at a time and hands over what it saw. */
export interface ReadRecorder {
  start(): void;
  /** Stops recording and returns the reads since `start`, in the order they started. */
  stop(): RecordedRead[];
  /** Called by the recording store; returns the entry to complete, or undefined when off. */
  begin(query: NamedQuery, params: QueryParams | undefined): RecordedRead | undefined;
}

/** A recorder that is off until `start()`. */
export function createReadRecorder(): ReadRecorder {
  let reads: RecordedRead[] | undefined;
  return {
    start() {
      reads = [];
    },
    stop() {
      const seen = reads ?? [];
      reads = undefined;
      return seen;
    },
    begin(query, params) {
      if (!reads) return undefined;
      // A copy: the replay must send what this read sent, whatever the caller does later.
      const read: RecordedRead = {
        query,
        params: params === undefined ? undefined : structuredClone(params),
        startedAt: performance.now(),
        endedAt: Number.NaN,
      };
      reads.push(read);
      return read;
    },
  };
}

/**
 * Wraps a store so that `recorder` sees every read (query, parameters, timing) while it is
 * recording. Everything else passes straight through.
 */
export function recordReads(store: GraphStore, recorder: ReadRecorder): GraphStore {
  return {
    engine: store.engine,
    async read(query, params) {
      const read = recorder.begin(query, params);
      try {
        return await store.read(query, params);
      } finally {
        if (read) read.endedAt = performance.now();
      }
    },
    writeTransaction: store.writeTransaction.bind(store),
    applySchema: () => store.applySchema(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

/**
 * Groups reads (in start order) into waves: a read joins the current wave if it started
 * before any read of that wave had settled, else it opens the next wave. A read that waited
 * for only one of several reads in flight lands after all of them, so the replay keeps every
 * wait the execution had and may add some, never removes one: if anything raw Cypher is
 * measured a little slow, and the GraphQL overhead shown errs low.
 */
export function groupIntoWaves(reads: readonly RecordedRead[]): ReadTrace {
  const waves: RecordedRead[][] = [];
  let current: RecordedRead[] = [];
  let firstSettled = Number.POSITIVE_INFINITY;
  for (const read of [...reads].sort((a, b) => a.startedAt - b.startedAt)) {
    if (current.length > 0 && read.startedAt >= firstSettled) {
      waves.push(current);
      current = [];
      firstSettled = Number.POSITIVE_INFINITY;
    }
    current.push(read);
    firstSettled = Math.min(firstSettled, read.endedAt);
  }
  if (current.length > 0) waves.push(current);
  return waves;
}

/** Runs the reads of a trace against `store`, wave after wave, each wave's reads together. */
export async function replayTrace(store: GraphStore, trace: ReadTrace): Promise<void> {
  for (const wave of trace)
    await Promise.all(wave.map((read) => store.read(read.query, read.params)));
}
