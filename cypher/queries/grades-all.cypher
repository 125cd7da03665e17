// Every graded judgement as a force, a theme and a rank on a scale, for the similar-forces question.
// params: (none)
// columns: forceId, theme (Theme node), rank (1 = best), scale (grade scale id), publishedOn (of the report, YYYY-MM)
MATCH (report:Report)-[:MADE]->(judgement:Judgement)-[:OF_FORCE]->(force:Force)
MATCH (judgement)-[:ON_THEME]->(theme:Theme)
WHERE judgement.rank IS NOT NULL
RETURN force.id AS forceId, theme, judgement.rank AS rank, judgement.scale AS scale, report.publishedOn AS publishedOn
ORDER BY forceId, theme.id, publishedOn, judgement.id
