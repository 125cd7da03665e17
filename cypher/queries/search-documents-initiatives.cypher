// Every initiative's names and text for the search index, with the reports that present or name it
// and, for developing practice, its theme and the theme's ancestors.
// params: (none)
// columns: id, name, acronym, description, problem, solution, outcome, reportId (developing practice: its report),
//   reportIds (list: reports whose items name it), themeIds (list of Theme ids)
MATCH (initiative:Initiative)
OPTIONAL MATCH ()-[mention:MENTIONS]->(initiative)
OPTIONAL MATCH (initiative)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
RETURN initiative.id AS id, initiative.name AS name, initiative.acronym AS acronym,
  initiative.description AS description, initiative.problem AS problem,
  initiative.solution AS solution, initiative.outcome AS outcome, initiative.reportId AS reportId,
  coalesce(collect(DISTINCT mention.reportId), []) AS reportIds, coalesce(collect(DISTINCT theme.id), []) AS themeIds
ORDER BY id
