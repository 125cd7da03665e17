// The number of sections that pass every given filter (the `totalCount` of `sections-filtered`).
// params: $anyForce, $forceIds, $anyReport, $reportIds, $anyTheme, $themeIds, $exactTheme
// params: $anyCode, $codes, $standardsOnly, $anyNone, $printedNone, $anyKind, $kinds (as in sections-filtered)
// columns: total (integer)
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
RETURN count(section) AS total
