// Removes the MOST_SIMILAR_TO relationships whose evidence comes from the given reports, so that
// re-ingesting a report replaces them; the entities they join stay.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (:Force)-[link:MOST_SIMILAR_TO]->(:Force)
WHERE link.reportId IN $reportIds
DELETE link
