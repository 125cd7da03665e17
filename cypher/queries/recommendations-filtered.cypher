// One page of the recommendations that pass every given filter: by report date ($oldestFirst: oldest first, else newest first), then report id, then in the order each report prints them.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: recommendations made TO_FORCE any of them), $anyReport, $reportIds (Report ids)
// params: $anyYear, $years (publication years as 4-digit strings), $anyFramework, $frameworks (framework families: report framework ids without their _YYYY)
// params: $anyTheme, $themeIds (Theme ids), $exactTheme (true: only items filed on those themes; false: their sub-themes too), $anyTopic, $topicIds (Topic ids)
// params: $anyMention, $mentions (ids of entities the recommendation MENTIONS)
// params: $anyId, $ids (Recommendation ids, e.g. the candidates of a text filter)
// params: $oldestFirst (true: oldest report first; a parameter named like ASC or ASCENDING does not parse on the embedded engine), $skip, $limit
// columns: recommendation (Recommendation node)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyYear OR left(report.publishedOn, 4) IN $years)
  AND ($anyFramework OR left(report.framework, size(report.framework) - 5) IN $frameworks)
  AND ($anyId OR recommendation.id IN $ids)
WITH report, recommendation,
  EXISTS { MATCH (recommendation)-[:TO_FORCE]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (recommendation)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (recommendation)-[:ON_THEME]->(theme:Theme) WHERE theme.id IN $themeIds } AS exactThemeMatch,
  EXISTS { MATCH (recommendation)-[:TAGGED]->(topic:Topic) WHERE topic.id IN $topicIds } AS topicMatch,
  EXISTS { MATCH (recommendation)-[:MENTIONS]->(entity) WHERE entity.id IN $mentions } AS mentionMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR ($exactTheme AND exactThemeMatch) OR (NOT $exactTheme AND themeMatch))
  AND ($anyTopic OR topicMatch)
  AND ($anyMention OR mentionMatch)
WITH report, recommendation,
  CASE WHEN $oldestFirst THEN report.publishedOn ELSE '' END AS monthUp,
  CASE WHEN $oldestFirst THEN '' ELSE report.publishedOn END AS monthDown
RETURN recommendation
ORDER BY monthUp, monthDown DESC, report.id, recommendation.lineStart, recommendation.id
SKIP $skip
LIMIT $limit
