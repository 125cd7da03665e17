/**
 * The search index saved beside the embedded database (`DATA_DIR/search-index.json`), so that
 * a start on an existing store loads it instead of reading every text out of the graph and
 * tokenising it again. A saved index is used only when its key still holds:
 * - the database's change marker (`graph/embedded/change-marker.ts`), replaced before every
 *   write: any ingestion, import or seed since the save makes the file stale;
 * - the graph's version (`graph/graph-version.ts`: its node and relationship counts), for a
 *   write made by a tool that does not replace the marker;
 * - the format: a hash of this module's folder (the code that makes documents and ranks them),
 *   MiniSearch's version and the texts of the queries that read the documents, so that an
 *   upgrade rebuilds rather than loads an index made by other rules.
 * A stale, unreadable or foreign file is ignored (and replaced after the rebuild), never used.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../config/config.js';
import { readDatabaseChangeMarker } from '../graph/embedded/change-marker.js';
import { embeddedDatabaseFile } from '../graph/open-store.js';
import type { Queries } from '../graph/queries.js';
import {
  restoreSearchIndex,
  saveSearchIndex,
  type SavedSearchIndex,
  type SearchIndex,
} from './search-index.js';

/** File name of the saved index inside DATA_DIR. */
export const searchIndexFile = 'search-index.json';

/**
 * Where the configured store keeps its search index between starts: beside the embedded
 * database in DATA_DIR; undefined on Neo4j, where every instance builds its own.
 */
export function locatePersistedIndex(
  config: Pick<AppConfig, 'neo4j' | 'dataDir'>,
): { file: string; readMarker: () => string } | undefined {
  if (config.neo4j) return undefined;
  const database = join(config.dataDir, embeddedDatabaseFile);
  return {
    file: join(config.dataDir, searchIndexFile),
    readMarker: () => readDatabaseChangeMarker(database),
  };
}

/** What a saved index must match to be used. */
export interface SearchIndexKey {
  readonly format: string;
  readonly marker: string;
  readonly graphVersion: string;
}

const searchModuleDir = dirname(fileURLToPath(import.meta.url));

/**
 * The format part of the key: changes whenever the code or queries that make the index do.
 * The queries' texts are all hashed: a query the index does not read costs, when it changes,
 * one needless rebuild.
 */
export function searchIndexFormat(queries: Queries): string {
  const hash = createHash('sha256');
  const engine = join(searchModuleDir, '..', '..', '..', 'node_modules', 'minisearch');
  hash.update(readPackageVersion(engine));
  for (const name of readdirSync(searchModuleDir).sort())
    if (name.endsWith('.js')) hash.update(name).update(readFileSync(join(searchModuleDir, name)));
  for (const name of Object.keys(queries).sort())
    hash.update(name).update(queries[name as keyof Queries].text);
  return hash.digest('hex');
}

function readPackageVersion(dir: string): string {
  try {
    return String(
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown })
        .version,
    );
  } catch {
    return 'unknown';
  }
}

function sameKey(a: SearchIndexKey, b: SearchIndexKey): boolean {
  return a.format === b.format && a.marker === b.marker && a.graphVersion === b.graphVersion;
}

/**
 * The index saved in `file` if its key is `key`; undefined when missing, stale or unreadable.
 * The key is the file's first line, so a stale file is known without parsing the rest.
 */
export async function loadPersistedIndex(
  file: string,
  key: SearchIndexKey,
): Promise<SearchIndex | undefined> {
  try {
    if (!sameKey(await readSavedKey(file), key)) return undefined;
    const text = await readFile(file, 'utf8');
    return restoreSearchIndex(JSON.parse(text.slice(text.indexOf('\n') + 1)) as SavedSearchIndex);
  } catch {
    return undefined;
  }
}

async function readSavedKey(file: string): Promise<SearchIndexKey> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(keyBytes), 0, keyBytes, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.indexOf('\n');
    return JSON.parse(end < 0 ? '{}' : text.slice(0, end)) as SearchIndexKey;
  } finally {
    await handle.close();
  }
}

/** More than a key line takes (three short strings). */
const keyBytes = 4096;

/** Saves `index` with its key, replacing the file at once (a reader never sees half of it). */
export async function persistIndex(
  file: string,
  key: SearchIndexKey,
  index: SearchIndex,
): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(key)}\n${JSON.stringify(saveSearchIndex(index))}`);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
