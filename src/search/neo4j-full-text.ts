/**
 * Ranking by Neo4j's full-text index (SEARCH_BACKEND=neo4j-fulltext): the Neo4j-only query
 * `cypher/neo4j-only/search-full-text.cypher` over the `graph_text` index that
 * `npm run db:migrate -- --fulltext` creates. Which items match is decided by the same rules
 * as with the in-process index (every word, prefixes and one typo, acronyms both ways, all but
 * one word of a longer query, "quoted" phrases, the force, report, theme and type filters), so
 * both backends give the same answers; Lucene only orders them. Snippets are cut from the
 * items' own text by the same code.
 */
import type { Queries } from '../graph/queries.js';
import type { GraphStore } from '../graph/store.js';
import { searchTypeLabels, searchTypeOfLabel, searchTypes } from './search-documents.js';
import {
  minWordsForAnyMatch,
  type RankedMatch,
  type SearchIndex,
  type SearchQuery,
} from './search-index.js';
import { listQueryWords, normaliseWord, splitWords, tokenizeText } from './search-text.js';

/**
 * How far apart the query's words may stand and still count as its phrase: the query keeps
 * only the words that count, so "head of crime" asks Lucene for `"head crime"`, which the
 * printed "head of crime" holds one word apart.
 */
const phraseSlop = 2;

/**
 * The Lucene query that scores the matches as the in-process rule finds them: every word
 * (`+a +b +c`), or, for three words or more, all but one of them; or a word an item prints for
 * a name the query spells the other way (`mib`). An item holding every word matches every
 * group and ranks above one that holds all but one; one holding the words together, as a
 * phrase, ranks higher still, as the in-process index boosts it. Plain terms only: prefix and fuzzy terms
 * would score every item they reach alike. Words hold only letters and digits, so no Lucene
 * syntax can reach the index from user input.
 */
export function toLuceneQuery(words: readonly string[], alternates: readonly string[]): string {
  const all = (group: readonly string[]) => `(${group.map((word) => `+${word}`).join(' ')})`;
  const allButOne =
    words.length >= minWordsForAnyMatch
      ? words.map((_, i) => words.filter((__, k) => k !== i))
      : [];
  const phrase = words.length > 1 ? [`"${words.join(' ')}"~${phraseSlop}`] : [];
  return [all(words), ...allButOne.map(all), ...phrase, ...alternates].join(' ');
}

/**
 * The words an item prints for the names a query spells the other way: a query for
 * "Metropolitan intelligence bureau" matches the items that print `MIB`, and Lucene, which
 * holds only the printed text, must be asked for `mib` to score them.
 */
function listPrintedAlternates(
  index: SearchIndex,
  matches: readonly RankedMatch[],
  words: readonly string[],
): string[] {
  const wanted = new Set(words);
  const printed = new Set<string>();
  for (const { id } of matches)
    for (const { name, printed: text } of index.documents.get(id)?.alternates ?? [])
      if (tokenizeText(name).some((token) => wanted.has(token.word)))
        for (const word of splitWords(text)) printed.add(normaliseWord(word));
  return [...printed].filter((word) => !wanted.has(word)).sort();
}

/** Lucene's score of each item of the given labels that the query reaches. */
async function readLuceneScores(
  store: GraphStore,
  queries: Queries,
  lucene: string,
  request: SearchQuery,
  limit: number,
): Promise<Map<string, number>> {
  const labels = (request.types ?? searchTypes).map((type) => searchTypeLabels[type]);
  const rows = await store.read(queries.searchFullText, { query: lucene, labels, limit });
  const scores = new Map<string, number>();
  for (const row of rows)
    if ((row.labels as string[]).some((label) => searchTypeOfLabel(label) !== undefined))
      scores.set(String(row.id), Number(row.score));
  return scores;
}

/**
 * The in-process matches of the request (see `rankSearchMatches`), ordered by Lucene's
 * score, best first and by id among equal scores. A match Lucene does not reach (through a
 * prefix or a typo only, or of a label outside the full-text index) follows those it scores,
 * in the in-process order, with score 0. The set is the in-process one, so the total is
 * the number of `matches`.
 */
export async function orderByFullText(
  store: GraphStore,
  queries: Queries,
  index: SearchIndex,
  request: SearchQuery,
  matches: readonly RankedMatch[],
): Promise<RankedMatch[]> {
  if (matches.length === 0) return [];
  const words = listQueryWords(request.query);
  const lucene = toLuceneQuery(words, listPrintedAlternates(index, matches, words));
  const scores = await readLuceneScores(store, queries, lucene, request, index.size);
  const scored = matches.filter((match) => scores.has(match.id));
  const unscored = matches.filter((match) => !scores.has(match.id));
  return [
    ...scored
      .map((match) => ({ ...match, score: scores.get(match.id)! }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ...unscored.map((match) => ({ ...match, score: 0 })),
  ];
}
