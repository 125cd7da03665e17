// Removes the footnotes of the given reports before they are loaded again, so that
// re-ingesting a report replaces its footnotes.
// params: $reportIds (list of Report ids)
// columns: (none)
MATCH (item:Footnote)
WHERE item.reportId IN $reportIds
DETACH DELETE item
