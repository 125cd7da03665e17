// The grade before each of the given judgements: the same force's judgement on the same theme from an earlier
// inspection year or, only where the theme has none, on its parent theme (the 2006 baseline graded "protecting
// vulnerable people" as a whole; the 2007 inspection graded its four parts) or, only where neither has one, on an
// earlier framework's theme this theme CONTINUES (PEEL's vulnerability question after the 2006-2008 "protecting
// vulnerable people"). The latest year first; within a year the grade a report gives (THIS_REPORT) comes before a
// grade a later report states (EARLIER), then the newest report, then the last printed. The API keeps the first
// row per key.
// params: $ids (list of Judgement ids)
// columns: key (Judgement id), judgement (the earlier Judgement node), themeDistance (0 same theme, 1 the parent, 2 a continued theme)
MATCH (force:Force)<-[:OF_FORCE]-(later:Judgement)-[:ON_THEME]->(theme:Theme)
WHERE later.id IN $ids
OPTIONAL MATCH (theme)-[:CONTINUES]->(continued:Theme)
WITH force, later, theme, collect(continued.id) AS continuedIds
MATCH (force)<-[:OF_FORCE]-(judgement:Judgement)-[:ON_THEME]->(earlierTheme:Theme)
WHERE judgement.year < later.year
  AND (earlierTheme.id = theme.id OR earlierTheme.id = theme.parentId OR earlierTheme.id IN continuedIds)
MATCH (report:Report)
WHERE report.id = judgement.reportId
RETURN later.id AS key, judgement,
  CASE WHEN earlierTheme.id = theme.id THEN 0 WHEN earlierTheme.id = theme.parentId THEN 1 ELSE 2 END AS themeDistance
ORDER BY key, themeDistance, judgement.year DESC, judgement.stated DESC, report.publishedOn DESC, report.id DESC, judgement.lineStart DESC, judgement.id DESC
