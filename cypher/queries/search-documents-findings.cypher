// Every finding's text for the search index, with its report and its theme and the theme's ancestors.
// params: (none)
// columns: id, text, reportId, themeIds (list of Theme ids)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)
OPTIONAL MATCH (finding)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
RETURN finding.id AS id, finding.text AS text, report.id AS reportId, coalesce(collect(theme.id), []) AS themeIds
ORDER BY id
