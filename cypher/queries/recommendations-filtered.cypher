// One page of the recommendations that pass every given filter, newest report first, then in the order each report prints them.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: recommendations made TO_FORCE any of them), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids; a theme also matches its sub-themes), $anyTopic, $topicIds (Topic ids)
// params: $anyMention, $mentions (ids of entities the recommendation MENTIONS)
// params: $anyId, $ids (Recommendation ids, e.g. the candidates of a text filter), $skip, $limit
// columns: recommendation (Recommendation node)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyId OR recommendation.id IN $ids)
WITH report, recommendation,
  EXISTS { MATCH (recommendation)-[:TO_FORCE]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (recommendation)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (recommendation)-[:TAGGED]->(topic:Topic) WHERE topic.id IN $topicIds } AS topicMatch,
  EXISTS { MATCH (recommendation)-[:MENTIONS]->(entity) WHERE entity.id IN $mentions } AS mentionMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR themeMatch)
  AND ($anyTopic OR topicMatch)
  AND ($anyMention OR mentionMatch)
RETURN recommendation
ORDER BY report.publishedOn DESC, report.id, recommendation.lineStart, recommendation.id
SKIP $skip
LIMIT $limit
