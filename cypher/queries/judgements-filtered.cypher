// One page of the judgements that pass every given filter, in the order asked for: by grade ($bestFirst: rank 1 first; $worstFirst: the other way),
// then by report date ($oldestFirst: oldest first, else newest first), then report id, then the order the report prints its grades.
// A filter is off when its `$any...` flag is true (its list is then ignored); an empty list with the flag false matches nothing.
// The relationship tests are projected in WITH and filtered after it: the embedded engine drops rows wrongly for `$flag OR EXISTS { ... }` in one WHERE.
// params: $anyForce, $forceIds (Force ids), $anyReport, $reportIds (Report ids)
// params: $anyYear, $years (publication years as 4-digit strings), $anyFramework, $frameworks (framework families: report framework ids without their _YYYY)
// params: $anyTheme, $themeIds (Theme ids), $exactTheme (true: only judgements on those themes; false: their sub-themes too)
// params: $anyGrade, $grades (grade labels in canonical case), $anyScale, $scales (grade scale ids)
// params: $anyWeak, $weak (true: only grades of rank $weakFromRank or worse; false: only better ones), $weakFromRank
// params: $anyStated, $stated (THIS_REPORT: grades a report gives, MADE; EARLIER: grades it states an earlier inspection gave, STATES)
// params: $bestFirst, $worstFirst, $oldestFirst (order flags; a parameter named like ASC does not parse on the embedded engine)
// Keyset paging: the page starts after the item whose sort key is ($afterRankUp, $afterRankDown, $afterMonthUp, $afterMonthDown, $afterReportId,
// $afterLineStart, $afterId), compared term by term in each term's ORDER BY direction; the key columns are returned beside the item for the next cursor
// (src/api/pagination/keyset.ts).
// params: $fromStart (true: the first page; the after-key values are then unused), $afterRankUp, $afterRankDown, $afterMonthUp, $afterMonthDown
// params: $afterReportId, $afterLineStart, $afterId, $limit
// columns: judgement (Judgement node), rankUp, rankDown, monthUp, monthDown, reportId, lineStart, id (its sort key)
MATCH (report:Report)-[:MADE|STATES]->(judgement:Judgement)-[:OF_FORCE]->(force:Force)
WHERE ($anyReport OR report.id IN $reportIds)
  AND ($anyStated OR judgement.stated IN $stated)
  AND ($anyForce OR force.id IN $forceIds)
  AND ($anyYear OR left(report.publishedOn, 4) IN $years)
  AND ($anyFramework OR left(report.framework, size(report.framework) - 5) IN $frameworks)
  AND ($anyGrade OR judgement.grade IN $grades)
  AND ($anyScale OR judgement.scale IN $scales)
  AND ($anyWeak OR ($weak AND judgement.rank >= $weakFromRank) OR (NOT $weak AND judgement.rank < $weakFromRank))
WITH report, judgement,
  EXISTS { MATCH (judgement)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme) WHERE theme.id IN $themeIds } AS themeMatch,
  EXISTS { MATCH (judgement)-[:ON_THEME]->(theme:Theme) WHERE theme.id IN $themeIds } AS exactThemeMatch
WHERE $anyTheme OR ($exactTheme AND exactThemeMatch) OR (NOT $exactTheme AND themeMatch)
WITH judgement,
  CASE WHEN $bestFirst THEN coalesce(judgement.rank, 0) ELSE 0 END AS rankUp,
  CASE WHEN $worstFirst THEN coalesce(judgement.rank, 0) ELSE 0 END AS rankDown,
  CASE WHEN $oldestFirst THEN coalesce(report.publishedOn, '') ELSE '' END AS monthUp,
  CASE WHEN $oldestFirst THEN '' ELSE coalesce(report.publishedOn, '') END AS monthDown,
  report.id AS reportId,
  coalesce(judgement.lineStart, 0) AS lineStart,
  judgement.id AS id
WHERE $fromStart
  OR rankUp > $afterRankUp
  OR (rankUp = $afterRankUp AND rankDown < $afterRankDown)
  OR (rankUp = $afterRankUp AND rankDown = $afterRankDown AND monthUp > $afterMonthUp)
  OR (rankUp = $afterRankUp AND rankDown = $afterRankDown AND monthUp = $afterMonthUp AND monthDown < $afterMonthDown)
  OR (rankUp = $afterRankUp AND rankDown = $afterRankDown AND monthUp = $afterMonthUp AND monthDown = $afterMonthDown
    AND reportId > $afterReportId)
  OR (rankUp = $afterRankUp AND rankDown = $afterRankDown AND monthUp = $afterMonthUp AND monthDown = $afterMonthDown
    AND reportId = $afterReportId AND lineStart > $afterLineStart)
  OR (rankUp = $afterRankUp AND rankDown = $afterRankDown AND monthUp = $afterMonthUp AND monthDown = $afterMonthDown
    AND reportId = $afterReportId AND lineStart = $afterLineStart AND id > $afterId)
RETURN judgement, rankUp, rankDown, monthUp, monthDown, reportId, lineStart, id
ORDER BY rankUp, rankDown DESC, monthUp, monthDown DESC, reportId, lineStart, id
LIMIT $limit
