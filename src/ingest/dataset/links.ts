import type { PropertyValue } from '../../domain/dataset.js';
import type { EntityRecord, LinkableItem, LinkEvidence, TopicEntry } from '../link/link.types.js';
import type { AcronymDefinition } from '../link/acronyms.js';
import type { GraphFragment, GraphNodeDraft, GraphRelationshipDraft } from './graph-fragment.js';
import { linkReportEntities } from '../link/link-report.js';
import { formatTopicId, type IdentifiedItems } from './ids.js';
import type { ParsedReport, Provenance } from '../report.types.js';
import { buildTopicIndex, listNamedSpans, tagItems, type TopicIndex } from '../link/topics.js';
import type { Vocabulary } from '../vocabulary/vocabulary.types.js';

/**
 * The entity and topic part of a report's graph: PartnerAgency, Unit, Initiative, Force and
 * Topic nodes, and MENTIONS, PARTICIPATES_IN, PART_OF and TAGGED (each with its evidence).
 * It links the report's findings, recommendations, developing practice and passages under the
 * ids `ids.ts` minted for their nodes.
 *
 * Ids: `partner/<slug>`, `unit/<force id>/<slug>`, `initiative/<slug>`, `topic/<topic id>`; a
 * force keeps its own id. Entity nodes are shared by every report that names them.
 */
export function buildEntityGraph(
  report: ParsedReport,
  vocabulary: Vocabulary,
  identified: IdentifiedItems,
): GraphFragment {
  const items = listLinkableItems(identified);
  const links = linkReportEntities({
    reportId: report.id,
    forceId: report.metadata.forceId,
    vocabulary,
    items,
    paragraphs: report.paragraphs,
    glossary: listGlossaryDefinitions(report.glossary),
  });
  const tags = tagItems(items, getTopicIndex(vocabulary), report.id, (text) =>
    listNamedSpans(text, links.gazetteer),
  );
  const nodes: GraphNodeDraft[] = links.entities.map((e) => toEntityNode(e, vocabulary));
  const topics = new Map((vocabulary.topics ?? []).map((t) => [t.id, t]));
  for (const topicId of new Set(tags.map((t) => t.topicId)))
    nodes.push(toTopicNode(topics.get(topicId)!));
  const relationships: GraphRelationshipDraft[] = [
    ...links.mentions.map((m) =>
      relate('MENTIONS', [m.itemLabel, m.itemId], [m.entityLabel, m.entityId], m.evidence),
    ),
    ...links.participations.map((p) =>
      relate(
        'PARTICIPATES_IN',
        ['PartnerAgency', p.partnerId],
        ['Initiative', p.initiativeId],
        p.evidence,
        { role: p.role, scope: p.scope },
      ),
    ),
    ...links.partOf.map((p) =>
      relate('PART_OF', ['Unit', p.unitId], ['Force', p.forceId], p.evidence),
    ),
    ...tags.map((t) =>
      relate('TAGGED', [t.itemLabel, t.itemId], ['Topic', formatTopicId(t.topicId)], t.evidence, {
        cue: t.cue,
        matched: t.matched,
      }),
    ),
  ];
  return { nodes, relationships, themeIds: [] };
}

/**
 * Findings, recommendations, initiatives, passages and footnotes as linkable text, in that
 * order: an initiative (developing practice) reads as its title, problem, solution and
 * outcome. Items without text are left out.
 */
export function listLinkableItems(items: IdentifiedItems): LinkableItem[] {
  const out: LinkableItem[] = [];
  const add = (
    label: LinkableItem['label'],
    id: string,
    parts: readonly (string | null)[],
    provenance: Provenance,
  ): void => {
    const text = parts.filter((p): p is string => p !== null && p !== '').join('\n');
    if (text === '') return;
    const { section, lineStart, lineEnd } = provenance;
    out.push({ label, id, text, section, lineStart, lineEnd });
  };
  for (const { id, item } of items.findings) add('Finding', id, [item.text], item.provenance);
  for (const { id, item } of items.recommendations)
    add('Recommendation', id, [item.text], item.provenance);
  for (const { id, item } of items.practice)
    add('Initiative', id, [item.title, item.problem, item.solution, item.outcome], item.provenance);
  for (const { id, item } of items.passages) add('Passage', id, [item.text], item.provenance);
  for (const { id, item } of items.footnotes) add('Footnote', id, [item.text], item.provenance);
  return out;
}

/** The report's glossary as acronym definitions, every expansion of an acronym in order. */
function listGlossaryDefinitions(
  glossary: ReadonlyMap<string, readonly string[]>,
): AcronymDefinition[] {
  return [...glossary].flatMap(([acronym, expansions]) =>
    expansions.map((expansion) => ({ acronym, expansion })),
  );
}

const topicIndexes = new WeakMap<Vocabulary, TopicIndex>();

function getTopicIndex(vocabulary: Vocabulary): TopicIndex {
  let index = topicIndexes.get(vocabulary);
  if (!index) {
    index = buildTopicIndex(vocabulary.topics ?? []);
    topicIndexes.set(vocabulary, index);
  }
  return index;
}

function toEntityNode(entity: EntityRecord, vocabulary: Vocabulary): GraphNodeDraft {
  const common = {
    name: entity.name,
    acronym: entity.acronym,
    curated: entity.curated,
  };
  switch (entity.label) {
    case 'PartnerAgency':
      return {
        label: entity.label,
        id: entity.id,
        values: {
          ...common,
          aliases: [...entity.aliases],
          sector: entity.kind,
          kind: entity.category,
        },
      };
    case 'Body':
      return {
        label: entity.label,
        id: entity.id,
        values: {
          ...common,
          aliases: [...entity.aliases],
          role: entity.role,
          sector: entity.kind,
          kind: entity.category,
        },
      };
    case 'Unit':
      return {
        label: entity.label,
        id: entity.id,
        values: { ...common, kind: entity.kind, forceId: entity.forceId },
      };
    case 'Initiative':
      return {
        label: entity.label,
        id: entity.id,
        values: { ...common, kind: entity.kind, description: entity.description },
      };
    case 'Force': {
      const force = vocabulary.forces.find((f) => f.id === entity.id);
      return {
        label: 'Force',
        id: entity.id,
        values: {
          name: force?.name ?? entity.name,
          shortName: force?.shortName ?? null,
          aliases: [...(force?.aliases ?? entity.aliases)],
        },
      };
    }
  }
}

function toTopicNode(topic: TopicEntry): GraphNodeDraft {
  return {
    label: 'Topic',
    id: formatTopicId(topic.id),
    values: { name: topic.name, description: topic.description },
  };
}

function relate(
  type: GraphRelationshipDraft['type'],
  from: readonly [GraphRelationshipDraft['fromLabel'], string],
  to: readonly [GraphRelationshipDraft['toLabel'], string],
  evidence: LinkEvidence,
  extra: Record<string, PropertyValue | undefined> = {},
): GraphRelationshipDraft {
  return {
    type,
    fromLabel: from[0],
    from: from[1],
    toLabel: to[0],
    to: to[1],
    values: { ...extra, ...evidence },
  };
}
