// How many recommendations pass every given filter: the totalCount of `recommendations-filtered`, with no rows fetched.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// params: $anyForce, $forceIds (Force ids), $anyReport, $reportIds (Report ids)
// params: $anyTheme, $themeIds (Theme ids; a theme also matches its sub-themes), $anyTopic, $topicIds (Topic ids)
// params: $anyMention, $mentions (ids of mentioned entities), $anyId, $ids (Recommendation ids)
// columns: total (integer)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyId OR recommendation.id IN $ids)
WITH recommendation,
  EXISTS { MATCH (recommendation)-[:TO_FORCE]->(force:Force) WHERE force.id IN $forceIds } AS forceMatch,
  EXISTS { MATCH (recommendation)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (recommendation)-[:TAGGED]->(topic:Topic) WHERE topic.id IN $topicIds } AS topicMatch,
  EXISTS { MATCH (recommendation)-[:MENTIONS]->(entity) WHERE entity.id IN $mentions } AS mentionMatch
WHERE ($anyForce OR forceMatch)
  AND ($anyTheme OR themeMatch)
  AND ($anyTopic OR topicMatch)
  AND ($anyMention OR mentionMatch)
RETURN count(recommendation) AS total
