// Removes the DEFINES relationships whose evidence comes from the given reports, so that
// re-ingesting a report replaces them; the entities they join stay.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (:Report)-[link:DEFINES]->(:Term)
WHERE link.reportId IN $reportIds
DELETE link
