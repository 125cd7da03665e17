// The footnotes with the given ids.
// params: $ids (list of Footnote ids)
// columns: footnote (Footnote node)
MATCH (footnote:Footnote)
WHERE footnote.id IN $ids
RETURN footnote
