// Every force in the graph, by name.
// params: (none)
// columns: force (Force node)
MATCH (force:Force)
RETURN force
ORDER BY force.name
