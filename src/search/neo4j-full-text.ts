/**
 * Ranking by Neo4j's full-text index (SEARCH_BACKEND=neo4j-fulltext): the Neo4j-only query
 * `cypher/neo4j-only/search-full-text.cypher` over the `graph_text` index that
 * `npm run db:migrate -- --fulltext` creates. Lucene ranks, so scores and order differ from
 * the in-process index; snippets are still cut from the items' own text by the same code.
 */
import type { Queries } from '../graph/queries.js';
import type { GraphStore } from '../graph/store.js';
import { searchTypeLabels, searchTypeOfLabel, searchTypes } from './search-documents.js';
import {
  snippetForDocument,
  type SearchIndex,
  type SearchMatch,
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
  request: Pick<SearchRequest, 'types'>,
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
 * index: every word required, else any of them. `index` supplies the snippets.
 */
export async function searchNeo4jFullText(
  store: GraphStore,
  queries: Queries,
  index: SearchIndex,
  request: SearchRequest,
): Promise<SearchMatch[]> {
  if (request.limit <= 0) return [];
  const offset = request.offset ?? 0;
  const rows = await rankFullText(store, queries, request, offset + request.limit);
  return rows.slice(offset).flatMap(({ id, score, label }) => {
    const type = searchTypeOfLabel(label);
    return type === undefined
      ? []
      : [{ id, type, score, snippet: snippetForDocument(index, id, request.query) }];
  });
}

/** Most matches `countNeo4jFullText` counts: a total for paging, not an export. */
export const maxCountedMatches = 10_000;

/** How many items Lucene matches for the request (at most {@link maxCountedMatches}). */
export async function countNeo4jFullText(
  store: GraphStore,
  queries: Queries,
  request: Pick<SearchRequest, 'query' | 'types'>,
): Promise<number> {
  return (await rankFullText(store, queries, request, maxCountedMatches)).length;
}

/** The best `limit` Lucene matches: every word required, else any of them. */
async function rankFullText(
  store: GraphStore,
  queries: Queries,
  request: Pick<SearchRequest, 'query' | 'types'>,
  limit: number,
): Promise<{ id: string; score: number; label: string }[]> {
  const words = listQueryWords(request.query);
  if (words.length === 0) return [];
  const rows = await runFullText(store, queries, toLuceneQuery(words, 'AND'), request, limit);
  if (rows.length > 0 || words.length === 1) return rows;
  return runFullText(store, queries, toLuceneQuery(words, 'OR'), request, limit);
}
