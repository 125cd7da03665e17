// One page of the recommendations that pass every given filter: by report date ($oldestFirst: oldest first, else newest first), then report id, then in the order each report prints them.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids: recommendations made TO_FORCE any of them), $anyReport, $reportIds (Report ids)
// params: $anyYear, $years (publication years as 4-digit strings), $anyFramework, $frameworks (framework families: report framework ids without their _YYYY)
// params: $anyTheme, $themeIds (Theme ids), $exactTheme (true: only items filed on those themes; false: their sub-themes too), $anyTopic, $topicIds (Topic ids)
// params: $anyMention, $mentions (ids of entities the recommendation MENTIONS)
// params: $anyId, $ids (Recommendation ids, e.g. the candidates of a text filter)
// Keyset paging: the page starts after the item whose sort key is ($afterMonthUp, $afterMonthDown, $afterReportId, $afterLineStart, $afterId),
// compared term by term in each term's ORDER BY direction; the key columns are returned beside the item for the next cursor (src/api/pagination/keyset.ts).
// params: $oldestFirst (true: oldest report first; a parameter named like ASC or ASCENDING does not parse on the embedded engine)
// params: $fromStart (true: the first page; the after-key values are then unused), $afterMonthUp, $afterMonthDown, $afterReportId, $afterLineStart, $afterId, $limit
// columns: recommendation (Recommendation node), monthUp, monthDown, reportId, lineStart, id (its sort key)
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
WITH recommendation,
  CASE WHEN $oldestFirst THEN coalesce(report.publishedOn, '') ELSE '' END AS monthUp,
  CASE WHEN $oldestFirst THEN '' ELSE coalesce(report.publishedOn, '') END AS monthDown,
  report.id AS reportId,
  coalesce(recommendation.lineStart, 0) AS lineStart,
  recommendation.id AS id
WHERE $fromStart
  OR monthUp > $afterMonthUp
  OR (monthUp = $afterMonthUp AND monthDown < $afterMonthDown)
  OR (monthUp = $afterMonthUp AND monthDown = $afterMonthDown AND reportId > $afterReportId)
  OR (monthUp = $afterMonthUp AND monthDown = $afterMonthDown AND reportId = $afterReportId AND lineStart > $afterLineStart)
  OR (monthUp = $afterMonthUp AND monthDown = $afterMonthDown AND reportId = $afterReportId AND lineStart = $afterLineStart AND id > $afterId)
RETURN recommendation, monthUp, monthDown, reportId, lineStart, id
ORDER BY monthUp, monthDown DESC, reportId, lineStart, id
LIMIT $limit
