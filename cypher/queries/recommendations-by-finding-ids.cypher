// The recommendations that address each of the given findings.
// params: $ids (list of Finding ids)
// columns: key (Finding id), recommendation (Recommendation node)
MATCH (recommendation:Recommendation)-[:ADDRESSES]->(finding:Finding)
WHERE finding.id IN $ids
RETURN finding.id AS key, recommendation
ORDER BY recommendation.ordinal
