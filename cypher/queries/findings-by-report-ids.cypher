// The findings of each of the given reports, in the order the report prints them.
// params: $ids (list of Report ids)
// columns: key (Report id), finding (Finding node)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)
WHERE report.id IN $ids
RETURN report.id AS key, finding
ORDER BY finding.lineStart, finding.id
