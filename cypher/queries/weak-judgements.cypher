// Grades at the weak end of their scale (rank $minRank or worse, 1 = best) for the shared-weaknesses question: one row per judgement.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// params: $minRank, $anyForce, $forceIds (Force ids), $anyTheme, $themeIds (Theme ids; a theme also matches its sub-themes)
// columns: theme (Theme node), force (Force node), judgement (Judgement node)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:OF_FORCE]->(force:Force)
WHERE judgement.rank >= $minRank
  AND ($anyForce OR force.id IN $forceIds)
MATCH (judgement)-[:ON_THEME]->(theme:Theme)
WITH report, theme, force, judgement,
  EXISTS { MATCH (theme)-[:SUBTHEME_OF*0..3]->(scope:Theme) WHERE scope.id IN $themeIds } AS themeMatch
WHERE $anyTheme OR themeMatch
RETURN theme, force, judgement
ORDER BY theme.id, force.name, report.publishedOn, judgement.id
