// The entities each of the given findings, recommendations or initiatives names, with the evidence.
// params: $ids (list of Finding, Recommendation or Initiative ids)
// columns: key (item id), entityId (id of the PartnerAgency, Unit, Initiative or Force), mention (MENTIONS relationship)
// Returns the entity's id, not the node: a node of any of four labels is costly to return, and
// the few distinct entities are loaded by id in one more batched query.
MATCH (item)-[mention:MENTIONS]->(entity)
WHERE item.id IN $ids
RETURN item.id AS key, entity.id AS entityId, mention
ORDER BY mention.lineStart, entity.id
