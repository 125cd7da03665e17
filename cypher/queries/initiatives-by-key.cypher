// The initiatives a client names by id, or by name or acronym in any letter case (e.g. "MASH").
// params: $key (the id, name or acronym as given, trimmed)
// columns: initiative (Initiative node)
MATCH (initiative:Initiative)
WHERE initiative.id = $key
  OR toLower(initiative.name) = toLower($key)
  OR toLower(initiative.acronym) = toLower($key)
RETURN initiative
ORDER BY initiative.name, initiative.id
