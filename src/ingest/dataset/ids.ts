import type { FindingKind } from '../../domain/finding-kinds.js';
import type {
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
 * - Initiative from developing practice: `<reportId>/practice/<slug of title>`, or the id of the
 *   initiative the title names (`Operation Delphinus` → `initiative/operation-delphinus`): one
 *   initiative, one node;
 * - ForceFact: `<reportId>/<fact key>` (`…/fact/population`, `…/indicator/figure-2/…`);
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

/** A report's findings, recommendations and developing practice, each with its node id, in report order. */
export interface IdentifiedItems {
  readonly findings: readonly Identified<ParsedFinding>[];
  readonly recommendations: readonly Identified<ParsedRecommendation>[];
  readonly practice: readonly Identified<ParsedPracticeItem>[];
}

/**
 * Mints the ids of a report's items, once: the dataset builders and the linker read them from
 * here. `nameInitiative` gives the id of the initiative a developing-practice title names, if
 * any (see `link/name-initiative.ts`).
 */
export function identifyItems(
  report: ParsedReport,
  nameInitiative: (title: string) => string | undefined = () => undefined,
): IdentifiedItems {
  const recommendationIds = formatRecommendationIds(report);
  return {
    findings: report.findings.map((item) => ({ id: formatFindingId(report.id, item), item })),
    recommendations: report.recommendations.map((item, i) => ({
      id: recommendationIds[i]!,
      item,
    })),
    practice: report.developingPractice.map((item) => ({
      id: nameInitiative(item.title) ?? formatPracticeId(report.id, item.key),
      item,
    })),
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
