// The judgements on each of the given themes or their sub-themes, newest report first, then report id, then in the order the report prints them:
// the grades the reports give (MADE) and the grades they state earlier inspections gave (STATES; the API keeps the ones `stated` asks for).
// params: $ids (list of Theme ids)
// columns: key (Theme id), judgement (Judgement node), onThemeId (the theme graded: the key or a sub-theme)
MATCH (report:Report)-[:MADE|STATES]->(judgement:Judgement)-[:ON_THEME]->(onTheme:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, judgement, onTheme.id AS onThemeId
ORDER BY report.publishedOn DESC, report.id, judgement.lineStart, judgement.id
