/**
 * The in-process search index: ranked full-text search over findings, recommendations,
 * initiatives, partner agencies and units with MiniSearch (BM25+), built from documents read
 * out of the graph. Pure: documents in, an index out; a query in, ranked matches out. Both
 * engines feed it the same documents in the same order, so they rank identically.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';

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
  /**
   * The words that count (stop words out) of each passage and alternate name of a document,
   * in order, for the phrase checks; filled on first use, so a phrase search tokenises a
   * document's text once rather than on every search that matches it.
   */
  readonly phraseWords: Map<string, readonly (readonly string[])[]>;
}

export interface SearchRequest {
  /** What the user typed; only its words count (see `search-text.ts`); "quoted words" must stand together. */
  readonly query: string;
  /** The types to return; null for all. */
  readonly types: readonly SearchType[] | null;
  /** The most matches to return. */
  readonly limit: number;
  /** How many of the best matches to skip first (a later page); 0 when not given. */
  readonly offset?: number;
  /** Only items of these forces', reports' or themes' (with sub-themes) text; null for all. */
  readonly forceIds?: readonly string[] | null;
  readonly reportIds?: readonly string[] | null;
  readonly themeIds?: readonly string[] | null;
}

/** What to match, without the page: what `count` takes. */
export type SearchQuery = Omit<SearchRequest, 'limit' | 'offset'>;

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
const boosts = { name: 3, acronym: 3, aliases: 2, body: 1, alternates: 1 } as const;

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
    case 'alternates':
      return document.alternates.map((a) => a.name).join('\n');
  }
  return '';
}

function processTerm(term: string): string | null {
  const word = normaliseWord(term);
  return isStopWord(word) ? null : word;
}

const engineOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: Object.keys(boosts),
  extractField,
  tokenize: splitWords,
  processTerm,
};

/** A built index as plain data (JSON-safe), which `restoreSearchIndex` turns back into one. */
export interface SavedSearchIndex {
  readonly documents: readonly SearchDocument[];
  readonly engine: AsPlainObject;
}

export function saveSearchIndex(index: SearchIndex): SavedSearchIndex {
  return { documents: [...index.documents.values()], engine: index.engine.toJSON() };
}

/**
 * The index `saveSearchIndex` saved, without tokenising any text again. The caller makes sure
 * it was saved by this version of the code (see `persisted-index.ts`).
 */
export function restoreSearchIndex(saved: SavedSearchIndex): SearchIndex {
  const engine = MiniSearch.loadJS<SearchDocument>(saved.engine, engineOptions);
  const byId = new Map(saved.documents.map((document) => [document.id, document]));
  return { size: byId.size, engine, documents: byId, words: new Map(), phraseWords: new Map() };
}

/**
 * Builds the index. Documents with an id already seen are skipped (ids are unique across
 * labels in the graph, so this only guards against a broken graph).
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<SearchDocument>(engineOptions);
  const byId = new Map<string, SearchDocument>();
  for (const document of documents) if (!byId.has(document.id)) byId.set(document.id, document);
  engine.addAll([...byId.values()]);
  return { size: byId.size, engine, documents: byId, words: new Map(), phraseWords: new Map() };
}

/**
 * Prefix matching from three letters (`safeguard` finds `safeguarding`), and a typo allowed in
 * words of six letters or more; short words such as acronyms must match exactly, since one
 * changed letter makes another acronym.
 */
const prefix = (term: string): boolean => term.length >= 3;
const fuzzy = (term: string): number | false => (term.length >= 6 ? 0.15 : false);

/** Whether a document passes the request's type, force, report and theme filters. */
function createFilter(index: SearchIndex, request: SearchQuery) {
  const types = request.types == null ? null : new Set(request.types);
  const lists = [
    [request.forceIds, (d: SearchDocument) => d.forceIds],
    [request.reportIds, (d: SearchDocument) => d.reportIds],
    [request.themeIds, (d: SearchDocument) => d.themeIds],
  ] as const;
  const wanted = lists.flatMap(([ids, of]) => (ids == null ? [] : [{ ids: new Set(ids), of }]));
  if (types === null && wanted.length === 0) return undefined;
  return (result: { id: string }): boolean => {
    const document = index.documents.get(result.id)!;
    if (types !== null && !types.has(document.type)) return false;
    return wanted.every(({ ids, of }) => of(document).some((id) => ids.has(id)));
  };
}

function runQuery(
  index: SearchIndex,
  words: readonly string[],
  request: SearchQuery,
  combineWith: 'AND' | 'OR',
) {
  return index.engine.search(words.join(' '), {
    combineWith,
    prefix,
    fuzzy,
    boost: { ...boosts },
    filter: createFilter(index, request),
  });
}

function cutSnippet(index: SearchIndex, result: SearchResult): string | null {
  const document = index.documents.get(result.id)!;
  const matched = new Set(result.terms);
  // A match on an alternate name marks the words the text prints for it (`MIB`).
  for (const { name, printed } of document.alternates)
    if (tokenizeText(name).some((t) => matched.has(t.word)))
      for (const t of tokenizeText(printed)) matched.add(t.word);
  return buildSnippet(listPassages(document), (word) => matched.has(word));
}

/**
 * How much more an item scores when the query's words stand together in its text, in the
 * query's order (stop words between them allowed): BM25 alone ignores word order, so
 * "succession planning" would rank "succession ... planning" as high as the phrase itself.
 */
const phraseBoost = 1.5;

/**
 * True when a passage of the document (or an alternate name) holds the words one after
 * another (ignoring stop words).
 */
function holdsPhrase(
  index: SearchIndex,
  document: SearchDocument,
  words: readonly string[],
): boolean {
  return phraseWordsOf(index, document).some((tokens) => {
    for (let i = 0; i + words.length <= tokens.length; i += 1)
      if (words.every((word, k) => tokens[i + k] === word)) return true;
    return false;
  });
}

function phraseWordsOf(
  index: SearchIndex,
  document: SearchDocument,
): readonly (readonly string[])[] {
  let lists = index.phraseWords.get(document.id);
  if (lists === undefined) {
    lists = [...listPassages(document), ...document.alternates.map((a) => a.name)].map((passage) =>
      tokenizeText(passage)
        .map((token) => token.word)
        .filter((word) => !isStopWord(word)),
    );
    index.phraseWords.set(document.id, lists);
  }
  return lists;
}

/**
 * A query of this many words may match items holding all but one of them when none holds
 * them all; a shorter query matches only items holding every word, so that "Operation
 * Nimrod" finds nothing rather than every operation.
 */
export const minWordsForAnyMatch = 3;

/** The "quoted" parts of a query, as lists of the words that count. */
function listQuotedPhrases(query: string): string[][] {
  return [...query.matchAll(/["“”]([^"“”]+)["“”]/g)]
    .map((m) => listQueryWords(m[1]!))
    .filter((words) => words.length > 1);
}

/**
 * Whether an item holds every "quoted" phrase of the query, words together and in order (in
 * its text or an alternate name); undefined when the query quotes no phrase.
 */
export function createPhraseFilter(
  index: SearchIndex,
  query: string,
): ((id: string) => boolean) | undefined {
  const phrases = listQuotedPhrases(query);
  if (phrases.length === 0) return undefined;
  return (id) => {
    const document = index.documents.get(id);
    return (
      document !== undefined && phrases.every((phrase) => holdsPhrase(index, document, phrase))
    );
  };
}

/**
 * Ranked matches for a request: items holding every word of the query (each word may also
 * match as a prefix or, from six letters, with one typo; an acronym also matches its
 * expansion and the other way round, see `acronyms.ts`) by BM25+ score, times
 * {@link phraseBoost} where the words stand together, best first and by id among equal
 * scores. Words in "double quotes" must stand together, in order. When no item holds every
 * word of a query of three words or more, items holding all but one of them; otherwise
 * nothing rather than loosely related items. A query with no words that count (only
 * punctuation or stop words) matches nothing.
 */
export function searchIndex(index: SearchIndex, request: SearchRequest): SearchMatch[] {
  if (request.limit <= 0) return [];
  const offset = request.offset ?? 0;
  return cutSnippets(rankSearchMatches(index, request).slice(offset, offset + request.limit));
}

/** Matches with their snippets cut. */
export function cutSnippets(ranked: readonly RankedMatch[]): SearchMatch[] {
  return ranked.map(({ id, type, score, cutSnippet }) => ({
    id,
    type,
    score,
    snippet: cutSnippet(),
  }));
}

/** A ranked match whose snippet is cut only when asked: only the page returned needs one. */
export interface RankedMatch extends Omit<SearchMatch, 'snippet'> {
  readonly cutSnippet: () => string | null;
}

/**
 * Every match of one query, ranked once: the total is known at once, and any page of it is
 * taken from the same ranking (a backend that ranks with a store read reads once, for the
 * first page asked).
 */
export interface RankedSearch {
  readonly total: number;
  /** The matches from `offset`, at most `limit` of them, best first. */
  page(offset: number, limit: number): Promise<readonly RankedMatch[]>;
}

/**
 * Every item the request matches, best first. Another ranker (Neo4j's full-text index) may
 * reorder this list, never add to it or take from it, so both backends answer alike.
 */
export function rankSearchMatches(index: SearchIndex, request: SearchQuery): RankedMatch[] {
  const words = listQueryWords(request.query);
  if (words.length === 0) return [];
  let results = runQuery(index, words, request, 'AND');
  if (results.length === 0 && words.length >= minWordsForAnyMatch)
    results = runQuery(index, words, request, 'OR').filter(
      (result) => result.queryTerms.length >= words.length - 1,
    );
  const phrases = createPhraseFilter(index, request.query);
  if (phrases) results = results.filter((result) => phrases(result.id));
  const scored = results.map((result) => {
    const phrase = words.length > 1 && holdsPhrase(index, index.documents.get(result.id)!, words);
    return { result, score: phrase ? result.score * phraseBoost : result.score };
  });
  return scored
    .sort(
      (a, b) =>
        b.score - a.score || (a.result.id < b.result.id ? -1 : a.result.id > b.result.id ? 1 : 0),
    )
    .map(({ result, score }) => ({
      id: result.id,
      type: index.documents.get(result.id)!.type,
      score,
      cutSnippet: () => cutSnippet(index, result),
    }));
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
