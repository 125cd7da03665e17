// The keys of the findings on each of the given themes or their sub-themes, newest report
// first, then in report order: no text, so that a page reads only its own findings' text, by id.
// params: $ids (list of Theme ids)
// columns: key (Theme id), id (Finding id), reportId (Report id), kind (FindingKind), onThemeId (the theme the finding is filed on: the key or a sub-theme)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)-[:ON_THEME]->(onTheme:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, finding.id AS id, report.id AS reportId, finding.kind AS kind, onTheme.id AS onThemeId
ORDER BY report.publishedOn DESC, report.id, finding.lineStart, finding.id
