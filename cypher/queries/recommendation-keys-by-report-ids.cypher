// The keys of the recommendations of each of the given reports, in the order the report makes
// them: no text, so that a page reads only its own recommendations' text, by id.
// params: $ids (list of Report ids)
// columns: key (Report id), id (Recommendation id), reportId (Report id)
MATCH (report:Report)-[:RECOMMENDS]->(recommendation:Recommendation)
WHERE report.id IN $ids
RETURN report.id AS key, recommendation.id AS id, report.id AS reportId
ORDER BY recommendation.ordinal, recommendation.id
