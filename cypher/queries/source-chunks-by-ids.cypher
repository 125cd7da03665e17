// Runs of a report's source lines by id (`<reportId>/lines/<first line>`, src/domain/source-text.ts).
// params: $ids (list of SourceChunk ids)
// columns: chunk (SourceChunk node)
MATCH (chunk:SourceChunk)
WHERE chunk.id IN $ids
RETURN chunk
