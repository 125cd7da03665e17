// Every relationship of each of the given nodes to an entity or item, either direction: one hop of a
// breadth-first walk. The report's text structure (Section, Passage, Footnote) is not walked: a
// section or paragraph in common is no connection between entities, and reading it would make every
// report a hub. The relationship is returned whole so that its type (`_type` once normalised) and
// evidence travel with it.
// params: $ids (node ids of any label)
// columns: id (the given node), neighbourId, rel (the relationship), direction (OUT: from id to neighbourId; IN: the other way)
MATCH (node)-[rel]->(neighbour:Force|Report|Theme|Judgement|Finding|Recommendation|PartnerAgency|Unit|Initiative|ForceFact|Topic|Term)
WHERE node.id IN $ids
RETURN node.id AS id, neighbour.id AS neighbourId, rel, 'OUT' AS direction
UNION ALL
MATCH (node)<-[rel]-(neighbour:Force|Report|Theme|Judgement|Finding|Recommendation|PartnerAgency|Unit|Initiative|ForceFact|Topic|Term)
WHERE node.id IN $ids
RETURN node.id AS id, neighbour.id AS neighbourId, rel, 'IN' AS direction
