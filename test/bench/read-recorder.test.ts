import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphStore, NamedQuery, QueryParams } from '../../src/graph/store.js';
import {
  createReadRecorder,
  groupIntoWaves,
  recordReads,
  replayTrace,
  type RecordedRead,
} from './read-recorder.js';

const query = (name: string): NamedQuery => ({ name, text: `RETURN '${name}' AS name` });

const read = (name: string, startedAt: number, endedAt: number): RecordedRead => ({
  query: query(name),
  params: undefined,
  startedAt,
  endedAt,
});

/** A store whose reads resolve on the next tick and are logged as name + params. */
function createLoggingStore(log: string[]): GraphStore {
  return {
    engine: 'embedded',
    async read(named: NamedQuery, params?: QueryParams) {
      log.push(`${named.name} ${JSON.stringify(params ?? null)}`);
      await new Promise((resolve) => setImmediate(resolve));
      return [];
    },
    writeTransaction: () => Promise.reject(new Error('read-only')),
    applySchema: () => Promise.resolve(),
    ping: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

describe('groupIntoWaves', () => {
  it('puts reads in flight together in one wave and a read started after one settled in the next', () => {
    const waves = groupIntoWaves([
      read('root', 0, 10),
      read('a', 11, 20),
      read('b', 11.5, 30),
      read('child-of-a', 21, 25),
    ]);
    assert.deepEqual(
      waves.map((wave) => wave.map((r) => r.query.name)),
      [['root'], ['a', 'b'], ['child-of-a']],
    );
  });

  it('orders reads by start time whatever order they were handed in', () => {
    const waves = groupIntoWaves([read('second', 5, 6), read('first', 0, 1)]);
    assert.deepEqual(
      waves.map((wave) => wave.map((r) => r.query.name)),
      [['first'], ['second']],
    );
  });
});

describe('recordReads', () => {
  it('records only between start and stop, with a copy of the parameters', async () => {
    const recorder = createReadRecorder();
    const store = recordReads(createLoggingStore([]), recorder);
    await store.read(query('before'));
    recorder.start();
    const params = { ids: ['a'] };
    await store.read(query('during'), params);
    params.ids.push('b');
    const reads = recorder.stop();
    await store.read(query('after'));
    assert.deepEqual(
      reads.map((r) => [r.query.name, r.params]),
      [['during', { ids: ['a'] }]],
    );
    assert.ok(reads[0]!.endedAt >= reads[0]!.startedAt);
  });
});

describe('replayTrace', () => {
  it('sends every recorded query with its parameters, wave after wave', async () => {
    const log: string[] = [];
    const trace = groupIntoWaves([
      { ...read('root', 0, 1), params: { ids: ['x'] } },
      read('left', 2, 3),
      read('right', 2, 4),
    ]);
    await replayTrace(createLoggingStore(log), trace);
    assert.deepEqual(log, ['root {"ids":["x"]}', 'left null', 'right null']);
  });
});
