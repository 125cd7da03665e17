// The file each stored report was ingested from, so that a resumed ingestion (`--resume`)
// skips the files already committed without parsing them again.
// params: (none)
// columns: sourceFile (file name)
MATCH (report:Report)
RETURN report.sourceFile AS sourceFile
ORDER BY sourceFile
