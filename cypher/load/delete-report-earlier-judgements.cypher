// Removes the earlier inspections' grades the given reports state (their EARLIER judgements)
// before the reports are loaded again, so that re-ingesting a report replaces them.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (report:Report)-[:STATES]->(judgement:Judgement)
WHERE report.id IN $reportIds
DETACH DELETE judgement
