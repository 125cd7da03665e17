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
// params: $bestFirst, $worstFirst, $oldestFirst (order flags; a parameter named like ASC does not parse on the embedded engine), $skip, $limit
// columns: judgement (Judgement node)
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
WITH report, judgement,
  CASE WHEN $bestFirst THEN judgement.rank ELSE 0 END AS rankUp,
  CASE WHEN $worstFirst THEN judgement.rank ELSE 0 END AS rankDown,
  CASE WHEN $oldestFirst THEN report.publishedOn ELSE '' END AS monthUp,
  CASE WHEN $oldestFirst THEN '' ELSE report.publishedOn END AS monthDown
RETURN judgement
ORDER BY rankUp, rankDown DESC, monthUp, monthDown DESC, report.id, judgement.lineStart, judgement.id
SKIP $skip
LIMIT $limit
