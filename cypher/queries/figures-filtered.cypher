// One page of the figures that pass every given filter, newest report first, then in reading order.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// Themes arrive expanded: the caller adds the sub-themes of each theme unless the filter asks for the exact theme.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: figures ABOUT any of them), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids the figure is ON_THEME of), $anyUnit, $units (FigureUnit names)
// params: $anyComparator, $comparatorKinds (ComparatorKind names), $anyId, $ids (Figure ids, e.g. the candidates of a text filter), $skip, $limit
// columns: figure (Figure node)
MATCH (report:Report)-[:STATES]->(figure:Figure)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyUnit OR figure.unit IN $units)
  AND ($anyComparator OR figure.comparatorKind IN $comparatorKinds)
  AND ($anyId OR figure.id IN $ids)
WITH report, figure,
  EXISTS { MATCH (figure)-[:ABOUT]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (figure)-[:ON_THEME]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR themeMatch)
RETURN figure
ORDER BY report.publishedOn DESC, report.id, figure.ordinal
SKIP $skip
LIMIT $limit
