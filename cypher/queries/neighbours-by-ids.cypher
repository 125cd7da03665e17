// Every relationship of each of the given nodes, of any type and either direction: one hop of a breadth-first walk.
// The relationship is returned whole so that its type (`_type` once normalised) and evidence travel with it.
// params: $ids (node ids of any label)
// columns: id (the given node), neighbourId, rel (the relationship), direction (OUT: from id to neighbourId; IN: the other way)
MATCH (node)-[rel]->(neighbour)
WHERE node.id IN $ids
RETURN node.id AS id, neighbour.id AS neighbourId, rel, 'OUT' AS direction
UNION ALL
MATCH (node)<-[rel]-(neighbour)
WHERE node.id IN $ids
RETURN node.id AS id, neighbour.id AS neighbourId, rel, 'IN' AS direction
