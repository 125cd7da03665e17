// The findings, recommendations and initiatives that name each of the given entities, with the evidence.
// params: $ids (list of PartnerAgency, Unit, Initiative or Force ids)
// columns: key (entity id), item (Finding, Recommendation or Initiative node), mention (MENTIONS relationship)
MATCH (item)-[mention:MENTIONS]->(entity)
WHERE entity.id IN $ids
RETURN entity.id AS key, item, mention
ORDER BY mention.reportId, mention.lineStart, item.id
