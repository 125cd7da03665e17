// Every section of each of the given reports, in reading order.
// params: $ids (list of Report ids)
// columns: key (Report id), section (Section node)
MATCH (report:Report)-[:HAS_SECTION]->(section:Section)
WHERE report.id IN $ids
RETURN report.id AS key, section
ORDER BY section.ordinal
