// The findings, recommendations and initiatives that name each of the given entities, with the evidence.
// params: $ids (list of PartnerAgency, Unit, Initiative or Force ids)
// columns: key (entity id), itemId (id of the Finding, Recommendation or Initiative), mention (MENTIONS relationship)
// Returns the item's id, not the node: a node of any of three labels is costly to return, and
// the items are loaded by id in one more batched query.
MATCH (item:Finding|Recommendation|Initiative)-[mention:MENTIONS]->(entity)
WHERE entity.id IN $ids
RETURN entity.id AS key, item.id AS itemId, mention
ORDER BY mention.reportId, mention.lineStart, item.id
