// Removes the RUNS relationships whose evidence comes from the given reports, so that
// re-ingesting a report replaces them; the entities they join stay.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (:Force)-[link:RUNS]->(:Initiative)
WHERE link.reportId IN $reportIds
DELETE link
