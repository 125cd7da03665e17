import type { FindingKind } from '../../domain/finding-kinds.js';
import type {
  ParsedFigure,
  ParsedFinding,
  ParsedPracticeItem,
  ParsedRecommendation,
  ParsedReport,
} from '../report.types.js';
import { slugify } from '../text/text.js';

/**
 * Node ids, minted here and nowhere else, from the parsed items. They are stable under
 * re-wrapping and reordered sections:
 *
 * - Judgement: `<reportId>/judgement/<slug of theme id>`;
 * - Finding: `<reportId>/finding/<slug of theme id>/<kind, lower case, hyphens>/<ordinal>`,
 *   e.g. `2007-10-metropolitan-police-inspection/finding/neighbourhood-policing/strength/3`;
 * - Recommendation: `<reportId>/recommendation/<number>` when numbered, else
 *   `<reportId>/recommendation/<slug of theme id>/<position among the theme's unnumbered ones>`;
 * - Initiative from developing practice: `<reportId>/practice/<slug of title>`;
 * - ForceFact: `<reportId>/<fact key>` (`…/fact/population`, `…/indicator/figure-2/…`);
 * - Figure: `<reportId>/figure/<position among the report's figures, in reading order>`;
 * - Term: `term/<slug acronym>/<slug expansion>`, shared by every report defining it;
 * - Topic: `topic/<topic id>`.
 *
 * Entity ids (`partner/…`, `unit/…`, `initiative/…`) come with the entities from `link/`.
 */

/** A parsed item with the id of its node. */
export interface Identified<T> {
  readonly id: string;
  readonly item: T;
}

/** A report's findings, recommendations, developing practice and figures, each with its node id, in report order. */
export interface IdentifiedItems {
  readonly findings: readonly Identified<ParsedFinding>[];
  readonly recommendations: readonly Identified<ParsedRecommendation>[];
  readonly practice: readonly Identified<ParsedPracticeItem>[];
  readonly figures: readonly Identified<ParsedFigure>[];
}

/** Mints the ids of a report's items, once: the dataset builders and the linker read them from here. */
export function identifyItems(report: ParsedReport): IdentifiedItems {
  const recommendationIds = formatRecommendationIds(report);
  return {
    findings: report.findings.map((item) => ({ id: formatFindingId(report.id, item), item })),
    recommendations: report.recommendations.map((item, i) => ({
      id: recommendationIds[i]!,
      item,
    })),
    practice: report.developingPractice.map((item) => ({
      id: formatPracticeId(report.id, item.key),
      item,
    })),
    figures: report.figures.map((item, i) => ({ id: formatFigureId(report.id, i + 1), item })),
  };
}

export function formatJudgementId(reportId: string, themeId: string): string {
  return `${reportId}/judgement/${slugify(themeId)}`;
}

/** The id of a finding, from its report, theme, kind and ordinal (what `FindingRef` names too). */
export function formatFindingId(
  reportId: string,
  finding: { readonly themeId: string; readonly kind: FindingKind; readonly ordinal: number },
): string {
  const kind = finding.kind.toLowerCase().replace(/_/g, '-');
  return `${reportId}/finding/${slugify(finding.themeId)}/${kind}/${finding.ordinal}`;
}

function formatRecommendationIds(report: ParsedReport): string[] {
  const unnumbered = new Map<string, number>();
  return report.recommendations.map((rec) => {
    if (rec.number !== null) return `${report.id}/recommendation/${rec.number}`;
    const theme = rec.themeId === null ? 'unthemed' : slugify(rec.themeId);
    const position = (unnumbered.get(theme) ?? 0) + 1;
    unnumbered.set(theme, position);
    return `${report.id}/recommendation/${theme}/${position}`;
  });
}

export function formatPracticeId(reportId: string, key: string): string {
  return `${reportId}/practice/${key}`;
}

export function formatForceFactId(reportId: string, key: string): string {
  return `${reportId}/${key}`;
}

/** The id of the report's `ordinal`-th figure (1-based, reading order). */
export function formatFigureId(reportId: string, ordinal: number): string {
  return `${reportId}/figure/${ordinal}`;
}

/**
 * The id of a term. Terms that read the same once slugged (`ASB anti-social behaviour`, `ASB
 * Anti-social Behaviour`) are one node, shared by every report that defines them.
 */
export function formatTermId(acronym: string, expansion: string): string {
  return `term/${slugify(acronym)}/${slugify(expansion)}`;
}

export function formatTopicId(topicId: string): string {
  return `topic/${topicId}`;
}
