import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
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
import { parseReportFiles, type ReadOptions } from './ingest-files.js';
import { loadVocabulary } from '../vocabulary/vocabulary.js';

export interface IngestSummary extends LoadSummary {
  reports: number;
}

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
   * Hears how far the run is: reports parsed (from 0, then after each), the start of building
   * the graph from them, then rows written (from 0, then after each statement).
   */
  readonly onProgress?: (progress: IngestProgress) => void;
}

/**
 * How far an ingestion is: reports parsed, building the graph (one step: the dataset and the
 * check against the stored reports), then rows written (of the whole load).
 */
export interface IngestProgress {
  readonly phase: 'parse' | 'build' | 'load';
  readonly done: number;
  readonly total: number;
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
 * The final load step of ingestion: parses the given report files into one dataset and
 * writes it, in a single transaction unless it exceeds `load.transactionRows` (see
 * `loadDataset`). Parsing happens before anything is written, so a bad file leaves the graph
 * exactly as it was; so does a file that would replace a stored report with much less of it,
 * unless `replace` says so.
 */
export async function ingestReportFiles(
  store: GraphStore,
  catalog: Catalog,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const vocabulary = await loadVocabulary();
  const { onProgress } = options;
  const reports = await parseReportFiles(
    files,
    vocabulary,
    options,
    onProgress && ((done, total) => onProgress({ phase: 'parse', done, total })),
  );
  onProgress?.({ phase: 'build', done: 0, total: 1 });
  const dataset = buildDataset(reports, vocabulary);
  if (!options.replace) await checkNothingLost(store, catalog, reports, dataset);
  const summary = await loadDataset(store, dataset, catalog.load, {
    ...options.load,
    ...(onProgress && {
      onProgress: (done: number, total: number) => onProgress({ phase: 'load', done, total }),
    }),
  });
  // Caches derived from the graph (the search index) rebuild before their next answer.
  recordGraphChange();
  return { reports: dataset.nodes.filter((n) => n.label === 'Report').length, ...summary };
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
