/**
 * The in-process search index: ranked full-text search over findings, recommendations,
 * initiatives, partner agencies and units with MiniSearch (BM25+), built from documents read
 * out of the graph. Pure: documents in, an index out; a query in, ranked matches out. Both
 * engines feed it the same documents in the same order, so they rank identically.
 */
import MiniSearch, { type SearchResult } from 'minisearch';

import { listPassages, type SearchDocument, type SearchType } from './search-documents.js';
import {
  isStopWord,
  listQueryWords,
  normaliseWord,
  splitWords,
  tokenizeText,
} from './search-text.js';
import { buildSnippet } from './snippet.js';

/** A built index; opaque outside this module. */
export interface SearchIndex {
  /** How many documents it holds. */
  readonly size: number;
  readonly engine: MiniSearch<SearchDocument>;
  readonly documents: ReadonlyMap<string, SearchDocument>;
  /**
   * Every word (stop words too) of a document's text, for the "all words occur" filters;
   * filled on first use, since most documents are never filtered by text.
   */
  readonly words: Map<string, ReadonlySet<string>>;
}

export interface SearchRequest {
  /** What the user typed; only its words count (see `search-text.ts`). */
  readonly query: string;
  /** The types to return; null for all. */
  readonly types: readonly SearchType[] | null;
  /** The most matches to return. */
  readonly limit: number;
  /** How many of the best matches to skip first (a later page); 0 when not given. */
  readonly offset?: number;
}

/** One ranked match: the item, its score (higher is better) and its snippet. */
export interface SearchMatch {
  readonly id: string;
  readonly type: SearchType;
  readonly score: number;
  readonly snippet: string | null;
}

/**
 * Field weights: a word in an item's name or acronym says more about the item than the same
 * word in a long text.
 */
const boosts = { name: 3, acronym: 3, aliases: 2, body: 1 } as const;

type Field = keyof typeof boosts | 'id';

function extractField(document: SearchDocument, field: string): string {
  switch (field as Field) {
    case 'id':
      return document.id;
    case 'name':
      return document.name ?? '';
    case 'acronym':
      return document.acronym ?? '';
    case 'aliases':
      return document.aliases.join('\n');
    case 'body':
      return document.body.join('\n');
  }
  return '';
}

function processTerm(term: string): string | null {
  const word = normaliseWord(term);
  return isStopWord(word) ? null : word;
}

/**
 * Builds the index. Documents with an id already seen are skipped (ids are unique across
 * labels in the graph, so this only guards against a broken graph).
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: Object.keys(boosts),
    extractField,
    tokenize: splitWords,
    processTerm,
  });
  const byId = new Map<string, SearchDocument>();
  for (const document of documents) if (!byId.has(document.id)) byId.set(document.id, document);
  engine.addAll([...byId.values()]);
  return { size: byId.size, engine, documents: byId, words: new Map() };
}

/**
 * Prefix matching from three letters (`safeguard` finds `safeguarding`), and a typo allowed in
 * words of six letters or more; short words such as acronyms must match exactly, since one
 * changed letter makes another acronym.
 */
const prefix = (term: string): boolean => term.length >= 3;
const fuzzy = (term: string): number | false => (term.length >= 6 ? 0.15 : false);

function runQuery(
  index: SearchIndex,
  words: readonly string[],
  request: SearchRequest,
  combineWith: 'AND' | 'OR',
) {
  const types = request.types === null ? null : new Set(request.types);
  return index.engine.search(words.join(' '), {
    combineWith,
    prefix,
    fuzzy,
    boost: { ...boosts },
    filter:
      types === null ? undefined : (result) => types.has(index.documents.get(result.id)!.type),
  });
}

function toMatch(index: SearchIndex, result: SearchResult, score: number): SearchMatch {
  const document = index.documents.get(result.id)!;
  const matched = new Set(result.terms);
  return {
    id: document.id,
    type: document.type,
    score,
    snippet: buildSnippet(listPassages(document), (word) => matched.has(word)),
  };
}

/**
 * How much more an item scores when the query's words stand together in its text, in the
 * query's order (stop words between them allowed): BM25 alone ignores word order, so
 * "succession planning" would rank "succession ... planning" as high as the phrase itself.
 */
const phraseBoost = 1.5;

/** True when a passage holds the query words one after another (ignoring stop words). */
function holdsPhrase(document: SearchDocument, words: readonly string[]): boolean {
  return listPassages(document).some((passage) => {
    const tokens = tokenizeText(passage)
      .map((token) => token.word)
      .filter((word) => !isStopWord(word));
    for (let i = 0; i + words.length <= tokens.length; i += 1)
      if (words.every((word, k) => tokens[i + k] === word)) return true;
    return false;
  });
}

/**
 * Ranked matches for a request: items holding every word of the query (each word may also
 * match as a prefix or, from six letters, with one typo) by BM25+ score, times
 * {@link phraseBoost} where the words stand together, best first and by id among equal
 * scores; when no item holds them all, items holding any of them. A query with no words that
 * count (only punctuation or stop words) matches nothing.
 */
export function searchIndex(index: SearchIndex, request: SearchRequest): SearchMatch[] {
  if (request.limit <= 0) return [];
  const offset = request.offset ?? 0;
  return rankResults(index, request.query, request.types)
    .slice(offset, offset + request.limit)
    .map(({ result, score }) => toMatch(index, result, score));
}

/** How many items `searchIndex` ranks for the query and types, on every page together. */
export function countSearchMatches(
  index: SearchIndex,
  request: Pick<SearchRequest, 'query' | 'types'>,
): number {
  return rankResults(index, request.query, request.types).length;
}

/** Every matching item, best first; snippets are cut only for the page returned. */
function rankResults(
  index: SearchIndex,
  query: string,
  types: SearchRequest['types'],
): { result: SearchResult; score: number }[] {
  const words = listQueryWords(query);
  if (words.length === 0) return [];
  const request = { query, types, limit: Number.MAX_SAFE_INTEGER };
  let results = runQuery(index, words, request, 'AND');
  if (results.length === 0 && words.length > 1) results = runQuery(index, words, request, 'OR');
  const scored = results.map((result) => {
    const phrase = words.length > 1 && holdsPhrase(index.documents.get(result.id)!, words);
    return { result, score: phrase ? result.score * phraseBoost : result.score };
  });
  return scored.sort(
    (a, b) =>
      b.score - a.score || (a.result.id < b.result.id ? -1 : a.result.id > b.result.id ? 1 : 0),
  );
}

function wordsOf(index: SearchIndex, document: SearchDocument): ReadonlySet<string> {
  let words = index.words.get(document.id);
  if (words === undefined) {
    words = new Set(listPassages(document).flatMap((p) => tokenizeText(p).map((t) => t.word)));
    index.words.set(document.id, words);
  }
  return words;
}

/**
 * The ids of the items of `type` whose text holds every word of `text` (any case, whole
 * words, stop words included), in id order; null when `text` has no words, meaning "no text
 * filter".
 */
export function findDocumentsWithAllWords(
  index: SearchIndex,
  type: SearchType,
  text: string,
): string[] | null {
  const wanted = [...new Set(tokenizeText(text).map((token) => token.word))];
  if (wanted.length === 0) return null;
  const ids: string[] = [];
  for (const document of index.documents.values()) {
    if (document.type !== type) continue;
    if (wanted.every((word) => wordsOf(index, document).has(word))) ids.push(document.id);
  }
  return ids.sort();
}

/**
 * The snippet of an item ranked elsewhere (Neo4j's full-text index): its own text with the
 * words that equal or start with a query word marked. Null for an item the index lacks.
 */
export function snippetForDocument(index: SearchIndex, id: string, query: string): string | null {
  const document = index.documents.get(id);
  if (document === undefined) return null;
  const words = listQueryWords(query);
  return buildSnippet(listPassages(document), (word) => words.some((q) => word.startsWith(q)));
}
