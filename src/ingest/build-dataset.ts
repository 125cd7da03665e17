import {
  compareNodes,
  compareRelationships,
  compareText,
  relationshipIdentity,
  type DatasetNode,
  type DatasetRelationship,
  type GraphDataset,
  type Properties,
  type PropertyValue,
} from '../domain/dataset.js';
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type RelationshipType,
} from '../domain/model.js';
import { buildPracticeGraph } from './dataset/practice.js';
import { buildFindingGraph } from './dataset/findings.js';
import { buildForceFactGraph } from './dataset/facts.js';
import { buildFigureGraph } from './dataset/figures.js';
import { buildEarlierJudgementGraph } from './dataset/earlier-judgements.js';
import { mergeFragments, type GraphFragment } from './dataset/graph-fragment.js';
import { buildGlossaryGraph } from './dataset/glossary.js';
import { buildOrganisationLinks } from './dataset/organisation-links.js';
import { buildEntityGraph } from './dataset/links.js';
import { createInitiativeNamer } from './link/name-initiative.js';
import { buildPassageGraph } from './dataset/passages.js';
import { buildSectionGraph } from './dataset/sections.js';
import { buildSourceTextGraph } from './dataset/source-text.js';
import { readFrameworkYear } from '../domain/frameworks.js';
import { formatJudgementId, identifyItems } from './dataset/ids.js';
import type { ParsedJudgement, ParsedReport } from './report.types.js';
import { computeThemeOrdinal, getThemeById, listThemeAncestors } from './vocabulary/lookup.js';
import type { ThemeEntry, Vocabulary } from './vocabulary/vocabulary.types.js';

/**
 * Turns parsed reports into one GraphDataset: Force, Report, Theme and Judgement nodes joined
 * by INSPECTS, MADE, OF_FORCE, ON_THEME, SUBTHEME_OF and CONTINUES. Pure and deterministic: nodes sorted
 * by label then id, relationships by type then endpoints, every property the model declares
 * present (null where unknown), in the model's order, so the same reports always serialise to
 * the same bytes. Forces appear only when a report inspects them; themes only when judged, with
 * their ancestors and the earlier themes they continue.
 *
 * Ids are minted once, from the parsed items, in `dataset/ids.ts`; the item builders and the
 * entity linker all read them from there.
 */
export function buildDataset(
  reports: readonly ParsedReport[],
  vocabulary: Vocabulary,
): GraphDataset {
  checkUniqueReports(reports);
  const nodes = new Map<string, DatasetNode>();
  const relationships: DatasetRelationship[] = [];
  const addNode = (
    label: NodeLabel,
    id: string,
    values: Record<string, PropertyValue | undefined>,
  ): void => {
    const key = `${label} ${id}`;
    const node = { label, id, properties: pickProperties(nodeLabels[label], values) };
    // Reports may describe a shared entity differently: keep the fullest description (an
    // initiative one report presents as developing practice over another's bare mention), the
    // smallest JSON among equals, whatever the report order.
    const kept = nodes.get(key);
    if (!kept || compareFullness(node, kept) < 0) nodes.set(key, node);
  };
  const link = (
    type: RelationshipType,
    fromLabel: NodeLabel,
    from: string,
    toLabel: NodeLabel,
    to: string,
    values: Record<string, PropertyValue | undefined> = {},
  ): void => {
    relationships.push({
      type,
      fromLabel,
      from,
      toLabel,
      to,
      properties: pickProperties(relationshipTypes[type].properties, values),
    });
  };
  const addThemeChain = (themeId: string): void => {
    for (const theme of listThemeChain(vocabulary, themeId)) {
      addNode('Theme', theme.id, toThemeValues(vocabulary, theme));
      if (theme.parent !== null) link('SUBTHEME_OF', 'Theme', theme.id, 'Theme', theme.parent);
      // The earlier themes come with the later one, so the link never waits for a report on
      // the earlier theme (which may be ingested before, after, or never).
      for (const { theme: earlier, basis } of theme.continues) {
        addThemeChain(earlier);
        link('CONTINUES', 'Theme', theme.id, 'Theme', earlier, { basis });
      }
    }
  };
  const addFragment = (fragment: GraphFragment): void => {
    for (const n of fragment.nodes) addNode(n.label, n.id, n.values);
    for (const r of fragment.relationships)
      link(r.type, r.fromLabel, r.from, r.toLabel, r.to, r.values);
    for (const themeId of fragment.themeIds) addThemeChain(themeId);
  };
  for (const report of reports) {
    const { metadata } = report;
    const force = vocabulary.forces.find((f) => f.id === metadata.forceId);
    if (!force)
      throw new Error(
        `${metadata.sourceFile}: force '${metadata.forceId}' is not in the vocabulary`,
      );
    addNode('Force', force.id, {
      name: force.name,
      shortName: force.shortName,
      aliases: [...force.aliases],
    });
    addNode('Report', report.id, { ...metadata });
    link('INSPECTS', 'Report', report.id, 'Force', force.id);
    for (const judgement of report.judgements) {
      const id = formatJudgementId(report.id, judgement.themeId);
      addNode('Judgement', id, toJudgementValues(report, judgement));
      link('MADE', 'Report', report.id, 'Judgement', id);
      link('OF_FORCE', 'Judgement', id, 'Force', force.id);
      link('ON_THEME', 'Judgement', id, 'Theme', judgement.themeId);
      addThemeChain(judgement.themeId);
    }
    const items = identifyItems(report, createInitiativeNamer(vocabulary, force.id));
    addFragment(
      mergeFragments([
        buildFindingGraph(report, items, force.id),
        buildPracticeGraph(report, items, force.id),
        buildForceFactGraph(report, force.id, vocabulary),
        buildFigureGraph(report.id, items, force.id),
        buildEarlierJudgementGraph(report, force.id),
        buildEntityGraph(report, vocabulary, items),
        buildSectionGraph(report, items),
        buildPassageGraph(report, items),
        buildSourceTextGraph(report),
      ]),
    );
  }
  addFragment(buildGlossaryGraph(reports));
  for (const r of buildOrganisationLinks(new Set(nodes.keys()), vocabulary))
    link(r.type, r.fromLabel, r.from, r.toLabel, r.to, r.values);
  return {
    nodes: [...nodes.values()].sort(compareNodes),
    relationships: dedupe(relationships).sort(compareRelationships),
  };
}

function checkUniqueReports(reports: readonly ParsedReport[]): void {
  const seen = new Map<string, string>();
  for (const report of reports) {
    const other = seen.get(report.id);
    if (other !== undefined)
      throw new Error(`${report.metadata.sourceFile} and ${other} are both report '${report.id}'`);
    seen.set(report.id, report.metadata.sourceFile);
  }
}

/** The theme and its ancestors; an unknown id is a parser bug, not a data problem. */
function listThemeChain(vocabulary: Vocabulary, themeId: string): ThemeEntry[] {
  const theme = getThemeById(vocabulary, themeId);
  if (!theme) throw new Error(`theme '${themeId}' is not in the vocabulary`);
  return [theme, ...listThemeAncestors(vocabulary, theme)];
}

function toThemeValues(
  vocabulary: Vocabulary,
  theme: ThemeEntry,
): Record<string, PropertyValue | undefined> {
  return {
    name: theme.name,
    framework: theme.framework,
    parentId: theme.parent,
    ordinal: computeThemeOrdinal(vocabulary, theme),
    question: theme.question,
  };
}

function toJudgementValues(
  report: ParsedReport,
  j: ParsedJudgement,
): Record<string, PropertyValue | undefined> {
  return {
    grade: j.grade,
    scale: j.scale,
    rank: j.rank,
    distributionGrades: [...j.distributionGrades],
    distributionCounts: [...j.distributionCounts],
    stated: 'THIS_REPORT',
    year: readFrameworkYear(report.metadata.framework, report.metadata.publishedOn),
    framework: report.metadata.frameworkFamily,
    assessment: null,
    reportId: report.id,
    ...j.provenance,
  };
}

/** Exactly the declared properties, in declared order; anything undeclared is dropped, anything missing is null. */
function pickProperties(
  spec: Readonly<Record<string, string>>,
  values: Record<string, PropertyValue | undefined>,
): Properties {
  const out: Properties = {};
  for (const key of Object.keys(spec)) out[key] = values[key] ?? null;
  return out;
}

/** Negative when `a` describes its node more fully than `b`: more known properties, then smaller JSON. */
function compareFullness(a: DatasetNode, b: DatasetNode): number {
  const known = (n: DatasetNode): number =>
    Object.values(n.properties).filter((v) => v !== null).length;
  return known(b) - known(a) || compareText(serialise(a), serialise(b));
}

function serialise(item: DatasetNode | DatasetRelationship): string {
  return JSON.stringify(item.properties);
}

function dedupe(relationships: readonly DatasetRelationship[]): DatasetRelationship[] {
  const byKey = new Map<string, DatasetRelationship>();
  for (const r of relationships) {
    // Reports may state one link (PARTICIPATES_IN, PART_OF) alike: keep one, in any report order.
    const kept = byKey.get(relationshipIdentity(r));
    if (!kept || compareText(serialise(r), serialise(kept)) < 0)
      byKey.set(relationshipIdentity(r), r);
  }
  return [...byKey.values()];
}
