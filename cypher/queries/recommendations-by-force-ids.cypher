// The recommendations made to each of the given forces: newest report first, then in report order.
// params: $ids (list of Force ids)
// columns: key (Force id), recommendation (Recommendation node)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)-[:TO_FORCE]->(force:Force)
WHERE force.id IN $ids
RETURN force.id AS key, recommendation
ORDER BY report.publishedOn DESC, report.id, recommendation.ordinal, recommendation.id
