// The force each of the given units belongs to (PART_OF), with where each report says so: one row per report.
// params: $ids (list of Unit ids)
// columns: key (Unit id), force (Force node), link (PART_OF relationship: its evidence)
MATCH (unit:Unit)-[link:PART_OF]->(force:Force)
WHERE unit.id IN $ids
RETURN unit.id AS key, force, link
ORDER BY link.reportId, link.lineStart
