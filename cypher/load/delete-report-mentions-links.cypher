// Removes the MENTIONS relationships of shared initiatives whose evidence comes from the given
// reports (mentions by findings and recommendations go with those nodes).
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (:Initiative)-[link:MENTIONS]->()
WHERE link.reportId IN $reportIds
DELETE link
