// The recommendations of each of the given reports, in the order the report prints them.
// params: $ids (list of Report ids)
// columns: key (Report id), recommendation (Recommendation node)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)
WHERE report.id IN $ids
RETURN report.id AS key, recommendation
ORDER BY recommendation.ordinal, recommendation.id
