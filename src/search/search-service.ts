/**
 * The search service: owns the current in-process index and keeps it current. The index is
 * rebuilt from the graph
 * - on first use (or when `warm()` is called at start-up, in the background),
 * - when the graph's version (`graph/graph-version.ts`) is no longer the one it was built at:
 *   after any write committed in this process, before the next answer, and after another
 *   process's write, within the watcher's refresh period.
 * Concurrent callers share one rebuild. With `persisted` (the embedded store), a build first
 * tries the index saved beside the database, used only while its key holds (see
 * `persisted-index.ts`), and saves what it builds.
 */
import type { SearchBackend } from '../config/config.js';
import type { GraphVersionWatcher } from '../graph/graph-version.js';
import type { Queries } from '../graph/queries.js';
import type { GraphStore } from '../graph/store.js';
import { orderByFullText } from './neo4j-full-text.js';
import {
  loadPersistedIndex,
  persistIndex,
  searchIndexFormat,
  type SearchIndexKey,
} from './persisted-index.js';
import { readSearchDocuments } from './read-search-documents.js';
import type { SearchType } from './search-documents.js';
import {
  buildSearchIndex,
  findDocumentsWithAllWords,
  rankSearchMatches,
  type RankedMatch,
  type RankedSearch,
  type SearchIndex,
  type SearchQuery,
} from './search-index.js';

export interface SearchServiceOptions {
  /** The shared store (not a per-request view: index reads belong to no request). */
  store: GraphStore;
  queries: Queries;
  /** The graph's version, which says when the index is stale. */
  version: GraphVersionWatcher;
  /** Who ranks `search`; `neo4j-fulltext` needs a Neo4j store. Default `minisearch`. */
  backend?: SearchBackend;
  /** Milliseconds clock, for tests. */
  now?: () => number;
  /** Where to keep the index between starts, and the store's change marker (embedded only). */
  persisted?: PersistedIndexOptions;
}

export interface PersistedIndexOptions {
  /** The saved index (`DATA_DIR/search-index.json`). */
  readonly file: string;
  /** The database's current change marker (`graph/embedded/change-marker.ts`). */
  readonly readMarker: () => string;
  /** Hears why an index could not be saved (the service goes on with the one in memory). */
  readonly onSaveError?: (error: unknown) => void;
}

/** What one build of the index cost. */
export interface IndexBuild {
  readonly documents: number;
  /** Reading the documents and the graph's version from the store. */
  readonly readMs: number;
  /** Building the index in memory, or restoring the saved one. */
  readonly buildMs: number;
  /** `graph`: read and built; `file`: the index saved beside the database, still current. */
  readonly source: 'graph' | 'file';
}

export interface SearchService {
  /**
   * Every match of the request, ranked once (snippets cut only when asked), from an index no
   * older than the rules above allow: what a request that asks for a page and the total uses.
   */
  rank(request: SearchQuery): Promise<RankedSearch>;
  /**
   * Ids of the items of `type` whose text holds every word of `text` (see
   * `findDocumentsWithAllWords`); null when `text` has no words.
   */
  findItemsWithAllWords(type: SearchType, text: string): Promise<string[] | null>;
  /** Builds the index now if it is missing or stale; resolves with the cost of the last build. */
  warm(): Promise<IndexBuild>;
  /**
   * True once an index has been built or loaded: searches answer without waiting for a first
   * build. It stays true while a stale index is rebuilt (searches then wait for the rebuild).
   */
  hasIndex(): boolean;
}

interface IndexState {
  readonly index: SearchIndex;
  readonly build: IndexBuild;
  /** The graph's version the index was built at. */
  readonly version: string;
}

/** Creates a service; nothing is read until the first search or `warm()`. */
export function createSearchService(options: SearchServiceOptions): SearchService {
  const { store, queries, version } = options;
  const now = options.now ?? (() => performance.now());
  if (options.backend === 'neo4j-fulltext' && store.engine !== 'neo4j')
    throw new Error('SEARCH_BACKEND=neo4j-fulltext needs a Neo4j store (NEO4J_URI)');
  const { persisted } = options;
  let state: IndexState | undefined;
  let rebuilding: Promise<IndexState> | undefined;
  let format: string | undefined;

  async function rebuild(): Promise<IndexState> {
    // Read before the documents: a write landing during the read makes the next call rebuild.
    const started = now();
    const marker = persisted?.readMarker();
    const graphVersion = await version.current();
    const key: SearchIndexKey | undefined = persisted && {
      format: (format ??= searchIndexFormat(queries)),
      marker: marker!,
      graphVersion,
    };
    if (persisted && key) {
      const read = now();
      const saved = await loadPersistedIndex(persisted.file, key);
      if (saved) {
        const loaded = now();
        const build = {
          documents: saved.size,
          readMs: read - started,
          buildMs: loaded - read,
          source: 'file' as const,
        };
        return { index: saved, build, version: graphVersion };
      }
    }
    const documents = await readSearchDocuments(store, queries);
    const read = now();
    const index = buildSearchIndex(documents);
    const built = now();
    if (persisted && key)
      await persistIndex(persisted.file, key, index).catch((error: unknown) =>
        persisted.onSaveError?.(error),
      );
    const build = {
      documents: index.size,
      readMs: read - started,
      buildMs: built - read,
      source: 'graph' as const,
    };
    return { index, build, version: graphVersion };
  }

  function startRebuild(): Promise<IndexState> {
    rebuilding ??= rebuild()
      .then((next) => (state = next))
      .finally(() => (rebuilding = undefined));
    return rebuilding;
  }

  async function currentState(): Promise<IndexState> {
    if (rebuilding) return rebuilding;
    const current = state;
    if (current === undefined || !(await version.isCurrent(current.version))) return startRebuild();
    return current;
  }

  async function rank(request: SearchQuery): Promise<RankedSearch> {
    const { index } = await currentState();
    const matches = rankSearchMatches(index, request);
    let ordered: Promise<readonly RankedMatch[]> | undefined;
    // Both backends match the same items (Lucene only reorders them): one total serves both.
    return {
      total: matches.length,
      async page(offset, limit) {
        ordered ??=
          options.backend === 'neo4j-fulltext'
            ? orderByFullText(store, queries, index, request, matches)
            : Promise.resolve(matches);
        return (await ordered).slice(offset, offset + limit);
      },
    };
  }

  return {
    rank,
    async findItemsWithAllWords(type, text) {
      return findDocumentsWithAllWords((await currentState()).index, type, text);
    },
    async warm() {
      return (await currentState()).build;
    },
    hasIndex() {
      return state !== undefined;
    },
  };
}
