// The area for improvement or cause of concern each of the given recommendations follows, and where the report says so.
// params: $ids (list of Recommendation ids)
// columns: key (Recommendation id), finding (Finding node), link (ADDRESSES relationship: its evidence)
MATCH (recommendation:Recommendation)-[link:ADDRESSES]->(finding:Finding)
WHERE recommendation.id IN $ids
RETURN recommendation.id AS key, finding, link
ORDER BY finding.lineStart
