// The keys of the recommendations made to each of the given forces, newest report first, then
// in report order: no text, so that a page reads only its own recommendations' text, by id.
// params: $ids (list of Force ids)
// columns: key (Force id), id (Recommendation id), reportId (Report id)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)-[:TO_FORCE]->(force:Force)
WHERE force.id IN $ids
RETURN force.id AS key, recommendation.id AS id, report.id AS reportId
ORDER BY report.publishedOn DESC, report.id, recommendation.ordinal, recommendation.id
