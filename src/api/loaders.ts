import DataLoader from 'dataloader';
import type { NodeLabel } from '../domain/model.js';
import type { Queries } from '../graph/queries.js';
import { nodeLookupKey } from '../graph/query-names.js';
import type { GraphStore, NamedQuery, Row } from '../graph/store.js';
import type {
  AnyNode,
  EvidenceLink,
  FigureRow,
  FindingNode,
  FootnoteNode,
  ForceFactNode,
  ForceNode,
  InitiativeNode,
  ItemKey,
  JudgementNode,
  Linked,
  ParticipationLink,
  PartnerAgencyNode,
  PassageNode,
  RecommendationNode,
  ReportNode,
  SectionNode,
  SourceChunkNode,
  TermNode,
  ThemeNode,
  TopicNode,
  UnitNode,
} from './nodes.js';

/** Reads one value out of a result row. */
type Pick<T> = (row: Row) => T;

const column =
  <T>(name: string): Pick<T> =>
  (row) =>
    row[name] as T;

const linked =
  <T, L extends EvidenceLink = EvidenceLink>(
    nodeColumn: string,
    linkColumn: string,
  ): Pick<Linked<T, L>> =>
  (row) => ({ node: row[nodeColumn] as T, link: row[linkColumn] as L });

const toFigureRow: Pick<FigureRow> = (row) => ({
  figure: row.figure as FigureRow['figure'],
  themeId: (row.themeId as string | null) ?? null,
  forceId: (row.forceId as string | null) ?? null,
  publishedOn: (row.publishedOn as string | null) ?? null,
});
/** An item of a theme's list and the theme it is filed on (the theme itself or a sub-theme). */
export interface OnTheme<T> {
  item: T;
  themeId: string;
}

const onTheme =
  <T>(pickItem: Pick<T>): Pick<OnTheme<T>> =>
  (row) => ({ item: pickItem(row), themeId: row.onThemeId as string });

const toItemKey: Pick<ItemKey> = (row) => ({
  id: row.id as string,
  reportId: (row.reportId as string | null) ?? null,
  ...(row.kind !== undefined && { kind: row.kind as string | null }),
});

/** Splits rows into per-key lists, keeping row order within each key. */
export function groupRowsByKey<T>(
  rows: readonly Row[],
  pick: Pick<T>,
  keys: readonly string[],
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key as string)?.push(pick(row));
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A loader for "the node of `label` with this id": one generated lookup (`lookup/nodes/`) for
 * all ids requested in a tick, results in key order, null for an unknown id.
 */
function createByIdLoader<T extends { id: string }>(
  store: GraphStore,
  queries: Queries,
  label: NodeLabel,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await store.read(queries[nodeLookupKey(label)], { ids: [...ids] });
    const byId = new Map<string, T>();
    for (const row of rows) {
      const node = row.node as T;
      byId.set(node.id, node);
    }
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Labels the graph stores for the API's own use, never served as entities: `node(id:)` treats
 * their ids as unknown.
 */
const storageLabels: ReadonlySet<string> = new Set(['SourceChunk']);

/** A node id with the label it is known to have (a search hit's, say). */
export interface LabelledId {
  readonly id: string;
  readonly label: NodeLabel;
}

/**
 * A loader for nodes whose label the caller knows: one labelled lookup per label in the batch
 * (`lookup/nodes/`), null for an id that has no node of that label.
 */
function createLabelledNodeLoader(
  store: GraphStore,
  queries: Queries,
): DataLoader<LabelledId, AnyNode | null, string> {
  return new DataLoader(
    async (keys) => {
      const idsByLabel = new Map<NodeLabel, string[]>();
      for (const { id, label } of keys)
        idsByLabel.set(label, [...(idsByLabel.get(label) ?? []), id]);
      const byKey = new Map<string, AnyNode>();
      await Promise.all(
        [...idsByLabel].map(async ([label, ids]) => {
          const rows = await store.read(queries[nodeLookupKey(label)], { ids });
          for (const row of rows) {
            const node = row.node as AnyNode;
            byKey.set(`${label}\n${node.id}`, node);
          }
        }),
      );
      return keys.map(({ id, label }) => byKey.get(`${label}\n${id}`) ?? null);
    },
    { cacheKeyFn: ({ id, label }) => `${label}\n${id}` },
  );
}

/**
 * A loader for "the node with this id", whatever its label: one read finds the labels of all
 * ids requested in a tick, then each is read with its label's lookup (an unlabelled read of
 * whole nodes costs several times more: see `nodeLabelsQuery` in the generator). Null for an
 * unknown id and for a storage-only node.
 */
function createNodeByIdLoader(
  store: GraphStore,
  queries: Queries,
  byLabel: DataLoader<LabelledId, AnyNode | null, string>,
): DataLoader<string, AnyNode | null> {
  return new DataLoader(async (ids) => {
    const rows = await store.read(queries.nodeLabelsByIds, { ids: [...ids] });
    const labelOf = new Map(rows.map((row) => [row.id as string, row.label as NodeLabel]));
    return Promise.all(
      ids.map((id) => {
        const label = labelOf.get(id);
        return label === undefined || storageLabels.has(label) ? null : byLabel.load({ id, label });
      }),
    );
  });
}

/**
 * A loader for "what is related to this key": the query returns a `key` column and the
 * related values, in the order the field should list them; each key gets its rows (maybe none).
 */
function createByKeyLoader<T>(
  store: GraphStore,
  query: NamedQuery,
  pick: Pick<T>,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await store.read(query, { ids: [...keys] });
    return groupRowsByKey(rows, pick, keys);
  });
}

/** A single related node per key (e.g. the force of a report), null where there is none. */
function createOneByKeyLoader<T>(
  store: GraphStore,
  query: NamedQuery,
  pick: Pick<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await store.read(query, { ids: [...keys] });
    return groupRowsByKey(rows, pick, keys).map((list) => list[0] ?? null);
  });
}

/** A filter query and its parameters (the key of `itemIdsByFilter`). */
export interface FilterKey {
  query: NamedQuery;
  params: Record<string, unknown>;
}

/**
 * The ids of the items a filter query passes, once per distinct filter per request however
 * many entities list their items with that filter.
 */
function createIdsByFilterLoader(store: GraphStore): DataLoader<FilterKey, Set<string>, string> {
  return new DataLoader(
    (keys) =>
      Promise.all(
        keys.map(async ({ query, params }) => {
          const rows = await store.read(query, params);
          return new Set(rows.map((row) => row.id as string));
        }),
      ),
    { cacheKeyFn: ({ query, params }) => JSON.stringify([query.name, params]) },
  );
}

/**
 * The per-request loader set. Created once per GraphQL request, so their caches never
 * outlive a request and never serve one user's view to another.
 */
export function createLoaders(store: GraphStore, queries: Queries) {
  const byKey = <T>(query: NamedQuery, pick: Pick<T>) => createByKeyLoader(store, query, pick);
  const oneByKey = <T>(query: NamedQuery, pick: Pick<T>) =>
    createOneByKeyLoader(store, query, pick);
  const byId = <T extends { id: string }>(label: NodeLabel) =>
    createByIdLoader<T>(store, queries, label);
  const nodeByLabelledId = createLabelledNodeLoader(store, queries);
  return {
    nodeById: createNodeByIdLoader(store, queries, nodeByLabelledId),
    nodeByLabelledId,
    forceById: byId<ForceNode>('Force'),
    reportById: byId<ReportNode>('Report'),
    themeById: byId<ThemeNode>('Theme'),
    topicById: byId<TopicNode>('Topic'),
    sourceChunkById: byId<SourceChunkNode>('SourceChunk'),
    findingById: byId<FindingNode>('Finding'),
    recommendationById: byId<RecommendationNode>('Recommendation'),
    itemIdsByFilter: createIdsByFilterLoader(store),
    forceByReportId: oneByKey(queries.forcesByReportIds, column<ForceNode>('force')),
    forceByJudgementId: oneByKey(queries.forcesByJudgementIds, column<ForceNode>('force')),
    reportByJudgementId: oneByKey(queries.reportsByJudgementIds, column<ReportNode>('report')),
    themeByJudgementId: oneByKey(queries.themesByJudgementIds, column<ThemeNode>('theme')),
    themeByItemId: oneByKey(queries.themesByItemIds, column<ThemeNode>('theme')),
    reportsByForceId: byKey(queries.reportsByForceIds, column<ReportNode>('report')),
    childThemesByThemeId: byKey(queries.themesByParentIds, column<ThemeNode>('theme')),
    judgementsByReportId: byKey(queries.judgementsByReportIds, column<JudgementNode>('judgement')),
    judgementsByForceId: byKey(queries.judgementsByForceIds, column<JudgementNode>('judgement')),
    judgementsByThemeId: byKey(
      queries.judgementsByThemeIds,
      onTheme(column<JudgementNode>('judgement')),
    ),
    previousJudgementByJudgementId: oneByKey(
      queries.previousJudgementsByJudgementIds,
      column<JudgementNode>('judgement'),
    ),
    findingKeysByReportId: byKey(queries.findingKeysByReportIds, toItemKey),
    recommendationKeysByReportId: byKey(queries.recommendationKeysByReportIds, toItemKey),
    developingPracticeByReportId: byKey(
      queries.developingPracticeByReportIds,
      column<InitiativeNode>('initiative'),
    ),
    termsByReportId: byKey(queries.termsByReportIds, column<TermNode>('term')),
    factsByForceId: byKey(queries.factsByForceIds, column<ForceFactNode>('fact')),
    factsByReportId: byKey(queries.factsByReportIds, column<ForceFactNode>('fact')),
    similarForcesByForceId: byKey(
      queries.similarForcesByForceIds,
      linked<ForceNode>('force', 'link'),
    ),
    topicsByItemId: byKey(
      queries.topicsByItemIds,
      linked<string, EvidenceLink & { cue?: string | null; matched?: string | null }>(
        'topicId',
        'tag',
      ),
    ),
    mentionsByItemId: byKey(queries.mentionsByItemIds, linked<string>('entityId', 'mention')),
    addressedFindingsByRecommendationId: byKey(
      queries.addressedFindingsByRecommendationIds,
      linked<FindingNode>('finding', 'link'),
    ),
    recommendationsByFindingId: byKey(
      queries.recommendationsByFindingIds,
      column<RecommendationNode>('recommendation'),
    ),
    partnersByInitiativeId: byKey(
      queries.partnersByInitiativeIds,
      linked<PartnerAgencyNode, ParticipationLink>('partner', 'link'),
    ),
    initiativesByPartnerId: byKey(
      queries.initiativesByPartnerIds,
      linked<InitiativeNode, ParticipationLink>('initiative', 'link'),
    ),
    runnersByInitiativeId: byKey(
      queries.runnersByInitiativeIds,
      linked<ForceNode>('force', 'link'),
    ),
    forcesByUnitId: byKey(queries.forcesByUnitIds, linked<ForceNode>('force', 'link')),
    unitsByForceId: byKey(queries.unitsByForceIds, column<UnitNode>('unit')),
    findingKeysByForceId: byKey(queries.findingKeysByForceIds, toItemKey),
    recommendationKeysByForceId: byKey(queries.recommendationKeysByForceIds, toItemKey),
    initiativesByForceId: byKey(
      queries.initiativesByForceIds,
      column<InitiativeNode>('initiative'),
    ),
    findingKeysByThemeId: byKey(queries.findingKeysByThemeIds, onTheme(toItemKey)),
    recommendationKeysByThemeId: byKey(queries.recommendationKeysByThemeIds, onTheme(toItemKey)),
    findingKeysByTopicId: byKey(queries.findingKeysByTopicIds, toItemKey),
    recommendationKeysByTopicId: byKey(queries.recommendationKeysByTopicIds, toItemKey),
    mentionedByEntityId: byKey(queries.mentionedByEntityIds, linked<string>('itemId', 'mention')),
    reportsByTermId: byKey(queries.reportsByTermIds, linked<ReportNode>('report', 'link')),
    timelineByForceId: byKey(queries.timelineByForceIds, column<JudgementNode>('judgement')),
    figuresByForceId: byKey(queries.figuresByForceIds, toFigureRow),
    figuresByReportId: byKey(queries.figuresByReportIds, toFigureRow),
    figuresByItemId: byKey(queries.figuresByItemIds, toFigureRow),
    statedInByFigureId: oneByKey(queries.statedInByFigureIds, column<string>('itemId')),
    sectionById: byId<SectionNode>('Section'),
    passageById: byId<PassageNode>('Passage'),
    footnoteById: byId<FootnoteNode>('Footnote'),
    sectionsByReportId: byKey(queries.sectionsByReportIds, column<SectionNode>('section')),
    sectionsByParentId: byKey(queries.sectionsByParentIds, column<SectionNode>('section')),
    sectionByItemId: oneByKey(queries.sectionsByItemIds, column<SectionNode>('section')),
    passageIdsByReportId: byKey(queries.passageIdsByReportIds, column<string>('passageId')),
    passageIdsBySectionId: byKey(queries.passageIdsBySectionIds, column<string>('passageId')),
    findingsBySectionId: byKey(queries.findingsBySectionIds, column<FindingNode>('finding')),
    recommendationsBySectionId: byKey(
      queries.recommendationsBySectionIds,
      column<RecommendationNode>('recommendation'),
    ),
    footnotesByItemId: byKey(queries.footnotesByItemIds, column<FootnoteNode>('footnote')),
    footnotesByReportId: byKey(queries.footnotesByReportIds, column<FootnoteNode>('footnote')),
    citingItemIdByFootnoteId: oneByKey(queries.citingItemsByFootnoteIds, column<string>('itemId')),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
