import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphStore } from '../../graph/store.js';
import { recordGraphChange } from '../../graph/graph-changes.js';
import { loadDataset, type LoadSummary } from '../../graph/load-dataset.js';
import type { Catalog } from '../../graph/queries.js';
import { ingestFiles } from './ingest-files.js';
import { loadVocabulary } from '../vocabulary/vocabulary.js';

export interface IngestSummary extends LoadSummary {
  reports: number;
}

/**
 * The final load step of ingestion: parses the given report files into one dataset and
 * writes it in a single transaction. Parsing happens before anything is written, so a bad
 * file leaves the graph exactly as it was.
 */
export async function ingestReportFiles(
  store: GraphStore,
  catalog: Catalog,
  files: readonly string[],
): Promise<IngestSummary> {
  const dataset = await ingestFiles(files, await loadVocabulary());
  const summary = await loadDataset(store, dataset, catalog.load);
  // Caches derived from the graph (the search index) rebuild before their next answer.
  recordGraphChange();
  return { reports: dataset.nodes.filter((n) => n.label === 'Report').length, ...summary };
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
