import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTable } from './format-table.js';
import { pickPercentile, summariseLoad } from './load-figures.js';
import { readBenchSettings } from './load-settings.js';

describe('summariseLoad', () => {
  it('reports the nearest-rank median and 99th percentile and the rate per second', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => 100 - i);
    const figures = summariseLoad(latencies, 2, 4);
    assert.equal(figures.completed, 100);
    assert.equal(figures.errors, 2);
    assert.equal(figures.perSecond, 25);
    assert.equal(figures.p50Ms, 50);
    assert.equal(figures.p99Ms, 99);
  });

  it('gives NaN percentiles when nothing completed', () => {
    assert.ok(Number.isNaN(pickPercentile([], 50)));
  });
});

describe('readBenchSettings', () => {
  it('takes defaults when nothing is set', () => {
    assert.deepEqual(readBenchSettings({}, []), {
      seconds: 5,
      connections: 10,
      maxRequests: 100_000,
      url: undefined,
      only: undefined,
      engine: 'embedded',
    });
  });

  it('runs on the engine --engine names, else BENCH_ENGINE, and refuses any other', () => {
    assert.equal(readBenchSettings({}, ['--engine', 'neo4j']).engine, 'neo4j');
    assert.equal(readBenchSettings({ BENCH_ENGINE: 'neo4j' }, []).engine, 'neo4j');
    assert.equal(
      readBenchSettings({ BENCH_ENGINE: 'neo4j' }, ['--engine', 'embedded']).engine,
      'embedded',
    );
    assert.throws(() => readBenchSettings({}, ['--engine', 'kuzu']), /--engine \(BENCH_ENGINE\)/);
  });

  it('reads the operations to run from a comma-separated BENCH_OPS', () => {
    assert.deepEqual(readBenchSettings({ BENCH_OPS: 'forces-list, force-deep,' }).only, [
      'forces-list',
      'force-deep',
    ]);
  });

  it('refuses a duration that is not a positive integer, naming the variable', () => {
    assert.throws(() => readBenchSettings({ BENCH_SECONDS: '0.5' }), /BENCH_SECONDS/);
  });

  it('refuses a BENCH_URL that is not http(s)', () => {
    assert.throws(() => readBenchSettings({ BENCH_URL: 'ftp://127.0.0.1/graphql' }), /BENCH_URL/);
  });
});

describe('formatTable', () => {
  it('left-aligns names, right-aligns figures and shows a missing value as a dash', () => {
    const table = formatTable(
      ['op', 'req/s'],
      [
        ['a', 12.5],
        ['longer', undefined],
      ],
    );
    assert.equal(table, ['op      req/s', 'a        12.5', 'longer      –'].join('\n'));
  });
});
