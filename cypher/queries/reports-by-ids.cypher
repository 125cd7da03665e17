// The reports with the given ids.
// params: $ids (list of Report ids)
// columns: report (Report node)
MATCH (report:Report)
WHERE report.id IN $ids
RETURN report
