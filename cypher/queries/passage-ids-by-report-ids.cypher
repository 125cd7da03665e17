// The ids of the passages of each of the given reports, in reading order: ids only, so that a
// page of a long list costs little; the page's passages are then read by id.
// params: $ids (list of Report ids)
// columns: key (Report id), passageId (Passage id)
MATCH (report:Report)-[:HAS_PASSAGE]->(passage:Passage)
WHERE report.id IN $ids
RETURN report.id AS key, passage.id AS passageId
ORDER BY passage.ordinal
