// Removes the stored source text of the given reports before they are loaded again, so that a
// re-ingested report that became shorter keeps no lines of its old text.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (chunk:SourceChunk)
WHERE chunk.reportId IN $reportIds
DETACH DELETE chunk
