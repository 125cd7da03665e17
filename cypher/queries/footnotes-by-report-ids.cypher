// The footnotes of each of the given reports, in reading order.
// params: $ids (list of Report ids)
// columns: key (Report id), footnote (Footnote node)
MATCH (footnote:Footnote)
WHERE footnote.reportId IN $ids
RETURN footnote.reportId AS key, footnote
ORDER BY footnote.lineStart, footnote.id
