/**
 * Ranking by Neo4j's full-text index (SEARCH_BACKEND=neo4j-fulltext): the Neo4j-only query
 * `cypher/neo4j-only/search-full-text.cypher` over the `graph_text` index that
 * `npm run db:migrate -- --fulltext` creates. Lucene ranks, so scores and order differ from
 * the in-process index; snippets are still cut from the items' own text by the same code.
 */
import type { Queries } from '../graph/queries.js';
import type { GraphStore } from '../graph/store.js';
import {
  searchTypeLabels,
  searchTypeOfLabel,
  searchTypes,
  type SearchType,
} from './search-documents.js';
import {
  createFilter,
  createPhraseFilter,
  minWordsForAnyMatch,
  snippetForDocument,
  type SearchIndex,
  type SearchMatch,
  type SearchQuery,
  type SearchRequest,
} from './search-index.js';
import { listQueryWords } from './search-text.js';

/**
 * The Lucene query for plain words: every word required (`+a +b`) or any of them (`a b`).
 * Words hold only letters and digits, so no Lucene syntax can reach the index from user input.
 */
export function toLuceneQuery(words: readonly string[], combineWith: 'AND' | 'OR'): string {
  return words.map((word) => (combineWith === 'AND' ? `+${word}` : word)).join(' ');
}

/** The matches of one Lucene query: rows of `search-full-text` with a searchable label. */
async function runFullText(
  store: GraphStore,
  queries: Queries,
  lucene: string,
  request: SearchQuery,
  limit: number,
): Promise<{ id: string; score: number; label: string }[]> {
  const labels = (request.types ?? searchTypes).map((type) => searchTypeLabels[type]);
  const rows = await store.read(queries.searchFullText, { query: lucene, labels, limit });
  return rows.map((row) => ({
    id: String(row.id),
    score: Number(row.score),
    label: (row.labels as string[]).find((label) => searchTypeOfLabel(label) !== undefined) ?? '',
  }));
}

/**
 * Ranked matches from Neo4j's full-text index, with the same word rules as the in-process
 * index: every word required, else, for three words or more, any of them (Lucene cannot say
 * "all but one"). Acronyms are not expanded: Lucene holds only the printed text. `index`
 * supplies the snippets and the filters Lucene knows nothing of (forces, reports, themes,
 * "quoted" phrases): with any of them, every Lucene match is read and filtered before the
 * page is cut. A later page (`offset`) reads the pages before it too: Lucene has no cursor.
 */
export async function searchNeo4jFullText(
  store: GraphStore,
  queries: Queries,
  index: SearchIndex,
  request: SearchRequest,
): Promise<SearchMatch[]> {
  if (request.limit <= 0) return [];
  const offset = request.offset ?? 0;
  const rows = await rankFullText(store, queries, index, request, offset + request.limit);
  return rows.slice(offset).map(({ id, type, score }) => ({
    id,
    type,
    score,
    snippet: snippetForDocument(index, id, request.query),
  }));
}

/** Most matches `countNeo4jFullText` counts: a total for paging, not an export. */
export const maxCountedMatches = 10_000;

/** How many items Lucene matches for the request (at most {@link maxCountedMatches}). */
export async function countNeo4jFullText(
  store: GraphStore,
  queries: Queries,
  index: SearchIndex,
  request: SearchQuery,
): Promise<number> {
  return (await rankFullText(store, queries, index, request, maxCountedMatches)).length;
}

/** The best `limit` matches that pass the request's filters, best first. */
async function rankFullText(
  store: GraphStore,
  queries: Queries,
  index: SearchIndex,
  request: SearchQuery,
  limit: number,
): Promise<{ id: string; type: SearchType; score: number }[]> {
  const words = listQueryWords(request.query);
  if (words.length === 0) return [];
  const filter = createFilter(index, request);
  const phrases = createPhraseFilter(index, request.query);
  const passes = (id: string) =>
    (!filter || (index.documents.has(id) && filter({ id }))) && (!phrases || phrases(id));
  const read = filter || phrases ? Math.max(index.size, limit) : limit;
  let rows = await runFullText(store, queries, toLuceneQuery(words, 'AND'), request, read);
  if (rows.length === 0 && words.length >= minWordsForAnyMatch)
    rows = await runFullText(store, queries, toLuceneQuery(words, 'OR'), request, read);
  return rows
    .flatMap(({ id, score, label }) => {
      const type = searchTypeOfLabel(label);
      return type === undefined || !passes(id) ? [] : [{ id, type, score }];
    })
    .slice(0, limit);
}
