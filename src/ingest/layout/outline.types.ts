/**
 * A report family's outline: which headings are parts, which name themes, and which recur
 * inside a theme section. Patterns are tested against heading slugs (`areas-for-improvement`),
 * so case, dashes and footnote markers do not matter.
 */
export interface OutlineRules {
  /** Top-level parts (rank 1): `findings`, `recommendations`, `appendix…`. */
  readonly parts: readonly RegExp[];
  /** Parts inside which theme headings sit one level down (rank 2 instead of 1). */
  readonly themeContainers: readonly RegExp[];
  /** Parts inside which a theme's name is not a theme heading (introductions, annexes). */
  readonly themeExcludedParts: readonly RegExp[];
  /** Whether a subtheme's heading nests under its parent theme's heading. */
  readonly nestSubthemes: boolean;
  /** Parts that hold no sub-headings (a glossary's `ACPO Association of Chief Police Officers` lines are entries). */
  readonly leafParts: readonly RegExp[];
  /**
   * Headings that carry a standard's code (`MC07 Summary`): group 1 the letters, group 2 the
   * number; the section's `code` is both, the number two digits wide (`MC07`). Null: none.
   */
  readonly standardCode: RegExp | null;
  /** Recurring sub-headings of a theme section, with their level below the theme (1 = child). */
  readonly blocks: readonly { readonly pattern: RegExp; readonly level: number }[];
}
