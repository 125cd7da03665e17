// Removes the PART_OF relationships whose evidence comes from the given reports, so that
// re-ingesting a report replaces them; the entities they join stay.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (:Unit)-[link:PART_OF]->(:Force)
WHERE link.reportId IN $reportIds
DELETE link
