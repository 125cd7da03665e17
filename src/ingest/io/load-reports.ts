import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { GraphStore } from '../../graph/store.js';
import { recordGraphChange } from '../../graph/graph-version.js';
import { loadDataset, type LoadOptions, type LoadSummary } from '../../graph/load-dataset.js';
import type { Catalog } from '../../graph/queries.js';
import type { GraphDataset } from '../../domain/dataset.js';
import { buildDataset } from '../build-dataset.js';
import {
  countReportContents,
  describeLoss,
  type ReportContents,
} from '../dataset/report-contents.js';
import { ReportParseError } from '../errors.js';
import type { ParsedReport } from '../report.types.js';
import { parseReportFile, parseReportFiles, type ReadOptions } from './ingest-files.js';
import { loadVocabulary } from '../vocabulary/vocabulary.js';
import type { Vocabulary } from '../vocabulary/vocabulary.types.js';

export interface IngestSummary extends LoadSummary {
  reports: number;
  /** Files not read because the store already held their reports (`resume`). */
  skipped: number;
}

/**
 * Reports per transaction for a large ingestion (`npm run ingest` with more files than this,
 * `npm run bench:scale`): a group's parsed reports and dataset are all that memory holds, and
 * one dataset of hundreds of reports is too large to write at all (its JSON exceeds what a
 * JavaScript string can hold: 500 reports fail so).
 */
export const defaultReportsPerCommit = 10;

/** How an ingestion treats the files and the graph. */
export interface IngestOptions extends ReadOptions {
  /**
   * Replace stored reports even when the new file would lose most of their items
   * (`npm run ingest -- --replace`); by default such a re-ingestion is refused.
   */
  readonly replace?: boolean;
  /** Rows per statement and per transaction (`loadDataset`). */
  readonly load?: LoadOptions;
  /**
   * Commit every this many reports, each group in one transaction, so that memory holds one
   * group at a time however many files are given; a file that fails leaves the reports before
   * it committed and none after it. Without it, every file is parsed before anything is
   * written, and a failure writes nothing.
   */
  readonly reportsPerCommit?: number;
  /**
   * Skip the files whose reports the store already holds (by the file name each stored report
   * records), without reading them: a run stopped part-way, given the same files again,
   * finishes the job (`npm run ingest -- --resume`).
   */
  readonly resume?: boolean;
  /**
   * Hears how far the run is. In one transaction: reports parsed (from 0, then after each), the
   * start of building the graph from them, then rows written (from 0, then after each
   * statement). Committed in groups (`reportsPerCommit`): reports committed, and parsed, after
   * each report.
   */
  readonly onProgress?: (progress: IngestProgress) => void;
}

/**
 * How far an ingestion is: reports parsed, building the graph (one step: the dataset and the
 * check against the stored reports), then rows written (of the whole load); or, committed in
 * groups, reports committed (with reports parsed so far).
 */
export interface IngestProgress {
  readonly phase: 'parse' | 'build' | 'load' | 'commit';
  readonly done: number;
  readonly total: number;
  /** Reports parsed so far, in the `commit` phase. */
  readonly parsed?: number;
}

/**
 * A failure part-way through an ingestion committed in groups: the reports of the groups
 * before it stay committed; `--resume` with the same files finishes the job.
 */
export class PartialIngestionError extends Error {
  override readonly name = 'PartialIngestionError';
  constructor(
    readonly committed: number,
    override readonly cause: unknown,
  ) {
    super(
      `${cause instanceof Error ? cause.message : String(cause)}\n` +
        `${committed} report(s) before it were committed and stay; run the same command with --resume to skip them and ingest the rest`,
    );
  }
}

/**
 * Re-ingestions refused because each would lose most of a stored report: one
 * `file:line: reason` line per report, the line being the last of the new file.
 */
export class ShrinkingReingestionError extends Error {
  override readonly name = 'ShrinkingReingestionError';
  constructor(readonly refusals: readonly ReportParseError[]) {
    super(refusals.map((refusal) => refusal.message).join('\n'));
  }
}

/**
 * The final load step of ingestion: parses the given report files and writes them. By default
 * every file is parsed into one dataset before anything is written, so a bad file leaves the
 * graph exactly as it was; so does a file that would replace a stored report with much less of
 * it, unless `replace` says so. The dataset is written in a single transaction unless it
 * exceeds `load.transactionRows` (see `loadDataset`).
 *
 * With `reportsPerCommit`, the files are read, checked and written a group at a time, each
 * group in one transaction (all or nothing for each report), so memory holds one group however
 * many files there are; a failure (a bad file, a refused re-ingestion, a failed write) leaves
 * the groups before it committed, writes the reports parsed before a bad file, and throws a
 * {@link PartialIngestionError} once anything was committed. With `resume`, files whose reports
 * the store holds are skipped unread.
 */
export async function ingestReportFiles(
  store: GraphStore,
  catalog: Catalog,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const vocabulary = await loadVocabulary();
  const stored = options.resume ? await readStoredSourceFiles(store, catalog) : new Set<string>();
  const todo = files.filter((file) => !stored.has(basename(file)));
  const skipped = files.length - todo.length;
  const summary =
    options.reportsPerCommit === undefined
      ? await ingestInOneLoad(store, catalog, vocabulary, todo, options)
      : await ingestInGroups(store, catalog, vocabulary, todo, options.reportsPerCommit, options);
  return { ...summary, skipped };
}

type LoadedReports = Omit<IngestSummary, 'skipped'>;

/** Parses every file, then writes them as one dataset. */
async function ingestInOneLoad(
  store: GraphStore,
  catalog: Catalog,
  vocabulary: Vocabulary,
  files: readonly string[],
  options: IngestOptions,
): Promise<LoadedReports> {
  const { onProgress } = options;
  const reports = await parseReportFiles(
    files,
    vocabulary,
    options,
    onProgress && ((done, total) => onProgress({ phase: 'parse', done, total })),
  );
  onProgress?.({ phase: 'build', done: 0, total: 1 });
  return writeReports(store, catalog, vocabulary, reports, {
    ...options,
    load: {
      ...options.load,
      ...(onProgress && {
        onProgress: (done: number, total: number) => onProgress({ phase: 'load', done, total }),
      }),
    },
  });
}

/** Reads, checks and writes `reportsPerCommit` files at a time, each group in one transaction. */
async function ingestInGroups(
  store: GraphStore,
  catalog: Catalog,
  vocabulary: Vocabulary,
  files: readonly string[],
  reportsPerCommit: number,
  options: IngestOptions,
): Promise<LoadedReports> {
  if (!Number.isInteger(reportsPerCommit) || reportsPerCommit < 1)
    throw new RangeError(`reportsPerCommit must be a positive integer, got ${reportsPerCommit}`);
  const total: LoadedReports = {
    reports: 0,
    nodes: 0,
    relationships: 0,
    statements: 0,
    transactions: 0,
  };
  const { onProgress } = options;
  let parsed = 0;
  const tell = () =>
    onProgress?.({ phase: 'commit', done: total.reports, total: files.length, parsed });
  // One transaction per group: a group is never cut, so each report is all or nothing.
  const write = async (group: readonly ParsedReport[]) => {
    const loaded = await writeReports(store, catalog, vocabulary, group, {
      ...options,
      load: { ...options.load, transactionRows: Number.MAX_SAFE_INTEGER },
    });
    for (const key of Object.keys(total) as (keyof LoadedReports)[]) total[key] += loaded[key];
    tell();
  };
  tell();
  let group: ParsedReport[] = [];
  try {
    for (const file of files) {
      try {
        group.push(await parseReportFile(file, vocabulary, options));
      } catch (error) {
        // The reports read before the bad file are written, as if they had been given alone.
        if (group.length > 0) await write(group);
        throw error;
      }
      parsed += 1;
      tell();
      if (group.length === reportsPerCommit) {
        await write(group);
        group = [];
      }
    }
    if (group.length > 0) await write(group);
  } catch (error) {
    if (total.reports > 0) throw new PartialIngestionError(total.reports, error);
    throw error;
  }
  return total;
}

/** Builds the dataset of `reports`, checks it against the stored reports, and loads it. */
async function writeReports(
  store: GraphStore,
  catalog: Catalog,
  vocabulary: Vocabulary,
  reports: readonly ParsedReport[],
  options: IngestOptions,
): Promise<LoadedReports> {
  const dataset = buildDataset(reports, vocabulary);
  if (!options.replace) await checkNothingLost(store, catalog, reports, dataset);
  const summary = await loadDataset(store, dataset, catalog.load, options.load);
  // Caches derived from the graph (the search index) rebuild before their next answer.
  recordGraphChange();
  return { reports: dataset.nodes.filter((n) => n.label === 'Report').length, ...summary };
}

/** The file names the stored reports were ingested from. */
async function readStoredSourceFiles(store: GraphStore, catalog: Catalog): Promise<Set<string>> {
  const rows = await store.read(catalog.queries.reportSourceFiles);
  return new Set(rows.map((row) => String(row.sourceFile)));
}

/** Refuses the run when any report it replaces would lose most of its items. */
async function checkNothingLost(
  store: GraphStore,
  catalog: Catalog,
  reports: readonly ParsedReport[],
  dataset: GraphDataset,
): Promise<void> {
  const incoming = countReportContents(dataset);
  const rows = await store.read(catalog.queries.reportContentsByIds, { ids: [...incoming.keys()] });
  const refusals: ReportParseError[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const stored = toContents(row);
    const report = reports.find((r) => r.id === id);
    const loss = report && describeLoss(stored, incoming.get(id)!);
    if (!report || !loss) continue;
    refusals.push(
      new ReportParseError(
        report.metadata.sourceFile,
        report.metadata.lineCount,
        `re-ingesting would remove ${loss} from the stored report ${id} (is the file cut short?); nothing was written: pass --replace to replace it anyway`,
      ),
    );
  }
  if (refusals.length > 0) throw new ShrinkingReingestionError(refusals);
}

function toContents(row: Record<string, unknown>): ReportContents {
  return {
    findings: Number(row.findings ?? 0),
    recommendations: Number(row.recommendations ?? 0),
    practice: Number(row.practice ?? 0),
    terms: Number(row.terms ?? 0),
    themeIds: Array.isArray(row.themeIds) ? row.themeIds.map(String) : [],
  };
}

/** Lists the `.txt` report files of a folder, sorted by name. */
export async function listReportFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Ingests every report in `dir` when the graph holds no report yet (a fresh database);
 * returns the summary, or undefined when the graph already had reports.
 */
export async function seedIfEmpty(
  store: GraphStore,
  catalog: Catalog,
  dir: string,
): Promise<IngestSummary | undefined> {
  const [row] = await store.read(catalog.queries.reportCount);
  if (Number(row?.reports ?? 0) > 0) return undefined;
  return ingestReportFiles(store, catalog, await listReportFiles(dir));
}
