// Every initiative (programmes, operations, schemes, systems, multi-agency arrangements, developing practice), by name.
// params: (none)
// columns: initiative (Initiative node)
MATCH (initiative:Initiative)
RETURN initiative
ORDER BY initiative.name, initiative.id
