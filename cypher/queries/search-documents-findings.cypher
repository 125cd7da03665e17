// The text of every finding, for the in-process search index (src/search/), in id order so the index is built the same way on both engines.
// params: (none)
// columns: id (Finding id), text (the finding's full text)
MATCH (finding:Finding)
RETURN finding.id AS id, finding.text AS text
ORDER BY finding.id
