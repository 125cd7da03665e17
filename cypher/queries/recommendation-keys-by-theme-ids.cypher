// The keys of the recommendations on each of the given themes or their sub-themes, newest
// report first, then in report order: no text, so that a page reads only its own
// recommendations' text, by id.
// params: $ids (list of Theme ids)
// columns: key (Theme id), id (Recommendation id), reportId (Report id), onThemeId (the theme it is filed on: the key or a sub-theme)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)-[:ON_THEME]->(onTheme:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, recommendation.id AS id, report.id AS reportId, onTheme.id AS onThemeId
ORDER BY report.publishedOn DESC, report.id, recommendation.ordinal, recommendation.id
