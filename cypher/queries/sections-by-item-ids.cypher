// The section each of the given items is printed in (IN_SECTION) or, for a section, sits in
// (SUBSECTION_OF): the innermost one.
// params: $ids (ids of Finding, Recommendation, Initiative, Passage, Footnote or Section nodes)
// columns: key (the item's id), section (Section node)
MATCH (item)-[:IN_SECTION|SUBSECTION_OF]->(section:Section)
WHERE item.id IN $ids
RETURN item.id AS key, section
