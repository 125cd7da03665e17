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
  const counted = <K extends string, V>(query: NamedQuery, column: K) =>
    once(async () => {
      const found = await ctx.store.read(query, await readParams());
      return found.map(
        (row) =>
          ({ [column]: row[column] as V, count: Number(row.total) }) as {
            [key in K]: V;
          } & { count: number },
      );
    });
  const kinds = counted<'kind', string>(queries.kinds, 'kind');
  const themes = counted<'theme', ThemeNode>(queries.themes, 'theme');
  const topics = counted<'topic', TopicNode>(queries.topics, 'topic');
  return lazyFacets(kinds, themes, topics);
}

/** A finding of a list already in memory: its id and kind. */
interface ListedFinding {
  readonly id: string;
  readonly kind?: string | null;
}

/**
 * The facets of a nested list, counted over the findings it kept (`items`, every page): kinds
 * from the items themselves, themes and topics through the per-request loaders of each item's
 * theme and tags, so that the facets of every parent of a level are one batched read per facet
 * (two for topics: the tags, then their topics), however many parents there are. Same counts
 * and order as the root facet queries: most findings first, then by id (kind name).
 */
export function countListedFindingFacets(
  ctx: ApiContext,
  items: readonly ListedFinding[],
): LazyFindingFacets {
  const ids = items.map((item) => item.id);
  const kinds = once(async () =>
    countBy(
      items.flatMap((item) => (item.kind ? [item.kind] : [])),
      (kind) => kind,
    ).map(([kind, count]) => ({ kind, count })),
  );
  const themes = once(async () => {
    const found = await ctx.loaders.themeByItemId.loadMany(ids);
    const themesOf = found.filter((theme): theme is ThemeNode => isNode(theme));
    return countBy(themesOf, (theme) => theme.id).map(([theme, count]) => ({ theme, count }));
  });
  const topics = once(async () => {
    const tags = await ctx.loaders.topicsByItemId.loadMany(ids);
    const topicIds = tags.flatMap((itemTags) =>
      itemTags instanceof Error ? [] : [...new Set(itemTags.map((tag) => tag.node))],
    );
    const found = await ctx.loaders.topicById.loadMany(topicIds);
    const topicsOf = found.filter((topic): topic is TopicNode => isNode(topic));
    return countBy(topicsOf, (topic) => topic.id).map(([topic, count]) => ({ topic, count }));
  });
  return lazyFacets(kinds, themes, topics);
}

/** Facets whose counts are each read when first selected (`read...` run at most once). */
function lazyFacets(
  kinds: () => LazyFindingFacets['kinds'],
  themes: () => LazyFindingFacets['themes'],
  topics: () => LazyFindingFacets['topics'],
): LazyFindingFacets {
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

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= read());
}

function isNode<T>(value: T | Error | null | undefined): value is T {
  return value != null && !(value instanceof Error);
}

/** Each distinct value (by `keyOf`) with how many times it occurs: most first, then by key. */
function countBy<T>(values: readonly T[], keyOf: (value: T) => string): [T, number][] {
  const counts = new Map<string, [T, number]>();
  for (const value of values) {
    const key = keyOf(value);
    const entry = counts.get(key);
    if (entry) entry[1] += 1;
    else counts.set(key, [value, 1]);
  }
  return [...counts.values()].sort(
    ([a, m], [b, n]) => n - m || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0),
  );
}
