// The initiatives each of the given partner agencies takes part in, with the evidence.
// params: $ids (list of PartnerAgency ids)
// columns: key (PartnerAgency id), initiative (Initiative node), link (PARTICIPATES_IN relationship)
MATCH (partner:PartnerAgency)-[link:PARTICIPATES_IN]->(initiative:Initiative)
WHERE partner.id IN $ids
RETURN partner.id AS key, initiative, link
ORDER BY initiative.name, link.reportId, link.lineStart
