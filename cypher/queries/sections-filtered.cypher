// One page of the sections that pass every given filter, newest report first, then in reading order.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The theme tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: the force the report inspects), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids), $exactTheme (true: the section's own theme only; false: sub-themes match too)
// params: $anyCode, $codes (standard codes, e.g. MC07), $standardsOnly (true: only sections with a code)
// params: $anyNone, $printedNone (a FindingKind name the section's printedNone must hold), $anyKind, $kinds (section kinds)
// params: $skip, $limit
// columns: section (Section node)
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
RETURN section
ORDER BY report.publishedOn DESC, report.id, section.ordinal
SKIP $skip
LIMIT $limit
