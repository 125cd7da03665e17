// Every report, newest first.
// params: (none)
// columns: report (Report node)
MATCH (report:Report)
RETURN report
ORDER BY report.publishedOn DESC, report.id
