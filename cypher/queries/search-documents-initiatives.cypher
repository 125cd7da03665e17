// The names and texts of every initiative, for the in-process search index (src/search/), in id order.
// params: (none)
// columns: id, name, acronym, description, problem, solution, outcome (developing practice only)
MATCH (initiative:Initiative)
RETURN initiative.id AS id, initiative.name AS name, initiative.acronym AS acronym,
  initiative.description AS description, initiative.problem AS problem,
  initiative.solution AS solution, initiative.outcome AS outcome
ORDER BY initiative.id
