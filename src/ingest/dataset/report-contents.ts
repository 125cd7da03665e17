import type { GraphDataset } from '../../domain/dataset.js';

/**
 * What one report contributes to the graph, counted the way the store holds it, so that a
 * re-ingestion can be compared with what it would replace (`npm run ingest` refuses one that
 * loses most of a report: a truncated file).
 */
export interface ReportContents {
  readonly findings: number;
  readonly recommendations: number;
  readonly practice: number;
  readonly terms: number;
  /** The themes the report grades: each one a section its family always prints. */
  readonly themeIds: readonly string[];
}

/** The items of each report in a dataset, by report id. */
export function countReportContents(dataset: GraphDataset): Map<string, ReportContents> {
  const contents = new Map<
    string,
    { -readonly [K in keyof ReportContents]: ReportContents[K] } & { themeIds: string[] }
  >();
  for (const node of dataset.nodes)
    if (node.label === 'Report')
      contents.set(node.id, {
        findings: 0,
        recommendations: 0,
        practice: 0,
        terms: 0,
        themeIds: [],
      });
  const themeOfJudgement = new Map<string, string>();
  for (const r of dataset.relationships)
    if (r.type === 'ON_THEME' && r.fromLabel === 'Judgement') themeOfJudgement.set(r.from, r.to);
  for (const r of dataset.relationships) {
    const report = r.fromLabel === 'Report' ? contents.get(r.from) : undefined;
    if (!report) continue;
    if (r.type === 'HAS_FINDING') report.findings += 1;
    else if (r.type === 'RECOMMENDS') report.recommendations += 1;
    else if (r.type === 'PRESENTS') report.practice += 1;
    else if (r.type === 'DEFINES') report.terms += 1;
    else if (r.type === 'MADE') {
      const theme = themeOfJudgement.get(r.to);
      if (theme) report.themeIds.push(theme);
    }
  }
  return contents;
}

/** A re-ingestion may lose at most this share of a stored report's items of any one kind. */
export const maxLostShare = 1 / 3;

const kinds = [
  ['findings', 'findings'],
  ['recommendations', 'recommendations'],
  ['practice', 'developing practice items'],
  ['terms', 'glossary terms'],
] as const;

/**
 * What replacing `stored` by `incoming` would lose, in words, when that is more than a re-issue
 * of a report can explain: more than a third of its items of one kind, or a graded theme (a
 * whole section the family always prints). Undefined when the replacement keeps enough.
 */
export function describeLoss(stored: ReportContents, incoming: ReportContents): string | undefined {
  const losses: string[] = [];
  for (const [key, name] of kinds) {
    const lost = stored[key] - incoming[key];
    if (lost > 0 && lost > stored[key] * maxLostShare)
      losses.push(`${lost} of its ${stored[key]} ${name}`);
  }
  const keptThemes = new Set(incoming.themeIds);
  const lostThemes = [...new Set(stored.themeIds)].filter((id) => !keptThemes.has(id)).sort();
  if (lostThemes.length > 0)
    losses.push(`the graded section${lostThemes.length > 1 ? 's' : ''} ${lostThemes.join(', ')}`);
  return losses.length > 0 ? losses.join(', ') : undefined;
}
