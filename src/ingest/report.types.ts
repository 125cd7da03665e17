import type { Layout } from './layout.js';

/**
 * What the pure parser produces for one report file: metadata, a section tree, judgements with
 * provenance, warnings, and the layout they were read from (the next extractors read findings
 * and recommendations from the same layout and tree).
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

export interface Section {
  /** Heading as printed, footnote markers removed ('' for the root). */
  readonly heading: string;
  /** Normalised slug of the heading (`protecting-vulnerable-people-child-abuse`). */
  readonly key: string;
  readonly kind: SectionKind;
  /** Nesting rank: a heading closes every open section of equal or greater rank. */
  readonly rank: number;
  /** The vocabulary theme a `theme` section names, else null. */
  readonly themeId: string | null;
  /** 1-based line of the heading (the first line of the span). */
  readonly lineStart: number;
  /** Last line of the heading (a long heading may have been wrapped onto several lines). */
  readonly headingEnd: number;
  /** Last text line before the next heading that is not a descendant. */
  readonly lineEnd: number;
  /** Headings from the top down joined by ` > ` (`Findings > Neighbourhood Policing`). */
  readonly path: string;
  readonly children: readonly Section[];
}

/** Where an extracted item comes from: the section path, 1-based lines and a short exact quote. */
export interface Provenance {
  readonly section: string;
  readonly lineStart: number;
  readonly lineEnd: number;
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
  readonly warnings: readonly ParseWarning[];
  readonly layout: Layout;
}
