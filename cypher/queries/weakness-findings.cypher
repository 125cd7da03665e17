// Weaknesses of forces for the shared-weaknesses question: one row per area for improvement or cause of concern and topic it is tagged with.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// params: $weaknessKinds (the Finding kinds that are weaknesses), $anyForce, $forceIds (Force ids: findings ABOUT any of them), $anyTheme, $themeIds (Theme ids; a theme also matches its sub-themes)
// columns: topic (Topic node), force (Force node), finding (Finding node)
MATCH (force:Force)<-[:ABOUT]-(finding:Finding)-[:TAGGED]->(topic:Topic)
WHERE finding.kind IN $weaknessKinds
  AND ($anyForce OR force.id IN $forceIds)
WITH topic, force, finding,
  EXISTS { MATCH (finding)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch
WHERE $anyTheme OR themeMatch
RETURN topic, force, finding
ORDER BY topic.name, force.name, finding.reportId, finding.lineStart, finding.id
