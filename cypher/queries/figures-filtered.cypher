// One page of the figures that pass every given filter, newest report first, then in reading order.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// Themes arrive expanded: the caller adds the sub-themes of each theme unless the filter asks for the exact theme.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: figures ABOUT any of them), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids the figure is ON_THEME of), $anyUnit, $units (FigureUnit names)
// params: $anyComparator, $comparatorKinds (ComparatorKind names), $anyId, $ids (Figure ids, e.g. the candidates of a text filter)
// Keyset paging: the page starts after the item whose sort key is ($afterMonth, $afterReportId, $afterOrdinal, $afterId), compared term by term
// in each term's ORDER BY direction; the key columns are returned beside the item for the next cursor (src/api/pagination/keyset.ts).
// params: $fromStart (true: the first page; the after-key values are then unused), $afterMonth, $afterReportId, $afterOrdinal, $afterId, $limit
// columns: figure (Figure node), month, reportId, ordinal, id (its sort key)
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
WITH figure,
  coalesce(report.publishedOn, '') AS month,
  report.id AS reportId,
  coalesce(figure.ordinal, 0) AS ordinal,
  figure.id AS id
WHERE $fromStart
  OR month < $afterMonth
  OR (month = $afterMonth AND reportId > $afterReportId)
  OR (month = $afterMonth AND reportId = $afterReportId AND ordinal > $afterOrdinal)
  OR (month = $afterMonth AND reportId = $afterReportId AND ordinal = $afterOrdinal AND id > $afterId)
RETURN figure, month, reportId, ordinal, id
ORDER BY month DESC, reportId, ordinal, id
LIMIT $limit
