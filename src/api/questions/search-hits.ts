/**
 * The argument checks of `search` and the joining of ranked matches with their nodes. Pure.
 */
import type { SearchType } from '../../search/search-documents.js';
import type { RankedMatch, SearchQuery } from '../../search/search-index.js';
import { badUserInput } from '../errors.js';
import type { AnyNode } from '../nodes.js';

/** The longest `query` accepted: a question, not a document. */
export const maxSearchQueryLength = 500;

/** A hit as the SearchHit type resolves it. */
export interface SearchHitResult {
  item: AnyNode;
  node: AnyNode;
  type: SearchType;
  score: number;
  /** Cut from the item's text on first read. */
  readonly snippet: string | null;
}

/**
 * Checks the words of `search` and turns them, with its filters, into an index request (the page window, checked
 * by the connection, gives `offset` and `limit`). Throws BAD_USER_INPUT (HTTP 400) for a blank
 * or overlong query.
 */
export function toSearchRequest(args: {
  query: string;
  types?: readonly SearchType[] | null;
  forceIds?: readonly string[] | null;
  reportIds?: readonly string[] | null;
  themeIds?: readonly string[] | null;
}): SearchQuery {
  const { query, types } = args;
  if (query.trim() === '') badUserInput('`query` is empty: give at least one word to search for.');
  if (query.length > maxSearchQueryLength)
    badUserInput(
      `\`query\` may be at most ${maxSearchQueryLength} characters, got ${query.length}.`,
    );
  return {
    query,
    types: types == null ? null : [...new Set(types)],
    forceIds: args.forceIds ?? null,
    reportIds: args.reportIds ?? null,
    themeIds: args.themeIds ?? null,
  };
}

/**
 * Hits from ranked matches and the nodes loaded for them (same order); a match whose node
 * is gone (deleted since the index was built) is dropped. A hit's snippet is cut when the
 * field is read, so a query that does not select it never pays for it.
 */
export function attachNodes(
  matches: readonly RankedMatch[],
  nodes: readonly (AnyNode | null | Error)[],
): SearchHitResult[] {
  return matches.flatMap((match, i) => {
    const node = nodes[i];
    if (node == null || node instanceof Error) return [];
    let snippet: string | null | undefined;
    const hit: SearchHitResult = {
      item: node,
      node,
      type: match.type,
      score: match.score,
      get snippet() {
        return snippet === undefined ? (snippet = match.cutSnippet()) : snippet;
      },
    };
    return [hit];
  });
}
