// The judgements on each of the given themes, newest report first.
// params: $ids (list of Theme ids)
// columns: key (Theme id), judgement (Judgement node)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:ON_THEME]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, judgement
ORDER BY report.publishedOn DESC, judgement.id
