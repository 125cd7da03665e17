// The recommendations on each of the given themes or their sub-themes: newest report first, then in report order.
// params: $ids (list of Theme ids)
// columns: key (Theme id), recommendation (Recommendation node), onThemeId (the theme it is filed on: the key or a sub-theme)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)-[:ON_THEME]->(onTheme:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, recommendation, onTheme.id AS onThemeId
ORDER BY report.publishedOn DESC, report.id, recommendation.ordinal, recommendation.id
