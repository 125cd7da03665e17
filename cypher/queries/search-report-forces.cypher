// The force of every report, for the `forceIds` filter of search.
// params: (none)
// columns: reportId, forceId
MATCH (report:Report)
RETURN report.id AS reportId, report.forceId AS forceId
ORDER BY reportId
