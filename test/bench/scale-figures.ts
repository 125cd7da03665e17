import { resolve } from 'node:path';
import type { ServerStartup } from './bench-protocol.js';
import { formatNumber } from './format-table.js';
import type { LoadFigures } from './load-figures.js';
import type { RequestCost } from './query-stats-request.js';
import type { IngestFigures } from './scale-ingest-child.js';

/** The pure parts of `npm run bench:scale` (scale.bench.ts): arguments, comparison, summary. */

/** Concurrencies every operation runs at: one client alone, then ten at once. */
export const connectionCounts = [1, 10] as const;

/** What the command line asks for. */
export interface ScaleArgs {
  /** Reports in the large corpus, the seed reports included. */
  reports: number;
  /**
   * A folder to keep the corpus and both databases in; a later run with the same folder and
   * number of reports reuses them instead of ingesting again. Default: a temporary folder,
   * removed at the end.
   */
  dir: string | undefined;
}

/** Reads `--reports N` (default 500) and `--dir DIR`; throws on anything else. */
export function parseScaleArgs(argv: readonly string[]): ScaleArgs {
  const args: ScaleArgs = { reports: 500, dir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (arg === '--reports' && value !== undefined) {
      const reports = Number(value);
      if (!Number.isInteger(reports) || reports < 1)
        throw new RangeError(`--reports must be a positive integer, got "${value}"`);
      args.reports = reports;
      i += 1;
    } else if (arg === '--dir' && value !== undefined) {
      args.dir = resolve(process.env.INIT_CWD ?? process.cwd(), value);
      i += 1;
    } else {
      throw new RangeError(
        `unknown argument "${arg}"; usage: bench:scale -- [--reports N] [--dir DIR]`,
      );
    }
  }
  return args;
}

/** One operation on one graph: its store cost and a load run per connection count. */
export interface OperationFigures {
  name: string;
  cost: RequestCost;
  load: Map<number, LoadFigures>;
}

/** Everything measured on one graph. */
export interface GraphFigures {
  label: string;
  ingest: IngestFigures;
  startup: ServerStartup;
  /** A second start on the same store, after the first one (which saves the search index). */
  restart?: ServerStartup | undefined;
  operations: OperationFigures[];
}

/** One operation compared across the two graphs, against the targets of docs/benchmarks.md. */
export interface Comparison {
  name: string;
  seedP99: number;
  largeP99: number;
  /** p99 on the large graph ÷ p99 on the seed graph, at 1 connection. */
  growth: number;
  /** req/s on the large graph ÷ req/s on the seed graph, at 10 connections. */
  rateRatio: number;
  errors: number;
}

export function compareGraphs(seed: GraphFigures, large: GraphFigures): Comparison[] {
  const one = connectionCounts[0];
  const many = connectionCounts.at(-1)!;
  return large.operations.flatMap((op) => {
    const base = seed.operations.find((s) => s.name === op.name);
    if (!base) return [];
    const seedP99 = base.load.get(one)!.p99Ms;
    const largeP99 = op.load.get(one)!.p99Ms;
    return [
      {
        name: op.name,
        seedP99,
        largeP99,
        growth: largeP99 / seedP99,
        rateRatio: op.load.get(many)!.perSecond / base.load.get(many)!.perSecond,
        errors: op.load.get(many)!.errors,
      },
    ];
  });
}

export function meetsTargets(c: Comparison): boolean {
  return c.growth <= 2 && c.largeP99 < 50 && c.errors === 0 && c.rateRatio >= 0.8;
}

/**
 * The last line: the large graph's size and ingestion, its worst p99 at 1 connection, and the
 * operation whose p99 grew most from the seed graph, with that growth.
 */
export function formatSummaryLine(
  reports: number,
  large: GraphFigures,
  comparisons: readonly Comparison[],
): string {
  const worstP99 = Math.max(...comparisons.map((c) => c.largeP99));
  const worst = [...comparisons].sort((a, b) => b.growth - a.growth)[0];
  return [
    'bench:scale',
    `reports=${reports}`,
    `nodes=${large.startup.nodes}`,
    `rels=${large.startup.relationships}`,
    `ingest_s=${large.ingest.seconds.toFixed(1)}`,
    `peak_rss_mib=${large.ingest.peakRssMiB.toFixed(0)}`,
    `worst_p99_ms=${formatNumber(worstP99, 1)}`,
    `worst_op=${worst?.name ?? '–'}`,
    `worst_growth=${formatNumber(worst?.growth, 2)}`,
  ].join(' ');
}
