// The sections with the given ids.
// params: $ids (list of Section ids)
// columns: section (Section node)
MATCH (section:Section)
WHERE section.id IN $ids
RETURN section
