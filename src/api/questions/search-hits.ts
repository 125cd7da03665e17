/**
 * The argument checks of `search` and the joining of ranked matches with their nodes. Pure.
 */
import type { SearchType } from '../../search/search-documents.js';
import type { SearchMatch, SearchRequest } from '../../search/search-index.js';
import { badUserInput } from '../errors.js';
import type { AnyNode } from '../nodes.js';
import { maxPageSize } from '../pagination/page-window.js';

/** The longest `query` accepted: a question, not a document. */
export const maxSearchQueryLength = 500;

/** A hit as the SearchHit type resolves it. */
export interface SearchHitResult {
  node: AnyNode;
  type: SearchType;
  score: number;
  snippet: string | null;
}

/**
 * Checks the arguments of `search` and turns them into an index request. Throws
 * BAD_USER_INPUT (HTTP 400) for a blank or overlong query and for `first` outside 0 to 100.
 */
export function toSearchRequest(
  query: string,
  types: readonly SearchType[] | null | undefined,
  first: number,
): SearchRequest {
  if (query.trim() === '') badUserInput('`query` is empty: give at least one word to search for.');
  if (query.length > maxSearchQueryLength)
    badUserInput(
      `\`query\` may be at most ${maxSearchQueryLength} characters, got ${query.length}.`,
    );
  if (!Number.isInteger(first) || first < 0)
    badUserInput(`\`first\` must be a whole number from 0 to ${maxPageSize}, got ${first}.`);
  if (first > maxPageSize) badUserInput(`\`first\` may be at most ${maxPageSize}, got ${first}.`);
  return { query, types: types == null ? null : [...new Set(types)], limit: first };
}

/**
 * Hits from ranked matches and the nodes loaded for them (same order); a match whose node
 * is gone (deleted since the index was built) is dropped.
 */
export function attachNodes(
  matches: readonly SearchMatch[],
  nodes: readonly (AnyNode | null | Error)[],
): SearchHitResult[] {
  return matches.flatMap((match, i) => {
    const node = nodes[i];
    if (node == null || node instanceof Error) return [];
    return [{ node, type: match.type, score: match.score, snippet: match.snippet }];
  });
}
