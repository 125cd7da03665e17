import type { ForceFactCategory } from '../domain/entity-kinds.js';
import type { ComparatorKind, FigureUnit } from '../domain/figure-vocabulary.js';
import type { FindingKind } from '../domain/finding-kinds.js';
import type { LineSpan } from './text/line-span.js';

/**
 * What the pure parser produces for one report file: metadata, a section tree, typed items with
 * provenance, the prose paragraphs and warnings. The dataset stage reads nothing else.
 */

/** The report families the parser knows, each with its own layout and grade scale. */
export type FamilyId = 'HMIC_INSPECTION' | 'MAJOR_CRIME' | 'PEEL';

/**
 * `root`: the whole file; `front-matter`: the cover before the contents; `contents`: the table
 * of contents; `part`: a top-level part (Findings, Recommendations, Annex); `theme`: a heading
 * naming a vocabulary theme; `block`: a family's recurring sub-heading (Strengths, Summary of
 * findings); `listed`: another heading the contents list; `minor`: any other heading-shaped line.
 */
export type SectionKind =
  'root' | 'front-matter' | 'contents' | 'part' | 'theme' | 'block' | 'listed' | 'minor';

/**
 * A heading and what it governs: `lineStart` is the heading's line, `lineEnd` the last text line
 * before the next heading that is not a descendant.
 */
export interface Section extends LineSpan {
  /** Heading as printed, footnote markers removed ('' for the root). */
  readonly heading: string;
  /** Normalised slug of the heading (`protecting-vulnerable-people-child-abuse`). */
  readonly key: string;
  readonly kind: SectionKind;
  /** Nesting rank: a heading closes every open section of equal or greater rank. */
  readonly rank: number;
  /** The vocabulary theme a `theme` section names, else null. */
  readonly themeId: string | null;
  /** Last line of the heading (a long heading may have been wrapped onto several lines). */
  readonly headingEnd: number;
  /** Headings from the top down joined by ` > ` (`Findings > Neighbourhood Policing`). */
  readonly path: string;
  /** The standard the heading names (`MC07`; see the family outline's `standardCode`), else null. */
  readonly code: string | null;
  readonly children: readonly Section[];
}

/** Where an extracted item comes from: the section path, 1-based lines and a short exact quote. */
export interface Provenance extends LineSpan {
  readonly section: string;
  readonly quote: string;
}

export interface ParsedJudgement {
  readonly themeId: string;
  /** Grade label in canonical case (`Good`, `Requires improvement`, `Exceeds the standard`). */
  readonly grade: string;
  /** Grade scale id (`EXCELLENT_TO_POOR`). */
  readonly scale: string;
  /** Position in the scale, 1 = best. */
  readonly rank: number;
  /** National distribution where printed: grades best first, with the number of forces at each. */
  readonly distributionGrades: readonly string[];
  readonly distributionCounts: readonly number[];
  readonly provenance: Provenance;
}

/** A grade the report states an earlier inspection gave the force (see `extractEarlierJudgements`). */
export interface ParsedEarlierJudgement {
  readonly themeId: string;
  /** Grade label in canonical case, on the report's own scale. */
  readonly grade: string;
  readonly scale: string;
  readonly rank: number;
  /** The year of the earlier inspection (`2006`, `2015`). */
  readonly year: number;
  /** The earlier inspection as the report names it (`2006 baseline assessment`). */
  readonly assessment: string;
  /** The sentence that states it. */
  readonly provenance: Provenance;
}

/** One bullet or paragraph of a strengths / work-in-progress / improvement / concern list. */
export interface ParsedFinding {
  readonly kind: FindingKind;
  /** The deepest theme the list sits under. */
  readonly themeId: string;
  /** 1-based position among the report's findings of the same theme and kind. */
  readonly ordinal: number;
  /** Full text, joined across page breaks, footnote markers removed. */
  readonly text: string;
  readonly provenance: Provenance;
}

/** Which finding a recommendation addresses, with the lines that show it. */
export interface FindingRef {
  readonly themeId: string;
  readonly kind: FindingKind;
  readonly ordinal: number;
  readonly evidence: Provenance;
}

export interface ParsedRecommendation {
  /** The number printed with it (`RECOMMENDATION 3`), null when unnumbered (PEEL). */
  readonly number: number | null;
  /** 1-based position among the report's recommendations, in reading order. */
  readonly ordinal: number;
  readonly themeId: string | null;
  /** Full text; an unnumbered bullet is prefixed by the sentence that introduces it. */
  readonly text: string;
  /** The area for improvement or cause of concern it follows, null when it stands alone. */
  readonly addresses: FindingRef | null;
  readonly provenance: Provenance;
}

/**
 * One developing-practice example (`INSPECTION AREA` / `TITLE` / `PROBLEM` / `SOLUTION` /
 * `OUTCOME(S)` / `FORCE CONTACT`), as printed: paragraphs joined by newlines.
 */
export interface ParsedPracticeItem {
  /** Slug of the title, unique within the report (`operation-delphinus`). */
  readonly key: string;
  readonly title: string;
  readonly inspectionArea: string | null;
  /** The theme it is filed under (see `extractDevelopingPractice`), null when none fits. */
  readonly themeId: string | null;
  /** One paragraph: the problem's first paragraph, else the solution's. */
  readonly description: string;
  readonly problem: string | null;
  readonly solution: string | null;
  readonly outcome: string | null;
  /** The force contact as the report prints it (published for other forces to call). */
  readonly contact: string | null;
  readonly provenance: Provenance;
}

/** One figure a report states about its force. */
export interface ParsedForceFact {
  readonly category: ForceFactCategory;
  /** Id suffix, unique within the report (`fact/population`, `indicator/figure-2/sexual-offences`). */
  readonly key: string;
  /** What is measured (`population`, or an indicator row's label as printed). */
  readonly name: string;
  /** The value as a number (millions expanded), null when the report prints none (`Not applicable`). */
  readonly value: number | null;
  /** The value as printed, with any qualifier (`over 7.5 million`, `53.66%`). */
  readonly valueText: string;
  readonly unit: string | null;
  readonly period: string | null;
  /** Change on the previous period: percent for rates, percentage points for `%` values. */
  readonly change: number | null;
  readonly comparator: string | null;
  readonly comparatorValue: number | null;
  readonly provenance: Provenance;
}

/** A force the report names in this force's most-similar-forces group. */
export interface ParsedMostSimilarForce {
  readonly forceId: string;
  readonly provenance: Provenance;
}

/** One glossary line: acronym and expansion as printed. */
export interface ParsedTerm {
  readonly acronym: string;
  readonly expansion: string;
  readonly provenance: Provenance;
}

export interface ReportMetadata {
  readonly title: string;
  readonly forceId: string;
  /** Publication month, `YYYY-MM`. */
  readonly publishedOn: string;
  readonly isbn: string | null;
  /** Framework id: family plus year (`HMIC_INSPECTION_2007`, `PEEL_EFFECTIVENESS_2016`). */
  readonly framework: string;
  /** Framework id without its year, as themes carry it (`PEEL_EFFECTIVENESS`). */
  readonly frameworkFamily: string;
  readonly sourceFile: string;
  readonly lineCount: number;
}

/** The other number a figure is set against: England and Wales, a target, last year, a total. */
export interface FigureComparator {
  readonly value: number;
  /** The upper end when the comparator is a range (`national average range 49.3–52.2`), else null. */
  readonly upTo: number | null;
  readonly unit: FigureUnit;
  readonly kind: ComparatorKind;
  /** What it is, in the report's words where it has them: `England and Wales`, `target`, `out of`. */
  readonly label: string;
}

/** A number the report states in its prose, list items, footnotes or tables (see `extractFigures`). */
export interface ParsedFigure {
  readonly value: number;
  /** The number as printed, with its qualifier and unit (`over 1,100`, `£73m`, `26.2 percent`). */
  readonly valueText: string;
  readonly unit: FigureUnit;
  /** What is counted, in the sentence's words (`organised crime groups`, `SHPOs issued`). */
  readonly measure: string;
  /** When, as printed (`12 months to 30 June 2016`, `2006/07`), null when the text says not. */
  readonly period: string | null;
  readonly comparator: FigureComparator | null;
  /** The deepest theme of the section it is printed in, null outside themes. */
  readonly themeId: string | null;
  /** The paragraph, list item or table row the figure is printed in. */
  readonly source: LineSpan;
  /** The line(s) of the number itself, its section, and the sentence (or table row) as quote. */
  readonly provenance: Provenance;
}

/** A paragraph of the report's prose (a text or bullet block), with the section it sits in. */
export interface Paragraph extends LineSpan {
  readonly text: string;
  readonly section: string;
}

/**
 * `PARAGRAPH`: prose; `BULLET`: a bullet that is no list item (a finding list's bullets are
 * findings); `LABELLED`: a line led by a label (`Figure 2: …`, `Source: …`, `Note: …`).
 */
export type PassageKind = 'PARAGRAPH' | 'BULLET' | 'LABELLED';

/**
 * A paragraph of the report's body that no list or developing-practice item holds (see
 * `extractPassages`): joined across page breaks, page furniture, bullet mark and footnote
 * markers removed.
 */
export interface ParsedPassage {
  readonly kind: PassageKind;
  readonly text: string;
  /** The deepest theme whose section holds the passage, null outside themes. */
  readonly themeId: string | null;
  /** The footnotes it cites, by their printed marks (`28`, `*`), in order. */
  readonly footnoteMarks: readonly string[];
  /** The source lines joined into it (page footers and footnotes between them are not listed). */
  readonly lines: readonly number[];
  readonly provenance: Provenance;
}

/** A footnote printed at a page foot, kept apart from the text that cites it. */
export interface ParsedFootnote {
  /** The mark as printed, digits or `*` (`28`, `*`). */
  readonly mark: string;
  /** Its text, mark removed. */
  readonly text: string;
  /** The block that carries its mark (a paragraph, list item, heading or table), null when none does. */
  readonly citedAt: LineSpan | null;
  readonly provenance: Provenance;
}

/** A list the report prints as `None.`: no items of that kind, by the report's word. */
export interface ParsedEmptyList {
  readonly kind: FindingKind;
  readonly themeId: string;
  /** The list's section and the `None.` line. */
  readonly provenance: Provenance;
}

/** Something the parser noticed but could resolve (e.g. a summary table disagreeing with a section). */
export interface ParseWarning {
  readonly line: number;
  readonly message: string;
}

export interface ParsedReport {
  /** `<publishedOn>-<forceId>-<framework suffix>` (see `deriveReportId`). */
  readonly id: string;
  readonly family: FamilyId;
  readonly metadata: ReportMetadata;
  readonly sections: Section;
  readonly judgements: readonly ParsedJudgement[];
  /** Grades the report states earlier inspections gave, in reading order. */
  readonly earlierJudgements: readonly ParsedEarlierJudgement[];
  readonly findings: readonly ParsedFinding[];
  readonly recommendations: readonly ParsedRecommendation[];
  /** Developing-practice examples, in reading order. */
  readonly developingPractice: readonly ParsedPracticeItem[];
  /** Force-overview figures and indicator-table rows, in line order. */
  readonly forceFacts: readonly ParsedForceFact[];
  /** The forces the report names as most similar to this one. */
  readonly mostSimilarForces: readonly ParsedMostSimilarForce[];
  /** Glossary lines, in reading order, each with its provenance. */
  readonly glossaryTerms: readonly ParsedTerm[];
  /** The glossary for acronym resolution: acronym as printed → expansions (keys sorted). */
  readonly glossary: ReadonlyMap<string, readonly string[]>;
  /** The report's prose, paragraph by paragraph (see `listReportParagraphs`): what linking reads. */
  readonly paragraphs: readonly Paragraph[];
  /** The paragraphs no list or item holds, in reading order (see `extractPassages`). */
  readonly passages: readonly ParsedPassage[];
  /** Footnotes, in reading order. */
  readonly footnotes: readonly ParsedFootnote[];
  /** Finding lists printed as `None.`, in reading order. */
  readonly emptyLists: readonly ParsedEmptyList[];
  /** Numbers stated in prose, lists and tables that no force fact holds, in reading order. */
  readonly figures: readonly ParsedFigure[];
  /** Every line of the file as printed (line n at index n - 1): the text evidence points into. */
  readonly sourceLines: readonly string[];
  readonly warnings: readonly ParseWarning[];
}
