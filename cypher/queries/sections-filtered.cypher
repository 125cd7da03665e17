// One page of the sections that pass every given filter, newest report first, then in reading order.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The theme tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: the force the report inspects), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids), $exactTheme (true: the section's own theme only; false: sub-themes match too)
// params: $anyCode, $codes (standard codes, e.g. MC07), $standardsOnly (true: only sections with a code)
// params: $anyNone, $printedNone (a FindingKind name the section's printedNone must hold), $anyKind, $kinds (section kinds)
// Keyset paging: the page starts after the item whose sort key is ($afterMonth, $afterReportId, $afterOrdinal, $afterId), compared term by term
// in each term's ORDER BY direction; the key columns are returned beside the item for the next cursor (src/api/pagination/keyset.ts).
// params: $fromStart (true: the first page; the after-key values are then unused), $afterMonth, $afterReportId, $afterOrdinal, $afterId, $limit
// columns: section (Section node), month, reportId, ordinal, id (its sort key)
MATCH (report:Report)-[:HAS_SECTION]->(section:Section)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyForce OR report.forceId IN $forceIds)
  AND ($anyCode OR section.code IN $codes)
  AND (NOT $standardsOnly OR section.code IS NOT NULL)
  AND ($anyNone OR $printedNone IN section.printedNone)
  AND ($anyKind OR section.kind IN $kinds)
WITH report, section,
  EXISTS { MATCH (section)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (section)-[:ON_THEME]->(theme:Theme) WHERE theme.id IN $themeIds } AS ownThemeMatch
WHERE $anyTheme OR ($exactTheme AND ownThemeMatch) OR (NOT $exactTheme AND themeMatch)
WITH section,
  coalesce(report.publishedOn, '') AS month,
  report.id AS reportId,
  coalesce(section.ordinal, 0) AS ordinal,
  section.id AS id
WHERE $fromStart
  OR month < $afterMonth
  OR (month = $afterMonth AND reportId > $afterReportId)
  OR (month = $afterMonth AND reportId = $afterReportId AND ordinal > $afterOrdinal)
  OR (month = $afterMonth AND reportId = $afterReportId AND ordinal = $afterOrdinal AND id > $afterId)
RETURN section, month, reportId, ordinal, id
ORDER BY month DESC, reportId, ordinal, id
LIMIT $limit
