// The area for improvement or cause of concern each of the given recommendations follows.
// params: $ids (list of Recommendation ids)
// columns: key (Recommendation id), finding (Finding node)
MATCH (recommendation:Recommendation)-[:ADDRESSES]->(finding:Finding)
WHERE recommendation.id IN $ids
RETURN recommendation.id AS key, finding
ORDER BY finding.lineStart
