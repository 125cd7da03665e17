// Every passage's text for the search index, with its report and its theme and the theme's ancestors.
// params: (none)
// columns: id, text, reportId (its report), themeIds (list of Theme ids, empty outside themes)
MATCH (report:Report)-[:HAS_PASSAGE]->(passage:Passage)
OPTIONAL MATCH (passage)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
RETURN passage.id AS id, passage.text AS text, report.id AS reportId, coalesce(collect(theme.id), []) AS themeIds
ORDER BY id
