// The partner agencies that take part in each of the given initiatives, with the evidence.
// params: $ids (list of Initiative ids)
// columns: key (Initiative id), partner (PartnerAgency node), link (PARTICIPATES_IN relationship)
MATCH (partner:PartnerAgency)-[link:PARTICIPATES_IN]->(initiative:Initiative)
WHERE initiative.id IN $ids
RETURN initiative.id AS key, partner, link
ORDER BY partner.name, link.reportId, link.lineStart
