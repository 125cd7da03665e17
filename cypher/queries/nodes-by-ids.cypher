// Nodes of any label by id (entity ids are unique across labels).
// params: $ids (list of node ids)
// columns: node (node of any label)
MATCH (node)
WHERE node.id IN $ids
RETURN node
