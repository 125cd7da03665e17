// The keys of the findings of each of the given reports, in the order the report prints them:
// what a page needs to filter, order and cut (no text), so that a page of a long list reads
// only its own findings' text, by id.
// params: $ids (list of Report ids)
// columns: key (Report id), id (Finding id), reportId (Report id), kind (FindingKind)
MATCH (report:Report)-[:HAS_FINDING]->(finding:Finding)
WHERE report.id IN $ids
RETURN report.id AS key, finding.id AS id, report.id AS reportId, finding.kind AS kind
ORDER BY finding.lineStart, finding.id
