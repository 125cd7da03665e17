// The judgements the reports give (MADE, not the earlier grades they state) on each of the given themes or their
// sub-themes, newest report first, then report id, then in the order the report prints them: what a theme's
// judgements show by default (`stated: [THIS_REPORT]`), without reading the earlier grades only to drop them.
// params: $ids (list of Theme ids)
// columns: key (Theme id), judgement (Judgement node), onThemeId (the theme graded: the key or a sub-theme)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:ON_THEME]->(onTheme:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, judgement, onTheme.id AS onThemeId
ORDER BY report.publishedOn DESC, report.id, judgement.lineStart, judgement.id
