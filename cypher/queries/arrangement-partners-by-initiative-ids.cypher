// The partner agencies taking part in each of the given initiatives in one of the given roles and scopes, with the force of the report that says so and the evidence.
// params: $ids (list of Initiative ids), $roles (list of ParticipationRole values), $scopes (list of ParticipationScope values)
// columns: arrangement (Initiative node), partner (PartnerAgency node), force (Force node, null if the report is unknown), link (PARTICIPATES_IN relationship)
MATCH (partner:PartnerAgency)-[link:PARTICIPATES_IN]->(arrangement:Initiative)
WHERE arrangement.id IN $ids
  AND link.role IN $roles
  AND link.scope IN $scopes
OPTIONAL MATCH (report:Report {id: link.reportId})-[:INSPECTS]->(force:Force)
RETURN arrangement, partner, force, link
ORDER BY arrangement.id, partner.id, link.reportId, link.lineStart
