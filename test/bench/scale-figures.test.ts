import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LoadFigures } from './load-figures.js';
import {
  compareGraphs,
  formatSummaryLine,
  meetsTargets,
  parseScaleArgs,
  type GraphFigures,
} from './scale-figures.js';

function load(p99Ms: number, perSecond: number, errors = 0): LoadFigures {
  return { completed: 100, errors, seconds: 1, perSecond, p50Ms: p99Ms / 2, p99Ms };
}

function graph(reports: number, ops: Record<string, [LoadFigures, LoadFigures]>): GraphFigures {
  return {
    label: `${reports}`,
    ingest: { reports, nodes: 10, relationships: 20, seconds: 12.34, peakRssMiB: 500.4 },
    startup: {
      openMs: 1,
      searchMs: 2,
      searchSource: 'graph',
      readyMs: 3,
      nodes: 10 * reports,
      relationships: 20 * reports,
    },
    operations: Object.entries(ops).map(([name, [one, ten]]) => ({
      name,
      cost: { dbQueries: 1, dbTimeMs: 1 },
      load: new Map([
        [1, one],
        [10, ten],
      ]),
    })),
  };
}

describe('bench:scale figures', () => {
  it('reads --reports and --dir, defaults to 500 reports, and refuses anything else', () => {
    assert.deepEqual(parseScaleArgs([]), { reports: 500, dir: undefined });
    assert.equal(parseScaleArgs(['--reports', '50']).reports, 50);
    assert.ok(parseScaleArgs(['--dir', 'x']).dir?.endsWith('x'));
    assert.throws(() => parseScaleArgs(['--reports', '0']), /--reports/);
    assert.throws(() => parseScaleArgs(['--fast']), /unknown argument/);
  });

  it('compares p99 at one connection and req/s at ten, and names the operation that grew most', () => {
    const seed = graph(5, {
      a: [load(10, 100), load(20, 400)],
      b: [load(10, 100), load(20, 400)],
    });
    const large = graph(500, {
      a: [load(15, 100), load(25, 380)],
      b: [load(60, 20), load(200, 50, 3)],
    });
    const comparisons = compareGraphs(seed, large);
    assert.deepEqual(
      comparisons.map((c) => [c.name, c.growth, c.rateRatio, meetsTargets(c)]),
      [
        ['a', 1.5, 0.95, true],
        ['b', 6, 0.125, false],
      ],
    );
    assert.equal(
      formatSummaryLine(500, large, comparisons),
      'bench:scale reports=500 nodes=5000 rels=10000 ingest_s=12.3 peak_rss_mib=500 worst_p99_ms=60.0 worst_op=b worst_growth=6.00',
    );
  });
});
