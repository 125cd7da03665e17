// The entities each of the given findings, recommendations or initiatives names, with the evidence.
// params: $ids (list of Finding, Recommendation or Initiative ids)
// columns: key (item id), entity (PartnerAgency, Unit, Initiative or Force node), mention (MENTIONS relationship)
MATCH (item)-[mention:MENTIONS]->(entity)
WHERE item.id IN $ids
RETURN item.id AS key, entity, mention
ORDER BY mention.lineStart, entity.id
