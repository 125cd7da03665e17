// Every unit of every force, by force and name.
// params: (none)
// columns: unit (Unit node)
MATCH (unit:Unit)
RETURN unit
ORDER BY unit.forceId, unit.name
