import { ReportParseError } from '../errors.js';
import type { Section } from '../report.types.js';
import { listSections } from './sections.js';

/**
 * What a complete report of a family always prints, checked on the section tree rather than
 * on wording: a file cut short loses its last parts first (the glossary appendix, the annex),
 * and a major crime report cut inside its findings loses whole framework themes.
 */
export interface CompletenessRules {
  /** Parts whose absence means the file was cut short: slug pattern and the heading as printed. */
  readonly requiredParts: readonly { readonly pattern: RegExp; readonly heading: string }[];
  /**
   * True when the family prints a section for every theme of its framework (the major crime
   * framework's four areas). Families that grade only some themes check theirs where the
   * judgements are read (the 2007 force summary, the PEEL core questions).
   */
  readonly everyThemeHasSection: boolean;
}

/**
 * Throws `ReportParseError` at the last text line (where the file stops) when a framework theme
 * or a required part has no section.
 *
 * @param themes the framework's themes, in vocabulary order: id and name as printed
 */
export function checkComplete(
  tree: Section,
  rules: CompletenessRules,
  themes: readonly { readonly id: string; readonly name: string }[],
  file: string,
  lastLine: number,
): void {
  const sections = listSections(tree);
  // Themes first: they say how much is missing, the closing parts only that something is.
  if (rules.everyThemeHasSection) {
    const present = new Set(sections.filter((s) => s.kind === 'theme').map((s) => s.themeId));
    const missing = themes.filter((theme) => !present.has(theme.id));
    if (missing.length > 0)
      throw new ReportParseError(
        file,
        lastLine,
        `truncated report: no section for the theme${missing.length > 1 ? 's' : ''} ${missing.map((t) => `'${t.name}'`).join(', ')}`,
      );
  }
  const partKeys = sections.filter((s) => s.kind === 'part').map((s) => s.key);
  for (const { pattern, heading } of rules.requiredParts)
    if (!partKeys.some((key) => pattern.test(key)))
      throw new ReportParseError(file, lastLine, `truncated report: no '${heading}' section`);
}
