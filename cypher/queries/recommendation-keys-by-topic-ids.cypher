// The keys of the recommendations tagged with each of the given topics, newest report first,
// then in report order: no text, so that a page reads only its own recommendations' text, by id.
// params: $ids (list of Topic ids)
// columns: key (Topic id), id (Recommendation id), reportId (Report id)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)-[:TAGGED]->(topic:Topic)
WHERE topic.id IN $ids
RETURN DISTINCT topic.id AS key, recommendation.id AS id, report.id AS reportId, report.publishedOn AS publishedOn, recommendation.ordinal AS ordinal
ORDER BY publishedOn DESC, reportId, ordinal, id
