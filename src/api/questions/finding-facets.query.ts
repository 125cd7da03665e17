import type { Queries } from '../../graph/queries.js';
import type { NamedQuery } from '../../graph/store.js';
import type { ApiContext } from '../context.js';
import type { ThemeNode, TopicNode } from '../nodes.js';

/** The three facet queries of the findings list, each taking the list's filter parameters. */
export interface FindingFacetQueries {
  readonly kinds: NamedQuery;
  readonly themes: NamedQuery;
  readonly topics: NamedQuery;
}

export function findingFacetQueries(queries: Queries): FindingFacetQueries {
  return {
    kinds: queries.findingsFacetKinds,
    themes: queries.findingsFacetThemes,
    topics: queries.findingsFacetTopics,
  };
}

/** `FindingFacets` as the resolvers return it: each count read only when selected, once. */
export interface LazyFindingFacets {
  readonly kinds: Promise<{ kind: string; count: number }[]>;
  readonly themes: Promise<{ theme: ThemeNode; count: number }[]>;
  readonly topics: Promise<{ topic: TopicNode; count: number }[]>;
}

/**
 * The facets of a filtered findings list: `readParams` gives the parameters of the list's
 * filter (the same as its page and count queries take), so the counts are over the whole
 * filtered list, never over one page.
 */
export function readFindingFacets(
  ctx: ApiContext,
  queries: FindingFacetQueries,
  readParams: () => Promise<Record<string, unknown>>,
): LazyFindingFacets {
  const counted = <K extends string, V>(query: NamedQuery, column: K) => {
    let rows: Promise<({ [key in K]: V } & { count: number })[]> | undefined;
    return () =>
      (rows ??= readParams()
        .then((params) => ctx.store.read(query, params))
        .then((found) =>
          found.map(
            (row) =>
              ({ [column]: row[column] as V, count: Number(row.total) }) as {
                [key in K]: V;
              } & { count: number },
          ),
        ));
  };
  const kinds = counted<'kind', string>(queries.kinds, 'kind');
  const themes = counted<'theme', ThemeNode>(queries.themes, 'theme');
  const topics = counted<'topic', TopicNode>(queries.topics, 'topic');
  return {
    get kinds() {
      return kinds();
    },
    get themes() {
      return themes();
    },
    get topics() {
      return topics();
    },
  };
}
