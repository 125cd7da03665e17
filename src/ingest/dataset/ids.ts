import type { FindingKind } from '../../domain/finding-kinds.js';
import {
  findInnermostSection,
  indexSections,
  type IndexedSection,
} from '../layout/section-index.js';
import type {
  ParsedFigure,
  ParsedFinding,
  ParsedFootnote,
  ParsedPassage,
  ParsedPracticeItem,
  ParsedRecommendation,
  ParsedReport,
  Section,
} from '../report.types.js';
import type { LineSpan } from '../text/line-span.js';
import { slugify } from '../text/text.js';

/**
 * Node ids, minted here and nowhere else, from the parsed items. They are stable under
 * re-wrapping and reordered sections:
 *
 * - Judgement: `<reportId>/judgement/<slug of theme id>`; one the report states an earlier
 *   inspection gave: `<reportId>/earlier-judgement/<year>/<slug of theme id>`;
 * - Finding: `<reportId>/finding/<slug of theme id>/<kind, lower case, hyphens>/<ordinal>`,
 *   e.g. `2007-10-metropolitan-police-inspection/finding/neighbourhood-policing/strength/3`;
 * - Recommendation: `<reportId>/recommendation/<number>` when numbered, else
 *   `<reportId>/recommendation/<slug of theme id>/<position among the theme's unnumbered ones>`;
 * - Initiative from developing practice: `<reportId>/practice/<slug of title>`, or the id of the
 *   initiative the title names (`Operation Delphinus` → `initiative/operation-delphinus`): one
 *   initiative, one node;
 * - ForceFact: `<reportId>/<fact key>` (`…/fact/population`, `…/indicator/figure-2/…`);
 * - Figure: `<reportId>/figure/<position among the report's figures, in reading order>`;
 * - Term: `term/<slug acronym>/<slug expansion>`, shared by every report defining it;
 * - Topic: `topic/<topic id>`;
 * - Section: `<reportId>/section/<path>`, the path the shortest run of heading slugs, from the
 *   section's own upwards, that no other section of the report ends with
 *   (`…/section/mc01-summary/evidence`, `…/section/neighbourhood-policing/strengths`); a path
 *   two sections share in full gets `--2`, `--3` in reading order;
 * - Passage: `<reportId>/passage/<section path>/<n>`, n its position among the passages whose
 *   innermost section is that one (`…/passage/mc02-summary/1`);
 * - Footnote: `<reportId>/footnote/<mark>` (`…/footnote/28`; `*` reads `asterisk`), `--2`, …
 *   for a mark printed twice.
 *
 * Section, passage and footnote ids depend on headings and reading order within a section,
 * never on line numbers, so a re-wrapped copy or moved page breaks keep them.
 *
 * Entity ids (`partner/…`, `unit/…`, `initiative/…`) come with the entities from `link/`.
 */

/** A parsed item with the id of its node. */
export interface Identified<T> {
  readonly id: string;
  readonly item: T;
}

/** A report's items, each with its node id, in report order. */
export interface IdentifiedItems {
  readonly findings: readonly Identified<ParsedFinding>[];
  readonly recommendations: readonly Identified<ParsedRecommendation>[];
  readonly practice: readonly Identified<ParsedPracticeItem>[];
  readonly figures: readonly Identified<ParsedFigure>[];
  /** Every section but the root and the cover, in reading order. */
  readonly sections: readonly Identified<IndexedSection>[];
  readonly passages: readonly Identified<ParsedPassage>[];
  readonly footnotes: readonly Identified<ParsedFootnote>[];
  /** The id of the innermost section holding a line (what an item on that line is IN_SECTION of). */
  readonly findSectionId: (line: number) => string | undefined;
  /** The id of the passage printed on a line, if a passage holds it. */
  readonly findPassageId: (line: number) => string | undefined;
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
  const sections = identifySections(report);
  const indexed = sections.map((s) => s.item);
  const idOf = new Map(sections.map((s) => [s.item, s.id]));
  const findSectionId = (line: number): string | undefined => {
    const place = findInnermostSection(indexed, line);
    return place && idOf.get(place);
  };
  const passages = identifyPassages(report, findSectionId);
  return {
    sections,
    passages,
    findPassageId: (line) =>
      passages.find((p) => p.item.lines.includes(line) || isWithin(p.item.provenance, line))?.id,
    footnotes: identifyFootnotes(report),
    findSectionId,
    findings: report.findings.map((item) => ({ id: formatFindingId(report.id, item), item })),
    recommendations: report.recommendations.map((item, i) => ({
      id: recommendationIds[i]!,
      item,
    })),
    practice: report.developingPractice.map((item) => ({
      id: nameInitiative(item.title) ?? formatPracticeId(report.id, item.key),
      item,
    })),
    figures: report.figures.map((item, i) => ({ id: formatFigureId(report.id, i + 1), item })),
  };
}

export function formatJudgementId(reportId: string, themeId: string): string {
  return `${reportId}/judgement/${slugify(themeId)}`;
}

export function formatEarlierJudgementId(reportId: string, year: number, themeId: string): string {
  return `${reportId}/earlier-judgement/${year}/${slugify(themeId)}`;
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

/**
 * Section ids (see the header): for each section, the shortest run of trailing path slugs no
 * other section's path ends with.
 */
function identifySections(report: ParsedReport): Identified<IndexedSection>[] {
  const sections = indexSections(report.sections).filter((s) => s.section.kind !== 'front-matter');
  const slugPaths = sections.map((s) => listSlugPath(s, sections));
  const suffixCounts = new Map<string, number>();
  for (const path of slugPaths)
    for (let k = 1; k <= path.length; k++) {
      const suffix = path.slice(-k).join('/');
      suffixCounts.set(suffix, (suffixCounts.get(suffix) ?? 0) + 1);
    }
  const used = new Map<string, number>();
  return sections.map((item, i) => {
    const path = slugPaths[i]!;
    let k = 1;
    while (k < path.length && suffixCounts.get(path.slice(-k).join('/'))! > 1) k++;
    const key = path.slice(-k).join('/');
    const seen = (used.get(key) ?? 0) + 1;
    used.set(key, seen);
    return { id: `${report.id}/section/${seen === 1 ? key : `${key}--${seen}`}`, item };
  });
}

/** The slugs of a section's headings from the top down (`['major-crime', 'intelligence', …]`). */
function listSlugPath(entry: IndexedSection, sections: readonly IndexedSection[]): string[] {
  const path: string[] = [];
  for (let s: IndexedSection | undefined = entry; s;) {
    path.unshift(s.section.key || 'section');
    const parent: Section | null = s.parent;
    s = parent ? sections.find((p) => p.section === parent) : undefined;
  }
  return path;
}

function identifyPassages(
  report: ParsedReport,
  findSectionId: (line: number) => string | undefined,
): Identified<ParsedPassage>[] {
  const positions = new Map<string, number>();
  const sectionPrefix = `${report.id}/section/`;
  return report.passages.map((item) => {
    const sectionId = findSectionId(item.provenance.lineStart);
    const path = sectionId ? sectionId.slice(sectionPrefix.length) : 'body';
    const position = (positions.get(path) ?? 0) + 1;
    positions.set(path, position);
    return { id: `${report.id}/passage/${path}/${position}`, item };
  });
}

function identifyFootnotes(report: ParsedReport): Identified<ParsedFootnote>[] {
  const used = new Map<string, number>();
  return report.footnotes.map((item) => {
    const mark = item.mark === '*' ? 'asterisk' : slugify(item.mark);
    const seen = (used.get(mark) ?? 0) + 1;
    used.set(mark, seen);
    return { id: `${report.id}/footnote/${seen === 1 ? mark : `${mark}--${seen}`}`, item };
  });
}

function isWithin(span: LineSpan, line: number): boolean {
  return line >= span.lineStart && line <= span.lineEnd;
}
