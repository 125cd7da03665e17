// How many findings filed on each theme pass every given filter: the `facets.themes` of a findings connection, counted over the whole filtered list (every page). A finding counts under the theme it is filed on (ON_THEME), not under that theme's parents; themes with no finding are left out; most findings first, then theme id.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: findings ABOUT any of them), $anyReport, $reportIds (Report ids)
// params: $anyYear, $years (publication years as 4-digit strings), $anyFramework, $frameworks (framework families: report framework ids without their _YYYY)
// params: $anyTheme, $themeIds (Theme ids), $exactTheme (true: only items filed on those themes; false: their sub-themes too), $anyTopic, $topicIds (Topic ids)
// params: $anyKind, $kinds (FindingKind names), $anyMention, $mentions (ids of entities the finding MENTIONS)
// params: $anyId, $ids (Finding ids, e.g. the candidates of a text filter)
// columns: theme (Theme node), total (integer)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyYear OR left(report.publishedOn, 4) IN $years)
  AND ($anyFramework OR left(report.framework, size(report.framework) - 5) IN $frameworks)
  AND ($anyKind OR finding.kind IN $kinds)
  AND ($anyId OR finding.id IN $ids)
WITH report, finding,
  EXISTS { MATCH (finding)-[:ABOUT]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (finding)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (finding)-[:ON_THEME]->(theme:Theme) WHERE theme.id IN $themeIds } AS exactThemeMatch,
  EXISTS { MATCH (finding)-[:TAGGED]->(topic:Topic) WHERE topic.id IN $topicIds } AS topicMatch,
  EXISTS { MATCH (finding)-[:MENTIONS]->(entity) WHERE entity.id IN $mentions } AS mentionMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR ($exactTheme AND exactThemeMatch) OR (NOT $exactTheme AND themeMatch))
  AND ($anyTopic OR topicMatch)
  AND ($anyMention OR mentionMatch)
MATCH (finding)-[:ON_THEME]->(theme:Theme)
RETURN theme, count(DISTINCT finding) AS total
ORDER BY total DESC, theme.id
