// The forces with the given ids (order not guaranteed; the loader puts rows in key order).
// params: $ids (list of Force ids)
// columns: force (Force node)
MATCH (force:Force)
WHERE force.id IN $ids
RETURN force
