// The recommendations tagged with each of the given topics: newest report first, then in report order.
// params: $ids (list of Topic ids)
// columns: key (Topic id), recommendation (Recommendation node)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)-[:TAGGED]->(topic:Topic)
WHERE topic.id IN $ids
RETURN DISTINCT topic.id AS key, recommendation, report.publishedOn AS publishedOn, report.id AS reportId
ORDER BY publishedOn DESC, reportId, recommendation.ordinal, recommendation.id
