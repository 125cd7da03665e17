// The recommendations filed under each of the given themes: newest report first, then in report order.
// params: $ids (list of Theme ids)
// columns: key (Theme id), recommendation (Recommendation node)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)-[:ON_THEME]->(theme:Theme)
WHERE theme.id IN $ids
RETURN theme.id AS key, recommendation
ORDER BY report.publishedOn DESC, report.id, recommendation.ordinal, recommendation.id
