// Every recommendation's text for the search index, with its report and its theme and the theme's ancestors.
// params: (none)
// columns: id, text, reportId, themeIds (list of Theme ids, empty when it has no theme)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)
OPTIONAL MATCH (recommendation)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
RETURN recommendation.id AS id, recommendation.text AS text, report.id AS reportId, coalesce(collect(theme.id), []) AS themeIds
ORDER BY id
