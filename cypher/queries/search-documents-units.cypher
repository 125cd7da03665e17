// The names of every unit, for the in-process search index (src/search/), in id order.
// params: (none)
// columns: id, name, acronym
MATCH (unit:Unit)
RETURN unit.id AS id, unit.name AS name, unit.acronym AS acronym
ORDER BY unit.id
