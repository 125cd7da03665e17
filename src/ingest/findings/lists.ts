import type { FindingKind } from '../../domain/finding-kinds.js';
import type { Section } from '../report.types.js';
import { listSections } from '../layout/sections.js';

/**
 * Which sections of a report hold lists of findings or recommendations, read from their
 * headings (slugs, so case, dashes and footnote markers do not matter):
 *
 *     Strengths | Evidence                      STRENGTH (2008 heads some strength lists "Evidence")
 *     Work in progress                          WORK_IN_PROGRESS
 *     Areas for improvement | Area(s) for …     AREA_FOR_IMPROVEMENT
 *     Cause(s) of concern                       CAUSE_OF_CONCERN
 *     Recommendation(s)                         a recommendations list (PEEL's box)
 *     Developing practice                       ends a list: its bullets are not findings
 */

export type ListRole = FindingKind | 'RECOMMENDATIONS' | 'DEVELOPING_PRACTICE';

const roles: readonly (readonly [RegExp, ListRole])[] = [
  [/^(key-)?strengths?$/, 'STRENGTH'],
  [/^evidence$/, 'STRENGTH'],
  [/^work-in-progress$/, 'WORK_IN_PROGRESS'],
  [/^areas?-(s-)?for-improvement$/, 'AREA_FOR_IMPROVEMENT'],
  [/^causes?-(s-)?of-concern$/, 'CAUSE_OF_CONCERN'],
  [/^recommendations?$/, 'RECOMMENDATIONS'],
  [/^developing-practice$/, 'DEVELOPING_PRACTICE'],
];

/** The role a heading gives the list below it, if any. */
export function classifyListHeading(key: string): ListRole | undefined {
  return roles.find(([pattern]) => pattern.test(key))?.[1];
}

/** A list section inside a theme: its role, its deepest theme and the theme section itself. */
export interface ThemeList {
  readonly role: ListRole;
  readonly section: Section;
  readonly themeId: string;
  /** The deepest theme section enclosing the list (its span bounds ADDRESSES look-ups). */
  readonly themeSection: Section;
}

/**
 * Every list section that sits under a theme, in document order. Theme sections inside a
 * `Recommendations` part (the 2007 end list) are not findings areas and are left out; read
 * them with `listRecommendationParts`.
 */
export function listThemeLists(tree: Section): ThemeList[] {
  const out: ThemeList[] = [];
  const visit = (section: Section, theme: Section | undefined, inRecPart: boolean): void => {
    const role = section.kind === 'theme' ? undefined : classifyListHeading(section.key);
    if (role && theme?.themeId && !inRecPart)
      out.push({ role, section, themeId: theme.themeId, themeSection: theme });
    const nextTheme = section.kind === 'theme' && section.themeId ? section : theme;
    const nextInRec = inRecPart || isRecommendationsPart(section);
    for (const child of section.children) visit(child, nextTheme, nextInRec);
  };
  visit(tree, undefined, false);
  return out;
}

/** Top-level `Recommendations` parts (the 2007 reports list every recommendation again there). */
export function listRecommendationParts(tree: Section): Section[] {
  return listSections(tree).filter(isRecommendationsPart);
}

function isRecommendationsPart(section: Section): boolean {
  return section.kind === 'part' && /^recommendations?$/.test(section.key);
}
