// How many figures pass every given filter: the totalCount of `figures-filtered`, with the same filters and no rows fetched.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// params: $anyForce, $forceIds (Force ids), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids, expanded by the caller), $anyUnit, $units (FigureUnit names)
// params: $anyComparator, $comparatorKinds (ComparatorKind names), $anyId, $ids (Figure ids)
// columns: total (integer)
MATCH (report:Report)-[:STATES]->(figure:Figure)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyUnit OR figure.unit IN $units)
  AND ($anyComparator OR figure.comparatorKind IN $comparatorKinds)
  AND ($anyId OR figure.id IN $ids)
WITH figure,
  EXISTS { MATCH (figure)-[:ABOUT]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (figure)-[:ON_THEME]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR themeMatch)
RETURN count(figure) AS total
