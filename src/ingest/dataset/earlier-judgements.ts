import { toEvidenceValues } from './evidence-values.js';
import type { GraphFragment, GraphNodeDraft, GraphRelationshipDraft } from './graph-fragment.js';
import { formatEarlierJudgementId } from './ids.js';
import type { ParsedReport } from '../report.types.js';

/**
 * The grades a report states earlier inspections gave: a Judgement each, `stated: EARLIER`
 * with the earlier inspection's year and name, that the report STATES (not MADE, so every
 * question about the grades reports give stays about their own), OF_FORCE the report's force
 * and ON_THEME the theme, with the sentence as evidence.
 */
export function buildEarlierJudgementGraph(report: ParsedReport, forceId: string): GraphFragment {
  const nodes: GraphNodeDraft[] = [];
  const relationships: GraphRelationshipDraft[] = [];
  for (const j of report.earlierJudgements) {
    const id = formatEarlierJudgementId(report.id, j.year, j.themeId);
    nodes.push({
      label: 'Judgement',
      id,
      values: {
        grade: j.grade,
        scale: j.scale,
        rank: j.rank,
        distributionGrades: [],
        distributionCounts: [],
        stated: 'EARLIER',
        year: j.year,
        framework: report.metadata.frameworkFamily,
        assessment: j.assessment,
        ...toEvidenceValues(report.id, j.provenance),
      },
    });
    const link = (
      type: GraphRelationshipDraft['type'],
      fromLabel: GraphRelationshipDraft['fromLabel'],
      from: string,
      toLabel: GraphRelationshipDraft['toLabel'],
      to: string,
    ) => relationships.push({ type, fromLabel, from, toLabel, to, values: {} });
    link('STATES', 'Report', report.id, 'Judgement', id);
    link('OF_FORCE', 'Judgement', id, 'Force', forceId);
    link('ON_THEME', 'Judgement', id, 'Theme', j.themeId);
  }
  return {
    nodes,
    relationships,
    themeIds: [...new Set(report.earlierJudgements.map((j) => j.themeId))].sort(),
  };
}
